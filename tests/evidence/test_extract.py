"""Known answers for extraction rules that span sentences and clauses."""

from __future__ import annotations

from helpers import MINI

from fazhi_bench.evidence.credit import sentence_reason
from fazhi_bench.evidence.extract import (
    _paragraph_starts,
    extract,
    figure_dimensions,
    support_scopes,
)
from fazhi_bench.evidence.matching import Matcher
from fazhi_bench.evidence.sections import split_sentences
from fazhi_bench.read.clean import clean_text, curly_quotes, figures_closed_up
from fazhi_bench.spec.catalogue import load_catalogue

MATCHER = Matcher(load_catalogue(MINI)[0])


def _ex(text: str):
    return extract(clean_text(text).text, MATCHER)


def _hits(text: str) -> list[dict]:
    cleaned = clean_text(text).text
    return extract(cleaned, MATCHER).hit_records(cleaned, MATCHER.indicators)


def _level(report: str, indicator: str = "mediation") -> str:
    return next(h["level"] or h["reason"] for h in _hits(report) if h["indicator"] == indicator)


def test_a_later_figure_in_the_paragraph_supports_a_deed():
    deed, figure = "先后开展人民调解专项活动。", "全年调处纠纷96起。"
    assert _level(f"一、主要举措和成效\n{deed}") == "measure"
    assert _level(f"一、主要举措和成效\n{deed}{figure}") == "result"
    # a sentence inserted between them takes nothing away (monotone by construction)
    assert _level(f"一、主要举措和成效\n{deed}印发《调解工作规程》。{figure}") == "result"
    # not across a paragraph break, and not backwards
    assert _level(f"一、主要举措和成效\n{deed}\n{figure}") == "measure"
    assert _level(f"一、主要举措和成效\n{figure}{deed}") == "measure"
    # a slogan is not rescued by a figure after it
    assert _level(f"一、主要举措和成效\n严格落实人民调解制度。{figure}") == "slogan"
    # a quoted slogan in the next sentence is no figure and lends nothing
    report = f"一、主要举措和成效\n{deed}构建“有速度、有温度”的治理模式。"
    assert _level(report) == "measure"


def test_a_figure_measures_the_hits_of_its_clause():
    report = "一、主要举措和成效\n街道先后开展人民调解,通过政府信息公开平台发布信息1320条。"
    hits = {h["indicator"]: h["level"] for h in _hits(report)}
    assert hits == {"mediation": "measure", "info_disclosure": "result"}


def test_a_repeated_sentence_counts_once():
    ex = _ex("一、主要举措和成效\n先后开展人民调解专项活动。\n先后开展人民调解专项活动。")
    assert ex.sentence_canonical == [0, 1, 1]


def test_targets_rules_and_plans_are_not_claims():
    text = (
        "一、主要举措和成效\n受理纠纷30件。持证率30%,未达到持证率60%的要求。"
        "征求意见期限不少于7个工作日。\n二、下一步工作打算\n争创1-2家示范社区。"
    )
    assert [q["text"] for q in _ex(text).quantities] == ["30件", "30%"]


def test_quantity_dimension_and_section():
    ex = _ex(
        "一、主要举措和成效\n开展人民调解,成功调解纠纷12件。\n二、存在的不足\n宪法宣传周参与群众仅200人。"
    )
    got = [(q["text"], q["dimension"], q["section"]) for q in ex.quantities]
    assert got == [("12件", "disputes", "achievements"), ("200人", "publicity", "shortcomings")]


def test_specificity_counts_achievement_sentences_with_figures():
    ex = _ex("一、主要举措和成效\n受理纠纷30件。加强普法宣传。开展法治讲座5场。推进依法行政。")
    # two of the four sentences carry a figure; the heading is not a sentence of substance
    assert (ex.specific_sentences, ex.achievement_sentences) == (2, 4)


def test_a_count_of_one_in_words_is_not_a_figure():
    def level(sentence: str) -> str:
        hits = _hits(f"一、主要举措和成效\n{sentence}")
        return next(h["level"] for h in hits if h["indicator"] == "mediation")

    assert level("开展了一次人民调解专项活动。") == "measure"  # 一次 reads as "a"
    assert level("开展了三次人民调解专项活动。") == "result"
    assert level("人民调解组织调处纠纷一千二百件。") == "result"
    assert level("开展了1次人民调解专项活动。") == "result"  # a figure written as a figure
    # the claim itself is still listed among the quantities
    assert [
        q["text"] for q in _ex("一、主要举措和成效\n开展了一次人民调解专项活动。").quantities
    ] == ["一次"]


