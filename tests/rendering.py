"""What "rendered" means in a browser, shared by the browser tests."""

from __future__ import annotations

from papersite.rendered import diagrams_in, wait_rendered  # noqa: F401 (shared with the tests)

WAIT_MS = 15_000

DIAGRAM_REPORT = """() => [...document.querySelectorAll('.md-content div.mermaid')].map(h => {
  const svg = h.shadowRoot && h.shadowRoot.querySelector('svg');
  return {
    svg: !!svg,
    error: !!svg && (svg.getAttribute('aria-roledescription') === 'error'
                     || /Syntax error/i.test(svg.textContent)),
    nodes: svg ? svg.querySelectorAll('.node, .actor, rect').length : 0,
  };
})"""


def math_report(page) -> dict:
    return page.evaluate("""() => ({
      blocks: document.querySelectorAll('.md-content .arithmatex').length,
      typeset: document.querySelectorAll('.md-content mjx-container').length,
      errors: document.querySelectorAll('.md-content mjx-merror, .md-content [data-mjx-error]').length,
    })""")


def diagram_report(page) -> list[dict]:
    return page.evaluate(DIAGRAM_REPORT)
