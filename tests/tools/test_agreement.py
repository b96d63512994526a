"""Agreement with expert scores: known answers and the command."""

from __future__ import annotations

import pandas as pd
import pytest
from helpers import FIXTURES, REPORTS, run_cli

from fazhi_bench.tools.agreement import agreement_table, paired_scores, weighted_kappa


def test_perfect_and_reversed_agreement():
    scores = pd.DataFrame({"unit": list("abcde"), "year": [2024] * 5,
                           **{d: [10.0, 30.0, 50.0, 70.0, 90.0] for d in
                              ["decision", "enforcement", "openness", "disputes", "publicity", "index"]}})  # fmt: skip
    expert = pd.DataFrame({"unit": list("abcde"), "year": [2024] * 5, "dimension": "decision",
                           "score": [12.0, 33.0, 55.0, 71.0, 95.0]})  # fmt: skip
    table = agreement_table(paired_scores(scores, expert)).set_index("dimension")
    assert table.loc["decision", "spearman"] == 1.0 and table.loc["decision", "kendall"] == 1.0
    assert table.loc["decision", "kappa_weighted"] == pytest.approx(1.0)
    expert["score"] = expert["score"].iloc[::-1].to_numpy()
    table = agreement_table(paired_scores(scores, expert)).set_index("dimension")
    assert table.loc["decision", "spearman"] == -1.0


def test_weighted_kappa_known_answer():
    # bands: a = [0, 1, 2, 3], b = [0, 1, 2, 2]; linear weights over 5 bands
    a = pd.Series([10.0, 30.0, 50.0, 70.0])
    b = pd.Series([10.0, 30.0, 50.0, 50.0])
    # observed disagreement weight: one pair off by 1 of max 4 -> 0.25/4 mean = 0.0625
    # expected: marginals a = [1,1,1,1,0]/4, b = [1,1,2,0,0]/4
    pa = [0.25, 0.25, 0.25, 0.25, 0]
    pb = [0.25, 0.25, 0.5, 0, 0]
    expected = sum(pa[i] * pb[j] * abs(i - j) / 4 for i in range(5) for j in range(5))
    assert weighted_kappa(a, b) == pytest.approx(1 - 0.0625 / expected)


def test_agree_command(tmp_path):
    coding = pd.read_csv(FIXTURES / "independent_coding.csv")
    years = {"塘沽街道": 2024, "大港街": 2020, "高新区": 2024, "中河街道": 2023, "金口河区": 2024}
    rows = [(r.unit, years[r.unit], d, getattr(r, d)) for r in coding.itertuples()
            for d in ["decision", "enforcement", "openness", "disputes", "publicity", "index"]]  # fmt: skip
    expert = tmp_path / "expert.csv"
    pd.DataFrame(rows, columns=["unit", "year", "dimension", "score"]).to_csv(expert, index=False)
    out = tmp_path / "out"
    proc = run_cli("agree", str(expert), str(REPORTS), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    table = pd.read_csv(out / "agreement.csv").set_index("dimension")
    assert table.loc["overall", "n"] == 25
    worst = pd.read_csv(out / "disagreements.csv")
    assert len(worst) == 10 and worst["evidence"].notna().any()
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "unit,year,dimension,score\n甲,2024,decison,50\n乙,20x4,decision,150\n", encoding="utf-8"
    )
    proc = run_cli("agree", str(bad), str(REPORTS), "--out", str(out))
    assert proc.returncode == 2
    assert "bad.csv:2" in proc.stderr and "decison" in proc.stderr and "bad.csv:3" in proc.stderr
