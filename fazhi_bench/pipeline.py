"""The scoring run end to end, as plain functions over frames.

read+clean (corpus) -> extract (sections, hits, quantities) -> measure (indicator
credit) -> score (dimensions, index, ranks) -> panel changes. ``run`` chains them and
returns every table; writing files is left to ``outputs``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .catalogue import DIMENSIONS, Catalogue
from .corpus import Corpus, Document, load_corpus
from .credit import indicator_credit
from .extract import Extraction, extract
from .matching import Matcher
from .methods import resolve_method
from .panel import changes_frame, trends_frame
from .scoring import dimension_scores, score_table
from .sections import completeness
from .sensitivity import rank_sensitivity
from .weighting import dimension_weights
from .weights import Weights

DOC_COLUMNS = ["doc_id", "unit", "year", "level", "file", "title", "published", "on_time"]


@dataclass
class RunResult:
    catalogue: Catalogue
    weights: Weights
    method: dict[str, str]
    corpus: Corpus
    scores: pd.DataFrame
    indicators: pd.DataFrame
    evidence: pd.DataFrame
    quantities: pd.DataFrame
    changes: pd.DataFrame | None
    trends: pd.DataFrame | None = None
    sensitivity: pd.DataFrame | None = None
    raw_dimensions: pd.DataFrame | None = None
    dim_weights: pd.Series | None = None
    weighting_info: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def documents_frame(docs: tuple[Document, ...]) -> pd.DataFrame:
    rows = [{c: getattr(d, c) for c in DOC_COLUMNS} for d in docs]
    frame = pd.DataFrame(rows, columns=DOC_COLUMNS)
    frame["year"] = frame["year"].astype("Int64")
    return frame


def indicator_frame(
    docs: tuple[Document, ...], extractions: list[Extraction], catalogue: Catalogue
) -> pd.DataFrame:
    """doc x indicator: credit 0..1 with the counts behind it (every indicator listed).

    Built column by column: thousands of reports give hundreds of thousands of rows.
    """
    inds = catalogue.indicators
    order = ["mention", "measure", "result"]
    credit, best, n_sent, n_hits = [], [], [], []
    for ex in extractions:
        by_ind: dict[str, dict[int, str]] = {}
        counts: dict[str, int] = {}
        for hit in ex.hits:
            counts[hit["indicator"]] = counts.get(hit["indicator"], 0) + 1
            if hit["credited"]:
                by_ind.setdefault(hit["indicator"], {})[hit["sentence_id"]] = hit["level"]
        for ind in inds:
            levels = list(by_ind.get(ind.id, {}).values())
            credit.append(indicator_credit(levels) if levels else 0.0)
            best.append(max(levels, key=order.index) if levels else "")
            n_sent.append(len(levels))
            n_hits.append(counts.get(ind.id, 0))
    n = len(docs)
    return pd.DataFrame(
        {
            "doc_id": [d.doc_id for d in docs for _ in inds],
            "dimension": [i.dimension for i in inds] * n,
            "indicator": [i.id for i in inds] * n,
            "label": [i.label for i in inds] * n,
            "credit": credit,
            "best_level": best,
            "credited_sentences": n_sent,
            "hits": n_hits,
        }
    )


HIT_FIELDS = ("indicator", "dimension", "section", "start", "end", "text", "credited", "level",
              "reason", "sentence_id")  # fmt: skip


def evidence_frame(docs: tuple[Document, ...], extractions: list[Extraction]) -> pd.DataFrame:
    """One row per hit; a sentence with several hits is one shared string object."""
    columns: dict[str, list] = {k: [] for k in ("doc_id", *HIT_FIELDS, "sentence")}
    for doc, ex in zip(docs, extractions, strict=True):
        text_of: dict[int, str] = {}
        for hit in ex.hits:
            sid = hit["sentence_id"]
            if sid not in text_of:
                s, e = ex.sentences[sid]
                text_of[sid] = doc.text[s:e].strip()
            columns["sentence"].append(text_of[sid])
        columns["doc_id"].extend([doc.doc_id] * len(ex.hits))
        for key in HIT_FIELDS:
            columns[key].extend(h[key] for h in ex.hits)
    cols = ["doc_id", "indicator", "dimension", "section", "start", "end", "text", "sentence",
            "credited", "level", "reason", "sentence_id"]  # fmt: skip
    return pd.DataFrame(columns)[cols]


def quantities_frame(docs: tuple[Document, ...], extractions: list[Extraction]) -> pd.DataFrame:
    rows = [
        {"doc_id": doc.doc_id, **q}
        for doc, ex in zip(docs, extractions, strict=True)
        for q in ex.quantities
    ]
    cols = ["doc_id", "text", "value", "unit", "approx", "section", "dimension", "start",
            "sentence_id"]  # fmt: skip
    return pd.DataFrame(rows, columns=cols)


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
                "credited_hits": sum(1 for h in ex.hits if h["credited"]),
                "quantities": len(ex.quantities),
            }
        )
    return pd.DataFrame(rows)


def run(
    corpus: Corpus,
    catalogue: Catalogue,
    weights: Weights | None = None,
    method: dict[str, str] | None = None,
) -> RunResult:
    """Score a corpus with a catalogue: every output table, nothing written."""
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
    """Everything after the text work: measure, score, panel, sensitivity (cheap)."""
    weights = weights or Weights.from_catalogue(catalogue)
    method = resolve_method(catalogue.scoring, method)
    docs = documents_frame(corpus.documents)
    indicators = indicator_frame(corpus.documents, extractions, catalogue)
    raw = dimension_scores(indicators, weights, list(DIMENSIONS), method)
    dim_weights, weighting_info = dimension_weights(method, weights, raw)
    scores = score_table(docs, indicators, weights, catalogue, method, dim_weights)
    scores = scores.merge(quality_frame(corpus.documents, extractions), on="doc_id", how="left")
    meta = docs.set_index("doc_id")[["unit", "year", "level"]]
    indicators = indicators.join(meta, on="doc_id")
    evidence = evidence_frame(corpus.documents, extractions).join(
        meta[["unit", "year"]], on="doc_id"
    )
    quantities = quantities_frame(corpus.documents, extractions).join(
        meta[["unit", "year"]].rename(columns={"unit": "report_unit"}), on="doc_id"
    )
    return RunResult(
        catalogue=catalogue,
        weights=weights,
        method=method,
        corpus=corpus,
        scores=scores,
        indicators=indicators,
        evidence=evidence,
        quantities=quantities,
        changes=changes_frame(scores),
        trends=trends_frame(scores),
        sensitivity=rank_sensitivity(raw, docs, dim_weights, method),
        raw_dimensions=raw,
        dim_weights=dim_weights,
        weighting_info=weighting_info,
        warnings=list(corpus.warnings),
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
) -> RunResult:
    """Read, extract (cached, in parallel) and score the reports under ``paths``."""
    from .cache import Item, extract_items

    extractions: dict[str, Extraction] = {}

    def reader(labelled: list[tuple[Path, str]]) -> tuple[dict[str, Document], list[str]]:
        items, problems = [], []
        for path, label in labelled:
            try:
                items.append(Item(path, label, hashlib.sha256(path.read_bytes()).hexdigest()))
            except OSError as exc:
                problems.append(f"{label}: cannot read file: {exc.strerror}")
        done, errors = extract_items(items, catalogue, cache_dir, jobs)
        extractions.update({label: ex for label, (_, ex) in done.items()})
        return {label: doc for label, (doc, _) in done.items()}, problems + errors

    corpus = load_corpus(paths, manifest, skip_bad=skip_bad, reader=reader)
    ordered = [extractions[d.file] for d in corpus.documents]
    return score_extractions(corpus, catalogue, ordered, weights, method)


def default_paths() -> list[Path]:
    return [Path("data/reports")]
