"""Which sentences may earn credit, and how much each is worth.

The rubric evaluators use credits what was achieved in the year: plans, targets, rules,
admitted shortcomings and slogans earn nothing. Within a creditable part (achievements,
leadership) each sentence is first tested against named wording rules (``REASONS``),
each a small regex that applies anywhere in the sentence; the first that matches names
why the sentence earns nothing. A sentence that passes is graded:

- ``result`` (1.0): an achieved figure measures the hit (the hits of the figure's clause
  before it, else its nearest hit in the sentence), or the sentence reports a named
  honour or a rank won;
- ``measure`` (0.4): the sentence reports a completed concrete step (``reports_deed``):
  perfective wording (了, 已, 先后, 累计, 全年), a verb of a concrete act not framed as a
  task or habit (制定, 召开, 成立 … but not 定期召开), or a verb of work in general
  (开展, 组织, 办理 …) with something specific (``is_specific``); or a figure;
- otherwise it names a topic without reporting any deed: a slogan, which earns nothing
  (even with a quoted programme name such as “枫桥经验”).

``mention`` (0.1) stays a level reviewers may grant by hand; the machine grants it no
longer. Headings (一、…, (二)…, 1.…) name topics and earn nothing themselves.
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property

from fazhi_bench.evidence.quantities import (
    CLAIM,
    CN_DIGITS,
    MEASURE,
    PREFIXES,
    RANGE_MARKS,
    each_led,
    find_quantities,
)
from fazhi_bench.evidence.sections import numbering_style, without_number
from fazhi_bench.spec.regexsafety import with_first_characters

CREDITED_SECTIONS = frozenset({"achievements", "leadership"})

LEVEL_VALUE: dict[str, float] = {"mention": 0.1, "measure": 0.4, "result": 1.0}
FURTHER_STEP, FURTHER_MAX = 0.1, 2  # each further measure or result sentence, at most two
# A sentence evidencing n indicators of one dimension gives each of them its level's value
# divided by n ** SENTENCE_SHARE (n = 4: 0.71 of it). The exponent was chosen on the first
# of the three expert codings of the samples (0, 0.25, 0.5, 0.75, 1 tried) and checked on
# the other two (docs/validity.md).
SENTENCE_SHARE = 0.25


def _compiled(pattern: str) -> re.Pattern[str]:
    """A long alternation of wording, compiled behind a class of the characters its
    matches begin with: the same matches, found without trying every alternative at every
    place (see ``with_first_characters``)."""
    return re.compile(with_first_characters(pattern))


# ---- wording that takes a sentence's credit away (anywhere in the sentence) ---------------

# Plans and intentions. 将 + a verb is future (将进一步, 将对…开展); 将 + a noun is the
# object marker 把 (将法治学习纳入…, 已将…纳入): no plan (whether it reports a deed is
# ``_DISPOSAL``'s question).
_PLAN_WORDS = "(?:以后(?=会|将|要|再|还)|后续(?=会|将|要|再|还|我们)|下一步|下步|下一阶段|下阶段|今后|接下来|明年|来年|下一年|下年度)"
# 要 as "must" or "shall": not the 要 of 主要, 重要, 需要, 纲要 … (literal first, so that the
# regex engine can skip to it)
_MUST = "要(?<![主重需纲只想摘纪提概简必机]要)"
# 拟 as "intend to": not 草拟, 模拟, 虚拟 (literal first, as _MUST)
_INTEND = "拟(?<![草模虚将对在、项件个份]拟)"
# The scene or means a clause names (围绕…, 依托…平台): a frame (_FRAME); after 将 or 要,
# what a plan or a norm will use.
_SCENE_WORDS = "围绕|聚焦|结合|借助|依托|利用"
_PLAN_AT_START = re.compile(rf"\s*(?:{_PLAN_WORDS}|未来)")
_INTENTION = _compiled(
    _PLAN_WORDS + r"|"
    # 会 as "will" (还会对…梳理, 镇政府会在…增设): not 会同, 会议, 大会上, 会商 …
    r"会(?:(?<=[还也]会)(?<![退归偿返]还会)|(?<=[府局]会))(?=在|对|把|向|将|于|再|进一步|继续|适时)|"
    r"计划(?<![度作习训法施划年入实展动设查成按无生行目]计划)(?![书表内外中的和,。、;等》”前后]|生育|要求|安排|执行|完成|草案|方案|调整)|"
    # a step put to the year's remaining months as planned (按计划于年内提交…审议)
    r"按计划(?:于|在)?(?:年内|年底前|下半年|明年)|"
    r"计划(?<![动划度作习训施入实展按无生目]计划)(?=新(?!闻|年|版|的)|增设|开展|组织|举办|建设|实施|推出|出台|制定|修订|对|在|于|用|再|"
    r"打造|启动|编制|建立|建成|完成(?![率度]|情况)|推动|推进|开发|引进|引入|培育|上线|为(?=[^,。;]{2,20}(?:配备|配齐|建设|提供|开展|聘请))|开通|设立|创建|筹建|聘请|召开|开设|改造|修建)|"
    + _INTEND
    + r"(?=对|于|在|向|从|通过|再)|"
    + _INTEND
    + r"(?![定稿订发了])(?!签(?:合同|协议))(?!办(?!理|结))(?!制(?!定|作))(?![^,。;]{0,6}的)(?!(?:(?<=对.拟)|(?<=对..拟)|(?<=对...拟)|(?<=对....拟))[^,。;]{0,14}的)(?![^,。;]{0,4}(?:事项|项目|人选|名单|对象|文件|议题|信息|内容|公示|公告))(?!批准(?:和|的|公示|项目))(?!任)|打算|准备(?<!协助准备)(?<!精心准备)(?<!认真准备)(?!工作|阶段|情况|金|期|[,。;]|[^,。;]{0,4}(?:材料|证据))|着手|着力在|预计|有望|将要|择机|初步(?:考虑|打算|设想)|即将(?![^,。;]{0,4}的|到期|届满|期满)|"
    # (将推动…纳入…: a disposal planned, its verb the plan's)
    r"将(?<!已将)(?!(?!把|会同|联合|协同|推动|推进|逐步|进一步|继续|持续|加快|力争|争取|积极|探索|尝试|研究)[^,。;把]{1,20}(?:纳入|列入|列为|归入|转为|编入|写入|分解|落实到|细化为|合并为|调整为|作为|融入|嵌入|定为))"
    r"(?:要|会(?![前后议上中])|作为|及时|择机|由|每(?=周|月|年|季|半年)|进一步|继续|持续|不断|加快|着力|全力|努力|深入|积极|切实|大力|全面|重点|"
    r"在|于|以|逐步|探索|组织|开展|推进|推动|启动|建立|实现|完成|新建|新增|扩展|梳理(?![^,。;]{0,12}的)(?!结果|情况|成果|出)|"
    r"推广|实行|尝试|试行|集中|接入|放在|放到|逐项|逐一|重新|赴|随之|全部(?=实行|实现|推行|完成|建成|覆盖)|分批|陆续|各(?=建设|新建|设立|配备|组建|打造|建立)|对|针对(?!性)(?=[^,。;的]{1,20}(?:开展|进行|组织|举办|召开|举行|制定|出台|约谈))|面向|进行|适时|按照|做好|加强|强化|健全|完善|提升|申报|引进|增设|聘请|增聘|新聘|出台|扩大|拓展|延伸|"
    + _SCENE_WORDS
    + r"|通过|采取|统筹|谋划|抓紧|尽快|"
    r"制定|修订|开设|设立|配齐|打造|构建|建设|建成|编印|印制|发放|制作|推出|上线|开通|培育|培养|开发|修建|改造|设置|配备|编制|举办|召开|研究|力争|争取|把|联合|会同|牵头|指导|督促|推行|实施|加大|"
    # (not a step named in a list: 将起草、审核、公布等环节纳入…)
    r"(?:起草|组建|成立|举行|印发|发布|启用|选聘|招募|拍摄|录制|创作|安装|提请|聘用|编写|修改|委托)(?![、和及])|"
    r"邀请(?!函)|选取(?!的)|再(?!生|审|次被)|与(?!会|[^,。;]{0,20}(?:相关|有关)的)|"
    r"引入|定期|向(?!阳|日)|分(?=批|片区|期|步)|"
    # a new one to come (将新培育一批…, 将新聘2名…)
    r"新(?:培育|聘|招录|招募|设立|开设|配备|引进|选聘|发展|打造|组建|成立|推出|上线|开通|建立|培养))(?!的)|"  # (not 将建设的…: a noun phrase)
    # the drafters speaking of themselves (我们将针对…, 我们要…), work put off to a year
    r"我们(?:要|会|还将|计划|准备|打算|将(?=进一步|继续|持续|加快|着力|针对|在|于|对|开展|组织|推进|推动|启动|建立|完善|健全|加强|强化|"
    # (我们将深化…, 我们将认真做好…, 我们将更多引入…; not 我们将更多精力投入…, 将 the object's)
    r"深化|认真|按期|按时|从严(?!查处的)|更多(?=引入|采用|运用|使用|依靠|借助|地)))|"
    r"安排在[^,。;]{0,6}(?:20\d\d年|明年|下一年|下年度|年底前|年内)|"
    r"还将|仍将|也将|均将|都将|会继续|会进一步|(?:年内|年底前|下半年)再(?!次)|"
    + _MUST
    + r"(?:进一步|继续|持续|不断)|争创|力求|希望|期待|期望|"
    # work still under way (正在起草…), or waiting on another's step (待…出台后,再…)
    r"定于(?<!原定于)(?=[^,。;]{0,12}(?:启动|召开|举行|开展|实施|举办))|(?:正在|(?:还|仍|尚|也)在)(?:起草|研究|筹[备划拍建办]|谋划|酝酿|制定|修订|编制|论证|梳理)|正(?:研究|谋划|酝酿|筹划|筹备)|适时(?=启动|开展|组织|召开|修订|调整|出台|推出|推进|引入)(?![^,。;]{0,12}了)|正在[^,。;]{0,12}?(?:商议|协商|洽谈|磋商|对接|征求)|待(?<![^,。;]待)[^,。;]{2,40}(?:后|之后)(?![^。;]{0,60}(?:均已|已经|已|了))|"
    # (after its actor: 镇里待县级统一模板下发后,再调整…)
    r"待(?<![优接招期对等看善款虐]待)(?!遇|人|客|命)[^,。;]{2,30}(?:(?:后|之后),?|,)\s*[^,。;]{0,8}?再(?!次)"
)
# 共 as "in all" (共召开4次), not of 公共, 共同, 共享, 共建, 共治, 共商, 共有
_TOTAL = "(?<![公总])共(?!同|享|建|治|商|有)"
# 确保 as a target, not the purpose of a deed (为确保…, 以确保…)
_ENSURE = "(?:确保|保证(?![金书人保]))(?<!为确保)(?<!以确保)(?<!为保证)"
_TARGET = re.compile(
    r"力争|力保(?![护持障])|"
    # a level for the end of a named period (到“十四五”末,…实现全覆盖)
    r"[到在]“[^”]{1,6}”(?:末|期末)(?![^。;]{0,40}?(?:已|了|累计))[^。;]{0,40}?"
    r"(?:达到|实现|全覆盖|不低于|提高到|提升到|建成)|为目标|的目标|目标任务|任务是|指标为|要求是|^\s*目标\s*:|率目标\s*\d|"
    # a target named, its level or change (目标提升至95%, 目标同比下降30%以上, 目标缩短至24小时),
    # or a rate named as the target (目标化解率为90%)
    r"目标(?:是|为|定为|定在|确定为|设定为|设为|值|(?:控制在|达到|保持在)\s*\d|"
    r"(?:同比)?(?:提升|提高|缩短|下降|降低|压减|减少|增长|突破|超过)[至到]?\s*\d|"
    r"[^,。;]{1,6}率(?:为|是|达到?)\s*\d)|"
    # a goal named as such (…稳定在100%作为硬目标), years of effort to come (通过三年努力)
    r"作为[^,。;]{0,12}(?:目标|指标)(?=[,。;]|$)|通过[一二三两四五\d]+年(?:的|时间)?(?:努力|奋斗)|"
    # a level required (县普法办要求全年…达到100万次以上), not what was met as required
    r"要求(?<!按照要求)(?<!按要求)(?<!的要求)[^,。;]{0,24}?达到|"
    # a level named as the year's goal (…提高到90%以上,是今年的主要目标)
    r"(?:[,;]\s*|(?<=以上|以内|以下)|(?<=%)|(?<=%[,;]这|%[,;]此))是[^,。;]{0,24}(?:目标|指标|任务|底线要求|努力方向)(?:之一)?(?=[,。;]|$)|"
    # a level to keep to, opening the sentence (把…纠错率控制在3%以内; 将… is the unit's
    # own step: 将企业开办时间控制在1个工作日以内)
    r"^\s*把[^,。;]{2,30}控制在[^,。;]{0,10}(?:以内|以下)|"
    r"(?:要|须|需|应)(?:达到|(?:提升|提高|降低|减少|控制|压缩|缩短|增加|扩大|保持)(?:到|至|在))|"
    # a level to be raised from today's (要由目前的82%提升到95%)
    r"(?:要|须|需|应)(?:由|从)[^,。;]{1,16}?(?:提升|提高|降低|减少|压缩|缩短|增加|扩大|拓展|扩展)(?:到|至)|"
    # an expected level (预期全年…达到150份), not the idiom of a result (达到预期效果)
    r"预期(?<![超稳于]预期)(?<!达到预期)(?![效目成的作水,。;、])|"
    + _MUST
    + r"(?:全部|均|都|实现|做到)|"
    r"争取(?!到|了)|争取到(?=20\d\d年|年底|年末|明年)|努力(?:实现|使|让|达到|做到|把|将|建成|打造|保持(?!了)|(?:提升|提高|增加|减少|降低|压缩|缩短)[到至])|"
    # a change a purpose asks for (推动…事项增加到10项以上, 使…材料再减少三成)
    r"^\s*(?:推动|促进)(?![^,。;]{0,30}[由从])[^,。;]{0,30}(?:增加|提高|提升|减少|降低|压减|缩短|扩大)[到至]|"
    r"(?:使|让)[^,。;]{0,24}再(?:减少|压减|下降|降低|缩短|提高|提升|增加)|"
    # (or a level a sentence opens by asking for: 使行政应诉败诉率控制在5%以内)
    # (not a result compared: 使…降至2.1%,同比下降…; 位列全市第一)
    r"^\s*(?:使|让)(?![^。;]{0,60}(?:同比|较上年|较去年|位列|排名|创|低于|高于|提前))"
    r"[^,。;]{0,30}(?:达到|控制在|保持在|(?:提升|提高|降低|下降)[到至]|降至)|"
    # a change due by a year, in mid-sentence (即办件占比到2026年提高到60%)
    r"(?:到20[0-9][0-9]年(?:底|末)?|(?<![于在])20[0-9][0-9]年(?:底|末)前(?![^。;]{0,40}(?:已|提前|完成|率先)))"
    r"(?:提高|提升|增加|扩大|降低|减少|压缩)[到至]|"
    # a level to reach, opening the sentence (实现…比例达到30%以上, 实现…覆盖80%以上)
    r"^\s*实现[^,。;]{0,40}?(?:达到?|覆盖)[^,。;]{0,10}以上|"
    r"(?:^|[,。;])\s*(?:[一二三四五六七八九十]是)?(?:到(?:(?:20\d\d|二[〇零][一二三四五六七八九〇零]{2})年(?:底|末)?|[^,。;]{1,10}(?:期末|末期)|年底|年末|明年|[今本]年年?[底末])|(?:20\d\d年底前|年内|今年内|本年内|年底前)(?=实现|达到))(?![^。;]{0,40}?(?:已|了|累计|提前|率先|验收|"
    + _TOTAL
    + r"))[^。;]{0,40}?"
    r"(?:达到|达|实现|不低于|提高到|提升到|扩展到|扩大到|增加到|增至|提高至|提升至|缩短到|缩短至|"
    r"降低到|降至|控制在|压缩[至到]|缩减[至到]|减少[至到]|再(?:压减|减少|下降|降低|提高|提升)|覆盖|全部|均|建成|形成|完成|提升|提高|增强|改善)|"
    + _ENSURE
    + r"(?:今年|本年|年内|年底|全年)|"
    r"(?:" + _ENSURE + r"|保障(?<!(?:劳动|社会|医疗|住房|民生|生活)保障)"
    r"(?!监察|部门|体系|政策|待遇|资金|对象|标准|性|[等、和与]))(?!了)[^,。;]{0,40}?"
    r"(?:达到|达|实现|不低于|保持|稳定在|前[一二三四五六七八九十\d]+名|控制在|100%|百分之百|全覆盖|覆盖|零|以上|以内|减少|下降|提高|提升|增加|增长|降低|完成|至少|不发生|"
    r"不出现|无一起|无一例|都有|均有|增强|更加|都(?![已有])|均(?![已有])|全部(?!已))"
)
# 要 as a modal in mid-sentence, whatever verb follows (…配备率要保持100%, 2024年要建成…,
# 普法资料发放要覆盖所有村寨): the targets' and rules' words list the common verbs after it,
# this one the rest; after 均 a rule of its own (均要完成…, not 均要求, 均要素齐全). Not in a
# word (次要, 讨要, 要素, 要回: got back), nor in a noun phrase (要撤并的传言, 办事要开的证明).
# Read by its surroundings: after a time it is a plan, before a level a target, else a
# norm; met when a later clause counts what was done (标准要调整,镇里开了1次听证会).
_MODAL = (
    _MUST
    + r"(?<![首扼讨索催追紧政精险切显举辑撮我]要)(?<!(?<![频层档])次要)"  # 频次要…: the 要 of a rate
    + r"(?!求|点|素|件|案|闻|害|事|情|务|职|地|塞|道|员|诀|领|旨|义|略|览|目|约|么|是|回|到|账|价|钱|债|不)"
    + r"(?![^,。;]{0,5}的)"
)
_RULE = _compiled(
    r"应当|应该|不得|严禁|不收取任何|禁止(?![^,。;]{0,12}(?:警示牌|标识牌|提示牌|标牌|标语|标志|规定|条例|办法))|原则上|必须|务必|必先|须(?<![无必]须)(?![知臾])|"
    r"需(?<![只无]需)(?:经|由|报|在|按|重新)|方可|方能|不少于|不低于|不超过|不多于|至少(?!有|[^,。;]{0,4}了)|均应|均须|"
    + "均"
    + _MODAL
    + r"|都要|都应|应先|"
    r"一般不(?!动产)|不能(?:低于|少于|超过|高于)|(?:期限|时限)为[^,。;]{0,16}之日起|每年\d{1,2}月\d{1,2}日(?:前|之前)|"
    # a condition and its time limit (不能当场答复的,20个工作日内答复)
    r"的,\s*[^,。;]{0,4}\d{1,3}个?(?:工作日|日|天)内|一般(?:在|于)[^,。;]{1,12}(?:内|前)|要求(?<![按照据]要求)[^,。;]{0,10}?(?:在|于)[^,。;]{2,12}(?:内|前)|可以(?:不予|免予|从轻|减轻)|更要(?<!变更要)|就要(?![素件])|"
    r"应(?<![反响相供适效对回]应)(?:具有|具备|符合|责令|立即|要求|通知|督促|以|与|按照|召开|加强|建立|做好|落实|及时|严格|依法|充分|把|将|在|由|"
    r"于|当|经|予(?![^,。;]{0,3}(?:认可|肯定|好评))|实行|进行|提交|报送|公开|公示|组织|开展|同步|主动|向|就|(?:参加|参与|接受)(?![^,。;]{0,8}的))|"
    + _MUST
    + r"(?:推动|推进|加快|加强|深入|坚持|做好|严格|切实|认真|按照|按|把|将|充分|在|于|对|及时|落实|建立|确保|"
    r"定期|实行|进行|提高|做到|形成|健全|完善|强化|注重|突出|坚决|件件|让|使|"
    + _SCENE_WORDS
    + r")|"
    r"各(?:单位|部门|乡镇|镇街|村|级|地)[^,。;]{0,12}(?:"
    + _MUST
    # (not 应急, 应用, 应诉, 需求: 各乡镇便民服务中心设置应急管理服务窗口)
    + r"|应(?!急|用|对|答|变|届|聘|征|收|诉|邀)|须|需(?!求|要的))|"
    + each_led(("制度", "办法", "条例", "规定", "细则", "意见"), "(?:还)?(?:规定|明确)")
    + r"|规定[:“\"]"
)
# (also after a time frame: 重大决策出台前,要求承办单位…)
_ALL_DONE = re.compile("(?:均|都|全部|皆|一律)(?:已|[^,。;了]{1,4}了)")
_RULE_AT_START = re.compile(r"\s*(?:[^,。;]{2,16}(?:前|时),\s*)?(?:要求|规定|明确要求|凡)")
# A conditional norm (对首次违法且危害后果轻微的,依法不予行政处罚: any case of a kind, with
# or without its 对: 初次违法…的,可以依法不予…) or what
# is done to a whole class of matters, uncounted (对涉及…的重大决策事项,均通过…); 一律 and
# 应当 are _BLANKET's and _RULE's. Like them, met when a later clause counts what was done,
# or states the rate it was met at (_MET_LATER).
_CONDITIONAL_NORM = re.compile(
    r"^\s*(?:对?[^。;]{2,40}的,(?:[^,。;]{0,10}?(?:机关|部门|单位|机构|政府|局|所|院|中心|人))?(?:依法|均)?(?:不予|予以|可以|从轻|减轻|免予|视为|不再受理|追究)|"
    r"对[^。;,\d]{2,40}(?:事项|决策|案件|申请|问题|文件),(?:均|都)(?!已))"
)
# What can be done at once is done at once (收到公开申请的,能当场答复就当场答复; 对群众来办事
# 的,能即办的即办): a norm. Anchored at the start, a pattern of its own (tried there only).
_CAN_DO_NORM = re.compile(r"^[^,。;]{2,40}(?:的|后),\s*能(?!力|源|效|级)[^,。;]{1,12}(?:就|则|的)")
# 确保 opening a sentence, after a time frame (政策出台前,确保…) or after the body or the
# matters of every kind that open it (县教育局确保每所…, 所有重大行政决策事项确保经…讨论),
# or following the body that opens a later clause, or before a quoted target (确保重复信访
# “零发生”), sets a goal (after a deed it is the deed's purpose: …实行立卷归档,确保…可追溯;
# 县财政安排专项经费20万元确保…); so does a blanket norm
# (一律按程序提交集体研究): unless a later clause counts what was done (确保管理无盲区,
# 处理乱堆乱放596处; 一律不予印发,全年共退回修改文件4件).
_BODY_BEFORE = r"[^,。;]{1,12}?(?:局|委|办|府|院|所|队|中心|街道|镇|乡|县|区|市)"
_ENSURE_GOAL = re.compile(
    # (or the body after a topic: 在行政应诉方面,县政府确保…)
    rf"(?:^\s*(?:[^,。;]{{2,16}}(?:前|时|后),\s*)?(?:(?:年内|今年|全年|明年|年底前)?"
    rf"(?:{_BODY_BEFORE})?|(?:所有|全部|各类?|每[个项件类])[^,。;]{{1,20}}?)|[,;]\s*{_BODY_BEFORE})"
    + _ENSURE
    + r"(?!了)|"
    # a time limit promised (涉企诉求确保24小时内响应)
    + r"^\s*(?:对[^,。;]{2,24},\s*)?[^,。;]{0,12}?"
    + _ENSURE
    + r"(?:在)?[0-9]{1,3}(?:小时|个工作日|个?日|天)内|"
    + _ENSURE
    + r"(?!了)[^,。;“]{0,16}“"
)
# A promise of no failure at all, opening the sentence or after the matters it is made
# for (依申请公开件,确保一件不超期); after a deed it is the deed's purpose (建立到期预警机制,
# 确保一件不超期). Anchored at the start: a pattern of its own, which the regex engine
# tries there only.
_NO_FAILURE_PROMISED = re.compile(
    r"^\s*(?:[^,。;]{1,16}?(?:件|事项|案件|申请|诉求|工单|问题),\s*)?"
    r"[^,。;]{0,8}?"
    + _ENSURE
    + r"(?!了)[^,。;]{0,12}(?:一[件个起项户人宗]不|无一[件个起项户人宗]|件件不|零(?:超期|差错|投诉|遗漏|积压|失误))"
)
_BLANKET = re.compile("一律")
# Cases of one's own overturned for a fault, counted (2起案件因程序瑕疵被复议纠错): not
# 无一件因…被撤销, nor 其中1件… of others' documents reviewed. Kept out of ``_SHORTCOMING``,
# whose exceptions (a problem found by an inspection, put right) do not apply to it.
_OVERTURNED = "被[^,。;]{0,12}(?:撤销|纠错|纠正|确认违法)"
_OWN_CASES_OVERTURNED = re.compile(
    r"(?<!其中)(?<![无没生])(?<!没有)[0-9一二两三四五六七八九十]+(?:件|起)"
    r"[^,。;无没]{0,8}因[^,。;]{1,12}" + _OVERTURNED + "|"
    # (or counted after: 因程序问题被撤销的处罚决定有4件)
    r"因(?<![无没未]因)[^,。;]{1,16}"
    + _OVERTURNED
    + "的[^,。;]{0,10}有[0-9一二两三四五六七八九十]+(?:件|起|个)"
)
# Units of a time limit or a share (24小时内回应, 3个工作日, 95%): no count of what was done.
_NO_COUNT_UNITS = frozenset({"小时", "分钟", "天", "个工作日", "%", "百分点"})


def _counts_done(sentence: str, lo: int, hi: int) -> bool:
    """Does sentence[lo:hi] count what was done: an achieved figure (``is_figure``), not a
    time limit or a share?"""
    return any(
        q.unit not in _NO_COUNT_UNITS
        and is_figure(sentence, lo + q.start, q.text, q.unit, (0, len(sentence)))
        for q in find_quantities(sentence[lo:hi])
    )


class _CountedLater:
    """The exception after a goal or a norm: a later clause counts what was done. Used
    like a compiled pattern's ``match``."""

    def match(self, sentence: str, pos: int) -> bool:
        comma = sentence.find(",", pos)
        return comma >= 0 and _counts_done(sentence, comma, len(sentence))


