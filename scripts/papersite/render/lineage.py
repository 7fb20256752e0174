"""The mermaid graph of `builds_on` edges that touch a domain."""

from __future__ import annotations

from papersite.catalog import Catalog
from papersite.safety.escape import mermaid_label


def lineage(cat: Catalog, domain: str) -> str:
    inside = {p.slug for p in cat.papers_in(domain)}
    edges = sorted({(parent, p.slug) for p in cat.papers.values() for parent in p.meta.builds_on
                    if p.slug in inside or parent in inside})
    if not edges:
        return "这个领域的论文之间还没有记录传承关系（在笔记的 `builds_on` 字段里添加）。"
    nodes = sorted({s for e in edges for s in e}, key=lambda s: (cat.papers[s].year, s))
    lines = ["```mermaid", "flowchart LR"]
    for slug in nodes:
        paper = cat.papers[slug]
        label = mermaid_label(f"{paper.meta.title} ({paper.year})")
        style = "" if slug in inside else ":::outside"
        lines.append(f'    {node_id(slug)}["{label}"]{style}')
    lines += [f"    {node_id(a)} --> {node_id(b)}" for a, b in edges]
    lines += ["    classDef outside stroke-dasharray: 4 3", "```"]
    return "\n".join(lines)


def node_id(slug: str) -> str:
    return "p_" + slug.replace("-", "_")
