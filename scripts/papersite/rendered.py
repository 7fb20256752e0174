"""What "rendered" means in a reader's browser: shared by the browser tests and `make bench`."""

from __future__ import annotations

# Material draws diagrams into a closed shadow root; open it so we can look inside.
# A failed render (mermaid syntax error) is an unhandled rejection: record it so
# waits end at once instead of timing out.
OPEN_SHADOW_ROOTS = """
const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init) { return attach.call(this, {...init, mode: "open"}); };
window.__renderErrors = [];
window.addEventListener("unhandledrejection", e => window.__renderErrors.push(String(e.reason)));
window.addEventListener("error", e => window.__renderErrors.push(String(e.message)));
"""

# Every formula typeset: arithmatex blocks, and notebook markdown cells holding TeX.
MATH_DONE = """() => {
  const math = [...document.querySelectorAll('.md-content .arithmatex')];
  const cells = [...document.querySelectorAll('.md-content .jp-MarkdownOutput')]
    .filter(n => /\\$|\\\\\\(/.test(n.textContent));
  return [...math, ...cells].every(n => n.querySelector('mjx-container'));
}"""

# Material swaps each <pre class="mermaid"> for a <div class="mermaid"> host once
# drawn, so "done" means: as many drawn hosts as the page's HTML had diagrams.
DIAGRAMS_DONE = """(expected) => {
  if ((window.__renderErrors || []).length) return true;
  const drawn = [...document.querySelectorAll('.md-content div.mermaid')]
    .filter(h => h.shadowRoot && h.shadowRoot.querySelector('svg'));
  return drawn.length >= expected;
}"""


def diagrams_in(html: str) -> int:
    return html.count('<pre class="mermaid">')


def wait_rendered(page, diagrams: int, timeout_ms: int = 15_000) -> None:
    """Block until every formula is typeset and `diagrams` diagrams are drawn (sync API)."""
    page.wait_for_function(MATH_DONE, timeout=timeout_ms)
    page.wait_for_function(DIAGRAMS_DONE, arg=diagrams, timeout=timeout_ms)
