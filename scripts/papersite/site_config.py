"""Settings the checks share with the build, read from mkdocs.yml (one definition each)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

from markdown.extensions.toc import slugify as markdown_slugify

Slugify = Callable[[str, str], str]


@functools.cache
def heading_slugify(root: Path) -> Slugify:
    """The `toc` extension's slugify as mkdocs.yml configures it (anchors of headings)."""
    from mkdocs.utils import yaml_load

    with (root / "mkdocs.yml").open(encoding="utf-8") as fh:
        config = yaml_load(fh)
    extensions: dict = {}
    for ext in config.get("markdown_extensions", []):
        extensions |= ext if isinstance(ext, dict) else {ext: {}}
    return slugify_of(extensions)


def slugify_of(mdx_configs: dict) -> Slugify:
    """From extension configs by name (MkDocs' `config.mdx_configs`)."""
    return (mdx_configs.get("toc") or {}).get("slugify", markdown_slugify)
