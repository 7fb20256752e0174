"""MkDocs hook: every built page passes the allow-list (papersite.safety.policy) or the
build fails, naming the page, the offending tag and the source it came from.

A page that fails is not written as built: its body is replaced by the list of
problems, so nothing unsafe lands in site/ (or in `make serve`'s preview).
"""

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page
from papersite import root_of
from papersite.findings import FindingsError
from papersite.safety.output import OutputCheck

_check: OutputCheck | None = None


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _check
    _check = OutputCheck.for_site(root_of(config), config.extra_javascript)
    return config


@event_priority(-200)  # the final HTML: after every plugin and the compaction (-100)
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    assert _check is not None
    return _check.page(output, page.url, page.file.src_uri)


def on_post_build(config: MkDocsConfig) -> None:
    assert _check is not None
    _check.static_files(Path(config.site_dir))
    if _check.findings:
        raise PluginError(str(FindingsError(_check.findings, _check.root)))
