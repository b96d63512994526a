"""The run's columnar store on disk: the text work of a corpus, a chunk of reports at a
time, becomes the weight-free measures (small, kept in memory for scoring) and the
three long tables (evidence, sentences, quantities) appended to Parquet files. Memory
holds one chunk's extractions, never the corpus'; the long tables are read back only
where a frame is asked for, and stream batch by batch into the output files.

A cached run keeps its store inside its set of weight-free tables (``TablesCache``);
a run without a cache keeps it in a scratch folder that lives as long as the run.
"""

from __future__ import annotations

import glob
import os
import shutil
import tempfile
import weakref
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

from fazhi_bench.evidence.extract import Extraction
from fazhi_bench.read.corpus import Document
from fazhi_bench.read.readers import file_sha256
from fazhi_bench.run.tables import (
    Measures,
    evidence_columns,
    measure,
    quantities_columns,
    sentences_columns,
    stack_hits,
    stacked,
    table_of,
)
from fazhi_bench.spec.catalogue import Catalogue

CHUNK_REPORTS = 256  # reports whose extractions are held at once

_CODED = pa.dictionary(pa.int32(), pa.string())
SCHEMAS = {
    "evidence": pa.schema([
        ("doc_id", _CODED), ("indicator", _CODED), ("dimension", _CODED), ("section", _CODED),
        ("start", pa.int64()), ("end", pa.int64()), ("text", pa.string()),
        ("credited", pa.bool_()), ("level", _CODED), ("reason", _CODED),
        ("sentence_id", pa.int64()), ("unit", _CODED), ("year", pa.int64()),
    ]),
    "sentences": pa.schema([
        ("doc_id", _CODED), ("sentence_id", pa.int64()), ("section", pa.string()),
        ("text", pa.string()),
    ]),
    "quantities": pa.schema([
        ("doc_id", _CODED), ("text", pa.string()), ("value", pa.float64()),
        ("unit", pa.string()), ("approx", pa.bool_()), ("section", pa.string()),
        ("dimension", pa.string()), ("credited", pa.bool_()), ("start", pa.int64()),
        ("sentence_id", pa.int64()), ("report_unit", _CODED), ("year", pa.int64()),
    ]),
}  # fmt: skip
LONG_TABLES = tuple(SCHEMAS)
_NULLABLE_INT = {"year"}  # read back as pandas' Int64 (a report may have no year)
_BATCH_ROWS = 65536


@dataclass
class Store:
    """The long tables of one run, as Parquet files in ``folder``."""

    folder: Path
    rows: dict[str, int]
    digests: dict[str, str] = field(default_factory=dict)  # name -> sha256 of its file

    def path(self, name: str) -> Path:
        return self.folder / f"{name}.parquet"

    def table(self, name: str) -> pa.Table:
        return pq.read_table(self.path(name))

    def frame(self, name: str) -> pd.DataFrame:
        """The table as a frame for reading: text as Python strings, years as Int64."""
        table = self.table(name)
        columns = {}
        for col_name, col in zip(table.column_names, table.columns, strict=True):
            if pa.types.is_dictionary(col.type) or pa.types.is_string(col.type):
                values = col.cast(pa.string()).to_numpy(zero_copy_only=False)
                columns[col_name] = pd.Series(values, dtype=object, copy=False)
            elif col_name in _NULLABLE_INT:
                columns[col_name] = col.to_pandas(types_mapper={pa.int64(): pd.Int64Dtype()}.get)
            else:
                columns[col_name] = col.to_numpy()
        return pd.DataFrame(columns, index=pd.RangeIndex(table.num_rows))

    def write(self, name: str, target: Path, fmt: str) -> None:
        """Write the table to ``target`` as 'parquet' (the stored file, copied) or 'csv'
        (streamed batch by batch: one batch in memory, whatever the corpus)."""
        if fmt == "parquet":
            shutil.copyfile(self.path(name), target)
            return
        source = pq.ParquetFile(self.path(name))
        options = pa_csv.WriteOptions(quoting_style="needed")
        with pa_csv.CSVWriter(str(target), SCHEMAS[name], write_options=options) as out:
            for batch in source.iter_batches(batch_size=_BATCH_ROWS):
                out.write_batch(batch)

    def intact(self) -> bool:
        """Every file present with the sha256 it was written with (a kept store)."""
        try:
            return all(file_sha256(self.path(n)) == self.digests.get(n) for n in LONG_TABLES)
        except OSError:
            return False


