"""Known answers for every form of quantified claim, and for what is not a claim."""

from __future__ import annotations

import re

import pytest

from fazhi_bench.evidence.quantities import find_quantities, parse_number
from fazhi_bench.spec.regexsafety import by_first_character, longest_of


def _q(text: str) -> list[tuple[str, float, str, bool]]:
    return [(q.text, q.value, q.unit, q.approx) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("受理矛盾纠纷1476起", [("1476起", 1476, "起", False)]),
        ("开展研讨200余场次", [("200余场次", 200, "场次", True)]),
        ("投入资金300余万元", [("300余万元", 3_000_000, "元", True)]),
        ("拨付40万元", [("40万元", 400_000, "元", False)]),
        ("办理异地婚姻登记320对", [("320对", 320, "对", False)]),  # pairs
        ("检测货车4.6万辆次", [("4.6万辆次", 46_000, "辆次", False)]),
        ("新设禁毒宣传墙32面", [("32面", 32, "面", False)]),
        ("调阅执法记录仪视频500余段", [("500余段", 500, "段", True)]),  # clips
        ("开设法治课程12门", [("12门", 12, "门", False)]),  # courses
        ("开设法治专题课6讲", [("6讲", 6, "讲", False)]),  # lectures of a series
        ("归档决策材料1400余页", [("1400余页", 1400, "页", True)]),
        ("向公安机关移送两条线索", [("两条", 2, "条", False)]),  # not 收支两条线
        ("编成普法山歌5首", [("5首", 5, "首", False)]),  # songs
        ("等待时间缩短到10分钟以内", [("10分钟", 10, "分钟", False)]),  # a time, not a radius
        ("受理1.2万余件", [("1.2万余件", 12_000, "件", True)]),
        ("共办理一千二百件", [("一千二百件", 1200, "件", False)]),
        ("召开会议三次", [("三次", 3, "次", False)]),
        ("覆盖两千余人", [("两千余人", 2000, "人", True)]),
        ("群众满意率96%以上", [("96%以上", 96, "%", True)]),
        ("办结率达百分之九十五", [("百分之九十五", 95, "%", False)]),
        ("合格率达百分之九十五点五", [("百分之九十五点五", 95.5, "%", False)]),
        ("投入三点五亿元", [("三点五亿元", 350_000_000, "元", False)]),
        ("服务一点五万人次", [("一点五万人次", 15_000, "人次", False)]),
        ("发放资料一千零十份", [("一千零十份", 1010, "份", False)]),
        ("上午十点召开会议3次", [("3次", 3, "次", False)]),  # 十点 is a time
        ("下午三点两次巡查", [("两次", 2, "次", False)]),  # so is 三点, not 3.2
        ("全年共提出两点三条建议", [("三条", 3, "条", False)]),
        ("增长零点五个百分点", [("零点五个百分点", 0.5, "百分点", False)]),
        ("投入三至五万元", [("三至五万元", 30_000, "元", True)]),  # the 万 is the start's too
        ("投入3-5万元", [("3-5万元", 30_000, "元", True)]),
        ("投入三万至五万元", [("三万至五万元", 30_000, "元", True)]),
        ("表格" + "一" * 320 + "个", []),  # a line of 一 in a scanned table counts nothing
        ("惠及近千人", [("近千人", 1000, "人", True)]),
        ("约50名志愿者", [("约50名", 50, "名", True)]),
        ("累计服务5万余人次", [("5万余人次", 50_000, "人次", True)]),
        ("发放资料6,000份", [("6,000份", 6000, "份", False)]),
        ("提升3.5个百分点", [("3.5个百分点", 3.5, "百分点", False)]),
        ("办理依申请公开3条", [("3条", 3, "条", False)]),
        ("培训执法人员30多人", [("30多人", 30, "人", True)]),
        # a claim ending in 以上 right before the next one: both are found
        ("调解5件以上3件", [("5件以上", 5, "件", True), ("3件", 3, "件", False)]),
        ("受理上百件,近3000人次参加", [("上百件", 100, "件", True),
                                       ("近3000人次", 3000, "人次", True)]),
    ],
)  # fmt: skip
def test_claim_forms(text, expected):
    assert _q(text) == [(t, pytest.approx(v), u, a) for t, v, u, a in expected]


