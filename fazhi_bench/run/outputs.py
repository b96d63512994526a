"""Write a run's tables: CSV, an Excel workbook for evaluation teams, and run.json.

Everything is first written into a temporary folder inside the output folder and only
then moved into place, file by file with ``os.replace`` (atomic on one file system):
a run that fails part-way leaves the previous outputs whole.
"""

from __future__ import annotations

import ctypes
import json
import os
import platform
import shutil
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

from fazhi_bench.errors import UserError, problem
from fazhi_bench.evidence.credit import FURTHER_MAX, FURTHER_STEP, LEVEL_VALUE, SENTENCE_SHARE
from fazhi_bench.read.readers import file_sha256
from fazhi_bench.run.breakdown import dimension_rows, formula_words, indicator_rows
from fazhi_bench.run.cache import TablesCache
from fazhi_bench.run.labels import CREDIT_RULE_ZH, in_chinese
from fazhi_bench.run.pipeline import RunResult, with_sentences
from fazhi_bench.run.store import LONG_TABLES, remove_abandoned
from fazhi_bench.spec.catalogue import DIMENSIONS

SCORE_COLUMNS = [
    "unit", "year", "level", "file", *DIMENSIONS, "index", "rank", "rank_in_level",
    "index_machine", "reviews",
    "leadership", "emergency", "completeness", "title", "published", "on_time",
    "specificity", "slogan_density", "credited_hits", "quantities", "chars", "doc_id",
]  # fmt: skip


def _versions() -> dict[str, str]:
    names = [
        "fazhi_bench",
        "pandas",
        "numpy",
        "ahocorasick-rs",
        "rustpy-xlsxwriter",
        "pyarrow",
        "pyyaml",
        "jieba",
    ]
    out = {"python": platform.python_version()}
    for name in names:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out


def run_manifest(result: RunResult, argv: list[str] | None = None) -> dict:
    """Everything needed to know, and rebuild, how the scores were made."""
    cat = result.catalogue
    manifest = result.corpus.manifest
    manifest_info = {"path": str(manifest), "sha256": file_sha256(manifest)} if manifest else None
    return {
        "tool": "fazhi_bench",
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "command": argv or [],
        "versions": _versions(),
        "catalogue": {
            "path": cat.path,
            "name": cat.name,
            "version": cat.version,
            "sha256": cat.sha256,
            "pattern_hash": cat.pattern_hash,
        },  # fmt: skip
        "methodology": {
            **result.method,
            "indicator_credit": "best sentence value (mention {mention:.1f}, measure {measure:.1f}, "
            "result {result:.1f}, divided by n ** {share:g} for a sentence evidencing n indicators "
            "of one dimension) + {step:g} per further credited measure or result sentence, "
            "at most {most}, capped at 1".format(
                **LEVEL_VALUE, step=FURTHER_STEP, most=FURTHER_MAX, share=SENTENCE_SHARE
            ),
            "dimension_weights_used": {
                k: round(float(v), 6) for k, v in result.dim_weights.items()
            },
            "weighting_notes": result.weighting_info,
            "weights": result.weights.as_dict(),
        },
        "manifest": manifest_info,
        "reviews": None
        if result.reviews is None
        else {
            "path": str(Path(result.reviews.path).resolve()),
            "sha256": result.reviews.sha256,
            "rows_applied": len(result.reviews.rows),
        },
        "inputs": [
            {
                "file": d.file,
                "path": d.path,
                "sha256": d.sha256,
                "unit": d.unit,
                "year": d.year,
                "level": d.level,
                "published": d.published,
            }  # fmt: skip
            for d in result.corpus.documents
        ],
        "skipped": list(result.corpus.skipped),
        "ignored": list(result.corpus.ignored),
        "duplicates": list(result.corpus.duplicates),
        "warnings": list(result.warnings),
    }


def score_columns(scores: pd.DataFrame) -> pd.DataFrame:
    return scores[[c for c in SCORE_COLUMNS if c in scores.columns]]


Sheet = pd.DataFrame  # as written: Chinese headers, None for an empty cell (see for_excel)


