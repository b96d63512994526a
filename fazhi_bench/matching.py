"""Find every catalogue pattern in a report in one pass.

All literal patterns of all indicators (and the slogan phrases) go into one
Aho-Corasick automaton built once per catalogue; regex patterns are compiled once.
A report is scanned once by the automaton plus once per regex.

Overlap rules (documented in the README):
- within one indicator, overlapping or nested hits collapse to the leftmost-longest
  (行政复议 inside 行政复议委员会 is one hit, not two);
- across indicators, every hit stands: one phrase may evidence two indicators, and the
  catalogue validator warns when that happens across dimensions.
"""

from __future__ import annotations

import operator
import re
from typing import NamedTuple

import ahocorasick

from .catalogue import Catalogue
from .regexsafety import (
    literal_expansions,
    max_width,
    required_alternatives,
    required_literal,
    starts_with_anchor,
)

SLOGAN = -1  # indicator index used for slogan phrases in the automaton
_BY_POSITION = operator.itemgetter(1, 0)  # a hit's (start, indicator)


class Hit(NamedTuple):
    indicator: int  # index into Matcher.indicators
    start: int
    end: int


class Matcher:
    """Compiled form of a catalogue's patterns; build once, reuse for every report."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.indicators = catalogue.indicators
        self.automaton = ahocorasick.Automaton()
        literals: dict[str, set[int]] = {}
        regexes: list[tuple[int, re.Pattern[str]]] = []
        for idx, ind in enumerate(self.indicators):
            for pat in ind.patterns:
                # a regex that is a small finite set of texts is matched as those literals
                words = (pat.text,) if pat.kind == "literal" else literal_expansions(pat.text)
                if words:
                    for word in words:
                        literals.setdefault(word, set()).add(idx)
                else:
                    regexes.append((idx, re.compile(pat.text)))
        for phrase in catalogue.slogans:
            literals.setdefault(phrase, set()).add(SLOGAN)
        # A regex runs only on reports containing its required literal, found by the
        # same automaton pass; regexes without one run on every report.
        # A regex whose every match begins with its anchor is tried only at the anchor's
        # occurrences (one match call each); the others search windows around them.
        anchored: dict[str, list[tuple[int, re.Pattern[str], int]]] = {}
        leading: dict[str, list[tuple[int, re.Pattern[str]]]] = {}
        always: list[tuple[int, re.Pattern[str]]] = []
        for idx, rx in regexes:
            width = max_width(rx.pattern)
            anchor = required_literal(rx.pattern)
            words = (anchor,) if anchor and len(anchor) >= 2 else required_alternatives(rx.pattern)
            if width is None or not words or min(map(len, words)) < 2:
                always.append((idx, rx))
            elif starts_with_anchor(rx.pattern, words):
                for word in words:
                    leading.setdefault(word, []).append((idx, rx))
            else:
                for word in words:
                    anchored.setdefault(word, []).append((idx, rx, width))
        self.anchors = {
            a: (tuple((idx, rx) for idx, rx, _ in rs), max(w for _, _, w in rs))
            for a, rs in anchored.items()
        }
        self.leading = {a: tuple(rs) for a, rs in leading.items()}
        triggers = set(self.anchors) | set(self.leading)
        for text, owners in literals.items():
            self.automaton.add_word(
                text, (len(text), tuple(sorted(owners)), text if text in triggers else "")
            )
        for anchor in triggers - set(literals):
            self.automaton.add_word(anchor, (len(anchor), (), anchor))
        if literals or triggers:
            self.automaton.make_automaton()
        self.has_literals = bool(literals or triggers)
        self.always = tuple(always)

    def raw_hits(self, text: str) -> tuple[list[Hit], list[tuple[int, int]]]:
        """Every occurrence of every pattern (indicator hits, slogan spans), unmerged."""
        hits: list[Hit] = []
        slogans: list[tuple[int, int]] = []
        triggered: dict[str, list[int]] = {}
        if self.has_literals:
            for end, (length, owners, anchor) in self.automaton.iter(text):
                start = end - length + 1
                if anchor:
                    triggered.setdefault(anchor, []).append(start)
                for idx in owners:
                    if idx == SLOGAN:
                        slogans.append((start, end + 1))
                    else:
                        hits.append(Hit(idx, start, end + 1))
        for idx, rx in self.always:
            hits.extend(
                Hit(idx, m.start(), m.end()) for m in rx.finditer(text) if m.end() > m.start()
            )
        # an anchored regex can only match within its maximum width of an anchor occurrence;
        # the windows of an anchor are merged once, with the widest of its regexes
        for anchor, starts in triggered.items():
            for idx, rx in self.leading.get(anchor, ()):
                for start in starts:
                    m = rx.match(text, start)
                    if m and m.end() > start:
                        hits.append(Hit(idx, start, m.end()))
            if anchor not in self.anchors:
                continue
            regexes, width = self.anchors[anchor]
            windows = _windows(starts, len(anchor), width, len(text))
            for idx, rx in regexes:
                for lo, hi in windows:
                    for m in rx.finditer(text, lo, hi):
                        if m.end() > m.start():
                            hits.append(Hit(idx, m.start(), m.end()))
        return hits, slogans

    def hits(self, text: str) -> tuple[list[Hit], list[tuple[int, int]]]:
        """Hits after the overlap rules, sorted by position; plus slogan spans."""
        raw, slogans = self.raw_hits(text)
        raw.sort()  # by indicator, start, end
        kept: list[Hit] = []
        last = Hit(-1, -1, -1)  # the last hit kept
        for hit in raw:
            if hit.indicator == last.indicator and hit.start < last.end:
                if hit.start == last.start:  # a longer hit at the same start replaces it
                    kept[-1] = last = hit
                continue
            kept.append(hit)
            last = hit
        kept.sort(key=_BY_POSITION)
        return kept, _merge_spans(slogans)


def _windows(starts: list[int], length: int, width: int, size: int) -> list[tuple[int, int]]:
    """Merged [lo, hi) windows of ``width`` around each anchor occurrence."""
    return _merge_spans(
        [(max(0, s - width), min(size, s + length + width)) for s in starts], touching=True
    )


def _merge_spans(spans: list[tuple[int, int]], touching: bool = False) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and (start <= out[-1][1] if touching else start < out[-1][1]):
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out
