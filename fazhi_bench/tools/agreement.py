"""How far do the tool's scores agree with expert scorers?

Critics of rule-of-law indices note that results are rarely checked against anything.
Given an expert CSV (unit, year, dimension, score) this computes, per dimension and
overall: Spearman's rho and Kendall's tau between tool and expert scores, and a
linearly weighted Cohen's kappa on scores binned into five bands (0-20, …, 80-100;
statsmodels.stats.inter_rater). The largest disagreements are listed with the tool's
evidence so a reviewer can see why the tool scored as it did.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from fazhi_bench.errors import UserError, problem
from fazhi_bench.spec.catalogue import DIMENSIONS

BINS = (0, 20, 40, 60, 80, 100.0001)
EXPERT_COLUMNS = ("unit", "year", "dimension", "score")


def read_expert_csv(path: Path) -> pd.DataFrame:
    """Expert scores; every bad row is reported at once with its line."""
    try:
        frame = pd.read_csv(path, dtype={"unit": str, "dimension": str}, encoding="utf-8-sig")
    except FileNotFoundError:
        raise UserError(problem(str(path), "expert file not found", "check the path")) from None
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise UserError(problem(str(path), f"not a readable UTF-8 CSV ({exc})")) from None
    missing = [c for c in EXPERT_COLUMNS if c not in frame.columns]
    if missing:
        raise UserError(problem(str(path), f"missing column(s) {', '.join(missing)}",
                                f"columns must be {', '.join(EXPERT_COLUMNS)}"))  # fmt: skip
    errors = []
    allowed = (*DIMENSIONS, "index")
    for i, row in frame.iterrows():
        line = f"{path}:{int(i) + 2}"
        if row["dimension"] not in allowed:
            errors.append(
                f"{line}: dimension '{row['dimension']}' is not one of {', '.join(allowed)}"
            )
        score = pd.to_numeric(row["score"], errors="coerce")
        if pd.isna(score) or not 0 <= score <= 100:
            errors.append(f"{line}: score '{row['score']}' must be a number from 0 to 100")
        if pd.isna(pd.to_numeric(row["year"], errors="coerce")):
            errors.append(f"{line}: year '{row['year']}' is not a year")
    if errors:
        raise UserError(errors)
    frame["score"] = frame["score"].astype(float)
    frame["year"] = frame["year"].astype(int)
    return frame[list(EXPERT_COLUMNS)]


def paired_scores(scores: pd.DataFrame, expert: pd.DataFrame) -> pd.DataFrame:
    """unit, year, dimension, expert, tool: one row per expert score the tool also has."""
    long = scores.melt(id_vars=["unit", "year"], value_vars=[*DIMENSIONS, "index"],
                       var_name="dimension", value_name="tool")  # fmt: skip
    long["year"] = long["year"].astype("Int64")
    expert = expert.rename(columns={"score": "expert"}).astype({"year": "Int64"})
    return expert.merge(long, on=["unit", "year", "dimension"], how="inner")


def weighted_kappa(a: pd.Series, b: pd.Series) -> float:
    """Linearly weighted Cohen's kappa on the five score bands."""
    from statsmodels.stats.inter_rater import cohens_kappa

    n = len(BINS) - 1
    ia = np.clip(np.digitize(a, BINS) - 1, 0, n - 1)
    ib = np.clip(np.digitize(b, BINS) - 1, 0, n - 1)
    table = np.zeros((n, n))
    for x, y in zip(ia, ib, strict=True):
        table[x, y] += 1
    if (table.sum(axis=0) > 0).sum() < 2 and (table.sum(axis=1) > 0).sum() < 2:
        return float("nan")  # both raters used a single band: kappa is undefined
    return float(cohens_kappa(table, wt="linear").kappa)


def _stats(pairs: pd.DataFrame) -> dict:
    if len(pairs) < 3:
        return {"n": len(pairs), "spearman": np.nan, "kendall": np.nan, "kappa_weighted": np.nan}
    return {
        "n": len(pairs),
        "spearman": round(pairs["tool"].corr(pairs["expert"], method="spearman"), 4),
        "kendall": round(pairs["tool"].corr(pairs["expert"], method="kendall"), 4),
        "kappa_weighted": round(weighted_kappa(pairs["tool"], pairs["expert"]), 4),
    }


def agreement_table(pairs: pd.DataFrame) -> pd.DataFrame:
    """Per dimension, over the five dimensions pooled ('overall'), and for the index."""
    rows = [
        {"dimension": d, **_stats(pairs[pairs["dimension"] == d])} for d in (*DIMENSIONS, "index")
    ]
    rows.append({"dimension": "overall", **_stats(pairs[pairs["dimension"].isin(DIMENSIONS)])})
    return pd.DataFrame(rows)


def disagreements(pairs: pd.DataFrame, evidence: pd.DataFrame, top: int = 10) -> pd.DataFrame:
    """The largest |tool - expert| differences, each with the tool's best evidence."""
    dims = pairs[pairs["dimension"].isin(DIMENSIONS)].copy()
    dims["difference"] = (dims["tool"] - dims["expert"]).round(2)
    dims = dims.reindex(dims["difference"].abs().sort_values(ascending=False).index).head(top)
    credited = evidence[evidence["credited"]]
    order = {"result": 0, "measure": 1, "mention": 2}
    notes = []
    for row in dims.itertuples():
        ev = credited[(credited["unit"] == row.unit) & (credited["year"] == row.year)
                      & (credited["dimension"] == row.dimension)]  # fmt: skip
        ev = ev.assign(o=ev["level"].map(order)).sort_values(["o", "start"])
        sentences = list(dict.fromkeys(ev["sentence"]))[:2]
        notes.append({"credited_sentences": ev["sentence_id"].nunique(),
                      "evidence": " | ".join(s[:120] for s in sentences)})  # fmt: skip
    return pd.concat([dims.reset_index(drop=True), pd.DataFrame(notes)], axis=1)
