"""The body of a page: citations, links and anchors, balanced math, no unsafe HTML, shortcodes."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from pathlib import Path

from mkdocs_bibtex.citation import CitationBlock

from papersite.catalog import Catalog
from papersite.codespans import code_ranges, line_of, outside_code
from papersite.findings import Finding
from papersite.frontmatter import Page
from papersite.notebook_files import notebook_slug
from papersite.shortcodes import problems as shortcode_problems
from papersite.site_config import Slugify

LINK = re.compile(r"(!?)\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$", re.MULTILINE)
ATTR_ID = re.compile(r"\{[^}]*#([\w-]+)[^}]*\}\s*$")
SCRIPT = re.compile(r"<\s*script\b", re.IGNORECASE)
IFRAME = re.compile(r"<\s*iframe\b[^>]*?\bsrc\s*=\s*[\"']?([^\"'\s>]+)", re.IGNORECASE)
HANDLER = re.compile(r"<[a-zA-Z][^>]*?\s(on[a-z]+)\s*=", re.IGNORECASE)
JS_URL = re.compile(r"javascript\s*:", re.IGNORECASE)
VIDEO_EMBEDS = ("https://player.bilibili.com/", "https://www.youtube-nocookie.com/embed/",
                "https://www.youtube.com/embed/")
# Headings the build appends to paper and talk pages.
GENERATED_HEADINGS = ("相关论文", "资源", "涉及的论文")

Locate = Callable[[int], int]


def anchors_of(page: Page, slugify: Slugify) -> set[str]:
    prose = "".join(text for _, text in outside_code(page.body))
    found: set[str] = set(GENERATED_HEADINGS)
    for match in HEADING.finditer(prose):
        text = match[2]
        if explicit := ATTR_ID.search(text):
            found.add(explicit[1])
            continue
        found.add(slugify(re.sub(r"[`*_]", "", text), "-"))
    return found


def check_markdown(page: Page, uri: str, cat: Catalog, anchors: dict[str, set[str]]) -> list[Finding]:
    out: list[Finding] = []
    body, path = page.body, page.path

    def at(offset: int) -> int:
        return page.body_line + line_of(body, offset) - 1

    for offset, text in outside_code(body):
        for block in CitationBlock.from_markdown(text):
            for citation in block.citations:
                if citation.key not in cat.bib:
                    pos = offset + text.find("@" + citation.key)
                    out.append(Finding(path, at(pos), f"citation [@{citation.key}] has no entry "
                                       "in bib/", "add the BibTeX entry (key = the paper's slug) "
                                       "or fix the key"))
        out += _unsafe_html(text, offset, at, path)
        out += _links(text, offset, at, path, uri, anchors, cat.root)
    out += _math(body, at, path)
    out += shortcode_problems(body, uri, path, page.body_line)
    return out


def _unsafe_html(text: str, offset: int, at: Locate, path: Path) -> list[Finding]:
    out = []
    for m in SCRIPT.finditer(text):
        out.append(Finding(path, at(offset + m.start()), "raw <script> in a note",
                           "remove it: notes are Markdown; interactive code goes in a notebook"))
    for m in IFRAME.finditer(text):
        if not m[1].startswith(VIDEO_EMBEDS):
            out.append(Finding(path, at(offset + m.start()), f"<iframe> from {m[1]}",
                               "only bilibili and YouTube players may be embedded; link instead"))
    for m in HANDLER.finditer(text):
        out.append(Finding(path, at(offset + m.start()), f"HTML event handler '{m[1]}='",
                           "remove the attribute: notes carry no scripts"))
    for m in JS_URL.finditer(text):
        out.append(Finding(path, at(offset + m.start()), "javascript: URL",
                           "link to an http(s) page or a page of this site"))
    return out


def _links(text: str, offset: int, at: Locate, path: Path, uri: str,
           anchors: dict[str, set[str]], root: Path) -> list[Finding]:
    out = []
    docs = root / "docs"
    for m in LINK.finditer(text):
        image, target = m[1], m[2]
        if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.IGNORECASE) or target.startswith("//"):
            continue
        target_path, _, anchor = target.partition("#")
        line = at(offset + m.start())
        if not target_path:
            if anchor and anchor not in anchors.get(uri, set()):
                out.append(Finding(path, line, f"anchor '#{anchor}' is not a heading on this "
                                   "page", "link to an existing heading (see the page's TOC)"))
            continue
        resolved = posixpath.normpath(posixpath.join(posixpath.dirname(uri), target_path))
        if image:
            if not (docs / resolved).is_file():
                out.append(Finding(path, line, f"image '{target_path}' does not exist",
                                   "add the file under docs/ or fix the path"))
            continue
        if notebook_slug(resolved) is not None:
            if not (root / resolved).is_file():
                out.append(Finding(path, line, f"link to missing notebook '{resolved}'",
                                   "notebooks live in notebooks/<slug>.ipynb"))
            continue
        if resolved.endswith(".md"):
            if resolved not in anchors:
                out.append(Finding(path, line, f"link to '{target_path}' points at no page",
                                   f"no docs/{resolved}; fix the relative path"))
            elif anchor and anchor not in anchors[resolved]:
                out.append(Finding(path, line, f"anchor '#{anchor}' does not exist in "
                                   f"{resolved}", "link to an existing heading"))
    return out


def _math(body: str, at: Locate, path: Path) -> list[Finding]:
    """Unbalanced $ / $$ outside code (an escaped \\$ is a dollar sign)."""
    out = []
    masked = list(body)
    for start, end in code_ranges(body):
        masked[start:end] = " " * (end - start)
    text = "".join(masked).replace("\\$", "  ")
    displays = [m.start() for m in re.finditer(r"\$\$", text)]
    if len(displays) % 2:
        out.append(Finding(path, at(displays[-1]), "unbalanced $$: a display formula is not "
                           "closed", "close it with $$ on its own line"))
        return out
    for a, b in zip(displays[::2], displays[1::2], strict=True):
        text = text[:a] + " " * (b + 2 - a) + text[b + 2:]
    for line_no, line in enumerate(text.splitlines(), 0):
        singles = [m.start() for m in re.finditer(r"\$", line)]
        if len(singles) % 2:
            offset = sum(len(x) + 1 for x in text.splitlines()[:line_no]) + singles[-1]
            out.append(Finding(path, at(offset), "unbalanced $: an inline formula is not closed",
                               "close it with $, or write \\$ for a dollar sign"))
    return out
