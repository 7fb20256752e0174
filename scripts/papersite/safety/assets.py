"""The site's own assets, listed once, and what an image a contributor adds may contain."""

from __future__ import annotations

from pathlib import Path

from papersite.safety.policy import Policy

# Every file under docs/ that is not a note or a note's image. Scripts and styles of
# the site are maintainers' work (CODEOWNERS); a page may load a script by src only
# if it is one of these or the theme's own.
SITE_ASSETS = (
    "assets/javascripts/lazy-render.js",
    "assets/javascripts/search-on-demand.js",
    "assets/javascripts/search-query.js",
    "assets/stylesheets/site.css",
)
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg"})

# An SVG opened on its own runs its scripts: no scripts at all, and no foreign content.
_SVG = Policy(scripts=frozenset(), inline_digests=frozenset())


def svg_problems(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8", errors="replace")
    problems = [v.problem for v in _SVG.check(text, "")]
    if "<foreignobject" in text.lower():
        problems.append("<foreignObject> (HTML inside the image)")
    return problems
