"""Contracts with other packages' internals the build relies on.

Each test names one behaviour of a pinned dependency that has no public API; an
upgrade that changes it fails here, loudly, instead of silently changing the site.
"""

from __future__ import annotations

import re
from pathlib import Path

import material
from mkdocs.structure.files import File
from papersite.render.notebook_page import jupyter_dark_css
from papersite.search import SKIP_ATTRS, SKIP_TAG


def test_mkdocs_jupyter_wrapper_keeps_our_src_dir_and_url(tmp_path: Path) -> None:
    """hooks/notebooks.py adds executed copies with a real src_dir; mkdocs-jupyter's
    NotebookFile wrapper must still find them there and serve them at notebooks/<slug>/."""
    from mkdocs_jupyter.plugin import NotebookFile

    executed = tmp_path / "abc123" / "notebooks" / "demo.ipynb"
    executed.parent.mkdir(parents=True)
    executed.write_text("{}")
    file = File("notebooks/demo.ipynb", src_dir=str(executed.parents[1]),
                dest_dir=str(tmp_path / "site"), use_directory_urls=True)
    wrapped = NotebookFile(file, use_directory_urls=True, site_dir=str(tmp_path / "site"))
    assert Path(wrapped.abs_src_path) == executed
    assert wrapped.url == "notebooks/demo/"


def test_mkdocs_jupyter_dark_css_is_where_we_read_it() -> None:
    css = jupyter_dark_css().read_text(encoding="utf-8")
    assert ".jupyter-wrapper" in css, "shared_css() scopes the dark theme by this class"


def test_material_search_parser_skips_marked_sections() -> None:
    """Generated listings and notebook code are wrapped in a marked <section>: Material's
    indexer must drop it whole, nested <div>s included."""
    from material.plugins.search.plugin import Parser

    attrs = " ".join(f'{k}="{v}"' if v else k for k, v in SKIP_ATTRS.items())
    html = (f'<h2 id="a">A</h2><p>kept words</p><{SKIP_TAG} {attrs}><div><div>x</div>'
            f"<p>hidden words</p></div></{SKIP_TAG}><p>after</p>")
    parser = Parser()
    parser.feed(html)
    parser.close()
    text = " ".join("".join(s.text) for s in parser.data if not s.is_excluded())
    assert "kept words" in text and "after" in text
    assert "hidden words" not in text


def test_material_looks_for_a_global_mermaid_before_its_cdn() -> None:
    """lazy-render.js defines window.mermaid so Material never fetches unpkg."""
    bundle = next((Path(material.__file__).parent / "templates/assets/javascripts").glob("bundle.*.min.js"))
    js = bundle.read_text(encoding="utf-8")
    assert re.search(r'typeof mermaid=="undefined"\|\|mermaid instanceof Element\?\w+\("https://unpkg\.com/mermaid',
                     js), "Material changed how it finds mermaid: revisit lazy-render.js"


def test_mkdocs_bibtex_citation_parser() -> None:
    from mkdocs_bibtex.citation import CitationBlock

    blocks = CitationBlock.from_markdown("见 [@resnet; @vgg, p. 3]。")
    assert [c.key for b in blocks for c in b.citations] == ["resnet", "vgg"]


def test_pybtex_names_the_repeated_key() -> None:
    """bib.py finds the line of a repeated key by looking for it in pybtex's message."""
    from papersite.bib import _line_of_repeated_key
    from pybtex.database import parse_string
    from pybtex.scanner import PybtexError

    text = "@article{dup,\n title={A}, author={B}, year={2000}}\n\n@article{dup,\n title={C}}\n"
    try:
        parse_string(text, "bibtex")
    except PybtexError as exc:
        assert "dup" in str(exc)
        assert _line_of_repeated_key(text, str(exc)) == 4
    else:
        raise AssertionError("pybtex accepted a repeated key")


def test_mkdocs_jupyter_does_not_sanitize_notebook_html() -> None:
    """mkdocs-jupyter swaps nbconvert's clean_html filter for a pass-through, so the
    sanitizing in papersite.nbhtml is the only one. If an upgrade changes that, revisit."""
    import inspect

    from mkdocs_jupyter import nbconvert2

    source = inspect.getsource(nbconvert2)
    assert 'default_filters["clean_html"] = custom_clean_html' in source
    assert "def custom_clean_html(element):" in source


def test_notebook_html_is_sanitized_by_us() -> None:
    from papersite.nbhtml import rewrite
    from papersite.site_config import slugify_of

    html = ('<div class="jp-Cell jp-MarkdownCell">'
            '<div class="jp-RenderedMarkdown" data-mime-type="text/markdown"><h2>小节</h2>'
            '<img src="x" onerror="alert(1)"><a href="javascript:alert(2)">a</a></div></div>'
            '<div class="jp-OutputArea-output" data-mime-type="text/html"><script>alert(3)</script>'
            '<style>body{display:none}</style><b>ok</b></div>'
            '<div class="jp-OutputArea-output" data-mime-type="application/javascript">alert(4)</div>'
            '<div class="jp-OutputArea-output" data-mime-type="image/svg+xml">'
            '<svg><script>alert(5)</script></svg></div>')
    out = rewrite(html, "x.css", slugify_of({})).html
    assert "onerror" not in out and "javascript:" not in out and "<script" not in out
    assert "alert(4)" not in out and "display:none" not in out and "<b>ok</b>" in out
    assert 'src="data:image/svg+xml;base64,' in out


def test_mkdocs_jupyter_hides_a_files_edit_uri(tmp_path: Path) -> None:
    """Why hooks/notebooks.py sets page.edit_url itself: the wrapper loses the file's edit_uri."""
    from mkdocs_jupyter.plugin import NotebookFile

    file = File("notebooks/demo.ipynb", src_dir=str(tmp_path), dest_dir=str(tmp_path / "site"),
                use_directory_urls=True)
    file.edit_uri = "../notebooks/demo.ipynb"
    wrapped = NotebookFile(file, use_directory_urls=True, site_dir=str(tmp_path / "site"))
    assert wrapped.edit_uri != "../notebooks/demo.ipynb"


def test_material_search_worker_has_the_query_segmentation_we_hook() -> None:
    """search_query.patch_worker hands Material's Chinese query segmentation to our hook;
    the pinned worker must contain that code exactly once."""
    from papersite.search_query import WORKER_SEGMENTATION, patch_worker

    worker = next((Path(material.__file__).parent / "templates/assets/javascripts/workers")
                  .glob("search.*.min.js")).read_text(encoding="utf-8")
    assert len(WORKER_SEGMENTATION.findall(worker)) == 1
    patched = patch_worker(worker, "../search-query.js")
    assert "self.paperSearchQuery(" in patched and not WORKER_SEGMENTATION.search(patched)
    assert patched.startswith('importScripts(new URL("../search-query.js",self.location).href);')
