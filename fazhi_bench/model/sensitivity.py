"""How stable is each rank? Monte Carlo over weights, normalisation and aggregation.

Following the JRC's statistical audits of composite indicators: in each run the five
dimension weights are drawn from a Dirichlet distribution centred on the nominal
weights, and the normalisation and aggregation are drawn from the plausible
alternatives; the index and ranks are recomputed. Per report we give the median rank,
the 5-95 % rank interval and the share of runs within +-1 rank of the nominal rank.

``spread`` is the coefficient of variation of each weight when the nominal weights
are equal (0.25: a weight of 0.2 typically varies between 0.15 and 0.25). Seeded with
a private ``numpy.random.Generator``: the same seed gives the same table.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from fazhi_bench.model.ranks import competition_ranks
from fazhi_bench.spec.catalogue import DIMENSIONS
from fazhi_bench.spec.methods import AGGREGATORS, NORMALISERS, aggregate

DEFAULT_NORMALISATIONS: tuple[str, ...] = ("absolute", "minmax", "zscore")
DEFAULT_AGGREGATIONS: tuple[str, ...] = ("arithmetic", "geometric")


def dirichlet_weights(
    nominal: pd.Series, spread: float, runs: int, rng: np.random.Generator
) -> np.ndarray:
    """runs x dimensions weights around ``nominal`` (zero weights stay zero)."""
    share = (nominal / nominal.sum()).to_numpy(dtype=float)
    positive = share > 0
    n = int(positive.sum())
    out = np.zeros((runs, len(share)))
    if n <= 1:
        out[:, positive] = 1.0
        return out
    concentration = max((n - 1) / spread**2 - 1, 1e-6)
    out[:, positive] = rng.dirichlet(share[positive] * concentration, size=runs)
    return out


# Runs ranked at a time: small temporaries are reused from the heap, where whole-table
# ones were new memory each time (in the child process that writes the table, the page
# faults of some 200 MB of temporaries took longer than the ranking itself).
RANK_BLOCK = 32


def _ranks(index: np.ndarray, years: pd.Series) -> np.ndarray:
    """Competition ranks (1 = best) of each row of ``index`` within each year, the index
    rounded to 0.01 first (as published). Rounded in hundredths as whole numbers, which
    orders and ties exactly as the rounded index (``np.round`` divides them by 100)."""
    index = np.atleast_2d(index)
    ranks = np.empty(index.shape, dtype=np.int32)
    groups = years.fillna(-1).to_numpy()
    for group in pd.unique(groups):
        cols = np.flatnonzero(groups == group)
        for lo in range(0, len(index), RANK_BLOCK):
            keys = np.rint(-index[lo : lo + RANK_BLOCK, cols] * 100)
            ranks[lo : lo + RANK_BLOCK, cols] = competition_ranks(keys)
    return ranks


STATS_BLOCK = 4096  # reports whose simulated ranks are summarised at a time


def _rank_statistics(ranks: np.ndarray, nominal: np.ndarray) -> dict[str, np.ndarray]:
    """Per report (column of ``ranks``): median rank, 5 and 95 % ranks, share of runs
    within +-1 of the nominal rank. Summarised a block of reports at a time, so the
    copies the percentiles make stay small however many reports there are."""
    parts: dict[str, list[np.ndarray]] = {k: [] for k in STAT_COLUMNS}
    for lo in range(0, ranks.shape[1], STATS_BLOCK):
        block, hi = ranks[:, lo : lo + STATS_BLOCK], lo + STATS_BLOCK
        parts["median_rank"].append(np.median(block, axis=0))
        parts["rank_p05"].append(np.percentile(block, 5, axis=0, method="lower").astype(int))
        parts["rank_p95"].append(np.percentile(block, 95, axis=0, method="higher").astype(int))
        within = np.abs(block - nominal[None, lo:hi]) <= 1
        parts["share_within_1"].append(within.mean(axis=0).round(4))
    return {k: np.concatenate(v) if v else np.array([]) for k, v in parts.items()}


STAT_COLUMNS = ("median_rank", "rank_p05", "rank_p95", "share_within_1")


def rank_sensitivity(
    raw: pd.DataFrame,
    docs: pd.DataFrame,
    nominal_weights: pd.Series,
    method: dict,
    runs: int | None = None,
    spread: float | None = None,
    seed: int | None = None,
    normalisations: tuple[str, ...] = DEFAULT_NORMALISATIONS,
    aggregations: tuple[str, ...] = DEFAULT_AGGREGATIONS,
) -> pd.DataFrame:
    """Per report: nominal rank, median rank, 5-95 % interval, share within +-1 rank.

    ``raw`` is the doc_id x dimension table before normalisation; ``docs`` has doc_id,
    unit, year, level.
    """
    runs = int(runs or method["sensitivity_runs"])
    spread = float(spread or method["sensitivity_spread"])
    rng = np.random.default_rng(int(method["seed"] if seed is None else seed))
    dims = list(DIMENSIONS)
    frame = raw[dims].astype(float)
    years = docs.set_index("doc_id")["year"].reindex(frame.index)
    nominal_norm = NORMALISERS[method["normalisation"]](frame, years, method)
    nominal_index = aggregate(method["aggregation"], nominal_norm, nominal_weights[dims])
    nominal = _ranks(nominal_index.to_numpy(), years)[0]
    weights = dirichlet_weights(nominal_weights[dims], spread, runs, rng)
    norm_pick = rng.integers(0, len(normalisations), size=runs)
    agg_pick = rng.integers(0, len(aggregations), size=runs)
    index = np.empty((runs, len(frame)))
    for i, norm in enumerate(normalisations):
        values = NORMALISERS[norm](frame, years, method).to_numpy(dtype=float)
        for j, agg in enumerate(aggregations):
            chosen = (norm_pick == i) & (agg_pick == j)
            if chosen.any():
                index[chosen] = AGGREGATORS[agg](values, weights[chosen])
    ranks = _ranks(index, years)
    del index
    out = docs.set_index("doc_id").loc[frame.index, ["unit", "year", "level"]].copy()
    out["rank"] = nominal.astype(int)
    for name, column in _rank_statistics(ranks, nominal).items():
        out[name] = column
    out["runs"] = runs
    return out.reset_index().sort_values(["year", "rank", "unit"], kind="stable")
