"""Altair charts for the assessment appendix, labelled in Chinese, readable at A4 width.

Every chart is a plain Vega-Lite spec built from the run's tables; no scoring happens
here. ``weights_chart`` carries the five dimension weights as Vega-Lite parameters
bound to sliders, so a reader of the appendix can re-weight and re-rank in the browser
with no Python. Charts that show the synthetic demo panel say so in their title.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from fazhi_bench.read.metadata import LEVEL_ZH
from fazhi_bench.spec.catalogue import DIMENSIONS

A4_WIDTH = 560
FONT = "Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, PingFang SC, SimHei, sans-serif"
SYNTHETIC_TITLE = "【合成演示数据,非真实报告】"


def _title(text: str, synthetic: bool) -> alt.TitleParams:
    return alt.TitleParams(SYNTHETIC_TITLE + text if synthetic else text, anchor="start",
                           color="#b00020" if synthetic else "black")  # fmt: skip


def _config(chart: alt.TopLevelMixin) -> alt.TopLevelMixin:
    return chart.configure(font=FONT).configure_axis(labelFontSize=11, titleFontSize=12)


def _label(frame: pd.DataFrame) -> pd.Series:
    return frame["unit"] + " (" + frame["year"].astype("Int64").astype(str) + ")"


def ranking_chart(
    scores: pd.DataFrame, sensitivity: pd.DataFrame | None = None, synthetic: bool = False
) -> alt.TopLevelMixin:
    """Index bars by rank, and beside them each rank's 5-95 % interval from the Monte Carlo."""
    data = scores[["doc_id", "unit", "year", "level", "index", "rank", "rank_in_level"]].copy()
    data["label"] = _label(data)
    data["level_zh"] = data["level"].map(LEVEL_ZH).fillna(data["level"])
    order = data.sort_values(["year", "rank"], ascending=[False, True])["label"].tolist()
    bars = (
        alt.Chart(data)
        .mark_bar(color="#3b6ea5")
        .encode(
            y=alt.Y("label:N", sort=order, title=None),
            x=alt.X("index:Q", title="综合指数 (0-100)", scale=alt.Scale(domain=[0, 100])),
            tooltip=[
                alt.Tooltip("unit:N", title="单位"),
                alt.Tooltip("year:O", title="年度"),
                alt.Tooltip("level_zh:N", title="层级"),
                alt.Tooltip("index:Q", title="综合指数"),
                alt.Tooltip("rank:Q", title="排名"),
                alt.Tooltip("rank_in_level:Q", title="同层级排名"),
            ],
        )  # fmt: skip
        .properties(width=A4_WIDTH * 0.55, height=max(24 * len(data), 60))
    )
    text = bars.mark_text(align="left", dx=3, fontSize=10).encode(
        text=alt.Text("index:Q", format=".1f")
    )
    chart: alt.TopLevelMixin = bars + text
    if sensitivity is not None and len(sensitivity):
        sens = sensitivity.merge(data[["doc_id", "label"]], on="doc_id")
        base = alt.Chart(sens).encode(y=alt.Y("label:N", sort=order, title=None, axis=None))
        x = alt.X(
            "rank_p05:Q",
            title="排名区间 (5%-95%)",
            scale=alt.Scale(reverse=True, zero=False, nice=False),
        )
        interval = base.mark_rule(strokeWidth=3, color="#999").encode(x=x, x2="rank_p95:Q")
        median = base.mark_point(filled=True, color="#b5651d", size=50).encode(
            x=alt.X("median_rank:Q"), tooltip=[alt.Tooltip("median_rank:Q", title="中位排名"),
                                                alt.Tooltip("share_within_1:Q", title="±1名内比例", format=".0%")])  # fmt: skip
        nominal = base.mark_tick(color="black", thickness=2).encode(x=alt.X("rank:Q"))
        ranks = (interval + median + nominal).properties(
            width=A4_WIDTH * 0.3, height=max(24 * len(data), 60)
        )
        chart = alt.hconcat(chart, ranks, spacing=10)
    return _config(chart.properties(title=_title("综合指数与排名区间", synthetic)))


def heatmap_chart(
    scores: pd.DataFrame, labels: dict[str, str], synthetic: bool = False
) -> alt.TopLevelMixin:
    """Unit x dimension scores as colours, with the score written in each cell."""
    data = scores.copy()
    data["label"] = _label(data)
    long = data.melt(id_vars=["label", "rank", "year"], value_vars=list(DIMENSIONS),
                     var_name="dimension", value_name="score")  # fmt: skip
    long["维度"] = long["dimension"].map(labels)
    order = data.sort_values(["year", "rank"], ascending=[False, True])["label"].tolist()
    base = alt.Chart(long).encode(
        x=alt.X(
            "维度:N", sort=[labels[d] for d in DIMENSIONS], title=None, axis=alt.Axis(labelAngle=0)
        ),
        y=alt.Y("label:N", sort=order, title=None),
    )
    cells = base.mark_rect().encode(
        color=alt.Color("score:Q", title="得分", scale=alt.Scale(domain=[0, 100], scheme="blues")),
        tooltip=[
            alt.Tooltip("label:N", title="单位"),
            alt.Tooltip("维度:N"),
            alt.Tooltip("score:Q", title="得分"),
        ],
    )
    text = base.mark_text(fontSize=10).encode(
        text=alt.Text("score:Q", format=".0f"),
        color=alt.condition("datum.score > 60", alt.value("white"), alt.value("black")),
    )
    chart = (cells + text).properties(width=A4_WIDTH * 0.8, height=max(26 * len(data), 60))
    return _config(chart.properties(title=_title("各维度得分", synthetic)))


