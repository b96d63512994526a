"""Reviewers' corrections: known answers for each action, every error, the sheet round trip.

Hand-computed values use the published rule: a sentence at result earns 1.0, at
measure 0.4, each further measure or result sentence 0.1 more (at most 1); a dimension
scores 100·(1 − e^(−E/5)) with E the weighted credits in units of the dimension's mean
indicator weight (plus 0.2 per achieved figure); the index is the weighted mean.
"""

from __future__ import annotations

import csv
import json
import math
import shutil
from pathlib import Path

import openpyxl
import pytest
from helpers import MINI, REPORTS

import fazhi_bench as fb
from fazhi_bench.tools.cli import main

HEADER = "单位,年度,指标,操作,证据句,等级,得分,复核人,理由\n"
RESULT_SENTENCE = "2023年共审查各类文件、合同、决策271件,出具法律意见7"  # 中河街道, legality_review
OPEN_SENTENCE = "强化公开外部监督,通过政府网站主动公开政府各类信息,办理依申请公开政府信息申请3条"


@pytest.fixture(scope="module")
def machine():
    return fb.score(REPORTS, cache=False)


def _reviews(tmp_path: Path, rows: str, name: str = "r.csv") -> Path:
    """A reviews CSV from rows written with '|' between cells (sentences hold commas)."""
    path = tmp_path / name
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER.strip().split(","))
        writer.writerows(line.split("|") for line in rows.splitlines())
    return path


def _cell(run, unit: str, indicator: str) -> float:
    ind = run.indicators
    return float(ind[(ind["unit"] == unit) & (ind["indicator"] == indicator)]["credit"].iloc[0])


def _score_row(run, unit: str):
    return run.scores.set_index("unit").loc[unit]


def test_set_zeroes_the_indicator_and_lowers_its_dimension(machine, tmp_path):
    path = _reviews(tmp_path, "中河街道|2023|legality_review|调整|||0|张三|附件显示未审查\n")
    run = fb.score(REPORTS, cache=False, reviews=path)
    # by hand: its best sentence is a result shared by 4 decision indicators (1 / 4 ** 0.25),
    # plus 0.1 for its one further measure sentence
    machine_credit = round(1 / 4**0.25 + 0.1, 6)
    assert _cell(machine, "中河街道", "legality_review") == machine_credit == 0.807107
    assert _cell(run, "中河街道", "legality_review") == 0.0
    ind = run.indicators.set_index(["unit", "indicator"]).loc[("中河街道", "legality_review")]
    assert ind["credit_machine"] == machine_credit and ind["review"] == "set"
    # E falls by the indicator's weighted credit in units of the dimension's mean weight
    weights = {i.id: i.weight for i in run.catalogue.indicators if i.dimension == "decision"}
    step = machine_credit * weights["legality_review"] / (sum(weights.values()) / len(weights))
    before = _score_row(machine, "中河街道")
    e_before = -5 * math.log(1 - before["decision"] / 100)
    expected = 100 * (1 - math.exp(-(e_before - step) / 5))
    after = _score_row(run, "中河街道")
    assert after["decision"] == pytest.approx(expected, abs=0.01)
    share = run.dimension_weights["decision"] / sum(run.dimension_weights.values())
    assert after["index"] == pytest.approx(before["index"] - share * (before["decision"] - expected), abs=0.01)  # fmt: skip
    assert after["index_machine"] == before["index"] and after["reviews"] == 1
    for other in ("enforcement", "openness", "disputes", "publicity"):
        assert after[other] == before[other]


