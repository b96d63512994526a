"""The sample reports against independent hand work.

- gold_quantities.csv: every quantified claim in the five samples, counted by hand by a
  reviewer who did not see the tool's output (text, value, unit, section, dimension).
- gold_quantities_2.csv: a second count by another reviewer who saw neither the tool, its
  tests nor the first count, and decided edge cases alone: it also counts figures of
  targets and rules (不少于40学时, 至少配备4名), which the tool leaves out, and files
  government services under a label of its own ("service") where the catalogue puts them
  in openness, so only the claims, sections and values are compared with it.
- independent_coding.csv, independent_coding_2.csv, independent_coding_3.csv: the five
  dimension scores of each sample given by three reviewers, each applying the expert
  rubric (achieved results only, little for slogans, most for figures and named cases)
  on their own, without access to the tool or to each other (they agree at Spearman
  0.95-0.98 over the 25 pairs and 1.0 on the index). The third was made after the
  credit rules were last changed, as a held-out check of them; the later move of the
  12345 hotline indicator to disputes followed where all three codings put its figures.
- independent_coding_4.csv: a fourth reviewer's, made after the sentence rounds of
  2026-12-06 from DOMAIN.md and the reports alone (0.92-0.98 with the other three).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from helpers import FIXTURES, REPORTS

from fazhi_bench.read.corpus import load_corpus
from fazhi_bench.run.pipeline import run
from fazhi_bench.spec.catalogue import DIMENSIONS, load_catalogue


@pytest.fixture(scope="module")
def sample_result():
    return run(load_corpus([REPORTS]), load_catalogue()[0])


def _match(gold: pd.DataFrame, mine: pd.DataFrame) -> list[tuple[pd.Series, pd.Series]]:
    """Pair claims of the same file by text (one may carry a hedge word the other lacks)."""
    pairs = []
    for file, g in gold.groupby("file"):
        candidates = [row for _, row in mine[mine["file"] == file].iterrows()]
        for _, grow in g.iterrows():
            for i, mrow in enumerate(candidates):
                if mrow["text"].endswith(grow["text"]) or grow["text"].endswith(mrow["text"]):
                    pairs.append((grow, candidates.pop(i)))
                    break
    return pairs


@pytest.mark.parametrize(
    ("gold_file", "dimension_bound"),
    [("gold_quantities.csv", 0.75), ("gold_quantities_2.csv", None)],
)
def test_quantities_agree_with_hand_count(sample_result, gold_file, dimension_bound):
    gold = pd.read_csv(FIXTURES / gold_file).fillna({"dimension": ""})
    docs = {d.doc_id: Path(d.file).name for d in sample_result.corpus.documents}
    mine = sample_result.quantities.assign(file=lambda f: f["doc_id"].map(docs))
    mine = mine.fillna({"dimension": ""})
    pairs = _match(gold, mine)
    precision, recall = len(pairs) / len(mine), len(pairs) / len(gold)
    section = sum(g["section"] == m["section"] for g, m in pairs) / len(pairs)
    values = sum(abs(g["value"] - m["value"]) < 1e-6 for g, m in pairs) / len(pairs)
    assert precision >= 0.9 and recall >= 0.9, (precision, recall)
    assert section >= 0.9 and values >= 0.95, (section, values)
    if dimension_bound is not None:
        dimension = sum(g["dimension"] == m["dimension"] for g, m in pairs) / len(pairs)
        assert dimension >= dimension_bound, dimension


@pytest.mark.parametrize(
    ("coding_file", "bound"),
    # bounds just under today's values (docs/validity.md); SENTENCE_SHARE was chosen on
    # the first coding, the other two were held back for it
    [
        ("independent_coding.csv", 0.93),
        ("independent_coding_2.csv", 0.89),
        ("independent_coding_3.csv", 0.92),
        ("independent_coding_4.csv", 0.92),
    ],  # fmt: skip
)
def test_scores_agree_with_independent_coding(sample_result, coding_file, bound):
    coding = pd.read_csv(FIXTURES / coding_file).set_index("unit")
    scores = sample_result.scores.set_index("unit").loc[coding.index]
    mine = pd.Series([scores.loc[u, d] for u in coding.index for d in DIMENSIONS])
    theirs = pd.Series([coding.loc[u, d] for u in coding.index for d in DIMENSIONS])
    assert mine.corr(theirs, method="spearman") >= bound  # over the 25 unit-dimension pairs
    assert scores["index"].corr(coding["index"], method="spearman") >= 0.9 - 1e-9