_COUNTED_LATER = _CountedLater()


class _CountedAround(_CountedLater):
    """A blanket norm (一律) counted in any other clause, before it as well as after
    (全年审查议题64件次,未经审查的议题一律不上会): the norm reported as practised."""

    def match(self, sentence: str, pos: int) -> bool:
        comma = sentence.rfind(",", 0, pos)
        return super().match(sentence, pos) or (comma >= 0 and _counts_done(sentence, 0, comma))


# A rate reached in a clause (当场办结率达到92.3%, 群众满意度达99.2%)
_RATE_REACHED = re.compile(r"[,;][^。;]*?(?:率|度)(?:达到?|为|超过)?\d")


class _MetLater(_CountedLater):
    """A norm of how each case is handled (…的,依法不予处罚; …的,能当场答复就当场答复),
    then what was done under it counted or the rate it was met at (…,当场办结率达到92.3%):
    reported as met. (A rate is no count for the other norms and goals: 要达到95% is one.)"""

    def match(self, sentence: str, pos: int) -> bool:
        return super().match(sentence, pos) or bool(_RATE_REACHED.search(sentence, pos))


_MET_LATER = _MetLater()


# (also after the time's comma: 2026年,县政务公开办要会同…)
_MODAL_TIMED = re.compile(
    r"(?:20\d\d年|明年|来年|今后|以后|年内|年底前)(?:[^,。;]{0,12}?|,\s*"
    + _BODY_BEFORE
    + ")"
    + _MODAL
)
_MODAL_LEVEL = re.compile(
    _MODAL
    + r"(?=[^,。;]{0,24}?(?:\d+(?:\.\d+)?%|以上|以内|以下|前[一二三四五六七八九十\d]+|全覆盖|零))"
)
_MODAL_NORM = re.compile(_MODAL)

# How often something is to be done (每年举行三次培训): a standing norm, not a deed.
_FREQUENCY_NORM = re.compile(
    r"每(?:年|季度|季|月|半年|周)[^,。;]{0,4}(?:举行|召开|开展|组织|举办|进行|至少)"
)
# A step said to be hard to take (查处难度较大): a shortcoming, and a fault of the step.
_HARD_TO_DO = r"难度(?:仍然|仍|还|较|很|偏){0,2}大(?!的)"  # 难度大的积案: a kind of case
# Work said to be held back (推广受限, 开展受到一定限制): two characters each, so that the
# one list serves the look-behind too
_LIMITED_WORK = "推广|开展|运用|发挥|覆盖|参与"
_SHORTCOMING = _compiled(
    r"有待|仍需|尚需|还需|仍然?存在|仍[^,。;]{1,6}存在|依然存在|还存在|仍有|还有(?:一定|较大|不少|部分)|"
    r"还不够|不够|尚不|尚未|不足(?!\d|[一二三四五六七八九十]|时)(?<!(?:成效|成绩|经验)和不足)|短板|薄弱|淡薄|欠缺(?!时|的(?!问题|现象|情况))|缺乏|差距|滞后|"
    r"不到位|亟待|亟需|不平衡|不均衡|短缺|紧缺|匮乏|不充分|偏低|偏弱|偏少|偏大|不高|不强|不深|不广|不明显|不规范|"
    r"偏长|偏慢|偏高|偏多|(?:提升|改进|提高)空间|不完善|不健全|不及时|不完整|不彻底|不熟悉|不熟练|不统一|参差不齐|单一(?!窗口)|不多|"
    r"未能|未达到|未完全|未形成(?!诉讼|信访|上访|复议|案件|舆情|群体)|未实现|未建立|难以|不理想|不适应|"
    # some of the year's cases counted as failed (有6件…未在法定期限内作出, 有3件…被撤销)
    r"有(?<![没未]有)[\d一二三四五六七八九十两]+(?:件|起|个|项|名|人|家)[^,。;]{0,24}?"
    r"(?:未(?:在|按|向|及时|经|如期|配齐|配备|建立|落实|开展)|" + _OVERTURNED + r"|败诉|"
    r"超过(?:法定)?(?:期限|时限)|超期|逾期|不合格|不达标)(?![^,。;]{0,2}被)(?![^。;]{0,12}(?:查处|整改|处理|责令|立案|下架|销毁))|"
    r"存在[^,。;]{0,8}(?:现象|不足|短板|差距|漏洞)|存在[^,。;]{0,16}的风险|(?:较为|比较|较|过于|仍|还)粗放|幅度过[宽大]|划分不细|"
    r"存在[^,。;]{0,24}(?:的|等)(?:问题|情况|现象)|"
    r"重[^,。;、]{1,6}、?轻|不相?匹配|不相适应|仍未|仍没有|未根除|暴露出?了?|"
    r"不严密|不明确|不精准|不扎实|不紧密|不力|不全面|不准确|欠佳|不佳(?=[,。;、]|$)|较弱|流于形式|走过场|空泛|空洞|"
    r"形式化|表面化|碎片化|(?:结构|队伍|年龄|知识|装备|设备|设施)老化|(?:更新|发布|使用|运用)频率(?:较|偏|仍|还)?低(?!于)|案多人少|矛盾(?:较为|比较|十分|仍然?)?突出(?=[,。;]|$)|(?:运用|开展|使用|应用|参与)(?:较|偏)少|缺位|(?:盲区|死角)(?<!无..)(?<!不留..)(?<!没有..)|时有发生|时有(?:出现|遗漏|缺失|漏项)(?=[,。;]|$)|屡禁不止|身兼数职|"
    r"人少事多|有名无实|受限(?<=(?:"
    + _LIMITED_WORK
    + r")受限)|(?:"
    + _LIMITED_WORK
    + r")[^,。;]{0,4}受到(?:一定|较大)?的?限制|信号差|条件(?:较|比较)?差(?!的)|"
    r"未(?:打通|联通|贯通)|停留在[^,。;]{0,12}(?:层面|阶段|表面)|不重视|(?:多为|均为)兼职|以兼职为主|"
    r"(?:办案|办件|调解案件|受理案件|调解)(?<![超逾]期办案)(?<![超逾]期办件)(?:数|量)?为零|"
    r"(?:位居|处于|排在|排名)[^,。;]{0,4}中下游|人少(?<=[队所站组办局]人少)(?<!排队人少)(?=[,。;]|$)|"
    r"不好(?=排查|开展|落实|推进|管理|执行|操作|协调|调解|解决)|更新(?:较|比较)?慢|久拖未决|得不到(?:有效|及时)?解决|有困难(?<!确有困难)(?![的群人家户企学职])|有限(?<=[段量源费手力挥]有限)(?!公司|责任)|(?:较为|比较|十分|非常|相当)有限|"
    r"不合理(?=[,。;]|$|的?(?:现象|问题|情况))|"
    + _HARD_TO_DO
    + r"|存在(?:一定)?困难|不履职|只挂名|未开展任何|不严(?!重)|程度(?:较|偏|仍|还)?低|不便(?<![方以]不便)(?<!行动不便)(?<!出行不便)(?<!行走不便)(?!民|利)|"
    # a share or a rate that is low (原创比例低, 知晓率偏低), staff that keeps changing, too
    # few done (全年出具意见不足5件), a process that takes long, a thing left undone for
    # long, a rate of complaints that is high, faults a self-inspection found (not 未发现),
    # things that do not keep up, are spread unevenly or are too small
    r"(?:不足|不到)(?:一半|半数|[一二三四五六七八九]成(?<!由不足.成)(?<!由不到.成))|(?:原创|参与|知晓|使用|利用|办结|回复|满意|覆盖|达标|合格|上网|网办|在线)(?:比例|率|度)(?:较|偏|过|仍|还|很)?低(?!于)|"
    r"流动性?(?:大|频繁)|业务生疏|新手多|不足\d{1,4}(?:件|次|份|项|个(?!工作日|月|小时)|场)|"
    r"(?:周期|时间|耗时|流程)(?:较|偏|过|太|仍|还)?长(?!效|期|远|廊|达|度)(?![^,。;]{0,2}(?:的|等|问题))|"
    r"长期(?:不|未|没有)(?=[^,。;的\d]{1,8}(?:[,。;]|$))|"
    r"(?:投诉|重复|败诉|纠错|差评|超期|逾期|发案|复发)(?:信访|上访|检查)?(?:率|比例|比重|占比)?(?:较|偏|过|仍|还)高(?!于|效|质量|水平|标准|的)|"
    r"自查[^,。;]{0,6}(?<![未没无])发现(?!问题[^,。;]{0,12}(?:整改|纠正))|"
    r"跟不上|分布不均|不均(?![衡匀])|不顺畅|不通畅|推诿(?<!可能推诿)|扯皮(?<!可能扯皮)|狭小|简陋|(?:不能|无法)满足|"
    r"(?:没有|无|缺少)(?:专项|专门|固定|专职)[^,。;]{0,4}(?:经费|资金|人员|编制|场所|力量)|接不住|管不好|管不了|"
    r"问题(?:仍然?|依然|还)?(?:比较|较为|十分|最为|尤为)?突出(?=[,。;]|$)|排名(?:靠后|落后|下滑|倒数|末位)|"
    r"偏窄|偏小|偏短|偏松|偏软|偏散|偏浅|(?:对接|衔接|运行|运转|流转|沟通|联动|渠道|机制|协调)不畅|"
    # a way still old (仍以发放宣传册为主, 形式较为传统), staff growing old, pressure admitted,
    # a count below its own plan, a thing void still shown or used (仍显示为“现行有效”)
    r"仍以[^,。;]{1,16}为主|(?:较为|比较|过于|偏于?)(?:传统|陈旧|单调)|老龄化(?:明显|严重|突出|问题|现象)|"
    r"压力(?:较|很|比较|仍然?|依然|越来越)?大(?!幅)|低于[^,。;]{0,6}(?:计划|预期|目标|要求|标准)|"
    # petitions or complaints rising, a share under a figure, a fault named (存在超期报备问题,
    # 存在“挂名”问题), holes, nothing done (零办案), things missing, old or late, empty words,
    # scores below the average
    r"(?:访|投诉|败诉|纠错|违法)[^,。;]{0,6}有所(?:上升|增加|增长|反弹)|(?:比例|比重|占比)(?:仅|还|仍)?不足\d|"
    r"存在[^,。;]{1,12}(?:问题|情况|现象)(?=[,。;]|$)|(?:还|仍|尚)有漏洞|零办案|零执法|"
    r"不全(?![面部国省市县区])(?=[,。;]|$)|至今空缺|仍(?:显示|沿用|援引|引用|挂|在(?:展示|使用|执行|沿用))|"
    r"陈旧(?=[,。;]|$)|起步(?:较|偏|比较)?晚|泛泛而谈|得分[^。;]{0,12}低于[^,。;]{0,6}平均|"
    # a bad rate above the average, things still undone, less than half working, accounts
    # or rooms lying idle
    r"(?:败诉|投诉|差评)率[^。;]{0,12}高于[^,。;]{0,6}平均|尚有[^,。;]{0,12}(?:未|没有)|"
    # a share left undone (约四成案件未录入), points lost, too few of a thing; written literal
    # first, the frequent words looked behind (a share's digits, 人数, 次数), so that the
    # engine skips to rare characters
    r"成(?<=[一二三四五六七八九]成)[^,。;]{0,8}未(?!发生|出现)|"
    r"%(?<=[0-9]%)[^,。;]{0,8}未(?!发生|出现)|失分|"
    r"少(?![于数])(?:(?<=(?:数量|人数|种类|频次|次数)少)|(?<=(?:数量|人数|种类|频次|次数)[较偏过太很]少))|"
    r"不稳定(?!因素|风险|隐患|问题)|(?:仍|还|依然)(?:发现|查出)|不准(?<=把握不准)|缓慢(?<=进展缓慢|推进缓慢)|推进不一|迟迟|"
    # a body in name only, or idle (只挂了块牌子, 成了摆设, 没人值班), things built but little
    # used, one's own unit reported to higher levels for a fault (被通报…问题)
    r"只(?:是)?挂了?(?:块|个)?牌子|摆设(?:(?<=成了摆设)|(?<=成为摆设)|(?<=沦为摆设))|虚设(?<=形同虚设)|"
    r"值班(?:(?<=没人值班)|(?<=无人值班))|没人管|得少(?<=用得少)|"
    r"被[^,。;]{0,8}通报(?!表扬|肯定|嘉奖|表彰)|"
    # what was due and not done (应列未列, 应报未报, 应公开未公开)
    r"未(?:(?<=应[^,。;未]未)|(?<=应[^,。;未]{2}未)|(?<=应[^,。;未]{3}未))(?<![反响相供适效对回]应.未)"
    r"[^,。;]{1,3}(?=[,。;]|$)|处于“?(?:闲置|睡眠|休眠|僵尸|空转|停滞|停摆)|长期处于“名”状态|"
    # a step not taken as it should have been (没有充分征求村民意见, 未按规定公开)
    r"(?:没有|未)(?<!因没有)(?<!因未)(?:充分|认真|如实)|"
    # hurried, papers incomplete, a new law not mastered (材料不齐全、时间仓促; 理解不深、运用不熟)
    r"仓促|不齐全(?=[,。;、]|$)|不熟(?=[,。;、]|$)"
)
# Credibility harmed (评估结论的客观性和公信力受到影响): a pattern of its own, since in
# ``_SHORTCOMING`` its words would widen the characters the long alternation is tried at.
# (Too short a time and a long way for the people were tried and dropped: reports name
# them as the reason for a deed, 考虑到山区群众路途较远,开通流动服务车…, or as a fault an
# inspection found, 审查发现3件文件征求意见时间过短,已督促….)
_HARM_ADMITTED = re.compile(
    # (written from 受 back, a rarer word than 公, so that the search skips to it)
    r"受(?<=公信力受)(?:到了?|了)?(?:一定程度的?|一定|较大|很大|严重|不同程度|负面|不良)?的?(?:影响|损害)"
)

