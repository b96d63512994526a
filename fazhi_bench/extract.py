"""Everything text-level about one report, done once: sections, hits, quantities.

This is the expensive step (and the unit the extraction cache stores). Its output is
plain data in columns (per sentence, per hit, per quantified claim) that the pipeline
stacks across reports into the indicator, evidence and quantities tables. Offsets
index the cleaned text.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .catalogue import Indicator
from .credit import (
    CREDITED_SECTIONS,
    is_claim_context,
    is_figure,
    quoted_rule_spans,
    sentence_level,
    sentence_reason,
)
from .matching import Matcher
from .quantities import find_quantities
from .sections import Section, find_sections, section_kinds, split_sentences

QUANTITY_FIELDS = ("text", "value", "unit", "approx", "section", "dimension", "credited",
                   "start", "sentence_id")  # fmt: skip


@dataclass
class Extraction:
    """One report's text work, stored column by column (fast to cache and to stack).

    Per sentence: span, section, reason ('' = may earn credit) and grade ('' outside the
    parts that earn credit: never read there). Per hit:
    indicator index (into the catalogue's indicators), span and sentence. Per quantified
    claim: the fields of ``QUANTITY_FIELDS``. Offsets index the document's cleaned text,
    which is kept with the document, not here.
    """

    sections: list[Section]
    sentences: list[tuple[int, int]]
    sentence_section: list[str]
    sentence_reason: list[str]
    sentence_level: list[str]
    hit_table: np.ndarray  # int32, shape (4, hits): indicator index, start, end, sentence
    quantity: dict[str, list]  # QUANTITY_FIELDS -> one list each
    slogan_count: int
    achievement_sentences: int
    specific_sentences: int
    credited_hits: int  # hits in sentences that may earn credit
    figures: dict[str, int]  # dimension -> distinct achieved figures (see ``achieved_figures``)

    def hit_records(self, text: str, indicators: Sequence[Indicator]) -> list[dict]:
        """Hit records of the report whose cleaned text is ``text`` (for ``inspect`` and
        tests; the tables are built from the columns)."""
        out = []
        for ind, s, e, si in zip(*self.hit_table.tolist(), strict=True):
            reason = self.sentence_reason[si]
            out.append({"indicator": indicators[ind].id, "dimension": indicators[ind].dimension,
                        "section": self.sentence_section[si], "start": s, "end": e,
                        "text": text[s:e], "sentence_id": si, "credited": reason == "",
                        "level": self.sentence_level[si] if reason == "" else "",
                        "reason": reason})  # fmt: skip
        return out

    @property
    def quantities(self) -> list[dict]:
        return [dict(zip(QUANTITY_FIELDS, row, strict=True))
                for row in zip(*(self.quantity[k] for k in QUANTITY_FIELDS), strict=True)]  # fmt: skip


def _sentence_indices(starts: list[int], offsets: list[int]) -> list[int]:
    """The sentence holding each offset (sentences start at ``starts``), in one call."""
    return (np.searchsorted(starts, offsets, side="right") - 1).clip(0).tolist()


def quantity_dimension(
    text: str,
    offset: int,
    sentence: tuple[int, int],
    hit_dims: list[tuple[int, str]],
    positions: list[int],
) -> str:
    """The dimension a number measures: the nearest hit in its sentence (preferring one
    before it), else the nearest earlier hit in its paragraph, else in the paragraph's
    heading line just above; '' when nothing is near."""
    s, e = sentence  # hit_dims is sorted by position; positions are its first items

    def between(lo: int, hi: int) -> list[tuple[int, str]]:
        return hit_dims[bisect.bisect_left(positions, lo) : bisect.bisect_left(positions, hi)]

    near = between(s, e)
    if near:
        return min(near, key=lambda d: (abs(d[0] - offset), d[0] > offset))[1]
    floor = max(0, offset - 2000)  # bounded look-back: no quadratic time on one huge line
    line_start = max(text.rfind("\n", floor, offset) + 1, floor)
    earlier = between(line_start, offset)
    if earlier:
        return max(earlier)[1]
    prev_start = max(text.rfind("\n", max(0, line_start - 200), max(line_start - 1, 0)) + 1, 0)
    heading = between(prev_start, line_start - 1)
    if heading and line_start - prev_start <= 41:
        return heading[0][1]
    return ""


def _support_from_next_sentence(
    text: str,
    sentences: list[tuple[int, int]],
    levels: list[str],
    reasons: list[str],
    with_hits: set[int],
    with_claims: set[int],
) -> None:
    """Reports state a measure, then its figures: 严格执行“三重一大”制度。召开会议96次。
    A creditable sentence is graded ``result`` when the next sentence of the same
    paragraph has no catalogue hit of its own, may earn credit, and carries a figure
    (a quoted slogan in the next sentence, “…”模式, lends nothing)."""
    for i in range(len(sentences) - 1):
        if levels[i] == "result" or reasons[i] or i not in with_hits or i + 1 in with_hits:
            continue
        between = text[sentences[i][1] : sentences[i + 1][0]]
        if "\n" not in between and not reasons[i + 1] and i + 1 in with_claims:
            levels[i] = "result"


def achieved_figures(
    text: str, sentences: list[tuple[int, int]], quantity: dict[str, list]
) -> dict[str, int]:
    """Per dimension, the distinct achieved figures (credited quantified claims whose
    dimension is known), which the dimension rule may credit. A figure is its sentence's
    wording and its place in it: 100% in three different sentences is three figures, a
    sentence repeated word for word adds none. Counted here, in the extraction workers,
    not per report in the scoring process."""
    seen = set()
    for d, start, si, credited in zip(
        quantity["dimension"], quantity["start"], quantity["sentence_id"], quantity["credited"],
        strict=True,
    ):  # fmt: skip
        if credited and d:
            lo, hi = sentences[si]
            seen.add((d, text[lo:hi].strip(), start - lo))
    return dict(sorted(Counter(dimension for dimension, _, _ in seen).items()))


def extract(text: str, matcher: Matcher) -> Extraction:
    """Sections, sentence grades, credited hits and quantified claims of one report."""
    sections = find_sections(text)
    sentences = split_sentences(text) or [(0, len(text))]
    starts = [s for s, _ in sentences]
    rules = quoted_rule_spans(text)
    sections_of = section_kinds(sections, starts)
    reasons = [
        sentence_reason(text[s:e], kind, any(rs <= s < re_ for rs, re_ in rules))
        for (s, e), kind in zip(sentences, sections_of, strict=True)
    ]
    claims = []  # (claim, its sentence, whether it is an achieved figure)
    found = find_quantities(text)
    for q, si in zip(found, _sentence_indices(starts, [q.start for q in found]), strict=True):
        if reasons[si] in ("quoted rule", "plan part") or not is_claim_context(
            text, q.start, q.start + len(q.text)
        ):
            continue  # a rule, a target or a plan counts nothing the unit did
        claims.append((q, si, is_figure(text, q.start, q.text, q.unit, sentences[si])))
    with_claims = {si for _, si, figure in claims if figure}
    # graded in the parts that earn credit only: elsewhere no grade is ever read
    levels = [
        sentence_level(text[s:e], i in with_claims) if kind in CREDITED_SECTIONS else ""
        for i, ((s, e), kind) in enumerate(zip(sentences, sections_of, strict=True))
    ]
    hits, slogans = matcher.hits(text)
    hit_sentence = _sentence_indices(starts, [h.start for h in hits])
    _support_from_next_sentence(text, sentences, levels, reasons, set(hit_sentence), with_claims)
    hit_dims = [(h.start, matcher.indicators[h.indicator].dimension) for h in hits]
    positions = [pos for pos, _ in hit_dims]
    quantity: dict[str, list] = {k: [] for k in QUANTITY_FIELDS}
    for q, si, figure in claims:
        dimension = quantity_dimension(text, q.start, sentences[si], hit_dims, positions)
        credited = figure and not reasons[si]  # an achieved figure in a creditable sentence
        row = (q.text, q.value, q.unit, q.approx, sections_of[si], dimension, credited, q.start, si)
        for key, value in zip(QUANTITY_FIELDS, row, strict=True):
            quantity[key].append(value)
    achievement = [
        i for i, k in enumerate(sections_of) if k == "achievements" and reasons[i] != "heading"
    ]
    return Extraction(
        sections=sections,
        sentences=sentences,
        sentence_section=sections_of,
        sentence_reason=reasons,
        sentence_level=levels,
        hit_table=np.array(
            [
                [h.indicator for h in hits],
                [h.start for h in hits],
                [h.end for h in hits],
                hit_sentence,
            ],
            dtype=np.int32,
        ),  # fmt: skip
        quantity=quantity,
        slogan_count=len(slogans),
        achievement_sentences=len(achievement),
        specific_sentences=sum(1 for i in achievement if levels[i] == "result"),
        credited_hits=sum(1 for si in hit_sentence if not reasons[si]),
        figures=achieved_figures(text, sentences, quantity),
    )
