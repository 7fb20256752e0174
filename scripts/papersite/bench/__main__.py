"""`make bench`: build cost, page cost and search quality, printed and written down.

Figures are medians of several runs (the machine is shared and noisy). Results go
to bench-results/latest.md and to the site page docs/guide/benchmark.md.
"""

from __future__ import annotations

import argparse
import datetime
import gzip
import platform
import tempfile
from pathlib import Path

from papersite import find_root
from papersite.bench import builds, pages, search
from papersite.serve import chromium, serve
from papersite.workspace import copy_checkout

ROOT = find_root()

TARGETS_KB = {"no math, no diagram": 150, "math only": 600,
              "math and diagram (Transformer note)": 1600, "notebook page": 800}


def kb(n: float) -> str:
    return f"{n / 1024:,.0f} KB"


def build_section(work: Path, runs: int, scales: list[int]) -> list[str]:
    repo = copy_checkout(ROOT, work / "repo")
    cold = builds.median_builds(repo, work, runs, cold=True)
    warm = builds.median_builds(repo, work, runs)
    bare = builds.median_builds(repo, work, runs, config=builds.bare_config(repo), strict=False)
    lines = ["## 构建", "", "| 构建 | 中位数（秒） |", "| --- | --- |",
             f"| 冷构建（notebook 全部执行） | {cold:.1f} |",
             f"| 热构建（notebook 缓存命中） | {warm:.1f} |",
             f"| 同样的 Markdown，裸 `mkdocs build`（mkdocs 主题，无插件） | {bare:.1f} |",
             f"| 热构建 / 裸构建 | {warm / bare:.2f}× |", ""]
    lines += ["### 规模", "", "| 合成笔记数 | 总页数 | 构建（秒） | 每页（毫秒） | 站点大小 |",
              "| --- | --- | --- | --- | --- |"]
    per_page = []
    for count in scales:
        scaled = copy_checkout(ROOT, work / f"scale-{count}")
        builds.add_synthetic_papers(scaled, count)
        site = work / f"scale-site-{count}"
        took = builds.timed_build(scaled, site)
        n = builds.page_count(site)
        per_page.append(took / n)
        lines.append(f"| {count} | {n} | {took:.1f} | {1000 * took / n:.0f} | "
                     f"{builds.site_size(site) / 2**20:.0f} MB |")
    if len(per_page) > 1:
        lines += ["", f"每页构建时间从最小到最大规模的比值：{per_page[-1] / per_page[0]:.2f}×"]
    return [*lines, ""]


def page_section(site: Path, runs: int) -> list[str]:
    lines = ["## 页面", "", "首次访问与再次访问的传输量按 gzip 压缩后计（GitHub Pages 的发送方式，"
             "缓存 10 分钟），渲染时间指从导航开始到所有公式排版完成、所有图绘制完成（本机回环地址）。", "",
             "| 页面类型 | 页面 | 首次访问 | 请求数 | 目标 | 再次访问 | 渲染完成 |",
             "| --- | --- | --- | --- | --- | --- | --- |"]
    with chromium() as browser:
        for kind, uri in pages.pick_pages(site).items():
            cost = pages.measure(browser, site, uri, runs)
            lines.append(f"| {kind} | `{uri}` | {kb(cost.first_bytes)} | {cost.first_requests} | "
                         f"≤ {TARGETS_KB[kind]} KB | {kb(cost.repeat_bytes)} "
                         f"({cost.repeat_requests} 个请求) | {cost.render_ms:.0f} ms |")
    return [*lines, ""]


def search_section(site: Path) -> list[str]:
    index = site / "search/search_index.json"
    raw = index.read_bytes()
    queries = search.load_queries(ROOT / "tests/search_queries.yml")
    with serve(site) as url, chromium() as browser:
        figures = search.summary(search.run_queries(browser, url, queries))
    return ["## 搜索", "", "| 指标 | 数值 |", "| --- | --- |",
            f"| 查询数 | {figures['queries']} |",
            f"| hit@1 | {figures['hit@1']:.2f} |", f"| hit@5 | {figures['hit@5']:.2f} |",
            f"| hit@5（目标为完整笔记） | {figures['hit@5 (full notes)']:.2f} |",
            f"| 查询延迟中位数 | {figures['median latency ms']:.0f} ms |",
            f"| 索引大小 | {kb(len(raw))}（gzip 后 {kb(len(gzip.compress(raw)))}） |", ""]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3, help="builds per median")
    parser.add_argument("--page-runs", type=int, default=5, help="visits per page median")
    parser.add_argument("--scales", default="100,300,1000")
    parser.add_argument("--skip-builds", action="store_true")
    args = parser.parse_args()
    scales = [int(s) for s in args.scales.split(",") if s]
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        work = Path(tmp)
        lines = [f"> 测于 {datetime.date.today().isoformat()}，{platform.machine()}，"
                 f"Python {platform.python_version()}。复现：`make bench`。", ""]
        if not args.skip_builds:
            lines += build_section(work, args.runs, scales)
        site = work / "site"
        builds.timed_build(copy_checkout(ROOT, work / "measure"), site)
        lines += page_section(site, args.page_runs)
        lines += search_section(site)
    table = "\n".join(lines)
    print(table)
    out = ROOT / "bench-results"
    out.mkdir(exist_ok=True)
    (out / "latest.md").write_text(table + "\n", encoding="utf-8")
    page = ROOT / "docs/guide/benchmark.md"
    page.write_text("---\ntitle: 性能测量\n---\n\n# 性能测量\n\n这一页由 `make bench` 生成："
                    "构建要多久、读者打开一页要下载多少、搜索找得准不准。\n\n" + table + "\n",
                    encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
