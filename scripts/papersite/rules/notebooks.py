"""A notebook is stored as valid JSON and without outputs (the build executes it)."""

from __future__ import annotations

from papersite.findings import Finding
from papersite.notebook_files import NotebookSource


def check_notebook(source: NotebookSource) -> list[Finding]:
    if source.error is not None:
        return [Finding(source.path, getattr(source.error, "lineno", 0),
                        f"not a valid notebook ({source.error})", "re-save it from Jupyter")]
    cells = source.cells_with_outputs()
    if cells:
        return [Finding(source.path, 0, f"stored with outputs (code cells {cells[:5]})",
                        "clear outputs before committing: `make strip` (the build executes "
                        "notebooks itself)")]
    return []
