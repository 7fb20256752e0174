"""The table of third-party components on the 许可 page."""

from __future__ import annotations

from papersite.catalog import Catalog
from papersite.render.markup import link
from papersite.safety.escape import md_text
from papersite.third_party import INLINE, components, license_uri


def third_party_table(cat: Catalog, here: str) -> str:
    lines = ["| 组件 | 版本 | 许可 | 网站里的哪些文件 | 许可文本 |", "| --- | --- | --- | --- | --- |"]
    for c in components(cat.root):
        where = "、".join("页面中的图标或脚本" if g == INLINE else f"`{g}`" for g in c.serves)
        if c.via:
            where += f"（经由 {md_text(c.via)}）"
        texts = " ".join(f"[{md_text(t.name)}]({link(license_uri(c, t), here)})" for t in c.texts)
        lines.append(f"| {md_text(c.name)} | {md_text(c.version)} | {md_text(c.license)} | {where} "
                     f"| {texts} |")
    return "\n".join(lines)
