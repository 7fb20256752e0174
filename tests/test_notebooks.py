"""Notebooks: executed once per content, failures named by cell, pages with their outputs."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from bs4 import BeautifulSoup
from papersite.notebook_files import read_notebook
from papersite.notebooks import NotebookError, cache_key, executed_notebook
from papersite.rules.notebooks import check_notebook
from papersite.strip_outputs import strip
from support import ROOT, checkout_copy, mkdocs_build


def tiny_notebook(path: Path, *sources: str) -> Path:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [nbformat.v4.new_markdown_cell("# 小测试")]
    nb.cells += [nbformat.v4.new_code_cell(src) for src in sources]
    nbformat.write(nb, path)
    return path


def test_cache_executes_once_and_again_when_deps_change(tmp_path: Path) -> None:
    nb = tiny_notebook(tmp_path / "t.ipynb", "print(6 * 7)")
    deps = tmp_path / "requirements-notebooks.txt"
    deps.write_text("numpy==1\n")
    cache = tmp_path / "cache"
    first, hit = executed_notebook(nb, cache, [deps])
    assert not hit and "42" in first.read_text()
    again, hit = executed_notebook(nb, cache, [deps])
    assert hit and again == first
    deps.write_text("numpy==2\n")
    assert cache_key(nb, [deps]) not in str(first)
    _, hit = executed_notebook(nb, cache, [deps])
    assert not hit, "a new pin re-executes"


def test_failing_cell_is_named(tmp_path: Path) -> None:
    nb = tiny_notebook(tmp_path / "bad.ipynb", "x = 1", "1 / 0")
    with pytest.raises(NotebookError) as err:
        executed_notebook(nb, tmp_path / "cache", [])
    assert err.value.cell == 3 and "ZeroDivisionError" in str(err.value)
    assert "bad.ipynb: cell 3 raised ZeroDivisionError" in str(err.value)


def test_strip_then_check(tmp_path: Path) -> None:
    nb = tiny_notebook(tmp_path / "t.ipynb", "print(1)")
    executed, _ = executed_notebook(nb, tmp_path / "cache", [])
    copy = tmp_path / "copy.ipynb"
    copy.write_bytes(executed.read_bytes())
    assert check_notebook(read_notebook(copy))
    assert strip(copy) and check_notebook(read_notebook(copy)) == []


def test_broken_notebook_fails_the_build_with_the_cell(tmp_path: Path) -> None:
    repo = checkout_copy(tmp_path / "repo")
    tiny_notebook(repo / "notebooks/zz-broken.ipynb", "print('fine')", "raise ValueError('boom')")
    result = mkdocs_build(repo, tmp_path / "site")
    assert result.returncode != 0
    assert "notebooks/zz-broken.ipynb: cell 3 raised ValueError: boom" in result.stderr + result.stdout
    assert not (tmp_path / "site/index.html").exists(), "nothing half-built to deploy"


@pytest.mark.parametrize("notebook", sorted(p.stem for p in (ROOT / "notebooks").glob("*.ipynb")))
def test_notebook_page_shows_outputs_and_links_its_paper(site: Path, notebook: str) -> None:
    html = BeautifulSoup((site / f"notebooks/{notebook}/index.html").read_text("utf-8"),
                         "html.parser")
    article = html.select_one("article")
    assert article.select("img[src^='data:image/png']"), "its plots"
    assert not article.select(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"
                              " pre:-soup-contains('Traceback')")
    assert article.select_one(f'a[href="{notebook}.ipynb"][download]')
    assert article.select_one(f'a[href*="colab.research.google.com"][href$="notebooks/{notebook}.ipynb"]')
    assert article.select_one("a.notebook-paper"), "links back to its paper"
