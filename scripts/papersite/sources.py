"""Every source file of a checkout, read once: the pages under docs/ and the notebooks.

The catalog and the checks both work from this one reading (a build used to parse
each page's front matter up to three times).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from papersite.findings import Finding
from papersite.frontmatter import Page, read_page
from papersite.notebook_files import NotebookSource, notebook_paths, read_notebook


@dataclass
class SourceTree:
    root: Path
    pages: dict[str, Page] = field(default_factory=dict)  # by path below docs/ ("papers/cnn/vgg.md")
    notebooks: dict[str, NotebookSource] = field(default_factory=dict)  # by slug
    findings: list[Finding] = field(default_factory=list)  # files that could not be read

    @property
    def docs(self) -> Path:
        return self.root / "docs"


def read_sources(root: Path) -> SourceTree:
    tree = SourceTree(root)
    for path in sorted(tree.docs.rglob("*.md")):
        page, findings = read_page(path)
        tree.findings += findings
        if page is not None:
            tree.pages[path.relative_to(tree.docs).as_posix()] = page
    for path in notebook_paths(root):
        tree.notebooks[path.stem] = read_notebook(path)
    return tree
