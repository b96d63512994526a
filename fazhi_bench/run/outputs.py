"""Write a run's tables: CSV, an Excel workbook for evaluation teams, and run.json.

Everything is first written into a temporary folder inside the output folder and only
then moved into place, file by file with ``os.replace`` (atomic on one file system):
a run that fails part-way leaves the previous outputs whole.
"""

from __future__ import annotations

import ctypes
import glob
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
from fazhi_bench.evidence.credit import FURTHER_MAX, FURTHER_STEP, LEVEL_VALUE
from fazhi_bench.read.metadata import LEVEL_ZH
from fazhi_bench.read.readers import file_sha256
from fazhi_bench.run.cache import TablesCache
from fazhi_bench.run.pipeline import RunResult, with_sentences
from fazhi_bench.spec.catalogue import DIMENSIONS

SCORE_COLUMNS = [
    "unit", "year", "level", "file", *DIMENSIONS, "index", "rank", "rank_in_level",
    "leadership", "emergency", "completeness", "title", "published", "on_time",
    "specificity", "slogan_density", "credited_hits", "quantities", "chars", "doc_id",
]  # fmt: skip

# Chinese column labels for the workbook (dimension labels come from the catalogue).
LABELS_ZH = {
    "unit": "单位", "year": "年度", "level": "层级", "file": "文件", "index": "综合指数",
    "rank": "排名", "rank_in_level": "同层级排名", "completeness": "报告结构完整性",
    "title": "标题", "published": "发布日期", "on_time": "按时公开",
    "specificity": "具体性", "slogan_density": "口号密度(每千字)", "credited_hits": "计分命中数",
    "quantities": "量化表述数", "chars": "字数", "doc_id": "文档编号",
    "dimension": "维度", "indicator": "指标编号", "label": "指标", "credit": "得分(0-1)",
    "best_level": "最高证据等级", "credited_sentences": "计分句数", "hits": "命中数",
    "section": "所在部分", "start": "起始位置", "end": "结束位置", "text": "命中文本",
    "sentence": "证据句", "credited": "是否计分", "reason": "不计分原因", "sentence_id": "句号",
    "value": "数值", "approx": "约数", "report_unit": "单位",
    "prev_year": "上一年度", "prev_index": "上年综合指数", "delta_index": "综合指数变化",
    "prev_rank": "上年排名", "delta_rank": "排名变化(+上升)", "delta_decision": "依法决策变化",
    "delta_enforcement": "行政执法变化", "delta_openness": "政务公开变化",
    "delta_disputes": "矛盾纠纷化解变化", "delta_publicity": "普法变化",
    "first_year": "起始年度", "last_year": "末年度", "years": "年数", "slope": "年均变化(斜率)",
    "ci_low": "95%区间下限", "ci_high": "95%区间上限", "p_value": "p值",
    "median_rank": "中位排名", "rank_p05": "排名区间下限(5%)", "rank_p95": "排名区间上限(95%)",
    "share_within_1": "±1名内比例", "runs": "模拟次数",
}  # fmt: skip


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
            "indicator_credit": "best sentence level (mention {mention:.1f}, measure {measure:.1f}, "
            "result {result:.1f}) + {step:g} per further credited measure or result sentence, "
            "at most {most}, capped at 1".format(
                **LEVEL_VALUE, step=FURTHER_STEP, most=FURTHER_MAX
            ),
            "dimension_weights_used": {
                k: round(float(v), 6) for k, v in result.dim_weights.items()
            },
            "weighting_notes": result.weighting_info,
            "weights": result.weights.as_dict(),
        },
        "manifest": manifest_info,
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


Sheet = pd.DataFrame  # as written: Chinese headers, None for an empty cell (see _for_excel)


def score_sheets(result: RunResult) -> dict[str, Sheet]:
    """scores.xlsx: the ranking, which changes with weights and methods."""
    scores = score_columns(result.scores).copy()
    scores["level"] = scores["level"].map(LEVEL_ZH).fillna(scores["level"])
    return _sheets(result, {"排名": scores})


