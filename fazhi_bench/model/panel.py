"""The unit x year panel: year-on-year changes and trends.

Scores on the default absolute scale do not move when other units or years are added,
so a delta is the unit's own change. For a unit with three or more years the trend is
the OLS slope of its index on the year (statsmodels), with a 95 % confidence interval;
with two years only the delta is shown.
"""

from __future__ import annotations

import pandas as pd

from fazhi_bench.spec.catalogue import DIMENSIONS


def _panel(scores: pd.DataFrame) -> pd.DataFrame:
    """One row per unit and year (the first report of a unit-year when there are two)."""
    known = scores.dropna(subset=["year"]).sort_values(["unit", "year", "file"], kind="stable")
    return known.drop_duplicates(["unit", "year"], keep="first")


def changes_frame(scores: pd.DataFrame) -> pd.DataFrame | None:
    """changes.csv: each unit's change from its previous reported year, else None."""
    panel = _panel(scores).sort_values(["unit", "year"], kind="stable")
    cols = ["year", "index", "rank", *DIMENSIONS]
    prev = panel.groupby("unit", sort=False)[cols].shift(1)
    has_prev = prev["year"].notna()
    if not has_prev.any():
        return None
    cur, prev = panel[has_prev], prev[has_prev]
    out = pd.DataFrame(
        {
            "unit": cur["unit"],
            "year": cur["year"].astype(int),
            "prev_year": prev["year"].astype(int),
            "index": cur["index"],
            "prev_index": prev["index"],
            "delta_index": (cur["index"] - prev["index"]).round(2),
            "rank": cur["rank"].astype(int),
            "prev_rank": prev["rank"].astype(int),
            "delta_rank": (prev["rank"] - cur["rank"]).astype(int),
        }
    )
    for d in DIMENSIONS:
        out[f"delta_{d}"] = (cur[d] - prev[d]).round(2)
    return out.reset_index(drop=True)


def trends_frame(scores: pd.DataFrame, alpha: float = 0.05) -> pd.DataFrame | None:
    """Per unit with 3+ years: OLS slope of index on year, its CI and p-value."""
    panel = _panel(scores)
    counts = panel.groupby("unit")["year"].nunique()
    if not (counts >= 3).any():
        return None
    import statsmodels.api as sm  # imported only when a trend is needed

    panel = panel[panel["unit"].isin(counts[counts >= 3].index)]
    rows = []
    for unit, group in panel.groupby("unit", sort=True):
        x = sm.add_constant(group["year"].astype(float).to_numpy())
        fit = sm.OLS(group["index"].astype(float).to_numpy(), x).fit()
        low, high = fit.conf_int(alpha=alpha)[1]
        rows.append({"unit": unit, "first_year": int(group["year"].min()),
                     "last_year": int(group["year"].max()), "years": int(group["year"].nunique()),
                     "slope": round(float(fit.params[1]), 3), "ci_low": round(float(low), 3),
                     "ci_high": round(float(high), 3), "p_value": round(float(fit.pvalues[1]), 4)})  # fmt: skip
    return pd.DataFrame(rows)  # at least one unit has 3+ years here