def test_reject_removes_that_sentence_only(machine, tmp_path):
    # legality_review of 中河街道: one result and one measure sentence; without the result
    # only the measure remains, shared by the 3 decision indicators of its sentence:
    # 0.4 / 3 ** 0.25
    path = _reviews(
        tmp_path,
        f"中河街道|2023|合法性审查(审核)|不予认定|{RESULT_SENTENCE}|||李四|数字为全年计划\n",
    )
    run = fb.score(REPORTS, cache=False, reviews=path)
    assert _cell(run, "中河街道", "legality_review") == round(0.4 / 3**0.25, 6) == 0.303934
    (row,) = run.result.applied_reviews.itertuples()
    assert (row.credit_before, row.credit_after, row.action) == (0.807107, 0.303934, "reject")
    ev = run.evidence
    changed = ev[(ev["unit"] == "中河街道") & (ev["indicator"] == "legality_review")
                 & ev["reason"].str.startswith("review row 2", na=False)]  # fmt: skip
    assert len(changed) >= 1 and not changed["credited"].any()
    assert RESULT_SENTENCE in changed["sentence"].iloc[0]


def test_credit_at_result_gives_a_results_share(machine, tmp_path):
    # the sentence evidences 5 other openness indicators: a result shared by 6
    assert _cell(machine, "中河街道", "disclosure_catalogue_guide") == 0.0
    path = _reviews(
        tmp_path,
        f"中河街道|2023|disclosure_catalogue_guide|认定|{OPEN_SENTENCE}|成效||王五|年报已公开\n",
    )
    run = fb.score(REPORTS, cache=False, reviews=path)
    assert _cell(run, "中河街道", "disclosure_catalogue_guide") == round(1 / 6**0.25, 6)
    assert _score_row(run, "中河街道")["openness"] > _score_row(machine, "中河街道")["openness"]
    ev = run.evidence
    added = ev[(ev["indicator"] == "disclosure_catalogue_guide") & (ev["unit"] == "中河街道")]
    assert added["credited"].tolist() == [True] and added["level"].tolist() == ["result"]
    assert added["reason"].tolist() == ["review row 2: credited"]


def test_reviewed_ranks_and_machine_index(machine, tmp_path):
    ind = machine.indicators
    credited = ind[(ind["unit"] == "塘沽街道") & (ind["credit"] > 0)]["indicator"]
    rows = "".join(f"塘沽街道|2024|{i}|set|||0|赵六|材料不实\n" for i in credited)
    run = fb.score(REPORTS, cache=False, reviews=_reviews(tmp_path, rows))
    scores = run.scores.set_index("unit")
    # no indicator credit left: only the achieved figures count, 0.2 each (at most 10)
    figures = run.result.figures
    figures = figures[figures["doc_id"] == scores.loc["塘沽街道", "doc_id"]].set_index("dimension")
    dims = [100 * (1 - math.exp(-0.2 * min(figures["figures"].get(d, 0), 10) / 5))
            for d in ("decision", "enforcement", "openness", "disputes", "publicity")]  # fmt: skip
    assert scores.loc["塘沽街道", "index"] == pytest.approx(sum(dims) / 5, abs=0.01)
    assert scores.loc["塘沽街道", "index_machine"] == _score_row(machine, "塘沽街道")["index"]
    assert (scores.loc["塘沽街道", "rank"], scores.loc["高新区", "rank"]) == (3, 2)
    assert scores.loc["塘沽街道", "reviews"] == len(credited)
    # reweighting keeps the reviews
    heavy = run.reweight({"dimensions": {"decision": 3}})
    reweighted = heavy.scores.set_index("unit").loc["塘沽街道"]
    assert reweighted["index"] == pytest.approx((3 * dims[0] + sum(dims[1:])) / 7, abs=0.01)
    assert reweighted["reviews"] == len(credited)


