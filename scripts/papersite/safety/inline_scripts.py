"""The inline scripts Material and mkdocs-jupyter emit, recognised by digest.

A page may run an inline script only if it is one of these. The allow-list is
generated from the pinned templates (`python -m papersite.safety.inline_scripts
--write` builds a tiny site with them and records what it emits); a contract
test regenerates it, so an upgrade that changes a script fails loudly.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

ALLOWLIST = Path(__file__).with_name("inline_scripts.json")
# Material's first script names the site root relative to the page ("../..").
_BASE = re.compile(r'new URL\("[./]*",location\)')


def script_digest(body: str) -> str:
    normalised = _BASE.sub('new URL("BASE",location)', body.strip())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def allowed_digests(path: Path = ALLOWLIST) -> frozenset[str]:
    return frozenset(json.loads(path.read_text(encoding="utf-8"))["sha256"])


def generate(root: Path, workdir: Path) -> dict:
    """Build a tiny site with the pinned theme and mkdocs-jupyter; digest its inline scripts.

    Scripts that fetch from another host (nbconvert's CDN loaders, which nbhtml
    removes) are never allowed, so they are left out.
    """
    import subprocess
    import sys
    from importlib.metadata import version

    import nbformat
    import yaml
    from mkdocs.utils import yaml_load
    from selectolax.lexbor import LexborHTMLParser

    with (root / "mkdocs.yml").open(encoding="utf-8") as fh:
        theme = dict(yaml_load(fh)["theme"])
    if "custom_dir" in theme:
        theme["custom_dir"] = str(root / theme["custom_dir"])
    docs = workdir / "docs"
    (docs / "sub").mkdir(parents=True)
    (docs / "index.md").write_text("# 首页\n\n文字。\n", encoding="utf-8")
    (docs / "sub" / "page.md").write_text("# 一页\n\n文字。\n", encoding="utf-8")
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# 笔记本\n\n$x$"), nbformat.v4.new_code_cell("1 + 1")]
    nbformat.write(nb, docs / "sub" / "nb.ipynb")
    config = {"site_name": "inline scripts", "theme": theme,
              "plugins": ["search", {"mkdocs-jupyter": {"execute": False}}]}
    (workdir / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(workdir / "site")],
                   cwd=workdir, check=True, capture_output=True)
    digests = set()
    for page in (workdir / "site").rglob("*.html"):
        for script in LexborHTMLParser(page.read_text(encoding="utf-8")).css("script"):
            body = script.text(deep=True)
            kind = (script.attributes.get("type") or "").lower()
            if "src" in script.attributes or "://" in body or kind not in {"", "text/javascript", "module"}:
                continue
            digests.add(script_digest(body))
    return {"generated_by": "python -m papersite.safety.inline_scripts --write",
            "packages": {name: version(name) for name in ("mkdocs", "mkdocs-material", "mkdocs-jupyter")},
            "sha256": sorted(digests)}


def main() -> int:
    import argparse
    import tempfile

    from papersite import find_root

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", action="store_true", help=f"rewrite {ALLOWLIST.name}")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = generate(find_root(), Path(tmp))
    text = json.dumps(data, indent=2) + "\n"
    if args.write:
        ALLOWLIST.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
