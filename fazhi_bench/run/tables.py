"""The tables of a run built from extractions, column by column: every hit stacked
(``Hits``), indicator credit per report (``indicator_frame``), the long evidence,
sentences and quantities tables, achieved figures and report quality.

Each works on any slice of the corpus' reports: a run builds them chunk by chunk
(``run.store``), so the text work of the whole corpus is never held at once.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
import pandas as pd
import pyarrow as pa
from pandas.api.types import union_categoricals

from fazhi_bench.evidence.credit import LEVEL_VALUE, credit_from, sentence_value
from fazhi_bench.evidence.extract import QUANTITY_FIELDS, Extraction
from fazhi_bench.evidence.sections import completeness
from fazhi_bench.read.corpus import Document
from fazhi_bench.spec.catalogue import Catalogue

_LEVELS = tuple(LEVEL_VALUE)  # level codes 0, 1, 2


@dataclass
class Hits:
    """Every hit of a corpus as aligned columns (one entry per hit); the fields of each
    hit's sentence as codes into their few distinct values."""

    doc: np.ndarray
    indicator: np.ndarray
    sentence: np.ndarray
    canonical: np.ndarray  # the sentence's first word-for-word copy in its report
    start: np.ndarray
    end: np.ndarray
    section: Coded
    reason: Coded
    level: Coded  # the hit's own grade; '' where not credited

    @property
    def credited(self) -> np.ndarray:
        return _rows_with(self.reason, "")


def _rows_with(column: Coded, label: str) -> np.ndarray:
    """Which rows of ``column`` hold ``label`` (none when it is not among the labels)."""
    if label not in column.labels:
        return np.zeros(len(column.codes), dtype=bool)
    return column.codes == column.labels.index(label)


def stack_hits(extractions: list[Extraction]) -> Hits:
    """Concatenate the per-report hit tables; sentence fields are looked up per hit, for
    all reports at once: every report's sentences in one list, each hit pointing into it
    (one lookup instead of three small arrays built per report)."""
    tables = [ex.hit_table for ex in extractions] or [np.zeros((4, 0), dtype=np.int32)]
    indicator, start, end, sentence = np.concatenate(tables, axis=1).astype(np.int64)
    per_report = [ex.hit_table.shape[1] for ex in extractions]
    first = np.cumsum([0, *(len(ex.sentence_reason) for ex in extractions)])[:-1]
    row = np.repeat(first, per_report) + sentence  # the hit's sentence among all of them

    def looked_up(name: str) -> Coded:
        """The sentence field ``name`` of each hit, as codes (Arrow's dictionary encoding
        of all sentences' values, looked up at the hits' rows)."""
        values = itertools.chain.from_iterable(getattr(ex, name) for ex in extractions)
        encoded = pa.array(values, type=pa.string()).dictionary_encode()
        return Coded(encoded.indices.to_numpy()[row], encoded.dictionary.to_pylist())

    reason = looked_up("sentence_reason")
    level = pa.array(itertools.chain.from_iterable(ex.hit_level for ex in extractions),
                     type=pa.string()).dictionary_encode()  # fmt: skip
    labels = level.dictionary.to_pylist()
    canonical = np.fromiter(
        itertools.chain.from_iterable(ex.sentence_canonical for ex in extractions), dtype=np.int64
    )
    return Hits(
        doc=np.repeat(np.arange(len(extractions)), per_report),
        indicator=indicator,
        sentence=sentence,
        canonical=canonical[row],
        start=start,
        end=end,
        section=looked_up("sentence_section"),
        reason=reason,
        level=Coded(level.indices.to_numpy().astype(np.int64), labels),
    )


