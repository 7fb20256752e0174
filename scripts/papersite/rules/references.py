"""Cross-references between pages: builds_on / related / covers name papers, notebooks
exist, and a video lives on one page only."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from papersite.catalog import Catalog, Entry, Paper
from papersite.findings import Finding
from papersite.notebook_files import notebook_src_uri
from papersite.schema import PaperMeta, TalkMeta


def check_references(cat: Catalog) -> list[Finding]:
    out = []
    for entry in cat.entries():
        fields: dict[str, list[str]] = {"notebooks": entry.meta.notebooks}
        if isinstance(entry.meta, PaperMeta):
            fields |= {"builds_on": entry.meta.builds_on,
                       "related": list(entry.meta.related_notes())}
        if isinstance(entry.meta, TalkMeta):
            fields["covers"] = entry.meta.covers
        for name, slugs in fields.items():
            known: Iterable[str] = cat.notebooks if name == "notebooks" else cat.papers
            for slug in slugs:
                line = entry.page.line_of_value(name, slug)
                if slug not in known:
                    what = f"notebook {notebook_src_uri(slug)}" if name == "notebooks" \
                        else f"paper '{slug}'"
                    out.append(Finding(entry.path, line, f"{name}: no {what}", suggest(slug, known)))
                elif slug == entry.slug and isinstance(entry, Paper) and name != "notebooks":
                    out.append(Finding(entry.path, line, f"{name}: a paper cannot list itself",
                                       "remove its own slug"))
    return out


def suggest(slug: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(slug, list(known), n=1)
    return f"did you mean '{close[0]}'?" if close else "check the slug against docs/papers/"


def check_videos(cat: Catalog) -> list[Finding]:
    out = []
    seen: dict[tuple[str, str], Entry] = {}
    for entry in cat.entries():
        for video in entry.meta.videos:
            for site, vid in (("bilibili", video.bilibili), ("youtube", video.youtube)):
                if not vid:
                    continue
                if (site, vid) in seen:
                    other = seen[(site, vid)].path.relative_to(cat.root)
                    out.append(Finding(
                        entry.path, entry.page.line_of_value("videos", vid),
                        f"duplicate video: {site} id {vid} is already listed in {other}",
                        "a video lives on one page: a talk page if it covers several papers"))
                else:
                    seen[(site, vid)] = entry
    return out
