"""`make report`: the full notes and how long each is."""

from __future__ import annotations

from papersite import find_root
from papersite.catalog import Catalog, load_catalog
from papersite.rules.notes import cjk_count


def report(cat: Catalog) -> str:
    rows = [(e.src_uri, e.meta.title, cjk_count(e.page.body))
            for e in cat.entries() if e.meta.note == "full"]
    lines = [f"{'page':55} {'title':22} CJK", "-" * 84]
    lines += [f"{uri:55} {title:22} {count:>5}" for uri, title, count in sorted(rows)]
    lines.append(f"{len(rows)} full notes, {sum(r[2] for r in rows)} CJK characters in all")
    return "\n".join(lines)


if __name__ == "__main__":
    print(report(load_catalog(find_root())[0]))
