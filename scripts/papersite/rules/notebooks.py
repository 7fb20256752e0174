"""A notebook: a slug for a name, valid JSON stored without outputs, and markdown cells
held to the same rules as a note (they are rendered into the notebook's page)."""

from __future__ import annotations

import re

from mkdocs_bibtex.citation import CitationBlock

from papersite.codespans import outside_code, unclosed_fence
from papersite.findings import Finding
from papersite.notebook_files import NotebookSource, source_text
from papersite.rules.unsafe import unsafe_markup
from papersite.schema import SLUG, SLUG_FIX


def check_notebook(source: NotebookSource) -> list[Finding]:
    if not SLUG.match(source.slug):
        return [Finding(source.path, 0, f"file name '{source.path.name}' is not a valid slug",
                        f"rename it: {SLUG_FIX}")]
    if source.error is not None:
        return [Finding(source.path, getattr(source.error, "lineno", 0),
                        f"not a valid notebook ({source.error})", "re-save it from Jupyter")]
    cells = source.cells_with_outputs()
    if cells:
        return [Finding(source.path, 0, f"stored with outputs (code cells {cells[:5]})",
                        "clear outputs before committing: `make strip` (the build executes "
                        "notebooks itself)")]
    out: list[Finding] = []
    for number, cell in enumerate(source.cells, 1):
        if cell.get("cell_type") == "markdown":
            out += markdown_cell_problems(source, number, source_text(cell))
    return out


def markdown_cell_problems(source: NotebookSource, number: int, text: str) -> list[Finding]:
    """Findings for one markdown cell, named by its number as Jupyter shows it."""
    found: list[Finding] = []

    def where(offset: int) -> tuple[int, int]:
        return 0, 0  # a cell has no line in the file that a reader could use

    for offset, prose in outside_code(text):
        found += unsafe_markup(prose, offset, where, source.path)
        if any(block.citations for block in CitationBlock.from_markdown(prose)):
            found.append(Finding(source.path, 0, "citation [@key] in a notebook",
                                 "notebooks are not run through the bibliography: link the paper's "
                                 "page instead"))
    if unclosed_fence(text) is not None:
        found.append(Finding(source.path, 0, "code fence is never closed",
                             "close it with the same fence on its own line"))
    if len(re.findall(r"(?<!\\)\$\$", text)) % 2:
        found.append(Finding(source.path, 0, "unbalanced $$: a display formula is not closed",
                             "close it with $$"))
    return [Finding(f.file, 0, f"markdown cell {number}: {f.problem}", f.fix) for f in found]