def score_sheets(result: RunResult) -> dict[str, Sheet]:
    """scores.xlsx: the ranking, and how every dimension score was built (both change
    with weights and methods). Per-indicator rows only while Excel is the right tool
    (indicators.csv holds them for any corpus)."""
    dims = {b.id: b.label for b in result.catalogue.blocks}
    sheets: dict[str, pd.DataFrame] = {"排名": score_columns(result.scores)}
    built = dimension_rows(result).drop(columns="doc_id")
    built["dimension"] = built["dimension"].map(dims)
    sheets["维度得分构成"] = built.rename(columns=BREAKDOWN_ZH)
    if len(result.indicators) <= XLSX_MAX_ROWS:
        parts = indicator_rows(result).drop(columns="doc_id")
        parts["dimension"] = parts["dimension"].map(dims)
        sheets["指标得分构成"] = parts.rename(columns=BREAKDOWN_ZH)
    else:
        note = (f"指标行数 ({len(result.indicators)}) 过多,不放入 Excel;每个指标的得分与权重见 "
                "indicators.csv 和指标目录。")  # fmt: skip
        sheets["指标得分构成"] = pd.DataFrame({"说明": [note]})
    sheets["计分方法"] = pd.DataFrame({"计分方法": formula_words(result)})
    return _sheets(result, sheets)


# How the sheets of evidence.xlsx become scores, in words that hold whatever the weights
# and methods (the workbook is reused when only they change): the numbers are in scores.xlsx.
CREDIT_WORDS = [
    "本工作簿的内容不随权重变化:每个指标的得分(0-1)及其证据句。",
    CREDIT_RULE_ZH + "“证据”表的“不计分原因”列说明每一处未计分的原因。",
    "指标得分如何乘以权重、汇总为维度得分和综合指数:见 scores.xlsx 的“维度得分构成”“指标得分构成”"
    "和“计分方法”表,每个单位每个维度都列出计算过程。",
]

# Columns of the score breakdown sheets (see fazhi_bench.run.breakdown).
BREAKDOWN_ZH = {
    "weight": "指标权重", "weighted": "得分×权重", "weight_mean": "本维度平均指标权重",
    "figures": "量化成果数", "figures_counted": "计入的量化成果数", "mass": "证据量E",
    "raw": "维度原始分", "score": "维度得分",
}  # fmt: skip


def evidence_rows(result: RunResult) -> pd.DataFrame:
    """Evidence for people: unit first, labels beside ids, the whole sentence."""
    dims = {b.id: b.label for b in result.catalogue.blocks}
    labels = {i.id: i.label for i in result.catalogue.indicators}
    ev = with_sentences(result.evidence, result.sentences)
    ev = ev.assign(dimension=ev["dimension"].map(dims).fillna(ev["dimension"]),
                   label=ev["indicator"].map(labels), evidence_level=ev["level"])  # fmt: skip
    return ev[["unit", "year", "dimension", "label", "indicator", "section", "credited",
               "evidence_level", "reason", "sentence", "text", "start", "end", "doc_id"]]  # fmt: skip


def evidence_sheets(result: RunResult) -> dict[str, Sheet]:
    """evidence.xlsx: indicator credits, evidence and quantified claims. None of them
    depends on weights or methods, so a rerun with new weights copies this workbook."""
    credits = result.indicators.pivot_table(
        index="doc_id", columns="label", values="credit", sort=False
    )
    docs = result.documents[["unit", "year", "doc_id"]]
    wide = docs.join(credits, on="doc_id").drop(columns="doc_id")
    sheets: dict[str, pd.DataFrame] = {
        "指标得分(0-1)": wide,
    }
    # Excel is for reading, not for millions of rows: long tables go to CSV only.
    n_hits = result.store.rows["evidence"]
    if n_hits <= XLSX_MAX_ROWS:
        sheets["证据"] = evidence_rows(result)
        qty = result.quantities.drop(columns=["sentence_id"])
        qty = qty.rename(columns={"unit": "measure_unit"}).rename(columns={"report_unit": "unit"})
        first = ["unit", "year", "dimension", "text", "value", "measure_unit", "approx"]
        qty = qty[[*first, *(c for c in qty.columns if c not in first)]]
        qty["dimension"] = qty["dimension"].map({b.id: b.label for b in result.catalogue.blocks})
        sheets["量化表述"] = qty.rename(columns={"measure_unit": "计量单位"})
    else:
        sheets["说明"] = pd.DataFrame(
            {
                "说明": [
                    f"证据 ({n_hits} 行) 与量化表述过多,不放入 Excel;"
                    "请用 evidence.csv、sentences.csv 与 quantities.csv。"
                ]
            }  # fmt: skip
        )
    sheets["计分说明"] = pd.DataFrame({"说明": CREDIT_WORDS})
    return _sheets(result, sheets)