def indicator_frame(docs: tuple[Document, ...], hits: Hits, catalogue: Catalogue) -> pd.DataFrame:
    """doc x indicator: credit 0..1 with the counts behind it (every indicator listed).

    Computed with array operations over all hits: thousands of reports give hundreds
    of thousands of rows (its text columns are categoricals: 40,000 reports make 3
    million rows). A sentence counts once per indicator however often it hits,
    and a sentence repeated word for word counts once (at its best level).
    """
    inds = catalogue.indicators
    n_ind, cells = len(inds), len(docs) * len(inds)
    key = hits.doc * n_ind + hits.indicator
    n_hits = np.bincount(key, minlength=cells)
    credited = hits.credited
    # each label's level code (0, 1, 2); rows not credited are left out below
    codes = [_LEVELS.index(label) if label in _LEVELS else 0 for label in hits.level.labels]
    level_code = np.array(codes, dtype=np.int64)[hits.level.codes]
    cell, sid, code = key[credited], hits.canonical[credited], level_code[credited]
    value = _shared_values(hits, credited, code, catalogue)
    width = int(sid.max()) + 1 if len(sid) else 1
    # one row per (cell, sentence text), at the best value any of its hits reached
    order = np.lexsort((-value, cell * width + sid))
    _, first = np.unique((cell * width + sid)[order], return_index=True)
    cell, code, value = cell[order][first], code[order][first], value[order][first]
    n_sent = np.bincount(cell, minlength=cells)
    n_concrete = np.bincount(cell[code > 0], minlength=cells)
    best = np.full(cells, -1, dtype=np.int64)
    np.maximum.at(best, cell, code)
    best_value = np.zeros(cells)
    np.maximum.at(best_value, cell, value)
    credit = np.where(best >= 0, _credits(best_value, n_concrete), 0.0)
    each_indicator = np.tile(np.arange(n_ind), len(docs))
    return pd.DataFrame(
        {
            "doc_id": _per_document(docs, "doc_id", _rows([n_ind] * len(docs))).categorical(),
            "dimension": Coded(each_indicator, [i.dimension for i in inds]).categorical(),
            "indicator": Coded(each_indicator, [i.id for i in inds]).categorical(),
            "label": Coded(each_indicator, [i.label for i in inds]).categorical(),
            "credit": credit,
            "best_level": Coded(best + 1, ["", *_LEVELS]).categorical(),
            "credited_sentences": n_sent,
            "hits": n_hits,
        }
    )


