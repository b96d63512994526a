"""From indicator credit to dimension scores, index and ranks.

Indicator credit is already on an absolute 0..1 scale that does not move when other
units or years are added. A dimension score combines its indicators' credit by one of
two registered rules:

- ``saturating`` (default): evidence mass with diminishing returns,
  ``100 * (1 - exp(-E / k))`` where ``E = sum(w_i / mean(w) * credit_i)``: k fully
  evidenced indicators of average weight give 63, 2k give 86. A focused report with
  strong evidence on a few items is not buried under the items it did not mention,
  and no amount of evidence exceeds 100.
- ``mean``: ``100 * weighted mean of credit`` over all the dimension's indicators, i.e.
  the share of the catalogue covered.

The index is the weighted arithmetic mean of the five dimension scores. Methods are
registered by name so that others can be added as one function each.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from .catalogue import DIMENSIONS, Catalogue
from .weights import Weights

Normaliser = Callable[[pd.DataFrame], pd.DataFrame]
Aggregator = Callable[[pd.DataFrame, pd.Series], pd.Series]


def normalise_absolute(scores: pd.DataFrame) -> pd.DataFrame:
    """Identity on the absolute 0..100 scale: stable across units and years."""
    return scores


def aggregate_arithmetic(scores: pd.DataFrame, weights: pd.Series) -> pd.Series:
    """Weighted arithmetic mean of dimension scores (full compensation)."""
    w = weights.reindex(scores.columns).fillna(0.0)
    return scores.mul(w, axis=1).sum(axis=1) / w.sum()


NORMALISERS: dict[str, Normaliser] = {"absolute": normalise_absolute}
AGGREGATORS: dict[str, Aggregator] = {"arithmetic": aggregate_arithmetic}
DEFAULT_METHOD: dict = {
    "dimension": "saturating",
    "saturation_k": 5.0,
    "normalisation": "absolute",
    "aggregation": "arithmetic",
}


DimensionRule = Callable[[pd.DataFrame, dict], pd.Series]


def dimension_mean(grouped: pd.DataFrame, params: dict) -> pd.Series:
    """100 * weighted mean of indicator credit: the share of the catalogue evidenced."""
    return 100 * grouped["wc"] / grouped["w"].replace(0, np.nan)


def dimension_saturating(grouped: pd.DataFrame, params: dict) -> pd.Series:
    """100 * (1 - exp(-E/k)), E = credit summed in units of the block's mean weight."""
    k = float(params.get("saturation_k", 5.0))
    mass = grouped["wc"] / grouped["w_mean"].replace(0, np.nan)
    return 100 * (1 - np.exp(-mass / k))


DIMENSION_RULES: dict[str, DimensionRule] = {
    "saturating": dimension_saturating,
    "mean": dimension_mean,
}


def dimension_scores(
    indicators: pd.DataFrame, weights: Weights, blocks: list[str], method: dict | None = None
) -> pd.DataFrame:
    """doc_id x block scores 0..100 from indicator credit, by the method's dimension rule."""
    method = {**DEFAULT_METHOD, **(method or {})}
    table = indicators[indicators["dimension"].isin(blocks)].copy()
    table["w"] = table["indicator"].map(weights.indicators).astype(float)
    table["wc"] = table["w"] * table["credit"]
    grouped = table.groupby(["doc_id", "dimension"], sort=True).agg(
        wc=("wc", "sum"), w=("w", "sum"), w_mean=("w", "mean")
    )
    scores = DIMENSION_RULES[method["dimension"]](grouped, method).fillna(0.0)
    return scores.unstack("dimension").reindex(columns=blocks).fillna(0.0)


def rank_desc(values: pd.Series) -> pd.Series:
    """Competition ranks, 1 = best; ties share the better rank and the next rank skips."""
    return values.rank(method="min", ascending=False).astype(int)


def score_table(
    docs: pd.DataFrame,
    indicators: pd.DataFrame,
    weights: Weights,
    catalogue: Catalogue,
    method: dict[str, str] | None = None,
) -> pd.DataFrame:
    """One row per report: dimension scores, index, rank within year and within level."""
    method = {**DEFAULT_METHOD, **(method or {})}
    dims = list(DIMENSIONS)
    aux = [b.id for b in catalogue.auxiliary]
    raw = dimension_scores(indicators, weights, dims + aux, method)
    raw = raw.reindex(docs["doc_id"]).fillna(0.0)
    normalised = NORMALISERS[method["normalisation"]](raw[dims])
    dim_weights = pd.Series({d: weights.dimensions[d] for d in dims})
    index = AGGREGATORS[method["aggregation"]](normalised, dim_weights)
    out = docs.set_index("doc_id").copy()
    for d in dims:
        out[d] = normalised[d].round(2)
    out["index"] = index.round(2)
    for a in aux:
        out[a] = raw[a].round(2)
    year_key = out["year"].fillna(-1)
    out["rank"] = out.groupby(year_key)["index"].transform(rank_desc).astype(int)
    out["rank_in_level"] = (
        out.groupby([year_key, out["level"]])["index"].transform(rank_desc).astype(int)
    )
    out = out.reset_index()
    return out.sort_values(["year", "rank", "unit", "file"], na_position="last", kind="stable")
