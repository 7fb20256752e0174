"""The output policy on crafted pages, the escaping helpers, and the inline-script allow-list."""

from __future__ import annotations

import html as html_lib
import json

import markdown
import pytest
from papersite.safety.escape import md_text, md_url
from papersite.safety.inline_scripts import ALLOWLIST, generate, script_digest
from papersite.safety.policy import Policy
from support import ROOT

POLICY = Policy(scripts=frozenset({"assets/javascripts/own.js"}),
                inline_digests=frozenset({script_digest('__md_scope=new URL("..",location)')}))
PAGE = "papers/cnn/x/"

FLAGGED = {
    '<img src="x" onerror="alert(1)">': "event handler attribute 'onerror'",
    '<a href="j&#97;vascript:alert(1)">x</a>': "javascript: URL",
    '<a href="java&#x09;script:alert(1)">x</a>': "javascript: URL",
    '<a href="&#x01;javascript:alert(1)">x</a>': "javascript: URL",
    '<a href="data:text/html,hi">x</a>': "data: URL",
    '<img src="data:text/html;base64,AAAA">': "data: URL",
    '<iframe src="https://evil.example/"></iframe>': "not a bilibili or YouTube player",
    '<iframe src="https://player.bilibili.com/x" srcdoc="hi"></iframe>': "'srcdoc' attribute",
    '<meta http-equiv="Refresh" content="0;url=https://evil.example">': 'http-equiv="Refresh"',
    '<base href="https://evil.example/">': "<base> is not allowed",
    '<object data="x"></object>': "<object> is not allowed",
    '<embed src="x">': "<embed> is not allowed",
    '<form action="https://evil.example"></form>': "<form> is not allowed",
    '<svg><animate attributeName="href" values="javascript:alert(1)"/></svg>': "<animate> is not allowed",
    '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>': "javascript: URL in xlink:href",
    "<script>alert(1)</script>": "inline script that is not one the theme",
    '<script src="https://cdn.example/x.js"></script>': "outside the site's own assets",
    '<script src="../../../assets/javascripts/other.js"></script>': "outside the site's own assets",
    '<svg><script href="data:text/javascript,alert(1)"></script></svg>': "outside the site's own assets",
    '<script type="application/json">{"a": "</script><script>alert(1)//"}</script>': "inline script",
    '<script type="text/x-unknown">x</script>': "inline script",
    '<link rel="import" href="x.html">': "<link rel=import>",
}
ALLOWED = [
    '<script src="../../../assets/javascripts/own.js"></script>',
    '<script>__md_scope=new URL("../../..",location)</script>',
    '<script id="__config" type="application/json">{"base": "../.."}</script>',
    '<img src="data:image/png;base64,iVBORw0KGgo=" alt="">',
    '<a href="https://arxiv.org/abs/1512.03385">arXiv</a><a href="../resnet/">r</a><a href="#x">#</a>',
    '<form class="md-search__form" name="search"></form>',
    '<a href="javascript:void(0)" class="md-search__icon">share</a>',
    '<iframe src="https://player.bilibili.com/player.html?bvid=BV1"></iframe>',
]


@pytest.mark.parametrize("html", FLAGGED)
def test_policy_flags(html: str) -> None:
    problems = [v.problem for v in POLICY.check(f"<!doctype html><body>{html}</body>", PAGE)]
    assert any(FLAGGED[html] in p for p in problems), problems


@pytest.mark.parametrize("html", ALLOWED)
def test_policy_allows_what_the_site_needs(html: str) -> None:
    assert POLICY.check(f"<!doctype html><body>{html}</body>", PAGE) == []


def test_markdown_text_is_inert() -> None:
    payload = "[x](javascript:alert(1)){: onclick=y } $\\href{javascript:z}{w}$ <b> :material-x: *e*"
    escaped = md_text(payload)
    assert not any(c in escaped for c in "[](){}<>$*:"), escaped
    html = markdown.markdown(f"# {escaped}", extensions=["attr_list", "md_in_html", "tables"])
    text = html_lib.unescape(html.removeprefix("<h1>").removesuffix("</h1>"))
    assert text == payload, "shown literally, with nothing turned into markup"


def test_urls_are_validated_and_encoded() -> None:
    assert md_url("javascript:alert(1)") is None
    assert md_url("https://example.org/a b") is None
    assert md_url("data:text/html,x") is None
    assert md_url("https://example.org/x_(y)?q=1#z") == "https://example.org/x_%28y%29?q=1#z"
    assert md_url("https://example.org/~a/%20b--c") == "https://example.org/~a/%20b--c"


def test_inline_script_allowlist_matches_the_pinned_templates(tmp_path) -> None:
    """Regenerated from the installed Material and mkdocs-jupyter: an upgrade that changes
    their inline scripts fails here (rerun `python -m papersite.safety.inline_scripts --write`
    after reading what changed)."""
    committed = json.loads(ALLOWLIST.read_text(encoding="utf-8"))
    fresh = generate(ROOT, tmp_path)
    assert fresh["packages"] == committed["packages"]
    assert fresh["sha256"] == committed["sha256"]
