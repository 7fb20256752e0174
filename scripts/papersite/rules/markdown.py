"""The body of a page: citations, links and anchors, balanced math, no unsafe HTML, shortcodes."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from pathlib import Path

from mkdocs_bibtex.citation import CitationBlock

from papersite.catalog import Catalog
from papersite.codespans import code_ranges, fenced_blocks, line_of, outside_code, unclosed_fence
from papersite.findings import Finding
from papersite.frontmatter import Page
from papersite.notebook_files import notebook_slug
from papersite.rules.unsafe import snippet_includes, unsafe_markup
from papersite.shortcodes import problems as shortcode_problems
from papersite.site_config import Slugify

LINK = re.compile(r"(!?)\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$", re.MULTILINE)
ATTR_ID = re.compile(r"\{[^}]*#([\w-]+)[^}]*\}\s*$")
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


def locator(body: str, first_line: int) -> Callable[[int], tuple[int, int]]:
    """offset in `body` → (line in the file, 1-based column)."""
    def where(offset: int) -> tuple[int, int]:
        return first_line + line_of(body, offset) - 1, offset - body.rfind("\n", 0, offset)
    return where


def check_markdown(page: Page, uri: str, cat: Catalog, anchors: dict[str, set[str]],
                   snippet_files: frozenset[str] = frozenset()) -> list[Finding]:
    out: list[Finding] = []
    body, path = page.body, page.path
    where = locator(body, page.body_line)

    def at(offset: int) -> int:
        return where(offset)[0]

    for offset, text in outside_code(body):
        for block in CitationBlock.from_markdown(text):
            for citation in block.citations:
                if citation.key not in cat.bib:
                    pos = offset + text.find("@" + citation.key)
                    out.append(Finding(path, at(pos), f"citation [@{citation.key}] has no entry "
                                       "in bib/", "add the BibTeX entry (key = the paper's slug) "
                                       "or fix the key"))
        out += unsafe_markup(text, offset, where, path)
        out += snippet_includes(text, offset, where, path, snippet_files)
        out += _links(text, offset, at, path, uri, anchors, cat.root)
    out += _diagram_accessibility(body, where, path)
    if (start := unclosed_fence(body)) is not None:
        line, col = where(start)
        out.append(Finding(path, line, "code fence opened here is never closed (what follows is "
                           "rendered as text and HTML, not code)", "close it with the same fence, "
                           "e.g. ``` on its own line", col))
    out += _math(body, at, path)
    out += shortcode_problems(body, uri, path, page.body_line)
    return out


MERMAID_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})[ \t]*mermaid\b")


def _diagram_accessibility(body: str, where: Callable[[int], tuple[int, int]], path: Path) -> list[Finding]:
    """A hand-written diagram tells screen readers what it shows (accTitle and accDescr)."""
    out = []
    for start, end in fenced_blocks(body):
        block = body[start:end or len(body)]
        if not MERMAID_FENCE.match(block):
            continue
        missing = [key for key in ("accTitle", "accDescr") if not re.search(rf"^\s*{key}\b", block, re.M)]
        if missing:
            line, col = where(start)
            out.append(Finding(path, line, f"mermaid diagram without {' and '.join(missing)}",
                               "add, right after the diagram type line, `accTitle: 一句标题` and "
                               "`accDescr: 一两句话说明图里画了什么` (read aloud by screen readers)", col))
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
        if resolved.startswith("../") and notebook_slug(resolved[3:]) is None:
            out.append(Finding(path, line, f"link to '{target_path}' leaves docs/", "count the ../ "
                               "again: from docs/talks/ a note is ../papers/<domain>/<slug>.md"))
            continue
        if resolved.startswith("../"):  # notebooks/ sits beside docs/, but is served inside the site
            out.append(Finding(path, line, f"link to '{target_path}' points outside the site",
                               f"notebooks are served at the site root: write "
                               f"'{posixpath.relpath(resolved[3:], posixpath.dirname(uri) or '.')}'"))
            continue
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
