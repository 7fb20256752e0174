"""Find the parts of a Markdown text that are code (fenced blocks, inline spans).

Several checks must ignore code: `[@key]` in a code sample is not a citation,
`$` in Python is not math, `<script>` in a code block is not unsafe HTML.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

FENCE_OPEN = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})")
INLINE_CODE = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)")
AT_PLACEHOLDER = "\ue040"  # private-use character: never typed by a contributor


def fenced_blocks(markdown: str) -> list[tuple[int, int | None]]:
    """(start, end) of each fenced code block; end is None for a fence never closed."""
    blocks: list[tuple[int, int | None]] = []
    fence: str | None = None
    start = offset = 0
    for line in markdown.splitlines(keepends=True):
        match = FENCE_OPEN.match(line)
        if fence is None and match:
            fence, start = match["fence"], offset
        elif fence is not None and match and match["fence"].startswith(fence[0] * len(fence)) \
                and line.strip() == match["fence"]:
            blocks.append((start, offset + len(line)))
            fence = None
        offset += len(line)
    if fence is not None:
        blocks.append((start, None))
    return blocks


def unclosed_fence(markdown: str) -> int | None:
    """Offset of a code fence that is never closed, or None."""
    return next((start for start, end in fenced_blocks(markdown) if end is None), None)


def code_ranges(markdown: str) -> list[tuple[int, int]]:
    """(start, end) offsets of every fenced block and inline code span.

    A fence that is never closed is not code: Markdown renders what follows it as
    text and HTML, so the checks must read it too (unclosed_fence() reports it).
    """
    blocks = [(start, end) for start, end in fenced_blocks(markdown) if end is not None]
    ranges: list[tuple[int, int]] = list(blocks)
    offset = 0
    for line in markdown.splitlines(keepends=True):
        inside = any(a <= offset < b for a, b in blocks)
        if not inside:
            ranges.extend((offset + m.start(), offset + m.end()) for m in INLINE_CODE.finditer(line))
        offset += len(line)
    return sorted(ranges)


def outside_code(markdown: str) -> Iterator[tuple[int, str]]:
    """Yield (offset, text) for each stretch of the text that is not code."""
    pos = 0
    for start, end in code_ranges(markdown):
        if start > pos:
            yield pos, markdown[pos:start]
        pos = max(pos, end)
    if pos < len(markdown):
        yield pos, markdown[pos:]


def hide_at_in_code(markdown: str) -> str:
    """Replace `@` inside code so citation plugins leave code samples alone."""
    out, pos = [], 0
    for start, end in code_ranges(markdown):
        out.append(markdown[pos:start])
        out.append(markdown[start:end].replace("@", AT_PLACEHOLDER))
        pos = end
    out.append(markdown[pos:])
    return "".join(out)


def restore_at(markdown: str) -> str:
    return markdown.replace(AT_PLACEHOLDER, "@")


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1