def yoy_chart(scores: pd.DataFrame, synthetic: bool = False) -> alt.TopLevelMixin:
    """Index by year for each unit with more than one year (a slope chart for two years)."""
    years = scores.dropna(subset=["year"]).groupby("unit")["year"].nunique()
    data = scores[scores["unit"].isin(years[years > 1].index)].copy()
    data["year"] = data["year"].astype(int)
    base = alt.Chart(data).encode(
        x=alt.X("year:O", title="年度", axis=alt.Axis(labelAngle=0)),
        y=alt.Y("index:Q", title="综合指数", scale=alt.Scale(domain=[0, 100])),
        color=alt.Color("unit:N", title="单位"),
        tooltip=[alt.Tooltip("unit:N", title="单位"), alt.Tooltip("year:O", title="年度"),
                 alt.Tooltip("index:Q", title="综合指数"), alt.Tooltip("rank:Q", title="排名")],
    )  # fmt: skip
    chart = base.mark_line(point=True) + base.mark_text(dx=12, fontSize=9).encode(text="index:Q")
    chart = chart.properties(width=A4_WIDTH * 0.8, height=300)
    return _config(chart.properties(title=_title("综合指数逐年变化", synthetic)))


def sensitivity_chart(sensitivity: pd.DataFrame, synthetic: bool = False) -> alt.TopLevelMixin:
    """Each report's rank interval over the Monte Carlo runs (published rank as a tick)."""
    data = sensitivity.copy()
    data["label"] = _label(data)
    order = data.sort_values(["year", "rank"], ascending=[False, True])["label"].tolist()
    base = alt.Chart(data).encode(y=alt.Y("label:N", sort=order, title=None))
    x = alt.X(
        "rank_p05:Q", title="排名 (1 = 最好)", scale=alt.Scale(reverse=True, zero=False, nice=False)
    )
    rule = base.mark_rule(strokeWidth=4, color="#9bb7d4").encode(x=x, x2="rank_p95:Q")
    median = base.mark_point(filled=True, size=60, color="#b5651d").encode(
        x="median_rank:Q",
        tooltip=[alt.Tooltip("label:N", title="单位"), alt.Tooltip("rank:Q", title="公布排名"),
                 alt.Tooltip("median_rank:Q", title="中位排名"),
                 alt.Tooltip("rank_p05:Q", title="5%"), alt.Tooltip("rank_p95:Q", title="95%"),
                 alt.Tooltip("share_within_1:Q", title="±1名内比例", format=".0%")],
    )  # fmt: skip
    tick = base.mark_tick(thickness=2, color="black").encode(x="rank:Q")
    chart = (rule + median + tick).properties(width=A4_WIDTH * 0.8, height=max(24 * len(data), 60))
    return _config(
        chart.properties(title=_title("排名稳定性 (权重、标准化与汇总方法随机扰动)", synthetic))
    )


def weights_chart(
    scores: pd.DataFrame, labels: dict[str, str], weights: dict[str, float], synthetic: bool = False
) -> alt.TopLevelMixin:
    """Index and rank recomputed in the browser from five weight sliders (no kernel).

    Uses the arithmetic mean of the dimension scores as published; the sliders start at
    the run's dimension weights.
    """
    data = scores[["unit", "year", *DIMENSIONS]].copy()
    data["label"] = _label(data)
    params = {
        d: alt.param(name=f"w_{d}", value=float(weights.get(d, 1.0)),
                     bind=alt.binding_range(min=0, max=5, step=0.1, name=f"{labels[d]} 权重 "))
        for d in DIMENSIONS
    }  # fmt: skip
    numerator = " + ".join(f"datum.{d} * w_{d}" for d in DIMENSIONS)
    denominator = " + ".join(f"w_{d}" for d in DIMENSIONS)
    chart = (
        alt.Chart(data)
        .add_params(*params.values())
        .transform_calculate(index=f"({denominator}) > 0 ? ({numerator}) / ({denominator}) : 0")
        .transform_window(
            rank="rank()", sort=[alt.SortField("index", order="descending")], groupby=["year"]
        )
        .transform_calculate(shown="datum.label + '  第' + datum.rank + '名'")
        .mark_bar(color="#5b8c5a")
        .encode(
            y=alt.Y("shown:N", sort="-x", title=None),
            x=alt.X(
                "index:Q", title="按所选权重重新计算的综合指数", scale=alt.Scale(domain=[0, 100])
            ),
            tooltip=[
                alt.Tooltip("label:N", title="单位"),
                alt.Tooltip("index:Q", title="综合指数", format=".1f"),
                alt.Tooltip("rank:Q", title="排名"),
            ],
        )  # fmt: skip
        .properties(width=A4_WIDTH * 0.8, height=max(24 * len(data), 60))
    )
    return _config(chart.properties(title=_title("拖动滑块调整维度权重,排名即时更新", synthetic)))
