"""Helpers the tests share (kept out of conftest, which pytest imports on its own terms)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from papersite.workspace import copy_checkout

ROOT = Path(__file__).resolve().parents[1]


def checkout_copy(dest: Path, with_cache: bool = True) -> Path:
    """A throwaway copy of this checkout (content copied, code and npm assets shared)."""
    return copy_checkout(ROOT, dest, with_cache)


def mkdocs_build(root: Path, site_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=root, capture_output=True, text=True, env=env, check=False)
