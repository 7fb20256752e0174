"""Everything `make check` verifies without a full build; the build runs it first.

Reads the checkout once (sources), loads the catalog from that reading, then applies
every rule in rules/. None of it needs MkDocs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from papersite import find_root
from papersite.catalog import Catalog, load_catalog
from papersite.findings import Finding
from papersite.rules.bib import check_bib
from papersite.rules.docs_files import check_docs_files
from papersite.rules.graph import check_graph
from papersite.rules.markdown import anchors_of, check_markdown
from papersite.rules.notebooks import check_notebook
from papersite.rules.notes import full_note_problems
from papersite.rules.references import check_references, check_videos
from papersite.rules.talks import check_talks
from papersite.site_config import extension_configs, slugify_of, snippet_files
from papersite.sources import SourceTree, read_sources


@dataclass
class Checked:
    """A checkout read, loaded and checked: what the build goes on with."""

    tree: SourceTree
    catalog: Catalog
    findings: list[Finding]


def check_checkout(root: Path, mdx_configs: dict | None = None) -> Checked:
    """`mdx_configs`: the build's markdown extension configs (read from mkdocs.yml if None)."""
    tree = read_sources(root)
    cat, loading = load_catalog(root, tree)
    findings = tree.findings + loading + run_rules(cat, tree, mdx_configs or extension_configs(root))
    return Checked(tree, cat, sorted(set(findings)))


def run_rules(cat: Catalog, tree: SourceTree, mdx_configs: dict) -> list[Finding]:
    slugify, includable = slugify_of(mdx_configs), snippet_files(mdx_configs)
    findings = check_references(cat) + check_videos(cat) + check_graph(cat) + check_bib(cat)
    findings += check_talks(cat)
    findings += check_docs_files(tree)
    anchors = {uri: anchors_of(page, slugify) for uri, page in tree.pages.items()}
    for uri, page in tree.pages.items():
        findings += check_markdown(page, uri, cat, anchors, includable)
    for paper in cat.papers.values():
        findings += full_note_problems(paper)
    for source in tree.notebooks.values():
        findings += check_notebook(source)
    return findings


def run_checks(root: Path) -> list[Finding]:
    return check_checkout(root).findings


def main() -> int:
    import sys
    import time

    start = time.perf_counter()
    root = find_root()
    findings = run_checks(root)
    for finding in findings:
        print(finding.format(root))
    took = time.perf_counter() - start
    if findings:
        print(f"\n{len(findings)} problem(s). Fix them and run `make check` again.", file=sys.stderr)
        return 1
    print(f"make check: all clear ({took:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
