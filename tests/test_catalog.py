"""The catalog: counts on the built site, and one added page showing up everywhere."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from bs4 import BeautifulSoup
from papersite.catalog import load_catalog
from papersite.render.listings import counts
from papersite.scaffold import new_paper
from support import ROOT, checkout_copy, mkdocs_build


def read(site: Path, uri: str) -> BeautifulSoup:
    return BeautifulSoup((site / uri).read_text(encoding="utf-8"), "html.parser")


def home_counts(site: Path) -> dict[str, int]:
    html = read(site, "index.html")
    return {el["data-count"]: int(re.sub(r"\D", "", el.text)) for el in html.select("[data-count]")}


def oracle() -> dict[str, set[str]]:
    """What the sources hold, read without the code under test: files on disk, bib keys by
    regular expression, video ids from front matter parsed as plain YAML."""
    docs = ROOT / "docs"
    papers = {p.stem for p in docs.glob("papers/*/*.md") if p.name != "index.md"}
    domains = {p.parent.name for p in docs.glob("papers/*/index.md")}
    videos = set()
    for page in [*docs.glob("papers/*/*.md"), *docs.glob("talks/*.md")]:
        meta = yaml.safe_load(page.read_text("utf-8").split("---", 2)[1]) or {}
        videos |= {v["bilibili"] for v in meta.get("videos") or [] if v.get("bilibili")}
    keys = {m for bib in (ROOT / "bib").glob("*.bib")
            for m in re.findall(r"^@\w+\{([^,\s]+),", bib.read_text("utf-8"), re.MULTILINE)}
    return {"papers": papers, "domains": domains, "videos": videos, "bib": keys}


def test_built_site_has_every_paper_video_and_domain(site: Path) -> None:
    truth = oracle()
    paper_pages = {p.parent.name for p in site.glob("papers/*/*/index.html")}
    assert paper_pages == truth["papers"]
    assert {p.parent.name for p in site.glob("papers/*/index.html")} == truth["domains"]
    rows = read(site, "videos/index.html").select("article table tbody tr")
    listed = {re.search(r"BV\w{10}", str(row))[0] for row in rows}
    assert len(rows) == len(listed) == len(truth["videos"]) and listed == truth["videos"]
    got = home_counts(site)
    assert (got["papers"], got["videos"], got["domains"]) == \
        (len(truth["papers"]), len(truth["videos"]), len(truth["domains"]))


def test_every_paper_has_its_bib_entry_and_every_video_is_listed_once() -> None:
    cat, findings = load_catalog(ROOT)
    truth = oracle()
    assert findings == []
    assert set(cat.papers) == truth["papers"] and {p.bib.key for p in cat.papers.values()} <= truth["bib"]
    ids = [v.bilibili for v, _ in cat.videos() if v.bilibili]
    assert len(ids) == len(set(ids)) and set(ids) == truth["videos"]


def test_paper_header_and_footer_are_generated(site: Path) -> None:
    html = read(site, "papers/cnn/resnet/index.html")
    header = html.select_one(".paper-header")
    assert "Deep Residual Learning for Image Recognition" in header.text
    assert "Kaiming He" in header.text
    assert header.select_one('a[href="https://arxiv.org/abs/1512.03385"]')
    assert "BV1P3411y7nn" in html.select_one("#资源").find_next("ul").decode()
    assert html.select_one("#相关论文")
    assert "@inproceedings{resnet" in html.text  # the copyable BibTeX box


def test_added_paper_appears_in_table_timeline_and_counts(tmp_path: Path, site: Path) -> None:
    # A slug no real paper can have (slugs are lowercase; "zz-test-" is reserved for tests).
    slug = "zz-test-added-paper"
    repo = checkout_copy(tmp_path / "repo")
    before = counts(load_catalog(repo)[0])
    written = new_paper("cnn", slug, "Added Paper", "测试用：一篇新加入目录的论文。",
                        year=2017, url="https://arxiv.org/abs/1608.06993", root=repo)
    assert [p.relative_to(repo).as_posix() for p in written] == [f"docs/papers/cnn/{slug}.md", "bib/cnn.bib"]
    out = tmp_path / "site"
    result = mkdocs_build(repo, out)
    assert result.returncode == 0, result.stderr[-3000:]
    table = read(out, "papers/cnn/index.html").select_one("article table")
    assert table.select_one(f'a[href="{slug}/"]')
    assert read(out, "timeline/index.html").select_one(f'a[href="../papers/cnn/{slug}/"]')
    after = home_counts(out)
    assert after["papers"] == before["papers"] + 1
    assert "笔记待补" in (out / f"papers/cnn/{slug}/index.html").read_text("utf-8")
