"""Scoring methods as data: small pure functions registered by name.

The OECD/JRC handbook on composite indicators asks that every choice (normalisation,
weighting, aggregation) be explicit and testable for its effect on ranks. Each choice
here is a named function in a registry with one signature; a run's method is a plain
dict recorded in run.json, so a run can be rebuilt exactly and perturbed for the
sensitivity analysis. Adding a method means adding one function.

Normalisers map the unit x dimension table (0..100) to a comparable scale:

- ``absolute`` (default): identity. Indicator credit is already absolute, so scores
  do not move when other units or years are added; year-on-year change is meaningful.
- ``minmax``: 0..100 within each year (best unit 100, worst 0; 50 when all tie).
- ``zscore``: 50 + 10 z within each year (a T-score; relative to that year's mean).
- ``rank``: percentile rank within each year, 0..100 (ties share the average).
- ``pooled``: min-max over all years at once: comparable across years, but moves when
  units are added.
- ``goalposts``: (x - low) / (high - low) * 100, clipped to 0..100, with fixed goalposts
  from the method (``goalposts: [low, high]``); absolute like the default.

Relative methods (minmax, zscore, rank, pooled) say how a unit compares with the
others in the corpus, not how much it achieved; year-on-year deltas under them mix a
unit's own change with everyone else's.

Aggregators combine the five dimension scores with dimension weights:

- ``arithmetic`` (default): weighted mean; a weak dimension is fully compensated by
  strong ones.
- ``geometric``: weighted geometric mean of max(score, 1); rewards balanced reports, a
  weak dimension drags the index down more.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from fazhi_bench.errors import UserError

Normaliser = Callable[[pd.DataFrame, pd.Series, dict], pd.DataFrame]
Aggregator = Callable[[np.ndarray, np.ndarray], np.ndarray]
DimensionRule = Callable[[pd.DataFrame, dict], pd.Series]


# ---- dimension rules: indicator credit -> dimension score ---------------------------


def dimension_mean(grouped: pd.DataFrame, params: dict) -> pd.Series:
    """100 * weighted mean of indicator credit: the share of the catalogue evidenced."""
    return 100 * grouped["wc"] / grouped["w"].replace(0, np.nan)


def dimension_saturating(grouped: pd.DataFrame, params: dict) -> pd.Series:
    """100 * (1 - exp(-E/k)), E = credit summed in units of the block's mean weight, plus
    ``figure_weight`` for each distinct achieved figure of the block, at most
    ``figure_cap`` of them: an indicator's credit stops at 1, however many results it
    reports, while evaluators value a dimension documented by many figures."""
    k = float(params.get("saturation_k", 5.0))
    mass = grouped["wc"] / grouped["w_mean"].replace(0, np.nan)
    cap = float(params.get("figure_cap", 10))
    mass = mass + float(params.get("figure_weight", 0.0)) * grouped["figures"].clip(upper=cap)
    return 100 * (1 - np.exp(-mass / k))


# ---- normalisers --------------------------------------------------------------------


def _by_year(scores: pd.DataFrame, years: pd.Series, fn: Callable[[pd.Series], pd.Series]):
    key = years.reindex(scores.index).fillna(-1)
    return scores.groupby(key).transform(fn)


def normalise_absolute(scores: pd.DataFrame, years: pd.Series, params: dict) -> pd.DataFrame:
    """Identity on the absolute 0..100 scale: stable across units and years."""
    return scores.copy()


def _minmax(col: pd.Series) -> pd.Series:
    low, high = col.min(), col.max()
    if high - low < 1e-12:
        return pd.Series(50.0, index=col.index)
    return 100 * (col - low) / (high - low)


def normalise_minmax(scores: pd.DataFrame, years: pd.Series, params: dict) -> pd.DataFrame:
    """0..100 within each year: best 100, worst 0 (50 when all units tie)."""
    return _by_year(scores, years, _minmax)


def _tscore(col: pd.Series) -> pd.Series:
    sd = col.std(ddof=0)
    if len(col) < 2 or sd < 1e-12:
        return pd.Series(50.0, index=col.index)
    return 50 + 10 * (col - col.mean()) / sd


def normalise_zscore(scores: pd.DataFrame, years: pd.Series, params: dict) -> pd.DataFrame:
    """50 + 10 z within each year (population standard deviation)."""
    return _by_year(scores, years, _tscore)


def _percentile(col: pd.Series) -> pd.Series:
    if len(col) < 2:
        return pd.Series(50.0, index=col.index)
    return 100 * (col.rank(method="average") - 1) / (len(col) - 1)


def normalise_rank(scores: pd.DataFrame, years: pd.Series, params: dict) -> pd.DataFrame:
    """Percentile rank within each year, 0..100; ties share the average rank."""
    return _by_year(scores, years, _percentile)


def normalise_pooled(scores: pd.DataFrame, years: pd.Series, params: dict) -> pd.DataFrame:
    """Min-max over all units and years at once."""
    return scores.apply(_minmax)


def normalise_goalposts(scores: pd.DataFrame, years: pd.Series, params: dict) -> pd.DataFrame:
    """Fixed goalposts: (x - low) / (high - low) * 100, clipped to 0..100."""
    low, high = (float(v) for v in params.get("goalposts", (0.0, 100.0)))
    return ((scores - low) / (high - low) * 100).clip(0, 100)


# ---- aggregators --------------------------------------------------------------------


def aggregate_arithmetic(scores: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Weighted arithmetic mean of dimension scores (full compensation).

    scores: reports x dimensions; weights: runs x dimensions -> runs x reports.
    """
    w = np.atleast_2d(weights)
    return (w @ scores.T) / w.sum(axis=1, keepdims=True)


