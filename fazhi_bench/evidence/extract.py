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

from fazhi_bench.evidence.credit import (
    CLAUSE_LOOKBACK,
    CREDITED_SECTIONS,
    clause_start,
    in_spans,
    is_claim_context,
    is_figure,
    names_honour,
    quoted_rule_spans,
    sentence_level,
    sentence_reason,
)
from fazhi_bench.evidence.matching import Matcher
from fazhi_bench.evidence.quantities import find_quantities
from fazhi_bench.evidence.sections import (
    Section,
    find_sections,
    numbering_style,
    section_kinds,
    split_sentences,
)
from fazhi_bench.spec.catalogue import Indicator

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
    sentence_canonical: list[int]  # first word-for-word copy of each sentence
    hit_table: np.ndarray  # int32, shape (4, hits): indicator index, start, end, sentence
    hit_level: list[str]  # per hit: result | measure, '' where not credited
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
        for ind, s, e, si, level in zip(*self.hit_table.tolist(), self.hit_level, strict=True):
            reason = self.sentence_reason[si]
            out.append({"indicator": indicators[ind].id, "dimension": indicators[ind].dimension,
                        "section": self.sentence_section[si], "start": s, "end": e,
                        "text": text[s:e], "sentence_id": si, "credited": reason == "",
                        "level": level,
                        "reason": reason})  # fmt: skip
        return out

    @property
    def quantities(self) -> list[dict]:
        return [dict(zip(QUANTITY_FIELDS, row, strict=True))
                for row in zip(*(self.quantity[k] for k in QUANTITY_FIELDS), strict=True)]  # fmt: skip


def _sentence_indices(starts: list[int], offsets: list[int]) -> list[int]:
    """The sentence holding each offset (sentences start at ``starts``), in one call."""
    return (np.searchsorted(starts, offsets, side="right") - 1).clip(0).tolist()


def _opens_with_number(text: str, start: int, end: int) -> bool:
    """Does the sentence at text[start:end] open with an item's number (一是 (二) 3.)?"""
    return bool(numbering_style(text[start : min(end, start + 8)]))


def _paragraph_starts(text: str, sentences: list[tuple[int, int]]) -> list[int]:
    """For each sentence, where its paragraph begins: a line, or an item opening with its
    number (一是… (二)… 3.…) inside a line, so that a page pasted without line breaks
    has the paragraphs of its original layout. Each search looks back no further than
    the previous sentence: linear however long a line is."""
    out: list[int] = []
    previous = 0
    for s, e in sentences:
        newline = text.rfind("\n", previous, s)
        if newline >= 0:
            out.append(newline + 1)
        elif _opens_with_number(text, s, e):
            out.append(s)
        else:
            out.append(out[-1] if out else 0)
        previous = s
    return out


def support_scopes(
    text: str,
    sentences: list[tuple[int, int]],
    paragraph: list[int],
    reasons: list[str],
    sections_of: list[str],
) -> list[int]:
    """For each sentence, where the stretch of text begins within which a figure may
    support an earlier deed: its paragraph, or, for a paragraph without a number that
    follows a numbered item with a body (5.规范证件审核管理。全年…) in the same part,
    that item. A line break inserted into an item then splits no support: a sentence
    added on a line of its own never takes a figure from the deeds before it.
    Paragraphs of an unnumbered report, and those after a heading line, stay scopes of
    their own."""
    out: list[int] = []
    numbered = item_body = False  # the current scope opens with a number; has a body
    for i, (s, e) in enumerate(sentences):
        new_paragraph = not i or paragraph[i] != paragraph[i - 1]
        opens = new_paragraph and _opens_with_number(text, s, e)
        if new_paragraph and (
            opens
            or not item_body
            or reasons[i] == "heading"
            or sections_of[i] != sections_of[i - 1]
        ):
            out.append(paragraph[i])
            numbered, item_body = opens, False
        else:
            out.append(out[-1])
        item_body = item_body or (numbered and reasons[i] != "heading")
    return out


def _nearest(positions: list[int], offset: int) -> int:
    """Index in ``positions`` (ascending) of the hit nearest to a figure at ``offset``: a
    hit before the figure (or at it) before one after it at the same distance, and the
    first of several at one position. By bisection: a sentence with thousands of figures
    and hits costs no more than its length times a logarithm."""
    after = bisect.bisect_right(positions, offset)
    if after == 0:
        return 0
    before = bisect.bisect_left(positions, positions[after - 1])
    if after == len(positions) or offset - positions[before] <= positions[after] - offset:
        return before
    return after


def earlier_in_paragraph(
    paragraph: list[int], dims_of: list[list[tuple[int, str]]], creditable: list[bool]
) -> list[tuple[str, frozenset[str]]]:
    """For each sentence: the dimension of the last hit of a creditable sentence before it
    in its paragraph, and the set of all of them ('' and empty when none). One pass."""
    out: list[tuple[str, frozenset[str]]] = []
    last, seen = "", frozenset()
    for i, dims in enumerate(dims_of):
        if i and paragraph[i] != paragraph[i - 1]:
            last, seen = "", frozenset()
        out.append((last, seen))
        if creditable[i] and dims:
            last, seen = max(dims)[1], seen | {d for _, d in dims}
    return out