def _sheets(result: RunResult, frames: dict[str, pd.DataFrame]) -> dict[str, Sheet]:
    """Frames in Chinese (coded values and headers), ready for the workbook."""
    dims = {b.id: b.label for b in result.catalogue.blocks}
    return {name: for_excel(in_chinese(frame, dims), {}) for name, frame in frames.items()}


EXCEL_CELL_CHARS = 32767  # the most text one Excel cell holds


def for_excel(frame: pd.DataFrame, labels: dict[str, str]) -> Sheet:
    """The frame as a sheet: labelled headers (made unique), numbers as they are (NaN and
    infinities are empty cells), anything else as Python objects with None for a missing
    value (the writer would spell pandas' NA as text), dates and durations as text, text
    cut to what one cell holds (the CSV files keep it whole)."""
    columns: dict[str, pd.Series] = {}
    for name, col in frame.items():
        label = str(labels.get(name, name))
        while label in columns:
            label += "'"
        if isinstance(col.dtype, np.dtype) and col.dtype.kind in "biuf":
            columns[label] = col.reset_index(drop=True)
            continue
        values = col.astype(object).where(col.notna(), None).reset_index(drop=True)
        if col.dtype.kind in "mM" or isinstance(col.dtype, pd.DatetimeTZDtype):
            values = values.map(lambda v: None if v is None else str(v))
        long = values.map(lambda v: isinstance(v, str) and len(v) > EXCEL_CELL_CHARS)
        if long.any():
            values = values.where(~long, values[long].str.slice(0, EXCEL_CELL_CHARS))
        columns[label] = pd.Series(values.to_numpy(), dtype=object)  # not re-inferred
    return pd.DataFrame(columns, index=pd.RangeIndex(len(frame)))


def write_sheets(
    path: Path, sheets: dict[str, Sheet], validations: dict[str, dict] | None = None
) -> None:
    """Write the sheets with rustpy-xlsxwriter (rust_xlsxwriter underneath; about ten
    times faster than the Python xlsxwriter on 300k cells): bold header, widths from the
    first 200 rows, frozen header row, filters; ``validations``: drop-down lists and
    number checks by sheet and column (the review sheet)."""
    from rustpy_xlsxwriter import FastExcel, Format

    header = (Format().set_bold().set_background_color("#DDE6F0").set_border("thin")
              .set_text_wrap().set_align("top"))  # fmt: skip
    wrap = Format().set_text_wrap().set_align("top")
    book = FastExcel(str(path)).freeze(row=1)
    for name, frame in sheets.items():
        wrapped = {c: wrap for c in frame.columns if c in WRAPPED}
        widths = [
            60 if c in WRAPPED else w for c, w in zip(frame.columns, _widths(frame), strict=True)
        ]
        book.sheet(name, frame, header_format=header, column_widths=widths,
                   column_formats=wrapped, autofilter=True,
                   data_validations=(validations or {}).get(name))  # fmt: skip
    book.save()


WRAPPED = {"证据句", "命中文本", "计分方法", "标题", "说明", "文件"}  # long text: folded in cells


def _widths(frame: Sheet) -> list[float]:
    """Column widths from the header and the first 200 cells, between 8 and 60."""
    widths = []
    for label, col in frame.head(200).items():
        longest = max([len(label), *(len(str(v)) for v in col if v is not None)])
        widths.append(min(max(8, longest * 1.6), 60))
    return widths


