"""`make new`: create a paper page (and a BibTeX stub) that passes `make check` at once."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from papersite import find_root
from papersite.schema import SLUG

STUB_BODY = """
<!-- 写笔记时把 note: stub 改成 note: full，并按下面的结构展开；结构说明见 CONTRIBUTING.md。 -->

## 一句话总结

## 问题与动机

## 方法

## 实验与结论

## 评价与局限
"""

BIB_STUB = """
@article{{{key},
  title = {{{title}}},
  author = {{TODO, Author}},
  year = {{{year}}},
  url = {{{url}}},
}}
"""


class ScaffoldError(ValueError):
    pass


def front_matter(meta: dict) -> str:
    text = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{text}---\n"


def new_paper(domain: str, slug: str, title: str, summary: str, *, key: str | None = None,
              year: int | None = None, url: str = "", root: Path,
              extra: dict | None = None, body: str = STUB_BODY) -> list[Path]:
    """Write docs/papers/<domain>/<slug>.md and, for a new key, a bib stub. Returns paths written."""
    if not SLUG.match(slug):
        raise ScaffoldError(f"slug '{slug}' is not lowercase ASCII with hyphens (e.g. faster-rcnn)")
    domain_dir = root / "docs" / "papers" / domain
    if not (domain_dir / "index.md").is_file():
        known = sorted(p.parent.name for p in (root / "docs/papers").glob("*/index.md"))
        raise ScaffoldError(f"unknown domain '{domain}'; choose one of: {', '.join(known)}")
    existing = list((root / "docs/papers").glob(f"*/{slug}.md"))
    if existing:
        raise ScaffoldError(f"slug '{slug}' is taken by {existing[0].relative_to(root)}")
    key = key or slug
    known_keys = "".join(p.read_text(encoding="utf-8") for p in (root / "bib").glob("*.bib"))
    new_key = f"{{{key}," not in known_keys
    if new_key and year is None:
        raise ScaffoldError(f"BibTeX key '{key}' is new: give --year (and --url) for its stub")
    written = []
    meta: dict = {"title": title, "summary": summary, "note": "stub", "tags": []}
    if key != slug:
        meta["bib"] = key
    meta.update(extra or {})
    page = domain_dir / f"{slug}.md"
    page.write_text(front_matter(meta) + body, encoding="utf-8")
    written.append(page)
    if new_key:
        bib_file = root / "bib" / f"{domain}.bib"
        with bib_file.open("a", encoding="utf-8") as fh:
            fh.write(BIB_STUB.format(key=key, title=title, year=year, url=url))
        written.append(bib_file)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Scaffold a new paper note.")
    parser.add_argument("--domain", required=True)
    parser.add_argument("--slug", required=True)
    parser.add_argument("--title", required=True, help="short name, e.g. ResNet")
    parser.add_argument("--summary", default="（一句话总结待补）")
    parser.add_argument("--key", help="BibTeX key (default: the slug)")
    parser.add_argument("--year", type=int, help="publication year for the BibTeX stub")
    parser.add_argument("--url", default="", help="PDF or landing page")
    args = parser.parse_args(argv)
    root = find_root()
    try:
        paths = new_paper(args.domain, args.slug, args.title, args.summary, key=args.key,
                          year=args.year, url=args.url, root=root)
    except ScaffoldError as exc:
        print(f"make new: {exc}", file=sys.stderr)
        return 2
    for path in paths:
        print(f"wrote {path.relative_to(root)}")
    if len(paths) > 1:
        print("Fill in the BibTeX stub (authors, venue) before opening the pull request.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
