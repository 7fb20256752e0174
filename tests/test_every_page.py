"""Every page of the built site, as a reader's browser meets it.

Pages are opened a few at a time in one Chromium (async Playwright), with every
request to another host blocked and counted.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from papersite.rendered import DIAGRAMS_DONE, MATH_DONE, OPEN_SHADOW_ROOTS, diagrams_in
from papersite.serve import CHROMIUM, CHROMIUM_ARGS, other_hosts_blocked
from rendering import DIAGRAM_REPORT, WAIT_MS

pytestmark = pytest.mark.browser
PARALLEL = 4

IMAGES_LOADED = """() => [...document.querySelectorAll('.md-content img')]
  .filter(img => !img.complete || img.naturalWidth === 0).map(img => img.src.slice(0, 80))"""
MATH_ERRORS = "() => document.querySelectorAll('.md-content mjx-merror, .md-content [data-mjx-error]').length"


@dataclass
class PageReport:
    uri: str
    problems: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)


def site_pages(site: Path) -> list[str]:
    pages = [p.relative_to(site).parent.as_posix() + "/" for p in site.rglob("index.html")]
    return sorted("" if p == "./" else p for p in pages)


async def check_page(context, base_url: str, uri: str, diagrams: int) -> PageReport:
    report = PageReport(uri)
    page = await context.new_page()

    await page.route("**/*", other_hosts_blocked(base_url, report.blocked))
    page.on("console", lambda m: m.type == "error" and report.problems.append(f"console: {m.text}"))
    page.on("pageerror", lambda e: report.problems.append(f"page error: {e}"))
    page.on("requestfailed", lambda r: r.url.startswith(base_url)
            and report.problems.append(f"failed request: {r.url}"))
    page.on("response", lambda r: r.status >= 400 and report.problems.append(f"HTTP {r.status}: {r.url}"))
    try:
        await page.goto(base_url + uri, wait_until="load")
        await page.wait_for_function(MATH_DONE, timeout=WAIT_MS)
        await page.wait_for_function(DIAGRAMS_DONE, arg=diagrams, timeout=WAIT_MS)
        if await page.evaluate(MATH_ERRORS):
            report.problems.append("MathJax error in a formula")
        drawn = await page.evaluate(DIAGRAM_REPORT)
        for i, d in enumerate(drawn, 1):
            if d["error"] or not d["svg"]:
                report.problems.append(f"mermaid diagram {i} did not render (syntax error?)")
        if len(drawn) < diagrams:
            report.problems.append(f"{diagrams - len(drawn)} of {diagrams} mermaid diagrams not drawn")
        report.problems += [f"render error: {e}" for e in await page.evaluate("window.__renderErrors")]
        report.problems += [f"image not loaded: {src}" for src in await page.evaluate(IMAGES_LOADED)]
    except Exception as exc:  # a timeout names the page instead of stopping the suite
        report.problems.append(f"{type(exc).__name__}: {str(exc).splitlines()[0]}")
    finally:
        await page.close()
    return report


async def check_all(base_url: str, site: Path, uris: list[str]) -> list[PageReport]:
    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = await browser.new_context()
        await context.add_init_script(OPEN_SHADOW_ROOTS)
        gate = asyncio.Semaphore(PARALLEL)

        async def one(uri: str) -> PageReport:
            async with gate:
                html = (site / uri / "index.html").read_text(encoding="utf-8")
                return await check_page(context, base_url, uri, diagrams_in(html))

        reports = await asyncio.gather(*(one(u) for u in uris))
        await browser.close()
        return reports


def test_every_page_renders_cleanly(site: Path, base_url: str) -> None:
    uris = site_pages(site)
    assert len(uris) >= 120
    reports = asyncio.run(check_all(base_url, site, uris))
    broken = {r.uri: r.problems for r in reports if r.problems}
    assert broken == {}
    blocked = sorted({u for r in reports for u in r.blocked})
    assert blocked == [], "requests to other hosts"


def test_suite_notices_a_broken_diagram_and_a_cdn_script(site: Path, tmp_path: Path) -> None:
    import shutil

    from papersite.serve import serve

    copy = tmp_path / "site"
    shutil.copytree(site, copy, symlinks=True)
    page = copy / "guide/showcase/index.html"
    html = page.read_text(encoding="utf-8")
    start = html.index('<pre class="mermaid"><code>') + len('<pre class="mermaid"><code>')
    html = html[:start] + "flowchart LR\n  A --> (((\n" + html[html.index("</code></pre>", start):]
    html = html.replace("</body>", '<script src="https://cdn.example.org/x.js"></script></body>')
    page.write_text(html, encoding="utf-8")
    with serve(copy) as url:
        [report] = asyncio.run(check_all(url, copy, ["guide/showcase/"]))
    assert any("Parse error on line 2" in p for p in report.problems), report
    assert not any("Timeout" in p for p in report.problems), "a broken diagram fails fast"
    assert report.blocked == ["https://cdn.example.org/x.js"]
