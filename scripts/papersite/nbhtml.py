"""Post-process the HTML mkdocs-jupyter renders for a notebook page.

- drops the scripts nbconvert's template points at CDNs (MathJax 2, mermaid);
  the site's own lazy loader typesets notebook math instead;
- moves the inlined JupyterLab CSS (hundreds of KB per page) into one shared file;
- gives headings (Chinese ones included) the ids the site's TOC slugify makes,
  since nbconvert's ids for CJK headings come out empty.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from bs4 import BeautifulSoup
from markdown.extensions.toc import unique

from papersite.search import SKIP_ATTRS, SKIP_TAG
from papersite.site_config import Slugify

SHARED_CSS_URI = "assets/stylesheets/jupyter.css"
REWRITE_VERSION = "1"  # bump when rewrite() changes, to drop remembered results


@dataclass
class NotebookHtml:
    html: str
    css_blocks: list[str] = field(default_factory=list)
    toc_tokens: list[dict] = field(default_factory=list)


def _external(src: str) -> bool:
    return src.startswith(("http://", "https://", "//"))


def rewrite(html: str, css_href: str, slugify: Slugify) -> NotebookHtml:
    soup = BeautifulSoup(html, "html.parser")
    for script in soup.find_all("script"):
        kind = script.get("type", "")
        src = script.get("src")
        if (src is not None and (not src.strip() or _external(src))) or kind == "text/x-mathjax-config" or (
            kind == "module" and "mermaid" in script.get_text()
        ):
            script.decompose()
    css_blocks = [style.get_text() for style in soup.find_all("style")]
    for style in soup.find_all("style"):
        style.decompose()
    link = soup.new_tag("link", rel="stylesheet", href=css_href)
    soup.insert(0, link)
    # Code and its outputs stay out of the search index; the prose cells stay in.
    for area in soup.select(".jp-CodeCell .jp-InputArea, .jp-OutputArea, .clipboard-copy-txt"):
        area.wrap(soup.new_tag(SKIP_TAG, attrs=dict(SKIP_ATTRS)))
    toc_tokens = _fix_headings(soup, slugify)
    return NotebookHtml(str(soup), css_blocks, toc_tokens)


def rewrite_cached(html: str, css_href: str, cache_dir: Path,
                   slugify: Slugify) -> tuple[NotebookHtml, Path]:
    """rewrite(), remembered on disk (parsing a notebook page takes ~0.5 s a build).

    Returns the result and its cache file, so the caller can drop unused entries.
    """
    key = hashlib.sha256(f"{REWRITE_VERSION}|{css_href}|{html}".encode()).hexdigest()[:24]
    path = cache_dir / f"{key}.json"
    if path.exists():
        return NotebookHtml(**json.loads(path.read_text(encoding="utf-8"))), path
    result = rewrite(html, css_href, slugify)
    cache_dir.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(asdict(result), ensure_ascii=False), encoding="utf-8")
    return result, path


def _fix_headings(soup: BeautifulSoup, slugify: Slugify) -> list[dict]:
    """Re-id every heading and return MkDocs toc tokens nested by level."""
    used: set[str] = set()
    flat: list[dict] = []
    for heading in soup.find_all(["h1", "h2", "h3", "h4", "h5", "h6"]):
        for anchor in heading.find_all("a", class_="anchor-link"):
            anchor.decompose()
        name = heading.get_text(" ", strip=True)
        ident = unique(slugify(name, "-") or "section", used)
        heading["id"] = ident
        permalink = soup.new_tag("a", href=f"#{ident}", title="Permanent link")
        permalink["class"] = "headerlink"
        permalink.string = "¶"
        heading.append(permalink)
        flat.append({"level": int(heading.name[1]), "id": ident, "name": name, "children": []})
    return _nest(flat)


def _nest(flat: list[dict]) -> list[dict]:
    root: list[dict] = []
    stack: list[dict] = []
    for token in flat:
        while stack and stack[-1]["level"] >= token["level"]:
            stack.pop()
        (stack[-1]["children"] if stack else root).append(token)
        stack.append(token)
    return root
