"""A notebook's page: mkdocs-jupyter's HTML rewritten for this site, the buttons above it,
the links back to its papers, and the one stylesheet all notebook pages share.

Holds the state of one build (the CSS collected, the cache entries used); the hook
makes a new NotebookPages for every build, so nothing leaks from a failed one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.utils import get_relative_url

from papersite.catalog import Catalog
from papersite.nbhtml import SHARED_CSS_URI, rewrite_cached
from papersite.notebook_files import NOTEBOOK_DIR
from papersite.safety.escape import html_text
from papersite.site_config import Slugify


def jupyter_dark_css() -> Path:
    """mkdocs-jupyter's dark theme for notebook cells (a contract test watches this path)."""
    import mkdocs_jupyter

    return Path(mkdocs_jupyter.__file__).parent / "templates/mkdocs_html/assets/theme-dark.css"


def edit_url(config, src_uri: str) -> str | None:
    """The repository's editor for a file outside docs/ (edit_uri points into docs/)."""
    if not config.repo_url or not config.edit_uri:
        return None
    from urllib.parse import urljoin

    return urljoin(urljoin(config.repo_url.rstrip("/") + "/", config.edit_uri), f"../{src_uri}")


def colab_url(repo_url: str, notebook_file: str) -> str:
    colab = repo_url.replace("https://github.com/", "https://colab.research.google.com/github/")
    return f"{colab.rstrip('/')}/blob/main/{NOTEBOOK_DIR}/{notebook_file}"


def actions_html(repo_url: str, notebook_file: str) -> str:
    return ('<p class="notebook-actions">'
            f'<a class="md-button" href="{notebook_file}" download>下载 .ipynb</a> '
            f'<a class="md-button" href="{colab_url(repo_url, notebook_file)}">'
            "在 Colab 中打开</a></p>")


def papers_html(cat: Catalog, notebook: str, page_url: str) -> str:
    """Links from a notebook page to the notes it accompanies."""
    papers = cat.papers_using(notebook)
    if not papers:
        return ""
    links = "、".join(
        f'<a class="notebook-paper" href="{get_relative_url(p.src_uri[:-3] + "/", page_url)}">'
        f"{html_text(p.meta.title)}</a>" for p in papers)
    return f'<p class="notebook-papers">配套论文笔记：{links}</p>'


def shared_css(blocks: list[str], dark_css: str) -> str:
    """One stylesheet for all notebook pages, light by default, dark under Material's slate."""
    seen: list[str] = []
    for block in blocks:
        if block not in seen:
            seen.append(block)
    scoped_dark = dark_css.replace(".jupyter-wrapper", '[data-md-color-scheme="slate"] .jupyter-wrapper')
    return "\n".join([*seen, scoped_dark])


@dataclass
class NotebookPages:
    """The notebook pages of one build."""

    cache_dir: Path  # rewritten HTML, remembered across builds by content
    repo_url: str
    slugify: Slugify
    css_blocks: list[str] = field(default_factory=list)
    cache_used: set[Path] = field(default_factory=set)

    def render(self, html: str, page_url: str, notebook_file: str) -> tuple[str, list[dict]]:
        """The page's HTML and its table-of-contents tokens."""
        result, entry = rewrite_cached(html, get_relative_url(SHARED_CSS_URI, page_url),
                                       self.cache_dir, self.slugify)
        self.cache_used.add(entry)
        self.css_blocks.extend(result.css_blocks)
        return actions_html(self.repo_url, notebook_file) + result.html, result.toc_tokens

    def finish(self, site_dir: Path) -> None:
        """Drop cache entries no page used, and write the shared stylesheet."""
        if self.cache_used and self.cache_dir.is_dir():
            for stale in set(self.cache_dir.glob("*.json")) - self.cache_used:
                stale.unlink()
        if not self.css_blocks:
            return
        target = site_dir / SHARED_CSS_URI
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(shared_css(self.css_blocks, jupyter_dark_css().read_text(encoding="utf-8")),
                          encoding="utf-8")
