"""Write a run's tables: CSV, an Excel workbook for evaluation teams, and run.json.

Everything is first written into a temporary folder inside the output folder and only
then moved into place, file by file with ``os.replace`` (atomic on one file system):
a run that fails part-way leaves the previous outputs whole.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import shutil
import signal
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from importlib import metadata
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pa_csv

from .cache import TablesCache
from .catalogue import DIMENSIONS
from .credit import FURTHER_MAX, FURTHER_STEP, LEVEL_VALUE
from .errors import UserError
from .metadata import LEVEL_ZH
from .pipeline import RunResult, with_sentences
from .readers import file_sha256

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


class Child:
    """A file being written by a forked process (see ``in_child_process``)."""

    def __init__(self, pid: int | None, write: Callable[[Path], object], path: Path) -> None:
        self.pid, self.write, self.path = pid, write, path

    def __call__(self) -> None:
        """Wait for the child; if it failed, write the file here so the real error shows."""
        if self.pid is None:
            return
        _, status = os.waitpid(self.pid, 0)
        self.pid = None
        if os.waitstatus_to_exitcode(status) != 0:
            self.write(self.path)

    def stop(self) -> None:
        """End and reap a child that is no longer wanted (this run failed)."""
        if self.pid is not None:
            with contextlib.suppress(OSError):
                os.kill(self.pid, signal.SIGKILL)
            with contextlib.suppress(ChildProcessError):
                os.waitpid(self.pid, 0)
            self.pid = None


def in_child_process(write: Callable[[Path], object], path: Path) -> Child:
    """Start ``write(path)`` in a forked process (the other outputs are written meanwhile
    on the other core); calling the returned ``Child`` joins it. Without fork (Windows),
    or when the system cannot fork now, the file is written at once.

    The child uses only numpy, pandas, Arrow (whose thread pools are re-created after a
    fork) and rustpy-xlsxwriter on data inherited from this process."""
    try:
        pid = os.fork() if hasattr(os, "fork") else None
    except OSError:  # no memory or process slots for a child: write it here instead
        pid = None
    if pid is None:
        write(path)
        return Child(None, write, path)
    if pid == 0:  # the child
        code = 1
        try:
            write(path)
            code = 0
        finally:
            os._exit(code)
    return Child(pid, write, path)


XLSX_MAX_ROWS = 20000
BACKGROUND_UNITS = 500  # from this many reports workbooks and sensitivity are made in children


def write_csv(frame: pd.DataFrame | pa.Table, path: Path) -> None:
    """UTF-8 CSV with a header row. Written by Arrow's C++ writer, many times faster than
    pandas on the large tables; strings are quoted, booleans read true/false."""
    if isinstance(frame, pd.DataFrame):
        frame = pa.Table.from_pandas(frame, preserve_index=False)
    pa_csv.write_csv(frame, str(path), pa_csv.WriteOptions(quoting_style="needed"))


def write_atomically(
    out_dir: Path,
    files: dict[str, Callable[[Path], object]],
    background: dict[str, Callable[[Path], object]] | None = None,
) -> list[Path]:
    """Write each file into a temporary folder first, then move all into ``out_dir``.

    ``background`` files are written by forked processes started before the others (a
    slow workbook then costs no time of its own on a second core)."""
    if out_dir.exists() and not out_dir.is_dir():
        raise UserError(f"{out_dir}: the output folder is a file; choose another --out")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".partial-", dir=out_dir))
    except OSError as exc:
        raise UserError(f"{out_dir}: cannot write outputs here: {exc.strerror}") from None
    children: list[Child] = []
    try:
        for name, write in (background or {}).items():
            children.append(in_child_process(write, tmp / name))
        for name, write in files.items():
            write(tmp / name)
        for child in children:
            child()
        final = []
        for name in [*(background or {}), *files]:
            os.replace(tmp / name, out_dir / name)
            final.append(out_dir / name)
        return final
    finally:
        for child in children:  # after a failure here: no child left writing into tmp
            child.stop()
        shutil.rmtree(tmp, ignore_errors=True)


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


def write_outputs(result: RunResult, out_dir: Path, argv: list[str] | None = None) -> list[Path]:
    """Write every output into ``out_dir`` atomically; return the final paths.

    For large runs the workbooks and the rank sensitivity (computed on first use) are
    made by child processes started first, while this process writes the CSV files."""
    tables = result.tables
    weight_free = {
        "indicators.csv": lambda: result.indicators,
        "evidence.csv": result.evidence_table,
        "sentences.csv": result.sentences_table,
        "quantities.csv": result.quantities_table,
    }
    files: dict[str, Callable[[Path], object]] = {
        "scores.csv": lambda p: write_csv(score_columns(result.scores), p),
        "sensitivity.csv": lambda p: write_csv(result.sensitivity, p),
        **{
            name: _reused(tables, name, lambda p, table=table: write_csv(table(), p))
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
    # the workbooks' rows are prepared here, before any child is forked
    books = {"scores.xlsx": partial(write_sheets, sheets=score_sheets(result))}
    if tables is not None and tables.has("evidence.xlsx"):  # copied; built only if that fails
        files["evidence.xlsx"] = _reused(
            tables, "evidence.xlsx", lambda p: write_sheets(p, evidence_sheets(result))
        )
    else:
        sheets = evidence_sheets(result)
        books["evidence.xlsx"] = _reused(
            tables, "evidence.xlsx", partial(write_sheets, sheets=sheets)
        )
    if len(result.scores) >= BACKGROUND_UNITS:
        books["sensitivity.csv"] = files.pop("sensitivity.csv")  # 500 rankings of every unit
        final = write_atomically(out_dir, files, background=books)
    else:
        final = write_atomically(out_dir, {**files, **books})
    for name, frame in optional.items():
        if frame is None and (out_dir / name).exists():
            (out_dir / name).unlink()  # a stale table from an earlier run would mislead
    return final
