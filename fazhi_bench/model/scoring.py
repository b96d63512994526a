"""From indicator credit to dimension scores, index and ranks.

Indicator credit is already on an absolute 0..1 scale. A dimension score combines its
indicators' credit by a registered rule (default ``saturating``: evidence mass with
diminishing returns, 100 * (1 - exp(-E/k)); or ``mean``: the share of the catalogue
evidenced). Dimension scores are normalised, weighted and aggregated into the index by
the named methods of :mod:`fazhi_bench.spec.methods`; ranks compare units of one year.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from fazhi_bench.model.ranks import rank_desc
from fazhi_bench.spec.catalogue import DIMENSIONS, Catalogue
from fazhi_bench.spec.methods import DIMENSION_RULES, NORMALISERS, aggregate
from fazhi_bench.spec.weights import Weights


def dimension_scores(
    indicators: pd.DataFrame,
    weights: Weights,
    blocks: list[str],
    method: dict,
    figures: pd.DataFrame,
) -> pd.DataFrame:
    """doc_id x block scores 0..100 from indicator credit (and the achieved figures of
    each block, which the saturating rule also credits), by the resolved method's
    dimension rule."""
    table = indicators[indicators["dimension"].isin(blocks)].copy()
    table["w"] = _looked_up(table["indicator"], weights.indicators)
    table["wc"] = table["w"] * table["credit"]
    grouped = table.groupby(["doc_id", "dimension"], sort=True).agg(
        wc=("wc", "sum"), w=("w", "sum"), w_mean=("w", "mean")
    )
    counts = figures.set_index(["doc_id", "dimension"])["figures"]
    grouped["figures"] = counts.reindex(grouped.index).fillna(0).astype(float)
    scores = DIMENSION_RULES[method["dimension"]](grouped, method).fillna(0.0)
    return scores.unstack("dimension").reindex(columns=blocks).fillna(0.0)


def _looked_up(keys: pd.Series, values: dict[str, float]) -> np.ndarray:
    """``keys.map(values)`` as floats, looked up once per distinct key: a corpus has
    hundreds of thousands of (report, indicator) rows but only its catalogue's keys."""
    codes, distinct = pd.factorize(keys, use_na_sentinel=False)  # a missing key: a code too
    return np.array([values.get(k, np.nan) for k in distinct], dtype=float)[codes]


def add_ranks(frame: pd.DataFrame) -> pd.DataFrame:
    """rank within year and rank_in_level within year and level, on the rounded index."""
    out = frame.copy()
    year_key = out["year"].fillna(-1)
    out["rank"] = out.groupby(year_key)["index"].transform(rank_desc).astype(int)
    out["rank_in_level"] = (
        out.groupby([year_key, out["level"]])["index"].transform(rank_desc).astype(int)
    )
    return out


def index_from_dimensions(
    raw: pd.DataFrame, years: pd.Series, dim_weights: pd.Series, method: dict
) -> tuple[pd.DataFrame, pd.Series]:
    """Normalise the doc x dimension table and aggregate it into the index."""
    normalised = NORMALISERS[method["normalisation"]](raw, years, method)
    index = aggregate(method["aggregation"], normalised, dim_weights)
    return normalised, index


def score_table(
    docs: pd.DataFrame,
    raw: pd.DataFrame,
    catalogue: Catalogue,
    method: dict,
    dim_weights: pd.Series,
) -> pd.DataFrame:
    """One row per report: dimension scores, index, rank within year and within level,
    from the doc_id x block scores of ``dimension_scores`` (dimensions and auxiliary),
    by the resolved ``method``."""
    dims = list(DIMENSIONS)
    aux = [b.id for b in catalogue.auxiliary]
    raw = raw.reindex(docs["doc_id"]).fillna(0.0)
    years = docs.set_index("doc_id")["year"]
    normalised, index = index_from_dimensions(raw[dims], years, dim_weights, method)
    out = docs.set_index("doc_id").copy()
    for d in dims:
        out[d] = normalised[d].round(2)
    out["index"] = index.round(2)
    for a in aux:
        out[a] = raw[a].round(2)
    out = add_ranks(out).reset_index()
    return out.sort_values(["year", "rank", "unit", "file"], na_position="last", kind="stable")
