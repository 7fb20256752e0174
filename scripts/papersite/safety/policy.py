"""The allow-list every built page must pass, checked on the final HTML.

The HTML is parsed by lexbor (selectolax), a parser that follows the HTML standard,
so entities, case and malformed markup are read the way a browser reads them. The
source checks in `make check` are the fast first line; this is the authority.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from papersite.safety.inline_scripts import script_digest

# Elements that navigate, embed or submit: never in a page.
FORBIDDEN = frozenset({"base", "form", "object", "embed", "applet", "frame", "frameset", "portal",
                       # SVG animation can rewrite an href to javascript: after the fact
                       "set", "animate", "animatemotion", "animatetransform", "discard"})
URL_ATTRIBUTES = frozenset({"href", "src", "xlink:href", "action", "formaction", "poster", "data",
                            "background", "cite", "longdesc", "usemap", "lowsrc", "dynsrc", "ping",
                            "manifest", "codebase", "archive", "profile", "icon", "srcset",
                            "imagesrcset"})
URL_SCHEMES = frozenset({"http", "https", "mailto"})
DATA_IMAGE = re.compile(r"^data:image/(png|jpeg|gif|webp|svg\+xml)[;,]", re.IGNORECASE)
VIDEO_PLAYERS = ("https://player.bilibili.com/", "https://www.youtube-nocookie.com/embed/",
                 "https://www.youtube.com/embed/")
DATA_SCRIPT_TYPES = frozenset({"application/json", "application/ld+json"})
EXECUTABLE_SCRIPT_TYPES = frozenset({"", "text/javascript", "application/javascript", "module"})
# The theme's own forms and its one no-op link (the search "share" button).
THEME_FORMS = frozenset({("md-header__option", "palette", None), ("md-search__form", None, "search")})
NO_OP_URL = "javascript:void(0)"
EVENT_HANDLER = re.compile(r"^on[a-z]+$")
SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
STRIPPED = re.compile(r"[\t\n\r]")  # browsers drop these anywhere in a URL
_SITE = "http://site.invalid/"


@dataclass(frozen=True)
class Violation:
    problem: str
    snippet: str  # the offending tag as parsed, shortened
    needle: str  # a string to look for in the sources (an attribute value or text)


@dataclass
class Policy:
    scripts: frozenset[str]  # site paths of the scripts a page may load by src
    inline_digests: frozenset[str]  # of the inline scripts the theme and plugins emit

    def check(self, html: str, page_path: str) -> list[Violation]:
        """Every violation in one built page; `page_path` is its path in the site ("a/b/")."""
        found: list[Violation] = []
        tree = LexborHTMLParser(html)
        for node in tree.root.traverse(include_text=False) if tree.root else ():
            tag, raw = node.tag or "", node.attributes
            if not raw and tag not in FORBIDDEN and tag != "script":
                continue  # most elements: nothing to look at
            attrs = {k.lower(): v or "" for k, v in raw.items()}
            found += [Violation(problem, snippet(tag, attrs), needle or tag)
                      for problem, needle in element_problems(tag, attrs)]
            if tag == "script":
                found += self._script(node, attrs, page_path)
        return found

    def _script(self, node: LexborNode, attrs: dict[str, str], page_path: str) -> list[Violation]:
        kind = attrs.get("type", "").strip().lower()
        body = node.text(deep=True)
        tag = snippet("script", attrs)
        if "src" in attrs or "href" in attrs or "xlink:href" in attrs:
            target = attrs.get("src") or attrs.get("href") or attrs.get("xlink:href") or ""
            resolved = urljoin(_SITE + page_path, target)
            if not resolved.startswith(_SITE) or urlsplit(resolved).path.lstrip("/") not in self.scripts:
                return [Violation("script loaded from outside the site's own assets", tag, target)]
            return []
        if kind in DATA_SCRIPT_TYPES:
            if "</" in body or "<!--" in body:
                return [Violation("data block with an unescaped '</' or '<!--'", tag, body[:60])]
            return []
        if kind in EXECUTABLE_SCRIPT_TYPES and script_digest(body) in self.inline_digests:
            return []
        return [Violation("inline script that is not one the theme or plugins emit", tag,
                          body.strip()[:60] or "<script")]


def element_problems(tag: str, attrs: dict[str, str]) -> list[tuple[str, str]]:
    """(problem, needle) for everything but scripts: one rule set for the built pages and
    for the raw HTML and attribute lists a contributor writes."""
    out: list[tuple[str, str]] = []
    if tag in FORBIDDEN and not (tag == "form" and is_theme_form(attrs)):
        out.append((f"<{tag}> is not allowed (it navigates, embeds, submits or animates links)", tag))
    for name, value in attrs.items():
        if EVENT_HANDLER.match(name):
            out.append((f"event handler attribute '{name}'", value))
        elif name == "srcdoc":
            out.append(("'srcdoc' attribute (an inline document)", value))
        elif name in URL_ATTRIBUTES:
            urls = [u.strip().split(" ")[0] for u in value.split(",")] if name.endswith("srcset") else [value]
            out += [(problem, value) for url in urls if (problem := url_problem(url, tag, name))]
    if tag == "meta" and attrs.get("http-equiv", "").strip().lower() in {"refresh", "set-cookie"}:
        out.append((f"<meta http-equiv=\"{attrs['http-equiv']}\">", attrs.get("content", "")))
    if tag == "iframe" and not attrs.get("src", "").startswith(VIDEO_PLAYERS):
        out.append(("<iframe> that is not a bilibili or YouTube player", attrs.get("src", "")))
    if tag == "link" and "import" in attrs.get("rel", "").lower().split():
        out.append(("<link rel=import>", attrs.get("href", "")))
    return out


def is_theme_form(attrs: dict[str, str]) -> bool:
    """Material's palette toggle and search box: forms that go nowhere (no action, no method)."""
    return set(attrs) <= {"class", "data-md-component", "name"} and \
        (attrs.get("class"), attrs.get("data-md-component"), attrs.get("name")) in THEME_FORMS


def url_problem(url: str, tag: str, attribute: str) -> str | None:
    """Why a URL in this attribute is not allowed, or None."""
    cleaned = STRIPPED.sub("", url).strip("\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f"
                                          "\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c"
                                          "\x1d\x1e\x1f\x20")
    match = SCHEME.match(cleaned)
    if not match or cleaned == NO_OP_URL:
        return None  # relative, a fragment, or the theme's no-op
    scheme = match[1].lower()
    if scheme in URL_SCHEMES:
        return None
    if scheme == "data" and tag == "img" and attribute == "src" and DATA_IMAGE.match(cleaned):
        return None
    only = " (data: only as an <img src> image)" if scheme == "data" else ""
    return f"{scheme}: URL in {attribute}={only}"


def snippet(tag: str, attrs: dict[str, str], limit: int = 120) -> str:
    inner = " ".join(f'{k}="{v}"' if v else k for k, v in attrs.items())
    text = f"<{tag}{' ' + inner if inner else ''}>"
    return text if len(text) <= limit else text[: limit - 1] + "…"
