"""Find every catalogue pattern in a report in one pass.

All literal patterns of all indicators (and the slogan phrases) go into one
Aho-Corasick automaton built once per catalogue; regex patterns are compiled once.
A report is scanned once by the automaton; regexes run only where the words they
require occur (see ``Matcher``), and each finds exactly what a left-to-right scan of
each sentence with it would find (of the whole text when no sentences are given). Per
sentence, not per report: a match reaching over a sentence's end would be dropped as
evidence anyway, and in a whole-text scan it would also hide the next sentence's own
match, so that a sentence inserted between the two could add evidence to a sentence it
does not touch and take credit from others (a dimension could fall when an achievement
is added).

Overlap rules (documented in the README):
- within one indicator, overlapping or nested hits collapse to the leftmost-longest
  (行政复议 inside 行政复议委员会 is one hit, not two);
- across indicators, every hit stands: one phrase may evidence two indicators, and the
  catalogue validator warns when that happens across dimensions.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Sequence
from typing import NamedTuple

import ahocorasick_rs

from fazhi_bench.spec.catalogue import Catalogue
from fazhi_bench.spec.regexsafety import (
    literal_expansions,
    looks_beside,
    max_width,
    required_words,
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
        # A regex runs only where one of its required words occurs (see required_words),
        # found by the same automaton pass; regexes without any, or matching
        # case-insensitively, run on every report. A regex whose every match begins with
        # such a word is tried at the word's occurrences only; the others search windows
        # around the occurrences, as wide as the regex's longest match. Either way each
        # regex finds what a left-to-right scan of the report finds.
        self.regexes: list[tuple[int, re.Pattern[str], int | None]] = []  # idx, rx, width
        self.triggers: dict[str, list[int]] = {}  # word -> the regexes it triggers
        self.several: dict[int, int] = {}  # regexes with several words: the longest
        always: list[tuple[int, re.Pattern[str]]] = []
        for idx, rx in regexes:
            width = max_width(rx.pattern)
            words, leading = required_words(rx.pattern) or ((), False)
            if width is None or not words or min(map(len, words)) < 2:
                always.append((idx, rx))
                continue
            if not leading and looks_beside(rx.pattern):
                always.append((idx, rx))
                continue
            for word in words:
                self.triggers.setdefault(word, []).append(len(self.regexes))
            if len(words) > 1:
                self.several[len(self.regexes)] = max(map(len, words))
            self.regexes.append((idx, rx, None if leading else width))
        # the automaton's words, and per word: the indicators it evidences (SLOGAN for a
        # slogan phrase) and, when it triggers regexes, itself (else '')
        words = {text: (tuple(sorted(owners)), text if text in self.triggers else "")
                 for text, owners in literals.items()}  # fmt: skip
        words.update({w: ((), w) for w in sorted(set(self.triggers) - set(literals))})
        self.values = list(words.values())
        self.automaton = automaton(list(words)) if words else None
        self.always = tuple(always)

    def raw_hits(
        self, text: str, sentences: Sequence[tuple[int, int]] | None = None
    ) -> tuple[list[Hit], list[tuple[int, int]]]:
        """Every occurrence of every pattern (indicator hits, slogan spans), unmerged;
        regex matches lie within one of ``sentences`` ((start, end), sorted; default: the
        whole text is one)."""
        spans = list(sentences) if sentences else [(0, len(text))]
        hits: list[Hit] = []
        slogans: list[tuple[int, int]] = []
        triggered: dict[str, list[int]] = {}
        if self.automaton is not None:
            values = self.values
            for word, start, end in self.automaton.find_matches_as_indexes(text, overlapping=True):
                owners, anchor = values[word]
                if anchor:
                    triggered.setdefault(anchor, []).append(start)
                for idx in owners:
                    if idx == SLOGAN:
                        slogans.append((start, end))
                    else:
                        hits.append(Hit(idx, start, end))
        for idx, rx in self.always:
            for lo, hi in spans:
                hits.extend(Hit(idx, m.start(), m.end())
                            for m in rx.finditer(text, lo, hi) if m.end() > m.start())  # fmt: skip
        firsts = [lo for lo, _ in spans]
        several: dict[int, list[tuple[int, int, int]]] = {}  # regexes with several words
        for word, starts in triggered.items():
            placed = _placed(firsts, spans, starts)
            for r in self.triggers[word]:
                if r in self.several:
                    several.setdefault(r, []).extend(placed)
                else:
                    self._run(r, text, placed, len(word), hits)
        for r, placed in several.items():
            self._run(r, text, sorted(set(placed)), self.several[r], hits)
        return hits, slogans

    def _run(
        self, r: int, text: str, placed: list[tuple[int, int, int]], length: int, hits: list[Hit]
    ) -> None:
        """Regex ``r`` where its words (at most ``length`` long) occur: ``placed`` holds
        each occurrence's start and its sentence's (start, end), sorted."""
        idx, rx, width = self.regexes[r]
        if width is None:
            hits.extend(Hit(idx, s, e) for s, e in _scan_at(rx, text, placed))
            return
        for lo, hi in _windows(placed, length, width):
            for m in rx.finditer(text, lo, hi):
                if m.end() > m.start():
                    hits.append(Hit(idx, m.start(), m.end()))

    def hits(
        self, text: str, sentences: Sequence[tuple[int, int]] | None = None
    ) -> tuple[list[Hit], list[tuple[int, int]]]:
        """Hits after the overlap rules, sorted by position; plus slogan spans. Regex
        matches lie within one of ``sentences`` (see ``raw_hits``)."""
        raw, slogans = self.raw_hits(text, sentences)
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


def automaton(words: list[str]) -> ahocorasick_rs.AhoCorasick:
    """An automaton reporting every occurrence of ``words``, overlaps included, as
    (index into ``words``, start, end) in characters: Rust's aho-corasick crate as a DFA,
    a third of pyahocorasick's time on these reports (whose node search per character is
    slow with thousands of distinct characters)."""
    return ahocorasick_rs.AhoCorasick(
        words,
        matchkind=ahocorasick_rs.MatchKind.Standard,
        implementation=ahocorasick_rs.Implementation.DFA,
    )


def _placed(
    firsts: list[int], spans: list[tuple[int, int]], starts: list[int]
) -> list[tuple[int, int, int]]:
    """Each of ``starts`` with the (start, end) of its sentence (``firsts``: the
    sentences' starts); a place between sentences is an empty sentence of its own."""
    out = []
    after = bisect.bisect_right
    for pos in starts:
        i = after(firsts, pos) - 1
        lo, hi = spans[i] if i >= 0 else (pos, pos)
        out.append((pos, lo, hi) if pos < hi else (pos, pos, pos))
    return out


def _scan_at(
    rx: re.Pattern[str], text: str, placed: list[tuple[int, int, int]]
) -> list[tuple[int, int]]:
    """What a left-to-right scan of each sentence with ``rx`` finds, when every match of
    it begins at one of the places (start, sentence start, sentence end; sorted): try
    those places in turn, each up to its sentence's end, skipping any inside the last
    match."""
    found: list[tuple[int, int]] = []
    after = 0
    for start, _, end in placed:
        if start < after:
            continue
        m = rx.match(text, start, end)
        if m and m.end() > start:
            found.append((start, m.end()))
            after = m.end()
    return found


def _windows(placed: list[tuple[int, int, int]], length: int, width: int) -> list[tuple[int, int]]:
    """Merged [lo, hi) windows reaching ``width`` beyond each word (``length`` long at
    most) at the places (start, sentence start, sentence end), each kept inside its
    sentence: every match that holds one of the words and is at most ``width`` long lies
    inside one window, and no match of a left-to-right scan of a sentence crosses one.
    Windows of two sentences never merge."""
    out: list[tuple[int, int]] = []
    last_end = -1  # the end of the sentence of the last window
    for s, first, end in placed:  # sorted by start
        lo, hi = max(first, s - width), min(end, s + length + width)
        if out and end == last_end and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
        last_end = end
    return out


def _merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans as one (slogan phrases inside one another count once)."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out
