"""What goes into the search index and how its pages rank (one place for the policy)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jieba

from papersite.catalog import Entry, Paper

HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
ZWSP = "\u200b"  # the index's token separator for CJK (Material's zh `separator` includes it)

# A paper's own page should outrank pages that merely mention it, and companion code
# should rank below the note it accompanies (measured: make bench).
BOOST = {"full note": 4.0, "stub": 3.0, "talk": 2.0, "notebook": 0.5}


def entry_boost(entry: Entry) -> float:
    if isinstance(entry, Paper):
        return BOOST["full note" if entry.meta.note == "full" else "stub"]
    return BOOST["talk"]

# Keeps generated repeats out of the search index. A <section>, not a <div>:
# Material's indexer matches end tags by name, so a marked <div> would end at the
# first nested </div>.
SKIP_TAG = "section"
SKIP_ATTRS = {"class": "search-skip", "data-search-exclude": ""}
SKIP_OPEN = f'<{SKIP_TAG} class="search-skip" data-search-exclude markdown>'
SKIP_CLOSE = f"</{SKIP_TAG}>"


def not_indexed(markdown: str) -> str:
    """Wrap generated Markdown so Material's indexer leaves it out."""
    return f"{SKIP_OPEN}\n\n{markdown}\n\n{SKIP_CLOSE}"


# A field of the index that lunr searches but Material never displays: the sub-words
# of the words Material's accurate-mode segmentation produced (残差连接 → 残差, 连接),
# so a reader typing a part finds the whole, while result previews stay as written.
WORDS_FIELD = "words"


def sub_words(text: str) -> list[str]:
    """Parts of each Han word in `text` (already segmented) that the word itself is not."""
    parts: dict[str, None] = {}
    for run in HAN.findall(text):
        for word in run.split(ZWSP) if ZWSP in run else [run]:
            for part in jieba.cut_for_search(word):
                if part != word and len(part) > 1:
                    parts[part] = None
    return list(parts)


# The other names of a paper (front matter `aliases`), on its page's first entry: a
# reader who types one should land on the paper before pages that merely mention it.
ALIASES_FIELD = "aliases"


def segment_like_material(text: str) -> str:
    """Chinese runs cut by jieba's accurate mode and joined by zero-width spaces, as
    Material's search plugin writes title and text."""
    return HAN.sub(lambda m: ZWSP + ZWSP.join(jieba.cut(m.group(0))) + ZWSP, text).strip(ZWSP)


def finish_index(path: Path, aliases: dict[str, list[str]] | None = None) -> list[dict]:
    """Add the sub-word and alias fields to the entries and rewrite the index as UTF-8
    (Material escapes every CJK character as \\uXXXX, 6 bytes each). Returns the entries."""
    data = json.loads(path.read_text(encoding="utf-8"))
    for doc in data.get("docs", []):
        if names := (aliases or {}).get(doc.get("location", "")):
            doc[ALIASES_FIELD] = segment_like_material(" ; ".join(names))
        text = ZWSP.join(doc.get(f, "") for f in ("title", "text", ALIASES_FIELD))
        if words := sub_words(text):
            doc[WORDS_FIELD] = " ".join(words)
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return data.get("docs", [])
