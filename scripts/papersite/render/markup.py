"""Small pieces every generated page uses: relative links, table cells, video links."""

from __future__ import annotations

from mkdocs.utils import get_relative_url

from papersite.catalog import Paper
from papersite.safety.escape import md_text
from papersite.schema import Video


def link(target_uri: str, from_uri: str) -> str:
    return get_relative_url(target_uri, from_uri)


def paper_link(paper: Paper, from_uri: str) -> str:
    return f"[{md_text(paper.meta.title)}]({link(paper.src_uri, from_uri)})"


def video_links(video: Video) -> str:
    parts = []
    if video.bilibili:
        parts.append(f"[B 站](https://www.bilibili.com/video/{video.bilibili})")
    if video.youtube:
        parts.append(f"[YouTube](https://youtu.be/{video.youtube})")
    if video.zhihu:
        parts.append(f"[知乎](https://www.zhihu.com/zvideo/{video.zhihu})")
    return " · ".join(parts)


def video_line(video: Video) -> str:
    return f"{md_text(video.title)}（{video.date.isoformat()}，{video.duration}）：{video_links(video)}"
