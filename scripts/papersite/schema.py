"""The front matter a paper or talk page may carry, and what each field must look like."""

from __future__ import annotations

import datetime
import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, StringConstraints

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"  # page, notebook and bib-key slugs
SLUG = re.compile(SLUG_PATTERN)
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN)]
SLUG_FIX = "use lowercase ASCII letters, digits and single hyphens, e.g. `faster-rcnn`"
# Shown as text on many pages (tables, navigation, tags): never markup.
PlainText = Annotated[str, StringConstraints(pattern=r"^[^<>]*$")]
PLAIN_FIX = "plain text without < or >"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Video(Strict):
    title: PlainText = Field(min_length=1)
    date: datetime.date
    duration: Annotated[str, StringConstraints(pattern=r"^(\d{1,2}:)?\d{1,2}:\d{2}$")]
    bilibili: Annotated[str, StringConstraints(pattern=r"^BV[0-9A-Za-z]{10}$")] | None = None
    youtube: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{11}$")] | None = None
    zhihu: Annotated[str, StringConstraints(pattern=r"^\d{6,20}$")] | None = None

    model_config = ConfigDict(extra="forbid", coerce_numbers_to_str=True)


class PageMeta(Strict):
    """Fields common to paper and talk pages (plus Material's own page options)."""

    title: PlainText = Field(min_length=1)
    summary: PlainText = Field(min_length=4, max_length=80)
    note: Literal["full", "stub"]  # not `status`: Material reads that for nav icons
    tags: list[PlainText] = []
    aliases: list[PlainText] = []
    notebooks: list[Slug] = []
    videos: list[Video] = []
    hide: list[str] = []
    search: dict = {}


class PaperMeta(PageMeta):
    bib: str | None = None  # defaults to the slug
    code: HttpUrl | None = None
    builds_on: list[Slug] = []
    builds_on_later: list[Slug] = []  # documented exceptions to "parents come first"
    related: list[Slug | dict[Slug, PlainText]] = []

    def related_notes(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for item in self.related:
            out.update({item: ""} if isinstance(item, str) else item)
        return out


class TalkMeta(PageMeta):
    covers: list[Slug] = []
    videos: list[Video] = Field(min_length=1)


# How to fix each field, shown next to the schema's complaint.
FIXES = {
    "title": f"give the short name, e.g. `title: ResNet` ({PLAIN_FIX})",
    "summary": f"one line in Chinese, 4–80 characters, {PLAIN_FIX}",
    "note": "write `note: full` for a written note or `note: stub`",
    "tags": f"a list, e.g. `tags: [对比学习, 自监督]` ({PLAIN_FIX})",
    "aliases": f"a list of other names, e.g. `aliases: [动量对比]` ({PLAIN_FIX})",
    "notebooks": "list notebook slugs, files notebooks/<slug>.ipynb",
    "videos": "each video needs title (plain text), date (YYYY-MM-DD), duration (m:ss or h:mm:ss) and "
    "a bilibili id like BV1xx411c7mD (12 characters) or an 11-character YouTube id",
    "code": "a full https:// URL of the official code repository",
    "builds_on": f"list paper slugs; {SLUG_FIX}",
    "related": f"list paper slugs, or `- slug: 一句话说明` ({PLAIN_FIX})",
    "covers": "list the slugs of the papers the talk covers",
    "builds_on_later": "slugs from builds_on that were published later (say why in the note)",
    "bib": "the BibTeX key in bib/*.bib (by default the page's slug)",
}
