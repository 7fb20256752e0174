"""Settings the checks share with the build, read from mkdocs.yml (one definition each)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

from markdown.extensions.toc import slugify as markdown_slugify

Slugify = Callable[[str, str], str]


@functools.cache
def extension_configs(root: Path) -> dict:
    """mkdocs.yml's markdown_extensions, as configs by extension name."""
    from mkdocs.utils import yaml_load

    with (root / "mkdocs.yml").open(encoding="utf-8") as fh:
        config = yaml_load(fh)
    extensions: dict = {}
    for ext in config.get("markdown_extensions", []):
        extensions |= ext if isinstance(ext, dict) else {ext: {}}
    return extensions


def heading_slugify(root: Path) -> Slugify:
    """The `toc` extension's slugify as mkdocs.yml configures it (anchors of headings)."""
    return slugify_of(extension_configs(root))


def snippet_files(mdx_configs: dict) -> frozenset[str]:
    """The files pymdownx.snippets may include: its base_path names files, not folders."""
    bases = (mdx_configs.get("pymdownx.snippets") or {}).get("base_path", [])
    return frozenset(Path(b).name for b in ([bases] if isinstance(bases, str) else bases))


def slugify_of(mdx_configs: dict) -> Slugify:
    """From extension configs by name (MkDocs' `config.mdx_configs`)."""
    return (mdx_configs.get("toc") or {}).get("slugify", markdown_slugify)
