"""Statutory parts in their many real forms, and sentence splitting."""

from __future__ import annotations

import pandas as pd
import pytest
from helpers import FIXTURES

from fazhi_bench.evidence.sections import completeness, find_sections, heading_kind, split_sentences
from fazhi_bench.read.clean import UNNUMBERED_INLINE_HEADING, clean_text


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("一、主要举措和成效", "achievements"),
        ("一、2023年推进法治政府建设的主要举措和成效", "achievements"),
        ("一、2022年法治政府建设工作情况", "achievements"),
        ("二、存在的不足和原因", "shortcomings"),
        ("二、存在的问题", "shortcomings"),
        ("三、短板弱项", "shortcomings"),
        ("三、党政主要负责人履行推进法治建设第一责任人职责情况", "leadership"),
        ("二、履行推进法治建设第一责任人职责情况", "leadership"),
        ("四、2025年度主要工作安排", "plan"),
        ("四、下一步工作打算", "plan"),
        ("三、2024年工作思路", "plan"),
        ("四、下一年度推进法治政府建设的主要安排", "plan"),
        ("五、其他需要报告的情况", "other"),
        ("第二部分 存在的困难和问题", "shortcomings"),
        ("三、依法化解矛盾纠纷", None),  # a topic heading names no part
    ],
)
def test_heading_kind(heading, kind):
    assert heading_kind(heading) == kind


def _kinds(text: str) -> list[str]:
    return [s.kind for s in find_sections(clean_text(text).text)]


def test_parts_in_any_order_with_missing_ones():
    text = (
        "某镇2023年法治政府建设情况报告\n导语。\n"
        "一、党政主要负责人履行推进法治建设第一责任人职责情况\n召开专题会议3次。\n"
        "二、2023年主要举措和成效\n开展普法12场。\n"
        "三、2024年工作打算\n将持续推进。\n"
    )
    assert _kinds(text) == ["other", "leadership", "achievements", "plan"]


def test_topic_headings_stay_in_achievements_and_merged_part_splits():
    text = (
        "一、坚持依法决策\n审查文件5件。\n二、严格规范执法\n查处案件3起。\n"
        "三、存在问题及下一步打算\n(一)存在的问题\n队伍力量薄弱。\n(二)下一步工作打算\n将加强培训。\n"
    )
    assert _kinds(text) == ["achievements", "achievements", "shortcomings", "shortcomings", "plan"]


def test_unnumbered_and_same_line_headings():
    text = (
        "主要举措和成效\n开展培训5次。\n存在的问题和不足\n力量不足。\n"
        "一、下一步工作打算。明年将继续加强法治宣传,确保各项任务落实到位,进一步提升群众满意度和获得感。\n"
    )
    assert _kinds(text) == ["achievements", "shortcomings", "plan"]


def test_no_headings_is_one_achievements_part():
    assert _kinds("全年开展普法活动12场。受理纠纷30件。") == ["achievements"]


def test_sections_cover_text_and_completeness():
    text = clean_text("标题\n一、主要举措和成效\n甲。\n二、存在的不足\n乙。\n").text
    sections = find_sections(text)
    assert sections[0].start == 0 and sections[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(sections, sections[1:], strict=False))
    assert completeness(sections) == "achievements+shortcomings"


def test_split_sentences():
    text = "一是开展培训。二是“送法进社区”!三是办结;\n末句"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "一是开展培训。",
        "二是“送法进社区”!",
        "三是办结;",
        "末句",
    ]


def test_item_wording_after_its_full_stop_names_no_part():
    # parts numbered 1.; item 18. mentions 工作思路 in its paragraph, not in its heading
    text = (
        "某区报告\n1.主要举措和成效\n16.强化政务服务举措\n办结事项3件。\n"
        "18.创新普法工作路径。结合群众所需,创新工作思路,举办讲座5场。\n"
        "2.存在的问题\n队伍薄弱。\n3.2025年工作打算\n将加强培训。\n"
    )
    assert _kinds(text) == ["other", "achievements", "shortcomings", "plan"]


