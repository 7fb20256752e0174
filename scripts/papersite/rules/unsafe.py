"""Raw HTML, attribute lists, URLs and includes a contributor writes: the same rules as
the built-page policy (safety/policy.py), caught early with a line and column."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path

from markdown.extensions.attr_list import get_attrs_and_remainder

from papersite.findings import Finding
from papersite.safety.policy import element_problems, snippet, url_problem

Locate = Callable[[int], tuple[int, int]]  # offset in the text → (line, column)

# Where attr_list reads a {...}: the explicit {: ...} form, right after an inline element,
# or at the end of a line (block elements).
ATTR_LIST = re.compile(r"\{:[ ]*([^\}\n]*)\}|(?<=[)\]*_`])\{[ ]*([^\}\n ][^\n}]*)\}"
                       r"|\{[ ]*([^\}\n ][^\n}]*)\}(?=[ \t]*$)", re.MULTILINE)
INLINE_LINK = re.compile(r"(!?)\[[^\]\n]*\]\(\s*<?((?:[^()\s<>]|\([^()\s]*\))*)")
REFERENCE_DEF = re.compile(r"^[ ]{0,3}\[[^\]\n]+\]:\s*<?(\S+?)>?(?:\s|$)", re.MULTILINE)
AUTOLINK = re.compile(r"<([a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>]*)>")
SNIPPET = re.compile(r"^[ \t]*-{1,}8<-{1,}[ \t]*(?:([\"'])(.*?)\1)?[ \t]*$", re.MULTILINE)
SCRIPT_FIX = "remove it: notes are Markdown and carry no scripts; interactive code goes in a notebook"


class _StartTags(HTMLParser):
    """Start tags with attributes decoded as a browser decodes them (entities included)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str], tuple[int, int]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k.lower(): v or "" for k, v in attrs}, self.getpos()))

    handle_startendtag = handle_starttag


def start_tags(text: str) -> Iterator[tuple[str, dict[str, str], int]]:
    """(tag, attributes, offset) of every HTML start tag in a stretch of Markdown."""
    parser = _StartTags()
    parser.feed(text)
    parser.close()
    starts = [0, *(m.end() for m in re.finditer("\n", text))]
    for tag, attrs, (line, col) in parser.tags:
        yield tag, attrs, starts[line - 1] + col


def unsafe_markup(text: str, offset: int, where: Locate, path: Path) -> list[Finding]:
    """Findings for one stretch of prose (code already cut out) starting at `offset`."""
    out: list[Finding] = []

    def add(pos: int, problem: str, fix: str) -> None:
        line, col = where(offset + pos)
        out.append(Finding(path, line, problem, fix, col))

    for tag, attrs, pos in start_tags(text):
        problems = [problem for problem, _ in element_problems(tag, attrs)]
        if tag == "script":
            add(pos, "raw <script> in a note", SCRIPT_FIX)
        elif tag == "form" and not problems:  # even one shaped like the theme's
            problems.append("<form> is not allowed in a note")
        for problem in problems:
            add(pos, f"{snippet(tag, attrs, 80)}: {problem}", _fix(problem))
    for m in ATTR_LIST.finditer(text):
        attrs, _ = get_attrs_and_remainder(m[1] or m[2] or m[3] or "")
        decoded = {k.lower(): html.unescape(v or "") for k, v in attrs}
        for problem, _ in element_problems("*", decoded):
            add(m.start(), f"attribute list {m[0][:60]}: {problem}", _fix(problem))
    for m in INLINE_LINK.finditer(text):
        if problem := url_problem(html.unescape(m[2]), "a", "href"):
            add(m.start(2), f"link to '{m[2][:60]}': {problem}", _fix(problem))
    for m in REFERENCE_DEF.finditer(text):
        if problem := url_problem(html.unescape(m[1]), "a", "href"):
            add(m.start(1), f"link reference '{m[1][:60]}': {problem}", _fix(problem))
    for m in AUTOLINK.finditer(text):
        if problem := url_problem(html.unescape(m[1]), "a", "href"):
            add(m.start(1), f"autolink <{m[1][:60]}>: {problem}", _fix(problem))
    return out


def _fix(problem: str) -> str:
    if "event handler" in problem:
        return "remove the attribute: notes carry no scripts"
    if "iframe" in problem:
        return "only bilibili and YouTube players may be embedded; link to anything else"
    if "URL" in problem:
        return "link to an http(s) page, a page of this site, or an image file under docs/papers/"
    return "remove it: notes are Markdown, links and images"


def snippet_includes(text: str, offset: int, where: Locate, path: Path,
                     allowed: frozenset[str]) -> list[Finding]:
    """`--8<--` includes name only the files mkdocs.yml lists in pymdownx.snippets' base_path."""
    out = []
    for m in SNIPPET.finditer(text):
        if m[2] not in allowed:
            line, col = where(offset + m.start())
            target = f"'{m[2]}'" if m[2] else "a block of files"
            out.append(Finding(path, line, f"snippet include of {target}", "notes cannot include "
                               "other files; only " + ", ".join(sorted(allowed)) + " may be included",
                               col))
    return out
