"""The assessment appendix: execute the notebooks, write one self-contained HTML file.

Readers open the appendix on government intranets with no internet and no Python, so
the file carries everything: the Vega, Vega-Lite and Vega-Embed libraries inline
(vl-convert's bundle), every chart spec inline, tables as HTML, and a methodology
section (catalogue name and sha256, weights, methods, software version, date). Nothing
is fetched from a network. Where the synthetic demo panel is shown, a red banner says
so. Static SVG charts for Word reports are written beside the HTML.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import markdown_it
import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

from fazhi_bench import __version__
from fazhi_bench.errors import UserError
from fazhi_bench.present.notebook import CHART_MIME, PROJECT
from fazhi_bench.run.labels import CREDIT_RULE_ZH, METHOD_ZH
from fazhi_bench.run.outputs import write_atomically
from fazhi_bench.run.pipeline import RunResult
from fazhi_bench.run.reviews import ACTION_ZH
from fazhi_bench.spec.weights import Weights

TITLES = {"01_rankings.ipynb": "一、排名", "02_year_on_year.ipynb": "二、逐年比较",
          "03_weights_sensitivity.ipynb": "三、权重与排名稳定性", "04_evidence.ipynb": "四、证据"}  # fmt: skip
NOTEBOOKS = tuple(TITLES)  # in the order of the appendix
ONE_YEAR_NOTE = ("本次评价的报告中,没有同一单位多个年度的报告,因此不作逐年比较;"
                 "加入往年报告后重新生成附录即可看到。")  # fmt: skip
EMBED_OPTIONS = {"actions": False, "renderer": "svg"}

CSS = """
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
       SimHei, sans-serif; max-width: 210mm; margin: 0 auto; padding: 12mm; color: #222; }
