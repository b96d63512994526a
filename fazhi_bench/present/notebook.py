"""Helpers that keep the notebooks thin: load a run, show a chart, show a table.

Notebooks call these and display the results; no scoring logic lives in a cell. A chart
is shown as a static SVG (rendered offline by vl-convert, so it displays in JupyterLab
with no network) together with its Vega-Lite spec under a private MIME type, which the
appendix builder turns into an interactive chart with the Vega libraries inlined.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

from fazhi_bench.model.scoring import score_table
from fazhi_bench.run.labels import EVIDENCE_LEVEL_ZH, in_chinese
from fazhi_bench.run.pipeline import RunResult, with_sentences
from fazhi_bench.spec.catalogue import DIMENSIONS
from fazhi_bench.tools.demo_panel import is_synthetic

CHART_MIME = "application/vnd.fazhi.vegalite+json"
# the package folder: notebooks/ and data/ are links there in a checkout, files in a wheel
PROJECT = Path(__file__).resolve().parents[1]


def _accepts_run(helper: Callable[..., Any]) -> Callable[..., Any]:
    """Let a helper take the ``fazhi_bench.Run`` a notebook holds (or its record)."""

    @functools.wraps(helper)
    def wrapper(run: Any, *args: Any, **kwargs: Any) -> Any:
        return helper(getattr(run, "result", run), *args, **kwargs)

    return wrapper


def project_path(relative: str) -> str:
    """A path inside the project folder (notebooks run from notebooks/ or anywhere)."""
    return str(PROJECT / relative)


def load(
    corpus: str | list[str],
    catalogue: str | None = None,
    weights: str | None = None,
    manifest: str | None = None,
    method: dict | None = None,
    reviews: str | None = None,
) -> RunResult:
    """Score a corpus exactly as ``fazhi-bench score`` would, without writing files
    (``fazhi_bench.score`` with the default cache, so the appendix's notebooks read each
    report once)."""
    from fazhi_bench.api import score

    return score(corpus, catalogue=catalogue, manifest=manifest, weights=weights,
                 method=method, reviews=reviews).result  # fmt: skip


@_accepts_run
def synthetic(result: RunResult) -> bool:
    return is_synthetic([d.file for d in result.corpus.documents])


@_accepts_run
def dimension_labels(result: RunResult) -> dict[str, str]:
    return {d: result.catalogue.label(d) for d in DIMENSIONS}


class Chart:
    """Display wrapper: static SVG for notebooks, the spec for the appendix."""

    def __init__(self, chart: Any) -> None:
        self.spec = chart.to_dict()

    def svg(self) -> str | None:
        try:
            import vl_convert as vlc

            return vlc.vegalite_to_svg(self.spec)
        except Exception:  # a missing font or renderer must not stop the notebook
            return None

    def _repr_mimebundle_(self, include=None, exclude=None) -> dict:
        title = self.spec.get("title", {})
        text = title.get("text", "chart") if isinstance(title, dict) else str(title)
        bundle: dict[str, Any] = {CHART_MIME: self.spec, "text/plain": f"[图表] {text}"}
        svg = self.svg()
        if svg:
            bundle["image/svg+xml"] = svg
        return bundle


def show(chart: Any) -> Chart:
    return Chart(chart)


@_accepts_run
def banner(result: RunResult) -> Any:
    """A red banner when the data shown is the synthetic demo panel."""
    from IPython.display import HTML

    if not synthetic(result):
        return HTML("")
    return HTML(
        '<div class="synthetic-banner" style="background:#fde8e8;border:2px solid #b00020;'
        'padding:8px;color:#b00020;font-weight:bold">合成演示数据 SYNTHETIC DEMO DATA: '
        "以下内容由样本报告按规则删减生成,仅用于演示逐年比较,不代表任何单位的真实情况。</div>"
    )


def table(frame: pd.DataFrame, result: Any = None) -> Any:
    """The frame for reading: Chinese column labels, no row numbers, two decimals."""
    result = getattr(result, "result", result)  # a fazhi_bench.Run or its record
    labels = {b.id: b.label for b in result.catalogue.blocks} if result is not None else {}
    out = in_chinese(frame, labels)
    return out.style.hide(axis="index").format(precision=2, na_rep="")


def in_rank_order(scores: pd.DataFrame, units: list[str] | None = None) -> pd.DataFrame:
    """Reports by year (latest first), then rank: the order of the evidence part."""
    rows = scores if not units else scores[scores["unit"].isin(units)]
    return rows.sort_values(["year", "rank", "unit"], ascending=[False, True, True])


def units_in_year(scores: pd.DataFrame, year: int) -> int:
    return int((scores["year"] == year).sum())


@_accepts_run
def ranking_table(result: RunResult, year: int | None = None) -> Any:
    cols = ["unit", "year", "level", "rank", "rank_in_level", "index", *DIMENSIONS]
    scores = result.scores if year is None else result.scores[result.scores["year"] == year]
    sens = result.sensitivity[["doc_id", "rank_p05", "rank_p95", "share_within_1"]]
    merged = scores.merge(sens, on="doc_id")[[*cols, "rank_p05", "rank_p95", "share_within_1"]]
    return table(merged, result)


def _pick(result: RunResult, unit: str, year: int | None) -> str:
    docs = result.scores[result.scores["unit"] == unit]
    if year is not None:
        docs = docs[docs["year"] == year]
    if docs.empty:
        raise ValueError(f"no report of {unit} {year or ''} in this run")
    return str(docs.sort_values("year").iloc[-1]["doc_id"])


def _indicators_of(result: RunResult, doc_id: str, dimension: str) -> pd.DataFrame:
    """The indicator rows of one report in one dimension."""
    table = result.indicators
    return table[(table["doc_id"] == doc_id) & (table["dimension"] == dimension)]


@_accepts_run
def evidence_for(
    result: RunResult, unit: str, dimension: str, year: int | None = None
) -> pd.DataFrame:
    """For one unit and dimension: each indicator's credit and the sentences that earned it."""
    doc_id = _pick(result, unit, year)
    ind = _indicators_of(result, doc_id, dimension)
    ev = result.evidence[(result.evidence["doc_id"] == doc_id) & result.evidence["credited"]]
    ev = with_sentences(ev, result.sentences[result.sentences["doc_id"] == doc_id])
    qty = result.quantities[result.quantities["doc_id"] == doc_id]
    rows = []
    for r in ind.sort_values("credit", ascending=False).itertuples():
        if r.credit <= 0:
            continue
        hits = ev[ev["indicator"] == r.indicator].drop_duplicates("sentence_id")
        for h in hits.itertuples():
            figures = "、".join(qty[qty["sentence_id"] == h.sentence_id]["text"])
            rows.append({"指标": r.label, "指标得分(0-1)": r.credit,
                         "证据等级": EVIDENCE_LEVEL_ZH.get(h.level, h.level), "证据句": h.sentence,
                         "数字": figures})  # fmt: skip
    return pd.DataFrame(rows, columns=["指标", "指标得分(0-1)", "证据等级", "证据句", "数字"])


