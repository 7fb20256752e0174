"""The strict build's HTML holds what readers see, and references no outside host."""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup

ASSET_ATTRS = {"script": "src", "link": "href", "img": "src", "source": "src", "iframe": "src"}
EXTERNAL = re.compile(r"^(https?:)?//", re.IGNORECASE)
CSS_URL = re.compile(r"""(?:url\(\s*['"]?|@import\s+['"])((?:https?:)?//[^'")\s]+)""", re.IGNORECASE)


def soup(site: Path, uri: str) -> BeautifulSoup:
    return BeautifulSoup((site / uri).read_text(encoding="utf-8"), "html.parser")


def external_assets(site: Path) -> list[str]:
    """Every script, style sheet, font or image a built page would fetch from another host."""
    found = []
    for page in site.rglob("*.html"):
        html = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for tag, attr in ASSET_ATTRS.items():
            for el in html.find_all(tag):
                value = el.get(attr, "")
                if tag == "link" and not {"stylesheet", "preload", "icon", "modulepreload",
                                          "manifest"} & set(el.get("rel", [])):
                    continue  # canonical / alternate links are not fetched
                if tag == "iframe" and value.startswith(("https://player.bilibili.com/",
                                                         "https://www.youtube")):
                    continue
                if EXTERNAL.match(value):
                    found.append(f"{page.relative_to(site)}: <{tag} {attr}={value}>")
        for style in html.find_all("style"):
            found += [f"{page.relative_to(site)}: {m}" for m in CSS_URL.findall(style.text)]
    for css in site.rglob("*.css"):
        found += [f"{css.relative_to(site)}: {m}" for m in CSS_URL.findall(css.read_text("utf-8"))]
    return found


def test_no_page_fetches_from_another_host(site: Path) -> None:
    assert external_assets(site) == []


def test_external_asset_scan_would_notice_a_cdn(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text('<script src="https://unpkg.com/mermaid"></script>'
                                     '<style>@import "https://fonts.googleapis.com/x";</style>')
    (tmp_path / "b.css").write_text("body{background:url(//cdn.example/x.png)}")
    assert len(external_assets(tmp_path)) == 3


def test_showcase_holds_every_feature(site: Path) -> None:
    html = soup(site, "guide/showcase/index.html")
    math = html.select(".arithmatex")
    assert any(m.name == "div" for m in math), "display math"
    assert any(m.name == "span" for m in math), "inline math"
    assert r"\sqrt{d_k}" in html.select_one(".arithmatex").text
    assert html.select_one("pre.mermaid code"), "mermaid block left for the browser"
    footnotes = html.select_one(".footnote")
    assert footnotes and "Deep residual learning" in footnotes.text, "bibliography from bib/"
    assert html.select_one(".admonition.note"), "GitHub-style callout"
    assert "[@键名]" in html.text, "a citation inside code stays code"
    assert html.select_one('a[href="../../notebooks/attention-scaling/"]'), "notebook link"


def test_notebook_page_has_outputs_and_no_inline_jupyter_css(site: Path) -> None:
    html = soup(site, "notebooks/attention-scaling/index.html")
    article = html.select_one("article")
    assert article.select("img[src^='data:image/png']"), "plots rendered as images"
    assert not article.find("style"), "JupyterLab CSS is shared, not inlined"
    assert article.select_one('link[href$="assets/stylesheets/jupyter.css"]')
    assert (site / "assets/stylesheets/jupyter.css").stat().st_size > 10_000
    headings = article.select("h1[id], h2[id]")
    assert headings and all(h["id"] for h in headings)
    toc_targets = {a["href"].lstrip("#") for a in html.select(".md-nav--secondary a")}
    assert {h["id"] for h in headings} & toc_targets, "TOC links reach the CJK headings"
    assert (site / "notebooks/attention-scaling/attention-scaling.ipynb").is_file()


def test_pages_load_only_what_they_use(site: Path) -> None:
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "mathjax" not in home.lower() and "mermaid.min.js" not in home
    assert (site / "assets/vendor/mermaid/mermaid.min.js").is_file()
    assert (site / "assets/vendor/mathjax/tex-chtml.js").is_file()
    assert list((site / "assets/vendor/mathjax/output/chtml/fonts/woff-v2").glob("*.woff"))


def test_every_built_page_passes_the_output_policy(site: Path) -> None:
    """The build enforces it page by page; this reads the deployed files back."""
    from papersite.safety.output import OutputCheck
    from support import ROOT

    check = OutputCheck.for_site(ROOT, [])
    pages = sorted(site.rglob("*.html"))
    for html in pages:
        rel = html.relative_to(site).parent.as_posix() + "/"
        assert check.policy.check(html.read_text(encoding="utf-8"), "" if rel == "./" else rel) == [], html
    check.static_files(site)
    assert len(pages) > 100 and check.findings == []