def test_part_numbers_rise():
    # inside part 2., item 1. names the first-responsible-person duty: not a new part
    text = (
        "某街报告\n1.2020年主要举措和成效\n审查文件5件。\n"
        "2.党政主要负责人履行第一责任人职责情况\n1.党政主要负责人履行第一责任人职责\n召开会议3次。\n"
        "3.2021年主要安排\n将加强培训。\n"
    )
    sections = find_sections(clean_text(text).text)
    assert [s.kind for s in sections] == ["other", "achievements", "leadership", "plan"]
    assert sections[2].heading.startswith("2.")


def test_unnumbered_part_headings():
    text = (
        "某镇报告\n主要举措和成效\n审查文件5件。\n"
        "党政主要负责人履行推进法治建设第一责任人职责,加强法治政府建设的有关情况\n召开会议3次。\n"
        "存在的不足和原因\n队伍薄弱。\n2025年度主要工作安排\n将加强培训。\n"
    )
    assert _kinds(text) == ["other", "achievements", "leadership", "shortcomings", "plan"]


# the measures' first two items, numbered 一、 二、: the first names the leadership duty
_ITEMS = (
    "一、坚持党的领导,压实法治建设第一责任人职责\n召开会议3次。\n二、推进依法决策\n审查文件5件。\n"
)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # the parts carry no numbers, their items 一、 二、: an item on the first-
        # responsible-person duty is one of the measures, not a leadership part
        (
            "某区报告\n2024年法治政府建设主要举措和成效\n"
            + _ITEMS
            + "存在的问题\n队伍薄弱。\n2025年工作打算\n将加强培训。\n",
            ["other", "achievements", "achievements", "achievements", "shortcomings", "plan"],
        ),
        # part 一、, its items 一、 二、, then part 二、: an item naming the duty is no part
        (
            "某区报告\n一、2024年法治政府建设主要举措和成效\n"
            + _ITEMS
            + "二、存在的问题\n队伍薄弱。\n"
            "三、党政主要负责人履行推进法治建设第一责任人职责情况\n专题研究2次。\n",
            ["other", "achievements", "achievements", "achievements", "shortcomings", "leadership"],
        ),
    ],
)
def test_numbered_items_name_no_part(text, kinds):
    assert _kinds(text) == kinds


def test_a_numbered_line_naming_a_part_under_unnumbered_parts_is_one():
    text = (
        "某区报告\n2024年法治政府建设主要举措和成效\n"
        + _ITEMS.replace("一、坚持党的领导,压实", "一、党政主要负责人履行推进")
        + "存在的问题\n队伍薄弱。\n2025年工作打算\n将加强培训。\n"
    )
    assert "leadership" in _kinds(text)


def _one_long_line(*parts: str) -> str:
    """A page that lost its line breaks: ``parts`` glued, each body padded past the length
    at which a line is read as a whole page (clean.LONG_LINE)."""
    filler = "镇政府全年开展法治宣传活动十二场,覆盖群众两千余人。" * 20
    return "".join(parts).replace("{body}", filler)


def test_unnumbered_part_headings_inside_one_long_line():
    # the headings are glued between a sentence's end and their part's first words
    text = _one_long_line(
        "某镇2025年法治政府建设情况报告现将有关情况报告如下:",
        "2025年法治政府建设主要举措和成效(一)坚持学法用法。{body}",
        "党政主要负责人履行推进法治建设第一责任人职责情况镇党委书记认真履行职责。{body}",
        "存在的问题和不足一年来取得了一定成效,但仍存在短板。",
        "2026年推进法治政府建设工作计划2026年是开局之年,将加强培训。",
    )
    assert _kinds(text) == ["other", "achievements", "leadership", "shortcomings", "plan"]


def test_body_sentences_in_a_long_line_are_no_headings():
    # the same words inside a sentence of the body: a purpose, a plan's object, a rule
    text = _one_long_line(
        "某镇报告。主要举措和成效(一)坚持学法用法。{body}",
        "针对存在的问题,组织专项整改。全面完成年度工作计划安排的各项任务。",
        "党政主要负责人应当将履行推进法治建设第一责任人职责情况列入年终述职内容。{body}",
    )
    assert _kinds(text) == ["other", "achievements"]


