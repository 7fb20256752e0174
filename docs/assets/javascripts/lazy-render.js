// Typesets math and draws diagrams with the copies of MathJax 3 and mermaid 11
// this site serves itself (assets/vendor/), fetching each only on pages that
// need it, and again after every instant navigation (Material's document$).
(() => {
  "use strict";
  const vendor = new URL("../vendor/", document.currentScript.src).href;

  const loadScript = (src) =>
    new Promise((resolve, reject) => {
      const el = document.createElement("script");
      el.src = src;
      el.async = true;
      el.onload = resolve;
      el.onerror = () => reject(new Error(`failed to load ${src}`));
      document.head.appendChild(el);
    });

  // --- MathJax --------------------------------------------------------------
  // arithmatex emits \( \) and \[ \]; notebook markdown cells keep $ and $$.
  const MATH_CONFIG = {
    tex: {
      inlineMath: [["\\(", "\\)"], ["$", "$"]],
      displayMath: [["\\[", "\\]"], ["$$", "$$"]],
      processEscapes: true,
      processEnvironments: true,
    },
    // No class filter: typesetMath() hands MathJax only the math containers
    // (a filter like ignoreHtmlClass ".*|" would skip the <p>s of notebook cells).
    // No typeset at start-up: typesetMath() does it once per page (the
    // documented snippet typesets the first page twice).
    startup: { typeset: false },
    // The same filtering as MathJax's own ui/safe: \href only to http(s), no \class,
    // \style or ids from content.
    loader: { load: ["ui/safe"] },
  };
  let mathjax = null;
  function loadMathJax() {
    if (!mathjax) {
      window.MathJax = MATH_CONFIG;
      mathjax = loadScript(`${vendor}mathjax/tex-chtml.js`).then(() => window.MathJax.startup.promise);
    }
    return mathjax;
  }

  const mathNodes = (root) =>
    [...root.querySelectorAll(".arithmatex, .jp-MarkdownOutput")].filter(
      (el) => el.classList.contains("arithmatex") || /\$|\\\(|\\\[/.test(el.textContent),
    );

  const typesetMath = async (root) => {
    const nodes = mathNodes(root);
    if (nodes.length === 0) return;
    await loadMathJax();
    const MJ = window.MathJax;
    MJ.startup.output.clearCache();
    MJ.typesetClear();
    MJ.texReset();
    await MJ.typesetPromise(nodes);
  };

  // --- mermaid --------------------------------------------------------------
  // Material draws ```mermaid blocks itself, but fetches mermaid from unpkg
  // unless a global `mermaid` exists. This stand-in records Material's config
  // and loads the local copy the first time a page actually has a diagram.
  // Loaded early on pages with diagrams (below); whichever comes first, Material's
  // initialize() or the script, the real mermaid ends up with Material's config
  // and never runs on its own (startOnLoad: false).
  let mermaidConfig;
  let mermaidScript = null;
  function loadMermaid() {
    mermaidScript ||= loadScript(`${vendor}mermaid/mermaid.min.js`).then(() => {
      const real = window.mermaid;
      // strict: labels are text, no click handlers or HTML from diagram sources.
      real.initialize({ ...(mermaidConfig || { startOnLoad: false }), securityLevel: "strict" });
      return real;
    });
    return mermaidScript;
  }
  if (typeof window.mermaid === "undefined") {
    window.mermaid = {
      initialize(options) {
        mermaidConfig = options;
      },
      async render(id, text) {
        return (await loadMermaid()).render(id, text);
      },
    };
  }

  // Start downloading what this page needs right away, while Material boots.
  if (document.querySelector(".md-content .arithmatex")) loadMathJax();
  if (document.querySelector(".md-content pre.mermaid")) loadMermaid();

  const render = () => {
    typesetMath(document.querySelector(".md-content") || document).catch((err) =>
      console.error("math typesetting failed:", err),
    );
  };
  window.document$ ? window.document$.subscribe(render) : document.addEventListener("DOMContentLoaded", render);
})();