def aggregate_geometric(scores: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Weighted geometric mean of max(score, 1) (partial compensation)."""
    w = np.atleast_2d(weights)
    return np.exp((w @ np.log(np.clip(scores, 1.0, None)).T) / w.sum(axis=1, keepdims=True))


def aggregate(name: str, scores: pd.DataFrame, weights: pd.Series) -> pd.Series:
    """The index of each report by the named aggregator, with one set of weights."""
    w = weights.reindex(scores.columns).fillna(0.0).to_numpy(dtype=float)
    values = AGGREGATORS[name](scores.to_numpy(dtype=float), w)[0]
    return pd.Series(values, index=scores.index)


NORMALISERS: dict[str, Normaliser] = {
    "absolute": normalise_absolute,
    "minmax": normalise_minmax,
    "zscore": normalise_zscore,
    "rank": normalise_rank,
    "pooled": normalise_pooled,
    "goalposts": normalise_goalposts,
}
AGGREGATORS: dict[str, Aggregator] = {
    "arithmetic": aggregate_arithmetic,
    "geometric": aggregate_geometric,
}
DIMENSION_RULES: dict[str, DimensionRule] = {
    "saturating": dimension_saturating,
    "mean": dimension_mean,
}
WEIGHTINGS: tuple[str, ...] = ("catalogue", "equal", "pca")

DEFAULT_METHOD: dict[str, Any] = {
    "dimension": "saturating",
    "saturation_k": 5.0,
    "figure_weight": 0.2,
    "figure_cap": 10,
    "normalisation": "absolute",
    "goalposts": [0.0, 100.0],
    "weighting": "catalogue",
    "aggregation": "arithmetic",
    "sensitivity_runs": 500,
    "sensitivity_spread": 0.25,
    "seed": 20240331,
}
_CHOICES: dict[str, tuple[str, ...]] = {
    "dimension": tuple(DIMENSION_RULES),
    "normalisation": tuple(NORMALISERS),
    "weighting": WEIGHTINGS,
    "aggregation": tuple(AGGREGATORS),
}


# key: (lowest, highest, whole number, lowest excluded); every number checked at the
# edge, so NaN, infinities and absurd sizes never reach the arithmetic
_RANGES: dict[str, tuple[float, float, bool, bool]] = {
    "saturation_k": (0, 1e6, False, True),
    "figure_weight": (0, 100, False, False),
    "figure_cap": (0, 1e6, False, False),
    "sensitivity_runs": (1, 100_000, True, False),
    "sensitivity_spread": (0, 100, False, True),
    "seed": (0, 2**32 - 1, True, False),
}


def resolve_method(*layers: dict | None, where: str = "scoring") -> dict[str, Any]:
    """Defaults, then each layer (catalogue ``scoring:``, command line) on top; checked."""
    method = dict(DEFAULT_METHOD)
    for layer in layers:
        method.update({k: v for k, v in (layer or {}).items() if v is not None})
    errors: list[str] = []
    for key in method:
        if key not in DEFAULT_METHOD:
            guess = difflib.get_close_matches(key, list(DEFAULT_METHOD), n=1)
            hint = f" (did you mean '{guess[0]}'?)" if guess else ""
            errors.append(f"{where}: unknown method key '{key}'{hint}")
    for key, choices in _CHOICES.items():
        if method[key] not in choices:
            errors.append(f"{where}: {key} '{method[key]}' is not one of {', '.join(choices)}")
    for key, (low, high, whole, open_low) in _RANGES.items():
        value = method[key]
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        ok = ok and (value > low if open_low else value >= low) and value <= high  # NaN: False
        ok = ok and (not whole or float(value).is_integer())
        if not ok:
            kind = "a whole number" if whole else "a number"
            lower = f"> {low:,g}" if open_low else f">= {low:,g}"
            errors.append(f"{where}: {key} must be {kind} {lower} and <= {high:,.0f}, "
                          f"got {value!r}")  # fmt: skip
    posts = method["goalposts"]
    if not (isinstance(posts, list | tuple) and len(posts) == 2
            and all(isinstance(v, int | float) and abs(v) <= 1e9 for v in posts)
            and posts[1] > posts[0]):  # fmt: skip
        errors.append(f"{where}: goalposts must be [low, high], finite, with high > low")
    if errors:
        raise UserError(errors)
    return method