def test_no_fixture_sentence_is_cut_as_an_inline_part_heading():
    """Every sentence of the independent fixtures (achievements, plans, targets, rules,
    shortcomings, slogans: 90,962) after a sentence's end on one long line: none opens
    with what reads as an unnumbered part heading glued to its part."""
    frame = pd.read_csv(FIXTURES / "heldout_sentences.csv")
    line = clean_text("。".join(frame["sentence"]).replace("\n", "")).text.replace("\n", "")
    assert UNNUMBERED_INLINE_HEADING.findall(line) == []


# Parts numbered as items are (1. (一) or not at all) are told from items by their
# wording alone: an achievements part worded as the year's work and how it went.
_PARTS_AFTER = "2.存在的问题\n队伍薄弱。\n3.2025年工作打算\n将加强培训。\n"


@pytest.mark.parametrize(
    "heading",
    [
        "1.2024年法治政府建设工作开展情况",  # the part's number runs into the year
        "1.主要工作及成效",
        "1.2024年度工作情况",
        "1.法治政府建设推进情况",
        "1.取得的主要成效",
        "1.主要工作完成情况",
        "1.2024年度法治政府建设基本情况",
        "1.工作回顾",
    ],
)
def test_achievements_parts_worded_as_the_years_work(heading):
    text = f"某乡报告\n导语。\n{heading}\n(1)依法决策。审查合同29份。\n{_PARTS_AFTER}"
    assert _kinds(text) == ["other", "achievements", "shortcomings", "plan"]


@pytest.mark.parametrize("topic", ["1.加强执法监督", "1.普法宣传深入开展"])
def test_under_parts_numbered_1_a_topic_numbered_next_is_a_part_an_item_none(topic):
    # 1.<topic> before 2.存在的问题 is the measures' part, numbered as the parts are; under
    # 1.主要举措和成效 the same line restarts the numbers: an item
    text = f"某乡报告\n导语。\n{topic}\n审查合同29份。\n{_PARTS_AFTER}"
    assert _kinds(text) == ["other", "achievements", "shortcomings", "plan"]
    text = (
        f"某乡报告\n导语。\n1.主要举措和成效\n{topic}\n审查合同29份。\n2.推进公开\n{_PARTS_AFTER}"
    )
    assert [s.heading for s in find_sections(clean_text(text).text)][1:] == [
        "1.主要举措和成效", "2.存在的问题", "3.2025年工作打算"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("first_line", "kinds"),
    [
        # titles: the opening summary stays outside the achievements
        ("某镇2024年法治政府建设情况", ["other", "achievements", "shortcomings"]),
        ("某县人民政府2024年度法治政府建设工作情况", ["other", "achievements", "shortcomings"]),
        ("关于2024年法治政府建设主要举措和成效的报告", ["other", "achievements", "shortcomings"]),
        # a part heading naming its unit is a heading all the same
        (
            "某街道2024年法治政府建设主要举措和成效",
            ["achievements", "achievements", "shortcomings"],
        ),
    ],
)
def test_a_title_is_no_part_heading(first_line, kinds):
    text = f"{first_line}\n我镇全年未发生行政复议纠错案件。\n一、主要举措和成效\n审查合同12份。\n二、存在的问题\n队伍薄弱。\n"
    assert _kinds(text) == kinds


def test_leadership_heading_of_two_bodies_inside_one_long_line():
    text = _one_long_line(
        "某街道2024年法治政府建设情况报告现将有关情况报告如下:",
        "2024年法治政府建设主要举措和成效(一)坚持学法用法。{body}",
        "党工委、办事处主要负责人履行推进法治建设第一责任人职责情况街道党工委书记认真履行职责。{body}",
        "存在的不足和原因一年来取得了一定成效,但仍存在短板。",
    )
    assert _kinds(text) == ["other", "achievements", "leadership", "shortcomings"]


def _lines_of_one_long_line(*parts: str) -> list[str]:
    return clean_text(_one_long_line(*parts)).text.split("\n")


