"""The output check of one build: every page against the policy, then every other file
the build wrote; each violation traced back to the source that holds it."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path

from papersite.findings import Finding
from papersite.notebook_files import notebook_slug
from papersite.safety.assets import SITE_ASSETS, svg_problems
from papersite.safety.inline_scripts import allowed_digests
from papersite.safety.policy import Policy, Violation
from papersite.vendor import vendor_files

FIX = "remove it from the source: pages carry no scripts, handlers or embedded documents " \
      "(see CONTRIBUTING.md)"


def theme_files() -> frozenset[str]:
    """Paths in the site of the files Material ships (its scripts among them)."""
    import material

    templates = Path(material.__file__).parent / "templates"
    return frozenset(p.relative_to(templates).as_posix() for p in (templates / "assets").rglob("*")
                     if p.is_file())


@dataclass
class OutputCheck:
    root: Path
    policy: Policy
    site_scripts: frozenset[str]  # every script file the site may serve
    findings: list[Finding] = field(default_factory=list)
    pages: set[str] = field(default_factory=set)  # site paths of the pages checked

    @classmethod
    def for_site(cls, root: Path, extra_javascript: list) -> OutputCheck:
        theme = frozenset(p for p in theme_files() if p.endswith(".js"))
        own = frozenset(a for a in SITE_ASSETS if a.endswith(".js"))
        extra = {str(getattr(s, "path", s)) for s in extra_javascript}
        if unlisted := extra - own:
            raise ValueError(f"mkdocs.yml extra_javascript lists {sorted(unlisted)}: add them to "
                             "SITE_ASSETS in scripts/papersite/safety/assets.py")
        vendored = frozenset(uri for _, uri in vendor_files(root / "node_modules") if uri.endswith(".js"))
        return cls(root, Policy(theme | own, allowed_digests()), theme | own | vendored)

    def page(self, output: str, url: str, src_uri: str) -> str:
        """The page as built, or, when it breaks the policy, a page listing why."""
        self.pages.add(_page_file(url))
        violations = self.policy.check(output, url)
        if not violations:
            return output
        self.findings += [self._finding(v, url or "/", self._source_of(src_uri)) for v in violations]
        items = "".join(f"<li>{html.escape(v.problem)}: <code>{html.escape(v.snippet)}</code></li>"
                        for v in violations)
        return f"<!doctype html><meta charset=utf-8><title>不安全的内容</title><ul>{items}</ul>"

    def static_files(self, site: Path) -> None:
        """Files the build wrote besides the pages: HTML, SVG and scripts are checked too."""
        for path in sorted(p for p in site.rglob("*") if p.is_file()):
            rel = path.relative_to(site).as_posix()
            suffix = path.suffix.lower()
            if suffix in {".html", ".htm"} and rel not in self.pages:
                for v in self.policy.check(path.read_text(encoding="utf-8", errors="replace"), rel):
                    self.findings.append(self._finding(v, rel, self.root / "docs" / rel))
            elif suffix == ".svg":
                self.findings += [Finding(self.root / "docs" / rel, 0, f"{rel}: {problem}", FIX)
                                  for problem in svg_problems(path)]
            elif suffix in {".js", ".mjs"} and rel not in self.site_scripts:
                self.findings.append(Finding(self.root / "docs" / rel, 0, f"{rel}: a script the site "
                                             "does not ship", "scripts are maintainers' work: "
                                             "remove it (site assets: scripts/papersite/safety/assets.py)"))

    def _source_of(self, src_uri: str) -> Path:
        slug = notebook_slug(src_uri)
        return self.root / src_uri if slug is not None else self.root / "docs" / src_uri

    def _finding(self, violation: Violation, url: str, own_source: Path) -> Finding:
        path, line = locate(violation.needle, own_source, self.root)
        return Finding(path, line, f"built page {url}: {violation.problem}: {violation.snippet}", FIX)


def locate(needle: str, first: Path, root: Path) -> tuple[Path, int]:
    """The source file and line that hold `needle`: the page's own source first, then any
    page, bib file, notebook or theme override (a title from bib/ or front matter shows
    up on other pages too)."""
    needle = needle.strip()[:40]
    candidates = [first, *sorted((root / "docs").rglob("*.md")), *sorted((root / "bib").glob("*.bib")),
                  *sorted((root / "notebooks").glob("*.ipynb")),
                  *sorted((root / "overrides").rglob("*.html"))]
    for path in candidates:
        if not needle or not path.is_file():
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            if needle in line or needle in html.unescape(line):
                return path, number
    return first, 0


def _page_file(url: str) -> str:
    """The file MkDocs writes for a page URL ("a/b/" → "a/b/index.html")."""
    if not url or url.endswith("/"):
        return f"{url}index.html"
    return url
