"""Third-party code and fonts the site serves, with the license texts their packages ship.

Every file the site publishes under assets/ that is not the site's own (safety/assets.py)
belongs to a component below; the build copies each component's license files, as its
package ships them, to assets/licenses/<component>/, and the 许可 page lists them with
versions. A served file that no component claims fails the tests.
"""

from __future__ import annotations

import fnmatch
import json
import re
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

LICENSES_URI = "assets/licenses"
LICENSE_FILE = re.compile(
    r"^(licen[cs]e|copying|copyrightnotice|notice)(-[a-z0-9]+)?(\.(md|txt|markdown|rst))?$", re.IGNORECASE)
INLINE = "（内嵌在页面里）"


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    license: str  # SPDX identifier, as the package declares it
    texts: tuple[Path, ...]  # the license files the package ships
    serves: tuple[str, ...]  # site paths (globs) it covers, or INLINE for markup/scripts in pages
    via: str = ""  # how it reaches the site, when another package bundles it

    @property
    def slug(self) -> str:
        return re.sub(r"[^a-z0-9]+", "-", self.name.lower()).strip("-")


def python_package(dist_name: str, name: str, serves: tuple[str, ...], via: str = "",
                   texts: tuple[Path, ...] = ()) -> Component:
    dist = metadata.distribution(dist_name)
    shipped = tuple(Path(dist.locate_file(f)) for f in dist.files or ()
                    if ".dist-info/" in str(f) and ("/licenses/" in str(f) or LICENSE_FILE.match(f.name)))
    spdx = dist.metadata.get("License-Expression") or _classifier_license(dist)
    return Component(name, dist.version, spdx, texts or shipped, serves, via)


def _classifier_license(dist: metadata.Distribution) -> str:
    for classifier in dist.metadata.get_all("Classifier") or []:
        if classifier.startswith("License ::"):
            return classifier.split("::")[-1].strip()
    return dist.metadata.get("License", "") or "see license text"


def npm_package(node_modules: Path, package: str, serves: tuple[str, ...], via: str = "") -> Component:
    folder = node_modules / package
    meta = json.loads((folder / "package.json").read_text(encoding="utf-8"))
    texts = tuple(sorted(p for p in folder.iterdir() if p.is_file() and LICENSE_FILE.match(p.name)))
    if not texts:  # some packages carry their license as a section of the README
        texts = tuple(p for p in sorted(folder.glob("README*"))
                      if re.search(r"^#+\s*licen[cs]e", p.read_text(encoding="utf-8"), re.I | re.M))
    license_id = meta.get("license") or ""
    if isinstance(license_id, dict):
        license_id = license_id.get("type", "")
    return Component(meta.get("name", package), meta["version"], license_id, texts, serves, via)


def bundled_by(root: Path, package: str) -> list[str]:
    """Every package in `package`'s dependency closure (package-lock), type stubs excepted."""
    lock = json.loads((root / "package-lock.json").read_text(encoding="utf-8"))["packages"]
    found: list[str] = []
    todo = [package]
    while todo:
        node = lock.get(f"node_modules/{todo.pop()}", {})
        for dep in {**node.get("dependencies", {}), **node.get("optionalDependencies", {})}:
            if dep not in found and not dep.startswith("@types/"):
                found.append(dep)
                todo.append(dep)
    return sorted(found)


def components(root: Path) -> list[Component]:
    nm = root / "node_modules"
    icons = Path(metadata.distribution("mkdocs-material").locate_file("material/templates/.icons"))
    material_version = metadata.version("mkdocs-material")
    bundle = "Material 的 bundle.*.min.js"
    out = [
        python_package("mkdocs-material", "Material for MkDocs",
                       ("assets/javascripts/bundle.*.min.js", "assets/javascripts/workers/search.*.min.js",
                        "assets/stylesheets/main.*.min.css", "assets/stylesheets/palette.*.min.css",
                        "assets/images/favicon.png", INLINE)),
        Component("Material Design Icons", material_version, "Apache-2.0",
                  (icons / "material" / "LICENSE",), (INLINE,), "Material for MkDocs 自带的图标"),
        Component("Font Awesome Free", material_version, "CC-BY-4.0 (icons)",
                  (icons / "fontawesome" / "LICENSE.txt",), (INLINE,), "Material for MkDocs 自带的图标"),
        *(npm_package(nm, p, ("assets/javascripts/bundle.*.min.js",), bundle)
          for p in ("clipboard", "escape-html", "focus-visible", "rxjs", "tslib")),
        npm_package(nm, "lunr", ("assets/javascripts/workers/search.*.min.js",), "Material 的搜索 worker"),
        npm_package(nm, "lunr-languages", ("assets/javascripts/lunr/min/*.js",), "Material 的搜索 worker"),
        python_package("mkdocs-jupyter", "mkdocs-jupyter", ("assets/stylesheets/jupyter.css", INLINE)),
        python_package("nbconvert", "nbconvert (JupyterLab 样式)", ("assets/stylesheets/jupyter.css",),
                       "mkdocs-jupyter 的 notebook 模板"),
        python_package("jupyterlab_pygments", "jupyterlab_pygments", ("assets/stylesheets/jupyter.css",),
                       "mkdocs-jupyter 的 notebook 模板"),
        npm_package(nm, "@github/clipboard-copy-element", (INLINE,),
                    "mkdocs-jupyter 内嵌在 notebook 页面里的脚本（许可文本取自 npm 上的同名包）"),
        npm_package(nm, "mathjax", ("assets/vendor/mathjax/*",)),
        npm_package(nm, "mermaid", ("assets/vendor/mermaid/*",)),
    ]
    out += [npm_package(nm, p, ("assets/vendor/mermaid/*",), "mermaid 的打包文件")
            for p in bundled_by(root, "mermaid")]
    return out


def license_uri(component: Component, text: Path) -> str:
    """Published as plain text (a LICENSE.md must not become a page)."""
    name = text.name if text.suffix == ".txt" else f"{text.name}.txt"
    return f"{LICENSES_URI}/{component.slug}/{name}"


def unclaimed(site_paths: list[str], own: tuple[str, ...], parts: list[Component]) -> list[str]:
    """Site paths under assets/ that are neither the site's own nor any component's."""
    globs = [g for c in parts for g in c.serves if g != INLINE]
    return [p for p in site_paths
            if p.startswith("assets/") and p not in own and not p.startswith(f"{LICENSES_URI}/")
            and not any(fnmatch.fnmatch(p, g) for g in globs)]


def missing_texts(parts: list[Component]) -> list[str]:
    return [c.name for c in parts if not c.texts or not all(t.is_file() for t in c.texts)]
