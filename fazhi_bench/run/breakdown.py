"""How each dimension score was built, in numbers a clerk can check with a calculator.

For every report and dimension: each indicator's credit and weight, their product, the
achieved figures counted, the evidence mass and the score, with the formula in words.
The sums here are the ones :func:`fazhi_bench.model.scoring.dimension_scores` makes; a
test recomputes the scores from this table.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from fazhi_bench.run.labels import CREDIT_RULE_ZH, METHOD_ZH
from fazhi_bench.run.pipeline import RunResult, with_report_fields
from fazhi_bench.spec.catalogue import DIMENSIONS


def _weighted(result: RunResult) -> pd.DataFrame:
    """The indicators of the five dimensions with their weight and credit x weight."""
    table = result.indicators[["doc_id", "dimension", "indicator", "label", "credit", "best_level"]]
    out = table[table["dimension"].isin(DIMENSIONS)]
    out["weight"] = out["indicator"].map(result.weights.indicators).astype(float)
    out["weighted"] = out["credit"] * out["weight"]
    return out


def _in_reading_order(rows: pd.DataFrame, *within: str) -> pd.DataFrame:
    """Latest year first, then by unit and dimension (then by ``within``, descending)."""
    order = rows["dimension"].map({d: i for i, d in enumerate(DIMENSIONS)}).astype(int)
    keys = rows[["year", "unit", *within]].assign(order=order)
    keys = keys[["year", "unit", "order", *within]]
    ranked = keys.sort_values(list(keys.columns), ascending=[False, True, True] + [False] * len(within),
                              kind="stable")  # fmt: skip
    return rows.loc[ranked.index]


def indicator_rows(result: RunResult) -> pd.DataFrame:
    """One row per report, dimension and indicator: credit, weight, credit x weight."""
    out = _in_reading_order(with_report_fields(_weighted(result), result.documents), "weighted")
    return out[["unit", "year", "dimension", "label", "indicator", "credit", "best_level",
                "weight", "weighted", "doc_id"]]  # fmt: skip


def dimension_rows(result: RunResult) -> pd.DataFrame:
    """One row per report and dimension: the sums, the figures and the score."""
    method = result.method
    rows = _weighted(result)[["doc_id", "dimension", "weight", "weighted"]]
    # each report's and dimension's rows summed largest first, as the indicator sheet
    # lists them (the same sums to the bit), without sorting the whole table by unit
    order = np.lexsort((-rows["weighted"].to_numpy(), rows["dimension"].cat.codes.to_numpy(),
                        rows["doc_id"].cat.codes.to_numpy()))  # fmt: skip
    grouped = (
        rows.iloc[order]
        .groupby(["doc_id", "dimension"], sort=False, observed=True)
        .agg(
            weighted=("weighted", "sum"),
            weight_sum=("weight", "sum"),
            weight_mean=("weight", "mean"),
        )
    )
    figures = result.figures.set_index(["doc_id", "dimension"])["figures"]
    grouped["figures"] = figures.reindex(grouped.index).fillna(0).astype(int)
    if method["dimension"] == "saturating":
        k = float(method["saturation_k"])
        cap = float(method["figure_cap"])
        per_figure = float(method["figure_weight"])
        grouped["figures_counted"] = grouped["figures"].clip(upper=cap)
        grouped["mass"] = grouped["weighted"] / grouped["weight_mean"].replace(0, np.nan) + (
            per_figure * grouped["figures_counted"]
        )
        grouped["raw"] = 100 * (1 - np.exp(-grouped["mass"] / k))
    else:
        grouped["figures_counted"] = 0
        grouped["mass"] = np.nan
        grouped["raw"] = 100 * grouped["weighted"] / grouped["weight_sum"].replace(0, np.nan)
    out = grouped.reset_index()
    scores = result.scores.set_index("doc_id")
    cells = scores[list(DIMENSIONS)]  # each row's own cell, found by position
    rows_at = cells.index.get_indexer(out["doc_id"].astype(str))
    cols_at = cells.columns.get_indexer(out["dimension"].astype(str))
    out["score"] = cells.to_numpy(dtype=float)[rows_at, cols_at]
    out = _in_reading_order(out.join(scores[["unit", "year"]], on="doc_id"))
    return out[["unit", "year", "dimension", "weighted", "weight_mean", "figures",
                "figures_counted", "mass", "raw", "score", "doc_id"]]  # fmt: skip


def formula_words(result: RunResult) -> list[str]:
    """The scoring model in sentences, with this run's parameters."""
    m = result.method
    cat = result.catalogue
    weights = "、".join(f"{cat.label(d)} {w:g}" for d, w in result.dim_weights.items())
    lines = [
        f"1. {CREDIT_RULE_ZH}",
        "2. 得分×权重:指标得分乘以该指标在目录(或权重文件)中的权重。",
    ]
    if m["dimension"] == "saturating":
        lines += [
            "3. 证据量 E = 本维度各指标“得分×权重”之和 ÷ 本维度指标的平均权重"
            f" + {float(m['figure_weight']):g} × 量化成果数(最多计 {float(m['figure_cap']):g} 个)。",
            f"4. 维度原始分 = 100 × (1 − e^(−E / {float(m['saturation_k']):g})):证据越多得分越高,"
            "但增幅递减,满分 100。",
        ]
    else:
        lines += ["3. 维度原始分 = 100 × 各指标“得分×权重”之和 ÷ 各指标权重之和。"]
    norm = METHOD_ZH.get(m["normalisation"], m["normalisation"])
    agg = METHOD_ZH.get(m["aggregation"], m["aggregation"])
    lines += [
        f"5. 维度得分:{norm}。",
        f"6. 综合指数 = 五个维度得分的{agg},维度权重:{weights}(按比例归一)。",
        "7. 排名在同一年度内比较,1 为最好,并列共享较好名次。",
    ]
    return lines
