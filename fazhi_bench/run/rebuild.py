"""Regenerate a run from its run.json: same inputs, catalogue, weights and method.

run.json records the sha256 of the catalogue and of every input, the metadata each
report was scored with (inferred or from a manifest), the weights, the method and the
reviews file. A rebuild checks that nothing changed and reproduces the same scores
exactly, reviews applied.
"""

from __future__ import annotations

import json
from pathlib import Path

from fazhi_bench.errors import UserError, problem
from fazhi_bench.read.corpus import Corpus, apply_manifest, load_document, unique_ids
from fazhi_bench.read.readers import file_sha256
from fazhi_bench.run.pipeline import RunResult, reviewed, run
from fazhi_bench.spec.catalogue import load_catalogue
from fazhi_bench.spec.methods import DEFAULT_METHOD
from fazhi_bench.spec.weights import Weights


def rebuild(run_json: Path) -> RunResult:
    """Score again exactly as recorded; a changed or missing input is a clear error."""
    try:
        record = json.loads(run_json.read_text(encoding="utf-8"))
        cat_info, inputs = record["catalogue"], record["inputs"]
        methodology = record["methodology"]
    except FileNotFoundError:
        raise UserError(problem(str(run_json), "run.json not found", "check the path")) from None
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        raise UserError(problem(str(run_json), f"not a fazhi_bench run.json ({exc})")) from None
    errors: list[str] = []
    cat_path = Path(cat_info["path"])
    if not cat_path.is_file():
        errors.append(problem(str(cat_path), "the run's catalogue is missing"))
    elif file_sha256(cat_path) != cat_info["sha256"]:
        errors.append(
            problem(str(cat_path), "the catalogue changed since the run (sha256 differs)")
        )
    docs = []
    for item in inputs:
        path = Path(item.get("path") or item["file"])
        if not path.is_file():
            errors.append(problem(str(path), "an input of the run is missing"))
            continue
        try:
            doc = load_document(path, item["file"])  # reads the file once, with its sha256
        except UserError as exc:  # every problem is reported, not the first
            errors.extend(exc.messages)
            continue
        if doc.sha256 != item["sha256"]:
            errors.append(problem(str(path), "this input changed since the run (sha256 differs)"))
            continue
        fields = {k: item[k] for k in ("unit", "level", "published") if item.get(k)}
        if item.get("year") is not None:
            fields["year"] = str(item["year"])
        docs.append(apply_manifest(doc, fields))
    reviews = record.get("reviews")
    if reviews:
        path = Path(reviews["path"])
        if not path.is_file():
            errors.append(problem(str(path), "the run's reviews file is missing"))
        elif file_sha256(path) != reviews["sha256"]:
            errors.append(problem(str(path), "the reviews file changed since the run (sha256 "
                                  "differs)"))  # fmt: skip
    if errors:
        raise UserError(errors)
    catalogue, _ = load_catalogue(cat_path)
    recorded = methodology.get("weights", {})
    weights = Weights.from_catalogue(catalogue).with_overrides(
        recorded.get("dimensions", {}), recorded.get("indicators", {})
    )
    method = {k: methodology[k] for k in DEFAULT_METHOD if k in methodology}
    corpus = Corpus(unique_ids(docs), tuple(record.get("skipped", [])), ())
    machine = run(corpus, catalogue, weights, method)
    return reviewed(machine, Path(reviews["path"]), weights, method) if reviews else machine
