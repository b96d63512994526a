"""What reviewers teach the catalogue: where the machine is most often overruled.

From a reviewed run's applied reviews: per indicator, how many sentences reviewers
rejected (credit the patterns or rules gave wrongly), how many they credited (credit
the patterns missed) and how often they set the indicator up or down; with the
sentences, so a catalogue editor can mend the patterns where they fail most.
"""

from __future__ import annotations

import pandas as pd

from fazhi_bench.spec.catalogue import Catalogue


def overrules(applied: pd.DataFrame, catalogue: Catalogue) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(per indicator counts, most overruled first; the sentences behind them)."""
    labels = {i.id: i.label for i in catalogue.indicators}
    dims = {i.id: i.dimension for i in catalogue.indicators}
    rows = applied.assign(
        rejected=applied["action"] == "reject",
        credited=applied["action"] == "credit",
        set_lower=(applied["action"] == "set") & (applied["credit_after"] < applied["credit_before"]),
        set_higher=(applied["action"] == "set") & (applied["credit_after"] > applied["credit_before"]),
        change=applied["credit_after"] - applied["credit_before"],
    )  # fmt: skip
    counts = rows.groupby("indicator", sort=False).agg(
        rejected=("rejected", "sum"), credited=("credited", "sum"),
        set_lower=("set_lower", "sum"), set_higher=("set_higher", "sum"),
        reports=("doc_id", "nunique"), credit_change=("change", "sum"),
    )  # fmt: skip
    counts["overruled"] = counts[["rejected", "credited", "set_lower", "set_higher"]].sum(axis=1)
    counts = counts.reset_index()
    counts.insert(0, "dimension", counts["indicator"].map(dims))
    counts.insert(2, "label", counts["indicator"].map(labels))
    counts = counts.sort_values(["overruled", "indicator"], ascending=[False, True])
    sentences = applied[["indicator", "action", "unit", "year", "sentence", "level", "credit",
                         "reviewer", "note", "row"]].copy()  # fmt: skip
    sentences.insert(1, "label", sentences["indicator"].map(labels))
    order = {k: n for n, k in enumerate(counts["indicator"])}
    sentences = sentences.sort_values(["indicator", "row"], key=lambda c: (
        c.map(order) if c.name == "indicator" else c))  # fmt: skip
    return counts.reset_index(drop=True), sentences.reset_index(drop=True)
