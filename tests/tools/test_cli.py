"""The command line through a subprocess, as users and scripts call it."""

from __future__ import annotations

import json
import shutil

import pytest
from helpers import MINI, REPORTS, run_cli, write_report

SAMPLE_UNITS = {
    "塘沽街道": 2024,
    "大港街": 2020,
    "高新区": 2024,
    "中河街道": 2023,
    "金口河区": 2024,
}
OUTPUTS = [
    "scores.csv",
    "indicators.csv",
    "evidence.csv",
    "quantities.csv",
    "scores.xlsx",
    "evidence.xlsx",
    "sensitivity.csv",
    "run.json",
]


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    proc = run_cli("score", str(REPORTS), "--out", str(out))
    return proc, out


def test_score_samples_prints_ranking_and_writes_every_file(sample_run):
    import pandas as pd

    proc, out = sample_run
    assert proc.returncode == 0, proc.stderr
    for unit in SAMPLE_UNITS:
        assert unit in proc.stdout
    for name in OUTPUTS:
        assert (out / name).stat().st_size > 0, name
    scores = pd.read_csv(out / "scores.csv")
    assert dict(zip(scores["unit"], scores["year"], strict=True)) == SAMPLE_UNITS
    for col in ["decision", "enforcement", "openness", "disputes", "publicity", "index"]:
        assert scores[col].between(0, 100).all()
    for _, group in scores.groupby("year"):
        assert group["rank"].min() == 1
        assert group["rank"].max() <= len(group)
        # best index has rank 1, and a higher index never ranks below a lower one
        ordered = group.sort_values("index", ascending=False)
        assert list(ordered["rank"]) == sorted(ordered["rank"])


def test_run_json_records_inputs_and_catalogue(sample_run):
    import hashlib

    _, out = sample_run
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert len(run["inputs"]) == 5
    for item in run["inputs"]:
        path = REPORTS / item["file"].split("/")[-1]
        assert item["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert len(run["catalogue"]["sha256"]) == 64
    assert run["methodology"]["normalisation"] == "absolute"


def test_xlsx_has_chinese_headers_and_frozen_header(sample_run):
    from openpyxl import load_workbook

    _, out = sample_run
    book = load_workbook(out / "scores.xlsx")
    sheet = book["排名"]
    headers = [c.value for c in sheet[1]]
    assert headers[:3] == ["单位", "年度", "层级"] and "综合指数" in headers
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["A"].width >= 8
    assert sheet.max_row == 6
    evidence = load_workbook(out / "evidence.xlsx")
    assert evidence.sheetnames == ["指标得分(0-1)", "证据", "量化表述", "计分说明"]
    wide = evidence["指标得分(0-1)"]
    assert [c.value for c in wide[1]][:2] == ["单位", "年度"] and wide.max_row == 6
    assert "证据句" in [c.value for c in evidence["证据"][1]]


def test_inspect_json_contract():
    proc = run_cli("inspect", str(REPORTS / "003_76f9455ffe8be1a0.txt"), "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert {"file", "unit", "year", "level", "title", "published", "sections", "hits",
            "quantities"} <= set(data)  # fmt: skip
    assert (data["unit"], data["year"], data["level"]) == ("中河街道", 2023, "street")
    assert data["published"] == "2024-03-14"
    kinds = [s["kind"] for s in data["sections"]]
    assert {"achievements", "shortcomings", "leadership", "plan"} <= set(kinds)
    text_len = max(s["end"] for s in data["sections"])
    for hit in data["hits"]:
        assert 0 <= hit["start"] < hit["end"] <= text_len
        assert hit["section"] in {"achievements", "shortcomings", "leadership", "plan", "other"}
        if hit["section"] in {"shortcomings", "plan"}:
            assert hit["credited"] is False
    assert data["quantities"] and all({"text", "value", "unit", "approx", "section", "dimension",
                                       "start"} <= set(q) for q in data["quantities"])  # fmt: skip


def test_validate_ok_and_bad(tmp_path):
    ok = run_cli("validate", str(MINI))
    assert ok.returncode == 0 and "ok" in ok.stdout
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        MINI.read_text(encoding="utf-8").replace("weight: 3", "wieght: 3"), encoding="utf-8"
    )
    proc = run_cli("validate", str(bad))
    assert proc.returncode == 2
    assert (
        "error:" in proc.stderr
        and "wieght" in proc.stderr
        and "did you mean 'weight'" in proc.stderr
    )
    assert "Traceback" not in proc.stderr


def test_bad_report_fails_and_keeps_previous_outputs(tmp_path):
    reports = tmp_path / "reports"
    shutil.copytree(REPORTS, reports)
    out = tmp_path / "out"
    assert (
        run_cli("score", str(reports), "--out", str(out), "--catalogue", str(MINI)).returncode == 0
    )
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    write_report(reports, "empty.txt", "   \n ")
    proc = run_cli("score", str(reports), "--out", str(out), "--catalogue", str(MINI))
    assert proc.returncode == 2
    assert "error:" in proc.stderr and "empty.txt" in proc.stderr and "Traceback" not in proc.stderr
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    skipped = run_cli(
        "score", str(reports), "--out", str(out), "--catalogue", str(MINI), "--skip-bad"
    )
    assert skipped.returncode == 0 and "empty.txt" in skipped.stderr
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert any("empty.txt" in s for s in run["skipped"])


def test_missing_path_and_bad_option():
    proc = run_cli("score", "no/such/folder")
    assert proc.returncode == 2 and "no/such/folder" in proc.stderr and "error:" in proc.stderr
    proc = run_cli("score", "--no-such-option")
    assert proc.returncode == 2 and "error:" in proc.stderr


def test_weights_file(tmp_path):
    import pandas as pd

    weights = tmp_path / "w.yaml"
    weights.write_text("dimensions: {decision: 1, enforcement: 0, openness: 0, disputes: 0, "
                       "publicity: 0}\n", encoding="utf-8")  # fmt: skip
    out = tmp_path / "out"
    proc = run_cli("score", str(REPORTS), "--weights", str(weights), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    scores = pd.read_csv(out / "scores.csv")
    assert (scores["index"] - scores["decision"]).abs().max() < 0.011
    weights.write_text("dimensions: {decsion: 2}\nindicators: {nope: -1}\n", encoding="utf-8")
    proc = run_cli("score", str(REPORTS), "--weights", str(weights), "--out", str(out))
    assert proc.returncode == 2
    assert "decsion" in proc.stderr and "nope" in proc.stderr


def test_manifest_overrides(tmp_path):
    import pandas as pd

    manifest = tmp_path / "m.csv"
    manifest.write_text(
        "file,unit,year\n002_a69f80c198704844.txt,某某高新区,2023\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    proc = run_cli("score", str(REPORTS), "--manifest", str(manifest), "--out", str(out),
                   "--catalogue", str(MINI))  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    scores = pd.read_csv(out / "scores.csv").set_index("unit")
    assert (
        scores.loc["某某高新区", "year"] == 2023 and scores.loc["某某高新区", "level"] == "district"
    )
    manifest.write_text(
        "file,year\n002_a69f80c198704844.txt,20x3\nmissing.txt,2024\n", encoding="utf-8"
    )
    proc = run_cli("score", str(REPORTS), "--manifest", str(manifest), "--out", str(out))
    assert proc.returncode == 2 and "20x3" in proc.stderr


def test_python_dash_m_and_help():
    proc = run_cli("--help")
    assert proc.returncode == 0 and "score" in proc.stdout
