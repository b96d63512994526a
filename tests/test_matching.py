"""How the matcher runs the catalogue's regexes: as literals, at their anchors, or in
windows, and that each way finds what a plain scan with the regex finds."""

from __future__ import annotations

import re

import pytest
from helpers import REPORTS

from fazhi_bench.catalogue import load_catalogue
from fazhi_bench.corpus import load_document
from fazhi_bench.matching import Matcher
from fazhi_bench.regexsafety import literal_expansions, starts_with_anchor

CATALOGUE, _ = load_catalogue()
MATCHER = Matcher(CATALOGUE)


@pytest.mark.parametrize(
    ("regex", "texts"),
    [
        ("法律[六七八]进", ("法律六进", "法律七进", "法律八进")),
        ("法治(专题)?讲座", ("法治讲座", "法治专题讲座")),
        ("(定期|集体)学法", ("定期学法", "集体学法")),
        ("双随机[、,]?一公开", ("双随机一公开", "双随机、一公开", "双随机,一公开")),
        ("(司法|检察)建议", ("司法建议", "检察建议")),
        ("决策.{0,6}法定程序", None),  # a gap: not a finite set
        ("[^a]b", None),  # a negated class
        ("\\d{1,6}条", None),  # a class of digits
        ("法治(专题)+讲座", None),  # an open repeat
        ("(a|)", None),  # may match the empty text
        ("[一二三四五六七八九](项|件)(制度|工作)(了)?", None),  # 9 x 2 x 2 x 2 > 64 texts
    ],
)
def test_literal_expansions(regex, texts):
    assert literal_expansions(regex) == texts
    for text in texts or ():
        assert re.fullmatch(regex, text)


@pytest.mark.parametrize(
    ("regex", "words", "leading"),
    [
        ("法治.{0,2}(第一课|课堂)", ("法治",), True),
        ("(出具|提出).{0,8}意见", ("出具", "提出"), True),
        ("决策.{0,6}法定程序", ("法定程序",), False),  # the anchor is not where a match begins
        ("(出具|提出).{0,8}意见", ("出具",), False),  # not the whole group
        ("(?:法治)?建设", ("建设",), False),
    ],
)
def test_starts_with_anchor(regex, words, leading):
    assert starts_with_anchor(regex, words) is leading


def _texts() -> list[str]:
    return [load_document(p, p.name).text for p in sorted(REPORTS.glob("*.txt"))]


def test_every_catalogue_regex_finds_what_a_plain_scan_finds():
    """Run as literals, at its anchors or in windows, each regex of the catalogue finds
    every match a plain left-to-right scan of the whole report finds, on the samples."""
    checked = 0
    for text in _texts():
        raw, _ = MATCHER.raw_hits(text)
        found = {(h.indicator, h.start, h.end) for h in raw}
        for idx, ind in enumerate(MATCHER.indicators):
            for pattern in (p.text for p in ind.patterns if p.kind == "regex"):
                for m in re.finditer(pattern, text):
                    assert (idx, *m.span()) in found, (ind.id, pattern, m.group())
                    checked += 1
    assert checked > 200


def test_the_three_ways_are_all_used_by_the_default_catalogue():
    regexes = [p.text for i in CATALOGUE.indicators for p in i.patterns if p.kind == "regex"]
    literal = [r for r in regexes if literal_expansions(r)]
    leading = {rx.pattern for rs in MATCHER.leading.values() for _, rx in rs}
    windowed = {rx.pattern for rs, _ in MATCHER.anchors.values() for _, rx in rs}
    assert literal and leading and windowed and not MATCHER.always
    assert len(literal) + len(leading) + len(windowed) == len(set(regexes))


def test_a_longer_hit_at_the_same_start_wins():
    """复议案件 (a literal) and 复议案件当日受理 (the regex 复议.{0,4}受理) start at the same
    character: the indicator keeps the longer one only."""
    idx = next(i for i, ind in enumerate(CATALOGUE.indicators) if ind.id == "admin_reconsideration")
    text = "办理复议案件当日受理。"
    spans = [(h.start, h.end) for h in MATCHER.hits(text)[0] if h.indicator == idx]
    assert spans == [(2, 10)]
