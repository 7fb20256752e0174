"""MkDocs hook: finish Material's Chinese search, on the index side and the query side.

Index: Material segments Chinese with jieba's accurate mode, which keeps 残差连接 as
one token; each entry gains a field of sub-words (jieba's search mode) and a page's
first entry a field of its aliases (papersite.search). Query: the worker gets a
query hook that converts traditional characters and regional words and segments with
the index's own vocabulary (papersite.search_query).
"""

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page
from papersite.search import finish_index
from papersite.search_query import patch_site_worker, write_variants

_aliases: dict[str, list[str]] = {}


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    _aliases.clear()  # per build (mkdocs serve keeps this module alive)
    return config


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav) -> dict:
    names = [str(a) for a in page.meta.get("aliases") or []]
    if names:
        _aliases[page.url] = names
    return context


@event_priority(-100)  # after Material's search plugin has written the index
def on_post_build(config: MkDocsConfig) -> None:
    site = Path(config.site_dir)
    index = site / "search" / "search_index.json"
    if index.exists():
        docs = finish_index(index, _aliases)
        write_variants(site, docs)
        patch_site_worker(site)
