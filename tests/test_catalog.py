"""The catalog: counts on the built site, and one added page showing up everywhere."""

from __future__ import annotations

import re
from pathlib import Path

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


def test_built_site_has_every_paper_video_and_domain(site: Path) -> None:
    paper_pages = [p for p in site.glob("papers/*/*/index.html")]
    assert len(paper_pages) >= 98
    domains = list(site.glob("papers/*/index.html"))
    assert len(domains) == 12
    rows = read(site, "videos/index.html").select("article table tbody tr")
    assert len(rows) == 59
    got = home_counts(site)
    assert got["papers"] == len(paper_pages) and got["videos"] == 59 and got["domains"] == 12


def test_every_catalog_video_is_listed_once() -> None:
    cat, _ = load_catalog(ROOT)
    ids = [v.bilibili for v, _ in cat.videos()]
    assert len(ids) == len(set(ids)) == 59
    shared = (ROOT.parent / "shared/catalog/videos.tsv")
    if shared.exists():
        listed = {line.split("\t")[3] for line in shared.read_text("utf-8").splitlines()[1:]}
        assert listed == set(ids)


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
    repo = checkout_copy(tmp_path / "repo")
    before = counts(load_catalog(repo)[0])
    written = new_paper("cnn", "densenet", "DenseNet", "把每一层与之前所有层直接相连的卷积网络。",
                        year=2017, url="https://arxiv.org/abs/1608.06993", root=repo)
    assert [p.relative_to(repo).as_posix() for p in written] == \
        ["docs/papers/cnn/densenet.md", "bib/cnn.bib"]
    out = tmp_path / "site"
    result = mkdocs_build(repo, out)
    assert result.returncode == 0, result.stderr[-3000:]
    table = read(out, "papers/cnn/index.html").select_one("article table")
    assert table.select_one('a[href="densenet/"]')
    assert read(out, "timeline/index.html").select_one('a[href="../papers/cnn/densenet/"]')
    after = home_counts(out)
    assert after["papers"] == before["papers"] + 1
    assert (out / "papers/cnn/densenet/index.html").is_file()
    assert "笔记待补" in (out / "papers/cnn/densenet/index.html").read_text("utf-8")
