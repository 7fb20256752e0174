"""Post-process the HTML mkdocs-jupyter renders for a notebook page.

- sanitizes what a notebook author controls: markdown cells and HTML outputs go
  through nh3 (mkdocs-jupyter replaces nbconvert's clean_html filter with a
  pass-through, so nothing upstream does it), SVG outputs become images (an SVG
  in an <img> cannot run script), script outputs are dropped;
- drops the scripts nbconvert's template points at CDNs (MathJax 2, mermaid);
  the site's own lazy loader typesets notebook math instead;
- moves the template's JupyterLab CSS (hundreds of KB per page) into one shared
  file; a style inside a cell never reaches it (sanitizing removes it);
- gives headings (Chinese ones included) the ids the site's TOC slugify makes,
  since nbconvert's ids for CJK headings come out empty; TOC names are escaped.
"""

from __future__ import annotations

import base64
import hashlib
import html as html_lib
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

import nh3
from bs4 import BeautifulSoup
from markdown.extensions.toc import unique

from papersite.search import SKIP_ATTRS, SKIP_TAG
from papersite.site_config import Slugify

SHARED_CSS_URI = "assets/stylesheets/jupyter.css"
REWRITE_VERSION = "2"  # bump when rewrite() changes, to drop remembered results
SANITIZED = '[data-mime-type="text/markdown"], [data-mime-type="text/html"]'
DROPPED = '[data-mime-type="application/javascript"], [data-mime-type="text/javascript"]'
ALLOWED_ATTRIBUTES = {**nh3.ALLOWED_ATTRIBUTES, "*": {"class", "id", "title", "lang", "dir", "align"},
                      "a": {"href", "title"}, "img": {"src", "alt", "title", "width", "height"},
                      "td": {"colspan", "rowspan", "align"}, "th": {"colspan", "rowspan", "align"}}


def sanitize(fragment: str) -> str:
    """Markup a notebook author wrote or a cell printed, reduced to safe HTML."""
    return nh3.clean(fragment, attributes=ALLOWED_ATTRIBUTES, url_schemes={"http", "https", "mailto"},
                     link_rel=None)


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
    for area in soup.select(DROPPED):
        area.decompose()
    for area in soup.select(SANITIZED):
        clean = BeautifulSoup(sanitize(area.decode_contents()), "html.parser")
        area.clear()
        area.append(clean)
    for area in soup.select('[data-mime-type="image/svg+xml"]'):
        data = base64.b64encode(area.decode_contents().encode("utf-8")).decode("ascii")
        area.clear()
        area.append(soup.new_tag("img", src=f"data:image/svg+xml;base64,{data}", alt=""))
    css_blocks = []
    for style in soup.find_all("style"):
        if not style.find_parent(class_="jp-Cell"):
            css_blocks.append(style.get_text())  # the template's, shared by every notebook page
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
    try:
        return NotebookHtml(**json.loads(path.read_text(encoding="utf-8"))), path
    except (OSError, ValueError, TypeError):
        pass  # not cached yet, or an interrupted build left it unreadable: compute it again
    result = rewrite(html, css_href, slugify)
    cache_dir.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.partial")
    partial.write_text(json.dumps(asdict(result), ensure_ascii=False), encoding="utf-8")
    partial.replace(path)  # atomic: a reader sees the old file or the whole new one
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
        # MkDocs renders a TOC name as HTML: the text is escaped, so it stays text.
        flat.append({"level": int(heading.name[1]), "id": ident, "name": html_lib.escape(name),
                     "children": []})
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
