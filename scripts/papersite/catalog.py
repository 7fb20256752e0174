"""The catalog: every paper, talk, video and notebook, read from the pages themselves.

A fact lives in one place: bibliographic data in bib/, a paper's place on the site
in its page's front matter, a video in the front matter of the page it is about.
Everything else (tables, counts, graphs) is derived from this model. Loading
returns the problems it met; the rules that check a loaded catalog live in rules/.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from papersite.bib import BibEntry, load_bib
from papersite.findings import Finding
from papersite.frontmatter import Page
from papersite.notebook_files import NotebookSource
from papersite.rules.meta import validate_meta
from papersite.schema import SLUG, SLUG_FIX, PageMeta, PaperMeta, TalkMeta, Video
from papersite.sources import SourceTree, read_sources


@dataclass
class Domain:
    slug: str
    title: str
    order: int


@dataclass
class Entry:
    """A paper or talk page."""

    slug: str
    path: Path
    page: Page
    meta: PageMeta

    @property
    def src_uri(self) -> str:
        """The page's path below docs/, as MkDocs names it."""
        raise NotImplementedError


@dataclass
class Paper(Entry):
    domain: str = ""
    bib: BibEntry | None = None
    meta: PaperMeta  # type: ignore[assignment]

    @property
    def year(self) -> int:
        return int(self.bib.year) if self.bib and self.bib.year.isdigit() else 0

    @property
    def src_uri(self) -> str:
        return f"papers/{self.domain}/{self.slug}.md"


@dataclass
class Talk(Entry):
    meta: TalkMeta  # type: ignore[assignment]

    @property
    def src_uri(self) -> str:
        return f"talks/{self.slug}.md"


@dataclass
class Catalog:
    root: Path
    domains: dict[str, Domain] = field(default_factory=dict)
    papers: dict[str, Paper] = field(default_factory=dict)
    talks: dict[str, Talk] = field(default_factory=dict)
    bib: dict[str, BibEntry] = field(default_factory=dict)
    notebooks: dict[str, NotebookSource] = field(default_factory=dict)  # by slug
    _by_uri: dict[str, Entry] = field(default_factory=dict, repr=False)

    def entries(self) -> list[Entry]:
        """Every paper and talk page."""
        return [*self.papers.values(), *self.talks.values()]

    def papers_in(self, domain: str) -> list[Paper]:
        return sorted((p for p in self.papers.values() if p.domain == domain),
                      key=lambda p: (p.year, p.meta.title.lower()))

    def built_on_by(self, slug: str) -> list[Paper]:
        return sorted((p for p in self.papers.values() if slug in p.meta.builds_on),
                      key=lambda p: (p.year, p.slug))

    def talks_covering(self, slug: str) -> list[Talk]:
        return [t for t in self.talks.values() if slug in t.meta.covers]

    def papers_using(self, notebook: str) -> list[Paper]:
        """Papers whose page lists the notebook as a companion."""
        return [p for p in self.papers.values() if notebook in p.meta.notebooks]

    def notebook_title(self, slug: str) -> str:
        source = self.notebooks.get(slug)
        return source.title if source else slug

    def videos(self) -> list[tuple[Video, Entry]]:
        """Every video with the page it belongs to, newest first."""
        pairs = [(v, e) for e in self.entries() for v in e.meta.videos]
        return sorted(pairs, key=lambda pair: (pair[0].date, pair[0].title), reverse=True)

    def videos_about(self, slug: str) -> list[tuple[Video, Entry]]:
        own = [(v, self.papers[slug]) for v in self.papers[slug].meta.videos]
        talks = [(v, t) for t in self.talks_covering(slug) for v in t.meta.videos]
        return own + talks

    def entry_for_uri(self, src_uri: str) -> Entry | None:
        # Called for every page: a dict, not a scan of every entry (1,000-paper sites).
        if len(self._by_uri) != len(self.papers) + len(self.talks):
            self._by_uri = {e.src_uri: e for e in self.entries()}
        return self._by_uri.get(src_uri)


def load_catalog(root: Path, tree: SourceTree | None = None) -> tuple[Catalog, list[Finding]]:
    """The catalog of the checkout at `root`, and the problems met loading it."""
    tree = tree or read_sources(root)
    cat = Catalog(root, notebooks=dict(tree.notebooks))
    cat.bib, findings = load_bib(root / "bib")
    findings += _load_domains(cat, tree)
    for uri, page in tree.pages.items():
        parts = uri.split("/")
        if parts[0] == "papers" and len(parts) == 3 and parts[2] != "index.md":
            findings += _load_paper(cat, page)
        elif parts[0] == "talks" and len(parts) == 2 and parts[1] != "index.md":
            findings += _load_talk(cat, page)
    return cat, findings


def _load_domains(cat: Catalog, tree: SourceTree) -> list[Finding]:
    for uri, page in tree.pages.items():
        parts = uri.split("/")
        if parts[0] == "papers" and len(parts) == 3 and parts[2] == "index.md":
            order = page.meta.get("order", 99)
            cat.domains[parts[1]] = Domain(parts[1], str(page.meta.get("title", parts[1])),
                                           order if isinstance(order, int) else 99)
    return []


def _entry_meta(page: Page, model: type[PageMeta]) -> tuple[PageMeta | None, list[Finding]]:
    path = page.path
    if not SLUG.match(path.stem):
        return None, [Finding(path, 0, f"file name '{path.name}' is not a valid slug",
                              f"rename the file: {SLUG_FIX}")]
    return validate_meta(page, model)


def _load_paper(cat: Catalog, page: Page) -> list[Finding]:
    path = page.path
    domain, slug = path.parent.name, path.stem
    if domain not in cat.domains:
        known = ", ".join(sorted(cat.domains))
        return [Finding(path, 0, f"unknown domain '{domain}'",
                        f"move the page into one of docs/papers/{{{known}}}/")]
    meta, findings = _entry_meta(page, PaperMeta)
    if not isinstance(meta, PaperMeta):
        return findings
    if slug in cat.papers:
        other = cat.papers[slug].path.relative_to(cat.root)
        return [*findings, Finding(path, 0, f"duplicate slug '{slug}' (also {other})",
                                   "every paper needs its own slug: rename one file")]
    key = meta.bib or slug
    bib = cat.bib.get(key)
    if bib is None:
        line = page.line_of("bib") if meta.bib else 1
        findings.append(Finding(path, line, f"no BibTeX entry '{key}' in bib/",
                                f"add `@article{{{key}, ...}}` to bib/{domain}.bib "
                                "(`make new` writes a stub)"))
    elif not bib.year.isdigit():
        findings.append(Finding(bib.file, bib.line, f"year of '{key}' is not a number "
                                f"({bib.year!r})", "write the four-digit year, e.g. year = {2017}"))
    cat.papers[slug] = Paper(slug, path, page, meta, domain=domain, bib=bib)
    return findings


def _load_talk(cat: Catalog, page: Page) -> list[Finding]:
    meta, findings = _entry_meta(page, TalkMeta)
    if isinstance(meta, TalkMeta):
        cat.talks[page.path.stem] = Talk(page.path.stem, page.path, page, meta)
    return findings
