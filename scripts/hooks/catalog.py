"""MkDocs hook: the catalog drives nav, page headers and generated tables.

Checks run first (on_config): a broken contribution stops the build with every
problem listed as `file:line: problem — fix`, before anything is written. Each build
(each `mkdocs serve` rebuild too) starts from a fresh reading of the checkout.
"""

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from papersite import root_of
from papersite.catalog import Catalog, Paper, Talk
from papersite.checks import check_checkout
from papersite.codespans import hide_at_in_code, restore_at
from papersite.findings import FindingsError
from papersite.nav import build_nav
from papersite.notebook_files import notebook_slug
from papersite.render import page_chrome
from papersite.render.notebook_page import papers_html
from papersite.search import entry_boost
from papersite.shortcodes import expand

_catalog: Catalog | None = None


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _catalog
    _catalog = None
    root = root_of(config)
    checked = check_checkout(root, config.mdx_configs)
    if checked.findings:
        raise PluginError(str(FindingsError(checked.findings, root)))
    _catalog = checked.catalog
    config.nav = build_nav(_catalog, root / "docs")
    return config


@event_priority(100)  # first of all Markdown handlers, ours and plugins'
def _notebook_json_is_not_markdown(markdown: str, page: Page, config: MkDocsConfig,
                                   files: Files) -> str:
    """A notebook page's "markdown" is the notebook's JSON (mkdocs-jupyter renders from the
    file): no Markdown handler may read it, or a comment or [@key] in a cell breaks the build."""
    return "" if notebook_slug(page.file.src_uri) is not None else markdown


@event_priority(50)  # before mkdocs-bibtex: `[@key]` inside code is not a citation
def _hide_code_citations(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return hide_at_in_code(markdown)


@event_priority(-50)  # after mkdocs-bibtex, so generated BibTeX boxes are left alone
def _generated_content(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    assert _catalog is not None
    markdown = expand(restore_at(markdown), page.file.src_uri, _catalog)
    entry = _catalog.entry_for_uri(page.file.src_uri)
    if entry is not None:
        page.meta.setdefault("search", {}).setdefault("boost", entry_boost(entry))
    if entry is not None and entry.meta.note == "stub":
        markdown = page_chrome.drop_empty_sections(markdown)
    if isinstance(entry, Paper):
        return page_chrome.paper_header(_catalog, entry) + "\n" + markdown + \
            page_chrome.paper_footer(_catalog, entry)
    if isinstance(entry, Talk):
        return page_chrome.talk_header(_catalog, entry) + "\n" + markdown + \
            page_chrome.talk_footer(_catalog, entry)
    return markdown


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """A notebook page links back to the papers it accompanies."""
    assert _catalog is not None
    slug = notebook_slug(page.file.src_uri)
    if slug is None:
        return html
    return papers_html(_catalog, slug, page.url) + html


on_page_markdown = CombinedEvent(_notebook_json_is_not_markdown, _hide_code_citations,
                                 _generated_content)