@pytest.mark.parametrize(
    ("glued", "heading"),
    [
        (
            "(三)推进综合执法,提升执法水平2024年,县上向我镇下放执法事项。",
            "(三)推进综合执法,提升执法水平",
        ),
        ("(八)接受各方监督,做好基层治理我镇办理人大代表建议5件。", "(八)接受各方监督,做好基层治理"),
        (
            "(六)持续推进法治宣传教育深入实施“八五”普法规划,制定普法清单。",
            "(六)持续推进法治宣传教育",
        ),
        ("2.强化执法监督一是开展案卷评查3次。", "2.强化执法监督"),
    ],
)
def test_an_item_heading_glued_to_its_paragraph_is_cut_off(glued, heading):
    """A page without line breaks: the item's heading, where its paragraph visibly begins
    (a time, the unit itself, 一是, a manner and verb), is a line of its own again."""
    lines = _lines_of_one_long_line(
        "某镇报告。一、主要举措和成效(一)坚持学法用法。{body}", glued, "{body}"
    )
    assert heading in lines
    assert any(line.startswith(glued[len(heading) :][:6]) for line in lines)


@pytest.mark.parametrize(
    "glued",
    [
        "(二)县司法局全年审查合同12份。",  # a body's name: the sentence's subject
        "(五)强化队伍建设,提升素养坚持以学促用,局党组中心组全年学法4次。",  # past two commas
        "(一)全年开展执法检查120次。",  # no heading at all
    ],
)
def test_an_item_whose_paragraph_does_not_visibly_begin_stays_whole(glued):
    lines = _lines_of_one_long_line(
        "某镇报告。一、主要举措和成效(一)坚持学法用法。{body}", glued, "{body}"
    )
    assert any(line.startswith(glued) for line in lines)


@pytest.mark.parametrize(
    ("shortcomings", "plans"),
    [("2.存在的短板弱项", "3.2025年重点工作"), ("2.存在的差距", "3.2025年工作要点和重点任务")],
)
def test_shortcomings_and_plans_worded_otherwise(shortcomings, plans):
    text = (
        f"某县报告\n导语。\n1.2024年度法治政府建设基本情况\n审查合同29份。\n"
        f"{shortcomings}\n队伍薄弱。\n{plans}\n将加强培训。\n"
    )
    assert _kinds(text) == ["other", "achievements", "shortcomings", "plan"]
    bare = "\n".join(
        line.split(".", 1)[-1] if line[:1].isdigit() else line for line in text.split("\n")
    )
    assert _kinds(bare) == ["other", "achievements", "shortcomings", "plan"]


def test_a_part_heading_glued_to_its_first_item_numbered_1():
    text = _one_long_line(
        "某区报告现将有关情况报告如下:",
        "一、2024年法治政府建设主要举措和成效1.压实法治建设第一责任人职责。{body}",
        "二、存在的不足和原因队伍薄弱。{body}",
    )
    # not one leadership part headed 一、…成效1.压实法治建设第一责任人职责
    assert _kinds(text) == ["other", "achievements", "shortcomings"]


@pytest.mark.parametrize(
    "item",
    [
        "(1)制定本局“八五”普法年度工作计划和普法责任清单,落实普法责任制。",  # made a plan
        "1)落实“八五”普法规划,制定《某乡2022年普法依法治理工作计划》,明确分工。",  # its title
    ],
)
def test_a_plan_an_item_made_names_no_part(item):
    text = f"某局报告\n【主要工作举措及成效】\n{item}\n全年审查合同12份。\n【存在的问题】\n队伍薄弱。\n"
    assert _kinds(text) == ["other", "achievements", "shortcomings"]


def test_a_leadership_part_headed_by_the_duty_it_took_up():
    # 1.压实… under parts numbered 1.: the duty taken up names the leadership part; an item
    # (一)…,落实第一责任人职责 of the measures does not
    text = (
        "某区报告\n1.压实第一责任人职责,以高站位推动法治政府建设落地见效\n召开会议3次。\n"
        "2.2024年推进法治政府建设的主要举措和成效\n(一)强化组织领导,落实第一责任人职责\n"
        "审查合同12份。\n3.存在的不足和原因\n队伍薄弱。\n"
    )
    assert _kinds(text) == ["other", "leadership", "achievements", "shortcomings"]


