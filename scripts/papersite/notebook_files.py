"""What a notebook is on disk: `notebooks/<slug>.ipynb` beside docs/, read once per build.

The site serves each notebook at the same path (`notebooks/<slug>.ipynb` is also its
MkDocs src_uri), so one convention names the file, the page and the links to it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

NOTEBOOK_DIR = "notebooks"


def notebook_src_uri(slug: str) -> str:
    """The notebook's path in the repository and its page's src_uri in the site."""
    return f"{NOTEBOOK_DIR}/{slug}.ipynb"


def notebook_slug(src_uri: str) -> str | None:
    """`notebooks/<slug>.ipynb` → slug; None for any other page."""
    prefix, suffix = f"{NOTEBOOK_DIR}/", ".ipynb"
    if src_uri.startswith(prefix) and src_uri.endswith(suffix):
        return src_uri[len(prefix):-len(suffix)]
    return None


def notebook_paths(root: Path) -> list[Path]:
    return sorted((root / NOTEBOOK_DIR).glob("*.ipynb"))


@dataclass
class NotebookSource:
    """One notebook file as stored: its JSON, or why it could not be read."""

    path: Path
    data: dict[str, Any] = field(default_factory=dict)
    error: Exception | None = None

    @property
    def slug(self) -> str:
        return self.path.stem

    @property
    def cells(self) -> list[dict[str, Any]]:
        return self.data.get("cells", [])

    @property
    def title(self) -> str:
        """The notebook's first Markdown heading, or its file name."""
        for cell in self.cells:
            match = re.search(r"^#\s+(.+)$", source_text(cell), re.MULTILINE) \
                if cell.get("cell_type") == "markdown" else None
            if match:
                return match[1].strip()
        return self.slug

    def cells_with_outputs(self) -> list[int]:
        """1-based indices of code cells that carry outputs or execution counts."""
        return [i for i, c in enumerate(self.cells, 1)
                if c.get("cell_type") == "code" and (c.get("outputs") or c.get("execution_count"))]


def source_text(cell: dict[str, Any]) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else source


def read_notebook(path: Path) -> NotebookSource:
    try:
        return NotebookSource(path, json.loads(path.read_text(encoding="utf-8")))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return NotebookSource(path, error=exc)