# A count said to be small (仅有3起, 只占…): the act before it is what was counted, no fault
# it put right (查处的仅有3起).
_SMALL_COUNT = re.compile("仅有|仅占|仅为|只占|只有")
# A fault of how a step was taken, ending its clause (文件清理不够及时, 整改不到位,): the
# unit's own shortcoming, whatever verb stands before it; 纠正不到位的问题 is a fault put right.
_STEP_FAULT = re.compile(
    r"(?:还|仍|尚|依然)?(?:不够|不及时|不到位|不彻底|不力|不深入|不全面|滞后)(?=[,。;]|$|及时|到位|彻底|有效|深入|全面|规范)|"
    # the step is hard to take (查处难度较大): a fault of the means, nothing put right
    + _HARD_TO_DO
)
# A share of failures stated as such (不合格案卷占比达到14%, 群众不满意的有17%, 程序违法占比高达
# 58%): an admitted shortcoming, even where an inspection found it, unless the sentence
# reports it falling (…比例下降至1.3%, 控制在2%以内).
_FAILURES = "不合格|不满意|不规范|纠错|被纠正|败诉|超期|逾期|转发类|程序违法|重复"
_BAD_SHARE = re.compile(
    # (the failure's word looked for first: the engine skips to its characters)
    rf"(?={_FAILURES})(?![^。;]*(?:下降|降至|降低|减少|压降|控制在))"
    rf"(?:{_FAILURES})[^,。;]{{0,12}}?"
    r"(?:占比|比例|比重|的有|占到)[^,。;]{0,4}?(?:达到?|高达|为|超过|占到)?\s*[\d一二三四五六七八九十]"
)

# Ordered: the first rule that matches names the reason. Each is a named predicate with
# known-answer tests (tests/test_credit.py).
REASONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("shortcoming", _BAD_SHARE),
    ("shortcoming", _STEP_FAULT),
    ("shortcoming", _SMALL_COUNT),
    ("shortcoming", _OWN_CASES_OVERTURNED),
    ("shortcoming", _SHORTCOMING),
    ("shortcoming", _HARM_ADMITTED),
    ("intention", _INTENTION),
    ("target", _TARGET),
    ("target", _ENSURE_GOAL),
    ("target", _NO_FAILURE_PROMISED),
    ("rule", _RULE),
    ("rule", _FREQUENCY_NORM),
    ("rule", _BLANKET),
    ("rule", _CONDITIONAL_NORM),
    ("rule", _CAN_DO_NORM),
    ("intention", _MODAL_TIMED),
    ("target", _MODAL_LEVEL),
    ("rule", _MODAL_NORM),
)


def states_intention(text: str) -> bool:
    """A plan or intention: 下一步…, 计划新聘…, 将进一步…, 拟于…, 力求…"""
    return bool(_PLAN_AT_START.match(text) or _INTENTION.search(text))


# A shortcoming found and put right is an achievement: 纠正程序不规范问题3件.
# So is one an inspection found (检查…,发现程序不规范问题5个,已督促整改): a finding, not an
# admission.
_PUT_RIGHT = _compiled(
    r"(?:纠正|整改|解决|查处|清理|化解|销号|通报|废止|修订|修改|补齐|补足|弥补|消除|堵塞|填补|防止|避免|杜绝|退回|"
    r"摒弃|改变|告别|力戒|撤并|"
    r"克服|打通|破除|关停|关闭|收回|撤销|注销|缓解|改善|解聘|辞退|清退|撤换|约谈|问责|"
    r"(?:督促|责令)(?:更新|补正|改正|完善|规范|清理|删除|撤回|修改))"
    # (a rate of putting right is no putting right: 一次性解决率仍然偏低; a law newly
    # amended is no fault put right: 对新修订的《…》理解不深)
    r"(?!率)(?!(?<=新修订|新修改)的)"
    r"(?![^,。;]{0,8}(?:机制|体系|能力|工作|水平|平台|中心|力度|效率|质量|比例|占比|比率|效果|成效|进展|难度|手段|意见))"
    # …in the course of it (修订中仍存在…问题, 修订居民公约时仍存在…): a fault of the step itself
    # (but 纠正执法中存在的问题, 整改…受理时存在的问题: the fault is the object put right)
    r"(?!(?:过程|工作)?(?:中|时)$)(?!(?<=修订|修改|制定|起草)[^,。;]{0,12}时$)[^,。;]{0,14}$|"
    r"(?:没有|未|无)(?:再)?(?:发生|出现)[^,。;]{0,14}$|(?:没有|无)一(?:件|次|起|个|例)[^,。;]{0,16}$|"
    # a problem named as what a deed addressed (针对…不规范问题,统一制定…; 为破解…不足难题)
    r"(?:针对(?!性)|破解|聚焦|瞄准)[^,。;]{0,14}$|(?:检查|评查|抽查|排查|巡查|督查|核查)(?:[中时],?|,)\s*$|(?:发现|查出|查找出?|指出|翻出|检查出|排查出|查到|识别出?|梳理出|剖析了?|评析了?|讲评了?|复盘了?)"
    r"(?![^,。;]{0,12}(?:能力|水平|意识|力度|质量|效率)$)[^,。;]{0,12}$|"
    # a risk pointed out in a document reviewed (审查…协议,提示了违约责任条款不明确等风险)
    r"提示(?:了|出)?[^,。;]{2,12}$"
)


# A rule that is the content of a document the sentence reports making (修订《议事规则》,
# 明确…须经集体讨论) or a norm reported as met (实现每村不少于5名, 每个村均不少于3名) is an
# achievement.
_RULE_REPORTED = re.compile(
    r"(?:(?:制定|修订|出台|印发|发布|编制|制发|会签|签订|签署)(?:了)?[^,;:。]{0,2}《[^》]{1,40}》"
    r"(?:[^。;]{0,30}(?:明确|规定|增加|增设|新增|写入|列明|写明|载明)|,)|(?:实现|达到|完成(?!情况|率)),?)[^。;,]{0,20}$|(?<![平人])均(?!衡)[^,。;]{0,12}$|"
    # a norm followed, counted first (抽查案卷360卷…存在问题的单位一律通报)
    r"(?:全年|"
    + _TOTAL
    + r"|累计|先后)[^。;]{0,12}?\d[\d.]*(?:余|多)?[万千]?(?:"
    + MEASURE
    + r")(?![月年季])[^。;]*$|"
    # a norm met after the count that meets it (培育法律明白人2180名,每个行政村不少于5名)
    r"[\d十百千万][^。;,]{0,4}[,;]\s*每个?[^,。;]{1,10}$|"
    # …or the norm the people just engaged meet (为9个村配齐法律顾问,每月到村服务不少于1次)
    r"(?:配齐|配备|聘请|选聘|聘任|选派)(?:了)?[^,;:。]{1,16}[,;]\s*每[^,。;]{1,16}$|"
    # the norm of a system reported set up (建立了…联席会议制度,每季度召开一次会议)
    r"(?:建立|出台|制定|推行|实行|健全)了[^。;]{0,30}(?:制度|机制|办法|规则|细则)[^。;]{0,8}$|"
    # or of a body set up (设立了法官工作室,法官每月来…), or a mechanism agreed with a
    # partner (与县法院建立府院联动机制,每季度召开…); 建立…制度 alone may be a plan
    r"(?:设立|成立|组建)了[^,。;]{0,30}(?:工作室|工作站|委员会|中心)[,;][^,。;]{0,10}$|"
    r"与[^,。;]{1,16}建立(?:了)?[^,。;]{0,20}(?:制度|机制)[,;][^,。;]{0,10}$|"
    r"(?:制定|修订|出台|印发|编制)了?[^,;:。]{0,20}(?:规则|办法|制度|规定|细则|章程)"
    r"[^。;]{0,4}(?:明确|写明|载明|规定|新增|增加|列明)了?[^。;,]{0,40}$|"
    r"(?:按照|依照|根据|依据)[^,。;]{0,20}$|"
    # the content a document was amended with, after it (议事规则完成修订,增加了…须经…)
    r"(?:规则|办法|制度|规定|细则|章程)[^,。;]{0,6}(?:修订|修改|制定)[,;]\s*"
    r"(?:明确|增加|新增|写明|规定|写入)了?[^。;,]{0,20}$|"
    # the amount of what was taken part in (参加了…组织的不少于60学时的培训)
    r"(?:参加|完成|接受|参与|举办|开展)了[^,。;]{0,24}$|"
    # the rhythm of a programme or body just set up, opening the sentence (开设“周五法治
    # 讲堂”,每季度举办一期); kept apart from the body branch above: read anywhere, or with
    # words between, it takes 开设 of a noun for a step (…的开设、变更和关停,一律须…)
    r"^\s*[^,。;]{0,12}?(?:开设|开办|创办|设立|成立|组建)(?:了)?[^,。;]{2,30}[,;]\s*$"
)
# A target named as a document's content (明确了…目标任务) or reported met (目标任务完成68项,
# 实现了每村3名以上的目标, …的目标已于6月底达成).
_TARGET_NAMED = re.compile(
    # (not the unit's own target named as a noun phrase: 我局确定的年度目标是…)
    r"(?:明确|确定|分解|细化|下达|部署|对照)(?:了)?(?!的)[^,。;]{1,14}$|(?:实现|完成|达成|达到)了[^,。;]{1,24}$"
)
# Exceptions read in the words before the wording (by reason) and right after it (by rule).
_EXCEPTIONS = {"shortcoming": _PUT_RIGHT, "rule": _RULE_REPORTED, "target": _TARGET_NAMED}
# what was done about a fault found (对…问题进行通报, 对…的单位予以约谈)
_ACTED_ON = "通报|约谈|问责|督办|整改|纠正|处理|处罚|批评|清理|补正|更正|补齐"
# whom it was done to (对执法程序不规范的部门,…)
_ACTED_ON_WHOM = "(?:单位|部门|人员|企业|商户|机构|乡镇|村|社区)"
_EXCEPTIONS_AFTER = {
    # a problem named and then reported put right (执法文书不规范等问题得到纠正), or others'
    # shortcoming acted on (对公开不及时的2个单位进行了通报): the unit's deed
    _SHORTCOMING: re.compile(
        r"[^,。;]{0,12}?(?:问题|现象|情况|矛盾|压力|状况|局面)[^,。;未没不]{0,4}?(?:得到|已|均已|全部)[^,。;未没不]{0,4}"
        r"(?:纠正|整改|解决|缓解|改善)"
        # a notice served on the problem (对其余6卷存在的问题下发了整改通知)
        r"|[^,。;]{0,4}?(?:下发|发出|送达)了?[^,。;]{0,6}(?:整改通知|整改意见|意见书|建议书|提醒函)"
        # a problem a case brought out, analysed (案件暴露的问题召开了专题分析会)
        r"|[^,。;]{0,4}?问题[^,。;]{0,2}(?:召开|开展|进行)了?[^,。;]{0,6}(?:分析|剖析|整改|研判)"
        r"|[^,。;]{0,16}?被[^,。;未没不]{0,4}?(?:废止|修改|修订|撤销|纠正|清理|宣布失效|整改)"
        r"|[^,。;]{0,6}?(?:问题|现象|情况|行为|单位|部门|人员|企业)[^,。;]{0,2}?(?:进行了?|予以|作出)(?:集中|全面|逐一|及时)?"
        rf"(?:{_ACTED_ON})"
        r"|(?:、[^,。;、]{1,8})*[^,。;未没不]{0,6}?的[^,。;未没不]{0,12}?"
        r"(?:进行了?|予以|作出|开展了?|下发了?|发出了?)?"
        rf"(?:{_ACTED_ON}|提高了?[^,。;]{{0,4}}(?:检查|抽查)|解聘|辞退|清退|撤销|调整|发回|退回|重办|提醒|警示|告诫|"
        r"[^,。;]{0,10}(?:意见书|建议书|提醒函|整改通知))"
        # …or in the next clause, its actor named first (对程序不规范的部门,县政府予以通报批评)
        r"|[^,。;未没不]{0,6}?的[^,。;未没不]{0,6}?" + _ACTED_ON_WHOM + r"[,;]\s*"
        rf"[^,。;未没不]{{0,10}}?(?:进行了?|予以|作出|开展了?)(?:{_ACTED_ON})"
        # faulty provisions amended (对不相适应的条款作出修改, 不一致的规定予以废止)
        r"|[^,。;未没不]{0,6}?的[^,。;未没不]{0,8}?(?:条款|规定|内容|文件)(?:作出|作了|予以|进行了?)(?:修改|修订|废止)"
        r"|[^,。;]{0,12}?(?:问题|现象|行为)[^,。;未没不]{0,2}?(?:专项|集中)(?:整治|治理|清理)"
        # (also urged on: 对文书不规范问题逐一督促整改)
        r"|[^,。;]{0,12}?(?:问题|现象|情况|行为)[^,。;未没不]{0,4}?(?:逐件|逐一|逐个|逐案|逐项|逐条|逐卷|逐份|全部|均|及时)"
        r"(?:反馈并)?(?:督促|责令)?(?:核查|核实|查处|调查|督办|整改|纠正|处理|反馈)"
        # problems a review found, answered with advice (对条款不明确等问题逐一提出修改意见)
        r"|[^,。;]{0,12}?(?:问题|现象|情况)[^,。;未没不]{0,6}?(?:提出|出具)了?[^,。;]{0,4}"
        r"(?:修改|整改|审查|法律)?(?:意见|建议)"
    ),
    # a norm named as the standard of a task (推进每个村至少配备4名法律明白人的培养任务) or
    # as the rule put into effect (入企检查须先报备的规定落到实处): named, not laid down
    _RULE: re.compile(
        r"[^,。;]{0,24}的(?:培养|建设|创建|配备)?(?:任务|目标|标准)(?=[,。;]|$)|"
        r"[^,。;]{0,24}的(?:规定|要求)(?=落到|落实|得到)"
    ),
    # a target reported met (目标任务完成68项)
    _TARGET: re.compile(
        r"(?<=为目标)[^,。;]{0,4}(?:建成|完成|实现了|建立了|新建|打造了)|"
        # (also in the next clause: 县政府明确的5项年度目标任务,已完成5项)
        r"(?<=目标任务)[^。;]{0,4}?(?:已|均已|全部)?完成|"
        r"(?<=目标)[^,。;]{0,10}?(?:已|均已|全部|如期|提前|顺利)[^,。;]{0,8}?(?:达成|实现|完成)"
    ),
    # a norm or a goal, then what was done under it counted (每季度召开一次研判会,全年共
    # 召开4次; 一律不予印发,全年共退回修改文件4件): reported as met
    _FREQUENCY_NORM: _COUNTED_LATER,
    _BLANKET: _CountedAround(),
    _CONDITIONAL_NORM: _MET_LATER,
    _CAN_DO_NORM: _MET_LATER,
    _ENSURE_GOAL: _COUNTED_LATER,
    _NO_FAILURE_PROMISED: _COUNTED_LATER,
    _MODAL_LEVEL: _COUNTED_LATER,
    _MODAL_NORM: _COUNTED_LATER,
}
# Wording no exception answers: a share of failures (even one an inspection found), a
# fault said of the step itself (清理不够及时), a count said to be small.
_UNANSWERED = (_BAD_SHARE, _STEP_FAULT, _SMALL_COUNT, _OWN_CASES_OVERTURNED)
# Each rule of REASONS with the exceptions it takes, looked up once here (a pattern's
# hash is its text's, hashed again at every lookup).
_READINGS = tuple(
    (reason, rule, None, None)
    if any(rule is u for u in _UNANSWERED)
    else (reason, rule, _EXCEPTIONS.get(reason), _EXCEPTIONS_AFTER.get(rule))
    for reason, rule in REASONS
)
# A quoted name (“枫桥经验”, “诉调对接”, “最多跑一次”): the words and numbers inside it are the
# name's, not the sentence's. One definition for every rule that looks through names.
_QUOTED_NAME = re.compile(r"“[^”“]{1,30}”")
# A document's title (《…禁止燃放烟花爆竹的规定》, 《…目标管理办法》): its words are the
# title's, and the sentence reports what was done with the document.
_TITLE = re.compile(r"《[^》《]{1,40}》")


