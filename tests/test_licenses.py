"""Every third-party file the site serves comes with its license, taken from its package."""

from __future__ import annotations

import json
from pathlib import Path

from bs4 import BeautifulSoup
from papersite.safety.assets import SITE_ASSETS
from papersite.third_party import components, license_uri, missing_texts, npm_package, unclaimed
from support import ROOT


def served(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())


def test_every_served_third_party_file_has_its_license(site: Path) -> None:
    parts = components(ROOT)
    assert missing_texts(parts) == []
    assert unclaimed(served(site), SITE_ASSETS, parts) == []
    for component in parts:
        for text in component.texts:
            shipped = site / license_uri(component, text)
            assert shipped.read_bytes() == text.read_bytes(), "the package's own text, unchanged"
    page = BeautifulSoup((site / "guide/licenses/index.html").read_text(encoding="utf-8"), "html.parser")
    rows = {tuple(td.get_text(strip=True) for td in tr.select("td")[:2]) for tr in page.select("tr")}
    assert {(c.name, c.version) for c in parts} <= rows


def test_a_vendored_file_without_a_license_fails(site: Path) -> None:
    files = [*served(site), "assets/vendor/newlib/newlib.min.js"]
    assert unclaimed(files, SITE_ASSETS, components(ROOT)) == ["assets/vendor/newlib/newlib.min.js"]


def test_a_package_that_ships_no_license_text_fails(tmp_path: Path) -> None:
    package = tmp_path / "node_modules" / "nolicense"
    package.mkdir(parents=True)
    (package / "package.json").write_text(json.dumps({"name": "nolicense", "version": "1.0.0",
                                                      "license": "MIT"}))
    (package / "README.md").write_text("# nolicense\n\nNo license section here.\n")
    component = npm_package(tmp_path / "node_modules", "nolicense", ("assets/vendor/nolicense/*",))
    assert missing_texts([component]) == ["nolicense"]


def test_the_repository_states_its_own_licenses() -> None:
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").lstrip().startswith("Apache License")
    content = (ROOT / "LICENSE-CONTENT").read_text(encoding="utf-8")
    assert "Attribution-ShareAlike 4.0 International" in content
