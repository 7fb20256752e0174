"""Shortcodes: HTML comments such as `<!-- papers-table -->` that the build fills in.

Invisible on GitHub, rendered on the site. An unknown shortcode is an error, not
a silently empty spot on the page.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from papersite.catalog import Catalog
from papersite.codespans import line_of, outside_code
from papersite.findings import Finding
from papersite.render import listings
from papersite.render.licenses import third_party_table
from papersite.render.lineage import lineage
from papersite.search import not_indexed

SHORTCODE = re.compile(r"<!--\s*([a-z][a-z0-9-]*(?:/[a-z-]+)?)\s*-->")
PASS_THROUGH = {"material/tags"}  # Material's own markers


def _domain_of(uri: str) -> str:
    parts = uri.split("/")
    return parts[1] if len(parts) == 3 and parts[0] == "papers" else ""


RENDERERS: dict[str, Callable[[Catalog, str], str]] = {
    "papers-table": lambda cat, uri: listings.papers_table(cat, _domain_of(uri), uri),
    "lineage": lambda cat, uri: lineage(cat, _domain_of(uri)),
    "timeline": listings.timeline,
    "videos-table": listings.videos_table,
    "talks-table": listings.talks_table,
    "notebooks-table": listings.notebooks_table,
    "counts": lambda cat, uri: listings.counts_block(cat),
    "domains": listings.domains_list,
    "third-party": third_party_table,
}
NEEDS_DOMAIN = {"papers-table", "lineage"}
# Generated listings repeat what the papers' own pages say; kept out of the search
# index so a query lands on the paper, not on a table that mentions it.
NOT_INDEXED = {"papers-table", "timeline", "videos-table", "talks-table", "notebooks-table", "third-party"}


def find(markdown: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each shortcode outside code."""
    found = []
    for offset, text in outside_code(markdown):
        found += [(offset + m.start(), offset + m.end(), m[1]) for m in SHORTCODE.finditer(text)]
    return found


def problems(markdown: str, uri: str, path, first_line: int = 1) -> list[Finding]:
    out = []
    for start, _, name in find(markdown):
        line = first_line + line_of(markdown, start) - 1
        if name in PASS_THROUGH:
            continue
        if name not in RENDERERS:
            out.append(Finding(path, line, f"unknown shortcode '<!-- {name} -->'",
                               "use one of: " + ", ".join(sorted(RENDERERS))))
        elif name in NEEDS_DOMAIN and not _domain_of(uri).strip():
            out.append(Finding(path, line, f"shortcode '{name}' only works on a domain page",
                               "use it in docs/papers/<domain>/index.md"))
    return out


def expand(markdown: str, uri: str, cat: Catalog) -> str:
    out, pos = [], 0
    for start, end, name in find(markdown):
        if name in PASS_THROUGH:
            continue
        generated = RENDERERS[name](cat, uri)
        if name in NOT_INDEXED:
            generated = not_indexed(generated)
        out += [markdown[pos:start], generated]
        pos = end
    out.append(markdown[pos:])
    return "".join(out)
