"""Which sentences may earn credit, and how much each is worth.

The rubric evaluators use credits what was achieved in the year: plans, intentions,
admitted shortcomings and quoted rules earn nothing. Within a creditable part
(achievements, leadership) each sentence is classified, then graded:

- ``result`` (1.0): the sentence carries a quantified claim or a named case/honour;
- ``measure`` (0.4): it reports a completed, concrete action (制定了…, 先后开展,
  印发《…》, a named activity “…”活动);
- ``mention`` (0.1): it only names the topic (加强…, 推进…).

Headings (一、…, (二)…, 1.…) name topics and earn nothing themselves.
"""

from __future__ import annotations

import re

from .quantities import CN_DIGITS, CN_ONE_TO_TEN, PREFIXES, RANGE_MARKS, each_led

CREDITED_SECTIONS = frozenset({"achievements", "leadership"})

LEVEL_VALUE: dict[str, float] = {"mention": 0.1, "measure": 0.4, "result": 1.0}
FURTHER_STEP, FURTHER_MAX = 0.1, 2  # each further measure or result sentence, at most two

# Every alternative of these patterns begins with a literal character, so that the regex
# engine skips ahead to candidate characters instead of trying each position of a text.
_PLAN_WORDS = "(?:下一步|今后|未来|接下来|计划|拟|力争|争取|预计|打算|明年|下一年)"
_PLAN_AT_START = re.compile(rf"\s*{_PLAN_WORDS}")  # a sentence or clause opening with a plan
_INTENTION = re.compile(
    each_led(",;:。", rf"\s*{_PLAN_WORDS}")
    + r"|将(?:要|会|进一步|继续|持续|不断|加快|着力|全力|努力|深入|积极|切实|大力|全面|重点|在|于|以)|"
    r"要(?:进一步|继续|持续|不断)|还将|仍将|会继续|争创|力求"
)


def states_intention(text: str) -> bool:
    """A plan or intention: 下一步…, …,今后…, 将进一步…, 力求…"""
    return bool(_PLAN_AT_START.match(text) or _INTENTION.search(text))


_SHORTCOMING = re.compile(
    r"有待(?:进一步)?|仍需|尚需|还需|仍然?存在|还存在|还不够|不够(?:完善|健全|到位|深入|充分|高|强)|"
    r"尚不|尚未|不足|短板|薄弱|欠缺|差距|滞后|不到位|亟待|亟需|不平衡|不充分|偏低|偏弱"
)
_RULE = re.compile(
    r"应当|应该|不得|不少于|不低于|不超过|不多于|必须|原则上|一般不|至少|"
    r"应(?<![反响相供适效对]应)(?:按照|召开|加强|建立|做好|落实|及时|严格|依法|充分|把|将|在|对|由)|"
    r"要(?:加强|深入|坚持|做好|严格|切实|认真|按照|把|将|充分)|"
    + each_led(("制度", "办法", "条例", "规定", "细则", "意见"), "(?:还)?(?:规定|明确)")
    + r"|规定[:“\"]"
)
_QUOTED_RULE = re.compile(r"(?:规定|明确|要求)(?:了)?[:,]?\s*“[^”]{0,4000}”")
_NAMED_CASE = re.compile(
    r"荣获|获评|获得.{0,12}(?:称号|表彰|奖)|被评为|入选|被授予|命名为|典型案例|"
    r"“[^”]{2,24}”.{0,6}(?:案|纠纷|品牌|工作法|模式|项目|经验|平台)"
)
# A concrete, completed measure: perfective wording, a named document or a named activity.
_DONE = re.compile(
    r"了|已经?|先后|完成|建成|出台|印发|成功(?!率)|累计|全年|截至|年内|均已|实现了|获批|挂牌|揭牌|"
    r"《[^》]{2,40}》|“[^”]{2,20}”(?:活动|品牌|项目|平台|工作室|服务站|驿站|站|基地|专栏|栏目|讲堂|课堂)"
)


def quoted_rule_spans(text: str) -> list[tuple[int, int]]:
    """Spans of rule text quoted from a regulation (…制度规定“…应当…”)."""
    return [m.span() for m in _QUOTED_RULE.finditer(text)]


_HEADING = re.compile(
    rf"^\s*(?:[{CN_ONE_TO_TEN}]{{1,3}}[、.]|\([{CN_ONE_TO_TEN}\d]{{1,3}}\)|\d{{1,2}}[.、])"
)


def is_heading(sentence: str) -> bool:
    """A numbered heading line (一、… (二)… 1.…) with no full stop inside: a topic name."""
    body = sentence.strip()
    return bool(_HEADING.match(body)) and len(body) <= 40 and "。" not in body[:-1]


