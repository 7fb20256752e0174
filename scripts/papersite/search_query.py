"""The query side of search: the same vocabulary as the index, in any Chinese script.

Material's search worker cuts a Chinese query into pieces with a greedy scan over the
index that never tries a whole run (`j < query.length`), so 扩散模型 becomes 扩散 + 模
and 型 is lost; and it knows nothing of traditional characters. Material has no
public hook for query preprocessing, so the build writes its own copy of the worker
with one call changed: the Chinese segmentation goes to `self.paperSearchQuery`
(assets/javascripts/search-query.js), which converts traditional characters and
regional words to the index's simplified words and cuts each run into index words.
A contract test fails if a Material upgrade changes the code this relies on.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

HAN_TOKEN = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff]+$")
SPLIT = re.compile(r"[\s\u200b\u3000\-、。，．？！；,.:;!?()\[\]\"'`/|]+")
QUERY_SCRIPT = "assets/javascripts/search-query.js"
VARIANTS = "search/zh-variants.json"
# In Material's worker (minified names vary by release):
#   e=e.replace(new RegExp("\\p{sc=Han}+","gu"),s=>[...fe(s,this.index.invertedIndex)].join("* "))
WORKER_SEGMENTATION = re.compile(
    r'(\w+)=\1\.replace\(new RegExp\("\\\\p\{sc=Han\}\+","gu"\),(\w+)=>\[\.\.\.(\w+)\(\2,'
    r'this\.index\.invertedIndex\)\]\.join\("\* "\)\)')
# OpenCC conversions from the index's simplified words to how readers elsewhere write them.
OPENCC_CONFIGS = ("s2t", "s2tw", "s2twp", "s2hk")


class WorkerChanged(RuntimeError):
    """Material's worker no longer has the code the query hook replaces."""


def patch_worker(source: str, script_uri: str) -> str:
    """Material's worker with its Chinese segmentation handed to paperSearchQuery."""
    matches = WORKER_SEGMENTATION.findall(source)
    if len(matches) != 1:
        raise WorkerChanged("expected Material's query segmentation once in the search worker, found "
                            f"{len(matches)}: Material changed; revisit scripts/papersite/search_query.py")
    hooked = WORKER_SEGMENTATION.sub(
        lambda m: f"{m[1]}=self.paperSearchQuery({m[1]},this.index.invertedIndex)", source)
    return f'importScripts(new URL("{script_uri}",self.location).href);\n{hooked}'


def patch_site_worker(site: Path) -> Path:
    """Patch the worker Material copied into the site; returns its path."""
    [worker] = sorted((site / "assets/javascripts/workers").glob("search.*.min.js"))
    text = worker.read_text(encoding="utf-8")
    if "paperSearchQuery" not in text:
        worker.write_text(patch_worker(text, "../search-query.js"), encoding="utf-8")
    return worker


def index_vocabulary(docs: list[dict]) -> set[str]:
    """Every Chinese token of the index, across all its fields."""
    words: set[str] = set()
    for doc in docs:
        for value in doc.values():
            if isinstance(value, str):
                words.update(t for t in SPLIT.split(value) if HAN_TOKEN.match(t))
            elif isinstance(value, list):
                words.update(t for v in value if isinstance(v, str)
                             for t in SPLIT.split(v) if HAN_TOKEN.match(t))
    return words


@cache
def _converters() -> tuple:
    import opencc

    return tuple(opencc.OpenCC(f"{name}.json") for name in OPENCC_CONFIGS)


def variants_table(vocabulary: set[str]) -> dict:
    """{written elsewhere: index word} for the index's words, and for their characters."""
    table: dict[str, str] = {}
    pieces = set(vocabulary) | {ch for word in vocabulary for ch in word}
    for word in sorted(pieces, key=lambda w: (-len(w), w)):  # whole words win over characters
        for converter in _converters():
            other = converter.convert(word)
            if other != word and other not in vocabulary:
                table.setdefault(other, word)
    return {"map": table, "longest": max((len(k) for k in table), default=0)}


def write_variants(site: Path, docs: list[dict]) -> Path:
    path = site / VARIANTS
    table = variants_table(index_vocabulary(docs))
    path.write_text(json.dumps(table, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return path