def test_cleaning_and_repeated_sentences(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    said = "全年办理行政复议案件12件,全部依法审结。"
    (folder / "r.txt").write_text(
        "东风街道2024年度法治政府建设情况报告\n一、主要举措和成效\n"
        f"{said}\n开展普法活动5场。\n{said}\n", encoding="utf-8")  # fmt: skip
    # copied from the original: full-width punctuation, a line break, spaces
    fragment = "全年办理行政复议案件１２件，\n 全部依法审结"
    path = tmp_path / "r.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([HEADER.strip().split(","), ["东风街道", "2024",
            "admin_reconsideration", "reject", fragment, "", "", "甲", "重复计数"]])  # fmt: skip
    run = fb.score(folder, catalogue=None, cache=False, reviews=path)
    ev = run.evidence
    hits = ev[(ev["indicator"] == "admin_reconsideration")]
    assert len(hits) >= 2 and not hits["credited"].any()  # both copies
    assert set(hits["reason"]) == {"review row 2: rejected"}


def test_blank_sheet_changes_nothing_and_one_filled_row_applies(machine, tmp_path, capsys):
    sheet = tmp_path / "复核表.xlsx"
    assert main(["review-sheet", str(REPORTS), "--no-cache", "--out", str(sheet)]) == 0
    book = openpyxl.load_workbook(sheet)
    assert book.sheetnames == ["复核", "说明"]
    rows = book["复核"]
    header = [c.value for c in rows[1]]
    assert header[:8] == [
        "单位",
        "年度",
        "维度",
        "指标名称",
        "指标",
        "机器等级",
        "机器得分",
        "证据句",
    ]
    assert header[8:] == ["操作", "等级", "得分", "复核人", "理由"]
    assert rows.freeze_panes == "A2" and rows.auto_filter.ref
    lists = [v.formula1 for v in rows.data_validations.dataValidation if v.type == "list"]
    assert any("不予认定" in f for f in lists)
    assert rows.cell(row=2, column=8).alignment.wrap_text
    blank = fb.score(REPORTS, cache=False, reviews=sheet)
    assert blank.scores["index"].tolist() == machine.scores["index"].tolist()
    assert len(blank.result.applied_reviews) == 0
    # fill one row: reject a credited sentence
    target = next(r for r in range(2, rows.max_row + 1)
                  if rows.cell(row=r, column=6).value == "量化成果或具体案例")  # fmt: skip
    rows.cell(row=target, column=9, value="不予认定")
    rows.cell(row=target, column=12, value="复核员甲")
    rows.cell(row=target, column=13, value="数字不是本年度成效")
    book.save(sheet)
    out = tmp_path / "out"
    assert (
        main(["score", str(REPORTS), "--no-cache", "--reviews", str(sheet), "--out", str(out)]) == 0
    )
    applied = (out / "reviews.csv").read_text(encoding="utf-8").splitlines()
    assert len(applied) == 2 and f"{target}," in applied[1] and "数字不是本年度成效" in applied[1]
    record = json.loads((out / "run.json").read_text(encoding="utf-8"))
    from fazhi_bench.read.readers import file_sha256

    assert record["reviews"]["sha256"] == file_sha256(sheet)
    header = (out / "scores.csv").read_text(encoding="utf-8").splitlines()[0]
    assert '"index_machine"' in header and '"reviews"' in header
    indicators = (out / "indicators.csv").read_text(encoding="utf-8").splitlines()[0]
    assert '"credit_machine"' in indicators and '"review"' in indicators
    # rebuild honours the reviews recorded in run.json
    again = tmp_path / "again"
    assert main(["rebuild", str(out / "run.json"), "--out", str(again)]) == 0
    for name in ("scores.csv", "indicators.csv", "reviews.csv"):
        assert (again / name).read_bytes() == (out / name).read_bytes(), name