XLSX_MAX_ROWS = 20000


def write_csv(frame: pd.DataFrame | pa.Table, path: Path) -> None:
    """UTF-8 CSV with a header row. Written by Arrow's C++ writer, many times faster than
    pandas on the large tables; strings are quoted, booleans read true/false."""
    if isinstance(frame, pd.DataFrame):
        frame = pa.Table.from_pandas(frame, preserve_index=False)
    pa_csv.write_csv(frame, str(path), pa_csv.WriteOptions(quoting_style="needed"))


def write_atomically(out_dir: Path, files: dict[str, Callable[[Path], object]]) -> list[Path]:
    """Write a few files into ``out_dir``, each complete or not at all (a temporary file
    renamed over the old one); other files in the folder are left alone."""
    _usable_folder(out_dir)
    final = []
    for name, write in files.items():
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".partial", dir=out_dir)
        os.close(fd)
        try:
            write(Path(tmp))
            os.replace(tmp, out_dir / name)
        finally:
            Path(tmp).unlink(missing_ok=True)
        final.append(out_dir / name)
    return final


def _usable_folder(out_dir: Path) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise UserError(f"{out_dir}: the output folder is a file; choose another --out")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"{out_dir}: cannot write outputs here: {exc.strerror}") from None


# Every file a run may write: in --out, a file of this list that the new run does not
# write (changes.csv of a one-year corpus, evidence.csv after --tables parquet) is
# dropped with the old run; anything else there (an appendix, the user's notes) is kept.
RUN_FILES = frozenset(
    {"scores.csv", "scores.xlsx", "evidence.xlsx", "sensitivity.csv", "run.json",
     "changes.csv", "trends.csv", "reviews.csv"}
    | {f"{t}.{fmt}" for t in ("indicators", "evidence", "sentences", "quantities")
       for fmt in ("csv", "parquet")}
)  # fmt: skip


def write_run(out_dir: Path, files: dict[str, Callable[[Path], object]]) -> list[Path]:
    """Write a run's files as one set: into a fresh sibling folder, then swapped with
    ``out_dir`` in one step (Linux: an atomic exchange of the two names; elsewhere two
    renames, between which ``out_dir`` is briefly absent, never mixed). Whatever fails
    or is interrupted before the swap leaves the earlier run untouched."""
    _usable_folder(out_dir)
    parent = out_dir.resolve().parent
    remove_abandoned(parent, f".{out_dir.name}.partial-")
    try:
        tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.partial-{os.getpid()}-", dir=parent))
    except OSError as exc:
        raise UserError(
            f"{out_dir}: cannot write outputs next to it ({exc.strerror}); a run is written beside --out and swapped in whole: choose an --out in a folder you can write"
        ) from None
    try:
        for name, write in files.items():
            write(tmp / name)
        _carry_over(out_dir, tmp, keep_out=RUN_FILES | set(files))
        swap_folders(tmp, out_dir.resolve())
    except OSError as exc:  # a full disk, a folder that cannot be renamed: said as it is
        raise UserError(problem(str(out_dir), f"could not write this run's outputs "
                                f"({exc.strerror or exc})", "the earlier run there is left whole")) from None  # fmt: skip
    finally:
        shutil.rmtree(tmp, ignore_errors=True)  # after the swap: the earlier run
    return [out_dir / name for name in files]


def _carry_over(old: Path, new: Path, keep_out: set[str] | frozenset[str]) -> None:
    """Link (or copy) into ``new`` what ``old`` holds besides run files: the swap must
    not take the user's other files away."""
    for entry in old.iterdir():
        if entry.name in keep_out or entry.name.startswith(".") and ".partial" in entry.name:
            continue
        target = new / entry.name
        if entry.is_dir() and not entry.is_symlink():
            shutil.copytree(entry, target, symlinks=True, copy_function=_link_or_copy)
        else:
            _link_or_copy(entry, target)


