"""What the build wraps around a paper or talk page: the header, the stub notice, the footer."""

from __future__ import annotations

import re

from papersite.catalog import Catalog, Entry, Paper, Talk
from papersite.notebook_files import notebook_src_uri
from papersite.render.markup import link, paper_link, video_line
from papersite.safety.escape import md_text, md_url
from papersite.search import not_indexed

CONTRIBUTING = "guide/contributing.md"
EMPTY_SECTION = re.compile(r"^##[^\n]*\n\s*(?=^##\s|\Z)", re.MULTILINE)


def paper_header(cat: Catalog, paper: Paper) -> str:
    meta, bib = paper.meta, paper.bib
    lines = [f"# {md_text(meta.title)}", "", '<div class="paper-header" markdown>', ""]
    if bib:
        lines.append(f"**{md_text(bib.title)}**")
        lines.append("")
        authors = ", ".join(bib.authors)
        venue = " ".join(x for x in (bib.venue, bib.year) if x)
        lines.append(f"{md_text(authors)}  ")
        domain = cat.domains[paper.domain]
        domain_link = link(f"papers/{paper.domain}/index.md", paper.src_uri)
        lines.append(f"*{md_text(venue)}* · 领域：[{md_text(domain.title)}]({domain_link})")
        lines.append("")
    lines.append(" ".join(resource_buttons(cat, paper)))
    lines.append("")
    lines.append(f"> {md_text(meta.summary)}")
    lines.append("")
    title = (bib.title if bib else "").casefold()
    aliases = [a for a in meta.aliases if a.casefold() != title]  # the title is shown above
    if aliases:
        lines.append(f"又名：{'、'.join(md_text(a) for a in aliases)}")
        lines.append("")
    lines.append("</div>")
    lines.append("")
    lines += stub_notice(paper)
    return "\n".join(lines)


def drop_empty_sections(markdown: str) -> str:
    """A stub's scaffolded headings with nothing under them are noise for readers."""
    previous = None
    while previous != markdown:
        previous, markdown = markdown, EMPTY_SECTION.sub("", markdown)
    return markdown


def stub_notice(entry: Entry) -> list[str]:
    if entry.meta.note != "stub":
        return []
    return ['!!! note "笔记待补"',
            f"    这一页目前只有基本信息和链接，精读笔记还没有写。欢迎[贡献一篇笔记]"
            f"({link(CONTRIBUTING, entry.src_uri)})：一个 pull request 就够了。", ""]


def resource_buttons(cat: Catalog, paper: Paper) -> list[str]:
    buttons = []
    bib = paper.bib
    if bib and (url := md_url(bib.url)):
        buttons.append(f"[:material-file-document: 论文]({url}){{ .md-button }}")
    if bib and (arxiv := md_url(bib.arxiv_url)):
        buttons.append(f"[:material-alpha-a-box: arXiv]({arxiv}){{ .md-button }}")
    if paper.meta.code and (code := md_url(str(paper.meta.code))):
        buttons.append(f"[:material-github: 代码]({code}){{ .md-button }}")
    for nb in paper.meta.notebooks:
        title = md_text(cat.notebook_title(nb))
        buttons.append(f"[:material-notebook: {title}]({link(notebook_src_uri(nb), paper.src_uri)})"
                       "{ .md-button }")
    return buttons


def paper_footer(cat: Catalog, paper: Paper) -> str:
    meta = paper.meta
    here = paper.src_uri
    lines = ["", "## 相关论文", ""]
    related = meta.related_notes()
    rows = []
    for slug in meta.builds_on:
        rows.append(f"- **基于** {paper_link(cat.papers[slug], here)}"
                    + (f"：{md_text(related.pop(slug))}" if related.get(slug) else ""))
    for child in cat.built_on_by(paper.slug):
        rows.append(f"- **后续工作** {paper_link(child, here)}（{child.year}）："
                    f"{md_text(child.meta.summary)}")
    for slug, note in related.items():
        rows.append(f"- **相关** {paper_link(cat.papers[slug], here)}"
                    + (f"：{md_text(note)}" if note else ""))
    for talk in cat.talks_covering(paper.slug):
        rows.append(f"- **专题讲解** [{md_text(talk.meta.title)}]({link(talk.src_uri, here)})")
    lines += rows or ["暂无。"]
    lines += ["", "## 资源", ""]
    lines += [f"- {b.replace('{ .md-button }', '')}" for b in resource_buttons(cat, paper)]
    for video, owner in cat.videos_about(paper.slug):
        where = "" if owner is paper else f"（[{md_text(owner.meta.title)}]({link(owner.src_uri, here)})）"
        lines.append(f"- :material-video: {video_line(video)}{where}")
    if paper.bib:
        source = paper.bib.source()
        fence = "`" * max(3, 1 + max((len(run) for run in re.findall(r"`+", source)), default=0))
        box = ['??? quote "BibTeX 引用"', "", f"    {fence}bibtex"]
        box += [f"    {line}" for line in source.splitlines()]
        box += [f"    {fence}"]
        lines += ["", not_indexed("\n".join(box))]
    return "\n".join(lines) + "\n"


def talk_header(cat: Catalog, talk: Talk) -> str:
    lines = [f"# {md_text(talk.meta.title)}", "", '<div class="paper-header" markdown>', "",
             f"> {md_text(talk.meta.summary)}", ""]
    lines += [f"- :material-video: {video_line(v)}" for v in talk.meta.videos]
    lines += ["", "</div>", "", *stub_notice(talk)]
    return "\n".join(lines)


def talk_footer(cat: Catalog, talk: Talk) -> str:
    covers = [cat.papers[s] for s in talk.meta.covers]
    if not covers:
        return ""
    lines = ["", "## 涉及的论文", "", "| 年份 | 论文 | 一句话 |", "| --- | --- | --- |"]
    lines += [f"| {p.year} | {paper_link(p, talk.src_uri)} | {md_text(p.meta.summary)} |"
              for p in sorted(covers, key=lambda p: (p.year, p.slug))]
    return "\n".join(lines) + "\n"
