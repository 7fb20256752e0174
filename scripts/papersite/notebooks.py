"""Execute notebooks once per content: a cache keyed by the notebook and its pinned deps.

mkdocs-jupyter's own cache keys on the notebook bytes and plugin options only, so a
new torch pin would not re-run anything. Here the key also covers the notebook
requirements file and the Python version, and a failing cell stops the build with
the notebook, the cell and the error named.
"""

from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path

import nbformat

# Bump when the way notebooks are executed changes, to invalidate every entry.
EXECUTOR_VERSION = "2"  # 2: script and widget outputs are dropped
# Outputs that would run in the reader's browser: never kept.
SCRIPT_OUTPUTS = ("application/javascript", "text/javascript",
                  "application/vnd.jupyter.widget-view+json", "application/vnd.jupyter.widget-state+json")
CELL_TIMEOUT_S = 300


@dataclass
class NotebookError(Exception):
    """A notebook cell raised while the build executed it."""

    notebook: Path
    cell: int  # 1-based index among all cells, as Jupyter shows them
    error: str

    def __str__(self) -> str:
        return (
            f"{self.notebook}: cell {self.cell} raised {self.error}. "
            "Fix the cell (open the notebook in Jupyter and run all cells), then rebuild."
        )


def cache_key(notebook: Path, deps: list[Path]) -> str:
    digest = hashlib.sha256()
    digest.update(f"{EXECUTOR_VERSION}|{sys.version_info[:2]}".encode())
    for path in [notebook, *deps]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes() if path.exists() else b"<missing>")
    return digest.hexdigest()[:16]


def cached_path(notebook: Path, cache_dir: Path, deps: list[Path]) -> Path:
    # The executed copy keeps the notebooks/<name> tail so mkdocs-jupyter's
    # `include: notebooks/*.ipynb` pattern still matches it.
    return cache_dir / cache_key(notebook, deps) / "notebooks" / notebook.name


def execute(notebook: Path, target: Path, timeout: int = CELL_TIMEOUT_S) -> None:
    """Run every cell of `notebook` and write the executed copy to `target`."""
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    nb = nbformat.read(notebook, as_version=4)
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="python3",
        resources={"metadata": {"path": str(notebook.parent)}},
    )
    try:
        client.execute()
    except CellExecutionError as exc:
        cell = next(
            (i for i, c in enumerate(nb.cells, 1) if _has_error(c)),
            0,
        )
        name = getattr(exc, "ename", "Error")
        value = getattr(exc, "evalue", str(exc).splitlines()[-1])
        raise NotebookError(notebook, cell, f"{name}: {value}") from None
    drop_script_outputs(nb)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".partial")
    nbformat.write(nb, tmp)
    tmp.replace(target)


def drop_script_outputs(nb: nbformat.NotebookNode) -> None:
    """Remove JavaScript and widget outputs (and widget state) from an executed notebook."""
    nb.metadata.pop("widgets", None)
    for cell in nb.cells:
        kept = []
        for output in cell.get("outputs", []):
            data = output.get("data")
            if data:
                for mime in SCRIPT_OUTPUTS:
                    data.pop(mime, None)
                if not data:
                    continue
            kept.append(output)
        if "outputs" in cell:
            cell.outputs = kept


def _has_error(cell: nbformat.NotebookNode) -> bool:
    return any(o.get("output_type") == "error" for o in cell.get("outputs", []))


def executed_notebook(notebook: Path, cache_dir: Path, deps: list[Path]) -> tuple[Path, bool]:
    """Return the executed copy of `notebook` and whether the cache had it."""
    target = cached_path(notebook, cache_dir, deps)
    if target.exists():
        return target, True
    execute(notebook, target)
    return target, False


def prune(cache_dir: Path, keep: set[Path]) -> None:
    """Drop cache entries no notebook uses any more."""
    if not cache_dir.is_dir():
        return
    keep_dirs = {p.parents[1] for p in keep}
    for entry in cache_dir.iterdir():
        if entry.is_dir() and entry not in keep_dirs:
            for f in sorted(entry.rglob("*"), reverse=True):
                f.unlink() if f.is_file() else f.rmdir()
            entry.rmdir()
