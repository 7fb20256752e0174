"""Small pure functions of the build."""

from __future__ import annotations

from papersite.codespans import code_ranges, hide_at_in_code, restore_at
from papersite.htmlmin import squeeze
from papersite.nbhtml import rewrite
from papersite.site_config import heading_slugify
from support import ROOT


def test_squeeze_keeps_pre_and_rendered_whitespace() -> None:
    html = "<ul>\n    <li>a</li>\n    <li>b</li>\n</ul><pre>  x\n    y</pre><p>a <b>b</b></p>"
    out = squeeze(html)
    assert out == "<ul>\n<li>a</li>\n<li>b</li>\n</ul><pre>  x\n    y</pre><p>a <b>b</b></p>"


def test_citations_inside_code_are_hidden_then_restored() -> None:
    md = "见 [@resnet]。\n\n```python\nx = [@decorator]\n```\n\n`[@inline]`\n"
    hidden = hide_at_in_code(md)
    assert "[@resnet]" in hidden and "[@decorator]" not in hidden and "[@inline]" not in hidden
    assert restore_at(hidden) == md
    assert len(code_ranges(md)) == 2


def test_notebook_html_rewrite() -> None:
    html = ('<script src="https://cdn.example/mathjax.js"></script>'
            '<script type="text/x-mathjax-config">x</script><style>.a{}</style>'
            '<div class="jp-Cell jp-CodeCell"><div class="jp-InputArea">code</div></div>'
            '<h2 id="">第一节 注意力<a class="anchor-link" href="#">¶</a></h2><h2>第一节 注意力</h2>')
    result = rewrite(html, "../../assets/stylesheets/jupyter.css", heading_slugify(ROOT))
    assert "cdn.example" not in result.html and "x-mathjax-config" not in result.html
    assert result.css_blocks == [".a{}"] and "<style" not in result.html
    assert 'id="第一节-注意力"' in result.html and 'id="第一节-注意力_1"' in result.html
    assert [t["id"] for t in result.toc_tokens] == ["第一节-注意力", "第一节-注意力_1"]
    assert 'data-search-exclude=""' in result.html


def test_stub_headings_without_content_are_dropped() -> None:
    from papersite.render.page_chrome import drop_empty_sections

    md = "<!-- 提示 -->\n\n## 一句话总结\n\n## 方法\n\n有内容。\n\n## 评价与局限\n"
    assert drop_empty_sections(md) == "<!-- 提示 -->\n\n## 方法\n\n有内容。\n\n"


def test_each_build_starts_with_fresh_hook_state(tmp_path) -> None:
    """`mkdocs serve` keeps hook modules alive between builds: a failed build must not
    leak its notebook CSS or cache bookkeeping into the next one."""
    import importlib.util
    from types import SimpleNamespace

    spec = importlib.util.spec_from_file_location("nb_hook", ROOT / "scripts/hooks/notebooks.py")
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    config = SimpleNamespace(config_file_path=str(tmp_path / "mkdocs.yml"), repo_url="https://github.com/o/r",
                             mdx_configs={})
    hook.on_config(config)
    hook._pages.css_blocks.append(".leak{}")
    hook._pages.cache_used.add(tmp_path / "x.json")
    hook.on_config(config)  # the next build
    assert hook._pages.css_blocks == [] and hook._pages.cache_used == set()


def test_an_interrupted_notebook_html_cache_is_rebuilt(tmp_path) -> None:
    from papersite.nbhtml import rewrite_cached

    slugify = heading_slugify(ROOT)
    html = '<div class="jp-Cell jp-MarkdownCell"><h2>标题</h2></div>'
    first, path = rewrite_cached(html, "a.css", tmp_path, slugify)
    path.write_text('{"html": "<h2>半截', encoding="utf-8")  # a build killed mid-write
    again, same = rewrite_cached(html, "a.css", tmp_path, slugify)
    assert same == path and again == first
    assert not list(tmp_path.glob("*.partial"))
