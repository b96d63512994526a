"""Everything text-level about one report, done once: sections, hits, quantities.

This is the expensive step (and the unit the extraction cache stores). Its output is
plain data: lists of records that the frame-building code turns into the evidence and
quantities tables. Offsets index the cleaned text.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from .credit import quoted_rule_spans, sentence_level, sentence_reason
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


def extract(text: str, matcher: Matcher) -> Extraction:
    """Sections, sentence grades, credited hits and quantified claims of one report."""
    sections = find_sections(text)
    sentences = split_sentences(text) or [(0, len(text))]
    starts = [s for s, _ in sentences]
    rules = quoted_rule_spans(text)
    quantities = find_quantities(text)
    sentence_has_qty = [False] * len(sentences)
    for q in quantities:
        sentence_has_qty[_sentence_index(starts, q.start)] = True
    reasons: list[str] = []
    levels: list[str] = []
    sections_of: list[str] = []
    for i, (s, e) in enumerate(sentences):
        kind = section_at(sections, s)
        in_rule = any(rs <= s < re_ for rs, re_ in rules)
        sentence = text[s:e]
        reasons.append(sentence_reason(sentence, kind, in_rule))
        levels.append(sentence_level(sentence, sentence_has_qty[i]))
        sections_of.append(kind)
    hits, slogans = matcher.hits(text)
    out = Extraction(sections, sentences, reasons, levels)
    sentence_dims: dict[int, list[tuple[int, str]]] = {}
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
        sentence_dims.setdefault(si, []).append((hit.start, ind.dimension))
    for q in quantities:
        si = _sentence_index(starts, q.start)
        if reasons[si] in ("rule", "quoted rule", "intention"):
            continue  # a rule or a target counts nothing the unit did
        near = sentence_dims.get(si, [])
        dimension = (
            min(near, key=lambda d: (abs(d[0] - q.start), d[0] > q.start))[1] if near else ""
        )
        out.quantities.append(
            {
                "text": q.text,
                "value": q.value,
                "unit": q.unit,
                "approx": q.approx,
                "section": sections_of[si],
                "dimension": dimension,
                "start": q.start,
                "sentence_id": si,
            }
        )
    out.slogan_count = len(slogans)
    achievement = [i for i, k in enumerate(sections_of) if k == "achievements"]
    out.achievement_sentences = len(achievement)
    out.specific_sentences = sum(1 for i in achievement if levels[i] == "result")
    return out