@pytest.mark.parametrize("number", ["{n}.", "({cn})"])
def test_topic_parts_numbered_like_items_go_on_from_the_last_heading(number):
    """Topics as parts (一、坚持高位推动…第一责任人… 二、坚持依法决策… 七、存在的问题) renumbered
    1. or (一): a heading whose number goes on from the last heading's, with no item
    numbered so since, is a topic part; an item restarting at 1 is none."""
    cn = "一二三四五"
    head = [
        "坚持高位推动,第一责任人职责全面压实",
        "坚持依法决策,决策水平持续提升",
        "坚持严格执法,执法质效不断提升",
        "存在的问题",
        "2025年工作计划",
    ]
    bodies = ["召开会议3次。", "审查合同12份。", "查处案件20件。", "队伍薄弱。", "将加强培训。"]
    lines = ["某县报告", "导语。"]
    for n, (h, b) in enumerate(zip(head, bodies, strict=True), 1):
        lines += [number.format(n=n, cn=cn[n - 1]) + h, b]
    lines[-1:] = [
        number.format(n=1, cn="一") + "加强培训。",
        number.format(n=2, cn="二") + "严格执法。",
    ]
    assert _kinds("\n".join(lines) + "\n") == [
        "other", "leadership", "achievements", "achievements", "shortcomings", "plan"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("glued", "heading"),
    [
        ("【存在的问题】 我局执法力量不足。", "【存在的问题】"),  # a bracketed part heading
        ("(二)推进依法决策1)严格执行议事规则。", "(二)推进依法决策"),  # an item 1) glued
        ("(三)推进政务公开 (1)依托门户网站公开信息。", "(三)推进政务公开"),  # an indent kept
        ("3.推进依法决策(1)严格执行议事规则。", "3.推进依法决策"),  # an item (1) glued
        ("(四)深化政务公开 全年公开政府信息3421条。", "(四)深化政务公开"),  # a space kept
    ],
)
def test_a_heading_glued_inside_one_long_line_is_cut_off(glued, heading):
    lines = _lines_of_one_long_line(
        "某局报告。【主要工作举措及成效】(一)坚持学法用法。{body}", glued, "{body}"
    )
    assert heading in lines


def test_a_sentence_heading_planning_nothing_is_no_plan():
    # 谋划 names a plan only with its year or 下一步: 坚持系统谋划… is how the year's work went
    text = (
        "某区报告\n导语。\n一、坚持系统谋划、整体推进,全区法治政府建设取得新成效\n审查合同12份。\n"
        "二、存在的困难和问题\n队伍薄弱。\n"
    )
    assert _kinds(text) == ["other", "achievements", "shortcomings"]
    renumbered = text.replace("一、", "(一)").replace("二、", "(二)")
    assert _kinds(renumbered) == ["other", "achievements", "shortcomings"]


@pytest.mark.parametrize("number", ["", "一、"])
def test_parts_headed_by_whole_sentences(number):
    n = (lambda k: f"{'一二三'[k]}、") if number else (lambda k: "")
    text = (
        f"某区报告\n导语。\n{n(0)}聚焦中心大局,法治政府建设取得新成效\n审查合同12份。\n"
        f"{n(1)}直面短板弱项,清醒认识存在的问题\n队伍薄弱。\n"
        f"{n(2)}锚定目标任务,扎实谋划2024年法治政府建设工作\n将加强培训。\n"
    )
    assert _kinds(text) == ["other", "achievements", "shortcomings", "plan"]


def test_unnumbered_parts_whose_items_name_the_duty():
    # the first part heading has no number: an item (1)…履行…第一责任人职责 inside it does not
    # make (1) the parts' numbering
    text = (
        "某苏木报告\n导语。\n2024年度法治政府建设基本情况\n(一)强化组织领导\n"
        "(1)苏木党委书记切实履行推进法治建设第一责任人职责,召开会议3次。\n"
        "法治政府建设工作中存在的短板\n队伍薄弱。\n下步工作思路\n将加强培训。\n"
    )
    assert _kinds(text) == ["other", "achievements", "shortcomings", "plan"]
