"""Front-end assets served from the site itself (no CDN).

MathJax and mermaid come from npm (package.json + lockfile); this module lists
which of their files the site publishes and where.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

VENDOR_URI = "assets/vendor"

# MathJax's es5 tree minus the combined builds we do not load (tex-chtml.js
# pulls its fonts, extensions and menu lazily from beside itself).
MATHJAX_SKIP = (
    "tex-svg",
    "tex-mml",
    "mml-",
    "tex-chtml-full",
    "node-main",
    "latest.js",  # the CDN switcher: never wanted here
    "output/svg",
)


class MissingAssets(RuntimeError):
    """node_modules lacks a package the site needs."""


def vendor_files(node_modules: Path) -> Iterator[tuple[Path, str]]:
    """Yield (file on disk, URI in the site) for every vendored asset."""
    mathjax = node_modules / "mathjax" / "es5"
    mermaid = node_modules / "mermaid" / "dist" / "mermaid.min.js"
    for needed in (mathjax / "tex-chtml.js", mermaid):
        if not needed.is_file():
            raise MissingAssets(
                f"{needed} is missing: run `npm ci` (or `make install`) so the site can "
                "serve MathJax and mermaid itself"
            )
    for path in sorted(mathjax.rglob("*")):
        rel = path.relative_to(mathjax).as_posix()
        if path.is_file() and not rel.startswith(MATHJAX_SKIP):
            yield path, f"{VENDOR_URI}/mathjax/{rel}"
    yield mermaid, f"{VENDOR_URI}/mermaid/mermaid.min.js"


def unused_theme_file(uri: str, search_langs: list[str]) -> bool:
    """Theme files the site never loads: source maps, and the search worker's language
    support for languages the site is not in (a reader would never fetch them)."""
    if uri.endswith(".map"):
        return True
    if match := re.fullmatch(r"assets/javascripts/lunr/min/lunr\.([a-z]+)\.min\.js", uri):
        wanted = {"stemmer", *search_langs, *(["multi"] if len(search_langs) > 1 else [])}
        return match[1] not in wanted
    needs = {"assets/javascripts/lunr/tinyseg.js": {"ja"}, "assets/javascripts/lunr/wordcut.js": {"th", "hi"}}
    return uri in needs and not needs[uri] & set(search_langs)
