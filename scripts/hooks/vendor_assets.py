"""MkDocs hook: the third-party files the site serves, and their licenses.

MathJax and mermaid are published from node_modules under assets/vendor/; theme files
no reader ever loads (source maps, search support for other languages) are left out;
every third-party component's license texts are published under assets/licenses/.
"""

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from papersite import root_of
from papersite.third_party import components, license_uri
from papersite.vendor import unused_theme_file, vendor_files


def on_files(files: Files, config: MkDocsConfig) -> Files:
    root = root_of(config)
    search = config.plugins.get("material/search")
    langs = list(search.config.lang or []) if search else []
    for file in list(files):
        if not file.is_documentation_page() and unused_theme_file(file.src_uri, langs) \
                and not Path(file.abs_src_path or "").is_relative_to(root / "docs"):
            files.remove(file)
    for path, uri in vendor_files(root / "node_modules"):
        files.append(File.generated(config, uri, abs_src_path=str(path)))
    for component in components(root):
        for text in component.texts:
            files.append(File.generated(config, license_uri(component, text), abs_src_path=str(text)))
    return files