def figure_dimensions(
    offset: int,
    own: list[tuple[int, str]],
    earlier: tuple[str, frozenset[str]],
    positions: list[int] | None = None,
) -> tuple[str, frozenset[str]]:
    """The dimension a figure measures (shown in quantities.csv) and every dimension it
    counts for. In its own sentence (hits ``own``): the nearest hit, preferring one before
    it (and every dimension of the hits at its place). Else the dimensions of every
    creditable sentence before it in its paragraph (``earlier``; the nearest shown); a
    figure alone in its paragraph measures no known dimension.

    A set, not "the nearest earlier hit": a sentence added to the paragraph can add a
    dimension but never take one away, so added evidence never lowers a score."""
    if own:
        positions = positions if positions is not None else [p for p, _ in own]
        nearest = _nearest(positions, offset)
        at = positions[nearest]
        # a phrase evidencing two dimensions (会前学法) gives its figure to both
        return own[nearest][1], frozenset(d for p, d in own if p == at)
    return earlier


def supported_sentences(
    paragraph: list[int], has_hits: list[bool], figure_only: list[bool]
) -> set[int]:
    """Reports state a measure, then its figures: 严格执行“三重一大”制度。召开会议96次。
    A sentence with hits is supported when a later sentence of its paragraph may earn
    credit, carries an achieved figure and has no hit of its own. Any later such sentence
    counts, not only the next one: inserting a sentence between the two can never take
    the support away, and removing one can never give any."""
    out: set[int] = set()
    pending: list[int] = []  # sentences with hits since the paragraph began
    for i in range(len(paragraph)):
        if i and paragraph[i] != paragraph[i - 1]:
            pending = []
        if figure_only[i]:
            out.update(pending)
            pending = []
        if has_hits[i]:
            pending.append(i)
    return out


def canonical_sentences(text: str, sentences: list[tuple[int, int]]) -> list[int]:
    """Each sentence's first word-for-word copy in the report (itself when none): a
    sentence or paragraph pasted twice earns no more than once."""
    first: dict[str, int] = {}
    return [first.setdefault(text[s:e].strip(), i) for i, (s, e) in enumerate(sentences)]


def achieved_figures(
    canonical: list[int],
    sentences: list[tuple[int, int]],
    quantity: dict[str, list],
    counts_for: list[frozenset[str]],
) -> dict[str, int]:
    """Per dimension, the distinct achieved figures (credited quantified claims whose
    dimension is known), which the dimension rule may credit. A figure is its sentence's
    wording and its place in it: 100% in three different sentences is three figures, a
    sentence repeated word for word adds none. Counted here, in the extraction workers,
    not per report in the scoring process. A sentence's wording is its ``canonical``
    index (the first word-for-word copy), not its text: no copy per figure."""
    seen = set()
    for dims, start, si, credited in zip(
        counts_for, quantity["start"], quantity["sentence_id"], quantity["credited"],
        strict=True,
    ):  # fmt: skip
        if credited:
            lo = sentences[si][0]
            for d in dims:
                seen.add((d, canonical[si], start - lo))
    return dict(sorted(Counter(dimension for dimension, _, _ in seen).items()))


def _measured_hits(
    text: str, hit_rows: list[tuple[int, int]], offsets: list[int], sentence: tuple[int, int]
) -> set[int]:
    """Rows (of ``hit_rows``: position, row) that the figures at ``offsets`` measure: the
    hits of the figure's clause before it (法律顾问共提供法律咨询1000余人次: both), else
    the hit nearest to it in the sentence, preferring one before it."""
    out: set[int] = set()
    positions = [p for p, _ in hit_rows]  # ascending: hits come sorted by position
    for offset in offsets:
        clause = clause_start(text, offset, max(sentence[0], offset - CLAUSE_LOOKBACK))
        lo, hi = bisect.bisect_left(positions, clause), bisect.bisect_left(positions, offset)
        if lo == hi:  # none in the clause before the figure: the nearest, all at its place
            at = positions[_nearest(positions, offset)]
            lo, hi = bisect.bisect_left(positions, at), bisect.bisect_right(positions, at)
        out.update(r for _, r in hit_rows[lo:hi])
    return out