def evidence_sheets(result: RunResult) -> dict[str, Sheet]:
    """evidence.xlsx: indicator credits, evidence and quantified claims. None of them
    depends on weights or methods, so a rerun with new weights copies this workbook."""
    credits = result.indicators.pivot_table(
        index="doc_id", columns="label", values="credit", sort=False
    )
    docs = result.documents[["unit", "year", "doc_id"]]
    wide = docs.join(credits, on="doc_id").drop(columns="doc_id")
    sheets: dict[str, pd.DataFrame] = {"指标得分(0-1)": wide}
    # Excel is for reading, not for millions of rows: long tables go to CSV only.
    n_hits = len(result.hits.doc)
    if n_hits <= XLSX_MAX_ROWS:
        sheets["证据"] = with_sentences(result.evidence, result.sentences).drop(
            columns=["sentence_id"]
        )
        sheets["量化表述"] = result.quantities.drop(columns=["sentence_id"]).rename(
            columns={"unit": "计量单位"}
        )
    else:
        sheets["说明"] = pd.DataFrame(
            {
                "说明": [
                    f"证据 ({n_hits} 行) 与量化表述过多,不放入 Excel;"
                    "请用 evidence.csv、sentences.csv 与 quantities.csv。"
                ]
            }  # fmt: skip
        )
    return _sheets(result, sheets)


def _sheets(result: RunResult, frames: dict[str, pd.DataFrame]) -> dict[str, Sheet]:
    """Frames under Chinese headers, ready for the workbook."""
    labels = {**LABELS_ZH, **{b.id: b.label for b in result.catalogue.blocks}}
    return {name: _for_excel(frame, labels) for name, frame in frames.items()}


EXCEL_CELL_CHARS = 32767  # the most text one Excel cell holds


def _for_excel(frame: pd.DataFrame, labels: dict[str, str]) -> Sheet:
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


def write_sheets(path: Path, sheets: dict[str, Sheet]) -> None:
    """Write the sheets with rustpy-xlsxwriter (rust_xlsxwriter underneath; about ten
    times faster than the Python xlsxwriter on 300k cells): bold header, widths from the
    first 200 rows, frozen header row, filters."""
    from rustpy_xlsxwriter import FastExcel, Format

    header = (Format().set_bold().set_background_color("#DDE6F0").set_border("thin")
              .set_text_wrap().set_align("top"))  # fmt: skip
    book = FastExcel(str(path)).freeze(row=1)
    for name, frame in sheets.items():
        book.sheet(name, frame, header_format=header, column_widths=_widths(frame),
                   autofilter=True)  # fmt: skip
    book.save()


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
    _remove_abandoned(parent, out_dir.name)
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


def _remove_abandoned(parent: Path, name: str) -> None:
    """Partial folders of runs that were killed before they could clean up."""
    for entry in parent.glob(f".{glob.escape(name)}.partial-*"):
        pid = entry.name.split(".partial-", 1)[1].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(entry, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


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
    weight_free = {
        f"indicators.{tables}": lambda: result.indicators,
        f"evidence.{tables}": result.evidence_table,
        f"sentences.{tables}": result.sentences_table,
        f"quantities.{tables}": result.quantities_table,
    }
    files: dict[str, Callable[[Path], object]] = {
        "scores.csv": lambda p: write_csv(score_columns(result.scores), p),
        "sensitivity.csv": lambda p: write_csv(result.sensitivity, p),
        **{
            name: _reused(kept, name, lambda p, table=table: writer(table(), p))
            for name, table in weight_free.items()
        },  # fmt: skip
        "run.json": lambda p: p.write_text(
            json.dumps(run_manifest(result, argv), ensure_ascii=False, indent=2) + "\n",
            encoding="utf-8",
        ),
    }
    optional = {"changes.csv": result.changes, "trends.csv": result.trends}
    for name, frame in optional.items():
        if frame is not None:
            files[name] = lambda p, frame=frame: write_csv(frame, p)
    files["scores.xlsx"] = lambda p: write_sheets(p, score_sheets(result))
    files["evidence.xlsx"] = _reused(
        kept, "evidence.xlsx", lambda p: write_sheets(p, evidence_sheets(result))
    )
    return write_run(out_dir, files)
