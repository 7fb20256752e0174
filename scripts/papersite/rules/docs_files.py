"""What may sit under docs/ besides Markdown: the site's own assets (listed in one place,
safety/assets.py, owned by maintainers) and images beside the notes."""

from __future__ import annotations

from papersite.findings import Finding
from papersite.safety.assets import IMAGE_SUFFIXES, SITE_ASSETS, svg_problems
from papersite.sources import SourceTree


def check_docs_files(tree: SourceTree) -> list[Finding]:
    out = []
    for path in sorted(p for p in tree.docs.rglob("*") if p.is_file()):
        uri = path.relative_to(tree.docs).as_posix()
        if path.suffix == ".md" or uri in SITE_ASSETS:
            continue
        if not (uri.startswith("papers/") and path.suffix.lower() in IMAGE_SUFFIXES):
            out.append(Finding(path, 0, f"'{uri}' is not a note, an image under docs/papers/ or a "
                               "site asset", "notes add only images (png, jpg, gif, webp, svg) under "
                               "docs/papers/; scripts, styles and pages belong to the maintainers"))
        elif path.suffix.lower() == ".svg":
            out += [Finding(path, 0, f"SVG image: {problem}", "draw the figure without scripts, event "
                            "handlers or links (or export it as PNG)") for problem in svg_problems(path)]
    return out