def build_store(
    chunks: Iterable[tuple[tuple[Document, ...], list[Extraction]]],
    catalogue: Catalogue,
    folder: Path,
) -> tuple[Measures, Store]:
    """Measure and tabulate each chunk of (documents, their extractions) in turn: the
    measures are concatenated, the long tables appended to their Parquet files."""
    folder.mkdir(parents=True, exist_ok=True)
    writers = {name: pq.ParquetWriter(folder / f"{name}.parquet", schema, compression="zstd")
               for name, schema in SCHEMAS.items()}  # fmt: skip
    parts: list[Measures] = []
    rows = dict.fromkeys(LONG_TABLES, 0)
    try:
        for docs, extractions in chunks:
            hits = stack_hits(extractions)
            parts.append(measure(docs, extractions, hits, catalogue))
            tables = {
                "evidence": evidence_columns(docs, hits, catalogue),
                "sentences": sentences_columns(docs, extractions),
                "quantities": quantities_columns(docs, extractions),
            }
            for name, columns in tables.items():
                table = table_of(columns, SCHEMAS[name])
                writers[name].write_table(table)
                rows[name] += table.num_rows
    finally:
        for writer in writers.values():
            writer.close()
    measures = tuple(stacked([p[i] for p in parts]) if parts else _empty_measures(catalogue)[i]
                     for i in range(3))  # fmt: skip
    store = Store(folder, rows, {n: file_sha256(folder / f"{n}.parquet") for n in LONG_TABLES})
    return measures, store  # type: ignore[return-value]  # three frames, as built


def _empty_measures(catalogue: Catalogue) -> Measures:
    return measure((), [], stack_hits([]), catalogue)


def in_chunks(
    docs: tuple[Document, ...], extractions_of: Callable[[int, int], list[Extraction]]
) -> Iterator[tuple[tuple[Document, ...], list[Extraction]]]:
    """The documents with their extractions (``extractions_of(lo, hi)``: those of
    ``docs[lo:hi]``, from memory or the cache) in the chunks ``build_store`` takes."""
    for lo in range(0, len(docs), CHUNK_REPORTS):
        hi = lo + CHUNK_REPORTS
        yield docs[lo:hi], extractions_of(lo, hi)


def scratch_store(
    docs: tuple[Document, ...], extractions: list[Extraction], catalogue: Catalogue
) -> tuple[Measures, Store]:
    """``build_store`` of extractions held in memory, into a scratch folder that goes
    with the store."""
    folder = scratch_folder()
    measures, store = build_store(
        in_chunks(docs, lambda lo, hi: extractions[lo:hi]), catalogue, folder
    )
    remove_with(store, folder)
    return measures, store


SCRATCH_PREFIX = "fazhi_bench-run-"


def scratch_folder() -> Path:
    """A private temporary folder for a run without a cache (see ``remove_with``);
    folders of runs whose process has died are removed first."""
    base = Path(tempfile.gettempdir())
    remove_abandoned(base, SCRATCH_PREFIX)
    return Path(tempfile.mkdtemp(prefix=f"{SCRATCH_PREFIX}{os.getpid()}-"))


def remove_abandoned(parent: Path, prefix: str) -> None:
    """Folders ``<prefix><pid>-…`` in ``parent`` of processes that have ended (killed
    before they could clean up)."""
    for entry in parent.glob(glob.escape(prefix) + "*"):
        pid = entry.name[len(prefix) :].split("-", 1)[0]
        if pid.isdigit() and not alive(int(pid)):
            shutil.rmtree(entry, ignore_errors=True)


def remove_with(owner: object, folder: Path) -> None:
    """Remove ``folder`` when ``owner`` is garbage-collected, or at exit."""
    weakref.finalize(owner, shutil.rmtree, folder, True)


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True
