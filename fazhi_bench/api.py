"""The public Python API: one way to run a score, for notebooks, scripts and the CLI.

    import fazhi_bench as fb
    run = fb.score("data/reports")
    run.scores                       # one row per report: dimensions, index, ranks
    heavy = run.reweight({"dimensions": {"decision": 2}})   # no text work again
    heavy.write("outputs")           # the files `fazhi-bench score` writes

Everything here is a thin layer over the pipeline; the command line, the appendix's
notebooks, ``rebuild`` and ``bench`` call these functions and nothing else.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd

from fazhi_bench.errors import UserError
from fazhi_bench.run.cache import default_cache_dir
from fazhi_bench.run.pipeline import RunResult, score_measures, score_paths
from fazhi_bench.spec.catalogue import Catalogue, default_catalogue_path
from fazhi_bench.spec.catalogue import load_catalogue as _load_catalogue
from fazhi_bench.spec.methods import resolve_method
from fazhi_bench.spec.weights import Weights, load_weights, weights_from

__all__ = ["Run", "UserError", "inspect", "load_catalogue", "score"]

PathLike = str | os.PathLike[str]
WeightsLike = Weights | Mapping | PathLike | None


class Run:
    """A scored corpus. The frames have the columns of the output files of the same
    name (README, "What each output column means"); the text work behind them is done
    once, so ``reweight`` only re-weights."""

    def __init__(self, result: RunResult) -> None:
        self._result = result

    @property
    def result(self) -> RunResult:
        """The pipeline's record of the run (for the presenters of this package)."""
        return self._result

    @property
    def catalogue(self) -> Catalogue:
        return self._result.catalogue

    @property
    def weights(self) -> Weights:
        return self._result.weights

    @property
    def method(self) -> dict:
        return dict(self._result.method)

    @property
    def warnings(self) -> list[str]:
        return list(self._result.warnings)

    @property
    def scores(self) -> pd.DataFrame:
        """scores.csv: one row per report with its five dimensions, index and ranks."""
        from fazhi_bench.run.outputs import score_columns

        return score_columns(self._result.scores)

    @property
    def indicators(self) -> pd.DataFrame:
        """indicators.csv: one row per report and indicator, with its credit."""
        return self._result.indicators

    @property
    def evidence(self) -> pd.DataFrame:
        """evidence.csv: one row per catalogue hit, credited or not, with the reason."""
        from fazhi_bench.run.pipeline import with_sentences

        return with_sentences(self._result.evidence, self._result.sentences)

    @property
    def quantities(self) -> pd.DataFrame:
        """quantities.csv: one row per quantified claim."""
        return self._result.quantities

    @property
    def sentences(self) -> pd.DataFrame:
        """sentences.csv: every sentence of every report, with its part."""
        return self._result.sentences

    @property
    def sensitivity(self) -> pd.DataFrame:
        """sensitivity.csv: each report's rank interval under perturbed weights."""
        return self._result.sensitivity

    @property
    def changes(self) -> pd.DataFrame | None:
        """changes.csv, or None when no unit has two years."""
        return self._result.changes

    @property
    def trends(self) -> pd.DataFrame | None:
        """trends.csv, or None when no unit has three years."""
        return self._result.trends

    @property
    def dimension_weights(self) -> dict[str, float]:
        """The weight each dimension had in the index (catalogue, equal or PCA)."""
        return {k: float(v) for k, v in self._result.dim_weights.items()}

    def reweight(self, weights: WeightsLike = None, **method: object) -> Run:
        """The same reports scored with other weights (a dict shaped like a weights file,
        a path to one, or a ``Weights``) and optionally other method parameters
        (``saturation_k=4``, ``aggregation="geometric"`` …). No text is read or matched."""
        r = self._result
        chosen = _weights(weights, r.catalogue) if weights is not None else r.weights
        overrides = resolve_method(r.catalogue.scoring, {**r.method, **method}, where="reweight")
        # the extractions through this run's cached property: read once, whichever asks
        result = score_measures(r.corpus, r.catalogue, r.measures, r.store, lambda: r.extractions,
                                chosen, overrides, r.reviews)  # fmt: skip
        result.tables = r.tables
        if r.reviews is not None:
            result.hits = r.hits
        return Run(result)

    def write(
        self, out: PathLike, tables: str = "csv", argv: list[str] | None = None
    ) -> list[Path]:
        """Write the files ``fazhi-bench score --out`` writes; ``tables`` 'csv' or
        'parquet' for the four long tables. Returns the paths written."""
        from fazhi_bench.run.outputs import write_outputs

        return write_outputs(self._result, Path(out), argv=argv, tables=tables)

    def cards(self, out: PathLike) -> list[Path]:
        """Write one Word feedback card per report (``<unit>_<year>.docx``) and 汇总.xlsx
        into ``out``, as ``fazhi-bench cards`` does. Returns the paths written."""
        from fazhi_bench.present.cards import write_cards

        return write_cards(self._result, Path(out))

    def __repr__(self) -> str:
        n = len(self._result.scores)
        return f"<fazhi_bench.Run: {n} reports, catalogue {self.catalogue.name!r}>"