@_accepts_run
def missing_indicators(
    result: RunResult, unit: str, dimension: str, year: int | None = None
) -> pd.DataFrame:
    """Indicators of the dimension with no credited evidence: what the report lacks."""
    ind = _indicators_of(result, _pick(result, unit, year), dimension)
    lacking = ind[ind["credit"] <= 0]
    basis = {i.id: i.basis for i in result.catalogue.indicators}
    return pd.DataFrame({"缺少的指标": lacking["label"], "依据": lacking["indicator"].map(basis)})


@_accepts_run
def reweight(result: RunResult, dimensions: dict[str, float]) -> Any:
    """Ranks under other dimension weights, beside the published ones (no text work).
    Dimensions not named keep the weight the run used (catalogue, equal or PCA)."""
    dim_weights = result.dim_weights.astype(float).copy()
    for dimension, weight in dimensions.items():
        dim_weights[dimension] = float(weight)
    # dimension weights leave the block scores as they are: only the index is made again
    new = score_table(
        result.documents, result.block_scores, result.catalogue, result.method, dim_weights
    )
    merged = result.scores[["doc_id", "unit", "year", "index", "rank"]].merge(
        new[["doc_id", "index", "rank"]], on="doc_id", suffixes=("", "_new")
    )
    merged["rank_change"] = merged["rank"] - merged["rank_new"]
    out = merged.drop(columns="doc_id").sort_values(["year", "rank_new"])
    out = out.rename(columns={"unit": "单位", "year": "年度", "index": "原综合指数", "rank": "原排名",
                              "index_new": "新综合指数", "rank_new": "新排名", "rank_change": "排名变化(+上升)"})  # fmt: skip
    return out.style.hide(axis="index").format(precision=2)


@_accepts_run
def stability_summary(result: RunResult) -> str:
    """One sentence for the appendix, in the manner of the JRC's audit of the WJP index."""
    sens = result.sensitivity
    share = float((sens["share_within_1"] >= 0.9).mean()) if len(sens) else 0.0
    runs = int(sens["runs"].iloc[0]) if len(sens) else 0
    return (f"在 {runs} 次随机扰动(权重、标准化和汇总方法)中,{share:.0%} 的单位至少在 90% 的模拟里"
            f"排名与公布排名相差不超过 1 位。")  # fmt: skip
