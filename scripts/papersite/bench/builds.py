"""Build-time measurements: cold, warm, bare MkDocs floor, and scaling with page count."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path


def timed_build(repo: Path, site: Path, config: str = "mkdocs.yml", strict: bool = True) -> float:
    cmd = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", config, "-d", str(site)]
    if strict:
        cmd.append("--strict")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    start = time.perf_counter()
    result = subprocess.run(cmd, cwd=repo, capture_output=True, text=True, env=env, check=False)
    took = time.perf_counter() - start
    if result.returncode:
        raise RuntimeError(f"build failed in {repo}:\n{result.stderr[-2000:]}")
    return took


def bare_config(repo: Path) -> str:
    """The same Markdown through plain MkDocs: built-in theme, no plugins, no hooks."""
    path = repo / "mkdocs-bare.yml"
    path.write_text("site_name: bare\ntheme:\n  name: mkdocs\nplugins: []\n"
                    "markdown_extensions: [tables, footnotes]\n", encoding="utf-8")
    return path.name


def median_builds(repo: Path, work: Path, runs: int, *, cold: bool = False,
                  config: str = "mkdocs.yml", strict: bool = True) -> float:
    times = []
    for i in range(runs):
        if cold:
            shutil.rmtree(repo / ".cache", ignore_errors=True)
        times.append(timed_build(repo, work / f"site-{config}-{cold}-{i}", config, strict))
    return statistics.median(times)


SYNTHETIC_BODY = """
## 一句话总结

这是第 {n} 篇用于测量构建速度的合成笔记，内容是中文段落、公式与一张流程图。

## 方法

设输入为 $x \\in \\mathbb{{R}}^d$，线性层输出 $y = Wx + b$，再经过激活函数 $\\sigma$。

$$
\\mathcal{{L}} = -\\sum_{{i=1}}^{{N}} \\log \\frac{{\\exp(s_i / \\tau)}}{{\\sum_j \\exp(s_j / \\tau)}}
$$

```mermaid
flowchart LR
    A["输入 {n}"] --> B["编码器"] --> C["损失"]
```

{filler}
"""
FILLER = ("深度学习模型的训练依赖大量数据与算力，优化过程中学习率、批量大小和正则化方法都会影响最终结果。"
          * 12)


def add_synthetic_papers(repo: Path, count: int, per_domain: int = 100) -> None:
    """`count` catalog papers in domain folders of `per_domain`, each with math and a diagram."""
    bib_lines = []
    for n in range(count):
        domain = f"syn-{n // per_domain:02d}"
        folder = repo / "docs/papers" / domain
        if not (folder / "index.md").exists():
            folder.mkdir(parents=True)
            (folder / "index.md").write_text(
                f"---\ntitle: 合成领域 {domain}\norder: 90\n---\n\n# 合成领域\n\n<!-- papers-table -->\n",
                encoding="utf-8")
        slug = f"syn-paper-{n:04d}"
        (folder / f"{slug}.md").write_text(
            f"---\ntitle: Synthetic {n}\nsummary: 合成笔记 {n}，用于测量构建速度。\nnote: stub\n---\n"
            + SYNTHETIC_BODY.format(n=n, filler=FILLER), encoding="utf-8")
        bib_lines.append(f"@article{{{slug},\n  title = {{Synthetic {n}}},\n  author = {{Bench, Mark}},\n"
                         f"  year = {{2020}},\n}}\n")
    (repo / "bib/synthetic.bib").write_text("\n".join(bib_lines), encoding="utf-8")


def site_size(site: Path) -> int:
    return sum(p.stat().st_size for p in site.rglob("*") if p.is_file())


def page_count(site: Path) -> int:
    return sum(1 for _ in site.rglob("index.html"))
