"""Sentences scored one at a time, as the out-of-sample checks score them.

Each sentence is placed alone in a minimal report under 一、主要举措和成效, where it may
earn credit, and read by the same extraction as a full report. An achievement should earn
measure or result in its own dimension; a plan, target, rule, shortcoming or slogan should
earn nothing. ``sentence_check`` gives both figures for a labelled set of sentences.
"""

from __future__ import annotations

import pandas as pd

from fazhi_bench.evidence.credit import LEVEL_VALUE
from fazhi_bench.evidence.extract import extract
from fazhi_bench.evidence.matching import Matcher
from fazhi_bench.read.clean import clean_text
from fazhi_bench.spec.catalogue import DIMENSIONS

PREAMBLE = "某县2024年法治政府建设情况报告\n一、主要举措和成效\n"
CONCRETE = ("measure", "result")


def minimal_report(sentence: str) -> str:
    return PREAMBLE + sentence + "\n"


def sentence_levels(sentence: str, matcher: Matcher) -> dict[str, str]:
    """Best credited level per dimension for ``sentence`` alone in an achievements part."""
    text = clean_text(minimal_report(sentence)).text
    best: dict[str, str] = {}
    for hit in extract(text, matcher).hit_records(text, matcher.indicators):
        if hit["credited"]:
            now = best.get(hit["dimension"])
            if now is None or LEVEL_VALUE[hit["level"]] > LEVEL_VALUE[now]:
                best[hit["dimension"]] = hit["level"]
    return best


def sentence_check(sentences: pd.DataFrame, matcher: Matcher) -> pd.DataFrame:
    """``sentences`` (columns dimension, kind, sentence; kind 'achievement' or a kind of
    non-achievement) with the level earned in its own dimension and in any dimension, and
    how many other scored dimensions it earns measure or result in (``elsewhere``: an
    achievement of one dimension read as evidence of another)."""
    own, anywhere, elsewhere = [], [], []
    for row in sentences.itertuples():
        levels = sentence_levels(row.sentence, matcher)
        own.append(levels.get(row.dimension, ""))
        anywhere.append(max(levels.values(), key=LEVEL_VALUE.__getitem__) if levels else "")
        elsewhere.append(
            sum(
                d != row.dimension and d in DIMENSIONS and lv in CONCRETE
                for d, lv in levels.items()
            )
        )
    return sentences.assign(level=own, best_anywhere=anywhere, elsewhere=elsewhere)


def _share(mask: pd.Series) -> float:
    return round(float(mask.mean()), 4) if len(mask) else 0.0


def sentence_figures(checked: pd.DataFrame) -> dict[str, float]:
    """recall: achievements credited at measure or above in their own dimension;
    false_credit / false_concrete: non-achievements earning any credit / measure or above."""
    done = checked[checked["kind"] == "achievement"]
    other = checked[checked["kind"] != "achievement"]
    return {
        "achievements": len(done),
        "recall": _share(done["level"].isin(CONCRETE)),
        "non_achievements": len(other),
        "false_credit": _share(other["best_anywhere"] != ""),
        "false_concrete": _share(other["best_anywhere"].isin(CONCRETE)),
    }
