"""`builds_on` is a lineage: no cycles, and a paper builds on nothing published after it.

Years are the bib entries' (venue years). Same year is fine. A real exception (a paper
that names a later-published one as its basis, e.g. through an earlier preprint) is
marked in the child's front matter with `builds_on_later: [slug]`, which the graph
accepts and the page documents.
"""

from __future__ import annotations

from papersite.catalog import Catalog
from papersite.findings import Finding


def check_graph(cat: Catalog) -> list[Finding]:
    out = []
    for paper in cat.papers.values():
        for parent in paper.meta.builds_on:
            other = cat.papers.get(parent)
            if other is None or parent in paper.meta.builds_on_later:
                continue
            if other.year and paper.year and other.year > paper.year:
                out.append(Finding(paper.path, paper.page.line_of_value("builds_on", parent),
                                   f"builds_on: '{parent}' ({other.year}) is later than this paper "
                                   f"({paper.year})", "a paper builds on earlier work: move it to "
                                   "`related`, fix a year in bib/, or list it in `builds_on_later` "
                                   "with a sentence in the note saying why"))
    for cycle in _cycles(cat):
        first = cat.papers[cycle[0]]
        out.append(Finding(first.path, first.page.line_of("builds_on"),
                           "builds_on forms a cycle: " + " → ".join([*cycle, cycle[0]]),
                           "a paper cannot build on its own descendants: remove one edge"))
    return out


def _cycles(cat: Catalog) -> list[list[str]]:
    """One representative cycle per strongly connected set of papers (iterative DFS)."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    found: list[list[str]] = []
    for root in sorted(cat.papers):
        if root in state:
            continue
        path: list[str] = []
        stack = [(root, iter(sorted(cat.papers[root].meta.builds_on)))]
        state[root] = 1
        path.append(root)
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                path.pop()
                state[node] = 2
            elif child in cat.papers and state.get(child) == 1:
                found.append(path[path.index(child):])
            elif child in cat.papers and child not in state:
                state[child] = 1
                path.append(child)
                stack.append((child, iter(sorted(cat.papers[child].meta.builds_on))))
    return found