def test_norms_and_targets_are_listed_but_not_credited_figures():
    report = (
        "一、主要举措和成效\n每年举行三次人民调解培训。\n全年调处纠纷96起。\n"
        "加强人民调解组织建设,调解成功率达到98%以上。\n二、存在的不足\n人民调解员仅20名。"
    )
    ex = _ex(report)
    got = [(q["text"], q["credited"]) for q in ex.quantities]
    # a norm, an achieved figure, a rate target, a figure in the shortcomings part
    assert got == [("三次", False), ("96起", True), ("98%以上", False), ("20名", False)]
    levels = [h["level"] for h in _hits(report) if h["indicator"] == "mediation"]
    assert levels[0] != "result"  # the norm grades nothing as a result


def test_paragraphs_begin_at_lines_and_numbered_items():
    text = "一是建章立制。召开会议3次。二是加强宣传。举办讲座5场。\n印发手册200册。"
    sentences = split_sentences(text)
    starts = _paragraph_starts(text, sentences)
    second, new_line = text.index("二是"), text.index("印发")
    assert starts == [0, 0, second, second, new_line]


def _scopes(text: str) -> list[int]:
    sentences = split_sentences(text)
    reasons = [sentence_reason(text[s:e], "achievements", False) for s, e in sentences]
    paragraph = _paragraph_starts(text, sentences)
    return support_scopes(text, sentences, paragraph, reasons, ["achievements"] * len(sentences))


def test_a_line_inside_a_numbered_item_stays_in_its_scope():
    # an unnumbered line after an item with a body belongs to that item
    text = "5.规范证件审核管理。建立审核制度。\n印发审核指引。\n全年审核证件40件。\n6.加强宣传。"
    line, last = text.index("印发"), text.index("全年")
    assert _paragraph_starts(text, split_sentences(text)) == [0, 0, line, last, text.index("6.")]
    assert _scopes(text) == [0, 0, 0, 0, text.index("6.")]


def test_unnumbered_paragraphs_and_those_after_a_heading_keep_their_own_scope():
    plain = "建立审核制度。\n全年审核证件40件。"
    assert _scopes(plain) == [0, plain.index("全年")]
    headed = "(一)规范执法行为\n建立审核制度。\n全年审核证件40件。"
    assert _scopes(headed) == [0, headed.index("建立"), headed.index("全年")]


def test_a_deed_split_from_its_figure_by_a_new_line_keeps_its_support():
    report = (
        "一、主要举措和成效\n4.强化审查。印发合法性审查工作规程,对重大行政决策全部开展审查。"
        "全年出具审查意见书40件。\n二、存在的不足\n无。"
    )
    split = report.replace("开展审查。", "开展审查。\n聘请公职律师5名。")
    level = {h["text"]: h["level"] for h in _hits(report) if h["dimension"] == "decision"}
    after = {h["text"]: h["level"] for h in _hits(split) if h["dimension"] == "decision"}
    assert "result" in level.values()
    assert all(after[t] == level[t] for t in level)


def test_a_figure_of_a_phrase_in_two_dimensions_counts_for_both():
    own = [(3, "publicity"), (3, "decision"), (20, "openness")]
    shown, dims = figure_dimensions(8, own, ("", frozenset()))
    assert shown == "publicity" and dims == {"publicity", "decision"}
    # the nearest hit alone, when no other hit shares its place
    assert figure_dimensions(18, own, ("", frozenset())) == ("openness", {"openness"})


def test_web_spacing_around_figures_is_closed_up():
    assert (
        figures_closed_up("公示执法事项清单 2364 项,合格率 100 %。")
        == "公示执法事项清单2364项,合格率100%。"
    )
    assert figures_closed_up("到 2024 年底") == "到2024年底"
    # only a space beside Chinese goes: between Latin letters or digits it stays
    assert figures_closed_up("APP 2 个, 版本 3.1 2") == "APP 2个, 版本3.1 2"
    # a figure split from its measure word was no figure: now it measures its sentence
    spaced = _ex("一、主要举措和成效\n全年化解物业纠纷 340 件。\n")
    assert [q["text"] for q in spaced.quantities] == ["340件"]
    # page labels are told by their spaces, so they are still dropped as clutter
    assert "生成日期" not in clean_text("生成日期 2024-03-14\n一、主要举措和成效\n").text


def test_paired_straight_quotes_read_as_chinese_quotes():
    assert curly_quotes('印发《县"八五"普法规划》') == "印发《县“八五”普法规划》"
    assert curly_quotes('"枫桥经验""最多跑一次"') == "“枫桥经验”“最多跑一次”"
    assert curly_quotes('尺寸为3"') == '尺寸为3"'  # unpaired: which mark opens is unknown
    # a quoted name's words are the name's, not the sentence's: same verdict either way
    assert clean_text('开展"不发生"专项活动。').text == "开展“不发生”专项活动。"
