"""Strings from front matter, bib/ and notebooks are data: escaped where the build turns
them into Markdown or HTML, and URLs validated. Every generator goes through here."""

from __future__ import annotations

import html
import re
from urllib.parse import quote, urlsplit

# Characters that start Markdown or extension syntax inside a line: HTML (<>&),
# links ([]()), attribute lists ({}), code spans, emphasis/insert/mark/caret/tilde,
# escapes, table cells, math ($) and emoji shortcodes (:).
_INLINE = frozenset("\\`*_{}[]()<>&|~^=$:")
# ... and at the start of a line: headings, lists, block quotes.
_LEADING = frozenset("#-+.>0123456789")
_CONTROL = re.compile(r"[\x00-\x20\x7f]")
URL_SCHEMES = ("http", "https")


def md_text(text: str) -> str:
    """Plain text placed in generated Markdown, shown literally (never markup)."""
    text = " ".join(str(text).split())
    out = [f"&#{ord(c)};" if c in _INLINE else c for c in text]
    if out and text[0] in _LEADING:
        out[0] = f"&#{ord(text[0])};"
    return "".join(out)


def html_text(text: str) -> str:
    """Plain text placed in generated HTML (attribute values included)."""
    return html.escape(str(text), quote=True)


def is_safe_url(url: str) -> bool:
    """An absolute http(s) URL with a host and no whitespace or control characters."""
    if not url or _CONTROL.search(url):
        return False
    parts = urlsplit(url)
    return parts.scheme.lower() in URL_SCHEMES and bool(parts.netloc)


def md_url(url: str) -> str | None:
    """A validated URL, encoded so it cannot end a Markdown link or start an attribute
    list; None when it is not a safe http(s) URL (the checks report it)."""
    if not is_safe_url(url):
        return None
    return quote(url, safe=":/?#@!$&*+,;=%~-._")


def mermaid_label(text: str) -> str:
    """Text inside a quoted mermaid node label."""
    return html.escape(str(text), quote=True).replace("&quot;", "#quot;").replace("&#x27;", "#39;")


def mermaid_text(text: str) -> str:
    """Text on one line of a mermaid definition (an accessible title or description)."""
    return " ".join(str(text).split()).replace(";", "；").replace("{", "（").replace("}", "）")
