"""What makes a note "full": the five sections in order and enough substance."""

from __future__ import annotations

import re

from papersite.catalog import Paper
from papersite.codespans import outside_code
from papersite.findings import Finding

FULL_NOTE_SECTIONS = ("一句话总结", "问题与动机", "方法", "实验与结论", "评价与局限")
MIN_CJK = 2000
CJK = re.compile(r"[\u4e00-\u9fff]")
H2 = re.compile(r"^##\s+(.+?)\s*$", re.MULTILINE)


def cjk_count(markdown: str) -> int:
    return sum(len(CJK.findall(text)) for _, text in outside_code(markdown))


def full_note_problems(paper: Paper) -> list[Finding]:
    if paper.meta.note != "full":
        return []
    body = paper.page.body
    headings = [h.strip() for h in H2.findall("".join(t for _, t in outside_code(body)))]
    missing = [s for s in FULL_NOTE_SECTIONS if s not in headings]
    out = []
    line = paper.page.line_of("note")
    if missing:
        out.append(Finding(paper.path, line, f"a full note needs the sections {', '.join(missing)}",
                           "add them as `## 标题` (see CONTRIBUTING.md), or mark it `note: stub`"))
    elif [h for h in headings if h in FULL_NOTE_SECTIONS] != list(FULL_NOTE_SECTIONS):
        out.append(Finding(paper.path, line, "the sections of a full note are out of order",
                           "order them: " + " → ".join(FULL_NOTE_SECTIONS)))
    count = cjk_count(body)
    if not out and count < MIN_CJK:  # structure first, then length
        out.append(Finding(paper.path, line, f"a full note has {count} Chinese characters, "
                           f"fewer than {MIN_CJK}", "write more substance, or mark it `note: stub`"))
    return out
