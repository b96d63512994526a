"""Tables people make in Excel: manifests and reviews, as .xlsx or as CSV.

An office saves a CSV from Excel in GBK (Chinese Windows) or UTF-8 with a BOM, and
writes its headers in Chinese. Every row keeps the number a spreadsheet shows for it
(the header is row 1), so an error can send the user to the right line.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from fazhi_bench.errors import UserError, nearest, problem

MAX_TABLE_BYTES = 50 * 2**20  # a manifest or review sheet is a few hundred KB


@dataclass(frozen=True)
class Table:
    fields: tuple[str, ...]  # canonical column names, in the file's order
    rows: tuple[tuple[int, dict[str, str]], ...]  # (row number as a spreadsheet shows it, row)


def _decode_csv(path: Path, data: bytes) -> str:
    """UTF-8 (with or without BOM) or GB18030, the superset of the GBK Excel writes."""
    for codec in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    raise UserError(problem(str(path), "not a CSV file in UTF-8 or GBK/GB18030",
                            "save it from Excel as .xlsx or as CSV (UTF-8)"))  # fmt: skip


def _cell(value: object) -> str:
    """A cell as text: Excel stores 2024 as a number and dates as datetimes."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _xlsx_rows(path: Path, data: bytes) -> list[list[str]]:
    import zipfile

    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise UserError(problem(str(path), f"not a readable Excel .xlsx file ({exc})",
                                "save it again from Excel or WPS as .xlsx")) from None  # fmt: skip
    try:
        sheet = book.worksheets[0]  # the first sheet holds the rows (others: instructions)
        return [[_cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def row_place(path: Path, row: int) -> str:
    """Where a row is, for an error: the file, the line and the row a spreadsheet shows
    (the header is row 1), e.g. ``清单.csv:4 (row 4)``."""
    return f"{path}:{row} (row {row})"


def read_table(
    path: Path, kind: str, aliases: Mapping[str, str], required: tuple[str, ...] = ()
) -> Table:
    """Rows of a .xlsx or .csv file, headers mapped to canonical names by ``aliases``
    (e.g. 文件 -> file). Unknown headers and missing ``required`` columns are errors,
    reported together, that list the known names."""
    try:
        if path.stat().st_size > MAX_TABLE_BYTES:
            raise UserError(problem(str(path), f"the {kind} is larger than "
                                    f"{MAX_TABLE_BYTES // 2**20} MB; is it the right file?"))  # fmt: skip
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserError(problem(str(path), f"{kind} not found", "check the path")) from None
    except OSError as exc:
        raise UserError(problem(str(path), f"cannot read the {kind}: {exc.strerror}")) from None
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        grid = _xlsx_rows(path, data)
    elif path.suffix.lower() == ".xls":
        raise UserError(problem(str(path), "old Excel .xls files are not read",
                                "save it from Excel as .xlsx or CSV"))  # fmt: skip
    else:
        try:
            grid = list(csv.reader(io.StringIO(_decode_csv(path, data), newline="")))
        except csv.Error as exc:
            raise UserError(problem(str(path), f"not a readable CSV file ({exc})")) from None
    if not grid or not any(grid[0]):
        raise UserError(problem(str(path), f"the {kind} has no header row",
                                f"row 1 names the columns: {', '.join(dict.fromkeys(aliases.values()))}"))  # fmt: skip
    fields: list[str] = []
    unknown: list[str] = []
    for header in grid[0]:
        name = header.strip().lstrip("\ufeff")
        canonical = aliases.get(name) or aliases.get(name.lower(), "")
        if name and not canonical:
            unknown.append(name)
        fields.append(canonical)
    errors = [
        problem(str(path), f"the {kind} has no '{name}' column "
                f"({', '.join(k for k, v in aliases.items() if v == name and k != name)})")
        for name in required if name not in fields
    ]  # fmt: skip
    if unknown:
        errors.append(problem(str(path), f"unknown column(s) {', '.join(unknown)} in the {kind}",
                              nearest(unknown[0], aliases)))  # fmt: skip
    if errors:
        raise UserError(errors)
    rows: list[tuple[int, dict[str, str]]] = []
    for number, values in enumerate(grid[1:], start=2):
        row = {f: (v or "").strip() for f, v in zip(fields, values, strict=False) if f}
        if any(row.values()):
            rows.append((number, row))
    return Table(tuple(f for f in fields if f), tuple(rows))
