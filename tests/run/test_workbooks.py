"""The Excel workbooks: what a cell holds for each kind of column."""

from __future__ import annotations

import numpy as np
import openpyxl
import pandas as pd

from fazhi_bench.run.outputs import EXCEL_CELL_CHARS, for_excel, write_sheets


def test_missing_values_are_empty_cells_and_long_text_is_cut(tmp_path):
    frame = pd.DataFrame({
        "unit": pd.array(["甲街道", None, "=1+2"], dtype="string"),
        "year": pd.array([2024, None, 2023], dtype="Int64"),
        "index": [78.99, np.nan, 12.5],
        "credited": [True, False, True],
        "text": ["短", None, "长" * (EXCEL_CELL_CHARS + 10)],
        "report_unit": ["甲", "乙", "丙"],
    })  # fmt: skip
    sheet = for_excel(frame, {"unit": "单位", "year": "年度", "report_unit": "单位"})
    assert list(sheet.columns) == ["单位", "年度", "index", "credited", "text", "单位'"]
    path = tmp_path / "t.xlsx"
    write_sheets(path, {"排名": sheet})
    book = openpyxl.load_workbook(path)
    rows = [list(r) for r in book["排名"].iter_rows(values_only=True)]
    assert rows[0] == ["单位", "年度", "index", "credited", "text", "单位'"]
    assert rows[1] == ["甲街道", 2024, 78.99, True, "短", "甲"]
    assert rows[2] == [None, None, None, False, None, "乙"]  # not the text "<NA>" or "nan"
    assert rows[3][0] == "=1+2" and book["排名"]["A4"].data_type == "s"  # text, not a formula
    assert rows[3][4] == "长" * EXCEL_CELL_CHARS
    sheet_view = book["排名"]
    assert sheet_view.freeze_panes == "A2" and sheet_view.auto_filter.ref == "A1:F4"
    assert sheet_view["A1"].font.b and sheet_view["A1"].fill.fgColor.rgb == "FFDDE6F0"
    assert sheet_view.column_dimensions["A"].width >= 8
    assert 60 <= sheet_view.column_dimensions["E"].width < 61  # capped at 60 (+ padding)


def test_mixed_dates_and_durations_are_written_whole(tmp_path):
    frame = pd.DataFrame({
        "mixed": [1, "长" * (EXCEL_CELL_CHARS + 1)],  # a number first, then long text
        "day": pd.to_datetime(["2024-01-02", None]),
        "span": pd.to_timedelta([1, None], unit="D"),
        "ratio": [0.5, np.inf],
    }, index=[5, 7])  # fmt: skip
    path = tmp_path / "t.xlsx"
    write_sheets(path, {"s": for_excel(frame, {})})
    rows = [list(r) for r in openpyxl.load_workbook(path)["s"].iter_rows(values_only=True)]
    assert rows[1] == [1, "2024-01-02 00:00:00", "1 days 00:00:00", 0.5]
    assert rows[2] == ["长" * EXCEL_CELL_CHARS, None, None, None]  # infinity: an empty cell
