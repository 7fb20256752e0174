"""A finding is one problem in one contribution, told so a contributor can fix it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Finding:
    file: Path
    line: int  # 1-based; 0 when the problem is the whole file
    problem: str
    fix: str
    col: int = 0  # 1-based; 0 when unknown

    def format(self, root: Path) -> str:
        """`file:line: problem — fix`, the file named relative to the checkout `root`."""
        name = self.file.relative_to(root).as_posix() if self.file.is_relative_to(root) \
            else self.file.as_posix()
        where = f"{name}:{self.line}" if self.line else name
        where += f":{self.col}" if self.line and self.col else ""
        return f"{where}: {self.problem} — {self.fix}"


class FindingsError(Exception):
    """Raised by the build when checks found problems; its text lists them all."""

    def __init__(self, findings: list[Finding], root: Path):
        self.findings = sorted(findings)
        lines = "\n".join(f"  {f.format(root)}" for f in self.findings)
        super().__init__(f"{len(self.findings)} problem(s) found:\n{lines}")
