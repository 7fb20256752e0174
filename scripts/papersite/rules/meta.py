"""Front matter against the schema, each complaint turned into a finding at its line."""

from __future__ import annotations

import re

from pydantic import ValidationError

from papersite.findings import Finding
from papersite.frontmatter import Page
from papersite.schema import FIXES, PageMeta

# Names pydantic gives the branches of a union (`slug | {slug: note}`) in an error's path.
UNION_BRANCH = re.compile(r"^(constrained-str|str|int|float|bool)$|\[")


def validate_meta(page: Page, model: type[PageMeta]) -> tuple[PageMeta | None, list[Finding]]:
    try:
        return model.model_validate(page.meta), []
    except ValidationError as exc:
        return None, [_finding(page, model, error) for error in _one_per_item(exc.errors())]


def _one_per_item(errors: list) -> list:
    """A union reports one error per branch; keep the most specific one for each item."""
    best: dict[tuple, dict] = {}
    for error in errors:
        item = tuple(p for p in error["loc"] if not (isinstance(p, str) and UNION_BRANCH.search(p)))[:2]
        if item not in best or len(error["loc"]) > len(best[item]["loc"]):
            best[item] = error
    return list(best.values())


def _finding(page: Page, model: type[PageMeta], error) -> Finding:
    loc = [str(part) for part in error["loc"] if not (isinstance(part, str) and UNION_BRANCH.search(part))]
    key = loc[0] if loc else "?"
    where = ".".join(loc)
    if error["type"] == "extra_forbidden":
        problem = f"unknown field '{where}'"
        fix = "remove it or fix its spelling; allowed: " + ", ".join(model.model_fields)
    elif error["type"] == "missing":
        problem, fix = f"missing required field '{where}'", FIXES.get(key, "add it")
    else:
        problem = f"field '{where}' is invalid ({error['msg']}: {error.get('input')!r})"
        fix = FIXES.get(key, "see CONTRIBUTING.md")
    line = page.line_of(key)
    if len(loc) > 1 and isinstance(error.get("input"), str | int):
        line = page.line_of_value(key, str(error["input"]))
    return Finding(page.path, line, problem, fix)
