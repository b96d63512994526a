"""Known answers for the credit rules: what counts, and how much."""

import re

import pytest
from helpers import REPORTS

from fazhi_bench.evidence import credit
from fazhi_bench.evidence.credit import (
    LEVEL_VALUE,
    credit_from,
    is_figure,
    sentence_level,
    sentence_reason,
    sentence_value,
)
from fazhi_bench.read.clean import clean_text
from fazhi_bench.read.readers import read_report
from fazhi_bench.spec.regexsafety import first_characters


def indicator_credit(levels: list[str]) -> float:
    """Test oracle: an indicator's credit from the levels of its distinct credited
    sentences, none shared with another indicator, by the rule the pipeline applies."""
    if not levels:
        return 0.0
    best = max(levels, key=LEVEL_VALUE.__getitem__)
    concrete = sum(1 for level in levels if level != "mention")
    return credit_from(sentence_value(best), concrete)


@pytest.mark.parametrize(
    ("levels", "expected"),
    [
        ([], 0.0),
        (["mention"], 0.1),
        (["measure"], 0.4),
        (["result"], 1.0),
        (["mention", "mention"], 0.1),  # a repeated mention adds nothing
        (["mention"] * 10, 0.1),  # volume of slogans cannot climb
        (["measure", "mention"], 0.4),  # the mention adds nothing
        (["measure", "measure"], 0.5),  # 0.4 + 0.1
        (["mention", "measure", "measure", "mention"], 0.5),  # order does not matter
        (["measure"] * 5, 0.6),  # 0.4 + 0.2 (two further sentences at most)
        (["result", "measure"], 1.0),  # capped at 1
    ],
)
def test_indicator_credit_known_answers(levels, expected):
    assert indicator_credit(levels) == pytest.approx(expected)


def test_more_evidence_never_lowers_credit():
    seq: list[str] = []
    last = 0.0
    for level in ["mention", "result", "mention", "measure", "mention"]:
        seq.append(level)
        now = indicator_credit(seq)
        assert now >= last
        last = now


@pytest.mark.parametrize(
    ("sentence", "section", "reason"),
    [
        ("全年开展合法性审查15件。", "achievements", ""),
        ("全年开展合法性审查15件。", "plan", "plan part"),
        ("全年开展合法性审查15件。", "shortcomings", "shortcomings part"),
        ("全年开展合法性审查15件。", "other", "other part"),
        ("第一责任人职责落实到位,召开专题会议3次。", "leadership", ""),
        ("下一步,街道将进一步加强人民调解。", "achievements", "intention"),
        ("力争年内建成法治文化公园。", "achievements", "target"),
        ("征求意见的期限一般不少于7个工作日。", "achievements", "rule"),
        ("起草单位应当公开征求意见。", "achievements", "rule"),
        ("执法队伍专业化水平有待进一步提高。", "achievements", "shortcoming"),
        ("将法治学习纳入干部教育培训计划。", "achievements", ""),  # 将 = 把, not future
        ("应召开专题会议,部署法治政府建设重点工作。", "leadership", "rule"),
        ("对工作人员要加强政策理论学习。", "achievements", "rule"),
        ("(六)依法全面履行政府职能", "achievements", "heading"),
        ("1.提高政务公开工作制度化标准化水平。", "achievements", "heading"),
        # an item's first clause closed by ; goes on in the line: a sentence, not a heading
        ("(1)全年作为被申请人的行政复议案件2件,均维持原行政行为;", "achievements", ""),
    ],
)
def test_sentence_reason(sentence, section, reason):
    assert sentence_reason(sentence, section, in_quoted_rule=False) == reason


def test_quoted_rule_is_not_credit():
    assert (
        sentence_reason("起草单位可以通过政府网站公布草案。", "achievements", True) == "quoted rule"
    )


@pytest.mark.parametrize(
    ("sentence", "has_qty", "level"),
    [
        ("加强政府信息公开工作。", False, "mention"),
        ("健全行政执法监督机制,建立健全协调机制。", False, "mention"),  # programme wording
        ("街道制定了行政规范性文件管理制度。", False, "measure"),
        ("印发《东风街道重大行政决策程序规定》。", False, "measure"),
        ("先后开展“法治夜市”活动。", False, "measure"),
        ("全年开展合法性审查15件。", True, "result"),
        ("“老杨调解室”品牌调处纠纷经验获评全省典型案例。", False, "result"),
    ],
)
def test_sentence_level(sentence, has_qty, level):
    assert sentence_level(sentence, has_qty) == level


