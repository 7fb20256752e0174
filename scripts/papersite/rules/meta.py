"""Front matter against the schema, each complaint turned into a finding at its line."""

from __future__ import annotations

from pydantic import ValidationError

from papersite.findings import Finding
from papersite.frontmatter import Page
from papersite.schema import FIXES, PageMeta


def validate_meta(page: Page, model: type[PageMeta]) -> tuple[PageMeta | None, list[Finding]]:
    try:
        return model.model_validate(page.meta), []
    except ValidationError as exc:
        return None, [_finding(page, model, error) for error in exc.errors()]


def _finding(page: Page, model: type[PageMeta], error) -> Finding:
    loc = [str(part) for part in error["loc"]]
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
