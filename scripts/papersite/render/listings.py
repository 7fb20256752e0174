"""Generated listings (filled in by shortcodes): domain tables, timeline, videos, talks,
notebooks, the home page's counts and domain cards."""

from __future__ import annotations

from collections import defaultdict

from papersite.catalog import Catalog, Paper, Talk
from papersite.notebook_files import notebook_src_uri
from papersite.render.markup import link, paper_link, video_links
from papersite.safety.escape import md_text

STATUS = {"full": "✅ 笔记", "stub": "📝 待补"}


def papers_table(cat: Catalog, domain: str, here: str) -> str:
    lines = ["| 年份 | 论文 | 一句话总结 | 发表于 | 视频 | 笔记 |",
             "| --- | --- | --- | --- | --- | --- |"]
    for p in cat.papers_in(domain):
        venue = p.bib.venue if p.bib else ""
        videos = " ".join(video_links(v) for v, _ in cat.videos_about(p.slug)[:1])
        lines.append(f"| {p.year} | {paper_link(p, here)} | {md_text(p.meta.summary)} | "
                     f"{md_text(short_venue(venue))} | {videos} | {STATUS[p.meta.note]} |")
    return "\n".join(lines)


def short_venue(venue: str) -> str:
    return venue if len(venue) <= 40 else venue[:38] + "…"


def timeline(cat: Catalog, here: str) -> str:
    by_year: dict[int, list[Paper]] = defaultdict(list)
    for paper in cat.papers.values():
        by_year[paper.year].append(paper)
    lines = []
    for year in sorted(by_year, reverse=True):
        lines += [f"## {year}", ""]
        for p in sorted(by_year[year], key=lambda p: p.meta.title.lower()):
            domain = cat.domains[p.domain].title
            lines.append(f"- {paper_link(p, here)} · {md_text(domain)} — {md_text(p.meta.summary)}")
        lines.append("")
    return "\n".join(lines)


def videos_table(cat: Catalog, here: str) -> str:
    lines = ["| 日期 | 视频 | 时长 | 观看 | 涉及 |", "| --- | --- | --- | --- | --- |"]
    for video, owner in cat.videos():
        if isinstance(owner, Talk):
            covered = [f"[{md_text(owner.meta.title)}]({link(owner.src_uri, here)})"]
            covered += [paper_link(cat.papers[s], here) for s in owner.meta.covers]
        else:
            covered = [paper_link(owner, here)]  # type: ignore[arg-type]
        lines.append(f"| {video.date.isoformat()} | {md_text(video.title)} | {video.duration} | "
                     f"{video_links(video)} | {'、'.join(covered)} |")
    return "\n".join(lines)


def talks_table(cat: Catalog, here: str) -> str:
    lines = ["| 专题 | 一句话 | 视频数 | 涉及论文 |", "| --- | --- | --- | --- |"]
    for talk in sorted(cat.talks.values(), key=lambda t: max(v.date for v in t.meta.videos),
                       reverse=True):
        lines.append(f"| [{md_text(talk.meta.title)}]({link(talk.src_uri, here)}) | "
                     f"{md_text(talk.meta.summary)} | {len(talk.meta.videos)} | "
                     f"{len(talk.meta.covers)} |")
    return "\n".join(lines)


def notebooks_table(cat: Catalog, here: str) -> str:
    lines = ["| Notebook | 配套论文 |", "| --- | --- |"]
    for nb in sorted(cat.notebooks):
        links = "、".join(paper_link(p, here) for p in cat.papers_using(nb)) or "—"
        lines.append(f"| [{md_text(cat.notebook_title(nb))}]({link(notebook_src_uri(nb), here)}) | {links} |")
    return "\n".join(lines)


def counts(cat: Catalog) -> dict[str, int]:
    return {
        "papers": len(cat.papers),
        "full": sum(p.meta.note == "full" for p in cat.papers.values()),
        "videos": len(cat.videos()),
        "notebooks": len(cat.notebooks),
        "domains": len(cat.domains),
        "talks": len(cat.talks),
    }


def counts_block(cat: Catalog) -> str:
    c = counts(cat)
    return (f'<div class="site-counts" markdown>\n'
            f'<span data-count="papers">**{c["papers"]}** 篇论文</span> · '
            f'<span data-count="full">**{c["full"]}** 篇精读笔记</span> · '
            f'<span data-count="videos">**{c["videos"]}** 个视频</span> · '
            f'<span data-count="notebooks">**{c["notebooks"]}** 个 notebook</span> · '
            f'<span data-count="domains">**{c["domains"]}** 个领域</span>\n</div>')


def domains_list(cat: Catalog, here: str) -> str:
    lines = ['<div class="grid cards" markdown>', ""]
    for d in sorted(cat.domains.values(), key=lambda d: d.order):
        papers = cat.papers_in(d.slug)
        full = sum(p.meta.note == "full" for p in papers)
        lines.append(f"-   **[{md_text(d.title)}]({link(f'papers/{d.slug}/index.md', here)})**  \n"
                     f"    {len(papers)} 篇论文，{full} 篇精读笔记")
    lines += ["", "</div>"]
    return "\n".join(lines)
