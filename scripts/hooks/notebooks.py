"""MkDocs hook: notebooks/*.ipynb (outside docs/) become executed, cached pages.

Runs on_files before mkdocs-jupyter (priority 100 > its default 0): added later,
the notebook would be copied raw instead of rendered. The page assembly lives in
papersite.render.notebook_page; a new NotebookPages per build keeps a failed
build's state out of the next.
"""

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc
from papersite import root_of
from papersite.notebook_files import notebook_paths, notebook_slug, notebook_src_uri
from papersite.notebooks import NotebookError, executed_notebook, prune
from papersite.render.notebook_page import NotebookPages, edit_url
from papersite.search import BOOST
from papersite.site_config import slugify_of

_pages: NotebookPages | None = None


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _pages
    _pages = NotebookPages(root_of(config) / ".cache" / "notebook-html", config.repo_url or "",
                           slugify_of(config.mdx_configs))
    return config


@event_priority(100)
def on_files(files: Files, config: MkDocsConfig) -> Files:
    root = root_of(config)
    cache_dir = root / ".cache" / "notebooks"
    used: set[Path] = set()
    for notebook in notebook_paths(root):
        try:
            executed, _ = executed_notebook(notebook, cache_dir, [root / "requirements-notebooks.txt"])
        except NotebookError as exc:
            raise PluginError(str(exc)) from None
        used.add(executed)
        # A real src_dir (not File.generated): mkdocs-jupyter's file wrapper
        # recomputes abs_src_path from src_dir and would lose a generated one.
        file = File(
            notebook_src_uri(notebook.stem),
            src_dir=str(executed.parents[1]),
            dest_dir=config.site_dir,
            use_directory_urls=config.use_directory_urls,
        )
        files.append(file)
    prune(cache_dir, used)
    return files


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if notebook_slug(page.file.src_uri) is None:
        return html
    assert _pages is not None
    # "Edit this page" opens the notebook in notebooks/ (mkdocs-jupyter's file wrapper
    # hides any edit_uri set on the file, so the page's public edit_url is set here).
    page.edit_url = edit_url(config, page.file.src_uri)
    page.meta.setdefault("search", {}).setdefault("boost", BOOST["notebook"])
    html, toc = _pages.render(html, page.url, Path(page.file.src_uri).name)
    page.toc = get_toc(toc)
    return html


def on_post_build(config: MkDocsConfig) -> None:
    assert _pages is not None
    _pages.finish(Path(config.site_dir))
