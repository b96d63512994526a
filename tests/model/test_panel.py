"""Year-on-year: changes.csv, trends, and the synthetic demo panel."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from helpers import REPORTS, ROOT, run_cli, write_report

from fazhi_bench.model.panel import trends_frame
from fazhi_bench.tools.demo_panel import build_demo_panel

BASE = (REPORTS / "000_99c6fe48d1545a6e.txt").read_text("utf-8")


def test_two_year_panel_deltas_equal_score_differences(tmp_path):
    reports = tmp_path / "r"
    lines = BASE.splitlines()
    earlier = "\n".join(line for i, line in enumerate(lines) if not (5 <= i <= 12))  # a subset
    write_report(reports, "a2023.txt", earlier)
    write_report(reports, "a2024.txt", BASE)
    write_report(reports, "b2023.txt", (REPORTS / "003_76f9455ffe8be1a0.txt").read_text("utf-8"))
    write_report(reports, "b2024.txt", (REPORTS / "004_5744dd80a43df1f7.txt").read_text("utf-8"))
    manifest = tmp_path / "m.csv"
    manifest.write_text(
        "file,unit,year\na2023.txt,甲街道,2023\na2024.txt,甲街道,2024\n"
        "b2023.txt,乙街道,2023\nb2024.txt,乙街道,2024\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    proc = run_cli("score", str(reports), "--manifest", str(manifest), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    scores = pd.read_csv(out / "scores.csv").set_index(["unit", "year"])
    changes = pd.read_csv(out / "changes.csv")
    assert set(changes["unit"]) == {"甲街道", "乙街道"}
    for row in changes.itertuples():
        now, before = scores.loc[(row.unit, row.year)], scores.loc[(row.unit, row.prev_year)]
        assert row.delta_index == pytest.approx(now["index"] - before["index"], abs=0.011)
        assert row.delta_rank == before["rank"] - now["rank"]
        for d in ["decision", "enforcement", "openness", "disputes", "publicity"]:
            assert getattr(row, f"delta_{d}") == pytest.approx(now[d] - before[d], abs=0.011)
    subset = changes[changes["unit"] == "甲街道"].iloc[0]
    assert subset["delta_index"] >= 0
    assert all(
        subset[f"delta_{d}"] >= 0
        for d in ["decision", "enforcement", "openness", "disputes", "publicity"]
    )


def test_trend_known_answer():
    scores = pd.DataFrame({"unit": ["甲"] * 3 + ["乙"] * 2, "year": [2021, 2022, 2023, 2022, 2023],
                           "index": [40.0, 45.0, 50.0, 10.0, 20.0], "file": list("abcde")})  # fmt: skip
    trends = trends_frame(scores)
    assert list(trends["unit"]) == ["甲"]  # two years give no trend
    row = trends.iloc[0]
    assert row["slope"] == pytest.approx(5.0)
    assert row["ci_low"] == pytest.approx(5.0) and row["ci_high"] == pytest.approx(5.0)


def test_trend_interval_from_ols():
    scores = pd.DataFrame({"unit": ["甲"] * 4, "year": [2020, 2021, 2022, 2023],
                           "index": [40.0, 44.0, 50.0, 52.0], "file": list("abcd")})  # fmt: skip
    row = trends_frame(scores).iloc[0]
    # slope = cov(x, y) / var(x) = 4.2; residuals 0.2, -0.4, 1.4, -1.2 ... by hand: see below
    assert row["slope"] == pytest.approx(4.2)
    x = [0, 1, 2, 3]
    y = [40.0, 44.0, 50.0, 52.0]
    fitted = [40.2 + 4.2 * xi for xi in x]
    sse = sum((a - b) ** 2 for a, b in zip(y, fitted, strict=True))
    se = math.sqrt(sse / 2 / 5.0)  # sum((x - mean)^2) = 5
    t = 4.302652729911275  # t(0.975, df=2)
    assert row["ci_low"] == pytest.approx(4.2 - t * se, abs=1e-3)
    assert row["ci_high"] == pytest.approx(4.2 + t * se, abs=1e-3)


def test_demo_panel_is_reproducible_and_labelled(tmp_path):
    build_demo_panel(REPORTS, tmp_path)
    committed = ROOT / "data" / "demo_panel"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in committed.iterdir())
    for path in tmp_path.iterdir():
        assert path.read_bytes() == (committed / path.name).read_bytes(), path.name
    manifest = pd.read_csv(committed / "manifest.csv")
    assert manifest["synthetic"].all() and manifest["file"].str.startswith("synthetic_").all()
    assert manifest["source"].str.contains("synthetic").all()


def test_demo_panel_never_falls(tmp_path):
    out = tmp_path / "out"
    panel = ROOT / "data" / "demo_panel"
    proc = run_cli(
        "score", str(panel), "--manifest", str(panel / "manifest.csv"), "--out", str(out)
    )
    assert proc.returncode == 0, proc.stderr
    changes = pd.read_csv(out / "changes.csv")
    assert (changes["delta_index"] >= 0).all()
    assert (pd.read_csv(out / "trends.csv")["slope"] >= 0).all()
