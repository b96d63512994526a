"""Property-based tests: arbitrary Unicode never crashes the text work, and every
offset indexes the cleaned text."""

from __future__ import annotations

import math
import re
import unicodedata

from helpers import MINI
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fazhi_bench.evidence.extract import extract
from fazhi_bench.evidence.matching import Matcher
from fazhi_bench.evidence.quantities import find_quantities
from fazhi_bench.evidence.sections import KINDS, find_sections, split_sentences
from fazhi_bench.read.clean import (
    _CLUTTER_ANYWHERE,
    _CLUTTER_LEADS,
    _INVISIBLE,
    _PUNCT,
    clean_text,
    is_clutter,
    normalise_chars,
    single_spaced,
    without_lone_surrogates,
)
from fazhi_bench.spec.catalogue import load_catalogue

CATALOGUE = load_catalogue()[0]
MATCHER = Matcher(CATALOGUE)
MINI_MATCHER = Matcher(load_catalogue(MINI)[0])

# Pieces of real report text, so generated strings reach the interesting code paths.
FRAGMENTS = [
    "一、主要举措和成效\n", "二、存在的不足和原因\n", "三、2025年工作打算\n", "(一)", "一是", "。", ",", "\n",
    "合法性审查", "法律顾问", "人民调解", "行政复议", "双随机、一公开", "八五普法", "三项制度", "12345热线",
    "受理纠纷1476起", "300余万元", "96%以上", "近千人", "一千二百件", "百分之九十五", "将进一步", "应当",
    "首页 > 信息公开", "索引号 123", "【打印本页】", "建設(shè)", "（一）", "，", "２０２４年", "\r\n", "\ufeff",
    "“", "”", "《", "》", "第一责任人", "万", "余", "多", "以上", "%", "件", "次",
    "\ud800", "法治\udc00",  # halves of UTF-16 pairs, as a broken PDF text layer gives
    "法 治 政 府 建 设 ", "二 、 存 在 的 问 题", " ", "  ", "⻔", "⾏",  # letter-spacing, radicals
]  # fmt: skip
TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=60).map("".join),
)
SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(TEXT)
def test_cleaning_never_crashes_and_is_stable(raw):
    cleaned = clean_text(raw).text
    assert "\r" not in cleaned and "\ufeff" not in cleaned
    assert clean_text(cleaned).text == cleaned  # cleaning cleaned text changes nothing


SPACED = st.lists(st.sampled_from([" ", "  ", "\t", " \t ", "法治", "a", "\n", "\ud800"]),
                  max_size=30).map("".join)  # fmt: skip


@SETTINGS
@given(st.one_of(TEXT, SPACED))
def test_shortcuts_change_what_the_regexes_change(raw):
    """Spaces and lone surrogates: the checks that skip the regex give the same text."""
    assert single_spaced(raw) == re.sub(r"[ \t]+", " ", raw)
    assert without_lone_surrogates(raw) == re.sub("[\ud800-\udfff]", "\ufffd", raw)


CLUTTER_PIECES = ["首页", " > ", "›", "»", "ICP备", "12345号", "公网安备", "网站标识码", "【打印本页】",
                  "来源:", "字号", "[大]", "扫一扫", "|", "·", "-", "法治", "政府信息公开", " "]  # fmt: skip
ANY_CLUTTER = re.compile(f"^(?:{_CLUTTER_LEADS}|{_CLUTTER_ANYWHERE})$", re.VERBOSE)


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(CLUTTER_PIECES), st.text(max_size=5)), max_size=12)
       .map("".join))  # fmt: skip
def test_clutter_check_equals_the_whole_regex(line):
    """Lines without a mark are not tried against the two regexes that may begin anywhere:
    the same answer as trying every alternative."""
    line = line.replace("\n", " ")
    assert is_clutter(line) == (len(line) < 120 and bool(ANY_CLUTTER.match(line)))


def test_shortcuts_known_answers():
    assert single_spaced("依法  行政\t\t决策 公开") == "依法 行政 决策 公开"
    assert without_lone_surrogates("法治\udc00建设\ud800") == "法治\ufffd建设\ufffd"
    plain = "法治 建设"
    assert single_spaced(plain) is plain and without_lone_surrogates(plain) is plain


WIDE_AND_COMBINING = st.lists(
    st.one_of(st.sampled_from(["，", "（", "Ａ", "０", "\u0301", "\u3000", "①", "㎡", "ﬁ", "가"]),
              st.text(max_size=4)),
    max_size=40,
).map("".join)  # fmt: skip


@SETTINGS
@given(st.one_of(TEXT, WIDE_AND_COMBINING))
def test_normalising_equals_a_full_nfkc_pass(raw):
    """The shortcut for full-width punctuation gives what NFKC of the whole text gives
    (① … ⑳ aside: they keep a bracket, (1) … (20), where NFKC leaves a bare 1)."""
    visible = "".join(c for c in raw if c not in _INVISIBLE)
    circled = "".join(f"({ord(c) - 0x245F})" if "\u2460" <= c <= "\u2473" else c for c in visible)
    reference = unicodedata.normalize("NFKC", circled)
    for ch, repl in _PUNCT.items():
        reference = reference.replace(ch, repl)
    assert normalise_chars(raw) == reference


@SETTINGS
@given(TEXT)
def test_sections_and_sentences_index_the_text(raw):
    text = clean_text(raw).text
    sections = find_sections(text)
    if text:
        assert sections[0].start == 0 and sections[-1].end == len(text)
    for a, b in zip(sections, sections[1:], strict=False):
        assert a.end == b.start and a.start < a.end
    assert all(s.kind in KINDS for s in sections)
    last = 0
    for start, end in split_sentences(text):
        assert last <= start < end <= len(text)
        last = end


@SETTINGS
@given(TEXT)
def test_matches_index_the_text(raw):
    text = clean_text(raw).text
    hits, slogans = MATCHER.hits(text)
    for hit in hits:
        assert 0 <= hit.start < hit.end <= len(text)
        literals = {
            p.text for p in MATCHER.indicators[hit.indicator].patterns if p.kind == "literal"
        }
        regexes = [p.text for p in MATCHER.indicators[hit.indicator].patterns if p.kind == "regex"]
        found = text[hit.start : hit.end]
        assert found in literals or any(re.fullmatch(rx, found) for rx in regexes)
    for start, end in slogans:
        assert 0 <= start < end <= len(text)


@SETTINGS
@given(TEXT)
def test_quantities_are_found_at_their_offsets(raw):
    text = clean_text(raw).text
    for q in find_quantities(text):
        assert text[q.start : q.start + len(q.text)] == q.text
        assert math.isfinite(q.value) and q.value >= 0
        assert q.unit


@SETTINGS
@given(TEXT)
def test_extraction_offsets_and_credit_rules(raw):
    text = clean_text(raw).text
    ex = extract(text, MINI_MATCHER)
    for hit in ex.hit_records(text, MINI_MATCHER.indicators):
        assert text[hit["start"] : hit["end"]] == hit["text"]
        if hit["section"] in ("shortcomings", "plan", "other"):
            assert not hit["credited"]
        assert hit["level"] in (("mention", "measure", "result") if hit["credited"] else ("",))
    for q in ex.quantities:
        assert text[q["start"] : q["start"] + len(q["text"])] == q["text"]
        assert q["section"] != "plan"