def load_catalogue(path: PathLike | None = None) -> Catalogue:
    """The catalogue at ``path`` (the shipped indicators.yaml when None), validated: a
    ``UserError`` lists every problem."""
    catalogue, _ = _load_catalogue(Path(path) if path else default_catalogue_path())
    return catalogue


def score(
    paths: PathLike | Iterable[PathLike],
    *,
    catalogue: Catalogue | PathLike | None = None,
    manifest: PathLike | None = None,
    weights: WeightsLike = None,
    method: Mapping | None = None,
    cache: bool | PathLike | None = True,
    jobs: int | None = None,
    skip_bad: bool = False,
    reviews: PathLike | None = None,
) -> Run:
    """Read, clean, match and score the reports under ``paths`` (files or folders).

    ``catalogue``: a ``Catalogue`` or a path (default the shipped one). ``weights``: a
    dict like a weights file, its path, or ``Weights``. ``method``: overrides of the
    catalogue's scoring block. ``cache``: True for the default cache folder, a path for
    another, False or None for none. ``jobs``: worker processes (default: the cores).
    ``reviews``: a reviews file (.xlsx or CSV) whose corrections are applied; every row
    is checked first. Bad input raises ``UserError`` naming the file; nothing is written."""
    cat = catalogue if isinstance(catalogue, Catalogue) else load_catalogue(catalogue)
    items = [paths] if isinstance(paths, str | os.PathLike) else list(paths)
    resolved = resolve_method(cat.scoring, dict(method or {}), where="method")
    return Run(
        score_paths(
            [Path(p) for p in items],
            cat,
            Path(manifest) if manifest else None,
            _weights(weights, cat) if weights is not None else None,
            resolved,
            skip_bad,
            _cache_dir(cache),
            _jobs(jobs),
            Path(reviews) if reviews else None,
        )
    )


def inspect(path: PathLike, catalogue: Catalogue | PathLike | None = None) -> dict:
    """How one report is read and matched: what ``fazhi-bench inspect --json`` prints."""
    from fazhi_bench.evidence.extract import extract
    from fazhi_bench.evidence.matching import Matcher
    from fazhi_bench.evidence.sections import completeness
    from fazhi_bench.read.corpus import load_document, settle_unit

    cat = catalogue if isinstance(catalogue, Catalogue) else load_catalogue(catalogue)
    file = Path(path)
    doc = settle_unit(load_document(file, file.as_posix()), file.name)
    ex = extract(doc.text, Matcher(cat))
    hit_keys = ("indicator", "dimension", "section", "start", "end", "text", "credited",
                "level", "reason")  # fmt: skip
    quantity_keys = ("text", "value", "unit", "approx", "section", "dimension", "start")
    return {
        "file": doc.file,
        "unit": doc.unit,
        "year": doc.year,
        "level": doc.level,
        "title": doc.title,
        "published": doc.published or None,
        "on_time": doc.on_time,
        "completeness": completeness(ex.sections),
        "warnings": [doc.unit_note] if doc.unit_note else [],
        "sections": [
            {"kind": s.kind, "heading": s.heading, "start": s.start, "end": s.end}
            for s in ex.sections
        ],
        "hits": [{k: h[k] for k in hit_keys} for h in ex.hit_records(doc.text, cat.indicators)],
        "quantities": [{k: q[k] for k in quantity_keys} for q in ex.quantities],
        "counts": {
            "hits": int(ex.hit_table.shape[1]),
            "credited": int(ex.credited_hits),
            "quantities": len(ex.quantity["start"]),
        },
    }


def _weights(weights: WeightsLike, catalogue: Catalogue) -> Weights:
    if isinstance(weights, Weights):
        return weights
    if isinstance(weights, Mapping):
        return weights_from(dict(weights), catalogue)
    return load_weights(Path(weights), catalogue)  # type: ignore[arg-type]  # a path


def _cache_dir(cache: bool | PathLike | None) -> Path | None:
    if cache is True:
        return default_cache_dir()
    if cache is False or cache is None:
        return None
    return Path(cache)


MAX_JOBS = 64  # more workers than this only add memory: the work is per report


def _jobs(jobs: int | None) -> int:
    cores = os.cpu_count() or 1
    if jobs is None:
        return cores
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise UserError(f"jobs: must be a whole number of worker processes >= 1, got {jobs!r}")
    return min(jobs, MAX_JOBS, 4 * cores)
