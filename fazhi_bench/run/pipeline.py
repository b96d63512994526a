"""The scoring run end to end, as plain functions over frames.

read+clean (corpus) -> extract (sections, hits, quantities) -> measure (indicator
credit) -> score (dimensions, index, ranks) -> panel changes. ``run`` chains them and
returns every table; writing files is left to ``outputs``.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TypeVar

import pandas as pd
import pyarrow as pa

from fazhi_bench.evidence.extract import Extraction, extract
from fazhi_bench.evidence.matching import Matcher
from fazhi_bench.model.panel import changes_frame, trends_frame
from fazhi_bench.model.scoring import dimension_scores, score_table
from fazhi_bench.model.sensitivity import rank_sensitivity
from fazhi_bench.model.weighting import dimension_weights
from fazhi_bench.read.corpus import Corpus, Document, load_corpus
from fazhi_bench.read.readers import unreadable
from fazhi_bench.run.cache import TablesCache
from fazhi_bench.run.reviews import Reviews, apply_reviews, load_reviews, reviewed_evidence
from fazhi_bench.run.store import (
    Store,
    build_store,
    in_chunks,
    remove_with,
    scratch_folder,
    scratch_store,
)
from fazhi_bench.run.tables import Hits, Measures, stack_hits
from fazhi_bench.spec.catalogue import DIMENSIONS, Catalogue
from fazhi_bench.spec.methods import resolve_method
from fazhi_bench.spec.weights import Weights

T = TypeVar("T")
DOC_COLUMNS = ["doc_id", "unit", "year", "level", "file", "title", "published", "on_time"]


@dataclass
class RunResult:
    """Every table of a run. Evidence, sentences and quantities do not depend on weights
    or methods: they are in the run's ``store`` on disk, read on first use (a rerun may
    copy their files instead). The extractions behind them are read only when a caller
    needs the text work itself (reviews, cards). The rank sensitivity is computed on
    first use."""

    catalogue: Catalogue
    weights: Weights
    method: dict[str, str]
    corpus: Corpus
    scores: pd.DataFrame
    indicators: pd.DataFrame
    figures: pd.DataFrame  # doc_id, dimension, figures: achieved figures per dimension
    store: Store  # the long weight-free tables, on disk
    load_extractions: Callable[[], list[Extraction]]  # the text work, read on first use
    changes: pd.DataFrame | None
    documents: pd.DataFrame  # documents_frame of the corpus
    block_scores: pd.DataFrame  # doc_id x block (dimensions, auxiliary), before normalisation
    dim_weights: pd.Series
    trends: pd.DataFrame | None = None
    weighting_info: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    tables: TablesCache | None = None  # where the weight-free output files may be reused from
    measures: Measures | None = None  # the weight-free measures the scores were made from
    reviews: Reviews | None = None  # reviewers' corrections applied to the machine's credit
    applied_reviews: pd.DataFrame | None = None  # reviews.csv: each row, credit before/after

    @property
    def raw_dimensions(self) -> pd.DataFrame:
        """doc_id x dimension, before normalisation."""
        return self.block_scores[list(DIMENSIONS)]

    @cached_property
    def extractions(self) -> list[Extraction]:
        return self.load_extractions()

    @cached_property
    def hits(self) -> Hits:
        """Every hit of the corpus, stacked once (for the reviews)."""
        return stack_hits(self.extractions)

    def _from_store(self, read: Callable[[Store], T]) -> T:
        """``read`` applied to the store; when its files went missing or were damaged
        since the run (a cache cleaned meanwhile), to a store rebuilt from the
        extractions."""
        try:
            return read(self.store)
        except (OSError, pa.ArrowException):
            _, self.store = scratch_store(self.corpus.documents, self.extractions, self.catalogue)
            return read(self.store)

    @cached_property
    def evidence(self) -> pd.DataFrame:
        frame = self._from_store(lambda store: store.frame("evidence"))
        if self.reviews is None:
            return frame
        canonical = {d.doc_id: ex.sentence_canonical
                     for d, ex in zip(self.corpus.documents, self.extractions, strict=True)}  # fmt: skip
        return reviewed_evidence(frame, canonical, self.reviews)

    @cached_property
    def sensitivity(self) -> pd.DataFrame:
        return rank_sensitivity(self.raw_dimensions, self.documents, self.dim_weights, self.method)

    @cached_property
    def sentences(self) -> pd.DataFrame:
        return self._from_store(lambda store: store.frame("sentences"))

    @cached_property
    def quantities(self) -> pd.DataFrame:
        return self._from_store(lambda store: store.frame("quantities"))

    def write_table(self, name: str, path: Path, fmt: str) -> None:
        """Write a stored long table ('evidence', 'sentences', 'quantities') as 'csv' or
        'parquet', streamed from the store (the machine's, before any reviews)."""
        self._from_store(lambda store: store.write(name, path, fmt))


def documents_frame(docs: tuple[Document, ...]) -> pd.DataFrame:
    rows = [{c: getattr(d, c) for c in DOC_COLUMNS} for d in docs]
    frame = pd.DataFrame(rows, columns=DOC_COLUMNS)
    frame["year"] = frame["year"].astype("Int64")
    return frame


def with_report_fields(frame: pd.DataFrame, docs: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with its reports' unit, year and level (looked up by doc_id; unit and
    level as categoricals: a label per report, not per row, on 3 million rows)."""
    rows = pd.Index(docs["doc_id"]).get_indexer(frame["doc_id"])
    fields = {name: pd.Categorical(docs[name]).take(rows) for name in ("unit", "level")}
    return frame.assign(unit=fields["unit"], year=docs["year"].array.take(rows),
                        level=fields["level"])  # fmt: skip


def with_sentences(evidence: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """Evidence rows with their sentence text as a ``sentence`` column."""
    return evidence.merge(
        sentences[["doc_id", "sentence_id", "text"]].rename(columns={"text": "sentence"}),
        on=["doc_id", "sentence_id"],
        how="left",
    )


def run(
    corpus: Corpus,
    catalogue: Catalogue,
    weights: Weights | None = None,
    method: dict[str, str] | None = None,
) -> RunResult:
    """Score a corpus with a catalogue in this process: every output table, nothing
    written (the extractions stay in memory: for small corpora and tests)."""
    matcher = Matcher(catalogue)
    extractions = [extract(doc.text, matcher) for doc in corpus.documents]
    return score_extractions(corpus, catalogue, extractions, weights, method)


def score_extractions(
    corpus: Corpus,
    catalogue: Catalogue,
    extractions: list[Extraction],
    weights: Weights | None = None,
    method: dict[str, str] | None = None,
) -> RunResult:
    """Everything after the text work of extractions held in memory: measure, store,
    score, panel (sensitivity on first use)."""
    measures, store = scratch_store(corpus.documents, extractions, catalogue)
    return score_measures(corpus, catalogue, measures, store, lambda: extractions, weights, method)


def score_measures(
    corpus: Corpus,
    catalogue: Catalogue,
    measures: Measures,
    store: Store,
    load_extractions: Callable[[], list[Extraction]],
    weights: Weights | None = None,
    method: dict[str, str] | None = None,
    reviews: Reviews | None = None,
) -> RunResult:
    """Weights and methods applied to the measures (after the reviews, when given):
    dimensions, index, ranks, panel. A reviewed run keeps the machine's index beside."""
    weights = weights or Weights.from_catalogue(catalogue)
    method = resolve_method(catalogue.scoring, method)
    indicators, figures, quality = measures
    applied = None
    if reviews is not None:
        machine_indicators = indicators
        indicators, applied = apply_reviews(indicators, reviews)
    docs = documents_frame(corpus.documents)
    blocks = [*DIMENSIONS, *(b.id for b in catalogue.auxiliary)]
    raw = dimension_scores(indicators, weights, blocks, method, figures)
    dim_weights, weighting_info = dimension_weights(method, weights, raw[list(DIMENSIONS)])
    scores = score_table(docs, raw, catalogue, method, dim_weights)
    if reviews is not None:
        machine_raw = dimension_scores(machine_indicators, weights, blocks, method, figures)
        machine = score_table(docs, machine_raw, catalogue, method, dim_weights)
        scores["index_machine"] = (
            machine.set_index("doc_id")["index"].reindex(scores["doc_id"]).to_numpy()
        )
        counts = applied["doc_id"].value_counts()
        scores["reviews"] = scores["doc_id"].map(counts).fillna(0).astype(int)
    scores = scores.merge(quality, on="doc_id", how="left")
    return RunResult(
        catalogue=catalogue,
        weights=weights,
        method=method,
        corpus=corpus,
        scores=scores,
        indicators=with_report_fields(indicators, docs),
        figures=figures,
        store=store,
        load_extractions=load_extractions,
        changes=changes_frame(scores),
        trends=trends_frame(scores),
        documents=docs,
        block_scores=raw,
        dim_weights=dim_weights,
        weighting_info=weighting_info,
        warnings=list(corpus.warnings),
        measures=measures,
        reviews=reviews,
        applied_reviews=applied,
    )


def score_paths(
    paths: list[Path],
    catalogue: Catalogue,
    manifest: Path | None = None,
    weights: Weights | None = None,
    method: dict | None = None,
    skip_bad: bool = False,
    cache_dir: Path | None = None,
    jobs: int = 1,
    reviews: Path | None = None,
) -> RunResult:
    """Read, extract (cached, in parallel) and score the reports under ``paths``; with
    ``reviews``, apply a reviews file after checking every row against the corpus.

    With a cache, reports already extracted contribute only their documents at first;
    their extractions are read when a table needs them, which a rerun with new weights
    avoids when the corpus' weight-free measures were kept by an earlier run."""
    from fazhi_bench.run.cache import (
        ExtractionCache,
        FileHashes,
        Item,
        extract_items,
        load_extractions,
        signature,
    )

    found: dict[str, Extraction | None] = {}
    scratch = scratch_folder() if cache_dir is None else None  # a run's own, without a cache
    cache = ExtractionCache(cache_dir or scratch, catalogue.pattern_hash)  # index read once
    hashes = FileHashes(cache_dir)

    def reader(labelled: list[tuple[Path, str]]) -> tuple[dict[str, Document], list[str]]:
        items, problems = [], []
        lookup = not cache.is_empty()  # else the workers hash what they read
        for path, label in labelled:
            try:
                sig = signature(path)  # before anything reads the file
                items.append(Item(path, label, hashes.sha256(path, sig) if lookup else None, sig))
            except OSError as exc:
                problems.append(unreadable(label, exc))
        done, errors = extract_items(items, catalogue, cache, jobs)
        found.update({label: ex for label, (_, ex) in done.items()})
        docs = {label: doc for label, (doc, _) in done.items()}
        hashes.remember(items, docs)
        hashes.save()
        return docs, problems + errors

    try:
        corpus = load_corpus(paths, manifest, skip_bad=skip_bad, reader=reader)
    except BaseException:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
        raise
    docs = corpus.documents
    pending = [found[d.file] for d in docs]  # None: in the cache (the workers stored it)

    def load(lo: int = 0, hi: int = len(docs)) -> list[Extraction]:
        return load_extractions(docs[lo:hi], pending[lo:hi], catalogue, cache)

    tables = TablesCache.for_run(cache_dir, catalogue, docs)
    kept = tables.kept() if tables is not None else None
    if kept is not None:
        measures, store = kept
    else:
        folder = tables.store_folder() if tables is not None else None
        if folder is None:  # no cache, or one that cannot be written
            scratch = scratch or scratch_folder()
            folder = scratch / "store"
        measures, store = build_store(in_chunks(docs, load), catalogue, folder)
        if tables is not None:
            tables.keep(measures, store)
    if scratch is not None:
        remove_with(store, scratch)
    result = score_measures(corpus, catalogue, measures, store, load, weights, method)
    if reviews is not None:
        return reviewed(result, reviews, weights, method)
    result.tables = tables
    return result


def reviewed(machine: RunResult, path: Path, weights: Weights | None,
             method: dict | None) -> RunResult:  # fmt: skip
    """The machine's run with a reviews file applied (checked in full first). Its
    weight-free tables differ from the machine's, so none is reused from the cache."""
    checked = load_reviews(path, machine.catalogue, machine.corpus.documents,
                           machine.extractions, machine.hits)  # fmt: skip
    result = score_measures(machine.corpus, machine.catalogue, machine.measures, machine.store,
                            lambda: machine.extractions, weights, method, checked)  # fmt: skip
    result.hits = machine.hits
    return result


def default_paths() -> list[Path]:
    return [Path("data/reports")]
