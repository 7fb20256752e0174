"""Search finds the right page for what readers type, in Chinese and English."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jieba
import pytest
from papersite.bench.search import load_queries, run_queries, summary
from papersite.search import WORDS_FIELD, ZWSP, finish_index, sub_words
from support import ROOT

QUERIES = Path(__file__).parent / "search_queries.yml"
HAN_ONLY = re.compile(r"^[\u4e00-\u9fff]+$")


def test_sub_words_are_the_parts_of_each_word() -> None:
    jieba.load_userdict(str(ROOT / "scripts/search/jieba_userdict.txt"))
    assert {"残差", "连接"} <= set(sub_words(ZWSP.join(["残差连接", "让", "网络"])))
    assert "残差连接" not in sub_words("残差连接"), "the word itself is already indexed"


def test_finishing_the_index_leaves_previews_as_written(tmp_path: Path) -> None:
    """Result previews show `text`: the sub-words go to their own field, never into it."""
    doc = {"location": "a/", "title": "残差网络",
           "text": ZWSP.join(["残差连接", "让", "网络", "可以", "训练"])}
    index = tmp_path / "search_index.json"
    index.write_text(json.dumps({"config": {}, "docs": [doc]}), encoding="utf-8")
    finish_index(index)
    [after] = json.loads(index.read_text(encoding="utf-8"))["docs"]
    assert after["title"] == doc["title"] and after["text"] == doc["text"]
    assert {"残差", "连接"} <= set(after[WORDS_FIELD].split())


def index_tokens(doc: dict) -> set[str]:
    text = " ".join(doc.get(field, "") for field in ("title", "text", WORDS_FIELD))
    return set(re.split(r"[\s\u200b\-_,:!=\[\]()\"`/|.。，、；：！？（）]+", text))


def test_built_index_holds_words_and_their_parts(site: Path) -> None:
    """Material indexes 残差连接 as one token; each of its parts must be a token of the same
    entry too, or a reader typing 连接 misses it (lunr matches query terms as prefixes)."""
    jieba.load_userdict(str(ROOT / "scripts/search/jieba_userdict.txt"))
    docs = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))["docs"]
    missing, checked = [], 0
    for doc in docs:
        tokens = index_tokens(doc)
        for word in {t for t in doc.get("text", "").split(ZWSP) if len(t) >= 3 and HAN_ONLY.match(t)}:
            for part in jieba.cut_for_search(word):
                if part != word and len(part) > 1:
                    checked += 1
                    if part not in tokens:
                        missing.append((doc["location"], word, part))
    assert checked > 100 and missing == [], missing[:10]



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


@pytest.mark.browser
def test_typing_a_part_of_a_word_finds_its_page(site: Path, browser, base_url) -> None:
    """In the browser: a part that occurs on one page only inside longer words (so only
    the sub-word field has it) brings that page up."""
    docs = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))["docs"]
    whole = set().union(*(set(d.get("title", "").split(ZWSP)) | set(d.get("text", "").split(ZWSP))
                          for d in docs))
    pages: dict[str, set[str]] = {}
    for doc in docs:
        for part in doc.get(WORDS_FIELD, "").split():
            if HAN_ONLY.match(part) and part not in whole:
                pages.setdefault(part, set()).add(doc["location"].split("#")[0])
    indexed = whole | set(pages)
    # Material's query segmenter cuts a query at its longest indexed prefix: pick parts
    # no shorter prefix of which is indexed, so the query reaches the index whole.
    picks = sorted((p, next(iter(locs))) for p, locs in pages.items()
                   if len(locs) == 1 and not any(p[:k] in indexed for k in range(1, len(p))))[:3]
    assert picks, "the index has sub-words that only the words field holds"
    results = run_queries(browser, base_url, [{"q": part, "target": page} for part, page in picks])
    assert [(r.query, r.rank) for r in results if (r.rank or 99) > 5] == []


def test_traditional_words_map_to_the_index_words() -> None:
    from papersite.search_query import variants_table

    table = variants_table({"网络", "队列", "残差", "消息"})["map"]
    assert table["網路"] == "网络" and table["網絡"] == "网络"     # Taiwan and Hong Kong
    assert table["佇列"] == "队列" and table["訊息"] == "消息"     # regional vocabulary
    assert table["殘"] == "残" and "网络" not in table
