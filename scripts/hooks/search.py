"""MkDocs hook: finish Material's Chinese search index.

Material segments Chinese with jieba's accurate mode, which keeps 残差连接 as one
token: a reader typing 连接 (a part) would miss it. After Material writes the index,
each entry gains a field of sub-words (jieba's search mode) that lunr searches and
Material does not display (papersite.search), and the file is rewritten as UTF-8.
"""

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from papersite.search import finish_index


@event_priority(-100)  # after Material's search plugin has written the index
def on_post_build(config: MkDocsConfig) -> None:
    index = Path(config.site_dir) / "search" / "search_index.json"
    if index.exists():
        finish_index(index)