def extract(text: str, matcher: Matcher) -> Extraction:
    """Sections, sentence grades, credited hits and quantified claims of one report."""
    sections = find_sections(text)
    sentences = split_sentences(text) or [(0, len(text))]
    starts = [s for s, _ in sentences]
    sections_of = section_kinds(sections, starts)
    quoted = in_spans(starts, quoted_rule_spans(text))
    reasons = [
        sentence_reason(text[s:e], kind, in_quote)
        for (s, e), kind, in_quote in zip(sentences, sections_of, quoted, strict=True)
    ]
    claims = []  # (claim, its sentence, whether it is an achieved figure)
    found = find_quantities(text)
    for q, si in zip(found, _sentence_indices(starts, [q.start for q in found]), strict=True):
        if reasons[si] in ("quoted rule", "plan part") or not is_claim_context(
            text, q.start, q.start + len(q.text)
        ):
            continue  # a rule, a target or a plan counts nothing the unit did
        claims.append((q, si, is_figure(text, q.start, q.text, q.unit, sentences[si])))
    figure_at: dict[int, list[int]] = {}  # sentence -> offsets of its achieved figures
    for q, si, figure in claims:
        if figure:
            figure_at.setdefault(si, []).append(q.start)
    hits, slogans = matcher.hits(text, sentences)
    # a hit is evidence only within one sentence. Regexes already match within sentences;
    # this drops the rare literal a catalogue writes across a sentence's end (…。一是)
    hit_sentence = _sentence_indices(starts, [h.start for h in hits])
    inside = [h.end <= sentences[si][1] for h, si in zip(hits, hit_sentence, strict=True)]
    if not all(inside):
        hits = [h for h, keep in zip(hits, inside, strict=True) if keep]
        hit_sentence = [si for si, keep in zip(hit_sentence, inside, strict=True) if keep]
    dims_of: list[list[tuple[int, str]]] = [[] for _ in sentences]
    rows_of: list[list[tuple[int, int]]] = [[] for _ in sentences]
    for row, (h, si) in enumerate(zip(hits, hit_sentence, strict=True)):
        dims_of[si].append((h.start, matcher.indicators[h.indicator].dimension))
        rows_of[si].append((h.start, row))
    # graded where a grade is read: sentences with hits in the parts that earn credit
    # (the deed test is the costliest rule; most sentences have no hit)
    levels = [
        sentence_level(text[s:e], i in figure_at)
        if rows_of[i] and not reasons[i] and kind in CREDITED_SECTIONS
        else ""
        for i, ((s, e), kind) in enumerate(zip(sentences, sections_of, strict=True))
    ]
    scope = support_scopes(
        text, sentences, _paragraph_starts(text, sentences), reasons, sections_of
    )
    has_hits = [  # sentences a later figure may support: with hits, reporting a deed
        bool(rows) and not reason and level == "measure"
        for rows, reason, level in zip(rows_of, reasons, levels, strict=True)
    ]
    figure_only = [
        i in figure_at and not rows_of[i] and not reasons[i] for i in range(len(sentences))
    ]
    supported = supported_sentences(scope, has_hits, figure_only)
    for i, level in enumerate(levels):
        if not reasons[i] and level == "mention":
            reasons[i] = "slogan"  # names a topic, reports no deed, figure or honour
    hit_level = [""] * len(hits)
    for si, rows in enumerate(rows_of):
        if not rows or reasons[si]:
            continue
        honour = names_honour(text[sentences[si][0] : sentences[si][1]])
        measured = (
            _measured_hits(text, rows, figure_at[si], sentences[si]) if si in figure_at else set()
        )
        for _, row in rows:
            whole = honour or si in supported or row in measured
            hit_level[row] = "result" if whole else "measure"
    earlier = earlier_in_paragraph(scope, dims_of, [not r for r in reasons])
    quantity: dict[str, list] = {k: [] for k in QUANTITY_FIELDS}
    counts_for: list[frozenset[str]] = []
    positions_of: dict[int, list[int]] = {}
    for q, si, figure in claims:
        if si not in positions_of:  # each sentence's hit positions, once
            positions_of[si] = [p for p, _ in dims_of[si]]
        dimension, dims = figure_dimensions(q.start, dims_of[si], earlier[si], positions_of[si])
        credited = figure and not reasons[si]  # an achieved figure in a creditable sentence
        row = (q.text, q.value, q.unit, q.approx, sections_of[si], dimension, credited, q.start, si)
        for key, value in zip(QUANTITY_FIELDS, row, strict=True):
            quantity[key].append(value)
        counts_for.append(dims)
    achievement = [
        i for i, k in enumerate(sections_of) if k == "achievements" and reasons[i] != "heading"
    ]
    canonical = canonical_sentences(text, sentences)
    return Extraction(
        sections=sections,
        sentences=sentences,
        sentence_section=sections_of,
        sentence_reason=reasons,
        sentence_level=levels,
        sentence_canonical=canonical,
        hit_table=np.array(
            [
                [h.indicator for h in hits],
                [h.start for h in hits],
                [h.end for h in hits],
                hit_sentence,
            ],
            dtype=np.int32,
        ),  # fmt: skip
        hit_level=hit_level,
        quantity=quantity,
        slogan_count=len(slogans),
        achievement_sentences=len(achievement),
        specific_sentences=sum(  # graded result: an achieved figure or an honour
            1 for i in achievement if i in figure_at or names_honour(text[slice(*sentences[i])])
        ),
        credited_hits=sum(1 for si in hit_sentence if not reasons[si]),
        figures=achieved_figures(canonical, sentences, quantity, counts_for),
    )
