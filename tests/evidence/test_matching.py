"""How the matcher runs the catalogue's regexes: as literals, at their anchors, or in
windows, and that each way finds what a plain scan with the regex finds."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest
from helpers import REPORTS
from hypothesis import given, settings
from hypothesis import strategies as st

from fazhi_bench.evidence.matching import Matcher
from fazhi_bench.evidence.sections import split_sentences
from fazhi_bench.read.corpus import load_document
from fazhi_bench.spec.catalogue import load_catalogue
from fazhi_bench.spec.regexsafety import literal_expansions, required_words

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
        ("法治|法治政府", None),  # one text begins another: the regex prefers the shorter
        ("甲乙|乙丁", None),  # occurrences may overlap: a scan skips the second
        ("(定期)?学法", None),  # one text inside another
        ("(?i)iso9001", None),  # case-insensitive
        ("[一二三四五六七八九](项|件)(制度|工作)(了)?", None),  # 9 x 2 x 2 x 2 > 64 texts
    ],
)
def test_literal_expansions(regex, texts):
    assert literal_expansions(regex) == texts
    for text in texts or ():
        assert re.fullmatch(regex, text)


def _texts() -> list[str]:
    return [load_document(p, p.name).text for p in sorted(REPORTS.glob("*.txt"))]


def _reference_hits(indicators, text: str, spans=None) -> list[tuple[int, int, int]]:
    """The matcher's contract, written plainly: every occurrence of every literal, every
    match of a left-to-right scan with every regex of each sentence (``spans``; default:
    the whole text), then per indicator the overlapping hits collapse to the
    leftmost-longest."""
    spans = spans or [(0, len(text))]
    raw = []
    for idx, ind in enumerate(indicators):
        for pat in ind.patterns:
            if pat.kind == "literal":
                at = text.find(pat.text)
                while at >= 0:
                    raw.append((idx, at, at + len(pat.text)))
                    at = text.find(pat.text, at + 1)
            else:
                rx = re.compile(pat.text)
                raw += [(idx, *m.span()) for lo, hi in spans
                        for m in rx.finditer(text, lo, hi) if m.end() > m.start()]  # fmt: skip
    kept: list[tuple[int, int, int]] = []
    for hit in sorted(raw, key=lambda h: (h[0], h[1], h[1] - h[2])):
        if kept and kept[-1][0] == hit[0] and hit[1] < kept[-1][2]:
            continue
        kept.append(hit)
    return sorted(kept, key=lambda h: (h[1], h[0]))


def _hits(matcher: Matcher, text: str, spans=None) -> list[tuple[int, int, int]]:
    return [(h.indicator, h.start, h.end) for h in matcher.hits(text, spans)[0]]


def test_the_matcher_finds_what_a_plain_scan_finds_on_the_samples():
    for text in _texts():
        assert _hits(MATCHER, text) == _reference_hits(MATCHER.indicators, text)
        spans = split_sentences(text)
        assert _hits(MATCHER, text, spans) == _reference_hits(MATCHER.indicators, text, spans)


def test_a_match_over_a_sentence_end_hides_nothing_in_the_next_sentence():
    """Scanned sentence by sentence, 处罚…(a digit) stops at the semicolon; scanned whole, its
    match from the first sentence reached into the second and hid 处罚26 there, which an
    inserted sentence would then uncover (evidence added to a sentence not touched)."""
    catalogue = _catalogue([("regex", r"处罚[^。]{0,12}\d")])
    text = "办理不予行政处罚案件6件;从轻处罚26件。"
    assert _hits(Matcher(catalogue), text) == [(0, 6, 19)]  # whole text: one greedy match
    spans = split_sentences(text)
    assert _hits(Matcher(catalogue), text, spans) == [(0, 6, 11), (0, 15, 19)]


def _catalogue(*indicators: list[tuple[str, str]]) -> SimpleNamespace:
    """A stand-in catalogue: indicators given as lists of (kind, text) patterns."""
    return SimpleNamespace(
        slogans=(),
        indicators=[
            SimpleNamespace(patterns=[SimpleNamespace(kind=k, text=t) for k, t in pats])
            for pats in indicators
        ],
    )


TRICKY = _catalogue(
    [("literal", "丙甲"), ("regex", "甲乙|乙丁")],  # overlapping texts of one regex
    [("regex", "法治|法治政府")],  # the regex prefers the shorter alternative
    [("regex", "(?i)iso9001"), ("regex", "(?i:ab)cd")],  # case-insensitive
    [("regex", "(定期)?学法")],  # one text inside another
    [("regex", "专家论证.{0,4}公众参与"), ("regex", "公众参与.{0,6}风险评估")],
    [("regex", "(出具|提出).{0,3}意见"), ("literal", "出具意见书")],
    [("regex", "(诉求|工单).{0,4}(办结率|满意率)")],  # windows around either word
    [("regex", "法[治律]体检"), ("literal", "体检")],
    [("regex", "(短视频|微视频).{0,3}普法")],  # runs at the longer, rarer words
    [("regex", "(短视频|微视频).?普法(?!宣传)")],  # looks past its match: never windowed
    [("regex", "(出具|提出).{0,3}意见(?<!书出具意见)")],  # looks behind: windowed all the same
)
PIECES = ["丙", "甲", "乙", "丁", "法治", "政府", "ISO9001", "iso9001", "ABcd", "abcd",
          "定期", "学法", "专家论证", "公众参与", "风险评估", "出具", "提出", "意见", "书",
          "诉求", "工单", "办结率", "满意率", "法律", "体检", "短视频", "微视频", "普法",
          "宣传", "。", ","]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_tricky_regexes_find_what_a_plain_scan_finds(text):
    assert _hits(Matcher(TRICKY), text) == _reference_hits(TRICKY.indicators, text)
    spans = split_sentences(text)
    assert _hits(Matcher(TRICKY), text, spans) == _reference_hits(TRICKY.indicators, text, spans)


def test_known_answers_for_the_tricky_regexes():
    matcher = Matcher(TRICKY)
    assert _hits(matcher, "丙甲乙丁") == [(0, 0, 2)]  # 甲乙 overlaps 丙甲; 乙丁 is never seen
    assert _hits(matcher, "法治政府") == [(1, 0, 2)]
    assert _hits(matcher, "ISO9001iso9001 ABcd") == [(2, 0, 7), (2, 7, 14), (2, 15, 19)]
    text = "专家论证公众参与风险评估公众参与专家论证"
    assert _hits(matcher, text) == _reference_hits(TRICKY.indicators, text)
    assert _hits(matcher, text) == [(4, 0, 8)]  # 公众参与风险评估 starts inside it: not seen


@pytest.mark.parametrize(
    ("regex", "words", "leading"),
    [
        ("(短视频|微视频|微电影).{0,6}普法", ("短视频", "微视频", "微电影"), True),  # > 普法
        ("法治.{0,2}(第一课|教育课|课堂)", ("法治",), True),  # 课堂 is no longer; one word
        ("(出具|提出).{0,8}意见", ("意见",), False),  # one word rather than two as long
        ("(诉求|工单).{0,4}(办结率|满意率)", ("办结率", "满意率"), False),
        ("(诉求|工单).{0,4}率", ("诉求", "工单"), True),  # longer than 率
        ("决策.{0,6}法定程序", ("法定程序",), False),
        ("(出具|提出).{0,8}(法律意见|审查意见)", ("法律意见", "审查意见"), False),
        ("(接访|下访|约访)", ("接访", "下访", "约访"), True),
        # a literal and the group after it make longer words than either alone
        ("执法(信息|结果|决定).{0,6}公示", ("执法信息", "执法结果", "执法决定"), True),
        ("(法治|普法).{0,6}进(机关|乡村)", ("进机关", "进乡村"), False),
        ("法治(政府)?建设.{0,6}考核", ("法治建设", "法治政府建设"), True),  # an optional part
        ("(法治.{0,3}建设)", ("法治",), True),  # a group without alternatives is opened
        ("(?:法治)?建设", ("建设",), False),  # one word rather than 建设 or 法治建设
        (".{0,4}率", ("率",), False),  # one character: the matcher scans the whole report
        (".{0,4}", None, False),
        ("(?i)iso.{0,4}9001", None, False),  # the automaton's words are case-sensitive
    ],
)
def test_a_regex_runs_at_its_rarest_required_words(regex, words, leading):
    assert required_words(regex) == (None if words is None else (words, leading))


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_every_match_holds_one_of_the_required_words(data):
    """Texts made of the regex's own characters: each match contains one of the words,
    and begins with one when the words are said to lead."""
    regex = data.draw(st.sampled_from([
        "(法治|普法).{0,3}进(机关|乡村)", "执法(信息|结果).{0,2}公示", "法治(政府)?建设.{0,2}考核",
        "(诉求|工单).{0,2}(办结率|满意率)", "(出具|提出).{0,3}意见", "(法治.{0,3}建设)",
    ]))  # fmt: skip
    found = required_words(regex)
    assert found is not None
    words, leading = found
    pieces = sorted({*re.findall("[\u4e00-\u9fff]+", regex), *re.findall("[\u4e00-\u9fff]", regex),
                     "。", "甲"})  # fmt: skip
    text = "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=16)))
    for m in re.finditer(regex, text):
        assert any(w in m.group() for w in words)
        assert not leading or any(m.group().startswith(w) for w in words)


def test_a_regex_that_looks_past_its_match_is_not_cut_at_a_window():
    catalogue = _catalogue([("regex", "法.?(甲乙丙|丁戊己)普法(?!宣传月活动啊)")])
    text = "法X甲乙丙普法宣传月活动啊啊"
    assert _reference_hits(catalogue.indicators, text) == []
    assert _hits(Matcher(catalogue), text) == []


def test_a_regex_that_looks_behind_is_searched_in_windows():
    """A window's search still sees the text before the window, as a sentence's does: a
    look-behind (村居法律顾问 left out of 法律顾问) needs no scan of the whole report."""
    catalogue = _catalogue([("regex", "(出具|提出).{0,3}意见(?<!书出具意见)")])
    matcher = Matcher(catalogue)
    assert not matcher.always and matcher.regexes[0][2] is not None
    text = "书出具意见,出具意见。"
    assert _hits(matcher, text) == [(0, 6, 10)] == _reference_hits(catalogue.indicators, text)
    spans = split_sentences(text)
    assert _hits(matcher, text, spans) == _reference_hits(catalogue.indicators, text, spans)


def test_known_answer_for_a_regex_run_at_its_alternatives():
    matcher = Matcher(TRICKY)
    hits = _hits(matcher, "普法短视频进社区普法,微视频普法宣传")
    assert [h for h in hits if h[0] == 8] == [(8, 2, 10), (8, 11, 16)]
    assert [h for h in hits if h[0] == 9] == []  # 微视频普法 is followed by 宣传


def test_the_three_ways_are_all_used_by_the_default_catalogue():
    regexes = [p.text for i in CATALOGUE.indicators for p in i.patterns if p.kind == "regex"]
    literal = [r for r in regexes if literal_expansions(r)]
    leading = {rx.pattern for _, rx, width in MATCHER.regexes if width is None}
    windowed = {rx.pattern for _, rx, width in MATCHER.regexes if width is not None}
    assert literal and leading and windowed and not MATCHER.always
    assert len(literal) + len(leading) + len(windowed) == len(set(regexes))


def test_a_longer_hit_at_the_same_start_wins():
    """复议案件 (a literal) and 复议案件当日受理 (the regex 复议.{0,4}受理) start at the same
    character: the indicator keeps the longer one only."""
    idx = next(i for i, ind in enumerate(CATALOGUE.indicators) if ind.id == "admin_reconsideration")
    text = "办理复议案件当日受理。"
    spans = [(h.start, h.end) for h in MATCHER.hits(text)[0] if h.indicator == idx]
    assert spans == [(2, 10)]