@pytest.mark.parametrize(
    ("sentence", "claim", "figure"),
    [
        ("开展了一次专项检查。", "一次", False),  # 一次 reads as "a"
        ("针对上一次检查发现的问题进行整改。", "上一次", False),  # "the last time"
        ("开展一至两次专项检查。", "一至两次", True),  # a range, not an article
        ("加强反馈机制建设,群众满意率达到百分之九十五以上。", "百分之九十五", False),
        ("开展了三次专项检查。", "三次", True),
        ("组织检查一千二百次。", "一千二百次", True),
        ("每年举行三次领导干部法治专题培训。", "三次", False),  # a frequency norm
        ("每季度上门服务,2024年累计帮助企业解决问题30余个。", "30余个", True),  # other clause
        ("加强反馈机制建设,群众满意率达到95%以上。", "95%以上", False),  # a rate target
        ("全年受理诉求1200件,群众满意率达96%以上。", "96%以上", True),  # reported, not set
        ("加强调解工作,累计调解纠纷96起,调解成功率达98%。", "98%", True),  # 累计: done
        # a rate stated without target wording (要, 应, 达到, 保持) is a state, not a target,
        # even after task wording (推动…进驻…,区级中心进驻率100%)
        ("推动律师、公证、人民调解进驻公共法律服务中心,区级中心进驻率100%。", "100%", True),
        ("加强反馈机制建设,群众满意率为96%。", "96%", True),
        ("加强反馈机制建设,群众满意率要保持在95%。", "95%", False),
    ],
)
def test_is_figure_known_answers(sentence, claim, figure):
    start = sentence.index(claim)
    unit = "%" if "%" in claim or claim.startswith("百分之") else claim[-1]
    assert is_figure(sentence, start, claim, unit, (0, len(sentence))) is figure


@pytest.mark.parametrize(
    ("text", "start", "end", "clause"),
    [
        ("全年办理案件12件,结案率100%。", 6, 9, "全年办理案件12件"),  # first clause: from the start
        ("全年办理案件12件,结案率100%。", 13, 17, "结案率100%"),  # after the comma, to 。
        ("一;二:三!四?五。", 8, 9, "五"),  # every clause mark ends a clause
        ("开展培训3次", 4, 6, "开展培训3次"),  # no mark: the whole text
        ("甲," + "乙" * 450 + "12件", 452, 455, "乙" * 400 + "12件"),  # looks back 400 at most
    ],
)
def test_clause_around_known_answers(text, start, end, clause):
    from fazhi_bench.evidence.credit import clause_around

    assert clause_around(text, start, end) == clause


@pytest.mark.parametrize(
    ("level", "shared", "expected"),
    [
        ("result", 1, 1.0),
        ("result", 2, 0.840896),  # 1 / 2 ** 0.25
        ("result", 4, 0.707107),  # 1 / 4 ** 0.25 = 1 / sqrt(2)
        ("measure", 3, 0.303934),  # 0.4 / 3 ** 0.25
        ("measure", 16, 0.2),  # 0.4 / 2
        ("mention", 5, 0.1),  # a mention is never shared
    ],
)
def test_sentence_value_is_shared_by_its_dimensions_indicators(level, shared, expected):
    assert sentence_value(level, shared) == pytest.approx(expected, abs=1e-6)


def test_credit_from_a_shared_best_sentence():
    # a result shared by 4, with two further measure sentences: 0.707107 + 0.2
    assert credit_from(sentence_value("result", 4), 3) == 0.907107
    # the further-sentence bonus is not shared, and the cap still holds
    assert credit_from(sentence_value("result", 2), 5) == 1.0
    assert credit_from(sentence_value("measure", 3), 1) == 0.303934


def test_first_characters_of_a_regex():
    assert first_characters("法治|依法") == "依法"
    assert first_characters("(?<!不)审查|[审核]实") == "审核"
    assert first_characters("(?:甲)?乙") == "乙甲"
    assert first_characters("(?=[一二])(?:一是|二是)") == "一二"
    # any character may open, or nothing at all: unknown
    assert first_characters(r"\s*实现") is None
    assert first_characters("[^a]b") is None
    assert first_characters("甲?") is None
    assert first_characters(r"\d+件") is None


def test_wording_behind_its_first_characters_matches_the_same():
    """The credit rules' long alternations, compiled behind the class of their first
    characters, find the same matches as the plain patterns on every sentence of the
    samples and at every start of a few made-up ones."""
    texts = [clean_text(read_report(p)[0]).text for p in sorted(REPORTS.glob("*.txt"))]
    texts += ["下一步将继续推进,力争达到95%以上。", "仍存在不够规范问题,已全部整改到位。"]
    for name in ("_SHORTCOMING", "_INTENTION", "_RULE", "_DONE", "_PUT_RIGHT", "_TAKES_A_NOUN"):
        fast = getattr(credit, name)
        # the pattern inside the class of its first characters: (?=[…])(?:pattern)
        plain = re.compile(re.fullmatch(r"\(\?=\[[^\]]+\]\)\(\?:(.*)\)", fast.pattern).group(1))
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ], name
        for lo in range(len(texts[-1])):
            assert bool(fast.match(texts[-1], lo)) == bool(plain.match(texts[-1], lo)), name