BAD = [
    ("stale sentence", f"中河街道|2023|legality_review|reject|{RESULT_SENTENCE}后来改过的字|||甲|理由\n",
     ["r.csv:2 (row 2)", "not in the report"]),
    ("unknown indicator", "中河街道|2023|legality_reveiw|set|||0|甲|理由\n",
     ["r.csv:2", "legality_reveiw", "did you mean 'legality_review'"]),
    ("unknown unit-year", "中河街道|2024|legality_review|set|||0|甲|理由\n",
     ["r.csv:2", "中河街道 2024", "not among the reports"]),
    ("bad action", "中河街道|2023|legality_review|delete|||0|甲|理由\n", ["r.csv:2", "action 'delete'"]),
    ("bad level", f"中河街道|2023|legality_review|credit|{RESULT_SENTENCE}|great||甲|理由\n",
     ["r.csv:2", "level 'great'"]),
    ("bad credit", "中河街道|2023|legality_review|set|||1.5|甲|理由\n", ["r.csv:2", "credit '1.5'"]),
    ("no note", "中河街道|2023|legality_review|set|||0|甲|\n", ["r.csv:2", "no note"]),
    ("ambiguous fragment", "中河街道|2023|legality_review|reject|法治政府建设工作|||甲|理由\n",
     ["r.csv:2", "different sentences"]),
    ("too short", "中河街道|2023|legality_review|reject|合法性|||甲|理由\n", ["r.csv:2", "too short"]),
    ("two rows, two lines listed", "中河街道|2023|nope|set|||0|甲|理由\n大港街|2020|legality_review|set|||2|乙|理由\n",
     ["r.csv:2", "r.csv:3"]),
    ("contradiction", "中河街道|2023|legality_review|set|||0|甲|理由\n中河街道|2023|legality_review|set|||1|乙|理由\n",
     ["r.csv:3", "contradicts row 2"]),
]  # fmt: skip


@pytest.fixture(scope="module")
def previous(tmp_path_factory):
    out = tmp_path_factory.mktemp("previous")
    assert main(["score", str(REPORTS), "--catalogue", str(MINI), "--no-cache", "--out", str(out)]) == 0  # fmt: skip
    return out, {p.name: p.read_bytes() for p in out.iterdir()}


@pytest.mark.parametrize(("name", "rows", "expected"), BAD, ids=[b[0] for b in BAD])
def test_bad_reviews_exit_2_and_keep_outputs(name, rows, expected, tmp_path, previous, capsys):
    out, before = previous
    path = _reviews(tmp_path, rows)
    code = main(["score", str(REPORTS), "--no-cache", "--reviews", str(path), "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2, err
    lines = [line for line in err.splitlines() if line and not line.startswith("warning")]
    assert lines and all(line.startswith("error:") for line in lines), err
    for text in expected:
        assert text in err, (text, err)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_overruled_report(tmp_path, capsys):
    rows = (f"中河街道|2023|legality_review|reject|{RESULT_SENTENCE}|||甲|数字为计划\n"
            f"中河街道|2023|disclosure_catalogue_guide|credit|{OPEN_SENTENCE}|result||乙|年报已公开\n"
            "大港街|2020|legality_review|set|||1|丙|附件材料\n")  # fmt: skip
    out = tmp_path / "out"
    code = main(["review-report", str(REPORTS), "--no-cache", "--reviews",
                 str(_reviews(tmp_path, rows)), "--out", str(out)])  # fmt: skip
    assert code == 0
    import pandas as pd

    counts = pd.read_csv(out / "overruled.csv").set_index("indicator")
    assert counts.loc["legality_review", ["rejected", "set_higher", "overruled"]].tolist() == [
        1,
        1,
        2,
    ]
    assert counts.loc["disclosure_catalogue_guide", "credited"] == 1
    assert counts.index[0] == "legality_review"  # most overruled first
    sentences = pd.read_csv(out / "overruled_sentences.csv")
    assert "数字为计划" in set(sentences["note"])


def test_copy_of_reports_is_unchanged_by_reviews(tmp_path):
    folder = tmp_path / "reports"
    shutil.copytree(REPORTS, folder)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    path = _reviews(tmp_path, "中河街道|2023|legality_review|set|||0|甲|理由\n")
    fb.score(folder, cache=False, reviews=path)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
