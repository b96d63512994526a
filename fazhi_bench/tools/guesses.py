"""``fazhi-bench manifest``: the tool's guesses of unit, year, level and publication date
for every report, written as a manifest an office corrects and gives back (--manifest).

A unit the tool could not read is left empty (never a phrase of the body); the note
column says what to check. The file is .xlsx or CSV (UTF-8 with a BOM, which Excel
opens correctly), with the Chinese headers and level names the manifest reader accepts.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from fazhi_bench.errors import UserError, problem
from fazhi_bench.read.corpus import collect_files, load_document, settle_unit
from fazhi_bench.read.metadata import LEVEL_ZH
from fazhi_bench.run.outputs import write_atomically, write_sheets

HEADERS = {"file": "文件", "unit": "单位", "year": "年度", "level": "层级",
           "published": "发布日期", "note": "备注"}  # fmt: skip


def _relative(path: Path, folders: list[Path]) -> str:
    """The file as a manifest names it: its path inside the folder given, else its path."""
    for folder in folders:
        try:
            return path.relative_to(folder).as_posix()
        except ValueError:
            continue
    return path.as_posix()


def guess_rows(paths: list[Path], skip_bad: bool = False) -> tuple[pd.DataFrame, list[str]]:
    """One row per report: file, unit, year, level, published, note; and the bad files."""
    found = collect_files(paths)
    folders = [p for p in paths if p.is_dir()]
    rows: list[dict] = []
    bad: list[str] = []
    for path in found.files:
        label = _relative(path, folders)
        try:
            doc = settle_unit(load_document(path, label), path.name)
        except UserError as exc:
            bad.extend(exc.messages)
            continue
        notes = [doc.unit_note] if doc.unit_note else []
        if doc.year is None:
            notes.append("could not tell the year reported on; fill it in")
        rows.append({"file": label, "unit": doc.unit, "year": doc.year,
                     "level": LEVEL_ZH.get(doc.level, doc.level), "published": doc.published,
                     "note": "; ".join(notes)})  # fmt: skip
    if bad and not skip_bad:
        raise UserError([*bad, "(use --skip-bad to write the other reports' rows anyway)"])
    frame = pd.DataFrame(rows, columns=list(HEADERS)).astype({"year": "Int64"})
    return frame, bad


def write_guesses(frame: pd.DataFrame, out: Path) -> Path:
    """Write the manifest atomically as .xlsx or .csv, under Chinese headers."""
    table = frame.rename(columns=HEADERS)
    suffix = out.suffix.lower()
    if suffix == ".xlsx":
        from fazhi_bench.run.outputs import for_excel

        def write(p: Path) -> None:
            write_sheets(p, {"清单": for_excel(table, {})})
    elif suffix == ".csv":

        def write(p: Path) -> None:
            table.to_csv(p, index=False, encoding="utf-8-sig")
    else:
        raise UserError(problem(str(out), "--out must name a .xlsx or .csv file"))
    out.parent.mkdir(parents=True, exist_ok=True)
    return write_atomically(out.parent, {out.name: write})[0]
