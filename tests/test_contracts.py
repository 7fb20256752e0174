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
