"""bib/ entries: URLs that are http(s), arXiv ids that are arXiv ids, text that is text."""

from __future__ import annotations

from papersite.bib import ARXIV_ID, BibEntry
from papersite.catalog import Catalog
from papersite.findings import Finding
from papersite.safety.escape import is_safe_url

MARKUP_FIX = "BibTeX fields are plain text: remove the markup"


def check_bib(cat: Catalog) -> list[Finding]:
    return [Finding(entry.file, entry.line, f"'{entry.key}': {problem}", fix)
            for entry in cat.bib.values() for problem, fix in entry_problems(entry)]


def entry_problems(entry: BibEntry) -> list[tuple[str, str]]:
    out = []
    if entry.url and not is_safe_url(entry.url):
        out.append((f"url {entry.url[:60]!r} is not an http(s) URL", "write the full https:// address"))
    eprint = entry.field("eprint")
    if eprint and not ARXIV_ID.match(eprint):
        out.append((f"eprint {eprint!r} is not an arXiv identifier",
                    "write it as 1512.03385 (or hep-th/9901001 for old papers), without 'arXiv:'"))
    out += [(f"field '{name.lower()}' contains < or >", MARKUP_FIX)
            for name, value in entry.entry.fields.items() if "<" in value or ">" in value]
    out += [(f"field '{role}' contains < or >", MARKUP_FIX)
            for role, people in entry.entry.persons.items()
            if any("<" in str(p) or ">" in str(p) for p in people)]
    return out