def _link_or_copy(src: str | Path, dst: str | Path) -> None:
    try:
        os.link(src, dst, follow_symlinks=False)
    except OSError:
        shutil.copy2(src, dst, follow_symlinks=False)


_RENAME_EXCHANGE = 2


def swap_folders(new: Path, target: Path) -> None:
    """Put folder ``new`` in the place of ``target``; ``new`` then holds the old one
    (or nothing, if there was none)."""
    if not target.exists():
        os.rename(new, target)
        new.mkdir()
        return
    if _exchange(new, target):
        return
    old = new.with_name(new.name + "-old")
    os.rename(target, old)
    os.rename(new, target)
    os.rename(old, new)


def _exchange(a: Path, b: Path) -> bool:
    """Linux renameat2(RENAME_EXCHANGE): both names swapped atomically. False where the
    system or file system cannot."""
    if sys.platform != "linux":
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd = -100
    done = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), _RENAME_EXCHANGE)
    return done == 0


def _reused(
    tables: TablesCache | None, name: str, write: Callable[[Path], object]
) -> Callable[[Path], None]:
    """A weight-free file: ``write`` it and keep a copy for the next run with the same
    reports and catalogue patterns (copied instead when such a run kept one)."""

    def produce(path: Path) -> None:
        if tables is not None and tables.copy_to(name, path):
            return
        write(path)
        if tables is not None:
            tables.store(name, path)

    return produce


TABLE_FORMATS = ("csv", "parquet")


def write_parquet(frame: pd.DataFrame | pa.Table, path: Path) -> None:
    """A Parquet file (zstd): a fraction of the CSV's size, read back by pandas with its
    column types (``pd.read_parquet``)."""
    if isinstance(frame, pd.DataFrame):
        frame = pa.Table.from_pandas(frame, preserve_index=False)
    pq.write_table(frame, str(path), compression="zstd")


def _long_table(result: RunResult, name: str, path: Path, fmt: str) -> None:
    """A long table streamed from the run's store; reviewed evidence from its frame (the
    store holds the machine's)."""
    if name == "evidence" and result.reviews is not None:
        (write_csv if fmt == "csv" else write_parquet)(result.evidence, path)
    else:
        result.write_table(name, path, fmt)


def write_outputs(
    result: RunResult, out_dir: Path, argv: list[str] | None = None, tables: str = "csv"
) -> list[Path]:
    """Write every output into ``out_dir`` as one set; return the final paths.

    ``tables``: 'csv' or 'parquet' for the four long tables (indicators, evidence,
    sentences, quantities); scores.csv, the workbooks and run.json are always written."""
    if tables not in TABLE_FORMATS:
        raise UserError(f"--tables: choose csv or parquet, got {tables!r}")
    kept = result.tables
    writer = write_csv if tables == "csv" else write_parquet
    files: dict[str, Callable[[Path], object]] = {
        "scores.csv": lambda p: write_csv(score_columns(result.scores), p),
        "sensitivity.csv": lambda p: write_csv(result.sensitivity, p),
        f"indicators.{tables}": _reused(
            kept, f"indicators.{tables}", lambda p: writer(result.indicators, p)
        ),
        **{
            f"{name}.{tables}": _reused(
                kept, f"{name}.{tables}", lambda p, name=name: _long_table(result, name, p, tables)
            )
            for name in LONG_TABLES
        },
        "run.json": lambda p: p.write_text(
            json.dumps(run_manifest(result, argv), ensure_ascii=False, indent=2) + "\n",
            encoding="utf-8",
        ),
    }
    optional = {"changes.csv": result.changes, "trends.csv": result.trends,
                "reviews.csv": result.applied_reviews}  # fmt: skip
    for name, frame in optional.items():
        if frame is not None:
            files[name] = lambda p, frame=frame: write_csv(frame, p)
    files["scores.xlsx"] = lambda p: write_sheets(p, score_sheets(result))
    files["evidence.xlsx"] = _reused(
        kept, "evidence.xlsx", lambda p: write_sheets(p, evidence_sheets(result))
    )
    return write_run(out_dir, files)
