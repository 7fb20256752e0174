"""A full talk page names its sources: nobody writing it has watched the video, so what it
says a talk covers must rest on something a reader can check (CONTRIBUTING.md)."""

from __future__ import annotations

import re

from papersite.catalog import Catalog
from papersite.codespans import outside_code
from papersite.findings import Finding

SOURCES_HEADING = "来源"
H2 = re.compile(r"^##\s+(.+?)\s*$", re.MULTILINE)


def check_talks(cat: Catalog) -> list[Finding]:
    out = []
    for talk in cat.talks.values():
        if talk.meta.note != "full":
            continue
        prose = "".join(text for _, text in outside_code(talk.page.body))
        headings = [(m.start(), m[1].strip()) for m in H2.finditer(prose)]
        section = next((i for i, (_, h) in enumerate(headings) if h == SOURCES_HEADING), None)
        if section is None:
            out.append(Finding(talk.path, talk.page.line_of("note"), "a full talk page has no "
                               f"`## {SOURCES_HEADING}` section", "end the page with `## 来源`, listing "
                               "what each statement about the talk rests on: the videos' metadata, the "
                               "viewer notes (观众笔记), the papers, books"))
            continue
        start = headings[section][0]
        end = headings[section + 1][0] if section + 1 < len(headings) else len(prose)
        if not prose[start:end].partition("\n")[2].strip():
            out.append(Finding(talk.path, talk.page.line_of("note"), f"`## {SOURCES_HEADING}` is empty",
                               "list the sources the page rests on"))
    return out
