"""What a page costs a reader: bytes (gzip, as GitHub Pages sends them), requests, render time."""

from __future__ import annotations

import functools
import gzip
import statistics
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from papersite.rendered import OPEN_SHADOW_ROOTS, diagrams_in, wait_rendered
from papersite.serve import QuietHandler, serve


class RecordingHandler(QuietHandler):
    """Serves like GitHub Pages (10-minute cache) and records what each visit fetched."""

    log: list[tuple[str, int]]

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "max-age=600")
        super().end_headers()

    def send_response(self, code: int, message: str | None = None) -> None:
        self.log.append((self.path.split("?")[0], code))
        super().send_response(code, message)


@contextmanager
def recording_server(site: Path) -> Iterator[tuple[str, list[tuple[str, int]]]]:
    log: list[tuple[str, int]] = []
    with serve(site, type("H", (RecordingHandler,), {"log": log})) as url:
        yield url, log


@functools.cache
def gzip_size(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=6))


def transferred(site: Path, log: list[tuple[str, int]]) -> tuple[int, int]:
    """(compressed bytes, requests) for the logged responses; a 304 costs ~no body."""
    total = 0
    for path, code in log:
        if code != 200:
            continue
        local = site / path.lstrip("/")
        if local.is_dir():
            local = local / "index.html"
        total += gzip_size(local) if local.is_file() else 0
    return total, len(log)


@dataclass
class PageCost:
    uri: str
    first_bytes: int
    first_requests: int
    repeat_bytes: int
    repeat_requests: int
    render_ms: float


def measure(browser, site: Path, uri: str, runs: int = 5) -> PageCost:
    diagrams = diagrams_in((site / uri / "index.html").read_text(encoding="utf-8"))
    firsts, repeats, renders = [], [], []
    with recording_server(site) as (base, log):
        for _ in range(runs):
            context = browser.new_context()
            context.add_init_script(OPEN_SHADOW_ROOTS)
            page = context.new_page()
            log.clear()
            page.goto(base + uri, wait_until="load")
            wait_rendered(page, diagrams, timeout_ms=30_000)
            renders.append(page.evaluate("performance.now()"))
            page.wait_for_load_state("networkidle")
            firsts.append(transferred(site, log))
            log.clear()
            page.goto(base + uri, wait_until="load")
            wait_rendered(page, diagrams, timeout_ms=30_000)
            page.wait_for_load_state("networkidle")
            repeats.append(transferred(site, log))
            context.close()
    return PageCost(uri, int(statistics.median(b for b, _ in firsts)),
                    int(statistics.median(r for _, r in firsts)),
                    int(statistics.median(b for b, _ in repeats)),
                    int(statistics.median(r for _, r in repeats)),
                    statistics.median(renders))


def pick_pages(site: Path) -> dict[str, str]:
    """One page of each kind, chosen from the built site."""
    def html(uri: str) -> str:
        return (site / uri / "index.html").read_text(encoding="utf-8")

    papers = sorted(p.parent.relative_to(site).as_posix() + "/" for p in
                    site.glob("papers/*/*/index.html"))
    others = sorted(p.parent.relative_to(site).as_posix() + "/" for p in site.glob("*/*/index.html"))
    plain = next(u for u in papers if "arithmatex" not in html(u) and 'class="mermaid"' not in html(u))
    math_only = next(u for u in papers + others
                     if "arithmatex" in html(u) and 'class="mermaid"' not in html(u))
    return {
        "no math, no diagram": plain,
        "math only": math_only,
        "math and diagram (Transformer note)": "papers/nlp-transformer/transformer/",
        "notebook page": "notebooks/transformer-from-scratch/",
    }
