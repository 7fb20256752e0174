"""Search finds the right page for what readers type, in Chinese and English."""

from __future__ import annotations

import json
from pathlib import Path

import jieba
import pytest
from papersite.bench.search import load_queries, run_queries, summary
from papersite.search import ZWSP, segment_for_search
from support import ROOT

QUERIES = Path(__file__).parent / "search_queries.yml"


def test_search_mode_indexes_words_and_their_parts() -> None:
    jieba.load_userdict(str(ROOT / "scripts/search/jieba_userdict.txt"))
    tokens = set(segment_for_search("残差连接让深层网络可以训练").split(ZWSP))
    assert {"残差连接", "残差", "连接"} <= tokens


def test_index_is_utf8_and_keeps_notebook_code_out(site: Path) -> None:
    raw = (site / "search/search_index.json").read_text(encoding="utf-8")
    docs_part = raw[raw.index('"docs"'):]
    assert "\\u" not in docs_part[:20000], "CJK stored as UTF-8, not \\u escapes"
    docs = json.loads(raw)["docs"]
    notebook_text = " ".join(d["text"] for d in docs if d["location"].startswith("notebooks/"))
    assert "import torch" not in notebook_text
    assert not any(d["location"].startswith("tags/") for d in docs)


def test_query_file_covers_every_domain_with_full_notes() -> None:
    queries = load_queries(QUERIES)
    assert len(queries) >= 40
    assert sum(any("\u4e00" <= ch <= "\u9fff" for ch in q["q"]) for q in queries) >= 20
    assert sum(q["q"].isascii() for q in queries) >= 15


@pytest.mark.browser
def test_real_search_finds_full_notes(browser, base_url) -> None:
    results = run_queries(browser, base_url, load_queries(QUERIES))
    figures = summary(results)
    misses = [f"{r.query} → {r.hits[:5]}" for r in results if not r.stub and (r.rank or 99) > 5]
    assert figures["hit@5 (full notes)"] >= 0.9, misses
