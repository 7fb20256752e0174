"""Site navigation, generated so domains stay sections and papers stay in year order."""

from __future__ import annotations

from pathlib import Path

from papersite.catalog import Catalog
from papersite.notebook_files import notebook_src_uri
from papersite.safety.escape import html_text


def build_nav(cat: Catalog, docs: Path) -> list:
    papers = []
    for domain in sorted(cat.domains.values(), key=lambda d: (d.order, d.slug)):
        items: list = [f"papers/{domain.slug}/index.md"]
        items += [{html_text(p.meta.title): p.src_uri} for p in cat.papers_in(domain.slug)]
        papers.append({html_text(domain.title): items})
    talks: list = ["talks/index.md"] if (docs / "talks/index.md").exists() else []
    talks += [{html_text(t.meta.title): t.src_uri} for t in sorted(cat.talks.values(), key=lambda t: t.slug)]
    notebooks: list = ["notebooks/index.md"] if (docs / "notebooks/index.md").exists() else []
    notebooks += [notebook_src_uri(nb) for nb in sorted(cat.notebooks)]
    indexes = [p for p in ("timeline.md", "videos.md", "tags.md") if (docs / p).exists()]
    guide = sorted(p.relative_to(docs).as_posix() for p in (docs / "guide").glob("*.md"))
    nav: list = [{"首页": "index.md"}, {"论文": papers}]
    for title, items in (("专题讲解", talks), ("Notebook", notebooks), ("索引", indexes),
                         ("关于", guide)):
        if items:
            nav.append({title: items})
    return nav