h1 { border-bottom: 2px solid #3b6ea5; padding-bottom: 4px; }
h2.notebook { margin-top: 2.5em; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; font-size: 12px; margin: 8px 0; }
th, td { border: 1px solid #ccc; padding: 3px 6px; vertical-align: top; }
th { background: #eef2f7; }
.synthetic-banner { background: #fde8e8; border: 2px solid #b00020; padding: 8px;
                    color: #b00020; font-weight: bold; margin: 8px 0; }
.chart { margin: 12px 0; } pre { white-space: pre-wrap; font-size: 12px; }
.method td:first-child { white-space: nowrap; font-weight: bold; }
td:first-child, th:first-child { white-space: nowrap; }  /* unit names never one per line */
td { overflow-wrap: anywhere; }
h3 { color: #3b6ea5; } h4 { margin-bottom: 4px; }
@page { size: A4 portrait; margin: 16mm 14mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  .vega-bindings { display: none; }
  h2.notebook { break-before: page; page-break-before: always; }
  h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  tr, .chart, svg, img, pre { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  table { font-size: 9pt; }
}
"""


def _parameters(values: dict[str, Any]) -> str:
    lines = ["# parameters set by fazhi-bench appendix"]
    lines += [f"{k} = {v!r}" for k, v in values.items()]
    return "\n".join(lines)


def execute_notebook(
    path: Path, params: dict[str, Any], timeout: int = 600
) -> nbformat.NotebookNode:
    """Run a notebook top to bottom with its parameters cell replaced by ``params``."""
    book = nbformat.read(path, as_version=4)
    for cell in book.cells:
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            cell.source = cell.source + "\n" + _parameters(params)
            break
    client = NotebookClient(book, timeout=timeout, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}})  # fmt: skip
    try:
        # the kernel's own log (its notice about local TCP, messages at its exit) would
        # reach the user's terminal; cell errors arrive through the protocol instead
        client.execute(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except CellExecutionError as exc:
        text = re.sub(r"\x1b\[[0-9;]*m", "", str(exc)).strip()
        last = text.splitlines()[-1] if text else "cell failed"
        raise UserError(f"{path.name}: a notebook cell failed: {last}") from None
    return book


class _Html:
    """Turns executed notebook outputs into HTML fragments; charts become inline embeds."""

    def __init__(self) -> None:
        self.md = markdown_it.MarkdownIt("commonmark").enable("table")
        self.charts: list[tuple[str, dict]] = []
        self.svgs: list[tuple[str, str]] = []

    def output(self, out: dict) -> str:
        if out.get("output_type") == "stream":
            return (
                ""
                if out.get("name") == "stderr"
                else f"<pre>{html.escape(out.get('text', ''))}</pre>"
            )
        if out.get("output_type") == "error":
            return f"<pre>{html.escape(out.get('ename', ''))}: {html.escape(out.get('evalue', ''))}</pre>"
        data = out.get("data", {})
        if CHART_MIME in data:
            chart_id = f"chart{len(self.charts) + 1}"
            spec = data[CHART_MIME]
            self.charts.append((chart_id, spec))
            if "image/svg+xml" in data:
                self.svgs.append((chart_id, data["image/svg+xml"]))
            return f'<div class="chart" id="{chart_id}"></div>'
        if "text/html" in data:
            return (
                "".join(data["text/html"])
                if isinstance(data["text/html"], list)
                else data["text/html"]
            )
        if "text/markdown" in data:
            return self.md.render(data["text/markdown"])
        if "image/png" in data:
            return f'<img alt="" src="data:image/png;base64,{data["image/png"]}">'
        if "text/plain" in data:
            return f"<pre>{html.escape(data['text/plain'])}</pre>"
        return ""

    def notebook(self, book: nbformat.NotebookNode) -> str:
        """The reader's version of a notebook: its text and outputs, without the cells
        tagged notebook-only (instructions for Python users) and without its own title
        (the appendix numbers the parts); headings one level down, under the part's."""
        parts = []
        for n, cell in enumerate(book.cells):
            if "notebook-only" in cell.get("metadata", {}).get("tags", []):
                continue
            if cell.cell_type == "markdown":
                source = re.sub(r"\A# [^\n]*\n?", "", cell.source) if n == 0 else cell.source
                parts.append(self.md.render(source))
            elif cell.cell_type == "code":
                parts.extend(self.output(o) for o in cell.get("outputs", []))
        return demote_headings("\n".join(parts))


def demote_headings(fragment: str) -> str:
    """<h2> -> <h3> and so on: a notebook's sections sit under the appendix's part title."""
    return re.sub(r"<(/?)h([1-5])\b", lambda m: f"<{m.group(1)}h{int(m.group(2)) + 1}", fragment)


def _methodology(run_info: dict) -> str:
    rows = "".join(
        f"<tr><td>{html.escape(k)}</td><td>{html.escape(str(v)).replace(chr(10), '<br>')}</td></tr>"
        for k, v in run_info.items()
    )
    return f'<h2 class="notebook">五、方法说明</h2><table class="method">{rows}</table>'


def _script_safe(text: str) -> str:
    return text.replace("</script", "<\\/script")


def build_html(sections: list[tuple[str, str]], run_info: dict, charts: list[tuple[str, dict]],
               synthetic_note: bool) -> str:  # fmt: skip
    import vl_convert as vlc

    bundle = _script_safe(vlc.javascript_bundle())
    embeds = "\n".join(
        f"vegaEmbed('#{cid}', {_script_safe(json.dumps(spec, ensure_ascii=False))}, "
        f"{json.dumps(EMBED_OPTIONS)}).catch(e => document.getElementById('{cid}').textContent = String(e));"
        for cid, spec in charts
    )
    body = "\n".join(
        f'<h2 class="notebook">{html.escape(t)}</h2>\n{content}' for t, content in sections
    )
    note = ('<div class="synthetic-banner">本附录的逐年比较部分使用合成演示数据(data/demo_panel),'
            "不代表任何单位的真实情况。</div>") if synthetic_note else ""  # fmt: skip
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>法治政府建设年度报告评价附录</title>
<style>{CSS}</style>
<script type="module">{bundle}</script>
</head><body>
<h1>法治政府建设年度报告评价附录</h1>
<p>由 fazhi_bench {html.escape(__version__)} 于 {html.escape(run_info.get("生成时间", ""))} 生成。
每一分均可追溯到报告原文中的证据句(第四部分列出每个单位的证据);方法与权重见第五部分。</p>
{note}
{body}
{_methodology(run_info)}
<script type="module">
{embeds}
</script>
</body></html>
"""


def _zh(name: str) -> str:
    """A method's Chinese name with its id, so a reader can find it in run.json."""
    return f"{METHOD_ZH.get(name, name)}({name})"


def weight_changes(result: RunResult) -> str:
    """What a weights file changed against the catalogue, in words ('' when nothing)."""
    cat = result.catalogue
    base = Weights.from_catalogue(cat)
    labels = {i.id: i.label for i in cat.indicators} | {b.id: b.label for b in cat.blocks}
    changed = [
        f"{labels.get(k, k)} {base_w:g} → {new[k]:g}"
        for base_map, new in ((base.dimensions, result.weights.dimensions),
                              (base.indicators, result.weights.indicators))
        for k, base_w in base_map.items() if new.get(k, base_w) != base_w
    ]  # fmt: skip
    return ";".join(changed)


def review_lines(result: RunResult) -> str:
    """The reviews applied (who, what, why), one per line, or that there were none."""
    applied = result.applied_reviews
    if applied is None or applied.empty:
        return "未使用复核意见,全部为机器评分"
    labels = {i.id: i.label for i in result.catalogue.indicators}
    lines = [f"复核意见 {len(applied)} 条(文件 sha256 {result.reviews.sha256[:12]}…),"
             "综合指数与排名为复核后的结果,机器评分见 scores.csv 的 index_machine:"]  # fmt: skip
    for r in applied.itertuples():
        what = f"“{r.sentence[:40]}{'…' if len(r.sentence) > 40 else ''}”" if r.sentence else ""
        lines.append(f"{r.unit} {r.year} {labels.get(r.indicator, r.indicator)}:"
                     f"{ACTION_ZH[r.action]}{what},得分 {r.credit_before:g} → {r.credit_after:g};"
                     f"复核人 {r.reviewer or '(未署名)'},理由:{r.note}")  # fmt: skip
    return "\n".join(lines)


def run_info_for(result: RunResult, weights_file: str | None = None) -> dict[str, Any]:
    """Methodology facts for the appendix, in Chinese, taken from the scoring of the corpus."""
    cat = result.catalogue
    method = result.method
    years = sorted({int(y) for y in result.scores["year"].dropna()})
    info = {
        "生成时间": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "软件版本": f"fazhi_bench {__version__}",
        "指标目录": f"{cat.name}(版本 {cat.version})",
        "目录 sha256": cat.sha256,
        "报告数": f"{len(result.corpus.documents)} 份({'、'.join(map(str, years))} 年度)",
        "单位": "、".join(sorted(set(result.scores["unit"]))),
        "维度权重": "、".join(f"{cat.label(d)} {w:g}" for d, w in result.dim_weights.items()),
        "权重调整": (
            f"权重文件 {weights_file}:{weight_changes(result) or '与目录相同'}"
            if weights_file
            else "未调整,使用指标目录中的权重"
        ),  # fmt: skip
        "复核": review_lines(result),
        "指标得分": CREDIT_RULE_ZH,
        "维度得分": f"{_zh(method['dimension'])}:100 × (1 − e^(−E/{method['saturation_k']:g})),"
        f"E 为按平均权重折算的指标得分之和,另每个量化成果 +{method['figure_weight']:g}"
        f"(最多 {method['figure_cap']:g} 个)"
        if method["dimension"] == "saturating"
        else f"{_zh(method['dimension'])}:已证实指标的加权占比",
        "标准化": _zh(method["normalisation"]),
        "权重方法": _zh(method["weighting"]),
        "汇总方法": _zh(method["aggregation"]),
        "稳定性分析": f"{method['sensitivity_runs']} 次模拟,权重扰动幅度 "
        f"{method['sensitivity_spread']},随机种子 {method['seed']}",
        "计分部分": "仅“主要举措和成效”和“第一责任人履职”部分;计划、问题、制度条文不计分",
    }
    return info


def cjk_font_present() -> bool:
    """True when fontconfig knows a Chinese font (needed to rasterise PNG charts)."""
    import shutil

    if not shutil.which("fc-list"):
        return False
    found = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True, check=False)
    return bool(found.stdout.strip())


def write_static_charts(charts: list[tuple[str, dict]], svgs: list[tuple[str, str]],
                        folder: Path) -> list[Path]:  # fmt: skip
    """SVG files of every chart for Word reports; PNG too when a CJK font is installed."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for chart_id, svg in svgs:
        path = folder / f"{chart_id}.svg"
        path.write_text(svg, encoding="utf-8")
        written.append(path)
    if cjk_font_present():
        import vl_convert as vlc

        for chart_id, spec in charts:
            path = folder / f"{chart_id}.png"
            path.write_bytes(vlc.vegalite_to_png(spec, scale=2))
            written.append(path)
    return written


def build_appendix(
    params: dict[str, Any],
    out: Path,
    run_info: dict[str, Any],
    panel: dict[str, Any] | None = None,
    several_years: bool = True,
) -> dict:
    """Execute every notebook and write the appendix HTML (atomically) plus static SVGs.

    ``panel``: the parameters of the SYNTHETIC demo panel, shown in the year-on-year
    section (and marked as such) only when asked for (--demo-panel). Without it, a corpus
    with no unit reported in several years gets one line there (``several_years``)."""
    folder = PROJECT / "notebooks"
    missing = [n for n in NOTEBOOKS if not (folder / n).is_file()]
    if missing:
        raise UserError(f"{folder}: notebook(s) missing: {', '.join(missing)}")
    renderer = _Html()
    sections = []
    for name in NOTEBOOKS:
        if name == "02_year_on_year.ipynb" and panel is None and not several_years:
            sections.append((TITLES[name], f"<p>{ONE_YEAR_NOTE}</p>"))
            continue
        values = panel if (name == "02_year_on_year.ipynb" and panel is not None) else params
        book = execute_notebook(folder / name, values)
        sections.append((TITLES[name], renderer.notebook(book)))
    synthetic = panel is not None  # the demo panel stands in for missing years
    page = build_html(sections, run_info, renderer.charts, synthetic)
    write_atomically(out.parent, {out.name: lambda p: p.write_text(page, encoding="utf-8")})
    svgs = write_static_charts(renderer.charts, renderer.svgs, out.parent / (out.stem + "_charts"))
    return {"html": out, "charts": len(renderer.charts), "svgs": svgs,
            "bytes": out.stat().st_size, "network_refs": network_references(page)}  # fmt: skip


def network_references(page: str) -> list[str]:
    """src/href attributes and CSS imports that would fetch from a network."""
    found = re.findall(r"""(?:src|href)\s*=\s*["']((?:https?:)?//[^"']+)""", page)
    found += re.findall(r"@import\s+url\(\s*['\"]?(https?://[^)'\"]+)", page)
    return found