def _shared_values(
    hits: Hits, credited: np.ndarray, code: np.ndarray, catalogue: Catalogue
) -> np.ndarray:
    """Each credited hit's sentence value (``credit.sentence_value``), where the share is
    the number of distinct indicators of its dimension that its sentence evidences.
    Counted for all reports at once."""
    inds = catalogue.indicators
    n_ind = len(inds)
    dims = sorted({i.dimension for i in inds})
    dim_of = np.array([dims.index(i.dimension) for i in inds], dtype=np.int64)
    doc, sentence, indicator = hits.doc[credited], hits.sentence[credited], hits.indicator[credited]
    per_doc = int(sentence.max()) + 1 if len(sentence) else 1
    place = doc * per_doc + sentence  # the hit's sentence, unique over the corpus
    distinct = np.unique(place * n_ind + indicator)  # (sentence, indicator) pairs
    groups, shared = np.unique(
        (distinct // n_ind) * len(dims) + dim_of[distinct % n_ind], return_counts=True
    )
    n = shared[np.searchsorted(groups, place * len(dims) + dim_of[indicator])]
    key = n * len(_LEVELS) + code  # one integer per (share, level) pair
    return _per_distinct(key, lambda i: sentence_value(_LEVELS[code[i]], int(n[i])))


def _credits(best: np.ndarray, concrete: np.ndarray) -> np.ndarray:
    """``credit.credit_from`` for arrays (see ``_per_distinct``)."""
    capped = np.minimum(concrete, 3)  # more than three concrete sentences add nothing more
    key = np.round(best * 1e9).astype(np.int64) * 4 + capped  # one integer per pair
    return _per_distinct(key, lambda i: credit_from(best[i], int(capped[i])))


def _per_distinct(key: np.ndarray, value_at: Callable[[int], float]) -> np.ndarray:
    """A scalar rule of ``credit`` applied to arrays: ``value_at(i)`` is evaluated once per
    distinct ``key`` (a few dozen in a corpus of millions of rows) and spread to every row
    with that key, so that each rule is written once, in ``credit``."""
    _, first, inverse = np.unique(key, return_index=True, return_inverse=True)
    return np.array([value_at(i) for i in first.tolist()], dtype=float)[inverse.ravel()]


class Coded(NamedTuple):
    """A long column stored as codes into a short list of labels (one label per document
    or per indicator): Arrow writes it as a dictionary column without converting a
    Python string per row, and pandas gets the labels looked up."""

    codes: np.ndarray
    labels: list

    def values(self) -> pd.Series:
        """As Python strings (the evidence-like frames, see ``_objects``)."""
        return _objects(np.array(self.labels, dtype=object)[self.codes])

    def categorical(self) -> pd.Categorical:
        """As a pandas categorical with its distinct labels sorted (so that sorting and
        grouping by it order rows as the strings would): a (report, indicator) table
        stores each label once, not once per row."""
        distinct, inverse = np.unique(np.array(self.labels, dtype=object), return_inverse=True)
        return pd.Categorical.from_codes(inverse[self.codes], categories=distinct)

    def arrow(self) -> pa.Array:
        return pa.DictionaryArray.from_arrays(
            pa.array(self.codes, type=pa.int32()), pa.array(self.labels, type=pa.string())
        )


Column = Coded | np.ndarray | list | pd.api.extensions.ExtensionArray


def evidence_columns(
    docs: tuple[Document, ...], hits: Hits, catalogue: Catalogue
) -> dict[str, Column]:
    """One entry per hit, column by column (the sentence itself is in the sentences
    table); per-document and per-indicator columns stay ``Coded``."""
    inds = catalogue.indicators
    texts: list[str] = []
    starts, ends = hits.start.tolist(), hits.end.tolist()
    for d, (lo, hi) in enumerate(_doc_bounds(hits.doc, len(docs))):
        text = docs[d].text
        texts.extend(text[s:e] for s, e in zip(starts[lo:hi], ends[lo:hi], strict=True))
    return {
        "doc_id": _per_document(docs, "doc_id", hits.doc),
        "indicator": Coded(hits.indicator, [i.id for i in inds]),
        "dimension": Coded(hits.indicator, [i.dimension for i in inds]),
        "section": hits.section,
        "start": hits.start,
        "end": hits.end,
        "text": texts,
        "credited": hits.credited,
        "level": hits.level,
        "reason": hits.reason,
        "sentence_id": hits.sentence,
        "unit": _per_document(docs, "unit", hits.doc),
        "year": _years(docs, hits.doc),
    }


def table_of(columns: dict[str, Column], schema: pa.Schema) -> pa.Table:
    """Columns as an Arrow table of ``schema`` for the store (coded columns go in as
    dictionaries; the schema holds even for a chunk without rows)."""
    arrays = [columns[f.name].arrow() if isinstance(columns[f.name], Coded)
              else pa.array(columns[f.name], type=f.type, from_pandas=True) for f in schema]  # fmt: skip
    return pa.Table.from_arrays(arrays, schema=schema)


def _doc_bounds(doc: np.ndarray, n_docs: int) -> list[tuple[int, int]]:
    """[lo, hi) of each document's rows in an array sorted by document."""
    edges = np.searchsorted(doc, np.arange(n_docs + 1)).tolist()
    return list(zip(edges[:-1], edges[1:], strict=True))


def sentences_columns(
    docs: tuple[Document, ...], extractions: list[Extraction]
) -> dict[str, Column]:
    """Each sentence that holds a hit, once: (doc_id, sentence_id, section, text)."""
    counts, ids, sections, texts = [], [], [], []
    for doc, ex in zip(docs, extractions, strict=True):
        found = np.unique(ex.hit_table[3]).tolist()
        spans, text = ex.sentences, doc.text
        counts.append(len(found))
        ids.extend(found)
        sections.extend([ex.sentence_section[i] for i in found])
        texts.extend([text[spans[i][0] : spans[i][1]].strip() for i in found])
    return {
        "doc_id": _per_document(docs, "doc_id", _rows(counts)),
        "sentence_id": np.array(ids, dtype=np.int64),
        "section": sections,
        "text": texts,
    }


def _rows(counts: list[int]) -> np.ndarray:
    """The document of each row, when document i has ``counts[i]`` rows."""
    return np.repeat(np.arange(len(counts)), counts)


def _per_document(docs: tuple[Document, ...], field: str, rows: np.ndarray) -> Coded:
    """A document field on rows that belong to documents ``rows``."""
    return Coded(rows, [getattr(d, field) for d in docs])


def _years(docs: tuple[Document, ...], rows: np.ndarray) -> pd.api.extensions.ExtensionArray:
    """The year reported on, on rows that belong to documents ``rows`` (missing: <NA>)."""
    return pd.array([d.year for d in docs], dtype="Int64")[rows]


def _objects(values: list | np.ndarray) -> pd.Series:
    """A column of Python strings kept as they are: pandas would otherwise convert each
    string to Arrow (these frames are for reading; their CSV files are written from Arrow
    tables built by ``table_of``)."""
    return pd.Series(values, dtype=object, copy=False)


_QUANTITY_TYPES = {"value": np.float64, "approx": bool, "credited": bool, "start": np.int64,
                   "sentence_id": np.int64}  # fmt: skip


def quantities_columns(
    docs: tuple[Document, ...], extractions: list[Extraction]
) -> dict[str, Column]:
    """Every quantified claim (``QUANTITY_FIELDS``) with its report's unit and year."""
    counts = [len(ex.quantity["start"]) for ex in extractions]
    fields: dict[str, list] = {k: [] for k in QUANTITY_FIELDS}
    for ex in extractions:
        for key in QUANTITY_FIELDS:
            fields[key].extend(ex.quantity[key])
    rows = _rows(counts)
    return {
        "doc_id": _per_document(docs, "doc_id", rows),
        **{k: np.array(v, dtype=_QUANTITY_TYPES[k]) if k in _QUANTITY_TYPES else v
           for k, v in fields.items()},
        "report_unit": _per_document(docs, "unit", rows),
        "year": _years(docs, rows),
    }  # fmt: skip


FIGURE_COLUMNS = ["doc_id", "dimension", "figures"]


def figures_frame(docs: tuple[Document, ...], extractions: list[Extraction]) -> pd.DataFrame:
    """doc x dimension: distinct achieved figures whose dimension is known (counted per
    report by ``achieved_figures``); dimensions without any are left out."""
    rows = [(doc.doc_id, d, n) for doc, ex in zip(docs, extractions, strict=True)
            for d, n in ex.figures.items()]  # fmt: skip
    return pd.DataFrame(rows, columns=FIGURE_COLUMNS).astype({"figures": int})


def quality_frame(docs: tuple[Document, ...], extractions: list[Extraction]) -> pd.DataFrame:
    """Report quality beside the five scores: specificity and slogan density."""
    rows = []
    for doc, ex in zip(docs, extractions, strict=True):
        rows.append(
            {
                "doc_id": doc.doc_id,
                "completeness": completeness(ex.sections),
                "specificity": round(ex.specific_sentences / ex.achievement_sentences, 4)
                if ex.achievement_sentences
                else 0.0,
                "slogan_density": round(1000 * ex.slogan_count / max(len(doc.text), 1), 3),
                "chars": len(doc.text),
                "credited_hits": ex.credited_hits,
                "quantities": len(ex.quantity["start"]),
            }
        )
    return pd.DataFrame(rows)


Measures = tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]  # indicators, figures, quality


def measure(
    docs: tuple[Document, ...], extractions: list[Extraction], hits: Hits, catalogue: Catalogue
) -> Measures:
    """The weight-free measures scoring starts from: indicator credits, achieved figures
    per dimension and report quality."""
    return (
        indicator_frame(docs, hits, catalogue),
        figures_frame(docs, extractions),
        quality_frame(docs, extractions),
    )


def stacked(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Frames of the same columns one under the other, categoricals staying categoricals
    (their labels united and sorted; ``pd.concat`` would make them Python strings)."""
    out = pd.concat(frames, ignore_index=True)
    for name in frames[0].columns:
        if isinstance(frames[0][name].dtype, pd.CategoricalDtype):
            parts = [frame[name] for frame in frames]
            out[name] = union_categoricals(parts, sort_categories=True, ignore_order=True)
    return out
