"""Hostile contributions, built for real.

One build of a copy of the checkout with tests/hostile/ laid over it: content that
passes `make check` but would be markup if pasted unescaped, and a notebook whose
outputs carry HTML, JavaScript and SVG. The build must succeed and nothing in it may
run: every page passes the output policy, and the payloads show up as text. A second
build proves the output policy rejects what slips past everything else.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from papersite.safety.output import OutputCheck
from support import checkout_copy, mkdocs_build

HOSTILE = Path(__file__).parent / "hostile"
pytestmark = pytest.mark.build


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = checkout_copy(tmp_path_factory.mktemp("hostile") / "repo")
    shutil.copytree(HOSTILE, repo, dirs_exist_ok=True, ignore=shutil.ignore_patterns("README.md"))
    site = repo.parent / "site"
    result = mkdocs_build(repo, site)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return site


def page(site: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path / "index.html").read_text(encoding="utf-8"), "html.parser")


def test_no_payload_reaches_any_built_page(hostile_site: Path) -> None:
    check = OutputCheck.for_site(Path(__file__).parents[1], [])
    for html in sorted(hostile_site.rglob("*.html")):
        rel = html.relative_to(hostile_site).parent.as_posix() + "/"
        assert check.policy.check(html.read_text(encoding="utf-8"), "" if rel == "./" else rel) == [], html


def test_front_matter_and_bib_text_show_literally(hostile_site: Path) -> None:
    html = page(hostile_site, "papers/cnn/zz-hostile-note")
    assert html.select_one("article h1").get_text().startswith(
        "Hostile [x](javascript:alert(1)) $\\href{javascript:alert(2)}{m}$")
    header = html.select_one(".paper-header")
    assert "摘要 {: onclick=alert(3) } *强调* `code` :material-alert: | 竖线 &#60;b&#62;" in header.get_text()
    assert "Title [b](javascript:alert(9))" in header.get_text()
    assert not header.select("a[href^=javascript], [onclick], mjx-container, .arithmatex")
    paper_button = header.select_one('a.md-button[href*="example.org"]')
    assert paper_button["href"] == "https://example.org/~user/a--b%41.pdf", "a URL is not LaTeX"
    nav_titles = [a.get_text(" ", strip=True) for a in html.select(".md-nav__link")]
    assert any("Hostile [x](javascript:alert(1))" in t for t in nav_titles)
    table = page(hostile_site, "papers/cnn").select_one("article table")
    assert "说明" not in table.get_text() and "摘要 {: onclick=alert(3) }" in table.get_text()


def test_notebook_outputs_are_sanitized(hostile_site: Path) -> None:
    html = page(hostile_site, "notebooks/zz-hostile")
    article = html.select_one("article")
    assert not article.select("style, [onerror], a[href^=javascript]")
    assert not [s for s in article.select("script") if "alert" in s.get_text()], "only the template's scripts"
    assert article.select_one('img[src^="data:image/svg+xml;base64,"]'), "SVG output shown as an image"
    toc = html.select(".md-nav--secondary .md-nav__link")
    assert any("<img src=x onerror=alert(12)>" in a.get_text() for a in toc), "TOC name is text"
    assert not html.select(".md-nav--secondary img")
    css = (hostile_site / "assets/stylesheets/jupyter.css").read_text(encoding="utf-8")
    assert "body{display:none}" not in css.replace(" ", ""), "a cell's style never reaches the shared CSS"
    edit = html.select_one('a[title="编辑此页"], a.md-content__button[href*="/edit/"]')
    assert edit and edit["href"].endswith("/edit/main/notebooks/zz-hostile.ipynb")


def test_output_policy_rejects_what_slips_past_the_sources(tmp_path: Path) -> None:
    """A theme override is maintainers' code, but the output check holds it to the policy too."""
    repo = checkout_copy(tmp_path / "repo")
    override = repo / "overrides" / "main.html"
    text = override.read_text(encoding="utf-8")
    override.write_text(text.replace("{% endblock %}", "<script>alert('sneaky')</script>\n{% endblock %}", 1),
                        encoding="utf-8")
    result = mkdocs_build(repo, tmp_path / "site")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "built page /: inline script that is not one the theme or plugins emit" in output
    assert "overrides/main.html:" in output, "names the source it came from"
    home = (tmp_path / "site" / "index.html")
    assert not home.exists() or "alert('sneaky')" not in home.read_text(encoding="utf-8")
