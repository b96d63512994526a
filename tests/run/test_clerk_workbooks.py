"""The workbooks as a clerk reads them: Chinese values, labels beside ids, unit first,
folded sentences, and a sheet that rebuilds every dimension score by hand."""

from __future__ import annotations

import math

import openpyxl
import pytest
from helpers import REPORTS

from fazhi_bench.api import score
from fazhi_bench.run.breakdown import dimension_rows, indicator_rows


@pytest.fixture(scope="module")
def run():
    return score(REPORTS, cache=False)


@pytest.fixture(scope="module")
def books(run, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    run.write(out)
    return (openpyxl.load_workbook(out / "scores.xlsx"),
            openpyxl.load_workbook(out / "evidence.xlsx"))  # fmt: skip


def _rows(sheet) -> list[dict]:
    values = list(sheet.iter_rows(values_only=True))
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]]


def test_evidence_sheet_reads_in_chinese(books, run):
    evidence = books[1]["证据"]
    header = [c.value for c in evidence[1]]
    assert header[:5] == ["单位", "年度", "维度", "指标", "指标编号"]
    assert "证据等级" in header and "层级" not in header  # the grade is not the level
    rows = _rows(evidence)
    assert {r["证据等级"] for r in rows} <= {"提及", "具体措施", "量化成果或具体案例", None}
    assert {r["是否计分"] for r in rows} == {"是", "否"}
    assert {r["所在部分"] for r in rows} <= {"主要举措和成效", "存在的不足", "第一责任人履职",
                                            "下一年度工作安排", "其他部分"}  # fmt: skip
    reasons = {r["不计分原因"] for r in rows} - {None}
    assert reasons and all(not any(c.isascii() and c.isalpha() for c in r) for r in reasons)
    labels = {i.id: i.label for i in run.catalogue.indicators}
    assert all(labels[r["指标编号"]] == r["指标"] for r in rows)
    column = header.index("证据句") + 1
    cell = evidence.cell(row=2, column=column)
    assert cell.alignment.wrap_text and evidence.column_dimensions[cell.column_letter].width >= 60
    full = max((r["证据句"] for r in rows), key=len)
    assert full in set(run.sentences["text"])  # whole sentences, not cut


def test_levels_in_scores_are_chinese(books):
    rows = _rows(books[0]["排名"])
    assert {r["层级"] for r in rows} == {"街道", "区"}
    assert all("+" not in r["报告包含的法定部分"] for r in rows)


def test_breakdown_rebuilds_every_dimension_score(run):
    k = run.method["saturation_k"]
    dims = dimension_rows(run.result)
    assert len(dims) == 5 * 5
    for row in dims.itertuples():
        assert math.isclose(100 * (1 - math.exp(-row.mass / k)), row.score, abs_tol=0.01)
    parts = indicator_rows(run.result)
    one = parts[(parts["doc_id"] == dims.iloc[0]["doc_id"])
                & (parts["dimension"] == dims.iloc[0]["dimension"])]  # fmt: skip
    by_hand = (one["credit"] * one["weight"]).sum() / one["weight"].mean() + run.method[
        "figure_weight"
    ] * min(dims.iloc[0]["figures"], run.method["figure_cap"])
    assert math.isclose(by_hand, dims.iloc[0]["mass"], rel_tol=1e-9)


def test_scores_workbook_explains_the_score(books, run):
    book = books[0]
    assert book.sheetnames == ["排名", "维度得分构成", "指标得分构成", "计分方法"]
    built = _rows(book["维度得分构成"])
    scores = run.scores.set_index(["unit", "year"])
    for row in built:
        label_to_id = {b.label: b.id for b in run.catalogue.dimensions}
        expected = scores.loc[(row["单位"], row["年度"]), label_to_id[row["维度"]]]
        assert math.isclose(row["维度得分"], expected, abs_tol=1e-6)
    words = [r["计分方法"] for r in _rows(book["计分方法"])]
    assert any("证据量 E" in w for w in words) and any("综合指数" in w for w in words)
