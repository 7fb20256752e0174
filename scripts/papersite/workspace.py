"""A throwaway copy of a checkout, for builds that must not touch the real one
(the benchmark's cold and scaled builds, tests that add a page or a broken notebook)."""

from __future__ import annotations

import shutil
from pathlib import Path

CHECKOUT_PARTS = ("docs", "bib", "notebooks", "overrides", "mkdocs.yml", "CONTRIBUTING.md", "package.json",
                  "package-lock.json",
                  "requirements-notebooks.txt")


def copy_checkout(source: Path, dest: Path, with_cache: bool = True) -> Path:
    """Copy the content; share code and npm assets (and optionally executed notebooks)."""
    dest.mkdir(parents=True)
    for name in CHECKOUT_PARTS:
        src = source / name
        (shutil.copytree if src.is_dir() else shutil.copy2)(src, dest / name)
    (dest / "node_modules").symlink_to(source / "node_modules")
    (dest / "scripts").symlink_to(source / "scripts")
    if with_cache and (source / ".cache/notebooks").is_dir():
        shutil.copytree(source / ".cache/notebooks", dest / ".cache/notebooks")
    return dest
