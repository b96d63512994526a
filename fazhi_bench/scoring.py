"""From indicator credit to dimension scores, index and ranks.

Default method (DESIGN.md): indicator credit is already on an absolute 0..1 scale that
does not move when other units or years are added, so a dimension score is
``100 * weighted mean of its indicators' credit`` and the index is the weighted
arithmetic mean of the five dimension scores. Methods are registered by name so that
other normalisers and aggregators can be added as one function each.
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
DEFAULT_METHOD = {"normalisation": "absolute", "aggregation": "arithmetic"}


def dimension_scores(indicators: pd.DataFrame, weights: Weights, blocks: list[str]) -> pd.DataFrame:
    """doc_id x block: 100 * weighted mean of indicator credit (weights within the block)."""
    table = indicators[indicators["dimension"].isin(blocks)].copy()
    table["w"] = table["indicator"].map(weights.indicators).astype(float)
    table["wc"] = table["w"] * table["credit"]
    grouped = table.groupby(["doc_id", "dimension"], sort=True)[["wc", "w"]].sum()
    scores = (100 * grouped["wc"] / grouped["w"].replace(0, np.nan)).fillna(0.0)
    wide = scores.unstack("dimension").reindex(columns=blocks).fillna(0.0)
    return wide


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
    raw = dimension_scores(indicators, weights, dims + aux).reindex(docs["doc_id"]).fillna(0.0)
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