@pytest.mark.parametrize(
    "text",
    [
        "2024年3月14日召开会议",  # dates
        "深入开展八五普法",
        "严格执行三重一大制度",
        "全面落实行政执法三项制度",
        "畅通12345热线",
        "推广721工作法",
        "推行三段式调解工作法",  # named methods and places, not counts
        "建立四讲四评机制",
        "组织执法人员赴三门峡市学习",
        "一是加强领导",
        "一、主要举措和成效",
        "(三)规范执法",
        "履行第一责任人职责",
        "实行一岗双责",
        "推行一支队伍管执法",
        "推进一网通办",
        "严格执行罚缴分离和收支两条线管理规定",
        "深化家庭、学校、社会三位一体法治教育",
        "十分重视",
        "千家万户",
        "《法治政府建设实施纲要(2021-2025年)》",
    ],
)
def test_not_claims(text):
    assert _q(text) == []


def test_offsets_point_at_the_claim():
    text = "全年办理案件12件,调解成功率98%。"
    for q in find_quantities(text):
        assert text[q.start : q.start + len(q.text)] == q.text


@pytest.mark.parametrize(
    ("token", "value"),
    [
        ("三", 3), ("两", 2), ("十", 10), ("十二", 12), ("一十五", 15), ("二十", 20),
        ("一千零十", 1010), ("一千零十一", 1011), ("二十万零十", 200_010), ("一万零一百", 10_100),
        ("一百零五", 105), ("一千零二", 1002), ("一千零二十", 1020), ("一千二百", 1200),
        ("三十五万", 350_000), ("一万零五百", 10_500), ("两千零五", 2005),
        ("一亿二千万", 120_000_000), ("一亿零五百万", 105_000_000), ("一万亿", 10**12),
        # the last digit after a place word, as people abbreviate
        ("二百五", 250), ("三千五", 3500), ("两万五", 25_000), ("一百一", 110),
        # digits alone, read one by one
        ("二〇二四", 2024), ("一二", 12),
        ("九十五点五", 95.5), ("零点五", 0.5), ("3,000", 3000), ("12.5", 12.5),
        # not numbers
        ("二三百", None), ("百二", None), ("万", None), ("万三", None), ("十十", None),
        ("二十三百", None), ("一万二万", None), ("三点", None), ("一千零百", None),
        ("一" * 21, None), ("1" * 400, None),
    ],
)  # fmt: skip
def test_parse_number(token, value):
    assert parse_number(token) == value


def test_longest_of_reads_the_longest_word_at_a_place():
    words = ["人", "人次", "人员", "个", "个百分点", "个工作日", "件", "元"]
    rx = re.compile(longest_of(words))
    for text, read in [("人次多", "人次"), ("人员", "人员"), ("人们", "人"), ("个百分点", "个百分点"),
                       ("个百分", "个"), ("个工作日内", "个工作日"), ("元", "元"), ("次", None)]:  # fmt: skip
        m = rx.match(text)
        assert (m.group() if m else None) == read
    # the same as the plain alternation, longest first, on every prefix of these texts
    plain = re.compile("|".join(sorted(words, key=lambda w: (-len(w), w))))
    for text in ["人次", "个工作日", "个百分点", "人员们", "件元", "个工作"]:
        for i in range(len(text)):
            a, b = rx.match(text, i), plain.match(text, i)
            assert (a and a.group()) == (b and b.group())


def test_alternatives_grouped_by_first_character_match_the_same():
    assert by_first_character("一批|二十大|一些") == "一(?:批|些)|二(?:十大)"
    with pytest.raises(ValueError, match="literal"):
        by_first_character("一批|[一二]是")
    with pytest.raises(ValueError, match="literal"):
        by_first_character("一?批|二")
    pattern = "一批|一[一二三]*是|二十大|一|十四五|一[二三]|1\\d*分钟|一岗双责|12345"
    plain, grouped = re.compile(pattern), re.compile(by_first_character(pattern))
    for text in ["一批一二是二十大", "一岗双责十四五12分钟", "一二三是一", "123456分钟一二", "一"]:
        for lo in range(len(text)):
            assert [m.span() for m in plain.finditer(text, lo)] == [
                m.span() for m in grouped.finditer(text, lo)
            ]


def test_longest_of_and_grouping_refuse_what_they_cannot_read():
    assert longest_of(["人", "人", "人次"]) == longest_of(["人", "人次"])  # duplicates once
    with pytest.raises(ValueError, match="empty"):
        longest_of(["人", ""])
    with pytest.raises(ValueError, match="comments"):
        by_first_character("a(?#x(y)|b")
