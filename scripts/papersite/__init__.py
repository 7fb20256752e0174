"""Build logic of 论文精读笔记: plain functions, wired into MkDocs by scripts/hooks."""

from pathlib import Path


def find_root(start: Path | None = None) -> Path:
    """The checkout a command runs in: the nearest folder with a mkdocs.yml, from `start` up.

    Commands check the tree they are run in, not the tree the package was installed
    from (two checkouts may share one virtualenv).
    """
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "mkdocs.yml").is_file():
            return folder
    raise SystemExit(f"no mkdocs.yml in {here} or any folder above it: run this inside a checkout")


def root_of(config) -> Path:
    """The checkout a build runs in: the folder of its mkdocs.yml (a test's temp copy too)."""
    return Path(config.config_file_path).resolve().parent
