"""Shared fixtures: the built site (SITE_DIR, or one strict build per session), served on
127.0.0.1, and a headless Debian Chromium driven by Playwright that may reach nothing else.

Tests that need the built site are marked `build` automatically, browser tests are
marked `browser`: `make test-fast` runs the rest in seconds.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from papersite.rendered import OPEN_SHADOW_ROOTS
from papersite.serve import chromium, other_hosts_blocked, serve
from support import ROOT, mkdocs_build


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "site" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.build)


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built site: SITE_DIR when given (`make test` builds site/ first), else built here."""
    if given := os.environ.get("SITE_DIR"):
        return Path(given)
    site_dir = tmp_path_factory.mktemp("site")
    result = mkdocs_build(ROOT, site_dir)
    assert result.returncode == 0, f"strict build failed:\n{result.stdout}\n{result.stderr}"
    return site_dir


@pytest.fixture(scope="session")
def base_url(site: Path) -> Iterator[str]:
    with serve(site) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    with chromium() as instance:
        yield instance


@dataclass
class Visit:
    """A browser page that records what a reader's browser would have complained about."""

    page: object
    console_errors: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)


@pytest.fixture
def visit(browser, base_url):
    contexts = []

    def open_page(path: str = "", color_scheme: str = "light") -> Visit:
        context = browser.new_context(color_scheme=color_scheme, viewport={"width": 1280, "height": 900})
        contexts.append(context)
        page = context.new_page()
        page.add_init_script(OPEN_SHADOW_ROOTS)
        record = Visit(page)
        page.route("**/*", other_hosts_blocked(base_url, record.blocked))
        page.on("console", lambda m: m.type == "error" and record.console_errors.append(m.text))
        page.on("pageerror", lambda e: record.console_errors.append(str(e)))
        page.on("requestfailed", lambda r: r.url.startswith(base_url) and record.failed.append(r.url))
        page.goto(base_url + path)
        return record

    yield open_page
    for context in contexts:
        context.close()
