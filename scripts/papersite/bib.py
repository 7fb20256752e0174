"""Bibliographic facts: bib/*.bib, one entry per paper, keyed by the paper's slug."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

import latexcodec  # noqa: F401  (registers the ulatex codec)
from pybtex.database import BibliographyData, Entry, parse_string
from pybtex.database.output.bibtex import Writer as BibTeXWriter
from pybtex.scanner import PybtexError, PybtexSyntaxError

from papersite.findings import Finding
from papersite.textfiles import read_text

# One writer for all entries: looking it up by name scans package entry points (~10 ms).
BIBTEX_WRITER = BibTeXWriter()
# arXiv identifiers: new style 1512.03385(v2), old style hep-th/9901001 or math.GT/0309136.
ARXIV_ID = re.compile(r"^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?/\d{7})(v\d+)?$")
ENTRY_START = re.compile(r"^[ \t]*@(\w+)\s*\{\s*([^,\s]+)\s*,", re.MULTILINE)


@dataclass
class BibEntry:
    key: str
    file: Path
    line: int
    entry: Entry

    def field(self, name: str) -> str:
        return _clean(self.entry.fields.get(name, ""))

    @property
    def title(self) -> str:
        return self.field("title")

    @property
    def year(self) -> str:
        return self.field("year")

    @property
    def authors(self) -> list[str]:
        people = self.entry.persons.get("author", [])
        names = []
        for person in people:
            name = " ".join(_clean(part) for part in [*person.first_names, *person.middle_names,
                                                      *person.prelast_names, *person.last_names])
            names.append("et al." if name == "others" else name)
        return names

    @property
    def venue(self) -> str:
        for name in ("booktitle", "journal", "institution", "publisher", "howpublished"):
            if value := self.field(name):
                return value
        return ""

    @property
    def arxiv(self) -> str:
        if self.field("archiveprefix").lower() == "arxiv" or self.field("eprint"):
            return self.field("eprint")
        return ""

    @property
    def arxiv_url(self) -> str:
        """The arXiv abstract page, when the eprint is a well-formed arXiv id."""
        return f"https://arxiv.org/abs/{self.arxiv}" if ARXIV_ID.match(self.arxiv) else ""

    @property
    def url(self) -> str:
        """The url field as written: a URL is not LaTeX, so ~, -- and % stay what they are."""
        return self.entry.fields.get("url", "").strip()

    def source(self) -> str:
        """The entry as BibTeX text, for the "cite this" box."""
        return BIBTEX_WRITER.to_string(BibliographyData(entries={self.key: self.entry})).strip()


def _clean(text: str) -> str:
    """BibTeX text for display: LaTeX accents decoded ({\\L}ukasz → Łukasz), braces dropped."""
    text = codecs.decode(text, "ulatex")
    return re.sub(r"\s+", " ", text.replace("{", "").replace("}", "")).strip()


def load_bib(bib_dir: Path) -> tuple[dict[str, BibEntry], list[Finding]]:
    """Every entry of bib/*.bib by key, and the problems met reading them."""
    entries: dict[str, BibEntry] = {}
    findings: list[Finding] = []
    for path in sorted(bib_dir.glob("*.bib")):
        text, problem = read_text(path)
        if problem:
            findings.append(problem)
            continue
        try:
            data = parse_string(text, "bibtex")
        except PybtexSyntaxError as exc:
            findings.append(Finding(path, getattr(exc, "lineno", 0) or 0, f"BibTeX syntax error: {exc}",
                                    "fix the entry so every brace and quote is closed and "
                                    "fields are separated by commas"))
            continue
        except PybtexError as exc:
            line = _line_of_repeated_key(text, str(exc))
            findings.append(Finding(path, line, f"BibTeX error: {exc}",
                                    "each key must appear once; rename or delete the duplicate"))
            continue
        lines = {m[2].lower(): text.count("\n", 0, m.start()) + 1 for m in ENTRY_START.finditer(text)}
        for key, entry in data.entries.items():
            line = lines.get(key.lower(), 0)
            if key in entries:
                other = entries[key]
                findings.append(Finding(path, line, f"BibTeX key '{key}' is already defined in "
                                        f"{other.file.name}:{other.line}",
                                        "keep one entry per paper; the key is the paper's slug"))
                continue
            entries[key] = BibEntry(key, path, line, entry)
            for required in ("title", "author", "year"):
                if not entry.fields.get(required) and not entry.persons.get(required):
                    findings.append(Finding(path, line, f"BibTeX entry '{key}' has no {required}",
                                            f"add a {required} field"))
    return entries, findings


def _line_of_repeated_key(text: str, message: str) -> int:
    for match in ENTRY_START.finditer(text):
        if f"'{match[2].lower()}'" in message.lower() or match[2].lower() in message.lower():
            starts = [m for m in ENTRY_START.finditer(text) if m[2].lower() == match[2].lower()]
            if len(starts) > 1:
                return text.count("\n", 0, starts[1].start()) + 1
    return 0
