"""Everything text-level about one report, done once: sections, hits, quantities.

This is the expensive step (and the unit the extraction cache stores). Its output is
plain data: lists of records that the frame-building code turns into the evidence and
quantities tables. Offsets index the cleaned text.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from .credit import is_claim_context, quoted_rule_spans, sentence_level, sentence_reason
from .matching import Matcher
from .quantities import find_quantities
from .sections import Section, find_sections, section_at, split_sentences


@dataclass
class Extraction:
    sections: list[Section]
    sentences: list[tuple[int, int]]
    sentence_reason: list[str]  # '' = may earn credit
    sentence_level: list[str]
    hits: list[dict] = field(default_factory=list)
    quantities: list[dict] = field(default_factory=list)
    slogan_count: int = 0
    achievement_sentences: int = 0
    specific_sentences: int = 0


def _sentence_index(starts: list[int], offset: int) -> int:
    return max(bisect.bisect_right(starts, offset) - 1, 0)


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
) -> None:
    """Reports state a measure, then its figures: 严格执行“三重一大”制度。召开会议96次。
    A creditable sentence is graded ``result`` when the next sentence of the same
    paragraph has no catalogue hit of its own, may earn credit, and is a result."""
    for i in range(len(sentences) - 1):
        if levels[i] == "result" or reasons[i] or i not in with_hits or i + 1 in with_hits:
            continue
        between = text[sentences[i][1] : sentences[i + 1][0]]
        if "\n" not in between and not reasons[i + 1] and levels[i + 1] == "result":
            levels[i] = "result"


def extract(text: str, matcher: Matcher) -> Extraction:
    """Sections, sentence grades, credited hits and quantified claims of one report."""
    sections = find_sections(text)
    sentences = split_sentences(text) or [(0, len(text))]
    starts = [s for s, _ in sentences]
    rules = quoted_rule_spans(text)
    reasons: list[str] = []
    sections_of: list[str] = []
    for s, e in sentences:
        kind = section_at(sections, s)
        in_rule = any(rs <= s < re_ for rs, re_ in rules)
        reasons.append(sentence_reason(text[s:e], kind, in_rule))
        sections_of.append(kind)
    claims = [
        q
        for q in find_quantities(text)
        if reasons[_sentence_index(starts, q.start)] not in ("quoted rule", "plan part")
        and is_claim_context(text, q.start, q.start + len(q.text))
    ]  # a rule, a target or a plan counts nothing the unit did
    with_claims = {_sentence_index(starts, q.start) for q in claims}
    levels = [sentence_level(text[s:e], i in with_claims) for i, (s, e) in enumerate(sentences)]
    hits, slogans = matcher.hits(text)
    _support_from_next_sentence(
        text, sentences, levels, reasons, {_sentence_index(starts, h.start) for h in hits}
    )
    out = Extraction(sections, sentences, reasons, levels)
    hit_dims: list[tuple[int, str]] = []
    for hit in hits:
        ind = matcher.indicators[hit.indicator]
        si = _sentence_index(starts, hit.start)
        credited = reasons[si] == ""
        out.hits.append(
            {
                "indicator": ind.id,
                "dimension": ind.dimension,
                "section": sections_of[si],
                "start": hit.start,
                "end": hit.end,
                "text": text[hit.start : hit.end],
                "sentence_id": si,
                "credited": credited,
                "level": levels[si] if credited else "",
                "reason": reasons[si],
            }
        )
        hit_dims.append((hit.start, ind.dimension))
    positions = [pos for pos, _ in hit_dims]
    for q in claims:
        si = _sentence_index(starts, q.start)
        out.quantities.append(
            {
                "text": q.text,
                "value": q.value,
                "unit": q.unit,
                "approx": q.approx,
                "section": sections_of[si],
                "dimension": quantity_dimension(text, q.start, sentences[si], hit_dims, positions),
                "start": q.start,
                "sentence_id": si,
            }
        )
    out.slogan_count = len(slogans)
    achievement = [
        i for i, k in enumerate(sections_of) if k == "achievements" and reasons[i] != "heading"
    ]
    out.achievement_sentences = len(achievement)
    out.specific_sentences = sum(1 for i in achievement if levels[i] == "result")
    return out