def non_achievement(sentence: str) -> str:
    """The reason wording in ``sentence`` takes its credit away ('' when none does).
    Words inside a short quoted name (“普法强基补短板”专项行动) are the name's, not the
    sentence's."""
    sentence = _TITLE.sub("《名》", _QUOTED_NAME.sub("“名”", sentence))
    for reason, rule, before, after in _READINGS:
        for m in rule.finditer(sentence):
            if before and before.search(sentence, 0, m.start()):
                continue
            if after and after.match(sentence, m.end()):
                continue
            return reason
    # (凡…均已开展…: every such case reported done, no norm laid down)
    return "rule" if _RULE_AT_START.match(sentence) and not _ALL_DONE.search(sentence) else ""


_QUOTED_RULE = re.compile(r"(?:规定|明确|要求)(?:了)?[:,]?\s*“[^”]{0,4000}”")
_QUOTE_MARK = re.compile("[“”]")


def quoted_rule_spans(text: str) -> list[tuple[int, int]]:
    """Spans of text quoted from a regulation or another document, sorted by start: a
    quotation after 规定/明确/要求 (…制度规定“…应当…”), and any quotation running over a
    full stop, whose sentences are another author's, not the unit's report of its year.
    A closing mark whose opening one is gone (the sentence that opened the quotation was
    cut) still closes a quotation from the start of its paragraph or the last mark: so
    removing a sentence never turns quoted text into the unit's own."""
    spans = [m.span() for m in _QUOTED_RULE.finditer(text)]
    pos = 0
    for line in text.split("\n"):
        opened, segment = None, pos
        for m in _QUOTE_MARK.finditer(line):
            at = pos + m.start()
            if m.group() == "“":
                opened = at
                continue
            start = segment if opened is None else opened
            if "。" in text[start:at]:
                spans.append((start, at + 1))
            opened, segment = None, at + 1
        end = pos + len(line)
        if opened is not None and "。" in text[opened:end]:
            spans.append((opened, end))
        pos = end + 1
    return sorted(spans)


def in_spans(offsets: list[int], spans: list[tuple[int, int]]) -> list[bool]:
    """Whether each of ``offsets`` (ascending) lies in one of ``spans`` (sorted by start):
    one pass over both, not a scan of every span per offset."""
    out: list[bool] = []
    i, reach = 0, -1  # spans begun so far, and the furthest end among them
    for offset in offsets:
        while i < len(spans) and spans[i][0] <= offset:
            reach = max(reach, spans[i][1])
            i += 1
        out.append(offset < reach)
    return out


# numberings a heading line opens with; 一是 opens an item of prose, not a heading
_HEADING_STYLES = frozenset({"cn", "part", "ardun", "ardot", "pcn", "par"})


def is_heading(sentence: str) -> bool:
    """A numbered heading line (一、… (二)… 1.…) with no full stop inside: a topic name.
    A clause closed by ; is the first of an item's sentences, never a heading:
    (1)全年作为被申请人的行政复议案件2件,均维持原行政行为;作为被告的…"""
    body = sentence.strip()
    return (
        numbering_style(body) in _HEADING_STYLES
        and len(body) <= 40
        and "。" not in body[:-1]
        and not body.endswith(";")
    )


def sentence_reason(sentence: str, section: str, in_quoted_rule: bool) -> str:
    """Why a sentence earns nothing whatever it reports ('' when it may earn credit).
    Whether it reports a deed at all (else: 'slogan') is decided in ``extract``."""
    if section not in CREDITED_SECTIONS:
        return f"{section} part"
    if is_heading(sentence):
        return "heading"
    if in_quoted_rule:
        return "quoted rule"
    return non_achievement(sentence)


# ---- what a sentence reports ------------------------------------------------------------

# Adverbs that frame a verb as a standing task or habit (深入开展, 持续推进, 定期召开,
# 及时发布): the sentence describes how work is done, not a deed of the year.
_TASK_ADVERBS = ("深入", "持续", "不断", "积极", "大力", "全面", "切实", "着力", "扎实", "认真",
                 "努力", "加快", "继续", "坚持", "广泛", "一步", "态化", "始终", "全力", "定期",
                 "及时", "严格", "依法", "经常", "按时", "每年", "每月", "注重", "推动",
                 "重点", "逐步", "有序", "规范", "健全", "建立", "审慎", "从严", "严厉", "充分", "精心")  # fmt: skip
# Wording of how work is always done (坚持…, 常态化…, 一律…): see describes_practice.
_STANDING_WORDS = (
    "坚持|常态化|始终|一贯|历来|长期以来|普遍|一律|均[须应要]|(?<!并)严格(?:按照|依照|遵循|执行)"
)
# Verbs that report one completed, concrete act wherever they stand (制定…, 召开…).
_STRONG_DEEDS = (
    "制定", "修订", "修改", "编制", "编印", "编写", "汇编", "出台", "印发", "发布", "拟定",
    "召开", "举办", "举行", "建成", "成立", "设立", "组建", "挂牌", "揭牌", "聘请", "选聘", "聘任",
    "聘用", "外聘", "配备", "配齐", "出具", "审结", "办结", "结案", "答复", "回复", "推送", "上线",
    "开通", "开设", "开辟", "签订", "签署", "换发", "申领", "注销", "废止", "立案", "查处", "移送",
    "续签", "续聘", "授牌", "加挂",
    "追回", "挽回", "发放", "张贴", "播放", "录制", "拍摄", "制作", "推出", "选树", "表彰", "验收",
    "旁听", "授课", "入驻", "进驻", "征集", "回收", "完成", "委托", "印制", "投放", "评选",
    "启用", "关停", "取缔", "查办", "查获", "移交", "压缩", "对接", "列席", "审议", "开讲", "引入",
    "评出", "收到", "发出", "签发", "会签", "制发", "讲授", "全部实现", "均实现",
    "全部建立", "均建立", "写入", "写进", "落成", "出庭应诉", "达成", "促成", "配发", "开办", "增设", "启动",
    "新设", "新开", "调整充实", "撤销", "做客", "专题听取", "专题报告", "播出", "上传", "迁移", "暂扣", "吊销", "剔除",
    "专题学习", "集中学习", "张榜", "述法", "开发", "建起", "加装", "辟出", "领办", "编发", "下发",
    "增聘", "新聘", "播送", "查扣", "宣誓", "刊发", "刊登", "刊载", "颁发", "放映", "撤下",
    # reported done with their object alone, the tuning thirds show (组织…参加培训, 走访…,
    # 新增…专栏): 73 achievements of the tuning thirds freed, no non-achievement paid
    "组织", "邀请", "试行", "改造", "走访", "责令", "编排", "派驻", "梳理", "新增", "接访", "拆除",
    "报送", "协助", "悬挂", "摄制", "创设", "排演", "接听",
)  # fmt: skip
# Verbs that name work in general as often as a deed (开展普法宣传, 建立…机制): a deed
# only where the sentence also says when, where, who or what exactly (``_SPECIFIC``).
_WEAK_DEEDS = (
    # 组织 is strong too, weak where it frames study as a habit (组织…深入学习)
    "开展", "组织", "办理", "化解", "受理", "调处", "建立", "打造", "创建",
    "培育", "公布", "宣讲", "接待", "参加", "更新", "新建",
    "提交", "作出", "审理", "确认", "取消", "下放", "承接", "归集", "上报", "提请",
    "讲解", "选派", "约谈", "督办", "送达", "安装", "公开", "审查", "审核",
    "评查", "抽查", "检查", "巡查", "培训", "清理", "公示", "调解", "排查", "整改", "纠正",
    "统筹", "调配", "通报", "宣传", "交办", "推行", "试点", "推广", "创作", "绘制",
    "统一", "搭建", "指派", "设置", "解答", "上演", "演出", "巡演", "领学", "结对",
    "表演", "纠错", "查纠", "关闭", "收回", "送去", "送上", "整合", "没收", "实施", "实行", "采取",
    "回访", "反馈", "释法", "参观", "观看", "视察", "整治", "共建", "代理", "翻译", "征求",
    "接入", "解读", "调整", "听取", "讲法", "配置",
)  # fmt: skip
# 深入 frames only the verb right after it: 深入企业宣讲 goes into firms to lecture
_NOT_AFTER = "".join(
    # 重点 two characters on is an adjective (在重点河段设立…, 重点企业开展…), not a habit
    f"(?<!{adverb})" + ("" if adverb in ("深入", "重点") else f"(?<!{adverb}..)")
    for adverb in _TASK_ADVERBS
)
# (also two characters on: 及时受理答复, 定期组织召开 frame the second verb as well)
# A deed verb read across a word boundary is none: 记录|制度, 线上|线下, 面对|接访,
# 形成|立体, 开发|出. The character before the verb (and after 上线) that makes it so;
# likewise a study session that names a standing practice (会前专题学习, 集中学习制度),
# and 实施/实行 of a system run (what follows them, up to the clause's end).
_RUNS_A_SYSTEM = "[^,。;]{0,30}(?:模式|制度|机制|制|体系)(?=[,。;]|$)"
_ACROSS_WORDS = {"录制": ("记", ""), "宣誓": ("", "制度"), "旁听": ("审", ""), "上线": ("线", "下"), "对接": ("[面调访准]", ""), "成立": ("形", ""),
                 "发出": ("开", ""), "挂牌": ("", "督办"),
                 "开办": ("[业公]", ""), "制作": ("机", ""), "建起": ("构", ""),
                 "领办": ("引", ""), "下发": ("上", ""), "专题学习": ("前", "制度"), "集中学习": ("", "制度"),
                 "制发": ("控", ""), "外聘": ("[与和及的]", ""), "公开": ("", "申请(?!人)"),
                 "宣传": ("", "[周月]|日(?!常)"), "开发": ("虚", "区|利用|建设|商|票"),
                 "建成": ("创", "果"), "释法": ("案", ""),
                 # 共建共治共享: the slogan of social governance; 代理人, 代理记账: nouns
                 "共建": ("", "共"),
                 # 听取…汇报: a meeting's routine (not 就…听取意见, a consultation held)
                 "听取": ("", "[^,。;]{0,14}(?:汇报|报告)"),
                 # 解读材料, 调整优化: nouns or a task's manner
                 "解读": ("", "材料|工作|机制|质量|文件"), "调整": ("[动适]", "为|优化|完善|充实"), "代理": ("", "人|记账|机构|权"),
                 # 组织 the noun (调解组织, 社会组织, 其他组织)
                 "组织": ("[解会他党团治济业介务愿益层性众]", "开展|实施|进行|推进|落实|网络|建设|规范|覆盖|协同|化|机构|体系|力量|作用|形式|[和或]个人"),
                 # everyone invited is no one taken along (邀请社会各界积极参与…)
                 "邀请": ("", "社会各界|各界|各方|广大"),
                 "接访": ("对", ""),
                 # 统筹推进: the manner of a task, not a step (统筹调配…力量 is one)
                 "统筹": ("", "推进|推动|谋划|兼顾|考虑"),
                 # an effect received (收到良好社会效果): a claim, not a thing received
                 "收到": ("", "[^,。;]{0,6}(?:效果|成效|实效|反响|好评)"),
                 # 协助做好…: padding's help, no act named
                 "协助": ("", "做好|开展|推进|落实|抓好"),
                 # a system or a mode of work run (实行首问负责制, 实行“前台受理、后台审批”模式):
                 # a standing arrangement, not one act
                 "实施": ("", _RUNS_A_SYSTEM), "实行": ("", _RUNS_A_SYSTEM)}  # fmt: skip


def _verbs(verbs: tuple[str, ...]) -> str:
    """A regex alternation of ``verbs``, each guarded against being read across words."""
    out = []
    for verb in verbs:
        before, after = _ACROSS_WORDS.get(verb, ("", ""))
        out.append((f"(?<!{before})" if before else "") + verb + (f"(?!{after})" if after else ""))
    return "|".join(out)


_NOT_A_NOUN = (
    # a mechanism or quality named after it, or it heads a list of mechanisms (访调对接、
    # 诉调对接机制)
    r"(?![^,。;]{0,2}(?:机制|制度|体系|工作机制|能力|水平|意识|环节|程序|等)|、[^,。;、]{1,6}(?:机制|制度|体系|模式))"
    r"(?!力量|队伍|阵地|资源|氛围|格局|(?<=宣传)教育)"  # 宣传教育, 调解力量: nouns
    r"(?:(?<=修订)|(?<=制定)|(?<=修改)|(?![和并及]?(?:健全|完善)))"
    r"(?!率|时限|期限|主体|过程|全过程|全覆盖|机关(?!干部|党员|人员|工作人员|职工|科室|中层|青年|全体|各|负责人)|结果|情况(?!说明|通报)|工作(?!证|手册|服|站|室|组))"  # 完成率, 答复时限, 答复工作: nouns
    # a time frame (政策制定中, 文件出台前, 审查时): when the work is done, not a deed
    r"(?!中(?!心|央|国|小学|学|考|医|药|介|华|层|青年|长期|秋|老年|职|小企业|[等型级队]|[英越俄日韩朝老缅泰蒙哈法德葡西阿外]|[山江牟卫])|前|之前|时(?!限|间|效|代))"
    # the work appraised (信息发布及时准确, 设备配备到位、使用规范, 文书制作规范、用语准确,
    # 发布规范透明); 规范 alone after a verb is a verb too (清理规范,)
    r"(?!(?:及时|准确|到位|高效|有序|顺畅|透明|(?:严格)?依法依规)(?:[、,。;:]|$)|规范(?:、|及时|准确|高效|有序|透明))"
)


def _deed_verbs(verbs: tuple[str, ...], after: str = "") -> re.Pattern[str]:
    """A deed verb not framed as a task or habit, nor a noun, nor negated (不审核不出台).
    The verbs are looked for
    first (a lookahead the engine checks by first character), the 72 lookbehinds of the
    framing adverbs only where a verb stands: three times faster than testing every
    position against every adverb."""
    alternatives = "(?:" + _verbs(verbs) + ")"
    return re.compile(
        f"(?={alternatives})(?<![、不]){_NOT_AFTER}{alternatives}{after}{_NOT_A_NOUN}"
    )


# a verb in a list of nouns (规范性文件制定、审核、备案; 执法证件申领和审验) names a step
# an object that names no thing (推出了一系列…举措, 推出…等多种解读形式) reports no act; a
# count (十条措施) or a list (预约办、延时办等便民措施) names things
_STRONG = _deed_verbs(
    _STRONG_DEEDS,
    # (组织…深入学习: study as a habit, a deed only as a weak verb is, with its specifics)
    after="(?!(?<=组织)[^,。;]{0,10}深入学习)"
    "(?!(?:[、和及与][^,。;、]{2}){1,12}(?:[,。;、等]|工作|$))"
    "(?!了?[^,。;\\d一二三四五六七八九十百千两]{0,16}?(?:一批|一系列|系列|多项|多种|各类|各项|若干)"
    "[^,。;]{0,10}?(?:举措|措施|做法|形式|手段)(?=[,。;、]|$))",
)
# 调解室, 宣传员, 调解工作室, 宣传品牌: nouns
_WEAK = _deed_verbs(_WEAK_DEEDS, after="(?![、室员]|工作室|品牌)")
# A concrete act done sternly or by law (从严查处, 严厉查处, 依法查处): a stance, a deed only as a
# weak verb is (疫情防控期间,依法从严从快查处…, 依法查处某药店销售过期药品案; not 本局…从严查处
# 耕地“非农化”违法行为), and a noun like the others' (从严查处力度, 从严查处机制).
_STERN = re.compile(
    "(?:从严|严厉|依法)(?:从快|从重|依法)?(?:"
    + _verbs(_STRONG_DEEDS)
    + ")(?![^,。;]{0,2}力度)"
    + _NOT_A_NOUN
)
# When, where, who or what exactly: a time of the year, a count, a place, a named body,
# event or document, or a named actor opening the sentence (县医保局…, 区政府常务会议…).
# 局 of a bureau, not of 全局, 大局, 格局; further body suffixes (公证处, 档案馆, 电视台 but not
# 平台, 前台, 后台; 领导小组), shared by the actor and the named-body tests
_BUREAU = "局(?<![全大格]局)"
_MORE_BODIES = "(?:公证|办事|管理|法制)处|馆|台(?<![平后前]台)|小组|管理区"
# The unit naming itself (本局, 我局, 我镇, 该局, 局党组, 局机关) says no more than "we"
# (every sentence of a report may open so): 我镇开展… is as specific as 开展…; but not
# the start of a body's full name (本区司法局, 我县市场监管局).
_SELF = (
    r"(?:[我本该](?:镇|乡|街道|局|委|办|县|区|市|所|院|单位|部门)|局(?:党组|机关|领导|班子))"
    r"(?![^,。;]{0,8}?(?:局|委员会|政府|法院|中心|办公室))"
)
# 法治政府, 数字政府 …: a concept of government, no body that acts
_CONCEPT_GOVERNMENT = "".join(
    f"(?<!{kind}政府)" for kind in ("法治", "数字", "服务型", "阳光", "诚信")
)
# Every deed verb, strong or weak: what acting looks like (an actor's next word, a verb
# phrase that is no body's name)
_DEED_WORDS = "|".join((*_STRONG_DEEDS, *_WEAK_DEEDS))
# A county, banner, district or city named by its proper name (玛曲县, 乌审旗, 白银区):
# not the common nouns ending so (社区, 园区, 辖区, 城市, 超市) nor a count or "all" (全县,
# 两县, 各区), nor one alone (县开展…: 我县)
_NAMED_PLACE = (
    r"(?<=[\u4e00-\u9fff])"
    "(?:(?:县|旗)(?<![全本我该各每多两三县区市省州镇乡][县旗])|"
    "区(?<![全本我该各每多两三县区市省镇乡社园景辖片街小牧山库矿范验发护能老灾校专务盲误禁点地新分]区)"
    # (a district named …城区 or …州区, not the town's urban area: 老城区, 中心城区, 各市州区)
    "(?<![老主新心旧内外全本该各两三近远城县市镇]城区)(?<![自治全各市本该]州区)|"
    "市(?<![全本我该各每多两三县区市省州城都超集上门夜股]市))"
    # acting at once (白银区将…, 玛曲县与…建立…), not the first word of a body's name
    "(?=在|与|将|对|把|以(?![上下内外来后前])|通过|依托|结合|先后|率先|探索|联合|会同|从|向|已|于|依法|全面|深化|推动|推进|严格|积极|创新|首创|持续|集中|"
    + _DEED_WORDS
    + ")"
)
_ACTOR_FIRST = re.compile(
    # (not a state to reach: 实现全区各街道…全覆盖 names a goal, no body)
    r"\s*(?!实现|力争|争取)(?!"
    + _SELF
    + r")(?:[^,。;:\s]{0,12}?(?:"
    + _BUREAU
    + r"|委|厅|办|所|院|庭|队(?!伍)|中心|(?<!网)站(?!式)|法院|检察院|"
    r"政府" + _CONCEPT_GOVERNMENT + r"|党组|党委|"
    r"会议|常委会|委员会|公司|协会|街道|镇里|乡里|村里|县里|区里|市里|"
    + _MORE_BODIES
    + r"|"
    + _NAMED_PLACE
    + r"))"
    r"(?!信息|网站|门户|部门|工作|职能|规章|采购|购买|投资|服务|热线|公开|法律顾问)"  # a modifier
)
# Places work goes into (进企业, 走进社区, 深入建筑工地): where a deed happened
_PLACES_GONE_INTO = (
    "(?:企业|社区|机关|校园|学校|农村|乡村|村|家庭|单位|军营|寺庙|工地|医院|卫生院|景区|市场|园区|"
    "车间|牧场|牧区|大学|田间|农户|商户|林场|农场|渔港|矿区|厂区|牧业村)"
)


