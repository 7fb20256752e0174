"""The mermaid graph of `builds_on` edges that touch a domain."""

from __future__ import annotations

from papersite.catalog import Catalog
from papersite.safety.escape import mermaid_label, mermaid_text


def lineage(cat: Catalog, domain: str) -> str:
    inside = {p.slug for p in cat.papers_in(domain)}
    edges = sorted({(parent, p.slug) for p in cat.papers.values() for parent in p.meta.builds_on
                    if p.slug in inside or parent in inside})
    if not edges:
        return "这个领域的论文之间还没有记录传承关系（在笔记的 `builds_on` 字段里添加）。"
    nodes = sorted({s for e in edges for s in e}, key=lambda s: (cat.papers[s].year, s))
    name = {s: f"{cat.papers[s].meta.title}（{cat.papers[s].year}）" for s in nodes}
    children: dict[str, list[str]] = {}
    for parent, child in edges:
        children.setdefault(child, []).append(parent)
    ordered = sorted(children.items(), key=lambda kv: (cat.papers[kv[0]].year, kv[0]))
    described = "；".join(f"{name[c]} 基于 {'、'.join(name[p] for p in parents)}" for c, parents in ordered)
    domain_title = cat.domains[domain].title if domain in cat.domains else domain
    lines = ["```mermaid", "flowchart LR",
             f"    accTitle: {mermaid_text(domain_title)}领域论文的传承关系",
             f"    accDescr: {mermaid_text(described)}。虚线框是其他领域的论文。"]
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
