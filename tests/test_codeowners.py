"""CODEOWNERS puts every file that runs code (build, theme, site scripts, CI) under review."""

from __future__ import annotations

import pathspec
from support import ROOT

MUST_BE_OWNED = ["scripts/papersite/safety/policy.py", "scripts/hooks/catalog.py", "overrides/main.html",
                 "docs/assets/javascripts/lazy-render.js", "docs/assets/stylesheets/site.css",
                 "mkdocs.yml", ".github/workflows/deploy.yml", ".github/workflows/pr.yml", ".ci/run",
                 "Makefile", "requirements.txt", "package.json", "package-lock.json"]
NOT_OWNED = ["docs/papers/cnn/resnet.md", "bib/cnn.bib", "notebooks/attention-scaling.ipynb"]


def owners_spec() -> pathspec.PathSpec:
    lines = (ROOT / ".github/CODEOWNERS").read_text(encoding="utf-8").splitlines()
    patterns = [line.split()[0] for line in lines if line.strip() and not line.startswith("#")]
    return pathspec.PathSpec.from_lines("gitignore", patterns)


def test_codeowners_cover_the_build_and_not_the_notes() -> None:
    spec = owners_spec()
    assert [p for p in MUST_BE_OWNED if not spec.match_file(p)] == []
    assert [p for p in NOT_OWNED if spec.match_file(p)] == []
    site_files = [p.relative_to(ROOT).as_posix() for p in (ROOT / "docs/assets").rglob("*") if p.is_file()]
    workflows = [p.relative_to(ROOT).as_posix() for p in (ROOT / ".github/workflows").glob("*")]
    assert all(spec.match_file(p) for p in site_files + workflows)