# Those a public service is for, named as the ones able to use it
_USERS = "群众|当事人|企业|居民|申请人|执法人员|村民|市民|纳税人|经营者"


def _people_along(verb: str, people: str, doing: str, reach: int) -> str:
    """People a verb brings to one piece of work (邀请人大代表参与…, 组织学生参观…), the verb
    not framed as a habit or a task (定期邀请, 广泛组织): looked for first, as
    ``_deed_verbs`` does, and the framing adverbs looked behind it only where it stands."""
    return (
        f"(?={verb}){_NOT_AFTER}{verb}[^,。;]{{0,12}}?(?:{people})"
        f"(?=[^,。;]{{0,{reach}}}(?:{doing}))"
    )


_SPECIFIC = re.compile(
    r"全年|年内|今年|本年|上半年|下半年|年初|年中|年底|岁末|一季度|\d{1,2}月|期间|以来|当天|当日|"
    r"(?:春|夏|秋|冬)季(?!学期)|汛期|农闲|前夕|节(?:日|假日)?前(?![后夕])|(?:敏感|重要|关键)节点(?:前|期间)|节庆(?:前|期间)|(?:借|借助|趁|利用)[^,。;]{1,10}节(?<![环季关章细调礼时]节)(?![约点能奏])|暑期|暑假|寒假|开学(?:前|初|季|第一课)|"
    # an event given its theme (以“宪法进万家”为主题), a matter consulted on (就…改造听取意见)
    r"以“[^”]{2,30}”为主题|就[^,。;]{2,20}(?:听取|征求|征集)[^,。;]{0,16}意见|"
    # a named day or week (结合“世界水日”开展…), a law just in force (…促进法施行后), a trip
    # (赴监狱开展警示教育), households visited (入户普法), a prize quiz held
    r"“[^”]{1,12}[日周]”|(?:法|条例|规定|办法)》?(?:施行|实施|颁布|出台)(?:后|之际|以来)|"
    r"入户(?=宣传|普法|走访|讲解|发放|排查)|"
    # work gone through item by item (逐户走访, 逐条把关, 逐案复盘): each case was handled
    r"逐项(?=[^,。;]{0,2}(?:整改|纠正|核查|核实|清理|销号|答复))|逐(?:户|条|案|村|家|人|件|份)(?=[^,。;]{0,2}(?:进行[^,。;]{0,2})?(?:走访|把关|审查|审核|核查|排查|复盘|剖析|上门|登门|"
    r"入户|释法|回访|化解|纠正|整改|核实|比对|研判|清理|约谈|提出|出具|答复|反馈|评查|听取|征求))|"
    # a stretch of road or river named (滨河路沿线, 国道318线沿线)
    r"沿线(?<=[^\s,。;、]{2}[路街河江渠道线]沿线)|"
    # a case named with its party kept anonymous (查处某药店销售过期药品案)
    r"某(?!些|种|类|方面|一)[^,。;]{1,30}案(?!例)|"
    r"《[^》]{2,40}》|(?:公布|公开|发布)(?<!信息..)(?<!政务..)(?<!主动公开)[^,。;]{0,20}(?:清单|目录|名录)(?![^,。;]{0,4}(?:管理|制度|机制))|"
    # a matter gone through from the sentence's start (对…栏目进行清理; not a body's duty
    # described: 法制审核机构对…进行审查)
    r"^\s*对[^,。;]{2,24}进行(?!工作)|"
    r"对(?<![针面相绝]对)[^,。;]{2,24}开展(?!工作)|宣传[周月日]|宪法日|(?:权益|禁毒|安全教育|减灾)日|[日周月]期间|(?:开放|活动|教育|纪念|主题|公开)日|\d{1,2}·\d{1,2}|[日节](?:前后|当天)|(?:灯会|庙会|集会|晚会)[上中]|"
    # a place the work went into (民法典进企业宣讲, 走进乡镇卫生院)
    r"(?:(?:走进|深入)[^,。;]{0,4}|进(?<![推促引增先改精跟演挺前]进))" + _PLACES_GONE_INTO + "|"
    # items made public, listed (公开…招生政策、划片范围和招生结果)
    r"(?:公开|公布|公示)(?!栏|化|透明|公正|招聘|征求)(?![^,。;]{0,50}等[^,。;]{0,4}(?:领域|方面)的?信息)[^,。;]{0,20}(?:、|及)[^,。;]{0,30}(?:情况|结果|标准|范围|政策|项目|名单|进展|明细|依据|方案|计划|限额|余额|预算|决算)(?=[,。;、和及以并]|$)|"
    # an audience named for one action (面向外来务工人员开展…, 针对外卖骑手、快递小哥开展…)
    r"(?:面向(?<!积极面向)(?<!主动面向)(?<!广泛面向)[^,。;]{2,16}|针对[^,。;]{2,16}、[^,。;]{1,12}|"
    r"针对[^,。;]{0,10}(?:骑手|快递员|农民工|学生|青少年|老年人|妇女|儿童|渔民|牧民|驾驶员|司机|商户|"
    r"个体户|外来务工人员|新就业形态劳动者|残疾人|退役军人))开展|"
    # a trip (到…现场, 赴监狱开展警示教育, 到…法院观摩庭审; not 直到, 达到)
    r"(?:赴|(?<![直达])到)(?:[^,。;]{0,6}现场|[^,。;]{1,10}(?=开展|参观|接受|学习|旁听|观摩|调研))|"
    # the named channel something was published through (通过县政府门户网站向社会公开;
    # not 通过网站、新媒体等平台: the forms of work)
    r"通过(?![^,。;]{0,20}等)[^,。;]{2,20}(?:网站|平台|公众号|客户端|小程序|公开栏|公告栏|电视台|广播|"
    r"新媒体|微博|融媒体)"
    r"(?=[^,。;]{0,8}(?:公开|公布|公示|发布|推送|解读|通报))|"
    # where a reform was introduced (在住房公积金业务中推行…)
    r"在[^,。;]{2,16}推行|"
    # a partner and a matter named (与相邻的花桥镇就交界区域排污问题开展…), a festival's
    # days (春节返乡高峰, 中秋前后)
    r"与[^,。;]{2,12}就[^,。;]{2,20}(?:开展|召开|举行|签订|达成|进行)|"
    r"(?:春节|元旦|国庆|中秋|端午|清明|重阳)(?:前|前后|期间|假期|返乡|当天|之际)|返乡高峰|"
    # who now does the work, named in a later clause (推行信访代办制,由村干部代办群众诉求;
    # not 推动…由被动处置向主动发现转变)
    r"[,;][^,。;]{0,12}?由(?<![自来理缘]由)[^,。;向]{2,16}?(?:负责|牵头|参与|代办|帮办|联系|包案|包联|审核|审查|把关|承办|"
    r"化解|调解|接待|坐诊|坐班|担任|逐[条件案])|"
    # partners named with the one acting (联合税务、人社等部门开展…, 邀请县农经站参与…)
    r"(?:联合|会同|邀请|组织|协调|携手|商请)[^,。;、]{2,8}、[^,。;]{1,16}?(?:部门|单位|机构|站|所|局|协会|商会)|"
    # people invited to take part (邀请人大代表参与…论证, 邀请法官讲解…), or taken to see
    # or inspect a place (组织中小学生参观…基地; not a form of training such as
    # 组织执法人员观摩庭审)
    + _people_along(
        "(?:邀请|安排)",
        "代表|委员|专家|教授|学者|律师|法官|检察官|骨干|法律顾问|监督员|调解员|民警",
        "参与|参加|担任|列席|旁听|观摩|评议|讲解|讲授|解读|授课|走进|随同|为|对|现场",
        4,
    )
    + "|"
    + _people_along(
        "组织",
        "代表|委员|干部|学生|律师|明白人|网格员|调解员|执法人员|工作人员|职工|村民|居民",
        "参观|视察|走进|参与",
        2,
    )
    + "|"
    # what people can now do with a service in place (当事人可通过扫码核验…, 企业作出承诺即可
    # 领证): not a purpose (让群众在家门口就能…) nor something merely enjoyed (享受)
    + f"(?={_USERS})(?<![让使])(?:{_USERS})"
    r"[^,。;让使]{0,12}(?:即可|就能|可通过|可随时|便可)[^,。;享]{0,10}"
    r"(?:查|核验|签收|领取|提交|申请|查阅|咨询|办理|领证|提问|反映|参与|验真)|"
    # an event held (开展…专题培训), not a form of work named (通过专题讲座等形式)
    r"(?=[专集开知培研座推现观报宣讲模辅考演征履比技述汇巡文案卷有])(?<!通过)(?:(?:专题|集中)(?:培训|讲座|辅导|研讨|学习会|学习|会议|宣讲)|"
    # a campaign held, not as a habit (定期组织开展…专项检查)
    + _NOT_AFTER
    + r"开展[^,。;]{0,20}专项(?:整治|行动|检查|治理|清理|执法|抽检|整顿|督查)|知识测试|培训班|研讨班|座谈会|推进会|现场会|观摩会|"
    r"报告会|宣讲会|讲座|模拟法庭|辅导报告|考试(?!制度)|宣誓|知识竞赛|知识竞答|演讲比赛|征文比赛|履职评议|比武|(?:文书|案卷|卷宗)评比|有奖(?:问答|竞猜|知识竞赛)|技能竞赛|现场述职|述职评议|汇演|巡演)(?![^,。;]{0,8}等(?:形式|方式|途径|载体))(?!制度|机制)|"
    r"“[^”]{2,20}”[^,。;“]{0,8}(?:活动|行动|比赛|竞赛|大赛|讲座|论坛|培训|宣讲|巡讲|展演|晚会|展览|观摩|评议|工作室|驿站|专栏|栏目|专区|夏令营|冬令营|研学)|"
    r"“[^”]{0,20}(?:驿站|一条街|广场|长廊|公园|书屋|基地|工作室|调解室|服务站|问答库|案例库|夏令营|冬令营)”|"
    r"(?:(?:在(?!线)|沿|逢(?!集))[^,。;]{0,16}(?:基地|大厅|广场|集市|公园|站台|学校|社区|村|企业|窗口|网站|商圈|大厦|车站|码头|医院|"
    r"田间|地头|院坝|农家|集日|圩日|大集|渔港|海岛|渔村|牧场|步道|绿道|水域|湖区|河段|河道|水库|海域|林区|矿区|道路|平台|专栏|栏目|公众号|工地|园区|景区|车间|牧区|嘎查|小区|路段|市场|商场|"
    r"超市|显示屏|电子屏|电视台|礼堂|讲堂|中学|小学|高校|幼儿园|卫生院|医疗机构|出入口|路口|服务网|政务网|门户|现场|"
    + _BUREAU
    + r"|大学|直播间|电台|街区|主干道)|"
    # (not a topic named by a place word: 在维护市场秩序…方面, 在优化企业发展环境上)
    r"在全(?:州|市|县|区|旗|镇|乡|街道)(?!上下|范围内形成))"
    r"(?!治理|建设|工作|发展|振兴|管理|秩序|主体|环境|监管|准入|经济)|"
    # a named body doing general work (区司法局开展…): any word before its suffix will do,
    # so one character is looked behind instead of trying every run of up to eight
    r"(?=[局委所院庭大中支办工服协法检公党处管馆台小])(?<=[^\s,。;、我本该])(?:"
    + _BUREAU
    + r"|委|所|院|庭|大队|中队|支队|中心|委员会|办公室|工作站|服务站|协会|法院|"
    r"检察院|公司|党校|办(?<=[法治访府]办)|"
    + _MORE_BODIES
    + r")(?=[^,。;等]{0,3}(?:"
    + "|".join(_WEAK_DEEDS)
    + "))"
)


_COUNTS_OF_ONE = ("一支", "一份", "一项")  # see is_specific


def is_specific(sentence: str, actor: bool = True, count_batches: bool = True) -> bool:
    """Says when, where, who or what exactly: a time, place, named body, event or
    document, an actor opening the sentence (unless not ``actor``), or a count (a
    quantified claim; 一支, 一份, 一项 aside, and 一批 unless ``count_batches``: it counts what
    was done, 化解一批积案, but says nothing of how much an outcome claimed covers)."""
    ones = _COUNTS_OF_ONE if count_batches else (*_COUNTS_OF_ONE, "一批")
    unquoted = _QUOTED_NAME.sub("“名”", sentence)  # “最多跑一次” counts nothing
    return bool(
        _SPECIFIC.search(sentence)
        or (actor and _actor_at(sentence, _frames_end(sentence)) is not None)
        # a team of one (打造了一支…队伍), one answer sheet or one standing rule (交出了一份
        # …答卷, 成为一项固定制度) is no count of anything done, nor is "every one" (让每一项
        # 决策都…)
        or any(
            not m.group().startswith(ones) and unquoted[m.start() - 1 : m.start()] != "每"
            for m in CLAIM.finditer(unquoted)
        )
    )


def _frames_end(sentence: str) -> int:
    """Where the sentence's first clause that is not a scene-setting frame (为…, 针对…,
    在…中) begins: 为增强普法吸引力,县普法办组织… opens with its actor all the same."""
    at = 0
    for clause in _CLAUSES.finditer(sentence):
        if not _FRAME.match(clause.group()):
            break
        at = clause.end() + 1
    return at


_ANY_VERB = re.compile(_DEED_WORDS)


