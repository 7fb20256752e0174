"""Reading a contributed text file: UTF-8 without BOM, or a clear finding saying why not."""

from __future__ import annotations

import codecs
from pathlib import Path

from papersite.findings import Finding


def read_text(path: Path) -> tuple[str, Finding | None]:
    """A source file's text, or a finding when it is not plain UTF-8."""
    data = path.read_bytes()
    if data.startswith(codecs.BOM_UTF8):
        return "", Finding(path, 1, "file starts with a UTF-8 byte-order mark (BOM)",
                           "save it as UTF-8 without BOM (most editors: 'UTF-8', not 'UTF-8 with BOM')")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return "", Finding(path, line, "file is not valid UTF-8",
                           "save the file as UTF-8 (no GBK/Big5)")