def sentence_reason(sentence: str, section: str, in_quoted_rule: bool) -> str:
    """Why a sentence earns nothing ('' when it may earn credit)."""
    if section not in CREDITED_SECTIONS:
        return f"{section} part"
    if is_heading(sentence):
        return "heading"
    if in_quoted_rule:
        return "quoted rule"
    if _SHORTCOMING.search(sentence):
        return "shortcoming"
    if states_intention(sentence):
        return "intention"
    if _RULE.search(sentence):
        return "rule"
    return ""


_CLAUSE_MARKS = ",;:。!?"
_CLAUSE_END = re.compile(f"[{_CLAUSE_MARKS}]")
_TO_LAST_MARK = re.compile(f".*[{_CLAUSE_MARKS}]", re.S)  # greedy: backs off to the last
_TARGET_AFTER = re.compile(r"^[^,;。]{0,6}(?:的要求|的目标|的标准|的任务|为目标)")


def _clause_start(text: str, pos: int, floor: int) -> int:
    """Where the clause holding ``pos`` begins, looking back no further than ``floor``.
    One regex call backing off from ``pos`` (a search per mark cost five times more)."""
    last = _TO_LAST_MARK.match(text, floor, pos)
    return last.end() if last else floor


def clause_around(text: str, start: int, end: int) -> str:
    """The clause (between , ; : 。) that holds text[start:end]."""
    left = _clause_start(text, start, max(0, start - 400))  # bounded: no quadratic time
    right = _CLAUSE_END.search(text, end, end + 400)
    return text[left : right.start() if right else min(len(text), end + 400)]


def is_claim_context(text: str, start: int, end: int) -> bool:
    """False when a number states a rule, a target or an intention, not what was done."""
    clause = clause_around(text, start, end)
    if _RULE.search(clause) or states_intention(clause):
        return False
    return not _TARGET_AFTER.match(text[end : end + 12])


# 一 alone before a measure word, after any hedge (上一次 is "the last time"), not 一千, 一至两次
_ARTICLE = re.compile(rf"^(?:{'|'.join(PREFIXES)})?一(?![{RANGE_MARKS}{CN_DIGITS}])")
_FREQUENCY = re.compile(r"每(?:年|季度|季|月|半年|周|日|天)")
_RATE_BEFORE = re.compile(r"率(?:要|应)?(?:达到|达|为|保持)?\s*$")
_TASK_START = re.compile(
    r"^\s*(?:全面|深入|持续|着力|切实|大力|积极|扎实|不断|进一步|认真)?"
    r"(?:推进|推动|加强|完善|健全|深化|落实|强化|提升|优化|加快|坚持|规范|严格|提高|拓展|加大|确保)"
)


def is_figure(text: str, start: int, claim: str, unit: str, sentence: tuple[int, int]) -> bool:
    """Does the quantified claim ``claim`` at ``start`` report a figure the unit achieved?

    Not when it is a count of one in words (开展一次检查: 一次 reads as "a"), a count
    inside a frequency norm (每年举行三次培训: how often, not what was done), or a rate
    target in a sentence that sets tasks without reporting any done (加强…建设,群众满意
    率达到95%以上). Such claims stay listed as quantities but earn no result grade.
    """
    if _ARTICLE.match(claim):
        return False
    lo, hi = sentence
    clause = _clause_start(text, start, lo)
    if _FREQUENCY.search(text, clause, start):
        return False
    if unit == "%" and _RATE_BEFORE.search(text[max(clause, start - 8) : start]):
        body = text[lo:hi]
        return not (_TASK_START.match(body) and not _DONE.search(body))
    return True


def sentence_level(sentence: str, has_quantity: bool) -> str:
    """Grade of a creditable sentence: result > measure > mention."""
    if has_quantity or _NAMED_CASE.search(sentence):
        return "result"
    if _DONE.search(sentence):
        return "measure"
    return "mention"


def credit_of(best: str, concrete: int) -> float:
    """Credit 0..1 of an indicator whose best credited sentence is at level ``best`` and
    which has ``concrete`` credited sentences at measure or result level."""
    further = max(concrete - 1, 0) if best != "mention" else 0
    return round(min(1.0, LEVEL_VALUE[best] + min(further, FURTHER_MAX) * FURTHER_STEP), 6)


def indicator_credit(levels: list[str]) -> float:
    """Credit 0..1 of one indicator from the levels of its distinct credited sentences.

    The best sentence sets the base (0.1 / 0.4 / 1.0); each further distinct sentence
    reporting a measure or a result adds 0.1, at most two of them, capped at 1. Further
    mentions add nothing: a slogan repeated is still a slogan. Saturation keeps a long
    repetitive report from winning by volume, and the score never falls when evidence
    is added.
    """
    if not levels:
        return 0.0
    best = max(levels, key=LEVEL_VALUE.__getitem__)
    return credit_of(best, sum(1 for level in levels if level != "mention"))