def _actor_at(text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
    """A body opening ``text`` at ``pos`` (县医保局…, 区政府常务会议…), read no further
    than ``endpos``; not a verb phrase that happens to end in one (加强政府…, 打造公开
    透明政府)."""
    m = _ACTOR_FIRST.match(text, pos, len(text) if endpos is None else endpos)
    if m and not _ANY_VERB.search(m.group()) and not _TASK_CLAUSE.search(m.group()):
        return m
    return None


# Perfective and completion wording: the sentence reports what was done.
# A way of serving or working reached (…实现全覆盖, …实现跨省通办, …实现了证照信息互认)
_ARRANGEMENT = (
    r"(?:全覆盖|到位|合一|联办|通办|代办|帮办|互认|一次办|网上办|打包办|联动办|集中办|"
    r"掌上办|不见面|零跑腿|无纸化|电子化|不间断|容缺|在线(?:申办|办理|办)|共享|就近办|一门受理|"
    r"一窗受理|并联审批|一站式|一网通办|全程网办|同步办|网上(?:申报|审批|受理|运行|提交|申请|办理|流转)|全过程(?:使用|记录|留痕)|"
    r"移动端办理|视频连线|联网|线上|实时|统一(?:行使|受理|管辖|办理)|"
    r"(?:目录|清单|台账|网格|信息|电子|数字)化(?:管理|归档|办理))"
)
# Nothing of a kind happened (未发生…, 没有出现…)
_NOTHING_HAPPENED = "未再?(?:出现|发生)|没有(?:出现|发生)"
_DONE = _compiled(
    r"了(?<![为除]了)(?<!结事了)(?<!的多了)(?<!的少了)(?!然|算|就(?!业|医|学|近|地|餐|诊)|解(?!读|答|决(?!策)))"
    # (a gain claimed in general: 法治素养有了新提升)
    r"(?!(?<=有了)(?:新的?|明显的?|显著的?|较大的?|很大的?|长足的?|进一步的?)?(?:提升|提高|增强|改善|进步|加强|发展|变化))|"
    r"(?:删|清|去|排|拆|消|免|废|剔)除了|已经?|先后|相继|完成|"
    + _verbs(("建成",))
    + r"|实现了|均已|累计|共计|"
    r"全年(?<!(?:谋划|部署|统筹|安排)全年)|年内(?<![一二两三四五六七八九十\d]年内)|"
    r"形成(?:了)?(?:书面|法律|审查|审核|论证)[^,。;]{0,4}(?:意见|报告)|形成(?:了)?[^,。;]{0,12}(?:报告|纪要|汇编|范本|流程图|指引|专报|简报|清单|目录)(?![^,。;]{0,6}(?:机制|制度))|"
    r"(?:讨论|审议|研究)通过|顺利通过|通过[^,。;]{2,14}(?:复核|验收|评审)(?=[,。;]|$)|截至|今年以来|"
    # not the first offence a standing practice speaks of (对首次轻微违法行为坚持…)
    r"(?:首次|第一次)(?![^,。;]{0,40}(?:" + _STANDING_WORDS + "))|"
    # a date the step was taken on (年度报告于3月31日前在门户网站发布)
    r"于(?:20\d\d年)?\d{1,2}月|(?<!前)(?:全部|均|都)经过?(?!得起|不起|受)|"
    r"经(?<![须需应要]经)[^。;]{1,30}后,?[^,。;]{0,12}(?:实施|公布|印发|出台|施行|执行|发布|化解|解决|办结|息诉)|"
    r"由[^,。;]{1,20}(?:调整|提高|降低|扩大|缩短|增加|放宽)(?:为|到|至)|"
    # a standard or a procedure changed (…标准调整为…, …认证改为“静默认证”)
     + r"(?=[调改变合])" + _NOT_AFTER + r"(?:调整|改(?<![整修批]改)|变更|合并)为|"
    r"(?:统一|全部|均)纳入[^,。;]{0,16}范围|"
    # a service carried out to every place or to named ones (受理点延伸至所有乡镇司法所), or
    # handed down to where people live (高频事项下放至村(社区)办理)
    + r"(?=[延拓扩下])"
    + _NOT_AFTER
    + r"(?:(?:延伸|拓展|扩展)(?:至|到)(?:所有|全部|全县|全区|全市|全镇|各|[^,。;]{2,12}、)|"
    r"(?:下放|下沉)(?:至|到)[^,。;]{0,6}(?:村|社区|乡镇|街道|便民服务))|"
    # …and its reach stated (活动覆盖全县所有宗教活动场所), not as a goal (实现…全覆盖)
    + r"(?=覆)"
    + _NOT_AFTER
    + r"(?<![要须应将能可])覆盖(?:了)?(?:全县|全区|全市|全镇|全乡|全旗|辖区)?(?:所有|全部)|"
    # a level or change reached, advice taken
    # what came of a step handed on (督查结果在全系统通报, 述法报告在区政府网站公开): a
    # clause that reports its outcome, not as a habit (…及时向社会公开)
    r"(?:结果|意见书?|名单|报告|记录|案例)(?:已|均|全部)?(?:在|向|于|由)"
    r"[^,。;及定]{1,12}?(?:通报|公布|公开|公示|存档|归档|反馈|上报|报送|印发|发布)|"
    # a qualification obtained (取得公职律师证书)
    r"取得(?:了)?[^,。;]{0,10}(?:证书|资格证?|执法证)|"
    r"为零(?!容忍)|为0(?![\d.])|实现零|零上访|无一(?:被|起|例|件)|(?:组建|建成|挂牌)到位|"
    # a measurable change, not a disposition claimed (…法治意识明显增强, …能力明显提升)
    r"明显(?<!(?:意识|素养|能力|观念|理念|氛围|效能|效果|形象|作风|面貌|风气|素质)明显)(?:减少|提高|提升|改善|下降|增强|好转|降低)|(?:均|全部|已)被采纳|"
    r"(?:较上年|同比)[^,。;]{0,6}(?:下降|减少|提升|提高|增长|增加|缩短)|"
    # a state reached, said of its subject (…核准事项实现帮办代办, …实现村级法律顾问全覆盖);
    # opening a sentence it is a goal, after a comma the purpose of the clause before
    # (着力推进…,实现更多事项网上办), unless it names the places covered
    + r"(?=实现)"
    + _NOT_AFTER
    + r"(?<=[^,;:])实现[^,。;]{0,30}"
    + _ARRANGEMENT
    + "|"
    + r"(?<=[,;:])实现[^,。;]{0,16}(?:村|社区|乡镇|街道|镇|部门|单位|企业|县区|学校|网格|站所|窗口|"
    r"领域|行业|中心)[^,。;]{0,16}(?:全覆盖|到位|合一)|"
    r"(?:调整|提高|降低|扩大|放宽|缩短)(?:为|至)[^,。;]{0,20}\d|"
    # moved into a platform (整合进“掌上办”专区), a trip or an interview made, a review passed
    r"(?:整合(?:进|到|至)|集成到|接入|并入|迁入|汇入|嵌入)[^,。;]{0,16}(?:平台|系统|专区|专栏|网站|大厅|App|APP|小程序|移动端|客户端)|"
    r"赴[^,。;]{1,20}(?:考察|学习|调研|交流)|接受[^,。;]{0,8}(?:专访|采访|访谈)|"
    # a trip into a studio, not as a habit (每月走进直播间)
    + r"(?=走进)"
    + _NOT_AFTER
    + r"走进(?<!每周走进)(?<!每季度走进)[^,。;]{0,12}(?:直播间|演播室|电台|电视台)|"
    r"通过(?<![以并]通过)[^,。;]{0,8}(?:验收|认证|评审|复核)|率先|首创(?!精神|性)|成功(?!率)|获批|挂牌(?!督办)|揭牌|上线(?<!线上线)(?!下)|投入使用|通过了|"
    r"(?<!前)(?:全部|均|都)(?:已|按时|按期|如期|依法|及时)?(?:向社会)?(?:参[加考训]|亮证|持证|承担起|移送|进行|举行|上传|迁移|签订|接受|设置|设立|开设|完成|实行|纳入|公开|公布|办结|答复|到位|整改|通过|覆盖|"
    r"公示|兑现|归档|立卷归档|存档|投保|划转|配备|配齐|录入|提交|清零|清除|拆除|取缔|办理|化解|调解成功|张榜公[示布]|安排|佩戴|缴入|上缴|载明|写明|改用)|"
    r"(?:全部|均)在[^,。;]{1,12}(?:公示|公开|公布|提交|办结|答复|完成|履行|执行|兑现)|(?:原告|申请人|当事人)[^,。;]{0,4}撤(?:诉|回)|"
    # a petition settled for good (信访人息诉罢访)
    r"(?:信访人|上访人|当事人|申请人|涉事群众)[^,。;]{0,4}(?:息诉罢访|息访罢诉|息诉息访)|"
    # a step taken formally (正式承接…执法权限, 正式启用…平台)
    r"正式(?:承接|启用|运行|上线|成立|施行|挂牌|开通|投用|投入使用|接手|(?:对外|向社会|对公众|向公众)?开放)|"
    r"(?:进入|步入|转入)常态化|"
    # a matter put right to the end, or chosen by vote (…联合整治到位, …由居民代表会议票决产生)
    r"(?:整治|整改|清理|拆除|清运|处置)到位(?!率)|票决(?:产生|确定|通过)|"
    # a reform in place (行政复议体制改革落地,…), not one pushed towards it (推动改革落地)
    r"(?<![动进快保促])改革(?:正式|顺利|全面)?落地(?=[,。;]|$)|"
    # a function or a demand given up (部门不再保留复议职能, 不再要求群众提供…证明)
    r"(?<![将要应须能可])不再(?:保留|承担|行使|设立|收取|要求[^,。;]{0,8}提(?:供|交))|"
    r"未发现|(?:未再?|没有)(?:接到|收到)[^,。;]{0,12}(?:投诉|举报)|"
    + _NOTHING_HAPPENED
    + r"|无一起|零发生|"
    # nothing of a kind happened (…全部履行到位,无拒不履行情况发生)
    r"无(?!一)(?<=[,;]无)[^,。;]{1,12}(?:情况|现象|事件|案件)发生|"
    r"得到(?:了)?(?:及时|有效|妥善|依法|实质性)?(?:纠正|纠治|整改|化解|解决|落实|处理|兑现)|受到(?:了)?处理|"
    # a review decided (对…复议案件作出责令履行决定)
    r"作出(?:了)?[^,。;]{0,10}(?:维持|撤销|变更|确认违法|责令履行|驳回)[^,。;]{0,4}决定|"
    r"共(?=[\d"
    + CN_DIGITS
    + r"])|(?=[降下减])(?<!要)(?<!力争)(?:降至|降为|降到|下降至|下降到|减少到|减少至)|"
    r"经(?<![须需应要律]经)[^,。;]{1,20}(?:审议|讨论|研究|审查|表决)(?:决定|通过)"
)
# A disposal (将…纳入年度考核, 把…合并成综合窗口, 将…延伸到社区): what a body did when one
# opens the sentence (镇政府将述法情况纳入年终考核), a standing duty when none does (把依法
# 决策情况纳入干部考核, as padding is written).
_PUT_INTO = "(?:纳入|列入|列为)"
_OBJECT_MARKED = "(?:将|把)[^,。;]{2,30}"  # 将/把 and the object it puts first
_DISPOSAL = re.compile(
    _OBJECT_MARKED
    + r"(?:"
    + _PUT_INTO
    + r"[^,。;]{0,20}(?:考核|绩效|目录|清单|预算|台账|评价|范围|专题|议题|课程|必修课|必修内容|教材|教学|"
    r"学习内容|学习计划|培训内容|培训计划|思政课|第一课|“名”(?:平台|专区|系统)?(?=[,。;]|$))|"
    r"编成|编入|编进|合并成|合并为|整合成|整合为|集中到|集中至|"
    r"集中在|集中放在|统一在|搬到|搬上|搬进|(?:延伸|拓展|下沉)(?:到|至)|写入|写进)"
)
_NAMED_CASE = _compiled(
    r"荣获|获评|获得?[^,。;]{0,14}(?:称号|表彰|奖|荣誉|认定)|通报(?:表扬|表彰)|"
    r"(?:得到|受到)[^,。;]{0,16}(?:表扬|表彰)|经验[^,。;]{0,4}被[^,。;]{0,12}(?:推广|转发|刊发|采用)|"
    r"被?评为(?!基本合格|不合格|较差|差等|末等|后进)|入选|被[^,。;]{0,14}授予|命名为|被命名|"
    r"获[^,。;]{0,10}(?:一等奖|二等奖|三等奖|优秀奖|金奖|银奖)|"
    r"(?:位列|排名|名列|位居)[^,。;]{0,8}(?:第|前)[一二三四五六七八九十\d]+|(?:位列|名列|位居)[^,。;]{0,16}前(?:列|茅)|作[^,。;]{0,4}交流发言|典型发言|"
    r"被[^,。;]{0,16}(?:确定|列)为[^,。;]{0,20}(?:试点|示范)|优秀等次|"
    r"被[^,。;]{0,20}(?:专题报道|报道|转载|刊发|刊载|推介)|"
    r"获得?[^,。;]{0,8}第[一二三四五六七八九十\d]+名|(?:夺得|摘得|获得?)[^,。;]{0,12}(?:冠军|亚军|季军)"
)


# A named way of working put in place: 采取“…”把关模式, 推广应用“…”工作法; a standard
# system merely implemented (实行“前台受理、后台审批”模式) only when reported done (实行了).
_NAMED_PRACTICE = _compiled(
    r"(?=[采创探首推实建打])"
    + _NOT_AFTER
    + r"(?:(?:采取|采用|创新|探索|首创|推出|推广(?:应用)?)(?:了)?|(?:推行|实行|建立|打造)了)"
    r"“[^”]{2,30}”[^,。;]{0,6}(?:模式|工作法)"
)

# A clause that sets a task (优化…, 规范…, 深入落实…) rather than reporting one.
_TASK_CLAUSE = re.compile(
    r"\s*(?:[^,;:。]{0,6}?(?:要|将|并|同时|持续|不断|深入|全面|切实|积极|大力|着力|进一步|严格|扎实|"
    r"充分|有效|努力|认真|广泛|全力|牢固|重点))?"
    r"(?:加强|优化|规范|提升|提高|完善|健全|推进|推动|深化|强化|拓宽|拓展|落实|坚持|严格|"
    r"深入(?![^,;:。]{0,4}" + _PLACES_GONE_INTO + r")|"
    r"加大|加快|压实|夯实|筑牢|增强|确保|促进|构建|营造|发挥|树立|贯彻|统筹|注重|抓好|做好|"
    r"建立健全|维护|保障|倡导|尊重|支持|配合|回应|简化|精简|把握|牢牢把握|打好|打赢|巩固|守牢|守住|严把|把好|把牢|压紧|聚焦|围绕|打通|织密|拧紧|用好|抓实|抓细|抓牢|厚植|擦亮|激发|凝聚)|"
    # building something up as the clause's aim (着力打造…品牌, 大力培育…队伍)
    r"\s*(?:着力|全力|努力|大力|积极|持续|不断)(?:打造|建立|培育|培养|创建|建设|探索)"
)
_CLAUSES = re.compile(r"[^,;:。]+")
# What a frame names as the means of the work (以…为抓手, 以…为核心)
_FRAME_MEANS = "抓手|载体|契机|突破口|牵引|核心|主线"
# A clause that frames the others (以…为抓手, 围绕…, 依托…): neither a task nor a deed.
# 为 naming whom a deed served (为驻村工作队员举办培训班, 为企业提供…), not a purpose
# A talk given (为干部作…专题讲座)
_GIVES_A_TALK = "作(?=[^,;:。]{0,12}(?:讲座|报告|辅导))"
_FOR_WHOM = (
    "[^,;:。]{1,12}?(?:人员|队员|干部|群众|企业|单位|学校|师生|村民|居民|农民工|职工|老人|妇女|"
    "儿童|学生|当事人|商户|主体|户)(?:举办|提供|发放|送去|开设|配备|聘请|出具|编印|赠送|免费|审查|审核|讲解|解答|"
    + _GIVES_A_TALK
    + ")"
)
# 针对 naming the problem a deed answered in the same clause (针对…共性问题制发意见书)
_ANSWERED = "[^,;:。]{2,24}?(?:问题|现象|情况|漏洞|短板|风险)(?:制发|出具|发出|印发|制定|出台|召开|开展|组织|举办)"
_FRAME = re.compile(
    r"\s*以[^,;:。]{1,30}为(?:" + _FRAME_MEANS + r"|重点|引领|依托|平台|目标|主题)\s*$|"
    # 以考促公开、以评促提升: a purpose
    r"\s*以[^,;:。、]{1,6}促[^,;:。]{1,12}$|"
    # 围绕…内容, 依托“闽政通”App, 结合…宣传日: the scene of the deed that follows
    r"\s*(?:"
    + _SCENE_WORDS
    + r"|为了?(?!"
    + _FOR_WHOM
    + r")|针对(?!"
    + _ANSWERED
    + r"))[^,;:。]{1,30}$|\s*在[^,;:。]{2,24}(?:中|过程中|期间)\s*$|"
    # the object of the deed that follows (对执法程序不规范的部门,县政府予以通报)
    r"\s*对[^,;:。]{2,24}的(?:" + _ACTED_ON_WHOM + r"|对象|案件)\s*$|"
    # a connective standing as its own clause (此外,区综合行政执法局…; 与此同时,…)
    r"\s*(?:同时|此外|另外|与此同时|其中|期间|在此基础上|首先|其次|再次|最后|另一方面)\s*$"
)
# (not a compound noun before a slogan in quotes: 严把政策出台“法律关”)
# Verbs that make a document, and verbs that set up a body or a channel: read with a named
# document (_DOCUMENT_MADE), with what the body does next (_SET_UP) and, with a product's
# noun, beside a task (_PRODUCT_MADE).
_MAKES_DOCUMENT = "制定|修订|出台|印发|发布|编制|编印|制发"
_SETS_UP_BODY = "组建|成立|设立|开通|建成"
_DOCUMENT_MADE = _compiled(
    r"(?<!政策)(?<!文件)(?<!决策)(?:"
    + _MAKES_DOCUMENT
    + r"|转发|起草)(?:了)?[^,;:。的“”]{0,2}[《“]|形成(?:了)?《"
)


# A place or body set up (建立…调处化解中心, 新建…法律服务站): a deed, unlike a mechanism
# or system set up (建立…机制, a standing task).
_BODY_SET_UP = _compiled(
    r"(?<!探索)(?:建立|新建|共建|联建|合建|单设|增设)(?:了)?[^,;。]{0,20}?(?:中心|室(?<![科处教]室)|工作站|服务站|服务点|调解室|调委会|委员会|驿站|"
    r"法庭|基地|广场|长廊|公园|书屋|工作室|信息库|数据库|专家库|案例库|台账|档案)"
    r"(?![^,;。]{0,2}(?:建设|机制|制度|体系|管理))|"
    r"由[^,;。]{2,20}组成(?:了)?“[^”]{1,12}(?:队|团|组|室|站)”|"
    r"(?:抽调|选派|抽组)[^,;。]{1,20}组成(?:了)?[^,;。]{0,8}(?:组|队|团|专班)"
)


# A clause that opens by making a product (制定…处置办法, 印发…责任清单, 组建…执法大队,
# 开通…视频公证服务): the deed beside a task (规范…管理,制定…), where a task list's
# other tasks (优化审批流程,压缩办理时限) make nothing.
_PRODUCT_MADE = re.compile(
    "(?:" + _MAKES_DOCUMENT + "|" + _SETS_UP_BODY + "|公布|制作|推出)"
    r"(?:并[^,;。]{1,4})?(?:了)?"
    # (not a product only wished for: 推出更多便民服务, 制定科学合理的考核办法, 制定相应配套办法)
    r"(?![^,;。]{0,20}?(?:更多|更加|科学|切实|可行|相应|配套|喜闻乐见|统一的|完善|务实|管用|优质|"
    r"高效|精准|普惠|便民|利民|利企|合理|有效|必要|一系列|一批|强有力|高素质|专业化|暖心|全链条|"
    r"个性化|标准化|操作性|爱看|地方特色))"
    r"[^,;。]{0,20}?"
    r"(?:清单|名单|办法|细则|范本|文本|规程|流程|指引|方案|手册|目录|标准|大队|中队|执法队(?!伍)|小组|"
    r"委员会|专班|服务点|工作站|中心|服务|材料)"
)


def sets_tasks(sentence: str) -> bool:
    """A task list (优化…队伍结构,规范…工作,提升…水平): most of the sentence's clauses
    set a task, or half of them starting with the first. Deed verbs inside such a list
    describe duties, not deeds."""
    clauses = [c for c in _CLAUSES.findall(sentence) if not _FRAME.match(c)]
    if not clauses:
        return False
    # a clause opened by a deed verb reports it, whatever task words follow (制定并严格执行…)
    task = [bool(_TASK_CLAUSE.match(c)) and not _STRONG.match(c) for c in clauses]
    style = numbering_style(sentence)
    # An item heading glued to its paragraph (a page without line breaks): the first
    # clause may be 2.深化…工作优化…, a task behind the heading's words; and a part or
    # item heading's own tasks do not make its paragraph a task list (七、深化…,营造…落实…,
    # 制定…清单 reads as the paragraph does under a heading on its own line).
    if style and not task[0]:
        task[0] = bool(_TASK_CLAUSE.search(_TITLE.sub("《名》", without_number(clauses[0]))))
    if not _lists_tasks(clauses, task):
        return False
    return not (style and style != "cnis" and len(clauses) > 1) or _lists_tasks(
        clauses[1:], task[1:]
    )


def _lists_tasks(clauses: list[str], task: list[bool]) -> bool:
    """Do the clauses (``task``: which set a task) list tasks? Most of them set one, or
    half starting with the first and no other makes a product (规范罚没财物管理,制定罚没物品
    处置办法: a deed beside its task); a deed followed by its purpose (成立…委员会,统筹推进…)
    is no task list."""
    if 2 * sum(task) > len(task):
        return True
    return (
        task[0]
        and 2 * sum(task) >= len(task)
        and not any(_PRODUCT_MADE.match(c) for c, t in zip(clauses, task, strict=True) if not t)
    )


# How work is always done, or what a thing is, rather than what was done this year:
# 坚持每案必审, 常态化开展, 普遍建立, 始终…; 政府网站是政务公开的第一平台.
_PRACTICE = re.compile(_STANDING_WORDS)
# (not an item's marker: 一是组建由…组成的…)
_DEFINITION = re.compile(r"^[^,。;:]{1,24}?(?<![不就还也只一二三四五六七八九十])是[^,。;:]{0,30}的")


# Setting up a body or a channel, whose standing work may follow (组建…, 开通…, 聘请…).
_SET_UP = re.compile(
    "(?:" + _SETS_UP_BODY + "|新设|增设|开设|聘请|选聘|聘任|挂牌|揭牌|启用|上线|签订|签署|"
    "进驻|入驻|派驻)" + _NOT_A_NOUN
)


def describes_practice(sentence: str) -> bool:
    """A standing practice or a definition: no deed of the year, whatever verb follows.
    A concrete act in a clause before the practice is reported all the same (组建…执法
    中队,常态化开展巡查; 开通…账号,常态化发布…): the practice is what the new body does."""
    if _DEFINITION.search(sentence):
        return True
    if not _PRACTICE.search(sentence):  # most sentences: no need to mask names
        return False
    unquoted = _QUOTED_NAME.sub("“名”", sentence)
    practice = _PRACTICE.search(unquoted)
    if not practice:
        return False
    act = _SET_UP.search(unquoted, 0, practice.start())
    return not (act and _CLAUSE_END.search(unquoted, act.end(), practice.start()))


_NAMED_OBJECT = re.compile(
    _OBJECT_MARKED
    + r"?(?:"
    + _PUT_INTO
    + r"|作为|融入|贯穿)[^,。;并]*|以[^,;:。]{1,30}?为(?:"
    + _FRAME_MEANS
    + ")"
)


def _acted_before(sentence: str, opening: int, at: int) -> bool:
    """Does a body open the sentence (after its frames, which begin at ``opening``)
    before ``at``? 镇里把合法性审查列为…, 街道将矛盾纠纷化解纳入…: its acts."""
    return at > opening and _actor_at(sentence, opening, at) is not None


# A clause that states an aim (推动行政争议在复议环节得到有效化解, 确保…全部办结): its
# completion wording is the aim's, not a result reported. 推动了… reports one.
# The wording of a purpose or an aim (…,推动…; 确保…): what a clause is for, not done.
_PURPOSE_VERBS = "推动|促进|确保|保证(?!金)|保障|力争|争取|助推|助力|以便|倒逼"
_PURPOSE = r"(?:进一步|切实|有力|有效|努力|着力)?(?:" + _PURPOSE_VERBS + r")(?!了)"
_AIM_CLAUSE = re.compile(
    r"\s*" + _PURPOSE + "|"
    # a standing norm (凡属重大事项均经…集体研究; 重大事项均经…): what is always done
    r"\s*凡(?:属|是|涉及)|\s*重大(?:事项|决策|问题|决策事项)(?:均|都|一律)|"
    r"\s*重大[^,。;\d]{0,40}?(?:均|都|一律)经"
)


# What padding goes on to after a system or a disposal: its purpose or effect (…,推动…;
# …,形成…格局; …,自觉接受社会监督), not how it works
_AIM_NEXT = (
    r"\s*(?:" + _PURPOSE + r"|实现|提高|提升|以|帮助|激励|引导|保障|维护|防止|避免|形成|构建|"
    r"营造|使|让|切实|不断|进一步|作为|发挥|自觉|主动接受|做到|达到|同部署|同落实|与[^,。;]{1,8}同)"
)
# A mechanism set up and then described at work: with its rhythm or its people (建立舆情
# 监测研判机制,安排专人每日监测…; 建立涉企检查月报制度,每月汇总通报…), or in one last
# clause saying how it runs (建立…包案制度,疑难纠纷由县处级领导牵头化解): it runs. Padding
# goes on to a purpose (建立…机制,推动…; 建立…机制,对…及时研判,主动引导社会预期), says
# what the system serves as (审查意见作为决策的重要依据) or its creed (领导干部带头学法).
_MECHANISM_AT_WORK = re.compile(
    r"\s*[^,。;]{0,10}?(?<!未)建立(?![和并及]?(?:健全|完善))[^,。;]{2,30}?(?:制度|机制)[,;]"
    r"(?!" + _AIM_NEXT + ")"
    r"(?:[^。]*?(?:每[日周月季年天]|每季度|每半年|按[日周月季年]|专人|专门(?!化)|即时|实时|第一时间)|"
    r"(?!\s*[^将把,。;][^,。;]{0,10}作为)(?![^,。;]{0,6}带头)[^,。;]{4,40}。?$)"
)
# After a disposal opening with 将 (no body before it): the end of the sentence, or one more
# clause that is not what padding goes on to (将政务公开纳入考核,形成…格局; …,自觉接受监督)
_ONE_STEP_MORE = re.compile(r"[^,。;]{0,12}(?:[,;](?!" + _AIM_NEXT + r")[^,。;]{2,40})?。?$")

# A change or an outcome claimed (明显增强, 得到有效化解, 已成为常态, 发挥了…作用,
# 营造了…氛围): done when the sentence also says what was done (开展…抽查,重复检查明显
# 减少) or when, where, who or how much (全年信访总量明显下降); alone it is the stock
# self-assessment of a report (全民法治观念明显增强, 矛盾纠纷得到有效化解).
_OUTCOME = _compiled(
    # (实现了 opening the sentence, no one named: 实现了更多事项“掌上办”; elsewhere, a gain
    # or a manner with no one named to have done it: 实现了质效双提升, 实现了早发现、早处置;
    # not a way of serving reached: 实现了证照信息跨部门互认, 实现了“一网通办”; a step taken
    # gradually: 逐步建立了…体系)
    r"实现了(?<![^\s]实现了)|实现了(?![^,。;]{0,30}"
    + _ARRANGEMENT
    + r")(?![^,。;从由]{0,30}“名”[^,。;]{0,4}(?=[,。;]|$))|(?<=逐步建立|逐步完善|逐步健全|逐步构建|逐步形成)了|"
    # a change of outlook completed (完成了从“管理型”向“服务型”的转变)
    r"完成了?(?=从|由)|"
    r"明显|得到|受到|率先|已经?然?(?:在[^,。;]{1,8})?(?:逐步|逐渐|日益|日渐|渐渐|渐)?(?:成为|成了?|蔚然|形成|内化|从(?!严|重|快)|由(?=[^,。;]{1,20}(?:迈向|转向|走向))|(?:初步|基本)|(?:建立|构建|建成)起)|"
    r"(?<=有效..)了|(?<=做到)了|(?<=[^\s,。;:]更[^新换正改名替])了|(?<=更[^新换正改名替].)了|(?<=更加..)了|"
    r"(?:实现)?了[^,。;:]{0,30}?(?:作用|氛围|格局|风尚|新风|保障|局面|态势|统一|转变|诉累|"
    r"自觉|共识|成效|效果|之路|新路|路径|品牌|名片|表率|榜样|标杆|环境|基础|答卷|肯定|认可|好评|点赞|支持|理解|赞誉|台阶|底线|红利|"
    r"合力|闭环|经验|稳定|效能|质效|负担|舆论|支撑|现象|产生|发生|改观|畅通|严谨|信任|水平|能力|"
    r"意识|素养|质量|效率|(?:常态|规范|制度|程序|标准|精细|动态|长效|网格|信息)化(?:管理)?|规范运行|"
    r"可回溯管理|“最后一[米公里]+”)(?=[,。;:]|$)|"
    r"(?<=变成|变为|开成)了[^,。;:“]{0,4}“[^”]{1,20}”(?=[,。;:]|$)|"  # 变成了“硬杠杠”: a slogan's
    # 了 after a verb of effect (促进了依法行政, 保障了…知情权, 筑牢了…防线): an effect claimed
    r"(?<=促进|保障|维护|筑牢|织密|走上|发挥|营造|形成|减轻|赢得|确保|守住|打通|迈上|"
    r"贡献|释放|引导|夯实|凝聚|激发|彰显|树立|擦亮|拓宽|畅通|巩固|受到|感到|压实|"
    # (its metaphors: 注入了…动力, 底气更足了; 交出了…答卷 above)
    r"注入|书写|绘就|跑出|迈出|奠定|打下|开创|增添|厚植)了"
)
# A step claimed in the words of a task (健全了…机制, 加强了…) or of a service (提供了…,
# 杜绝了…): reported when a deed stands beside it, or its time, place, body or count is
# said. (实现了… is an outcome, ``_OUTCOME``, unless it names a way of serving reached.)
_CLAIMED = re.compile(r"(?<=健全|完善|构建|强化|加强|深化|优化|提供|杜绝|推动|探索)了")
# What may stand before a verb that opens its clause (我局先后组织…, 通过开展…, 会同公安
# 部门开展…, 对…开展…, 在…中推行…): the unit naming itself, adverbs, then at most one scene
# or coverb with its object, then adverbs. One scene, not a loop of them, so that the match
# takes linear time (a loop of lazy scenes tries every way to cut the span). A scene
# without 在 ends in 中 (城管执法中推行…): 网上, 线上 name a channel, not a scene.
_OPENING_WORDS = (
    "(?:今年以来|全年|年内|先后|相继|累计|共|联合|集中|通过|同时|并|还|又|及时|主动|专门|首次|"
    "已|均|逐一|分别)*"
)
_OPENS_CLAUSE = re.compile(
    rf"\s*(?:我们|{_SELF})?{_OPENING_WORDS}"
    r"(?:对[^,;:。]{1,20}?|在[^,;:。]{1,16}?(?:中|期间|上)|[^,;:。]{2,16}?中|"
    r"(?:会同|联合|督促|指导|组织|牵头|协调|协同)[^,;:。]{0,12}?)?"
    rf"{_OPENING_WORDS}"
)


def _actor_end(sentence: str, opening: int, limit: int) -> int | None:
    """Where a body opening the clause at ``opening`` ends (县司法局…), if one does
    before ``limit``; a verb phrase that ends in a body's word is none (加强政府…)."""
    actor = _actor_at(sentence, opening)
    return actor.end() if actor and actor.end() <= limit else None


def _clause_openers(sentence: str) -> list[int]:
    """Where a deed verb opens its clause (开展…抽查), after its actor, the unit naming
    itself, an adverb or a scene at most; not a verb used as a noun in a state described
    (依申请公开答复更加规范, 政务公开与政务服务深度融合). Found once per sentence: every
    check is bounded, so a page-long sentence costs linear time."""
    starts = sorted({m.start() for verbs in (_STRONG, _WEAK) for m in verbs.finditer(sentence)})
    openers = []
    for at in starts:
        opening = clause_start(sentence, at, max(0, at - CLAUSE_LOOKBACK))
        opening = _actor_end(sentence, opening, at) or opening
        if _OPENS_CLAUSE.fullmatch(sentence, opening, at):
            openers.append(at)
    return openers


def _deed_beside(sentence: str, openers: list[int], start: int, end: int) -> bool:
    """A deed verb (one of ``openers``) opening a clause near, but other than, the one
    holding sentence[start:end] (开展…抽查,重复检查明显减少)."""
    lo = clause_start(sentence, start, max(0, start - CLAUSE_LOOKBACK))
    hi = clause_end(sentence, end)
    before = bisect.bisect_left(openers, max(0, lo - CLAUSE_LOOKBACK))
    if before < len(openers) and openers[before] < lo:
        return True
    after = bisect.bisect_left(openers, hi)
    return after < len(openers) and openers[after] < hi + CLAUSE_LOOKBACK


# A body that acts in its clause: an adverb or coverb of action, or a deed verb, after it
_ACTS_AFTER_ACTOR = re.compile(
    "(?:在|对|向|与|联合|会同|牵头|先后|相继|率先|主动|全面|积极|认真|严格|切实|深入|持续|"
    "扎实|着力|大力|落实|推行|实行|实施|使用|采用|采取|推进|推动|加强|完善|将|把)|"
    + _ANY_VERB.pattern
)


# A clause that only says a body does its duty (切实履行执法监督职责): no act of its own
_DUTY_ONLY = re.compile(r"[^,。;]{0,6}?履行[^,。;]{0,16}?(?:职责|职能|义务)(?=[,。;]|$)")


def _acting_clause_end(sentence: str) -> int | None:
    """Where the sentence's first clause ends when a body opens it and acts there (县政府
    全面实施…, 街道在…中使用…), not names a state of its own work (街道综合执法工作运行
    平稳, 乡镇政府依法决策的自觉性…) or only its duty done (区司法局切实履行…职责): an
    outcome after it is of what the body did; in that clause the body is the outcome's
    subject."""
    opening = _frames_end(sentence)
    stop = _CLAUSE_END.search(sentence, opening, opening + CLAUSE_LOOKBACK)
    if not stop:
        return None
    actor = _actor_end(sentence, opening, stop.start())
    if (
        actor is None
        or not _ACTS_AFTER_ACTOR.match(sentence, actor, stop.start())
        or _DUTY_ONLY.match(sentence, actor, stop.start())
    ):
        return None
    return stop.start()


class _SentenceReading:
    """What the outcome and claim tests need of one sentence (``sentence`` with its names
    masked, ``original`` before), each read once, when first asked."""

    def __init__(self, sentence: str, original: str) -> None:
        self.sentence, self.original = sentence, original

    @cached_property
    def openers(self) -> list[int]:
        return _clause_openers(self.sentence)

    @cached_property
    def acting_end(self) -> int | None:
        return _acting_clause_end(self.sentence)

    @cached_property
    def specific_with_actor(self) -> bool:
        return is_specific(self.original)

    @cached_property
    def specific_without_actor(self) -> bool:
        return is_specific(self.original, actor=False, count_batches=False)

    def backs(self, at: int, end: int, outcome: bool) -> bool:
        """Is the outcome (or, unless ``outcome``, the claimed step) at sentence[at:end]
        reported done: a body acted in a clause before it, a deed opens a clause beside
        it, a claimed step's own clause opens with its actor, or the sentence is specific
        (the subject of an outcome is no actor)?"""
        if self.acting_end is not None and self.acting_end < at:
            return True
        if _deed_beside(self.sentence, self.openers, at, end):
            return True
        if outcome:
            return self.specific_without_actor
        opening = clause_start(self.sentence, at, max(0, at - CLAUSE_LOOKBACK))
        return _actor_end(self.sentence, opening, at) is not None or self.specific_with_actor


# 年内 describing what it counts (年内印发的文件), not a deadline
_OF_THE_YEAR = re.compile("[^,。;]{1,4}的")


def _deadline_end(sentence: str, original: str, done: re.Match[str]) -> int | None:
    """Where the clause ends that a deadline governs (着力推进…,年内完成…评估: 年内 in a task
    list, not describing what it counts); None when ``done`` is no such deadline."""
    if done.group() != "年内" or _OF_THE_YEAR.match(sentence, done.end()):
        return None
    return clause_end(sentence, done.end()) if sets_tasks(original) else None


# Nothing went wrong (未发生…) after work appraised in general (…工作扎实推进,同类问题
# 未再发生): a report's stock reassurance unless a step stands beside it. With its time or
# scope (全年未发生…, 全镇未发生…) or after a step it is the year's record.
_NOTHING_WRONG = re.compile(_NOTHING_HAPPENED)
_AFTER_APPRAISAL = re.compile(
    "(?:有序|有力|扎实|规范|平稳|稳定|好转|提升|提高|完善|到位|(?:扎实|有序|稳步|深入)(?:推进|开展))"
    "[,;][^,。;]{0,10}$"
)


def _reassures(sentence: str, at: int) -> bool:
    return bool(
        _NOTHING_WRONG.match(sentence, at)
        and _AFTER_APPRAISAL.search(sentence, max(0, at - 24), at)
    )


# Full coverage (…实现全覆盖) of what: places, bodies, people or things of a kind, a named
# programme, or a count (not 统一, 一体化: a count has its measure word)
_COVERED_SCOPE = re.compile(
    r"村|社区|乡|镇|街道|县|区|市(?!场)|旗|部门|单位|机关|机构|政府|学校|医院|企业|网格|站|所|窗口|"
    r"行业|领域|所有|全部|各(?!类|种|项|方面)|每|合同|协议|事项|文件|案件|案卷|决策|“名”|\d|"
    r"[一二两三四五六七八九十百千]+(?:个|家|所|级|类|项|名|支|条|户)"
)
_COVERAGE = re.compile(r"(?:已经?|全部|均)?实现了?[^,。;]{0,8}?全覆盖(?=[,。;、]|$)")


def _covers_unnamed(sentence: str, at: int) -> bool:
    """Full coverage claimed of work in general (执法人员培训轮训实现全覆盖, 调解组织网络已实现
    全覆盖): an outcome, reported when backed like one; coverage of places, bodies or
    things of a kind (村(社区)法律顾问实现全覆盖, 实现城乡全覆盖) is the year's result."""
    cover = _COVERAGE.match(sentence, at)
    if cover is None:
        return False
    # (the scope may stand in a clause before: 将乡镇执法人员纳入…计划,实现了培训全覆盖)
    return not _COVERED_SCOPE.search(sentence, max(0, at - 2 * CLAUSE_LOOKBACK), cover.end())


# A programme said to be finished in general, ending its clause (…标准化建设全面完成, …体系
# 基本建成); a body, a reform or a named task finished is a step (县行政复议服务中心基本建成)
_IN_GENERAL = re.compile("(?:体系|格局|机制|化建设|任务|目标)(?:全面|基本|顺利|圆满)$")
_ENDS_CLAUSE = re.compile("[,。;、]|而|且|$")


def _finished_in_general(sentence: str, at: int, end: int) -> bool:
    return bool(
        sentence.startswith(("完成", "建成"), at)
        and _ENDS_CLAUSE.match(sentence, end)
        and _IN_GENERAL.search(sentence, max(0, at - 8), at)
    )


def _reports_done(sentence: str, original: str) -> bool:
    """Completion wording (``_DONE``) outside the clauses that state an aim; an outcome
    (``_OUTCOME``) or a claimed step (``_CLAIMED``) only where ``_SentenceReading.backs``
    it (``original``: the sentence before its names were masked)."""
    reading: _SentenceReading | None = None  # most sentences claim no outcome: none made
    deadline_end = -1  # the end of the clause a deadline in a task list governs
    for m in _DONE.finditer(sentence):
        at = m.start()
        if at < deadline_end and not m.group().startswith(("了", "已")):
            continue  # what the deadline asks for (年内完成…)
        if (end := _deadline_end(sentence, original, m)) is not None:
            deadline_end = end
            continue
        outcome = (
            bool(_OUTCOME.match(sentence, at))
            or _reassures(sentence, at)
            or _covers_unnamed(sentence, at)
            or _finished_in_general(sentence, at, m.end())
        )
        if outcome or _CLAIMED.match(sentence, at):
            reading = reading or _SentenceReading(sentence, original)
            if not reading.backs(at, m.end(), outcome):
                continue
        elif m.group().startswith("了"):  # 推动解决了…: the aim reached
            return True
        if not _AIM_CLAUSE.match(
            sentence, clause_start(sentence, at, max(0, at - CLAUSE_LOOKBACK))
        ):
            return True
    return False


# A sentence opening with 将 and its object (将法治教育纳入党校主体班次必修课程): the
# report's own step, its actor left out as reports do; padding and plans put 把 (把依法决策
# 情况纳入干部考核) or a verb after 将 (将把…, 将推动…).
_PUT_FIRST = re.compile(r"\s*(?:[一二三四五六七八九十]是)?将(?![把要会])")
_INTO_ASSESSMENT = re.compile("考核|绩效|评价")

# A disposal followed only by its purpose (区政府将学法情况纳入干部考核,推动学法制度化):
# how a duty is framed, not a step reported with what came of it.
_PURPOSE_AFTER = re.compile(r"[^,。;]{0,12}[,;]\s*(?:" + _PURPOSE + r"|以)[^。;]*。?$")


def _disposal_done(unquoted: str, sentence: str, disposal: re.Match[str], opening: int) -> bool:
    """Is the disposal (将/把…纳入…) a step reported? When a body opens the sentence, or the
    sentence opens with 将 and its object and at most one clause follows that is not
    padding's purpose; 纳入…考核, padding's favourite (将普法工作纳入年度目标考核), only
    with its when, who or how much. Never when only its purpose follows."""
    if _PURPOSE_AFTER.match(unquoted, disposal.end()) or describes_practice(sentence):
        return False
    if _acted_before(unquoted, opening, disposal.start()):
        return True
    return bool(
        _PUT_FIRST.match(unquoted, opening, disposal.start() + 1)
        and _ONE_STEP_MORE.match(unquoted, disposal.end())
        and (not _INTO_ASSESSMENT.search(disposal.group()) or is_specific(sentence, actor=False))
    )


# A step reported done on time (按时发布…年度报告, 按期报送…): outside a task list or a
# standing practice (严格落实报告制度,按时报送…; 坚持…按期办结), where it is a duty's manner.
# (通过制作普法短视频、开展法治讲座等形式,推动…)
_FORMS_OF_WORK = re.compile(r"通过[^,。;]{2,40}?等(?:多种)?(?:形式|方式|途径|载体|手段|渠道)")
_ON_TIME = re.compile("(?:按时|按期|如期)(?:发布|公开|公布|报送|上报)")


def reports_deed(sentence: str) -> bool:
    """A completed concrete step: perfective wording, a verb of a concrete act not framed
    as a task or habit, or a verb of work in general with its time, place, body, event,
    document or count; in a task list, only perfective wording or a document made."""
    # a verb inside a quoted name (“诉调对接”, “最多跑一次”, “公开了”) reports nothing
    unquoted = _QUOTED_NAME.sub("“名”", sentence)
    if _reports_done(unquoted, sentence) or _DOCUMENT_MADE.search(sentence):
        return True
    acts = unquoted  # the sentence with the objects of standing disposals named away
    disposal = _DISPOSAL.search(unquoted)
    if disposal or _NAMED_OBJECT.search(unquoted):  # most sentences have neither
        opening = _frames_end(unquoted)
        if disposal and _disposal_done(unquoted, sentence, disposal, opening):
            return True
        # the object of a standing disposal (把…出庭应诉纳入考核, 把…作为…出台的前置条件)
        # and the means of a frame (以培育…为抓手) name topics, not acts
        acts = _NAMED_OBJECT.sub(
            lambda m: m.group() if _acted_before(unquoted, opening, m.start()) else "名",
            unquoted,
        )
    if sets_tasks(sentence) or describes_practice(sentence):
        return False
    if _NAMED_PRACTICE.search(sentence) or _BODY_SET_UP.search(sentence):
        return True
    # a concrete act done for or at a named object, told plainly, at the start or after a
    # frame (在…执法监督中,督促各医疗机构完善了…; 为…提供… is no frame here, though
    # ``_frames_end`` skips it as one)
    if _opens_with_act(unquoted):
        return True
    if _ON_TIME.search(unquoted):
        return True
    # (how a system runs is read with its objects: …,将审查意见作为上会的必备材料)
    if _MECHANISM_AT_WORK.match(unquoted):
        return True
    unnamed = _TITLE.sub("《名》", acts)  # a title's words are the title's
    unnamed = _FORMS_OF_WORK.sub("通过名等形式", unnamed)  # forms of work: no step taken
    if _acts(_STRONG, unnamed):
        return True
    return (_acts(_WEAK, unnamed) or bool(_STERN.search(unnamed))) and (
        is_specific(sentence) or told_in_detail(unquoted)
    )


# Slogans' marks: an appraisal, a purpose or a manner (有效, 提升…, 让…, 确保…, 积极, 坚持):
# a sentence with none of them that goes on with a concrete act is a step reported.
_APPRAISAL = _compiled(
    _PURPOSE_VERBS
    + "|明显|更加|日益|有效|得到|让|充分|彰显|增强|提升|越来越|更有|深受|格局|体系|做到|实现|"
    "维护|不断|持续|积极|主动|深入|全面|切实|扎实|着力|进一步|坚持|打造|营造|夯实|"
    "筑牢|服务于|保驾护航|"
    # a manner or an effect after the step (…,防止审查走过场; …,及时纠正…; 形成…合力)
    "及时|防止|避免|严肃|提高|减少|形成|合力|发挥|畅通|激励|以案促|源头|精准|厘清|"
    # (help that obtained something for someone is a result: 帮助其获得工伤赔偿)
    "帮助(?![^,。;]{0,10}(?:获得|拿到|领到|争取到|追回|讨回|挽回))|"
    "规范(?!性)(?<!不规范)|强化|多样|综合运用|高效|便捷|依据|引导"
)
# A concrete act for named people, not for everyone (为行动不便的老年人…, not 为企业群众…)
_FOR_NAMED = "为(?!群众|企业|广大|社会|人民|基层|市场主体|各类|辖区)[^,。;]{2,20}"
# …and what is done for them (为东岗村残疾村民申请法律援助, …,为行动不便的老年人上门办理…)
_ACTS_FOR_NAMED = _FOR_NAMED + "(?:提供|办理|申请|代写|代办|上门|" + _GIVES_A_TALK + ")"
# A second clause that goes on with what was done (开展…“回头看”,逐项纠正…; 推行阳光复议,
# 对重大复杂案件实行公开听证审理; 建立…机制,由…负责)
_GOES_ON = re.compile(
    r"[^,。;]{2,40},(?:对(?!群众|企业)|将|由|并|逐|均|全部|督促|开展|实行|建立|检查|组织|"
    r"聘请|邀请|依托|采取|设立|安排|指导|联合|在[^,。;]{1,10}(?:处|设)|当场|现场|当面|上门|"
    r"随后|同步|会同|协调|落实|整改|纠正|责令|收集|梳理|汇编|印发|制作|编印|发放|走访|入户|"
    # (and for named people: …,为行动不便的老年人上门办理社保认证)
    r"召开|举办|设置|发现|当即|合并|清理|取消|精简|下放|张贴|派驻|派员|"
    # (an act at its times: …,午间和周末安排人员值班)
    r"[^,。;]{0,6}(?:午间|周末|节假日|夜间|双休日)[^,。;]{0,4}(?:安排|设置|开放|值班)|"
    + _ACTS_FOR_NAMED
    + ")"
)
# A concrete act opening the sentence, done for or at a named object (为边民办理…; 在风雨桥
# 旁设置…; 选派…参加…; 约谈…; 督促…整改): bare 建立/开展/实施 of a topic (建立…机制,
# 对个体商户实施包容审慎监管) stay a slogan's words unless a second clause goes on.
_SETS_UP = re.compile(
    r"\s*(?:" + _SELF + r")?(?:" + _ACTS_FOR_NAMED + r"|在(?!全)[^,。;]{2,20}"
    # (a topic is no place: 在…中/方面/领域/层面/上/基础上; a school is: 县一中, 网站上)
    r"(?<![^一二三四五六七八九十高初]中)(?<!方面)(?<!领域)(?<!层面)(?<![^站台屏栏]上)"
    r"(?:设置|设立|开设|建立|(?P<placed>打造|建成))|选派|选取|选送|会同|联合|"
    r"约谈|督促)"
)


def _opens_with_act(sentence: str) -> bool:
    """Does the sentence open with a concrete act done for or at a named object
    (``_SETS_UP``), at its start or after its scene-setting frames, told plainly: no
    appraisal, purpose or manner word in it (the act's own 打造 at a named place is no
    appraisal: 在海滨大道打造法治文化长廊)?"""
    act = _SETS_UP.match(sentence)
    if act is None:
        opening = _frames_end(sentence)
        act = _SETS_UP.match(sentence, opening) if opening > 0 else None
    if act is None:
        return False
    if (placed := act.start("placed")) >= 0:  # read as the neutral verb of the same length
        sentence = sentence[:placed] + "设立" + sentence[act.end("placed") :]
    return not _APPRAISAL.search(sentence)


def told_in_detail(sentence: str) -> bool:
    """Work told with its detail though no time, place or count is named: the sentence
    goes on in a second clause with a concrete act and carries none of slogans'
    appraisal, purpose or manner words."""
    return not _APPRAISAL.search(sentence) and bool(_GOES_ON.match(sentence))


# Verbs that take another verb's noun as object (持续开展…法治宣传, 强化…案件查处): the
# noun after them in their clause is no deed of its own.
# Not in a purpose (为加强…, 围绕促进…, 针对落实…) or in a body's name (促进就业工作领导小组).
_ANY_TASK_ADVERB = "(?:" + "|".join(_TASK_ADVERBS) + ")"
_TAKES_A_NOUN = _compiled(
    _ANY_TASK_ADVERB + "开展|"
    "(?<!为)" + _ANY_TASK_ADVERB + "(?:推行|实行|探索|组织)|"  # not 以…为重点组织
    "(?<![为绕对焦])(?:(?:加强|强化|深化|推动|推进|做好|抓好|注重|重视|加大|促进|落实|支持)"
    "(?!情况|法|条例|工作|的|了)|做到了?)(?![^,。;]{0,8}(?:领导小组|委员会|办公室))|"
    # what is kept from happening (防止违法文件出台, 杜绝…以罚代管) is no step taken
    "防止|避免|杜绝|严防|防范"
)
# back to where the verb phrase begins (…并举行, …后印发): see ``clause_start``
_TO_LAST_PHRASE = re.compile(r".*(?:[,;:。!?]|并|后)", re.S)


# A state or a trend described as its clause's predicate, a short noun phrase after a
# verb (依申请公开答复更加规范, 出庭应诉成为常态, 办理质量和效率实现了双提升): the verb names
# the work whose state is described. Not a state word inside the object (制定更加严格的…
# 办法) nor 成为 of a role (聘请律师成为政府法律顾问). Bounded on both sides: linear time.
_STATE_AFTER = re.compile(
    r"[^,。;:]{0,12}?(?:(?:更加|日趋|日益|日臻|明显|显著|(?:基本|初步)形成|做到了|实现了|实现(?=由|从)|"
    r"(?:有效|充分)发挥|"
    r"成为(?:常态|历史|惯例|习惯|自觉|标配|制度|[^,。;:]{0,10}(?:桥梁|平台|品牌|亮点)))"
    r"[^,。;:的]{0,10}|"
    # a trend ends its clause (办理质量持续提高,); one with an object is a purpose (举办讲座
    # 持续提升干部素养)
    r"(?:持续|不断|稳步|逐步|日趋)(?:提高|提升|上升|增强|加强|改善|优化|完善|规范|扩大|拓展|深化|丰富|推进|"
    r"健全|成熟)|常态长效|长效常态|"
    # (its effect received: 新增违建得到有效遏制, 法律意见得到高度重视; not a case settled)
    r"(?:得到|受到)了?(?:有效遏制|有力保障|充分保障|有效保障|高度重视|充分采纳|广泛认可)[^,。;:]{0,8}|"
    # work said to go on well (述法工作有序推进, 普法活动蓬勃开展): a manner, nothing done
    r"(?:有序|扎实|深入|蓬勃|广泛|全面)(?:推进|开展|实施)|"
    # the work appraised in two words (信息发布及时准确, 案件移送及时规范)
    r"(?:及时|规范|准确|高效|有序|完整|权威)(?:规范|准确|完整|有效|及时|高效|有序|到位|齐全))"
    r"(?:[,。;:]|$)"
)


# A noun-taking verb inside the matter of 对/就 that the act is done on (对各部门落实决策
# 程序情况开展专项督察): the matter ends in its noun right before the act.
_IN_THE_MATTER = re.compile(
    r"(?:(?<![针面相绝核应])对(?!接|标|照|于)|就(?!业|医|学|近|地))[^,。;]{2,30}"
    r"(?:情况|工作|问题|事项)$"
)


# Where a verb reports no act of the unit's (see ``_claims_no_act``): the state claimed,
# read from the two characters before it (a slice, not a regex over the sentence)
_APPRAISED_BEFORE = frozenset(("明显", "大幅", "幅度", "显著", "大大", "极大"))
_RECEIVED_BEFORE = re.compile("(?:得到|受到)了?(?:有效|妥善|及时|依法|实质性|根本|有力|充分)?$")
_CHANGE_AFTER = re.compile("了?(?:从|由)[^,。;]{1,30}(?:向|到)")
_NOT_HAPPENED = re.compile(f"(?:{_NOTHING_HAPPENED})[^,。;]{{0,20}}$")


def _claims_no_act(sentence: str, at: int, end: int) -> bool:
    """Is the verb at sentence[at:end] a claim rather than an act: itself the state claimed,
    ending its clause (审查时限大幅压缩; not 大幅压缩…审批时限), a change of outlook (完成了从
    “管理型”向“服务型”的转变), the outcome received (一批矛盾纠纷得到有效化解), something said
    not to have happened (未出现被上级机关纠正或撤销的情况) or a programme finished in general
    (…体系基本建成)?"""
    return bool(
        (sentence[max(0, at - 2) : at] in _APPRAISED_BEFORE and _ENDS_CLAUSE.match(sentence, end))
        or _CHANGE_AFTER.match(sentence, end)
        or _RECEIVED_BEFORE.search(sentence, max(0, at - 8), at)
        or _NOT_HAPPENED.search(sentence, max(0, at - 24), at)
        or _finished_in_general(sentence, at, end)
    )


def _acts(verbs: re.Pattern[str], sentence: str) -> bool:
    """Does one of ``verbs`` stand as a verb: not the object of a verb before it in its
    verb phrase, nor the subject of a state its clause describes? (``sentence`` with its
    titles masked.)"""
    taking = bool(_TAKES_A_NOUN.search(sentence))
    for m in verbs.finditer(sentence):
        at = m.start()
        if taking:
            phrase = clause_start(sentence, at, max(0, at - CLAUSE_LOOKBACK), _TO_LAST_PHRASE)
            taker = _TAKES_A_NOUN.search(sentence, phrase, at)
            matter = taker and _IN_THE_MATTER.search(sentence, phrase, at)
            if taker and not (matter and matter.start() < taker.start()):
                continue
        if _claims_no_act(sentence, at, m.end()):
            continue
        if not _STATE_AFTER.match(sentence, m.end()):
            return True
    return False


def sentence_level(sentence: str, has_quantity: bool) -> str:
    """Grade of a creditable sentence as a whole: result (an achieved figure or a named
    honour), measure (a completed deed), mention (a topic named, nothing reported)."""
    if has_quantity or _NAMED_CASE.search(sentence):
        return "result"
    if reports_deed(sentence):
        return "measure"
    return "mention"


def names_honour(sentence: str) -> bool:
    return bool(_NAMED_CASE.search(sentence))


# ---- numbers that count what was done ---------------------------------------------------

_CLAUSE_MARKS = ",;:。!?"
_CLAUSE_END = re.compile(f"[{_CLAUSE_MARKS}]")
_TO_LAST_MARK = re.compile(f".*[{_CLAUSE_MARKS}]", re.S)  # greedy: backs off to the last
_TARGET_AFTER = re.compile(r"^[^,;。]{0,6}(?:的要求|的目标|的标准|的任务|为目标)")


# Characters looked at on each side of a position for its clause: no real clause is longer,
# and a page of figures with no punctuation costs linear time, not the square of its length.
CLAUSE_LOOKBACK = 400


def clause_start(text: str, pos: int, floor: int, to_last: re.Pattern[str] | None = None) -> int:
    """Where the clause holding ``pos`` begins (or the span after ``to_last``'s last mark),
    looking back no further than ``floor``. One regex call backing off from ``pos`` (a
    search per mark cost five times more); the floor keeps it linear on long lines."""
    last = (to_last or _TO_LAST_MARK).match(text, floor, pos)
    return last.end() if last else floor


def clause_end(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` ends: at its mark, else at the end of the text (a
    line without a final mark), looking no further than CLAUSE_LOOKBACK."""
    stop = _CLAUSE_END.search(text, pos, pos + CLAUSE_LOOKBACK)
    return stop.start() if stop else min(len(text), pos + CLAUSE_LOOKBACK)


def clause_around(text: str, start: int, end: int) -> str:
    """The clause (between , ; : 。) that holds text[start:end]."""
    left = clause_start(text, start, max(0, start - CLAUSE_LOOKBACK))  # bounded: linear time
    return text[left : clause_end(text, end)]


def is_claim_context(text: str, start: int, end: int) -> bool:
    """False when a number states a rule, a target or an intention, not what was done."""
    clause = clause_around(text, start, end)
    if _RULE.search(clause) or _TARGET.search(clause) or states_intention(clause):
        return False
    return not _TARGET_AFTER.match(text[end : end + 12])


# 一 alone before a measure word, after any hedge (上一次 is "the last time"), not 一千, 一至两次
_ARTICLE = re.compile(rf"^(?:{'|'.join(PREFIXES)})?一(?![{RANGE_MARKS}{CN_DIGITS}])")
_FREQUENCY = re.compile(r"每(?:年|季度|季|月|半年|周|日|天)")
# a rate with target wording (率达到, 率要为, 率保持在); a bare rate (率100%, 率为96%) states
# a level reached
_RATE_BEFORE = re.compile(r"率(?:要|应)?(?:达到|达|保持在?|控制在)\s*$|率(?:要|应)(?:为|在)?\s*$")
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
    clause = clause_start(text, start, max(lo, start - CLAUSE_LOOKBACK))
    if _FREQUENCY.search(text, clause, start):
        return False
    if unit == "%" and _RATE_BEFORE.search(text[max(clause, start - 8) : start]):
        if hi - lo > 2 * CLAUSE_LOOKBACK:  # a page-long "sentence": the figure's surroundings
            lo, hi = max(lo, start - CLAUSE_LOOKBACK), min(hi, start + CLAUSE_LOOKBACK)
        body = text[lo:hi]
        return not (_TASK_START.match(body) and not _DONE.search(body))
    return True


def sentence_value(level: str, shared: int = 1) -> float:
    """What a credited sentence at ``level`` is worth to each of the ``shared`` indicators
    of one dimension it evidences: the level's value divided by shared ** SENTENCE_SHARE.
    A sentence that names four facets of openness (网站主动公开…依申请公开…) is one piece of
    evidence, not four; a mention is never shared (it earns 0.1 at most anyway)."""
    if level == "mention" or shared <= 1:
        return LEVEL_VALUE[level]
    return LEVEL_VALUE[level] / shared**SENTENCE_SHARE


def credit_from(best: float, concrete: int) -> float:
    """Credit 0..1 of an indicator whose best credited sentence is worth ``best`` (see
    ``sentence_value``) and which has ``concrete`` credited sentences at measure or result
    level: the best sets the base, each further measure or result adds 0.1, at most two,
    capped at 1. Mentions add nothing (a slogan repeated is still a slogan); saturation
    keeps a long repetitive report from winning by volume; more evidence never lowers it."""
    further = max(concrete - 1, 0)
    return round(min(1.0, best + min(further, FURTHER_MAX) * FURTHER_STEP), 6)
