"""Every bad contribution in tests/bad_inputs/ is rejected with its exact message.

Each case folder holds the files a contributor's pull request would add or change
(laid over the small good site in _good/) and expected.txt: the start of each
finding `make check` must print (`file:line:col: problem`), one per line, in order.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from papersite.checks import run_checks
from support import ROOT

CORPUS = Path(__file__).parent / "bad_inputs"
CASES = sorted(p.name for p in CORPUS.iterdir() if p.is_dir() and not p.name.startswith("_"))


def snapshot(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def overlay(case: str, dest: Path) -> Path:
    overlay_good(dest)
    shutil.copytree(CORPUS / case, dest, dirs_exist_ok=True)
    (dest / "expected.txt").unlink()
    return dest


def test_the_good_site_is_clean(tmp_path: Path) -> None:
    good = overlay_good(tmp_path / "good")
    assert [f.format(good) for f in run_checks(good)] == []


def overlay_good(dest: Path) -> Path:
    """The small good site, configured by this checkout's mkdocs.yml."""
    shutil.copytree(CORPUS / "_good", dest)
    shutil.copy2(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    return dest


def test_corpus_is_large_enough() -> None:
    assert len(CASES) >= 20


@pytest.mark.parametrize("case", CASES)
def test_bad_input_is_rejected_with_its_message(case: str, tmp_path: Path) -> None:
    repo = overlay(case, tmp_path / case)
    before = snapshot(repo)
    findings = [f.format(repo) for f in run_checks(repo)]
    expected = (CORPUS / case / "expected.txt").read_text(encoding="utf-8").strip().splitlines()
    assert len(findings) == len(expected), f"expected {len(expected)} finding(s), got: {findings}"
    for finding, start in zip(findings, expected, strict=True):
        assert finding.startswith(start), finding
        assert " — " in finding and finding.split(" — ", 1)[1].strip(), "a fix is suggested"
    assert snapshot(repo) == before, "checks never modify the files"


def test_make_check_checks_the_tree_it_runs_in(tmp_path: Path) -> None:
    """Not the checkout the package was installed from (two checkouts can share a venv)."""
    repo = overlay("missing-bib-key", tmp_path / "other-checkout")
    result = subprocess.run([sys.executable, "-m", "papersite.checks"], cwd=repo / "docs",
                            capture_output=True, text=True, check=False)
    expected = (CORPUS / "missing-bib-key" / "expected.txt").read_text(encoding="utf-8").strip()
    assert result.returncode == 1
    assert result.stdout.startswith(expected), result.stdout + result.stderr
