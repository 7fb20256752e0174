"""Split a page into YAML front matter and body, keeping line numbers for messages."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from papersite.findings import Finding
from papersite.textfiles import read_text


class _Loader(yaml.SafeLoader):
    """SafeLoader that leaves dates as text: the schema validates them with a clear message."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

FENCE = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(\r?\n|\Z)", re.DOTALL)


@dataclass
class Page:
    path: Path
    meta: dict[str, Any]
    meta_text: str
    body: str
    body_line: int  # line number of the body's first line in the file

    def line_of(self, key: str) -> int:
        """Line of a top-level front-matter key (1-based in the file), or the fence."""
        match = re.search(rf"^{re.escape(key)}\s*:", self.meta_text, re.MULTILINE)
        return 2 + self.meta_text.count("\n", 0, match.start()) if match else 1

    def line_of_value(self, key: str, value: str) -> int:
        """Line where `value` first appears after `key` (for list items)."""
        start = self.line_of(key) - 2
        for offset, line in enumerate(self.meta_text.splitlines()[start:], start):
            if value in line:
                return offset + 2
        return self.line_of(key)


def read_page(path: Path) -> tuple[Page | None, list[Finding]]:
    text, problem = read_text(path)
    if problem:
        return None, [problem]
    match = FENCE.match(text)
    if not match:
        return Page(path, {}, "", text, 1), []
    meta_text = match.group(1) or ""
    try:
        meta = yaml.load(meta_text, Loader=_Loader) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        return None, [Finding(path, line, f"front matter is not valid YAML ({problem})",
                              "check indentation and quote values that contain ':' or '#'")]
    if not isinstance(meta, dict):
        return None, [Finding(path, 1, "front matter is not a mapping of key: value",
                              "write one `key: value` per line between the --- fences")]
    body_line = text.count("\n", 0, match.end()) + 1
    return Page(path, meta, meta_text, text[match.end():], body_line), []
