"""Scores that hold on material the rules were not written from.

- the credit rules as named predicates, each with positive and negative known answers;
- the independent sentences of tests/fixtures/heldout_sentences.csv (written without
  sight of indicators.yaml or the samples; "tune" rows were used to write the rules,
  "holdout" rows were not): recall and false credit on the held-back third;
- edits of the samples that must not move scores: padding with slogans, the
  achievements part pasted twice, parts numbered 1., a page on one line;
- monotonicity by construction: an achievement inserted anywhere never lowers a
  dimension, a sentence removed never raises one (hypothesis).
"""

from __future__ import annotations

from functools import cache, partial

import pandas as pd
import pytest
from helpers import FIXTURES, REPORTS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from perturb import (
    NEW_ACHIEVEMENTS,
    PART_NUMBERINGS,
    achievements,
    inserted,
    on_one_line,
    replace_text,
    scores_of,
    sentence_boundaries,
    with_achievements_twice,
    with_arabic_part_numbers,
    with_part_numbers,
    with_slogans,
)

from fazhi_bench.evidence.credit import names_honour, non_achievement, reports_deed, sets_tasks
from fazhi_bench.evidence.matching import Matcher
from fazhi_bench.evidence.sections import (
    completeness,
    find_sections,
    numbering_style,
    split_sentences,
)
from fazhi_bench.read.clean import clean_text
from fazhi_bench.read.corpus import load_corpus
from fazhi_bench.spec.catalogue import DIMENSIONS, load_catalogue
from fazhi_bench.tools.probe import sentence_check, sentence_figures, sentence_levels

CATALOGUE = load_catalogue()[0]
DOCS = list(load_corpus([REPORTS]).documents)
BASE = scores_of(DOCS, CATALOGUE)


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("县政府计划新聘请2名法律顾问。", "intention"),
        ("2025年将对现行有效的行政规范性文件开展一次全面清理。", "intention"),
        ("拟于明年出台重大行政决策程序实施细则。", "intention"),
        ("力争群众满意率达到95%以上。", "target"),
        ("确保行政复议案件审结率达到100%。", "target"),
        ("听证会须在举行7日前公告听证事项。", "rule"),
        ("执法人员不得单独执法。", "rule"),
        ("每年举行三次领导干部法治专题培训。", "rule"),
        ("基层调解员专业化水平不高。", "shortcoming"),
        ("普法宣传形式较为单一。", "shortcoming"),
        ("法治文化阵地建设参差不齐。", "shortcoming"),
        ("群众法治意识有待增强。", "shortcoming"),
        # real achievements the same words must not kill
        ("已将法治建设纳入年度绩效考核。", ""),
        ("将法治学习纳入干部教育培训计划。", ""),
        ("完善突发事件应急预案3项。", ""),
        ("拟定了《重大行政决策事项目录》。", ""),
        ("我局拟制作一批以案释法短视频。", "intention"),  # 拟制作: to make, not 拟制 (drafted)
        ("拟制了《行政执法公示办法》。", ""),
        ("确保每所中小学都配备法治副校长。", "target"),
        ("县政府督查室拟对已办结的人大代表建议开展回头看。", "intention"),  # 拟 + 对
        ("到2025年,重大行政决策事项要全部纳入目录管理。", "target"),
        ("会议纪要全部归档备查。", ""),  # 纪要, not 要
        ("统一登记、拟办、审核、答复等环节的文书格式。", ""),  # 拟办: a step of filing
        ("全年按计划检查企业2860家次。", ""),  # as planned, not a plan
        ("对办理质量不高的14件建议提案发回重办。", ""),  # others' shortcoming acted on
        ("督促更新滞后信息300余条。", ""),
        ("部分单位督促指导不够到位。", "shortcoming"),
        ("部分网站信息更新不及时。", "shortcoming"),
        ("2024年计划新培育法律明白人500名。", "intention"),  # 计划 + 新…
        ("将建设一批法治文化公园。", "intention"),
        ("确保重大行政决策事项全部履行法定程序。", "target"),
        ("一件因不适应改革需要被及时废止。", ""),  # a shortcoming put right
        ("五十七个执法不规范问题被发现并纠正。", ""),
        ("对记录设备使用不规范等问题进行了通报。", ""),
        ("对执法不规范问题突出的2个单位负责人进行了约谈。", ""),
        ("全区仍有6个部门的公开目录未及时动态调整。", "shortcoming"),
        ("对违法行为的查处力度不够。", "shortcoming"),  # 查处力度: no deed that put it right
        ("确保优秀执法案卷比例较上年提高5个百分点。", "target"),
        ("后续将研究制定行政执法人员考核评价办法。", "intention"),
        ("叫停无计划检查。", ""),  # 无计划: unplanned, not a plan
        ("对5个执法不规范单位予以通报批评。", ""),
        ("受理公示和拟审批公示均按规定期限发布。", ""),  # 拟审批公示: a notice's name
        ("发现和上报矛盾纠纷的能力有待提升。", "shortcoming"),  # no finding: a capability
        ("检查发现程序不规范问题5个。", ""),  # a finding
        ("对2起回应不及时、口径不一致的舆情事件进行通报。", ""),  # others', listed with 、
        ("部分单位回应不及时、口径不一致。", "shortcoming"),
        ("到2025年底,基本建成覆盖县乡两级的行政执法协调监督工作体系。", "target"),
        ("确保“八五”普法规划确定的各项任务如期完成。", "target"),
        ("确保每个乡镇综合执法队至少有2名具有法律职业资格的执法人员。", "target"),
        ("投诉举报的核查处理周期偏长,群众满意度还有提升空间。", "shortcoming"),
        ("对公示不全、更新不及时的4个部门下发了提醒函。", ""),  # others' faults answered
        ("公开平台集约化程度低,群众查找不便。", "shortcoming"),
        ("为行动不便的老人上门办理业务60多件。", ""),  # 行动不便: the people served
        ("今年招生计划在招生前一个月集中对外发布。", ""),  # 招生计划: a noun
        ("将扩大首违不罚清单适用范围。", "intention"),
        ("确保涉企行政检查频次比上年降低30%。", "target"),
        ("到今年底实现乡镇综合执法人员持证上岗率100%。", "target"),
        ("梳理出执法程序不规范等6类问题并限期整改。", ""),  # a finding
        ("对履行不到位的单位发出行政复议意见书。", ""),  # others' faults answered
        ("对资金分配方案开展风险评估,识别出资金拨付不及时等3类风险。", ""),  # a finding
        ("对老旧小区改造三年行动计划开展决策后评估。", ""),
        ("审查区政府拟签订的招商引资协议87件。", ""),
        ("纠正程序不规范问题3件。", ""),
        ("依法妥善应对突发事件2起。", ""),
        # a rule that is the content of a document made, or a norm reported as met
        ("镇政府印发《议事规则》,明确重大事项须经集体讨论决定。", ""),
        ("培育法律明白人860名,实现每村不少于5名。", ""),
        ("各村须配备不少于5名法律明白人。", "rule"),
        ("开展“普法强基补短板”专项行动。", ""),  # the shortcoming word is the name's
        # a shortcoming an inspection found is a finding; a coverage norm reported as met;
        # 劳动保障 is a noun, not 保障…实现; not letting something happen is a target
        ("开展专项检查,发现程序不规范问题5个,已督促整改。", ""),
        ("检查发现执法文书不规范。", ""),
        ("执法文书制作不规范。", "shortcoming"),
        ("全县培育法律明白人1530名,每个村均不少于3名。", ""),
        ("劳动保障监察与劳动仲裁实现“裁审衔接”。", ""),
        ("保障群众诉求按期办结率达到100%。", "target"),
        ("确保全年不发生重大群体性事件。", "target"),
        ("修订《工作规则》,增加重大决策须经合法性审查的条款。", ""),
        ("执法文书不规范等问题得到纠正。", ""),
        ("仍有少数重复信访问题未得到解决。", "shortcoming"),
        ("每季度召开一次矛盾纠纷研判会,全年共召开4次。", ""),
        ("每季度召开一次矛盾纠纷研判会。", "rule"),
        ("到年底,行政处罚案卷合格率达到95%以上。", "target"),
        ("到年底,已建成法律服务站12个,实现全覆盖。", ""),
        ("争取到2025年底,法律顾问参与率达到九成。", "target"),
        ("纠纷发生后应先由村调委会调解。", "rule"),
        ("将把新媒体普法作为重点。", "intention"),
        ("每个行政村至少有5名法律明白人。", ""),  # coverage reported
        ("每个行政村至少配备5名法律明白人。", "rule"),
        ("对公开不及时的2个单位进行了通报。", ""),  # others' shortcoming acted on
        ("对即将到期的15件规范性文件开展评估。", ""),  # 即将…的 describes the documents
        ("即将出台《重大行政决策程序规定》。", "intention"),
        ("部分单位信息公开不及时。", "shortcoming"),
        # words inside a document's title are the title's
        ("对《城区禁止露天烧烤的规定》开展立法后评估。", ""),
        ("严禁露天烧烤。", "rule"),
        # a target named as a document's content, or reported met
        ("印发《普法规划》,明确了各部门的目标任务。", ""),
        ("年度目标任务完成45项。", ""),
        ("我镇确定的目标是:调解成功率保持98%以上。", "target"),
        ("确保今年行政复议纠错率低于10%。", "target"),
        # the norm of a system reported set up, and a norm reported met
        ("建立了调解工作例会制度,每月召开一次例会。", ""),
        ("建立调解工作例会制度,每月召开一次例会。", "rule"),  # no perfective: a plan
        ("每个窗口至少配备了2名工作人员。", ""),
        # a plan worded as a noun (建设计划), a proposed item (拟决策事项), 将拟…纳入
        ("建议已列入年度建设计划并答复代表。", ""),
        ("对3项拟决策事项开展问卷调查。", ""),
        ("将拟作出较大数额罚款的情形纳入法制审核。", ""),
        ("拟于下月召开听证会。", "intention"),
        # a shortcoming made good
        ("补齐执法公示栏、案卷归档等短板9项。", ""),
        ("执法公示栏等短板尚未补齐。", "shortcoming"),
        # a problem reported absent, or named as what a deed addressed
        ("全年未发生因程序不规范被撤销的处罚决定。", ""),
        ("针对执法文书不规范问题,统一制定文书范本20种。", ""),
        ("为破解审核力量不足难题,设立合法性审查室12个。", ""),
        ("普法针对性不强。", "shortcoming"),
        ("负责人出庭“出庭不出声”现象仍不同程度存在。", "shortcoming"),
        # others' shortcoming acted on
        ("对履职不到位的2名法律顾问予以解聘。", ""),
        ("对群众投诉的执法不规范问题逐件核查。", ""),
        # a rule-book made, its content told
        ("修订了党委会议事规则,写明了哪些事项必须上会。", ""),
        # plans: 下一阶段, 要推动, 拟制定 (拟制 is "drafted"), 检查计划 and 拟任 are nouns
        ("下一阶段,市政府要推动执法平台数据对接。", "intention"),
        ("区政府要推动执法平台数据对接。", "rule"),
        ("我们拟制定执法全过程记录实施细则。", "intention"),
        ("司法局拟制了合同范本12种。", ""),
        ("执法检查计划报县司法局备案。", ""),
        ("对96名拟任职领导干部进行任前法律知识考试。", ""),
        ("确保决策事项合法性审查率、规范性文件备案审查率均保持100%。", "target"),
        ("确保行政处罚案件无一起被复议纠错。", "target"),
        ("确保首违不罚清单年内覆盖所有执法部门。", "target"),
        # 要 of 主要, 重要 is no "must"
        ("各部门主要负责人带头解读政策16次。", ""),
        ("法律顾问在决策中发挥了重要推动作用。", ""),
        ("各部门要推动执法数据对接。", "rule"),
        # 拟 inside a relative or time clause (对拟…的合同, 在拟出台…时) describes; 将联合 plans
        ("对拟与调查机构签订的委托合同开展合法性审核。", ""),
        ("在拟出台《临时救助实施办法》时征求代表委员意见。", ""),
        ("县民政局将联合县妇联建立纠纷化解机制。", "intention"),
        # shortcomings in other words; a noun formed from a verb of putting right is none
        ("会前学法有时存在内容与工作结合不紧的情况。", "shortcoming"),
        ("执法力量与承接的执法事项不相匹配。", "shortcoming"),
        ("以会议纪要代替规范性文件发文的问题仍未根除。", "shortcoming"),
        ("联动化解机制运行不够顺畅。", "shortcoming"),
        ("有5个单位被评为基本合格,暴露出普法工作不扎实的问题。", "shortcoming"),
        ("确保管理无盲区、执法有依据,处理乱堆乱放596处。", ""),
        ("着力破除部门间信息共享不充分的问题,打通数据12类。", ""),
        ("部门间信息共享不充分。", "shortcoming"),
        ("到2025年,“一件事一次办”事项扩展到30个。", "target"),
        ("确保每个社区都有1名法律顾问。", "target"),
        # 只需 is no requirement; 拟发 and 完成计划 are no plans
        ("居民办理社保业务只需在一个窗口交材料。", ""),
        ("审查拟发规范性文件41件。", ""),
        ("全年实际完成计划检查量的106%。", ""),
        # 拟了 is done; a finding (翻出…不规范) is no admission; more shortcoming words
        ("法律顾问帮着拟了一份土地流转合同范本。", ""),
        ("案卷评查翻出5本卷宗文书不规范,当场改正。", ""),
        ("政府网站信息发布审核把关不严。", "shortcoming"),
        ("部分法律明白人只挂名不履职。", "shortcoming"),
        ("处置不严重的违法行为12起。", ""),
        # 拟 before a noun phrase (拟出台文件, 拟审议议题, 拟公开信息); 删除了 is done
        ("审查镇政府拟出台文件9件。", ""),
        ("对常务会议拟审议议题逐一把关。", ""),
        ("拟于明年出台文件。", "intention"),
        ("对执法不规范问题开展专项整治,查纠问题28个。", ""),
        ("关停运维不力的政务新媒体账号7个。", ""),
        ("查找执法不规范问题11个,已全部整改。", ""),
        # a target reported met; a rule of 一律 is no procedure passed
        ("全区村(社区)法律顾问全覆盖的目标已于6月底达成。", ""),
        ("培育法律明白人4860名,实现了每个行政村3名以上的目标。", ""),
        ("网上可办率达到98.6%,年初确定的目标全部实现。", ""),
        ("力争实现每个行政村3名以上的目标。", "target"),
        ("到二〇二四年底实现县乡村三级政务服务全覆盖。", "target"),  # a year in words
        ("将编印一批以案释法读本,发放到村(社区)。", "intention"),
        # 作法律准备: a noun; 将会前学法: 将 and 会前学法, not 将会; others' faults acted on
        ("邀请教授专题辅导《劳动合同法》,为研究政策作法律准备。", ""),
        ("我们准备明年修订议事规则。", "intention"),
        ("将会前学法列为常务会议固定议程。", ""),
        ("将会同有关部门修订规则。", "intention"),
        ("对信用等级偏低的3家机构提高了抽查频次。", ""),
        ("修订局务会议议事规则,新增涉法议题必须附合法性审查意见的条款。", ""),
        ("制定《重大执法决定法制审核目录清单》,列明5类须经法制审核的情形。", ""),
        ("培育农村“法律明白人”2180名,每个行政村不少于5名。", ""),
        ("每个行政村不少于5名法律明白人。", "rule"),
        ("网上办事在农村推广难度大,老年群众用智能手机办事存在困难。", "shortcoming"),
        ("确保全社会法治氛围更加浓厚、群众法治意识明显增强。", "target"),
        ("拟修订县政府信息公开工作考核办法。", "intention"),
        ("依法公开建设项目环评受理、拟批准和审批结果信息。", ""),
        ("对群众反映的执法不规范问题逐件核实。", ""),
        ("为确保存量文件与上位法保持一致,区政府组织清理规范性文件。", ""),  # a purpose
        ("确保存量文件与上位法保持一致。", "target"),
        ("全年抽查记录资料800余条,通报不规范问题12个。", ""),
        # a condition, a review's findings, a problem eased or analysed, a file repealed
        ("实行了“容缺受理”机制,申请材料次要件欠缺时可以先行受理。", ""),
        ("申请材料欠缺。", "shortcoming"),
        ("完成了普法规划中期评估,总结了前期普法工作的成效和不足。", ""),
        ("各部门均明确了审查机构,基层审查力量不足的问题得到缓解。", ""),
        ("就案件暴露的问题召开了专题分析会。", ""),
        ("对历年规范性文件进行了全面清理,废止了已不适应改革要求的文件。", ""),
        ("县司法局共审查县政府及各部门拟签合同协议291份。", ""),  # 拟签合同: a noun
        ("县政府拟签订合作协议。", "intention"),
        ("全区持证行政执法人员均已完成年度不少于60学时的培训。", ""),
        ("普法任务完成情况应当纳入年度考核。", "rule"),
        # round τ: a quoted target, a risk and a coarse standard admitted, an applicant's
        # missing papers described, the set phrase 应公开尽公开
        ("确保重复信访、越级上访“零发生”。", "target"),
        ("实现了信访“零发生”。", ""),
        ("部分裁量基准制定较为粗放,裁量幅度过宽。", "shortcoming"),
        ("执法中存在同案不同罚的风险。", "shortcoming"),
        ("对次要材料欠缺的申请先行受理,全年容缺办理业务410件。", ""),
        ("各部门应公开办事指南。", "rule"),
        ("共培育140名法律明白人,推进每个村至少配备4名法律明白人的培养任务。", ""),
        ("每个村至少配备4名法律明白人。", "rule"),
        # found padding the samples with every non-achievement of the fixture: more plans
        # after 将, 确保 opening a sentence, a rise by a year, blanket norms, 要按
        ("将邀请人大代表列席政府常务会议。", "intention"),
        ("苏木将与旗法院协商增设巡回审判点。", "intention"),
        ("将邀请函发送至各代表。", ""),  # 邀请函: a noun, 将 as 把
        ("确保重大政务舆情在24小时内作出首次回应。", "target"),
        ("确保了重大舆情在24小时内得到回应。", ""),
        ("到2025年,全县公民法治素养明显提升。", "target"),
        ("到2024年底,全县公民法治素养已明显提升。", ""),
        ("三重一大事项一律按照程序提交集体研究。", "rule"),
        ("未经审查的文件一律不予印发,全年共退回修改文件4件。", ""),
        ("各站所要按要求报送需要公开的信息。", "rule"),
        ("执法队伍年龄结构老化。", "shortcoming"),
        ("完成政府网站适老化和无障碍改造。", ""),
        ("部分政务新媒体账号更新频率低。", "shortcoming"),
        ("全年处置回应涉政务舆情21起,平均回应时间不超过24小时。", ""),  # counted first
        ("平均回应时间不超过24小时。", "rule"),
        ("复议机构专职人员仅4人,案多人少矛盾突出。", "shortcoming"),
        ("听证程序运用较少,全年仅举行决策听证会1次。", "shortcoming"),
        ("全年举行决策听证会3次。", ""),
        # review of the round: 将 as 把, put-right problems, descriptions, counts that
        # are no counts of deeds, a target by a year against a count done by it
        ("将与群众切身利益密切相关的126项事项全部纳入公开目录。", ""),
        ("已将再生资源回收站点23个纳入执法检查范围。", ""),
        ("下半年将邀请专家开展专题讲座。", "intention"),
        ("通过繁简分流改革,缓解了案多人少的矛盾,全年审结案件2360件。", ""),
        ("案多人少矛盾得到有效缓解。", ""),
        ("对A级企业降低抽查比例,抽查频率低于其他企业。", ""),
        ("开展矛盾突出村(社区)专项治理,化解积案42件。", ""),
        ("部分执法人员法律知识欠缺的现象较为普遍。", "shortcoming"),
        ("公共法律服务中心实行365天值班,窗口人员应当做到首问负责。", "rule"),
        ("共有5类事项纳入重大行政决策目录,决策前必须进行风险评估。", "rule"),
        ("全年12个月每月至少召开一次执法协调会,各部门应当派员参加。", "rule"),
        ("政府投资项目一律进入公共资源交易平台统一交易。", "rule"),
        ("到2024年底,全县累计开展执法人员素质提升培训12期。", ""),
        ("到年底实现公共法律服务工作室在村(社区)全覆盖。", "target"),
        ("确保重复信访“零发生”,全年化解信访积案35件。", ""),
        ("确保重大舆情在24小时内作出回应,一般舆情在3个工作日内回应。", "target"),
        ("全年收发机要按规定登记文件1200余份。", ""),
        # round φ-ψ: 准备期 is a noun; 将 before a disposal (将…纳入, 将…分解落实到) is 把,
        # 将把…纳入 still a plan; problems acted on (集中清理纠正, 提出修改意见)
        ("本年度出台的涉企规范性文件均设置了合理的实施准备期。", ""),
        ("修订主动公开基本目录,将新增职能事项全部纳入。", ""),
        ("编制《政务公开工作要点》,将重点任务逐项分解落实到责任部门。", ""),
        ("2025年将把重大建设项目信息公开纳入政务公开考核。", "intention"),
        ("对执法不规范问题进行了集中清理纠正。", ""),
        ("对条款不明确、违约责任缺失等问题逐一提出修改意见。", ""),
        ("部分协议条款不明确。", "shortcoming"),
        # faulty provisions amended; a rate of solving named, not a problem solved
        ("完成规范性文件专项清理,对不相适应的条款作出修改。", ""),
        ("仍有4件文件依据的上位法已修改但未同步修订。", "shortcoming"),
        ("部分提案答复内容空泛,实质性解决问题的比例不高。", "shortcoming"),
        ("退回内容空泛、照搬原文的解读材料19篇。", ""),
        # a level to be reached within the year is a target; work done within it is not
        ("年内实现县乡两级法治文化阵地全覆盖。", "target"),
        ("年内完成“百场讲座进基层”讲座34场。", ""),
        ("年内实现了乡镇法律顾问全覆盖。", ""),
        ("行政机关负责人出庭应诉,要出庭更要出声。", "rule"),  # an exhortation
        # expected levels and indicators are targets; 稳预期 and 预期效果 are not
        ("预期全年法律援助办案数量达到1200件。", "target"),
        ("指标为:规范性文件备案审查纠错意见落实率达到100%。", "target"),
        ("法治固根本、稳预期、利长远。", ""),
        ("取得了预期效果。", ""),
        # work under way, or waiting on another's step, is a plan
        ("正在起草《县政府法律顾问工作规则》,待广泛征求意见后再提交审议。", "intention"),
        ("待市级平台上线后,再组织各部门集中录入历史数据。", "intention"),
        # cases of the year counted as failed are admitted; none failed is a result
        ("全年共有6件行政复议决定未在法定期限内作出。", "shortcoming"),
        ("全年行政处罚案件中有3件因程序违法被行政复议机关撤销。", "shortcoming"),
        ("全年执法案件没有一件被行政复议撤销。", ""),
        ("有4件重大行政决策事项因未完成风险评估被暂缓审议。", ""),
        # found in review: others' faults an inspection found; wording that only looks
        # like a target, an exhortation, a shortcoming or a plan
        ("开展行政执法案卷评查,有6件案卷未按规定送达,均已整改到位。", ""),
        ("涉企检查仍存在多头检查、重复检查问题。", "shortcoming"),
        ("县政府就要素保障问题召开专题会议。", ""),
        ("全县行政执法案卷评查工作超预期完成。", ""),
        ("县政府出台稳预期促消费十条措施。", ""),
        ("改变以往空泛说教的普法方式,组织法官以案释法。", ""),
        ("下达整改通知书15份,待整改完成后组织复查,均已整改到位。", ""),
        # a deadline with a level to reach (到今年年底,实现…; 压缩至…以内); not a level
        # reached by then (到2023年底,已累计…)
        ("到2025年底,企业开办全流程时间压缩至1个工作日以内。", "target"),
        ("到今年年底,实现县直部门主要负责人年度述法全覆盖。", "target"),
        ("到2023年底,已累计压缩审批时限40%。", ""),
        ("到2024年末,全县累计建成调解室120个。", ""),
        ("下一步将建立普法责任清单动态调整机制,每年第一季度更新一次。", "intention"),
        # 保障 of a noun (住房保障等政策) is no 保障 of a goal
        ("对年内出台的教育减负、住房保障等政策均同步发布了解读材料。", ""),
        ("对出台的就业保障政策均同步发布了解读材料。", ""),
        # faults put right (逐一补正), and a fault found in the course of a step (修订中)
        ("对文书不规范的案卷逐一补正。", ""),
        ("规章修订中仍存在条文照搬上位法的问题。", "shortcoming"),
        ("及时修订不适应的条款3处。", ""),
        # a plan with its year (2026年计划打造…), 将 before a means; a fault of how a step
        # was taken (清理不够及时,) against a fault put right (纠正不到位的问题)
        ("2026年计划打造一批标准化调解室。", "intention"),
        ("我们将利用短视频平台推出一批普法作品。", "intention"),
        ("文件清理不够及时,个别失效文件未公布。", "shortcoming"),
        ("纠正不到位的问题12个。", ""),
        # a conditional norm (对…的,依法不予…) against cases counted
        ("对首次违法且危害后果轻微并及时改正的,依法不予行政处罚。", "rule"),
        ("对首次违法且危害后果轻微的12家企业依法不予行政处罚。", ""),
        ("对涉及群众切身利益的重大决策事项,均通过多种方式征求意见。", "rule"),
        ("对公众关注度高的政策文件,均配套发布解读材料。", "rule"),
        # met when a later clause counts what was done, like 一律
        ("对未经合法性审查的文件,均退回起草单位,全年共退回修改文件4件。", ""),
        ("对未经合法性审查的,一律不予印发,全年共退回修改文件4件。", ""),
        ("规范性文件清理还不够及时。", "shortcoming"),  # the fault's adverb before it
        # round ӡ-ӭ: 保证金 is no guarantee; a step hard to take is a fault, not one put
        # right; a document's content after a comma, a rule named as put into effect, a frame
        # citing a rule, the norm of a body set up or of a mechanism agreed
        # with a partner (建立…制度 alone stays a plan), a count
        # in Chinese numerals meeting a norm
        ("合同保证金清单同步完成更新。", ""),
        ("保证全年办结率达到100%。", "target"),
        ("道路运输执法查处难度较大。", "shortcoming"),
        ("查处违法行为12起。", ""),
        ("印发《政务公开工作规范》,起草部门须同步提交解读方案。", ""),
        ("起草部门须同步提交解读方案。", "rule"),
        ("涉企检查须先报备的规定落到实处。", ""),
        ("入企检查须先报备。", "rule"),
        ("按照条例规定,办公室编制完成年度报告。", ""),
        ("区政府与区法院建立府院联动机制,每季度召开一次联席会议。", ""),
        ("建立普法联席会议制度,每季度召开一次联席会议。", "rule"),  # as before: a plan
        ("镇里设立了法官工作室,法官每月来镇里开展一次调解指导。", ""),
        ("每季度召开一次联席会议。", "rule"),
        ("培育“法律明白人”一千二百名,每个村至少配备五名。", ""),
        ("每个村至少配备五名法律明白人。", "rule"),
        # targets: 到…末期, a level to reach opening the sentence
        ("到“十四五”末期,实现法治宣传栏全覆盖。", "target"),
        ("实现联合抽查比例达到30%以上。", "target"),
        ("联合抽查比例达到35%。", ""),
        # no plan: 将 marking an object made (将编印的《…》), 即将到期, 拟 after a list mark
        # or a measure word, a plan as a document (计划草案), 将…细化为
        ("将编印的《普法手册》送达辖区企业。", ""),
        ("将编印一批普法手册。", "intention"),
        ("对即将到期文件提前开展评估。", ""),
        ("即将出台新的管理办法。", "intention"),
        ("在受理、拟审批两个阶段分别公示。", ""),
        ("对3项拟出台政策开展咨询论证。", ""),
        ("拟于下月召开听证会。", "intention"),
        ("县住建局将老旧小区改造计划草案提交法律顾问审查。", ""),
        ("计划开展一次专项检查。", "intention"),
        ("将审批程序细化为受理、审查、决定三个环节。", ""),
        # round ӱ-ӳ: a norm met right after the completion it counts; 实行计划报备 is no plan
        ("调解员队伍组建完成,每村至少1名。", ""),
        ("每村至少配备1名调解员。", "rule"),
        ("对涉企检查实行计划报备制度。", ""),
        # round ӵ-ӹ: a fault found in a field is put right (纠正执法中存在的问题), one found
        # in the course of a step is not; 要 before a means sets a norm
        ("督促被申请人纠正执法中存在的问题。", ""),
        ("规章修订过程中仍存在条文照搬上位法的问题。", "shortcoming"),
        ("要利用农闲时节集中开展法治宣传。", "rule"),
        # round ӻ-ӽ: 要求 after a time frame lays down a rule too
        ("重大决策出台前,要求承办单位同步开展风险评估。", "rule"),
        # round ӿ-ԃ: shortages admitted
        ("执法装备配备不均衡,执法车辆短缺。", "shortcoming"),
        # round ԇ-ԍ: 将 before a verb of hiring or bringing in is a plan; 均 before a norm
        # in its clause reports it met; 难度大的 names a kind of case, not a fault
        ("2023年,县政府将增聘2名专职律师。", "intention"),
        ("将引入3家行业性调解组织。", "intention"),
        ("出台规范性文件3件,均公开征求意见不少于30日。", ""),
        ("规范性文件公开征求意见不少于30日。", "rule"),
        ("对化解难度大的积案逐案落实包案领导。", ""),
        ("部分积案化解难度较大。", "shortcoming"),
        # round ԑ-ԓ: the rhythm of a programme just set up; a fault of those a step acted on
        ("开设“周五法治讲堂”,每季度举办一期。", ""),
        ("法治讲堂每季度举办一期。", "rule"),
        ("年度考评后解聘履职不力的法律顾问1名。", ""),
        ("部分法律顾问履职不力。", "shortcoming"),
        # round ԕ-ԙ: 再 after a time still to come, 将 before 定期
        ("年内再新增主题服务5项。", "intention"),
        ("将定期举办政府开放日活动。", "intention"),
        ("再次召开协调会。", ""),
        # round ԟ-ԧ: a fault of those acted on, the actor named after a comma
        ("对执法程序不规范的部门,县政府予以通报批评。", ""),
        ("部分乡镇执法程序不规范。", "shortcoming"),
        # round ԩ-ԭ: a sign's words are no rule; 计划外 is no plan
        ("在河道、水库等地设置禁止非法捕捞普法警示牌。", ""),
        ("禁止非法捕捞。", "rule"),
        ("涉企检查全部纳入年度计划管理,计划外检查为零。", ""),
        # round ԯ-բ: a regulation's name is no rule; family planning is no plan
        ("经评估,县城区禁止燃放烟花爆竹规定实施效果良好,决定继续执行。", ""),
        ("对涉及计划生育内容的规范性文件开展清理。", ""),
        ("计划新增调解员5名。", "intention"),
        # 将 before 针对 and an audience acted on is a plan; before 针对…的 an object
        ("将针对老年人、留守儿童等群体开展精准普法。", "intention"),
        ("将针对相同企业的多项检查合并开展。", ""),
        # round ե-ը: materials prepared are no intention
        ("律师协助准备应诉材料并出庭。", ""),
        ("准备在社区开展法律咨询。", "intention"),
        # round թ-լ: the norm the people just engaged meet is no rule laid down
        ("为全乡12个村配齐法律顾问,每月到村服务不少于2次。", ""),
        ("各村法律顾问每月到村服务不少于2次。", "rule"),
        # round խ-ծ: 将 before more verbs of a step to come; a level one must raise to
        ("县司法局将起草《执法监督办法》。", "intention"),
        ("街道将组建普法志愿服务队。", "intention"),
        ("将起草、审核、公布等环节全部纳入线上流转。", ""),
        ("审查意见书随附率要提升到100%。", "target"),
        ("审查意见书随附率提升到100%。", ""),
        # round ղ-յ: a conditional norm without its 对; 确保 after the body that opens the
        # sentence (a purpose clause or 确保了 stays a deed)
        ("首次违法且危害后果轻微并及时改正的,依法不予处罚。", "rule"),
        ("首次违法且危害后果轻微的,依法不予处罚,全年共办理此类案件23件。", ""),
        ("县教育局确保每所中小学配备1名法治副校长。", "target"),
        ("县教育局确保了每所中小学配备1名法治副校长。", ""),
        ("为确保每所中小学配备法治副校长,县教育局选派干警42名。", ""),
        # round ռ-տ: 将 before a preposition and a step to come (not the object marker:
        # 将针对…的多项检查合并开展); 着力在… is a plan; 实现…覆盖…以上 a target
        ("2025年区城管执法局将针对败诉案件召开专题分析会。", "intention"),
        ("今年推行跨领域联合检查,将针对相同企业的多项检查合并开展。", ""),
        ("着力在重大决策中引入第三方风险评估机构。", "intention"),
        ("在重大决策中引入第三方风险评估机构。", ""),
        ("实现“综合查一次”场景覆盖80%以上的涉企检查。", "target"),
        ("“综合查一次”场景覆盖80%以上的涉企检查。", ""),
        # round ր-փ: a level to keep (要保持在) is a target, a level kept is not; a risk
        # pointed out in a reviewed document is not an admitted shortcoming
        ("规范性文件报备率、及时率、规范率均要保持在100%。", "target"),
        ("全年行政复议案件办结率保持在100%。", ""),
        ("县司法局为县政府审查招商引资框架协议,提示了违约责任条款不明确等法律风险。", ""),
        ("合同审查中风险提示不明确。", "shortcoming"),
        # a new one to come (将新培育…) is a plan; 将新成立的… as the object marker is not
        ("2025年将新培育一批金牌调解员和品牌调解工作室。", "intention"),
        ("将新成立的调解委员会纳入网格化管理。", ""),
        # round ი-ნ: 要 as a modal before any verb (after a time a plan, before a level a
        # target, else a norm), not in a word (次要, 要回) nor a noun phrase (要撤并的传言),
        # and met when a later clause counts what was done
        ("提交县政府常务会议的涉法议题,会前合法性审查率要始终保持100%。", "target"),
        ("涉企行政检查频次要较上年压减30%以上。", "target"),
        ("2024年要建成县级行政执法综合管理监督信息平台。", "intention"),
        ("普法双语资料发放要覆盖所有边境村寨。", "rule"),
        ("农村低保认定标准要调整,镇里开了1次听证会,16名群众代表到场发表了意见。", ""),
        ("针对学校要撤并的传言,镇里及时在公众号发了说明。", ""),
        ("对次要材料缺失事项先行受理。", ""),
        ("镇司法所帮一位老人打官司,要回了子女拖欠的赡养费。", ""),
        # a statutory norm restated; a norm's manner (应以); a place too small; a plan
        # said with 以后; the audit plan is a noun (项目计划)
        ("人民调解委员会调解民间纠纷,不收取任何费用。", "rule"),
        ("法律顾问出具的法律意见应以书面形式提出。", "rule"),
        ("仲裁院办案场所面积狭小,不能满足庭审需要。", "shortcoming"),
        ("重大行政决策事项目录编制范围偏窄。", "shortcoming"),
        ("涉及村寨保护的重大决策,以后会邀请民族学专家参与论证。", "intention"),
        ("《条例》实施以后,共受理申请12件。", ""),
        ("审计局出台《审计项目计划管理办法》,把审计项目计划编制纳入重大决策事项管理。", ""),
        # every case reported done (凡…均已…); no lawsuit arose; a case lacking papers;
        # a kind of real estate; faults found and answered case by case
        ("凡涉及市场主体经济活动的政策措施,出台前均已开展公平竞争审查。", ""),
        ("凡涉及市场主体经济活动的政策措施,出台前须开展公平竞争审查。", "rule"),
        ("气象服务合同争议经协商妥善解决,未形成诉讼。", ""),
        ("部门间协作未形成合力。", "shortcoming"),
        ("对主要材料齐全、次要材料欠缺的补贴申请先行受理。", ""),
        ("执法队伍专业力量存在欠缺的问题。", "shortcoming"),
        ("一般不动产登记业务实现3个工作日内办结。", ""),
        ("涉及国家秘密的信息一般不予公开。", "rule"),
        ("开展案卷评查,对文书不规范等问题逐案反馈并督促整改。", ""),
        ("政策解读材料应与政策文件同步组织、同步审签。", "rule"),
        ("对交办的信访事项,要求在规定时限内报送办理结果。", "rule"),
        ("按要求在规定时限内报送办理结果。", ""),
        ("将会同县委组织部把学法用法情况纳入干部年度考核。", "intention"),  # 将会同: will
        ("将会同县委组织部把学法用法情况纳入干部年度考核。".replace("将会同县委组织部", "已"), ""),
        ("县镇执法衔接不顺畅,案件移送存在推诿。", "shortcoming"),
        ("把日后可能扯皮的地方提前堵上了。", ""),
        ("把群众对执法工作的满意度提高到90%以上,是今年的主要目标。", "target"),
        # round ო (non-achievements made to look concrete): a share of failures, a low
        # rate, staff that keeps changing, too few done, a slow process, a thing left
        # undone; a plan with its year, the drafters' 我们将, a goal's figure set; norms with
        # 应具有/应责令 and 一般在…内; answered item by item; a blanket norm counted earlier
        ("全年有2件规范性文件因超出法定权限被市政府纠正。", "shortcoming"),
        ("网络普法内容原创比例低,转发类信息占到八成以上。", "shortcoming"),
        ("全年案卷评查中,不合格案卷占比达到14%。", "shortcoming"),
        ("全县行政处罚案件经复议、诉讼被纠错的比例下降至1.3%。", ""),
        ("乡镇便民服务中心人员流动大,新手多、业务生。", "shortcoming"),
        ("部分单位法律顾问全年出具书面意见不足5件。", "shortcoming"),
        ("群众平均等候时间不足5分钟。", ""),
        ("惠企政策兑现周期长。", "shortcoming"),
        ("对评价中反映的审批周期长等问题逐项销号。", ""),
        ("部分乡镇主动公开栏目长期不更新。", "shortcoming"),
        ("撤并长期不更新栏目31个。", ""),
        ("2026年要完成全部执法记录仪的更新换代,预算约85万元。", "intention"),
        ("我们将针对电信网络诈骗高发态势,在下半年开展反诈普法宣传。", "intention"),
        ("我们将《区属国有企业改革方案》等4项决策提请区人大常委会审议。", ""),
        ("法律援助受理点向司法所延伸的工作,安排在2026年完成。", "intention"),
        ("公共法律服务热线接通率目标定为95%。", "target"),
        ("各乡镇聘请的法律顾问,应具有3年以上执业经历。", "rule"),
        ("执法决定信息一般在作出后20个工作日内公示。", "rule"),
        ("对于未按规定报备的文件,备案审查机关应责令限期补报。", "rule"),
        ("组织行政执法案卷评查,文书不规范问题逐卷反馈整改。", ""),
        ("县司法局全年完成议题合法性审查64件次,未经审查的议题一律不上会。", ""),
        ("未经审查的议题一律不上会。", "rule"),
        # round ჯ: faults a self-inspection found (not 未发现), worn equipment, a mechanism
        # still to build after 清理, a norm whose body is named, a rank to keep, a rate of
        # complaints that is high, resources spread unevenly, 将委托, a count said to be small
        ("在今年的自查中发现,本局印发的4份规范性文件未标注有效期。", "shortcoming"),
        ("年度自查未发现排除限制竞争的条款。", ""),
        ("开展自查,发现问题12个并全部整改到位。", ""),
        ("执法装备老化,全局11辆执法车中有7辆使用年限超过10年。", "shortcoming"),
        ("规范性文件清理的动态更新机制有待健全。", "shortcoming"),
        ("报送备案的规范性文件材料不齐全的,备案审查机关不予登记。", "rule"),
        ("县政府门户网站年度考核得分确保稳定在全市前三名。", "target"),
        ("12345热线工单重复投诉率较高,全年达到11.2%。", "shortcoming"),
        ("群众满意率较高。", ""),
        ("律师资源分布不均,全部集中在县城。", "shortcoming"),
        (
            "客运线路调整方案出台前,县交通运输局将委托县政府法律顾问团出具书面法律意见。",
            "intention",
        ),
        ("乡镇承接的执法事项多,但专业能力跟不上,全年立案查处的仅有3起。", "shortcoming"),
        # round ს-ჩ: links that do not run, old ways, ageing staff, pressure, counts under
        # plan, void documents still shown; talks under way, 将尝试/将实行, 定于…启动; a level
        # raised 由…到, required 要求…达到, 努力把…建成, named a hard 指标 after a comma
        ("两个系统之间数据对接不畅,群众需重复填报。", "shortcoming"),
        ("集镇排水不畅的问题经群众反映后当天得到处理。", ""),  # a problem met, not a fault
        ("法治宣传仍以发放传单为主。", "shortcoming"),
        ("普法方式较为传统。", "shortcoming"),
        ("调解员队伍老龄化明显。", "shortcoming"),
        ("针对人口老龄化特点,为老年人开展防诈骗普法讲座12场。", ""),
        ("复议案件逐年增多,办案压力较大。", "shortcoming"),
        ("通过诉前调解,法院收案压力大幅缓解。", ""),
        ("全年仅开展培训3期,低于年初计划。", "shortcoming"),
        ("3件已失效的文件在门户网站上仍显示为现行有效。", "shortcoming"),
        ("乡镇没有专职法治工作人员。", "shortcoming"),
        ("部分部门承接执法事项后接不住。", "shortcoming"),
        ("群众反映的停车难问题比较突出。", "shortcoming"),
        ("聚焦群众反映突出的问题开展专项整治,整改问题43个。", ""),
        ("在全市营商环境评价中排名靠后。", "shortcoming"),
        ("县司法局正在与县法院协商建立诉调对接机制。", "intention"),
        ("街道将尝试用直播方式开展普法。", "intention"),
        ("明年将实行领导包案制度。", "intention"),
        ("普法骨干培训定于明年3月启动。", "intention"),
        ("原定于三季度开展的清理工作已提前完成。", ""),
        ("完成行政复议体制改革,县直部门不再受理复议申请。", ""),  # a function given up
        ("网上可办率要由目前的70%提升到90%。", "target"),
        ("全程网办率达到85%,是今年政务服务要完成的硬指标。", "target"),
        ("县普法办要求各乡镇全年开展普法活动达到20场以上。", "target"),
        ("按照上级要求,全年开展普法活动达到25场。", ""),
        ("努力把县法治广场建成省级法治宣传教育基地。", "target"),
        # round ყ-ჭ: 应 of 回应 is no norm (its guard looked at 应 itself before); norms
        # with 同步/主动/向, a demand with its addressee (要求各执法中队在…前), plans 将集中/将试行,
        # 百分之百 as a target's level, 目标: opening; shortcomings: content out of date, 仍在展示,
        # people who did not (有6名干部未…), a late start, empty words, scores below average
        ("建立政策发布、解读、回应同步机制,重要政策文件与解读材料同步上网。", ""),
        ("执法人员在办案过程中应同步向当事人释法说理。", "rule"),
        ("街道要求各执法中队在三季度前完成整治。", "rule"),
        ("按照要求在三季度前完成整治,共整治场所46处。", ""),
        ("下半年将集中开展信访积案化解攻坚。", "intention"),
        ("便民服务中心将试行午间不断档服务。", "intention"),
        ("涉企政策措施确保百分之百经过公平竞争审查。", "target"),
        ("目标:涉企检查覆盖率达到80%。", "target"),
        ("部分法治宣传栏内容陈旧,仍在展示已被废止的法律条文。", "shortcoming"),
        ("更换内容陈旧的宣传栏32块。", ""),
        ("有6名干部未按时完成学法任务。", "shortcoming"),
        ("述法工作起步较晚,内容泛泛而谈。", "shortcoming"),
        ("两项指标得分低于全市平均水平。", "shortcoming"),
        ("对得分低于60分的5卷逐卷列明问题并责令整改。", ""),
        # round ხ-ჳ: 2025年计划引入…, 通过三年努力, conditional norms whose body is a
        # government or that end 视为/不再受理, petitions or complaints rising, a share under a
        # figure (not a time limit under one), a named fault (存在“挂名”问题), 确保 of a body
        # after a topic, 期望, 应就
        ("2025年计划引入第三方机构开展决策后评估。", "intention"),
        ("通过三年努力,基本建成依法决策体系。", "target"),
        ("村规民约中设定罚款的,乡镇政府不予备案。", "rule"),
        ("不按规定提出书面答复的,视为该行政行为没有证据。", "rule"),
        ("已经终结的信访事项,以同一事实再次提出的,不再受理。", "rule"),
        ("今年越级访有所上升。", "shortcoming"),
        ("群众满意度有所上升。", ""),
        ("法制审核人员占执法人员的比例不足5%。", "shortcoming"),
        ("办理时限压缩至不足5个工作日。", ""),
        ("全年出具意见不足5个。", "shortcoming"),
        ("村级法律顾问存在“挂名”问题。", "shortcoming"),
        ("在行政应诉方面,县政府确保负责人出庭应诉应出尽出。", "target"),
        ("县教育局期望执法类投诉同比下降一半。", "intention"),
        ("作出决策前,应就决策草案公开征求意见。", "rule"),
        # round ჴ-ჸ: 将逐项/将录制/将各建设, …作为硬目标, 要求是, 追究 after a conditional,
        # 应予, 有N个部门未配齐, 还有漏洞; not a time limit met (均在印发之日起15日内), nor 予 of
        # praise received
        ("针对企业反映的问题,将逐项编制政策图解。", "intention"),
        ("将录制系列普法视频。", "intention"),
        ("两个片区将各建设1个公共法律服务工作站。", "intention"),
        ("继续把负责人出庭应诉率稳定在100%作为硬目标。", "target"),
        ("我们的要求是全年保持零纠错。", "target"),
        ("拒不履行已生效行政复议决定的,依法追究相关人员责任。", "rule"),
        ("执法决定作出之日起七个工作日内应予公示。", "rule"),
        ("有6个执法部门至今未配齐专职法制审核人员。", "shortcoming"),
        ("审批服务监管还有漏洞。", "shortcoming"),
        ("规范性文件均在印发之日起15日内报县司法局备案。", ""),
        ("工作成效得到上级充分肯定。", ""),
        # round ჹ-Გ: 正在筹划, 待…后,再… after its actor, 将接入/将放在, 计划为…配备; a rate's
        # 目标 with its figure (not 绩效目标420项, a count of targets published), a goal named
        # after 是 without a comma, 三是到2025年底…; 零办案, 配备不全/至今空缺, 存在…问题; a
        # practice's frequency (每季度公开一次) stays a report of practice
        ("正在筹划律师事务所与乡镇结对共建公共法律服务站。", "intention"),
        ("镇里待县级统一模板下发后,再调整决策事项目录。", "intention"),
        ("执法监督平台下半年将接入全部12个镇的办案数据。", "intention"),
        ("2025年普法重点将放在新出台法律的宣传上。", "intention"),
        ("2025年计划为乡镇执法队配备执法记录仪。", "intention"),
        ("新提任领导干部任前法律考试一次通过率目标90%。", "target"),
        ("初信初访一次性化解率目标提升至85%。", "target"),
        ("全年随预决算公开项目绩效目标420项。", ""),
        ("依申请公开件件按期答复,是全年的底线要求。", "target"),
        ("好评率保持在99%以上是年度目标。", "target"),
        ("三是到2025年底,法律顾问参与重大决策实现全覆盖。", "target"),
        ("全年零办案的事项达58项。", "shortcoming"),
        ("执法记录仪配备不全,两个镇至今空缺。", "shortcoming"),
        ("个别单位存在超期报备问题。", "shortcoming"),
        ("村级财务每季度公开一次。", ""),
        # round Დ-Ი: the amount of what was taken part in, a fault analysed, a rule a
        # document was amended with, 应急 (no 应), a yearly deadline, 力保 (not 地力保护),
        # the end of a named period, 适时/重新/赴 after 将, 正在筹…; scores below (or a bad
        # rate above) the average, things still undone, less than half, idle accounts,
        # a step not taken fully (not as the cause of a correction)
        ("全镇32名执法人员今年参加了县司法局组织的不少于60学时的法律知识培训。", ""),
        ("执法人员每年参加法律知识培训不少于60学时。", "rule"),
        ("镇里组织召开执法案例分析会2次,剖析了3起程序不规范的案件。", ""),
        ("镇长办公会议事规则完成修订,增加了议题提交前须经合法性审查的要求。", ""),
        ("县应急管理局在各乡镇便民服务中心设置应急管理服务窗口。", ""),
        ("各乡镇应于每月5日前报送数据。", "rule"),
        ("政府信息公开年度报告每年1月31日前公布。", "rule"),
        ("企业诉求办结率力保100%。", "target"),
        ("耕地地力保护补贴发放名单全部公开。", ""),
        ("到“十四五”末,全县重大决策社会稳定风险评估实现全覆盖。", "target"),
        ("适时启动执法人员轮岗交流。", "intention"),
        ("2025年将重新编制街道公共服务事项清单。", "intention"),
        ("各乡镇审查人员下半年将赴兰山区考察学习。", "intention"),
        ("县法院正在筹拍以案释法微视频。", "intention"),
        ("我县得分81.5分,低于全市平均水平。", "shortcoming"),
        ("败诉率为11.7%,高于全市平均水平。", "shortcoming"),
        ("败诉率为3%,低于全市平均水平。", ""),
        ("常用的30类电子证照中尚有11类未完成数据归集。", "shortcoming"),
        ("能正常开展代办业务的不足一半。", "shortcoming"),
        ("部分账号长期处于“睡眠”状态。", "shortcoming"),
        ("个别村制定村规民约时没有充分征求村民意见。", "shortcoming"),
        ("因未充分听取商户意见,街道把停车管理措施退回重新论证。", ""),
        # round Კ-Პ: 仍发现, a share left undone, own cases overturned for a fault (not 无一件,
        # 其中1件: others'), 还在研究, below a requirement, a condition's time limit, points
        # lost, too few, 将随之/将在…把, 正研究, 再压减 by a deadline, 应列未列, 需重新, 待…,再
        # (not 待遇, 优待证), 不足一成 (not 由不足七成提高到), 计划前 a time, 必先
        ("规范性文件备案审查中,仍发现2件未按期报备。", "shortcoming"),
        ("约四成案件未录入执法平台。", "shortcoming"),
        ("2起案件因程序瑕疵被县政府复议纠错。", "shortcoming"),
        ("全年无一件因程序违法被撤销。", ""),
        ("对13件规范性文件进行备案审查,其中1件因程序不规范被责令纠正。", ""),
        ("物业纠纷调解委员会的组建方案还在研究中。", "intention"),
        ("法治文化阵地仅建成2处,远低于每村1处的要求。", "shortcoming"),
        ("依申请公开不能当场答复的,20个工作日内答复。", "rule"),
        ("我街道在两项指标上失分较多。", "shortcoming"),
        ("以案释法案例数量少。", "shortcoming"),
        ("区里模板下发后,街道目录将随之调整。", "intention"),
        ("县行政审批局正研究推广“免证办”服务。", "intention"),
        ("到2024年底,涉企行政检查次数较上年再压减20%以上。", "target"),
        ("决策目录编制的范围把握不准,有的事项应列未列。", "shortcoming"),
        ("执法证件有效期满后需重新申领。", "rule"),
        ("县政府将在新的一年把乡镇合法性审查工作纳入年度考核。", "intention"),
        ("待执法事项划转方案经省政府批复,镇街再同步调整执法人员岗位。", "intention"),
        ("社保待遇资格认证、老年人优待证办理实现掌上办,群众不用再跑大厅。", ""),
        ("图解、视频解读占比不足一成。", "shortcoming"),
        ("执法文书规范率由不足七成提高到95%。", ""),
        ("在制定老旧小区改造计划前,我局召开居民议事会听取意见。", ""),
        ("党组会研究“三重一大”事项前必先听取法律意见。", "rule"),
        # round Ჟ-Ფ: a notice served on the problems found; a body in name only (not a sign
        # hung, a stall set up), a goal named after a figure, a target reached by a year,
        # 存在…情况, 推进缓慢, a target's change, 尚有…没有, one's unit reported (not 没有一次…)
        ("抽查案卷45卷,对其余6卷存在的问题下发了整改通知。", ""),
        ("村里的公共法律服务工作室有的只是挂了块牌子,平时没人值班。", "shortcoming"),
        ("镇里在每个“法律明白人”家门口挂了牌子。", ""),
        ("法治文化阵地建得多、用得少,有的成了摆设。", "shortcoming"),
        ("利用赶集日摆设普法摊位。", ""),
        ("负责人出庭应诉率继续保持100%是今年的硬目标。", "target"),
        ("到2026年,法治文化阵地覆盖所有街道。", "target"),
        ("政府合同审查存在事后补审情况。", "shortcoming"),
        ("“一件事”集成改革推进缓慢。", "shortcoming"),
        ("企业诉求平均响应时间目标缩短至24小时以内。", "target"),
        ("尚有5家的裁量基准没有向社会公布。", "shortcoming"),
        ("县政府门户网站被市政府办公室通报存在错别字问题。", "shortcoming"),
        ("全年出庭应诉46件次,没有一次因“出庭不出声”被法院通报。", ""),
        ("4个部门迟迟未完成清单公布。", "shortcoming"),
        # round Ქ-Ც: 努力将, a target's 突破, a goal named after 作为, 按计划于年内, 不稳定 (not
        # 不稳定因素), 将全部实行, a problem 仍较为突出, a target rate, 要从…拓展到; 计划调整 a
        # noun; faulty provisions 作了修改; a rule a document was amended with, far from 明确
        ("努力将诉前调解成功率提升至40%以上。", "target"),
        ("普法短视频年度播放量目标突破3000万次。", "target"),
        ("主动公开政府信息数量较上年增长10%,作为本年度政务公开的预期目标。", "target"),
        ("实施细则草案按计划于年内提交局党组会议审议。", "intention"),
        ("合法性审查人员队伍不稳定。", "shortcoming"),
        ("开展不稳定因素排查,对矛盾纠纷实行台账管理。", ""),
        ("2026年,常务会议审议议题将全部实行“先审查、后上会”。", "intention"),
        ("程序违法问题仍较为突出。", "shortcoming"),
        ("排查出的137件重复信访事项,目标化解率为90%。", "target"),
        ("不罚清单涵盖领域要从目前的10个拓展到20个以上。", "target"),
        ("围绕城市更新单元计划调整事项,召开了听证会。", ""),
        ("对不适应简政放权要求的条款作了修改。", ""),
        (
            "修订议事规则,明确重大事项决策、重要干部任免、重大项目安排和大额资金使用必须集体讨论决定。",
            "",
        ),
        # round Ძ-Ჵ (eleventh session): 会 and 后续 as "will", 将向/将分批, 计划建成, a
        # disposal planned (将推动…纳入); a target fixed (目标定在), striven for (努力提升到) or
        # asked by a purpose; a norm for a bureau or a person; a rate after a verb of
        # putting right, limits, a fault counted after its cause; none of them said of
        # the people served or of what was put right
        ("区政务服务中心后续还会增设夜间自助服务专区。", "intention"),
        ("县市场监管局会在各乡镇市场监管所设立投诉受理点。", "intention"),
        ("县司法局还会同县法院开展了诉调对接培训。", ""),
        ("街道将分批组织网格员参加人民调解培训。", "intention"),
        ("镇政府将向区司法局申请增配专职调解员。", "intention"),
        ("明年计划建成镇级法治文化广场。", "intention"),
        ("区人社局将推动更多社保业务纳入“一网通办”。", "intention"),
        ("区人社局将更多社保业务纳入“一网通办”。", ""),
        ("行政复议纠错率年度目标定在15%以内。", "target"),
        ("依申请公开按期答复率努力提高到98%以上。", "target"),
        ("推动网上可办事项增加到300项以上。", "target"),
        ("通过数据共享,让企业报送的材料再压减两成。", "target"),
        ("网上可办事项由120项增加到300项。", ""),
        ("每名执法人员每年应参加不少于60学时的培训。", "rule"),
        ("申请材料不齐全的,县行政审批局不予受理。", "rule"),
        ("对复议决定不服的,申请人可以依法向人民法院提起诉讼。", "rule"),
        ("热线工单一次性解决率仍然偏低。", "shortcoming"),
        ("一次性解决群众诉求1200件。", ""),
        ("召开联席会议,研究解决执法争议3件。", ""),
        ("街道调解力量有限,专职调解员仅2名。", "shortcoming"),
        ("部分窗口岗位设置不合理。", "shortcoming"),
        ("取消不合理罚款事项6项。", ""),
        ("因程序瑕疵被复议撤销的处罚决定有2件。", "shortcoming"),
        ("信访积案化解进展缓慢。", "shortcoming"),
        ("山区网络信号差,网上办事推广受限。", "shortcoming"),
        ("为12名生活确有困难的申请人减免公证费用。", ""),
        # round Ჷ-Г: 正在, 筹划/筹备, 拟发布, 将作为, 将及时; a change due by a year in
        # mid-sentence; 不能低于, a time limit defined; failures counted (不到三成, 有1件超过
        # 法定期限, 有3人…不合格, not when the unit acted on them), systems not joined, one's
        # own decisions overturned after 仍有
        ("镇综治中心建设正在与县政法委对接筹备。", "intention"),
        ("对照正在执行的12件文件逐件核查。", ""),
        ("把普法宣讲纳入业主大会筹备流程。", ""),
        ("区政府办公室也在筹划推出“政策计算器”。", "intention"),
        ("全年审核拟发布规范性文件15件。", ""),  # 拟发: a document to be issued
        ("3个街道将作为“一网统管”首批试点。", "intention"),
        ("区司法局将3名律师作为政府法律顾问。", ""),
        ("区政府将及时清理涉企政策文件。", "intention"),
        ("网上可办率到2026年提高到95%。", "target"),
        ("调解协议履行率不能低于90%。", "rule"),
        ("答复期限为收到申请之日起15个工作日。", "rule"),
        ("培训的法律明白人实际参与调解的不到三成。", "shortcoming"),
        ("全年依申请公开答复中有1件超过法定期限。", "shortcoming"),
        ("干部学法考试中有3人成绩不合格。", "shortcoming"),
        ("有2名执法人员因考核不合格被暂扣执法证件。", ""),
        ("镇便民服务系统与县级平台数据未打通。", "shortcoming"),
        ("今年仍有2起处罚决定因程序违法被复议撤销。", "shortcoming"),
        # round Д-Ц: 将择机/将由/将每周, 初步考虑; 这是…目标, 年内确保…, a time limit
        # promised; 要件件/要让; shortcomings 停留在…层面, 不重视, 多为兼职, 办件为零, 中下游,
        # 人少, 不好排查; 修改意见 is a noun, no putting right; 拟 inside the object acted on
        ("恳谈会将择机召开。", "intention"),
        ("《问题汇编》将由区法制审核室编印。", "intention"),
        ("法治栏目开播后,以案释法节目将每周播出一期。", "intention"),
        ("县司法局的初步考虑是从人大代表中聘请20名执法监督员。", "intention"),
        ("信访总量较上年下降10%,这是今年的主要预期目标。", "target"),
        ("年内确保所有规范性文件在门户网站集中公开。", "target"),
        ("涉企诉求确保24小时内响应。", "target"),
        ("信访事项要件件按期办结。", "rule"),
        ("合法性审查仍停留在“走程序”层面。", "shortcoming"),
        ("审查意见中实质性修改意见不足一成。", "shortcoming"),
        ("提出修改意见12条,均被采纳。", ""),
        ("一些部门对法制审核人员的配备不重视,审核人员多为兼职。", "shortcoming"),
        ("有的下放事项自下放以来办件为零。", "shortcoming"),
        ("行政复议纠错案件为零。", ""),
        ("政务公开第三方评估在全市排名第九,位居中下游。", "shortcoming"),
        ("镇综合执法队人少。", "shortcoming"),
        ("留守家庭的纠纷不好排查。", "shortcoming"),
        ("区司法局完成对区政府拟签订招商引资合同的合法性审查。", ""),
        ("县政府拟对城区停车收费标准进行调整。", "intention"),
        # the review of the session's rules: each new wording kept from the achievements
        # it also fits (计划完成率, 还会 as a habit, 正在推行 with a count, 精心筹备…成功举办,
        # 后续 as "afterwards", 将 marking an object, a task named after a count, a rate
        # raised from a level, a mechanism's time limit, who had to attend, failures found
        # and acted on, none overdue, poor offices renovated, a rate raised from below,
        # short queues, firms helped)
        ("年度双随机抽查计划完成率达100%。", ""),
        ("调解成功后,调解员还会定期回访当事人。", ""),
        ("县司法局正在全面推行“容缺受理”,已受理120件。", ""),
        ("精心筹备并成功举办首届法治文化节。", ""),
        ("后续,县司法局对整改情况进行了回访。", ""),
        ("将分类结果在门户网站公示。", ""),
        ("全年化解信访积案35件,这是县委县政府交办的重点任务。", ""),
        ("推动行政机关负责人出庭应诉率由85%提升至100%。", ""),
        ("建立涉企诉求快速响应机制,确保24小时内响应。", ""),
        ("全县应参加学法考试的2300名国家工作人员全部参加考试。", ""),
        ("抽检食品300批次,有3家企业不合格,已依法查处。", ""),
        ("全年超期办件为零。", ""),
        ("对办公条件差的5个司法所进行改造提升。", ""),
        ("网办率由不到三成提高到九成以上。", ""),
        ("窗口排队人少,办事效率高。", ""),
        ("帮助有困难企业纾困解难。", ""),
        # twelfth session: 确保 after a time frame or a subject of every kind (a purpose
        # after a deed stays one), 不佳 as a predicate (not of the object acted on), 均要,
        # a level due by a year's end, a fault met while putting right, a level to keep to
        ("所有重大行政决策事项确保经县政府常务会议集体讨论决定。", "target"),
        ("我局出台涉农补贴政策前,确保做到逢策必听农民意见。", "target"),
        ("对依申请公开中的疑难件组织集体研究,确保答复合法规范。", ""),
        ("网上办事体验不佳。", "shortcoming"),
        ("对实施效果不佳的4件文件启动修订程序。", ""),
        ("年底前,所有普法责任单位均要完成普法责任清单公布。", "rule"),
        ("两家单位均要求听证,均已组织听证。", ""),
        ("2025年底前实现政务服务事项标准化覆盖率100%。", "target"),
        ("2024年底前已实现政务服务事项标准化全覆盖。", ""),
        ("个别社区修订居民公约时仍存在条款不合法的问题。", "shortcoming"),
        ("对检查中发现的问题全部整改到位。", ""),
        ("把行政处罚案件的复议纠错率控制在3%以内。", "target"),
        ("全年行政复议纠错率控制在3%以内。", ""),
        # (the review of the session's rules: a deed's purpose without a comma, 保证保险,
        # 要素, the object acted on, 将 + its object, effort as a noun, a result compared,
        # a deadline met early, a fault of the past, a fault that is the object put right,
        # targets set for others and met, a deed named the year's focus)
        ("县财政安排法律顾问专项经费20万元确保工作正常开展。", ""),
        ("在全市率先推行工程履约保证保险替代现金保证金。", ""),
        ("抽查的50份行政处罚决定书均要素齐全、文书规范。", ""),
        ("将12家信用不佳企业列入重点监管名单。", ""),
        ("将企业开办时间控制在1个工作日以内。", ""),
        ("经多方努力保持了连续五年无行政诉讼败诉案件。", ""),
        ("经过全县上下共同努力在全省法治政府建设考评中位列第三。", ""),
        ("使全县行政复议纠错率降至2.1%,同比下降1.5个百分点。", ""),
        ("政务服务事项网上可办率已于2024年底前提升至98%。", ""),
        ("2024年底前实现全县村(社区)法律顾问全覆盖,比省定时限提前一年。", ""),
        ("以往时有出现的乱摆摊设点现象明显减少。", ""),
        ("整改政务服务大厅受理时存在的不规范问题,实现一次告知。", ""),
        ("县政府明确的5项年度目标任务,已完成5项。", ""),
        ("全县共排查化解矛盾纠纷2316件,是今年平安建设的重点工作。", ""),
        # (its second round: a level asked for at the start, 努力保持, a change due before
        # a year's end, faults that recur, the unit's own target as a noun phrase)
        ("使行政应诉败诉率控制在5%以内。", "target"),
        ("行政应诉败诉率控制在5%以内。", ""),
        ("努力保持全市普法考核优秀等次。", "target"),
        ("经过努力,在全市普法考核中获评优秀等次。", ""),
        ("政务服务事项网上可办率2024年底前提升到95%。", "target"),
        ("依申请公开答复书中,告知救济途径等要素时有遗漏。", "shortcoming"),
        ("我局确定的年度目标是政府合同审核率100%。", "target"),
        ("网上可办率达到98.6%,年初确定的目标全部实现。", ""),
        # (the thirteenth session: 我们将 before more verbs, hurried or incomplete work,
        # credibility harmed, a promise of no failure, a norm of what can be done at once;
        # with the wrong readings its reviews found: 将 the object marker, hardship as a
        # deed's setting, a short time or a long way named as a fault found or a deed's
        # reason, a rate reached after the norm)
        ("我们将深化“最多跑一次”改革,梳理更多事项纳入“一次办结”范围。", "intention"),
        ("在重大行政决策中,我们将更多引入第三方评估。", "intention"),
        ("今年,我们将更多精力投入行政复议案件办理,全年办结复议案件120件。", ""),
        ("县委编办将从县直部门抽调的12名执法骨干全部充实到乡镇综合执法队。", ""),
        ("县法治办将认真研究吸纳的23条意见反馈给起草单位。", ""),
        ("我们将法律顾问参与决策情况纳入部门年度法治考核。", ""),
        ("部分部门报送审查的材料不齐全、时间仓促。", "shortcoming"),
        ("对程序材料不齐全的2项决策草案,县政府暂缓上会并退回补正。", ""),
        ("审查发现3件规范性文件征求意见时间过短,已督促起草单位重新征求意见。", ""),
        ("县应急管理局通过短信平台推送预警信息38万条。", ""),
        ("在执法人员少、任务重的情况下,全年办结行政处罚案件368件。", ""),
        ("对公示期限过短的2个项目,责令重新公示。", ""),
        ("实行预约办理后,平均办理时间较短,群众满意率达99.6%。", ""),
        ("全县政务服务未因系统切换受到影响,全年办件12.6万件。", ""),
        ("评估结论的客观性和公信力受到影响。", "shortcoming"),
        ("停水期间群众生产生活未受到影响。", ""),
        ("依申请公开件,确保一件不超期。", "target"),
        ("依申请公开件全部按期答复,确保了一件不超期。", ""),
        ("全县依申请公开件确保件件不超期。", "target"),
        ("县司法局建立复议案件到期预警机制,确保一件不超期。", ""),
        ("收到公开申请的,能当场答复就当场答复。", "rule"),
        ("对群众反映的问题,当场答复23件。", ""),
        ("收到信息公开申请后,能够当场答复的当场答复。", "rule"),
        ("对申请材料齐全的,能当场办结就当场办结,当场办结率达到92.3%。", ""),
        ("对涉及多个部门职责交叉的,相关职能部门就争议事项召开联席会议12次。", ""),
        # (and from a batch of non-achievements: a share of repeat petitions, a future
        # year and a body before 要, a law newly amended, 将梳理…)
        ("重复信访比例较高,占全年信访总量的三成左右。", "shortcoming"),
        ("投诉处理满意率较高。", ""),
        (
            "2026年,县政务公开办要会同县数据局完成网站集约化改版,把31个子站全部迁入统一平台。",
            "intention",
        ),
        ("2024年,县政府要求各部门全面公开权责清单,共公开事项2300项。", ""),
        ("考虑到山区群众路途较远,开通流动服务车,上门办理业务326件。", ""),
        ("政府公信力受到了一定程度的影响。", "shortcoming"),
        ("2024年,我县推动群众由要我守法向我要守法转变,开展普法活动320场次。", ""),
        ("对投诉占比较高的物业、餐饮等行业开展专项整治,查处违法行为36起。", ""),
        ("对12件规范性文件进行清理,修改的3件主要存在与上位法不一致问题。", ""),
        ("全面梳理行政执法事项1260项,并将梳理结果在县政府门户网站公示。", ""),
        ("基层执法人员对新修订的《行政处罚法》理解不深、运用不熟。", "shortcoming"),
        ("修订了《议事规则》中不规范的条款3处。", ""),
        ("将梳理形成乡镇基层政务公开标准目录。", "intention"),
        ("将梳理出的32个问题全部纳入整改台账。", ""),
    ],
)
def test_non_achievement_wording(sentence, reason):
    assert non_achievement(sentence) == reason


@pytest.mark.parametrize(
    ("sentence", "deed"),
    [
        ("街道修订《党工委会议议事规则》。", True),  # a document made
        ("召开全县重大行政决策工作推进会。", True),  # a concrete act, any verb
        ("先后开展人民调解专项活动。", True),  # perfective
        ("县医保局在服务大厅公示医保报销比例。", True),  # general verb + actor and place
        ("开展“枫桥式”司法所创建。", True),  # general verb + a named programme
        ("坚持和发展新时代“枫桥经验”。", False),  # a quoted name alone is no deed
        ("深入开展法治宣传教育。", False),  # task framed
        ("定期召开专题会议研究解决法治建设中的重大问题。", False),  # a habit
        ("利用新媒体平台开展普法宣传。", False),  # general verb, nothing specific
        ("优化法律顾问队伍结构,规范法律顾问选聘工作,提升工作质量。", False),  # a task list
        ("充分发挥门户网站作用,统筹规范栏目设置,增强网站发布信息的功能。", False),  # tasks
        ("设立县行政执法协调监督局,统筹开展全县执法监督工作。", True),  # a deed, its purpose
        # deed verbs read across a word boundary are none (记录|制度, 线上|线下, 面对|接访)
        ("全面推行执法公示制度、执法全过程记录制度、法制审核制度。", False),
        ("坚持线上线下相结合,推动普法宣传全覆盖。", False),
        ("面对接访群众耐心细致。", False),
        ("行政执法监督平台上线运行。", True),
        ("录制普法微视频5部。", True),
        ("加强政府信息公开平台建设,及时发布政府信息。", False),  # no actor: 加强政府…
        # standing practice, definitions, quoted names and frames (written apart from the rules)
        ("县司法局坚持每件必审、每案必核,严把合法性审查关。", False),
        ("政府网站是政务公开的第一平台。", False),
        ("推行“诉调对接”“访调对接”工作机制。", False),  # verbs inside names
        ("推行“最多跑一次”改革,让群众少跑腿。", False),  # a count inside a name
        ("政务服务中心实行“前台受理、后台审批”模式。", False),  # a standard system
        ("政府门户网站设置互动交流栏目,及时受理答复群众留言。", False),
        ("培育农村“法律明白人”,发挥其在乡村治理中的作用。", False),
        ("采取“承办单位+法律顾问+司法局”把关模式,对规范性文件实行多维审查。", True),
        ("联合多家单位开展“青少年模拟法庭”等普法活动。", True),  # a named event
        ("年底对各执法部门开展执法评议考核。", True),  # a time of the year
        ("重大事项一律提交集体讨论。", False),  # a standing rule of practice
        ("所有行政诉讼案件均按时提交答辩状,未出现逾期举证。", True),
        # a document issued or drawn up (制发, 形成《》); coverage reached; a lecture given
        ("县依法治县办制发《关于规范合法性审查工作的通知》。", True),
        ("逐案剖析败诉案件,形成《败诉案件分析报告》。", True),
        ("形成长效机制。", False),
        ("全县村(社区)公开栏实现全覆盖。", True),
        ("行政复议案件全部实现网上申请。", True),
        ("推动实现全覆盖。", False),  # a task: 推动 frames it
        ("县委书记带头讲授法治课。", True),
        ("建立“一站式”矛盾纠纷调处化解中心。", True),  # a place set up
        ("建立矛盾纠纷多元化解机制。", False),  # a mechanism
        ("制定并严格执行乡镇行政处罚裁量基准。", True),
        ("全年没有发生一起较大以上安全生产事故。", True),
        ("低保对象全部张榜公示。", True),
        ("行政诉讼案件经法院协调后原告撤诉。", True),
        ("利用农闲开展普法,在田间地头宣讲土地承包法。", True),  # a place
        ("将法律顾问意见采纳情况写入会议纪要。", True),
        # an appearance in court, a settlement, equipment issued, a passive approval
        ("副县长出庭应诉一起征地案件。", True),
        ("落实行政机关负责人出庭应诉制度。", False),  # a system, not an appearance
        ("庭后与原告达成和解。", True),
        ("为执法队员配发执法记录仪。", True),
        ("《安全生产专项整治方案》经局务会集体讨论决定。", True),
        ("重大事项须经局务会集体讨论决定。", False),
        ("政府网站改版后,县政务服务局新增办事指南栏目。", True),
        ("整改后辖区未再出现违规发文的情况。", True),
        ("预算报告在批准后20日内全部向社会公开。", True),
        ("在国家宪法日组织新任职干部进行宪法宣誓。", True),
        ("切实尊重和支持人民法院依法受理行政案件。", False),  # a task worded as support
        ("我镇把会前学法写进年度学习计划。", True),
        ("全市县级政府网站全部设置政务公开专栏。", True),
        ("乡执法队今年没有接到一起粗暴执法的投诉。", True),
        ("乡里组织村干部在县法治教育基地参观学习。", True),  # a place
        ("青少年法治教育实践基地在区检察院落成。", True),
        # a frame clause (以…为抓手) is neither task nor deed: the rest decides
        ("以“一站式”矛盾纠纷调处化解为抓手,持续提升基层治理效能。", False),
        ("以“法律明白人”培育为抓手,全年培训村干部320人次。", True),
        ("深入贯彻新修订的《行政复议法》。", False),  # 修订的《》: a law described, not made
        ("把普法宣传送到田间地头、送到群众家门口。", False),
        ("对框架协议开展审查,删除了违规承诺的条款。", True),
        ("镇长在院坝会上对土地确权政策进行了解读。", True),  # 了 + 解读, not 了解
        ("深入了解群众对政务公开的需求。", False),
        ("应急信息都及时向社会公布。", True),  # 都 as 均
        ("就政策适用口径征询公职律师意见并形成书面意见。", True),
        ("法律明白人在赶集日摆摊解答法律疑问。", True),  # a market day: a time and place
        ("法律明白人为群众解答法律疑问。", False),
        ("牢固树立尊重司法的理念,积极支持人民法院依法受理行政案件。", False),  # tasks
        ("基层法院万人成诉率降至全省较低水平。", True),  # a level reached
        ("万人成诉率要降至全省较低水平。", False),
        ("在国家宪法日组织机关干部集体诵读宪法。", True),  # 组织机关干部: a verb, not 组织机关
        ("县人社局深入企业宣讲劳动合同法。", True),  # 深入企业: going into firms
        ("深入宣讲劳动合同法。", False),  # 深入 frames the verb right after it
        ("对一线执法人员开展执法行为规范专题培训。", True),  # an event held
        ("通过专题讲座、研讨交流等形式,组织领导干部深入学习。", False),  # a form named
        # a disposal with no body before it: with 把 it is how padding is written (把依法决策
        # 情况纳入干部考核); opening with 将 it is the report's own step, its actor left out
        # (round ԇ-ԍ: 108 achievements, 3 slogans and no plan so worded in the fixture),
        # except 纳入…考核, padding's favourite, which needs its when, who or how much
        ("将公平竞争审查工作纳入年度法治政府建设考核内容。", False),
        ("将法治建设成效纳入政绩考核指标体系。", False),
        ("将普法工作纳入各部门年度考核,全年考核28个部门。", True),
        ("将公平竞争审查工作写入县政府常务会议议事规则。", True),
        ("把公平竞争审查工作纳入年度法治政府建设考核内容。", False),
        ("将公平竞争审查工作纳入年度考核,推动审查工作常态化。", False),  # and its purpose
        ("已将公平竞争审查工作纳入年度法治政府建设考核内容。", True),
        ("县市场监管局将公平竞争审查工作纳入年度法治政府建设考核内容。", True),
        ("将法治教育纳入国民教育体系。", False),
        ("开展“八五”普法中期评估,形成中期评估报告。", True),
        ("规划草案提交市政府常务会议集体讨论通过。", True),
        ("在乡村集市开办反诈小课堂。", True),
        ("优化企业开办流程。", False),  # 企业开办: a noun
        ("组织开展罚没收入专项检查,未发现下达罚没指标的情况。", True),
        ("重点抓好领导干部的法治教育,建立应知应会法律清单制度,提升全民法治意识。", False),
        ("年度重大行政决策事项目录经县政府常务会议审定后向社会公布。", True),
        ("全区作出的重大行政执法决定全部经过法制审核。", True),
        ("让每一项决策都经得起法律和历史的检验。", False),  # 经得起: no procedure passed
        ("法律援助经济困难标准由低保标准的1.5倍调整为2倍。", True),
        ("梳理形成重大行政决策程序流程图和配套文书范本。", True),
        ("对法律明白人进行集中培训。", True),
        ("启动提升行政执法质量三年行动。", True),
        # round Θ-Φ: a scene-setting clause (围绕…, 依托…) is no task; verbs of a new column,
        # a broadcast, an upload; 实现…全覆盖; moved into a platform; a review passed
        ("围绕土地承包、婚姻家庭等内容,举办“法律明白人”专题培训。", True),
        ("围绕中心、服务大局,深入开展法治宣传。", False),
        ("依托“闽政通”App,社保、医保等高频事项整合进“掌上办”专区。", True),
        ("综治中心是整合资源、化解矛盾的重要平台。", False),  # a definition
        ("县政府门户网站新设“重点领域信息公开”栏目。", True),
        ("县电视台在黄金时段播出普法公益广告。", True),
        ("县直部门实现公职律师全覆盖。", True),
        ("“八五”普法规划中期评估通过市级验收。", True),
        ("组织政务公开工作人员赴先进地区考察学习。", True),
        ("县政府主要负责同志就重大政策接受媒体专访。", True),
        ("县政府常务会议专题听取年度行政复议工作情况汇报。", True),
        ("定期召开专题会议研究解决重大问题,听取工作汇报。", False),  # 定期: a habit
        ("新任命的国家工作人员全部依法进行宪法宣誓。", True),
        ("法律援助经济困难标准调整为当地最低工资标准的2倍。", True),
        ("梳理并公布县级行政许可事项清单。", True),
        ("建立柔性执法清单,综合运用提示、告诫等方式。", False),  # a list as a tool
        ("按时、准确在网上公布办事指南;", False),  # a standing duty
        ("政府信息公开指南和目录实行动态更新。", False),
        ("对全县行政执法单位开展执法质效评估。", True),  # a named object of one action
        ("法制审核机构对送审文件的内容进行全面审查。", False),
        ("公证处梳理公布“一次不用跑”事项清单。", True),  # a body opens the sentence
        ("历史遗留问题较多,调处化解难度较大。", False),  # 调处 is no 公证处
        ("5月,县矛盾纠纷多元化解工作领导小组调整充实。", True),
        ("村级重大合同统一纳入镇街法律顾问审查范围。", True),
        # round Ω-β: registers set up, rule-books revised, results against last year,
        # places gone into (not the 进 of 推进), audiences named, quizzes, named places
        ("建立行政执法人员信息库,全面实行持证上岗。", True),
        ("建立医疗纠纷预防与处理工作台账。", True),
        ("建立健全矛盾纠纷排查台账制度。", False),
        ("修订完善行政复议案件审理规则,规范办案流程。", True),
        ("推行“综合查一次”,入企检查频次较上年明显下降。", True),
        ("普法志愿者走进菜市场开展“法治集市”摊位式宣传。", True),
        ("区普法讲师团深入企业车间开展安全生产法宣讲。", True),
        ("推进企业合规建设。", False),  # 推进 is no 进企业
        ("面向外来务工人员开展劳动权益保障法律宣传。", True),
        ("组织全县中小学生参加全国青少年学法用法网上知识竞赛。", True),
        ("打造“法治文化一条街”,把法律知识融入街道景观。", True),
        ("在县市场监管局试点行政执法“首席法务官”制度。", True),
        ("在服务全局中开展普法宣传。", False),  # 全局 is no bureau
        ("组织专家对规划草案进行论证,形成书面论证意见。", True),
        ("定期开展风险评估工作,对重大决策进行社会稳定风险评估。", False),  # 定期: a habit
        # round γ-ζ: disposal with a result (把…合并成…), a level of zero, a change seen,
        # the whole county as the place, contests and reports of duties as events
        ("街道政务服务中心把户籍、社保等窗口合并成综合窗口。", True),
        ("把普法宣传送到田间地头、送到群众家门口。", False),
        ("把法治政府建设放在突出位置。", False),
        ("本年度街道辖区越级上访为零。", True),
        ("街道在执法文书中使用统一格式文本,文书规范程度明显提高。", True),
        ("在全市推广“警调对接”“检调对接”。", True),
        ("在全县上下营造浓厚氛围,推广先进经验。", False),
        ("组织全市市场监管系统开展执法业务技能大比武。", True),
        ("社区民警和志愿者走进老年大学开展防诈骗宣传。", True),
        # the actor after a purpose or scene clause; 依托…中心 is no actor
        ("为增强普法吸引力,县普法办组织编排法治快板等文艺节目。", True),
        ("针对冬季供暖问题,区政府组织相关部门现场办公。", True),
        ("依托综合治理中心,统筹推进“三所联动”,持续发挥司法所作用。", False),
        ("提出的法律风险提示均被采纳。", True),
        ("县卫健局组织全县医务人员参加法律知识测试。", True),
        ("持续抓好各重点领域专项整治工作。", False),
        ("县司法局会同纪检监察机关开展执法作风专项整治。", True),
        ("我镇在行政执法中推行说理式执法。", True),  # 我镇: the unit itself as actor
        ("推行说理式执法。", False),
        # round μ-ν: a connective clause is no actor; 工作证 is no 工作; shows and reports
        ("此外,区综合行政执法局在全部执法车辆上安装了定位终端。", True),
        ("此外,区综合行政执法局在执法车辆上安装定位终端。", True),
        ("为“法律明白人”统一配发工作证和《法律明白人工作手册》。", True),
        ("做好答复工作。", False),
        ("组织开展“美丽乡村·法治同行”法治文艺汇演。", True),
        ("县政府向县人大常委会专题报告代表建议办理情况。", True),
        ("在住房公积金业务中推行“刷脸办”,提取业务实现秒批秒办。", True),  # where
        ("推行“刷脸办”,提取业务实现秒批秒办。", False),
        # 前台, 后台 and 平台 are no bodies (the shared suffix list of actor and named body)
        ("推行前台受理、后台审批。", False),
        ("县电视台开展普法宣传。", True),
        # completion read through a short object or a place: 全部立卷归档, 全部在…内提交
        ("重大行政决策全过程记录材料全部立卷归档。", True),
        ("决策材料要立卷归档。", False),
        ("答辩状和证据材料全部在法定期限内提交法院。", True),
        ("答辩状和证据材料在法定期限内提交法院。", False),
        ("镇政府今年第一次请专家为产业扶持政策把关。", True),
        ("请专家为产业扶持政策把关。", False),
        # items made public, listed; a trip into a studio
        ("公开全县义务教育学校招生政策、划片范围和招生结果。", True),
        ("主动公开财政预决算、重大项目建设等重点领域信息。", False),
        ("公开招生政策。", False),
        ("县长走进“政风行风热线”直播间,现场回应群众诉求。", True),
        ("鼓励领导干部回应群众诉求。", False),
        # a study session, an oath taken, a contest hosted, a day of the year
        ("县委理论学习中心组专题学习习近平法治思想。", True),
        ("定期专题学习习近平法治思想。", False),
        ("组织新任职国家工作人员进行宪法宣誓。", True),
        ("在消费者权益日、国际禁毒日开展主题法治宣传。", True),
        ("开展主题法治宣传。", False),
        # round υ: shows composed, demolitions, orders and work on the spot
        ("编排方言普法小品《彩礼风波》,在各村巡回演出。", True),
        ("编排普法小品。", True),  # round ი-ნ: 编排 reports the show made, as 编写 does
        ("在歌圩现场设置普法展台,群众边对歌边学法。", True),
        ("设置普法展台。", False),
        ("拆除违法建筑3处。", True),
        ("依法拆除违法建筑。", False),
        ("县住建局在公众号发布情况说明。", True),  # 情况说明 is no 发布情况
        ("通报信息发布情况。", False),
        # completion wording inside a quoted name is the name's
        ("推动政务公开由“公开了”向“公开好”转变。", False),
        ("县政府门户网站改版了“公开了吗”专栏。", True),
        # …and a change of course claimed alone is an outcome, no deed (round ї)
        ("政务公开实现了由“公开了”向“公开好”转变。", False),
        ("局长每月走进电台直播间,与群众在线交流。", False),  # a habit
        ("建立每周一集中学习制度,领导干部带头学法。", False),  # a system
        ("推行在线申请、现场核验的审批模式。", False),  # 在线 is no place
        ("在各村村委会院墙绘制法治文化墙。", True),
        ("绘制法治建设蓝图。", False),
        # 严把…关 sets a task: the deed verb inside it names the gate (制发关口)
        ("严把规范性文件制发关口。", False),
        ("把好行政执法人员入口关。", False),
        ("区司法局严把规范性文件制发关口,印发审查工作指引。", True),
        # 了 of a condition (发现了就…) reports nothing
        ("发现了就化解,不留尾巴。", False),
        ("排查发现了3起纠纷隐患。", True),
        # completion wording in a clause that states an aim is the aim's
        ("健全复议与诉讼衔接机制,推动行政争议在复议环节得到有效化解。", False),
        ("对重复信访事项逐案复查,推动解决了一批历史遗留问题。", True),
        # a disposal is a body's deed when one opens the sentence, else a standing duty
        ("把依法决策情况纳入干部考核。", False),
        ("镇政府将述法情况纳入年终考核。", True),
        ("县里把政府采购意向统一在网上公开。", True),
        ("把行政机关负责人出庭应诉纳入法治政府建设考核内容。", False),  # a topic
        ("把风险评估作为重大决策出台的前置条件。", False),
        ("街道将矛盾纠纷化解纳入网格化管理,网格员全年上报隐患。", True),
        # a standing practice after a concrete act is what the new body does
        ("组建普法志愿者队伍,常态化开展“法治进乡村”活动。", True),
        ("常态化开展普法志愿服务,推动法治进乡村。", False),
        # verbs named as steps in a list, weeks of publicity, vague verbs: no deed
        ("持续加强规范性文件制定、审核、备案和监督管理。", False),
        ("严格执法资格审查、执法证件申领和审验。", False),
        ("以宪法宣传周为契机,广泛宣传法律法规。", False),
        ("以培育“法律明白人”为抓手,打通普法宣传进村入户的通道。", False),
        ("健全评议机制,把公开纳入考核体系,引入第三方评估,以考促公开,推动公开常态长效。", False),
        # items made public, unless only a general kind of information is named
        ("主动公开财政预决算、重大建设项目等重点领域信息。", False),
        ("公开全县教育、医疗、住房等民生领域收费项目和收费标准。", True),
        # the unit naming itself (本局, 我镇) says no more than a sentence with no actor
        ("本局持续开展文物保护法治宣传,增强全社会文物保护意识。", False),
        ("我镇开展“八五”普法中期自查。", False),
        ("县司法局开展“八五”普法中期自查。", True),
        ("本局把政务公开纳入科室日常工作。", False),
        # a noun after a verb that takes it (推动…宣传, 强化…查处) is no deed of its own
        ("我局推动社会保险法律法规宣传进社区、进乡村。", False),
        ("本局强化税收违法案件查处。", False),
        ("县文旅局开展文物保护法治宣传进景区。", True),
        ("区政府对《优化营商环境若干措施》进行合法性审核和公平竞争审查后印发实施。", True),
        ("加强《家庭教育促进法》宣传贯彻。", False),  # words of a title are the title's
        # idioms and coined names: 案结事了, 控制发文, a model or a model district built
        ("践行复议为民宗旨和案结事了目标。", False),
        ("本局严格控制发文数量。", False),
        ("打造“法治+网格”普法模式,让普法融入网格服务。", False),
        ("打造了“法治+网格”普法模式。", True),
        ("打造依法决策“样板区”,在全省法治政府建设中走在前列。", False),
        # found in review: a task verb in a purpose or a body's name takes no object; a
        # disposal's object ends before 并; a list of verbs with an object reports them;
        # 宣传日常 is no publicity day; a full name after 本区/我县 is a body; a practice
        # counts after setting up a body, not after any act
        ("县司法局为加强基层调解员队伍建设举办专题培训班。", True),
        ("县促进就业工作领导小组召开会议。", True),
        ("将述法工作纳入年度考核并召开述法评议会。", True),
        ("镇政府制定、修订村规民约。", True),
        ("在社区宣传日常生活中的法律知识。", True),
        ("我县司法局将述法纳入年度考核。", True),
        ("配齐配强基层执法力量,坚持严格规范公正文明执法。", False),
        ("依托“法治宣传进万家、法律服务零距离”品牌,常态化深入村组印发宣传资料。", False),
        ("我局派员进驻县矛盾纠纷调处化解中心,常态化受理劳动保障类纠纷。", True),
        # a body named only as one of a kind (…场馆等阵地), an audience framed as a habit
        # (积极面向…开展): no deed of the year
        ("本局充分利用景区、文化场馆等阵地开展法治宣传。", False),
        ("县文化馆开展法治文艺汇演。", True),
        ("我局积极面向物业企业和业主开展物业管理法规宣传。", False),
        ("面向外来务工人员开展法律咨询。", True),
        # a negated verb reports nothing done (不审核不出台: a rule of practice)
        ("做到不审核不签发、不审核不出台。", False),
        # a step taken formally, notices posted, a visit on site, a named column added
        ("我镇正式承接县级赋予的乡镇执法权限。", True),
        ("承接县级赋予的乡镇执法权限。", False),
        ("逐村张榜公示补贴对象和补贴金额。", True),
        ("邀请代表到现场察看建议落实情况。", True),
        ("新增“惠企政策”“办事指南”等专栏。", True),
        ("新增政务公开专栏。", True),  # round ი-ნ: a column added is a step done
        # an outcome claimed alone is a report's stock self-assessment; beside a deed,
        # or with its time, place, body or count, it reports one
        ("全民法治观念明显增强,尊法学法守法用法氛围日益浓厚。", False),
        ("矛盾纠纷得到有效化解,社会大局和谐稳定。", False),
        ("依法行政水平明显提高,行政执法行为进一步规范。", False),
        ("开展跨部门联合抽查,企业重复检查明显减少。", True),
        ("全年信访总量明显下降。", True),
        ("区司法局督促整改后,问题得到有效解决。", True),
        # the verbs of a standard (做到…早查处) are the standard's; a stern act is a stance
        # unless its time, place or body is said
        ("我局强化执法巡查,做到违法行为早发现、早制止、早查处。", False),
        ("本局压实执法责任,从严查处耕地“非农化”违法行为。", False),
        ("疫情防控期间,依法从严从快查处哄抬物价违法行为。", True),
        # 做到了 reports a standard met: its verbs are the standard's (round ї review)
        ("做到了早发现、早查处。", False),
        # round ї-є: outcomes claimed in other words (已成为常态, 发挥了…作用, 形成了…格局),
        # the subject of an outcome is no actor, a deed beside one must open its clause
        ("法律顾问制度日益健全,实现了从“事后补救”向“事前防范”的转变。", False),
        ("普法宣传资源整合共享,形成了“大普法”工作格局。", False),
        ("政府常务会议会前学法已成为常态。", False),
        ("全过程记录让执法行为有迹可循,有效减少了执法争议。", False),
        ("乡镇政府依法决策的自觉性明显增强。", False),
        ("街道综合执法工作运行平稳,辖区城市管理秩序明显好转。", False),
        ("政务公开与政务服务深度融合,群众办事体验明显改善。", False),
        ("组织城管、公安等部门联合清理校园周边流动摊点,校园周边环境明显改善。", True),
        ("通过开展执法质量考评,执法文书不规范等问题得到纠正。", True),
        ("法律顾问全年审查合同45份,防范了法律风险。", True),
        # a deed verb followed in its clause by a state described names the work
        ("依申请公开答复更加规范,因信息公开引发的争议明显减少。", False),
        ("行政机关负责人出庭应诉成为常态。", False),
        ("政策发布与解读同步推进的机制基本形成。", False),
        ("召开新闻发布会3场,回应社会关切。", True),
        ("组织开展执法培训,执法水平明显提升。", True),
        # a deed verb right before a noun of its work (宣传教育, 调解力量) is a noun
        ("宪法宣传教育深入机关、深入基层、深入人心。", False),
        ("群众性调解力量活跃在田间地头。", False),
        ("在社区开展宪法宣传教育。", True),
        # round ў: a step claimed in a task's words needs its actor or a deed beside it;
        # 了 after a verb of effect claims an effect; the work appraised names the work
        ("本局建立健全了重大事项集体研究机制。", False),
        ("县医保局健全了信访、调解、复议衔接机制。", True),
        ("执法监督的“探头”作用充分发挥,有力促进了依法行政。", False),
        ("合法性审查的“守门人”作用有效发挥,筑牢了防范法律风险的第一道防线。", False),
        ("合法性审查由“软约束”变成了“硬杠杠”。", False),
        ("对高风险企业提高了抽查比例和频次。", True),
        ("推行了“首违不罚”。", True),  # a practice named, not a slogan after 变成了
        ("我局政务信息发布及时、内容准确。", False),
        ("执法全过程记录设备配备到位、使用规范。", False),
        ("区城管局全年配备执法记录仪120台。", True),
        ("新建交通事故、医疗纠纷等一批行业性调解组织。", True),  # 一批 counts (一支 not)
        # a leader's annual report on the rule of law given (述法) is an act of the year
        ("领导班子成员在年终考核会上逐一述法。", True),
        ("述法制度全面建立。", False),  # 述法 before 制度 names the system
        # the review of round ї-ђ: a sentence without a final mark, the unit naming
        # itself or a coverb before the deed, a state word inside the object, a channel
        # (网上) is no scene, a body's name in a noun phrase (区政府公开工作…) is no actor,
        # a stance's noun (从严查处力度), named lists before 等, 一系列, risks checked,
        # 已从严, a claimed step's actor in its own clause, appraisals
        ("行政机关负责人出庭应诉成为常态", False),
        ("依申请公开答复更加规范", False),
        ("我局开展跨部门联合抽查,企业重复检查明显减少。", True),
        ("本局组织开展执法培训,执法水平明显提升。", True),
        ("会同公安部门开展联合执法,违法行为明显减少。", True),
        ("区市场监管局制定更加严格的食品安全抽检办法。", True),
        ("县司法局聘请律师成为政府法律顾问。", True),
        ("法治意识明显增强,网上办理更加便捷。", False),
        ("网上公开答复更加规范,因信息公开引发的争议明显减少。", False),
        ("区政府公开工作扎实推进,群众满意度明显提升。", False),
        ("乡镇政府依法决策的自觉性明显增强,行政争议明显减少。", False),
        ("区政府规范性文件管理日趋完善,备案审查质量明显提高。", False),
        ("调解队伍专业化水平不断提升,化解复杂疑难纠纷的能力明显增强。", False),
        ("区市场监管局加大从严查处力度。", False),
        ("推出预约办、延时办、上门办等便民措施。", True),
        ("推出一系列便民举措。", False),
        ("排查了辖区企业安全生产风险。", True),
        ("对上述问题已从严处理。", True),
        ("对困难群众,司法所提供了代办服务。", True),
        ("做到了早发现、早制止。", False),
        ("信息发布规范透明。", False),
        ("信访事项办理更加依法、规范、及时。", False),
        # 统一 (made uniform) is a verb of work: a deed beside its effect or with its body
        ("统一执法人员着装和执法文书,执法规范化水平明显提升。", True),
        ("坚持统一领导,形成工作合力。", False),
        # 开发 (developed: an app, a module) is a deed, not in 开发区, 开发商 or 虚开发票
        ("开发“掌上村务”小程序,村民可随时查询村级财务收支。", True),
        ("依法打击虚开发票行为。", False),
        ("优化开发区营商环境。", False),
        # round ћ-љ: verbs of small offices (建起, 加装), a finding written up (形成专报),
        # meetings that each made room for study (均安排); not read across words (机制|作用,
        # 公开|办理, 构|建起)
        ("建起决策档案,涉及决策的会议记录一事一档归档。", True),
        ("在执法车辆上加装定位终端,执法轨迹可实时回溯。", True),
        ("就企业反映的问题形成专报,报送县营商环境办公室。", True),
        ("本年度局党组会议均安排会前学法。", True),
        ("风险评估机制作用得到较好发挥。", False),
        ("依申请公开办理规范有序。", False),
        ("开办“法治夜校”12期。", True),
        # a system formed or a practice made regular, claimed alone (已初步构建起…网络,
        # 实现了…常态化): an outcome, done only beside a deed
        ("已初步构建起覆盖城乡的法治宣传教育网络。", False),
        ("已基本形成决策程序规范、决策责任明确的工作机制。", False),
        ("为各县区配齐审查人员,三级审查网络已基本形成。", True),
        ("县司法局搭建起覆盖三级的调解网络。", True),
        ("实现了矛盾纠纷排查调处的常态化、规范化。", False),
        ("推行执法全过程记录,实现了执法全过程可回溯管理。", True),
        ("普法责任清单制度压实了各部门普法责任。", False),
        # the work named as the subject of a trend (办理质量持续提高) or of a shift (实现由…
        # 向…转变); a title's quoted words are no document made (从“重制定”向…)
        ("建议提案办理质量和满意度持续提高。", False),
        ("执法装备配备和信息化建设持续加强。", False),
        ("办理建议提案86件,办理质量持续提高。", True),
        # a trend with an object is a purpose, not the state of the work (review)
        ("举办法治讲座持续提升干部法治素养。", True),
        ("印发普法读本不断扩大普法覆盖面。", True),
        ("代表建议和政协提案办理实现由“重答复”向“重落实”转变。", False),
        ("规范性文件管理实现了从“重制定”向“制定、审查并重”的转变。", False),
        # round ѕ-ј: a mechanism set up and described at work (its rhythm, its people), not
        # one set up for a purpose; verbs 编发, 下发, 接访, 领办, 辟出
        ("建立政务舆情监测研判机制,安排专人每日监测网络舆情。", True),
        ("建立败诉案件分析研判机制,以案促改、以案促治。", False),
        ("建立健全矛盾纠纷排查机制,加强源头预防。", False),
        # (review) its purpose (确保…第一时间, 实现…实时), 建立完善, 专门化, 尚未建立
        ("建立舆情快速响应机制,确保第一时间回应社会关切。", False),
        ("建立完善行政执法协调机制,实现执法信息实时共享。", False),
        ("逐步建立法律顾问参与决策机制,推动法律顾问专门化、专业化。", False),
        ("部分乡镇尚未建立合法性审查机制,缺乏专门审查人员。", False),
        # 引领|办, 上下|发力 are no 领办, 下发; 开办理论学习班 is 开办; a report system is no
        # report written up
        ("党建引领办实事,推动矛盾纠纷就地化解。", False),
        ("形成上下发力、部门协同的普法工作格局。", False),
        ("开办理论学习班,组织干部学习习近平法治思想。", True),
        ("形成政务公开信息简报报送机制。", False),
        ("编发《领导干部应知应会法律知识读本》,作为干部学法必读书目。", True),
        ("县信访局安排律师轮流值班接访,为来访群众提供法律意见。", True),
        ("我局承办的政协提案全部由局领导领办。", True),
        ("在各镇便民服务中心辟出“政务公开体验区”。", True),
        ("对问题案卷下发整改通知并跟踪销号。", True),
        ("搭建“政企直通车”平台,企业诉求可在线提交。", False),
        # round ќ-ѝ: a service state reached (实现…掌上办), a place opened, a mechanism at
        # work, a body built with another, an agreement renewed; a frame's means is no deed
        ("县人社局社保待遇认证实现掌上办。", True),
        ("推动政务服务事项实现网上办。", False),
        ("县图书馆法治阅览室正式对外开放。", True),
        ("医疗纠纷人民调解委员会进入常态化运行。", True),
        ("与县人民法庭共建“法官工作室”,法官每月到镇巡回办案2次。", True),
        ("镇政府续签法律顾问服务合同。", True),
        ("以法治宣传为核心,不断推动法律知识进万家。", False),
        ("切实履行行政应诉职责,支持人民法院依法审理行政案件。", False),  # the court's act
        ("社保待遇资格认证方式改为静默认证。", True),  # a procedure changed
        ("以问题整改为“良方”,推动执法质量跃升。", False),  # 整改|为, not 改为
        # round ѓ-џ: a first, a list drawn up, a service moved online
        ("首创“企业合规体检”服务。", True),
        ("形成重大行政决策事项目录清单。", True),
        ("不动产继承登记实现在线申办。", True),
        # round ҁ (ordinary padding): a task adverb frames 探索/推行/组织 and what they take;
        # a purpose after a task (…,实现更多事项网上办); 外聘 naming advisers; 主动公开 as
        # the standing duty it names
        ("积极探索“智慧调解”模式,推动矛盾纠纷多元化解。", False),
        ("探索了“三色预警”工作法。", True),
        ("积极组织法治宣传进农村集市、进田间地头,打通普法“最后一公里”。", False),
        ("组织法治宣传进农村集市3次。", True),
        ("全面推行“一支队伍管执法”模式,实现执法全覆盖。", False),
        ("推行网格化调解,实现全县村(社区)调解组织全覆盖。", True),
        ("着力推进“互联网+政务服务”,实现更多事项网上办。", False),
        ("全面推行涉企政策制定听取意见制度,保障企业参与权。", False),
        ("积极推进政务服务便民化,简化办事程序,开辟绿色通道。", False),
        ("积极探索公职律师与外聘法律顾问协同机制。", False),
        ("主动公开权责清单,自觉接受社会监督。", False),
        ("县政府公开权责清单。", True),
        # round ҩ-ѹ (departments' padding, big-city streets): a time frame (制定中, 签订前)
        # names when work is done; a standing norm (凡属…均经); a disposition claimed
        # (效果明显改善) against a change counted; a date a step was taken on
        ("在涉农政策制定中注重听取群众意见,决策的针对性明显增强。", False),
        ("各项协议签订前均经法律顾问审核把关。", False),
        ("局党组坚持民主集中制,凡属重大事项均经党组会集体研究决定。", False),
        ("推行柔性执法手段,执法效果明显改善。", False),
        ("开展联合检查,重复检查明显减少。", True),
        ("在政策出台前充分开展风险评估,提高决策科学性。", False),
        ("年度报告于3月31日前在门户网站按时发布。", True),
        ("实现执法全过程记录在日常巡查环节全覆盖。", False),  # no subject: a goal
        ("实现不动产登记帮办代办。", False),  # likewise for a way of serving
        # round ӂ-ӄ: a class of matters (重大事项均经…), the year's work planned (谋划全年…),
        # a role performed (作用有效发挥), a disposal with nothing but its purpose, a noun
        # phrase (制定全过程); a service carried everywhere, a record set up
        ("重大事项均经政府常务会议集体讨论决定,杜绝个人说了算。", False),
        ("统筹谋划全年普法工作,推动各项普法任务有序开展。", False),
        ("政府合同审查把关作用有效发挥,公共利益得到有效保障。", False),
        ("区政府将学法用法情况纳入干部考核,推动学法用法制度化。", False),
        ("镇政府将述法情况纳入年终考核。", True),
        ("把公平竞争审查贯穿政策制定全过程,维护市场主体合法权益。", False),
        ("法律援助申请受理点延伸至所有乡镇司法所。", True),
        ("建立重大行政决策档案,对决策全过程记录材料实行专卷归档管理。", True),
        ("在重点河段设立普法宣传牌。", True),  # 重点 of a place, not a habit
        # round ӊ: a time frame before 均, a class of matters, the work appraised, a list of
        # mechanisms, 融入 as a frame
        ("重大决策出台前均进行合法性审查,确保决策合法。", False),
        ("重大问题决策、重要干部任免和大额资金使用均经集体研究。", False),
        ("依申请公开答复严格依法依规,行政争议明显减少。", False),
        ("访调对接、诉调对接机制有效运行,纠纷化解渠道进一步拓宽。", False),
        ("把普法宣传融入重大节庆、重要纪念日,营造浓厚普法氛围。", False),
        ("年内出台的12项重大决策均经集体研究。", True),
        # round ӑ: a second name hung on a body, a service moved into an app
        ("区司法局加挂行政执法协调监督局牌子。", True),
        ("我区将高频事项接入“蒙速办”移动端,群众可掌上办理。", True),
        # round ӡ-ӭ: 为 naming whom a deed served, 针对 naming the problem it answered in
        # the same clause; a body set up 到位 (not equipment), a team formed, a reach
        # stated (not as a goal), a course a body's disposal names; 中越 is no time frame;
        # none overturned; "every one" is no count; a pilot run; a play staged
        ("为驻村工作队员举办法治培训班,提升依法办事能力。", True),
        ("为提升依法办事能力,加强执法培训。", False),
        ("针对复议中发现的共性问题制发复议意见书。", True),
        ("针对群众反映的问题,持续加强监管。", False),
        ("全县乡镇综合行政执法队伍组建到位。", True),
        ("执法记录设备配备到位、使用规范。", False),
        ("由调解员和网格员组成“红袖标调解队”。", True),
        ("“宪法进万家”活动覆盖全县所有村。", True),
        ("普法宣传要覆盖所有村居。", False),
        ("县委党校将法治理论列为主体班次必修课程。", True),
        ("将法治理论列为必学内容。", False),
        ("编印中越双语普法读本。", True),
        ("文件制定中广泛征求意见。", False),
        ("本年度行政处罚案件无一被复议撤销。", True),
        ("以法治思维统筹决策全过程,让每一项决策都经得起检验。", False),
        ("在两个镇试行“三所联动”调解机制。", True),
        ("原创法治小品《渔家新规》在镇村巡回上演。", True),
        # the first offence a standing practice speaks of (ӫ's tuning third)
        ("对首次轻微违法行为坚持教育与处罚相结合。", False),
        ("对首次轻微违法的经营主体依法不予处罚。", True),
        # what came of a step handed on, not as a habit
        ("开展案卷集中评查,评查结果向全县通报。", True),
        ("抽查情况及查处结果及时向社会公开。", False),
        ("评查结果作为考核依据。", False),
        # round ӱ-ӳ: a market day as a place, 结对 as a verb of work
        ("在乡镇大集开展法律服务活动,律师现场解答咨询。", True),
        ("开展法律服务活动,解答咨询。", False),
        ("律师事务所与乡镇结对,为村民提供免费法律咨询。", True),
        # round ӵ-ӹ: more service states reached, a verb before 全覆盖 is a noun, a
        # qualification obtained, a season, the pastoral area as a place the work went into
        ("行政审批局与住建部门实现审批结果信息实时共享。", True),
        ("实现中小学法治副校长配备全覆盖。", False),
        ("工作人员取得公职律师证书。", True),
        ("持续取得明显成效。", False),
        ("秋季组织开展决策案卷评查。", True),
        ("组织开展决策案卷评查。", False),
        ("组织普法宣讲团深入牧区开展巡回宣讲。", True),
        ("组织普法宣讲团开展巡回宣讲。", True),  # round ი-ნ: 组织 reports the tour held
        # round ӻ-ӽ: an item's marker (一是) is no definition's 是, and a title in an item's
        # first clause sets no task; 撤销 a decision, a team drawn together, 前夕 as a time,
        # a quoted store of answers, a farm's 管理区 as a body
        ("一是组建由老党员、退休干部组成的“老党员调解队”。", True),
        ("党建是一切工作的根本。", False),
        ("一是对出台的《住房保障实施细则》同步发布图文解读。", True),
        ("复议机构撤销被申请人作出的不予受理决定。", True),
        ("抽调法制审核人员组成审核组。", True),
        ("春节前夕,县司法局开展讨薪法律援助行动。", True),
        ("开展讨薪法律援助行动。", False),
        ("县政府网站新增“政策问答库”。", True),
        ("二九〇农场管理区将法治教育纳入职工夜校课程。", True),
        # round ӿ-ԃ: results made public (公示), an appearance on a programme, teaching
        # plans in a body's disposal, a case put right, roads as places
        ("开展现场核查,抽查结果在“信用中国”网站公示。", True),
        ("县人社局局长做客“局长谈法治”在线访谈。", True),
        ("县教育局将宪法晨读活动纳入中小学日常教学安排。", True),
        ("对一起复议案件主动纠错。", True),
        ("交警部门在山区道路设置移动执法点。", True),
        # batch ԅ (generic padding, measured after everything: 2 of 300 paid): a compound
        # noun before a quoted slogan is no document made, 创建|成果 holds no 建成
        ("坚持把合法性审查作为前置环节,严把政策出台“法律关”。", False),
        ("出台“助企纾困十条”。", True),
        ("巩固提升创建成果。", False),
        ("建成法治文化公园。", True),
        # round ԇ-ԍ: a system set up and then described at work, not by its purpose, its
        # creed or what it serves as; a sentence opening with 将 and a disposal
        ("建立重大决策执行情况季度报告制度,由承办单位向县政府书面报告。", True),
        ("建立商会调解联动机制,疑难纠纷由司法所牵头会商。", True),
        ("建立议题合法性审查前置机制,将审查意见作为上会的必备材料。", True),
        ("建立执法容错纠错机制,激励执法人员敢于担当。", False),
        ("建立诉源治理联动机制,保障群众合法权益。", False),
        ("建立合法性审查意见书制度,审查意见作为决策的重要依据。", False),
        ("建立健全矛盾纠纷排查机制,每月开展排查。", False),
        ("将民法典学习纳入党校主体班次必修课。", True),
        ("将合法性审查作为必经程序写入党工委议事规则。", True),
        ("将法治教育纳入国民教育体系。", False),
        ("县司法局利用应急广播用方言播送普法节目。", True),
        # …and how a system works told in one last clause; padding goes on to its purpose
        # (a third clause, or 形成…/自觉接受… after a disposal)
        ("建立决策执行跟踪制度,由承办单位每半年报告执行情况。", True),
        ("建立决策后评估制度,对决策执行情况跟踪反馈,及时纠正执行中的偏差。", False),
        ("建立矛盾纠纷排查调处机制,做到小事不出村、大事不出镇。", False),
        ("将公平竞争审查纳入年度考核,形成一级抓一级的工作格局。", False),
        ("将公平竞争审查纳入年度考核,自觉接受社会监督。", False),
        ("将公平竞争审查纳入常务会议议题清单,审查意见随议题印发。", True),
        ("在渣土车联合整治中查扣违规车辆。", True),
        ("对2名不具备执法资格的人员收回执法证件。", True),
        # round ԕ-ԙ: exploring to set up is no body set up; 庭审旁听 is a noun
        ("积极探索建立行政复议案例库。", False),
        ("建立行政复议案例库,收录典型案例40件。", True),
        ("推行行政诉讼庭审旁听。", False),
        ("组织机关干部旁听庭审。", True),
        ("邀请法学院教授为街道干部作法治专题讲座。", True),
        # round ԛ-ԝ: 深入 going into a place sets no task; a mock trial is an event held
        ("深入物流园区宣讲《劳动合同法》。", True),
        ("深入推进普法宣讲。", False),
        ("组织初中学生开展模拟法庭活动。", True),
        # round ԟ-ԧ: 队伍 and 法治政府 are no actors; work said to go on well is a manner
        ("普法志愿服务队伍不断壮大,群众性法治宣传活动蓬勃开展。", False),
        ("法治政府建设宣传力度不断加大。", False),
        ("街道综合执法队统一承接镇域执法权限。", True),
        ("领导干部述法工作有序推进。", False),
        ("法治宣传进企业扎实开展。", False),
        ("乡镇党委书记在全县法治建设工作会议上现场述法。", True),
        # …a reform in place, a function given up; not one pushed towards, nor a plan
        ("行政复议体制改革落地,由县政府统一行使行政复议职责。", True),
        ("推动行政复议体制改革落地。", False),
        ("部门不再保留行政复议职能。", True),
        ("部门将不再保留行政复议职能。", False),
        # …a document passed on, a body set up (not 科室 in a mechanism's name), forces merged
        ("县政府转发《法治宣传教育第八个五年规划》。", True),
        ("县司法局单设合法性审查室。", True),
        ("建立法制机构与业务科室协同审查机制。", False),
        ("县综治中心整合信访、调解等力量。", True),
        ("整合各方资源。", False),
        # …when, where and what exactly: a festival's eve, a county-level 旗, a theme, a
        # matter consulted on, a contest, the fields
        ("重大节日前开展矛盾纠纷集中排查。", True),
        ("开展矛盾纠纷集中排查。", False),
        ("在全旗开展宪法宣讲活动。", True),
        ("开展宪法宣讲活动。", False),
        ("以“宪法进万家”为主题开展宣传活动。", True),
        ("就农贸市场改造听取群众意见。", True),
        ("听取群众意见。", False),
        ("组织执法文书评比。", True),
        ("开展执法比武。", True),
        ("组织普法志愿者深入田间开展宣讲。", True),
        # …the object of a deed in a clause of its own, its actor after it
        ("对执法程序不规范的部门,县政府予以通报批评。", True),
        # …a deadline in a task list is no deed; 年内 describing what it counts is
        ("着力推进人民调解员专职化,年内在各乡镇配备专职调解员。", False),
        ("落实规范性文件统一编号制度,年内印发的规范性文件全部编号管理。", True),
        # round ԩ-ԭ: a concrete act done by law (依法查处…) is a deed where the sentence is
        # specific (a case named with its party kept anonymous, a time), as 从严 is
        ("依法查处某药店销售过期药品案。", True),
        ("依法查处各类违法行为。", False),
        ("疫情防控期间将销售假冒口罩案件依法移送公安机关。", True),
        ("依法没收违法所得。", False),
        # …a campaign of enforcement or sampling held, the summer holidays, a named camp,
        # along a road, rivers and reservoirs as places
        ("开展扬尘污染专项执法,对未落实降尘措施的工地责令停工整改。", True),
        ("开展“瘦肉精”专项抽检,未检出违禁物质。", True),
        ("暑期前后开展防溺水专题法治宣传。", True),
        ("开展防溺水专题法治宣传。", False),
        ("组织留守儿童参加“法治夏令营”。", True),
        ("参加夏令营。", False),
        ("沿主干道绘制法治文化墙。", True),
        ("绘制法治文化墙。", False),
        ("在河道、水库等地设置普法警示牌。", True),
        # …an article placed, a qualification obtained, services handed down to villages or
        # extended to named regions, a state of joint service reached
        ("在“学习强国”平台刊发政策解读稿件。", True),
        ("选派仲裁员参加岗前培训,全部取得仲裁员资格。", True),
        ("高频民生事项下放至村(社区)办理。", True),
        ("政务服务“跨省通办”合作范围扩展至江浙沪、川渝等地区。", True),
        ("新生儿出生、企业开办等事项实现打包办理。", True),
        # …a deadline's whole clause in a task list is the task's; 二年内 is no 年内; a verb
        # before 室 or 员 is a noun
        ("着力推进政府网站集约化,年内完成剩余部门网站迁移。", False),
        ("违法行为在二年内未被发现的,不再给予行政处罚。", False),
        ("着力打造一批具有地方特色的个人品牌调解室。", False),
        # round ԯ-բ: 计划生育 is family planning, no plan
        ("对涉及计划生育内容的规范性文件开展清理,废止文件4件。", True),
        # …a named day, a law just in force, a trip, households visited, a prize quiz, an
        # audience named as a list, medical institutions as places
        ("结合“世界水日”开展水法宣传。", True),
        ("开展水法宣传。", False),
        ("乡村振兴促进法施行后,组织镇村干部开展专题学习。", True),
        ("组织机关干部赴监狱开展警示教育。", True),
        ("组织志愿者入户普法。", True),
        ("在各医疗机构开展健康促进法宣传。", True),
        ("针对外卖骑手、快递小哥开展专题普法。", True),
        ("在广场文艺晚会中开展法律知识有奖问答。", True),
        ("开展法律知识问答。", False),
        ("推行跨领域联合检查,将针对相同企业的多项检查合并开展,减少了对企业的打扰。", True),
        # round գ-դ: a trip with 到 as with 赴 (not 直到, 达到)
        ("组织执法人员到市中级人民法院观摩庭审。", True),
        ("组织执法人员观摩庭审。", True),  # round ი-ნ: officers taken to a trial
        # round ե-ը: a county, banner or district named as the actor (not 我县, 全县 or a
        # common noun such as 社区); 实施/实行 as weak verbs, not of a system run; 一次性
        # counts nothing; a campaign held, not as a habit; a sensitive period; a themed
        # lecture; a review's decision named
        ("临洮县建立农村土地承包纠纷调解机制。", True),
        ("我县建立农村土地承包纠纷调解机制。", False),
        ("全县建立农村土地承包纠纷调解机制。", False),
        ("社区建立邻里纠纷调解机制。", False),
        ("疫情期间对个体商户实施包容审慎监管。", True),
        ("对个体商户实施包容审慎监管。", False),
        ("实行首问负责、一次性告知制度。", False),
        ("定期组织开展安全生产专项检查。", False),
        ("开展安全生产专项检查。", True),
        ("重要节点前开展矛盾纠纷集中排查。", True),
        ("开展矛盾纠纷集中排查。", False),
        ("在县武装部开展国防法专题宣讲。", True),
        ("在县武装部开展国防法宣讲。", False),
        ("对不履行法定职责的复议案件作出责令履行决定。", True),
        ("对复议案件作出决定。", False),
        ("镇综治中心实行“一站式受理”工作模式。", False),
        # round թ-լ: building something up as a clause's aim (着力打造…) sets a task; a
        # state to reach opening the sentence names no actor; 全部拆除 is done
        ("着力打造“邻里和”调解品牌,总结推广一批调解案例。", False),
        ("打造“邻里和”调解品牌,编印调解案例汇编。", True),
        ("着力建立合法性审查专家库,吸收退休法官参与。", False),
        ("建立合法性审查专家库,吸收退休法官参与。", True),
        ("实现全县各乡镇便民服务中心建设全覆盖。", False),
        ("违章搭建经集中整治后全部拆除。", True),
        ("违章搭建经集中整治后逐步拆除。", False),
        ("执法记录仪在现场检查环节实现全过程使用。", True),
        # round ղ-յ: people invited to take part in one named piece of work, not everyone
        # invited nor as a habit
        ("邀请县人大代表参与医疗服务价格调整方案的论证。", True),
        ("邀请法官为村干部讲解土地承包法律知识。", True),
        ("邀请社会各界积极参与普法宣传。", False),
        ("定期邀请律师为居民讲解法律知识。", False),
        ("广泛邀请人大代表参与执法监督。", False),
        # people taken to see something; a return call, a deed helped with, law explained
        # (以案释法 is a programme's name, no deed)
        ("组织中小学生参观县法治教育基地。", True),
        ("组织人大代表、政协委员视察城市更新项目。", True),
        ("定期组织干部参观法治教育基地。", False),
        ("对信访事项办理结果逐件电话回访。", True),
        ("镇司法所协助村民起草土地流转协议。", True),
        ("协助做好普法工作。", False),
        ("以案释法让群众在身边事中学法。", False),
        # a matter gone through from the sentence's start (对…进行梳理), not a body's duty
        # described (法制审核机构对…进行全面审查, above); a report published on time; an
        # audience named by who they are, not by their problem
        ("对政府网站历史栏目进行清理规范,合并同类栏目。", True),
        ("按时公开财政预决算和“三公”经费信息。", True),
        ("及时公开财政预决算和“三公”经费信息。", False),
        ("坚持信访事项及时受理、按期办结。", False),
        ("深入推进年终述法工作,严格落实报告制度,按时报送和公示法治政府建设情况。", False),
        ("针对外卖骑手开展交通安全法规宣讲。", True),
        ("针对群众反映的问题开展宣讲。", False),
        # what people can now do with a service in place, not a purpose or an enjoyment
        ("推行“亮证亮码”执法,当事人可通过扫码核验执法人员身份。", True),
        ("建立社区法律顾问微信群,居民可随时在线咨询。", True),
        ("推行网上办理,让群众可通过手机查询办理进度。", False),
        ("推行网上办理,让当事人可通过手机查询办理进度。", False),
        ("推行网上办理,当事人可通过手机查询办理进度。", True),
        ("积极邀请人大代表参与执法监督。", False),
        ("积极推进公共法律服务进社区,居民足不出户即可享受法律咨询服务。", False),
        # round ր-փ: a mediation room named; lawyers placed in one piece of work (安排,
        # 组织…参与), not as a habit; a named stretch of road; a fishing port; work gone
        # through household by household or clause by clause
        ("依托乡贤和退休干部力量,打造“老杨调解室”等个人品牌调解室。", True),
        ("打造个人品牌调解室。", False),
        ("安排律师轮值参与信访接待,为来访群众提供法律咨询。", True),
        ("定期安排律师参与信访接待。", False),
        ("组织律师参与村集体土地承包纠纷调解。", True),
        ("广泛组织群众参与矛盾纠纷调解。", False),
        ("常态化组织律师参与信访接待。", False),
        ("在海岛、渔港开展渔民普法活动,宣传海洋渔业法律法规。", True),
        ("拆除滨河路沿线违章建筑,恢复绿化空间。", True),
        ("加强沿线环境综合整治。", False),
        ("对拆迁安置遗留问题逐户走访,化解历史积案。", True),
        ("坚持逐户走访排查矛盾纠纷。", False),
        ("逐步推进矛盾纠纷化解。", False),
        # 中考 (an exam) after a verb is its object, not a time frame (…制定中)
        ("区政府新闻办发布中考政策权威解读。", True),
        ("在文件制定中广泛听取意见。", False),
        # round ი-ნ: verbs that report a step done with their object alone (组织, 走访,
        # 拆除, 新增 …), not 组织 the noun nor study as a habit; a county or district by
        # name acting by law; partners named with 协调
        ("组织新入职教师参加教育法律法规岗前培训。", True),
        ("走访辖区重点企业,收集意见建议。", True),
        ("拆除违法建筑,恢复土地原状。", True),
        ("基层调解组织网络不断健全。", False),
        ("积极引导社会组织参与矛盾纠纷调处。", False),
        ("组织开展形式多样的普法活动。", False),
        ("组织全体人员深入学习《宪法》《民法典》。", True),  # study, with what was studied
        ("通过专题讲座等形式,组织领导干部深入学习。", False),
        ("政策解读材料应与政策文件同步组织、同步审签。", True),  # a deed, but a rule (below)
        ("龙岗区依法查处无证经营、违法排污等案件。", True),
        ("依法查处无证经营、违法排污等案件。", False),
        ("就违建拆除问题协调区住建委、区城管执法局开展联合执法。", True),
        # round ს-ჩ: a gain claimed in general is no deed; a step taken as the means
        # (通过召开…) is one; who does the work named in a later clause (由村干部代办…);
        # an event's quoted name with 培训; 诉调对接 the mechanism's name is no 对接
        ("全社会法治素养有了新提升。", False),
        ("执法队伍作风明显改善。", False),
        ("通过召开座谈会,听取企业对办法草案的意见。", True),
        ("推行信访代办制,由村干部代办群众诉求。", True),
        ("推行信访代办制,推动信访工作由被动应对向主动服务转变。", False),
        ("开展“法律明白人”骨干培训。", True),
        ("深入开展“法律明白人”培训。", False),
        ("通过诉调对接,纠纷化解在诉前。", False),
        ("与区法院对接,设立诉调对接工作室。", True),
        ("以规范性文件管理为抓手,从源头上防止违法文件出台。", False),  # kept from happening
        ("制定规范性文件管理办法,防止违法文件出台。", True),
        # round ყ-ჭ: a rate of none (败诉率为0), 悬挂 a concrete step, a partner and a
        # matter named (与…就…开展), a festival's days
        ("行政诉讼案件一审败诉率为0。", True),
        ("在宗祠内悬挂法治家训牌匾。", True),
        ("与相邻的花桥镇就交界区域违法排污问题开展联合检查。", True),
        ("利用春节返乡高峰开展矛盾纠纷排查化解。", True),
        ("开展矛盾纠纷排查化解。", False),
        # round ხ-ჳ: an effect received is a claim
        ("以案释法工作深入开展,收到良好社会效果。", False),
        ("收到群众来信12件,均已办结。", True),
        # round ჴ-ჸ: 精心 frames the verb after it as a manner, as 认真 does
        ("区普法办精心组织、统筹协调,普法合力进一步增强。", False),
        ("精心组织宪法宣传周活动,发放资料3000份。", True),
        ("区委、区政府将普法纳入发展规划统筹推进。", False),  # 统筹推进: a task's manner
        ("县司法局统筹调配全县调解力量,组建调解专班3个。", True),
        ("叫响“和事佬”调解工作室品牌。", False),  # 调解 of a room's name
        ("在司法所设立“和事佬”调解工作室,全年调解纠纷46件。", True),
        # round Დ-Ი: work told with its detail (a second clause going on with a concrete
        # act, or a concrete act done for or at a named object) and no slogan's appraisal,
        # purpose or manner; a noun-taking verb inside the matter of 对; the organ's people;
        # 共建 (not 共建共治共享), 翻译, 合并为; a disposal kept up as a practice; an occasion
        ("开展规范性文件“回头看”,逐项纠正发文主体不适格等问题。", True),
        ("推行阳光复议,对重大复杂案件实行公开听证审理。", True),
        ("推行阳光复议,有效提升复议公信力。", False),
        ("推行容缺受理,对材料不全的事项先行受理。", True),
        ("推行容缺受理,对材料不全的事项先行受理,提高审批效率。", False),
        ("景区门票退费纠纷实行先行赔付,由旅游质量保证金垫付后再行追偿。", True),
        ("为行动不便的老年人提供上门办理服务。", True),
        ("组织机关科室负责人参加合法性审核业务培训。", True),
        ("县委依法治县办对各部门落实决策程序情况开展专项督察。", True),
        ("对重点领域加强执法检查。", False),
        ("2023年,县文旅局与县法院共建“旅游纠纷巡回审判点”。", True),
        ("共建共治共享社会治理格局。", False),
        ("区政府坚持将行政应诉工作纳入法治政府建设考核,压实各部门应诉责任。", False),
        ("将《宪法》《民法典》翻译成维吾尔文口袋书。", True),
        ("我局牵头将营业执照、印章刻制合并为企业开办套餐。", True),
        ("借侗族萨玛节开展法治文艺演出。", True),
        ("结合执法环节开展普法。", False),
        # round Კ-Პ: a concrete act for named people (not for everyone), a second clause
        # going on with 设置/发现/当即/合并, 一是将…纳入, 排演/创设, a named channel of
        # publication (not 通过…等平台), items listed with 及, 逐项整改 (not 逐项提出), places
        # gone into (林场, 农场), 听取 with a named matter
        ("为行动不便的老年人、残疾人提供法律援助上门服务。", True),
        ("为企业群众提供全流程服务。", False),
        ("对新业态经营主体实行包容审慎监管,设置观察期。", True),
        ("开展行政执法暗访检查,发现问题当即交办相关单位。", True),
        ("推行“综合查一次”,合并对同一企业的检查事项。", True),
        ("一是将习近平法治思想纳入县委党校主体班次必修课程。", True),
        ("排演淮剧普法小戏《阿婆的房子》。", True),
        ("区人社局创设“就业服务驿站”。", True),
        ("我县将行政复议决定书通过县政府门户网站向社会公开,接受社会监督。", True),
        ("通过网站、新媒体等平台公开政务信息。", False),
        ("公布街道各类收费项目及标准。", True),
        ("对发现的送达不规范问题逐项整改。", True),
        ("实行“一事一审”工作制度,对提交审查的文件逐项提出审查意见,防止审查走过场。", False),
        ("普法讲师团走进林场、农场和牧业村,宣讲森林法。", True),
        ("依托基层立法联系点,就《物业管理条例(草案)》走进社区听取居民意见。", True),
        ("广泛听取群众意见。", False),
        ("定期召开专题会议研究解决法治建设中的重大问题,听取法治政府建设工作汇报。", False),
        # round Ჟ-Ფ: a change claimed in general (…的多了, …的少了) is no perfective; a
        # channel named as new media
        ("群众遇事找法的多了,信访不信法的少了。", False),
        ("就城区停水事件通过政务新媒体滚动通报抢修进展。", True),
        ("在医疗废物处置执法监督中,督促各医疗机构完善了交接登记制度。", True),
        # round Ქ-Ც: 接听; a review passed; 纳入…学习内容; a second clause for named people
        ("12348公共法律服务热线今年接听咨询电话2.7万通。", True),
        ("古城村通过省级民主法治示范村复核。", True),
        ("将《保守国家秘密法》纳入镇党委中心组学习内容。", True),
        ("推行“帮办代办”服务,为行动不便的老年人上门办理社保认证。", True),
        # round Ძ-Ჵ (eleventh session): applying or lecturing for named people, help that
        # obtained something, a leader lecturing on law with a specific, a petition
        # settled, a market day as a place, a district named …城区/…州区, 中 opening a
        # place name, a channel or a course put into, all wearing a camera, nothing of a
        # kind happening, a second clause that clears or acts at its times
        ("为东岗村一名残疾村民申请法律援助,帮助其获得工伤赔偿。", True),
        ("为群众申请法律援助。", False),
        ("积极帮助困难群众维护合法权益。", False),
        ("邀请中山大学法学院教授为机关干部作民法典专题讲座。", True),
        ("镇党委书记在镇党委会上带头讲法治课。", True),
        ("领导干部带头讲法治课。", False),
        ("化解一起宅基地纠纷,信访人息诉罢访。", True),
        ("推动矛盾纠纷化解,实现群众息诉罢访。", False),
        ("逢王集大集摆摊设点,开展法律咨询。", True),
        ("相城区开展涉企行政检查专项整治。", True),
        ("中心城区开展联合执法。", True),
        ("老城区开展法治宣传。", False),
        ("鄞州区以“法治乡村”建设为抓手,为村干部开展专题轮训。", True),
        ("区医保局将医保经办业务纳入“浙里办”。", True),
        ("将宪法教育纳入中小学思政课。", True),
        ("执法人员均佩戴执法记录仪。", True),
        ("生效行政判决全部履行到位,无拒不履行情况发生。", True),
        ("推行证明事项告知承诺制,清理取消不必要的证明材料。", True),
        ("推行延时错时服务,周末安排人员值班办件。", True),
        ("推行延时错时服务,提升群众满意度。", False),
        # round Ჷ-Г: a fault inside the object is no appraisal and is put right one by
        # one; decisions carried out in time, 均进行了 after 凡, all paid in
        ("开展案卷评查,对文书不规范问题逐一督促整改。", True),
        ("规范行政执法行为。", False),
        ("行政复议决定均在法定期限内履行到位。", True),
        ("凡涉及征地拆迁的决策事项,均进行了风险评估。", True),
        ("凡涉及征地拆迁的决策事项,均须进行风险评估。", False),
        ("罚没款项全部缴入国库。", True),
        # round Д-Ц: what the minutes all record, the forms all switched, a matter put
        # right to the end, a choice by vote, terminals put in at named places
        ("常务会议纪要中均载明法律顾问的意见。", True),
        ("执法文书全部改用全省统一格式文本。", True),
        ("群租房违规住人问题联合整治到位。", True),
        ("确保整改到位。", False),
        ("街道民生实事项目由居民代表会议票决产生。", True),
        ("在各乡镇便民服务中心配置自助终端。", True),
        ("优化资源配置。", False),
        # (the review: a stance against a fault, a town's urban area, market days unnamed)
        ("加强巡查,严防无证经营现象发生。", False),
        ("全市城区开展法治宣传。", False),
        ("逢集日开展普法宣传。", False),
        # twelfth session: 打造 or 建成 at a named place is the act itself, not an appraisal;
        # a topic is no place (在…方面/领域/中建立…机制)
        ("在海滨大道打造法治文化长廊,设置宪法主题宣传展板。", True),
        ("在县城步行街打造“法治夜市”普法品牌。", True),
        ("为进一步提升群众满意度,在海滨大道打造法治文化长廊。", False),
        ("在矛盾纠纷化解方面建立多元化解机制。", False),
        ("在行政执法中建立首违不罚机制。", False),
        ("在基层治理领域建立法律顾问制度。", False),
        ("在优化营商环境上打造一流法治环境。", False),
        ("为持续优化法治化营商环境提供法律服务。", False),
        ("在县一中设置法律咨询点。", True),
        ("在政府网站上开设政策解读专栏。", True),
        # (padding that sounds done, batches Ա and Բ: 实现了 opening the sentence with no
        # one named, a step taken gradually, 推动了/探索了 claimed, a brand, a path, an
        # example or an occurrence as the result, 已由…迈向…, needs matched 精准对接, a
        # topic named by a place word; each still a deed with a count or an act beside it)
        ("实现了更多事项“掌上办”“指尖办”“就近办”。", False),
        ("实现了不动产登记“一网通办”,一般登记业务办理时限压缩至3个工作日。", True),
        ("逐步建立了覆盖县、乡两级的行政执法协调监督体系。", False),
        ("县司法局建立了法律顾问库,入库律师32名。", True),
        ("推动了调解资源整合共享,各方力量拧成一股绳。", False),
        ("县法院与县司法局推动了诉调对接,全年委派调解案件320件。", True),
        ("探索了超大城市基层矛盾化解新路径。", False),
        ("打造了“办事不求人”的良好政务服务品牌。", False),
        ("乡村旅游示范点打造了法治文化长廊,民法典条文和游客须知融为一体。", True),
        ("县长带头依法决策,为全县作出了示范表率。", False),
        ("以规范决策程序为抓手,从源头上减少了违法决策的发生。", False),
        ("开展交通安全整治,减少了交通事故的发生,全年事故起数下降12%。", True),
        ("法律顾问服务已由“有形覆盖”迈向“有效覆盖”。", False),
        ("行政复议案件已由县司法局统一受理,全年受理45件。", True),
        ("公共法律服务供给与群众需求精准对接。", False),
        ("与县法院对接,在诉讼服务中心设立诉调对接工作室。", True),
        ("行政执法工作在维护市场秩序、保障公共安全方面发挥了重要作用。", False),
        ("在农贸市场设置法律咨询点。", True),
        # (a body that only does its duty backs no outcome; one that acts still does)
        ("区司法局切实履行执法监督职责,发挥了“督”的作用。", False),
        ("县政府全面推行法律顾问制度,发挥了法律顾问的参谋作用。", True),
        # (a task beside a product made is a deed; two tasks are not)
        ("规范罚没财物管理,制定罚没物品处置办法。", True),
        ("统筹执法力量,组建农业综合行政执法大队。", True),
        ("优化审批流程,压缩办理时限。", False),
        ("统筹执法力量,强化综合执法。", False),
        # (零容忍 is no count of zero; 为零 still is)
        ("严格落实执法责任追究制度,对违法执法行为零容忍。", False),
        ("全年行政诉讼败诉案件为零。", True),
        # (a habit said to have formed is a state, not a step; a body that became one is)
        ("依法决策已逐步成为各级干部的思维习惯和行动自觉。", False),
        ("执法人员按规矩办事、凭证据说话已蔚然成风。", False),
        # (an effect in metaphor: 注入了…动力, 交出了…答卷, 底气更足了; 更新了 is a deed)
        ("营商环境不断优化,为经济发展注入了强劲动力。", False),
        ("法治化营商环境建设交出了一份令人满意的答卷。", False),
        ("村(社区)“两委”干部的法治底气更足了。", False),
        ("根据机构改革后的职能调整情况,全面更新了政府信息公开指南。", True),
        ("每个村都有了法治宣传阵地。", True),
        # (实现了 a gain or a manner with no one named to have done it; a way of serving
        # reached, or 实现了 after a step, is done)
        ("行政争议实质性化解工作实现了新突破。", False),
        ("通过强化源头预防,重大矛盾纠纷实现了早发现、早预警、早处置。", False),
        ("企业开办实现了营业执照、公章刻制、税务登记一网通办。", True),
        ("将乡镇执法人员纳入县级执法培训计划,实现了培训全覆盖。", True),
        ("我局将证照全部归集到全市电子证照库,实现了证照信息跨部门互认。", True),
        # (nothing went wrong, after work appraised in general: reassurance; with its
        # scope, or after a step: the year's record)
        ("行政执法工作总体规范有序,未发生重大执法过错。", False),
        ("行政败诉案件原因分析和整改工作扎实开展,同类问题未再发生。", False),
        ("2024年全镇未发生重大群体性事件和民转刑案件。", True),
        ("重要时段落实信访值班制度,辖区未发生越级上访。", True),
        # (a programme said to be finished or built, ending its clause; a change of
        # outlook completed)
        ("基层调解组织规范化建设全面完成,调解工作更加规范。", False),
        ("公共法律服务体系基本建成,群众获取法律服务更加便捷。", False),
        ("执法理念完成了从“管理型”向“服务型”的转变。", False),
        ("全面完成村(社区)法律顾问续聘工作,签订服务合同128份。", True),
        # (an act that is itself the state claimed: 大幅压缩, 明显提高; work appraised in
        # two words: 发布及时准确)
        ("企业开办、不动产登记等高频事项办理时限大幅压缩。", False),
        ("政府网站和政务新媒体运行规范,信息发布及时准确。", False),
        ("压缩企业开办时间至1个工作日。", True),
        ("在县政府门户网站发布政策解读稿件,及时回应企业关切。", True),
        # (work said to be settled or received well: 常态长效, 日趋成熟, 得到有效遏制)
        ("信访工作责任体系健全落实,领导干部接访下访常态长效。", False),
        ("帮办代办服务模式日趋成熟,特殊群体办事更加便捷。", False),
        ("法律顾问出具的法律意见得到高度重视和充分采纳。", False),
        ("法律顾问出具法律意见书46份,均被采纳。", True),
        # (一批 counts what was done, not how much an outcome claimed covers)
        ("信访积案化解工作取得明显成效,一批信访老案难案得到妥善解决。", False),
        ("开展信访积案化解攻坚行动,一批重复信访积案得到实质性化解。", True),
        ("集中攻坚信访积案,化解一批信访老户的疑难诉求。", True),
        # (full coverage of work in general; of places, bodies or things of a kind)
        ("人民调解组织网络实现全覆盖,矛盾纠纷就地化解率显著提高。", False),
        ("执法人员培训轮训实现全覆盖,执法人员依法履职能力显著增强。", False),
        ("“一村(社区)一法律顾问”实现全覆盖。", True),
        ("经济合同合法性审核实现全覆盖。", True),
        # (an act said not to have happened is none)
        ("行政规范性文件质量明显提高,未出现被上级机关纠正或撤销的情况。", False),
        ("撤销违法设立的收费项目2项。", True),
        # (a reviewer's cases: a quoted or named way of serving reached is done; a verb with
        # its object after 大幅 is a step; a body or a reform finished is one; 交出了 a
        # report is a deed)
        ("企业开办实现了“一网通办”。", True),
        ("医保报销实现了“一站式”结算。", True),
        ("重大行政决策实现了目录化管理。", True),
        ("政府信息公开申请实现了网上提交。", True),
        ("县政府大幅压缩工程建设项目审批时限。", True),
        ("县行政复议服务中心基本建成。", True),
        ("村(社区)法律顾问续聘工作全面完成。", True),
        ("县司法局向县人大常委会交出了年度法治政府建设报告。", True),
        ("严格落实重要时段信访值班和领导包案措施,未发生赴省进京越级上访。", True),
        ("党政机关法律顾问、公职律师实现全覆盖。", True),
        # (…and padding in their variants)
        ("法治政府建设年度任务圆满完成。", False),
        ("执法更加规范了。", False),
        ("执法监督实现全覆盖、无盲区。", False),
        ("调解组织网络已实现全覆盖。", False),
        ("学法懂法用法已在全社会蔚然成风。", False),
        ("尊法学法守法用法的良好风气已逐步形成。", False),
        ("审批时限大幅度压缩。", False),
        ("一批矛盾纠纷得到有效化解。", False),
        ("执法工作规范,未出现执法过错。", False),
    ],
)
def test_reports_deed(sentence, deed):
    assert reports_deed(sentence) is deed


@pytest.mark.parametrize(
    ("sentence", "honour"),
    [
        ("全市普法依法治理工作得到司法部通报表扬。", True),
        ("普法短视频获全国优秀法治动漫微视频作品奖。", True),
        ("相关经验被省市场监管局推广。", True),
        ("获批建设用地3宗。", False),
        ("推广“枫桥经验”。", False),
        ("被评为不合格。", False),
        ("政务公开工作经验在全市工作会议上作交流发言。", True),
        ("我县普法工作经验做法被《法治日报》专题报道。", True),
        ("被群众举报。", False),
        ("县司法局被省司法厅确定为行政执法监督工作体系建设试点单位。", True),
        ("区政务公开工作在全市年度考核中获得优秀等次。", True),
        ("县政府门户网站在全省政府网站绩效评估中位列县级前十。", True),
        ("争取在全市考核中走在前列。", False),
        ("县政务服务中心被省总工会授予“工人先锋号”称号。", True),
        ("县城管执法局代表队在全市执法技能比武中夺得团体冠军。", True),
        ("争夺团体冠军。", False),
    ],
)
def test_names_honour(sentence, honour):
    assert names_honour(sentence) is honour


@pytest.mark.parametrize(
    ("sentence", "levels"),
    [
        # round ћ-љ's vocabulary: lectures by legal professionals, explaining the law while
        # enforcing it, a second look at cases closed, equipment fitted to enforcement cars
        ("邀请县检察院检察官为机关干部讲授职务犯罪预防课。", {"publicity": "measure"}),
        (
            "执法人员在检查中向当事人发放告知书,边执法边释法。",
            {"enforcement": "measure", "publicity": "measure"},
        ),
        ("对去年查处的违规养殖户开展“回头看”,复查时均未发现反弹。", {"enforcement": "measure"}),
        ("在执法车辆上加装定位终端,执法轨迹可实时回溯。", {"enforcement": "measure"}),
        ("法官依法审理案件12件。", {}),
        # legal services, dispute platforms and 普法 channels are not government-service
        # windows or openness platforms (DOMAIN.md: public legal service is disputes)
        ("县公共法律服务中心全年接待法律咨询9200人次。", {"disputes": "result"}),
        ("推出“法润乡村”普法微信公众号,关注用户突破10万人。", {"publicity": "result"}),
        ("建成集成服务的“一站式”矛盾纠纷多元化解平台。", {"disputes": "measure"}),
        ("开通“XX发布”微信公众号,全年发布政务信息860条。", {"openness": "result"}),
        ("政务服务大厅推行“一窗受理、集成服务”改革。", {"openness": "measure"}),
        ("社区公共服务中心全年代办事项1200件。", {"openness": "result"}),
        # a stem of one dimension inside another's term: 谁执法谁普法, 普法责任清单, 行政执法
        # 事项清单, 村居法律顾问 (public legal service), 旁听庭审, 法院开放日, 政府开放日, 政策
        # 解读, 法律援助案件, a dispute campaign (…化解专项行动), accounts closed (关停…账号)
        ("全县62名村居法律顾问开展法律服务2760次。", {"disputes": "result"}),
        ("镇政府聘请2名律师担任政府法律顾问,全年审查合同35份。", {"decision": "result"}),
        ("梳理编制行政执法事项清单,共确认行政执法事项3215项。", {"enforcement": "result"}),
        ("开展政务新媒体清理整合,关停注销“僵尸”账号9个。", {"openness": "result"}),
        ("依法关停无证经营企业12家。", {"enforcement": "result"}),
        ("组织政府开放日活动三次,邀请市民代表60余人走进政府部门。", {"openness": "result"}),
        ("县法院开展“法院开放日”活动,邀请学生代表80人参观。", {"publicity": "result"}),
        ("组织领导干部旁听庭审活动三次,参加人员300余人。", {"publicity": "result"}),
        ("县政府网站发布政策解读材料38篇。", {"openness": "result"}),
        ("市场监管局通过“双随机”抽查市场主体1426户。", {"enforcement": "result"}),
        ("法律援助机构全年办理法律援助案件2150件。", {"disputes": "result"}),
        ("开展矛盾纠纷排查化解专项行动四次,排查纠纷1150件。", {"disputes": "result"}),
        (
            "劳动保障监察大队立案查处欠薪案件26件,追回工资380万元。",
            {"enforcement": "result", "disputes": "result"},
        ),
        ("街道在社区设立解纷工作室16个。", {"disputes": "result"}),
        ("行政机关全年履行生效裁判十二件。", {"disputes": "result"}),
        # (review) an exclusion stops at the clause's end; 乡镇(街道)法律顾问 is the
        # government's, 村级法律顾问 and 法律援助窗口 public legal services
        ("县法院审结案件3200件,开展普法宣传12场。", {"disputes": "result", "publicity": "result"}),
        ("依法关停黑作坊8家,查处违规网站2个。", {"enforcement": "result"}),
        ("聘请律师担任乡镇(街道)法律顾问12名。", {"decision": "result"}),
        ("村级法律顾问全年提供法律咨询300次。", {"disputes": "result"}),
        ("在县法院设立法律援助窗口,全年接待咨询300人次。", {"disputes": "result"}),
        ("开展矛盾纠纷调处专项行动3次。", {"disputes": "result"}),
        # round ѕ-ј's vocabulary: accounts reported, an authoritative reply, a 民法典 corner,
        # 法治进军营, telling the law by a neighbour's case
        ("县水利局在24小时内发布了权威回应。", {"openness": "measure"}),
        ("在县图书馆设立民法典专区,陈列相关书籍600余册。", {"publicity": "result"}),
        ("组织开展法治进军营、进宗教场所活动15场。", {"publicity": "result"}),
        # 协调|解决 is no 调解
        ("协调解决企业用地问题12个。", {"openness": "result"}),
        ("县司法局调解纠纷120件。", {"disputes": "result"}),
        # round ԟ-ԧ's vocabulary: leads handed to the police, a document struck down, a
        # feasibility study
        ("执法队员将发现的涉嫌犯罪线索移交公安机关。", {"enforcement": "measure"}),
        ("县政府撤销某乡镇违规设定企业准入条件的文件。", {"decision": "measure"}),
        ("县发改局组织专家对3个重大投资项目开展可行性论证。", {"decision": "result"}),
        # round ԩ-ԭ's vocabulary: acts of enforcement named by their objects, old petitions
        # (骨头案), parents' schools, expropriation terms made public
        ("查处网店销售无生产日期、无厂名厂址商品案件。", {"enforcement": "measure"}),
        ("对渣土运输车辆抛洒滴漏行为实施联合查处。", {"enforcement": "measure"}),
        ("对存在重大事故隐患的11家企业实施停产整顿。", {"enforcement": "result"}),
        ("建成餐饮油烟在线监控系统。", {"enforcement": "measure"}),
        ("依法办结省农业农村厅督办的跨区域制售假冒化肥案件。", {"enforcement": "measure"}),
        ("化解“骨头案”5件。", {"disputes": "result"}),
        ("组织家长学校专题授课。", {"publicity": "measure"}),
        ("发布农村集体土地征收补偿标准,并在镇村同步张贴。", {"openness": "measure"}),
        # round ԯ-բ's vocabulary: the public's views adopted or gathered, legal reviewers,
        # experts consulted on a plan, law-themed screens, training and study on a named law
        ("县城停车收费方案采纳公众意见9条。", {"decision": "result"}),
        ("海口市美兰区各街道均配备了专职法律审核人员。", {"decision": "measure"}),
        ("邀请8名专家对《全县中小学布局规划》进行论证。", {"decision": "result"}),
        ("全镇在人流密集区域建成法治户外大屏3块。", {"publicity": "result"}),
        ("对辖区物业企业负责人开展物业管理条例专题培训。", {"publicity": "measure"}),
        ("组织辖区医疗机构医务人员专题学习医师法。", {"publicity": "measure"}),
        # …but a review's advice adopted is no public participation, nor enforcement
        # officers' training a publicity campaign
        ("执法机关全部采纳法制审核机构的意见。", {}),
        ("举办执法人员专题培训班4期。", {"enforcement": "result"}),
        # round գ-դ's vocabulary: a service put online, automatic approval, a contract
        # negotiated
        ("依托“粤省事”平台,上线社保待遇资格认证等事项。", {"openness": "measure"}),
        ("开通个体工商户登记智能审批通道。", {"openness": "measure"}),
        # (a state reached inside a quoted name is still no deed)
        ("个体工商户登记实现“智能审批”,无需人工干预。", {}),
        # round ե-ը's vocabulary: documents registered, numbered and issued in one place,
        # the law written into a village's rules, drafts sent back, wage-arrears stations,
        # a law firm brought in, justice offices staffed
        ("对街道发文实行统一登记、统一编号、统一印发。", {"decision": "measure"}),
        ("将法治内容写入村规民约。", {"publicity": "measure"}),
        ("对乡镇报送的文件草案退回修改。", {"decision": "measure"}),
        ("在建筑工地设立欠薪维权工作站。", {"disputes": "measure"}),
        ("全县司法所均配齐政法专项编制人员。", {"disputes": "measure"}),
        # round թ-լ: a bureau's website assessed, its rank an achieved result
        ("局网站年度考核得分95分,位列全县第3。", {"openness": "result"}),
        ("局法规科全程参与了城市更新项目合作协议的谈判。", {"decision": "measure"}),
        # round ղ-յ: a tax-law classroom, new market entities counted, questions asked
        # online, approvals finished within the promised time
        (
            "县税务局在办税服务厅开设“税法课堂”,为纳税人讲解政策。",
            {"openness": "measure", "publicity": "measure"},
        ),
        ("2023年全区新登记市场主体2.1万户,同比增长14.3%。", {"openness": "result"}),
        ("县税务局上线“智能咨询”功能,纳税人可随时在线提问。", {"openness": "measure"}),
        ("审批城市道路占用事项214件,全部在承诺时限内办结。", {"openness": "result"}),
        # a department's own inspections: energy saving, promised approvals checked and
        # licences withdrawn, approval and supervision linked, inspections inside firms
        ("县发改局对重点用能单位开展节能监察。", {"enforcement": "measure"}),
        ("全年对承诺制审批事项开展核查126次,撤销许可2件。", {"enforcement": "result"}),
        ("县行政审批服务局与住建、市场监管部门建立审管联动机制。", {"enforcement": "measure"}),
        ("县行政审批服务局对入企检查实行扫码登记。", {"enforcement": "measure"}),
        # round ռ-տ: leaders explaining law at a meeting; a named law studied
        ("区市场监管局组织新修订反不正当竞争法专题学习。", {"publicity": "measure"}),
        ("镇长在镇党委会上带头讲法2次。", {"decision": "result", "publicity": "result"}),
        # round ր-փ: case collections, high-frequency services, family quarrels, rules
        # repealed, police case-filing checked, refunds ordered, wage enforcement on
        # building sites, a reviewer's comments acted on, village advisers in place
        ("县生态环境局编发典型环境违法案例汇编,分送重点排污企业。", {"publicity": "measure"}),
        ("县人社局将社保卡申领等37项高频业务接入“渝快办”平台。", {"openness": "result"}),
        ("网格内婚姻家庭矛盾早发现、早介入、早化解。", {"disputes": "measure"}),
        ("县公安局开展受立案突出问题专项整改。", {"enforcement": "measure"}),
        ("县教育局依法责令退费,相关款项已退还家长。", {"enforcement": "measure"}),
        ("县住建局在施工现场推行劳务实名制考勤。", {"enforcement": "measure"}),
        ("县卫健局依据司法局反馈意见删除了增设审批条件的条款。", {"decision": "measure"}),
        ("全县156个行政村(社区)法律顾问配备率达100%。", {"disputes": "result"}),
        # …and from the round's sentences with no hit in their own dimension: a law just
        # in force studied, time limits cut, fees waived, charges posted, 逢会必学, a
        # legality check-up of village rules, rapid-test rooms, requests resolved, rights
        # advice, a registration revoked; the same words in slogans still earn nothing
        ("乡村振兴促进法施行后,组织镇村干部开展专题学习。", {"publicity": "measure"}),
        ("行政许可事项平均承诺时限较法定时限压缩65%。", {"openness": "result"}),
        ("减免涉企收费共计230万元。", {"openness": "result"}),
        ("边境口岸通关流程和收费标准已在口岸联检大楼醒目位置公示。", {"openness": "measure"}),
        ("今年镇政府常务会议实行“逢会必学”。", {"decision": "measure"}),
        ("对全县18个乡镇的村规民约进行合法性“体检”。", {"decision": "result"}),
        ("市场监管所在农贸市场设立快检室。", {"enforcement": "measure"}),
        ("借助“乡村夜话”收集并解决群众急难愁盼问题73件。", {"disputes": "result"}),
        ("组织律师走进安置社区,为搬迁群众开展宅基地、承包地权益咨询。", {"disputes": "measure"}),
        ("县民政局依法撤销了一批“僵尸型”社会组织的登记。", {"enforcement": "measure"}),
        ("持续优化营商环境,深入推进减税降费。", {}),
        ("坚持逢会必学,不断提升依法决策水平。", {}),
        ("积极收集群众诉求。", {}),
        ("该案选入四川省保障民生创新案例汇编。", {}),
        # round ք-ֆ: documents sent back for correction, wage arrears checked, a named
        # talking corridor, tax refunds, illegal land use cases, bid opening online
        ("对3件存在制定主体不适格问题的部门文件,书面责令制定机关纠正。", {"decision": "result"}),
        ("联合人社所排查拖欠农民工工资问题,督促企业足额支付。", {"disputes": "measure"}),
        ("打造“石板沟说事长廊”,群众有事到长廊里说。", {"disputes": "measure"}),
        ("为312户小微企业办理留抵退税,累计退税金额4800万元。", {"openness": "result"}),
        ("依法处置非法占用耕地建房案件8起,恢复耕地12亩。", {"enforcement": "result"}),
        ("公共资源交易全面实行电子化,不见面开标项目达1142个。", {"openness": "result"}),
        # round ბ-ე: sector bureaus' own words (fire safety publicity, warning signs,
        # wage arrears task forces, doctor-patient disputes, rectification notices,
        # fire-safety campaigns, hotlines posted, tourist complaints paid in advance)
        ("开展消防安全入户宣传,覆盖城乡居民1.2万户。", {"publicity": "result"}),
        ("在各水库岸边设置法治警示牌215块。", {"publicity": "result"}),
        ("成立根治欠薪工作专班。", {"disputes": "measure"}),
        ("推动18所医院设立医患关系协调办公室。", {"disputes": "result"}),
        ("民政局对未备案的养老机构下达了限期整改通知。", {"enforcement": "measure"}),
        ("对高层建筑消防安全开展集中治理。", {"enforcement": "measure"}),
        ("医保局在定点医院公示医保报销政策和投诉举报电话。", {"openness": "measure"}),
        ("文旅局在A级景区推行旅游投诉先行赔付制度。", {"disputes": "measure"}),
        ("持续加强消防安全宣传。", {}),
        # round ი-ნ: data shared, open days, prices posted, no errands, websites used,
        # disputes settled, matters put to a meeting, violations dealt with, contracts,
        # policies evaluated, compliance training
        ("向县发改、财政等8个部门共享统计数据资料32批次。", {"openness": "result"}),
        ("气象局举办“气象开放日”,组织中小学生360余人参观观测场。", {"openness": "result"}),
        ("全县13家A级旅游景区在入口统一公示门票和服务价格。", {"openness": "result"}),
        ("社保业务“零跑腿”事项增至87项。", {"openness": "result"}),
        ("开办企业平均时间压减至0.5个工作日。", {"openness": "result"}),
        (
            "道路运输行政许可事项的办理条件和所需材料在县交通运输局官网公开。",
            {"openness": "measure"},
        ),
        ("化解粮食收购中的价格争议2起。", {"disputes": "result"}),
        ("年度审计项目计划经局审计业务会议集体审定,共确定审计项目21个。", {"decision": "result"}),
        ("先后3次提交领导小组研究项目库调整。", {"decision": "result"}),
        (
            "民宗局会同公安、自然资源部门依法处置了城郊违规修建的露天宗教造像。",
            {"enforcement": "measure"},
        ),
        ("园区对2021年以来出台的41项产业政策开展绩效和法治“双评估”。", {"decision": "result"}),
        ("宝安区组织民营企业负责人参加合规经营培训班。", {"publicity": "measure"}),
        ("吴江区开展行政合同全生命周期管理试点。", {"decision": "measure"}),
        ("医保局与民政、残联共享困难群众身份信息。", {}),  # 信息共享: a mechanism's word
        # provinces' service apps by name (not 北京通报); films shown, letters handed out
        ("“赣服通”镇级分厅上线运行。", {"openness": "measure"}),
        ("北京通州区表彰优秀人民调解员。", {"disputes": "measure"}),  # no app named
        ("法治电影进村放映。", {"publicity": "measure"}),
        ("开展法律明白人培训并颁发聘书。", {"publicity": "measure"}),
        ("县交通运输局约谈网约车平台公司2家。", {"enforcement": "result"}),
        (
            "县市场监管局建成智慧监管指挥中心,对餐饮单位后厨实行远程视频巡查。",
            {"enforcement": "measure"},
        ),
        ("县政府办公室与县司法局建立议题预审机制。", {"decision": "measure"}),
        ("“放心粮油”店名录及价格监测数据每周向社会发布,全年共发布52期。", {"openness": "result"}),
        # round ს-ჩ: lectures counted, services that can be done online, wage arrears
        # screened; a policy lecture stays openness's
        ("各乡镇组织宣讲210场。", {"publicity": "result"}),
        ("开展政策宣讲12场。", {"openness": "result"}),
        ("可网办事项占比提高到92%。", {"openness": "result"}),
        ("春节前集中开展农民工欠薪问题排查。", {"disputes": "measure"}),
        # round ყ-ჭ: policy measures reviewed (a legality review, and a policy's openness),
        # information shared as a state reached (not 共享…信息, a mechanism's word), policy
        # taken to the door
        ("审查涉企政策措施9件。", {"decision": "result", "openness": "result"}),
        ("与区数据局对接,实现低保信息共享。", {"openness": "measure"}),
        ("开展送政策上门服务11场次。", {"openness": "result"}),
        # round ხ-ჳ: a village adviser's drafting, 合法性复核, bikes parked wrongly, base data
        # collected (not enforcement data: that is the platform's own work), prices posted,
        # appeals, boundary disputes handled, a document's effect evaluated, process charts
        ("驻村法律顾问为群众起草法律文书63份。", {"disputes": "result"}),
        ("县审计局对现行有效的11件内部管理制度进行合法性复核。", {"decision": "result"}),
        ("清运违规停放车辆5600余辆。", {"enforcement": "result"}),
        ("向区大数据平台归集人口、房屋基础数据15万条。", {"openness": "result"}),
        ("通过执法监督平台归集执法数据4.3万条。", {"enforcement": "result"}),
        ("县卫健局在医疗机构公示医疗服务价格。", {"openness": "measure"}),
        ("教师申诉案件受理5件。", {"disputes": "result"}),
        ("处理行政区域界线争议2起。", {"disputes": "result"}),
        ("对上年度出台文件的实施效果开展评估。", {"decision": "measure"}),
        ("绘制标准化执法流程图12张。", {"enforcement": "result"}),
        # round ჴ-ჸ: firms visited for their problems (not a publicity visit), followers of
        # a law account, criminal cases cracked
        ("县商务局走访外贸企业63家,帮助解决通关问题17个。", {"openness": "result"}),
        ("走访规上企业40家,开展送法进企业活动。", {"publicity": "result"}),
        ("普法公众号粉丝数突破25万人。", {"publicity": "result"}),
        ("侦破制售假冒白酒案3起。", {"enforcement": "result"}),
        # round Ძ-Ჵ: nuisances put right, law in induction courses, law shelves in village
        # libraries
        ("整治油烟扰民门店48家。", {"enforcement": "result"}),
        ("将宪法和民法典纳入新招录社区工作者岗前培训必修内容。", {"publicity": "measure"}),
        ("孙楼村利用文化大院建起农家书屋法治书架。", {"publicity": "measure"}),
        # round Ჷ-Г: a law studied before it takes effect, an enforcement open day, a law
        # page in the paper, a service window, progress to be looked up online, an
        # online legal service's consultations, a walk of law culture
        (
            "新修订的《行政复议法》施行前,组织执法人员开展专题学习。",
            {"publicity": "measure", "disputes": "measure", "enforcement": "measure"},
        ),
        (
            "城管局举办“城管开放日”活动,邀请中小学生体验执法。",
            {"publicity": "measure", "enforcement": "measure", "openness": "measure"},
        ),
        ("《绍兴日报》法治专版全年刊发45期。", {"publicity": "result"}),
        ("在园区政务服务中心设立外企服务专窗。", {"openness": "measure"}),
        ("建成项目服务平台,审批进度实时可查。", {"openness": "measure"}),
        (
            "依托12348法律服务网在线解答咨询2600余人次。",
            {"disputes": "result", "openness": "result"},
        ),
        ("在雨林景区建成法治主题文化步道。", {"publicity": "measure"}),
        # round Д-Ц: shop signs and billboards put right, reporters at a government
        # meeting, licences taken to the door
        ("整治户外广告和牌匾标识1360块。", {"enforcement": "result"}),
        ("政府常务会议邀请媒体记者列席。", {"openness": "measure"}),
        ("为个体工商户开展“上门送证”服务,执照办好后直接送到店里。", {"openness": "measure"}),
        # twelfth session: medical-dispute mediation committees, wages owed put the other
        # way round, the suits-per-10,000 rate, law news counted
        ("在县人民医院设立医调委工作站。", {"disputes": "measure"}),
        ("协调解决农民工工资拖欠问题7起,涉及金额43万元。", {"disputes": "result"}),
        ("万人起诉率同比下降12%。", {"disputes": "result"}),
        ("全区各类媒体刊发法治类新闻稿件310篇。", {"publicity": "result"}),
        ("制定补贴政策时,邀请3名企业负责人参加论证。", {"decision": "result"}),
        ("全年作出行政强制措施决定11件。", {"enforcement": "result"}),
        ("对3起行政强制案件进行了复议审查,均维持原决定。", {"disputes": "result"}),
        ("县公安局反电诈中心止付涉诈资金320万元。", {}),
        ("组织学习《行政强制法》。", {"publicity": "measure"}),
        ("反电诈宣传入户2.4万户。", {"publicity": "result"}),
    ],
)
def test_catalogue_reads_the_dimension(sentence, levels):
    assert sentence_levels(sentence, _matcher()) == levels


def test_task_lists():
    assert sets_tasks("优化队伍结构,规范选聘工作,组成律师队伍。")
    assert not sets_tasks("全年组织审查合同30份,提出修改意见41条。")
    # an item heading glued to its paragraph on a page without line breaks
    assert sets_tasks("2.深化法律顾问工作优化法律顾问队伍结构,规范选聘工作,组成律师队伍。")
    assert not sets_tasks("2.法律顾问工作全年审查合同30份,提出修改意见41条。")
    # half the clauses set tasks, the other makes a product: a deed beside its task
    assert not sets_tasks("规范罚没财物管理,制定罚没物品处置办法。")
    assert not sets_tasks("落实“谁执法谁普法”责任制,印发镇普法责任清单。")
    assert sets_tasks("优化审批流程,压缩办理时限。")
    assert sets_tasks("规范罚没财物管理,强化罚没物品处置。")
    assert not sets_tasks("加强组织领导,成立法治政府建设领导小组。")
    # (a product only wished for is a task's)
    assert sets_tasks("优化营商环境,推出更多便民利企服务。")
    assert sets_tasks("完善考核机制,制定科学合理的考核办法。")
    assert sets_tasks("加强执法队伍建设,组建高素质专业化执法队伍,提升执法能力水平。")
    assert sets_tasks("完善工作机制,成立强有力的领导小组,压实工作责任,确保各项任务落到实处。")
    # (an item heading glued to its paragraph adds tasks of its own: the product made
    # still reports a deed, as it does with the heading on its own line)
    assert not sets_tasks(
        "七、深化法治宣传教育,营造园区法治氛围落实普法责任制,制定年度普法责任清单。"
    )


@cache
def _fixture_sentences(name: str = "heldout_sentences.csv") -> pd.DataFrame:
    """The independent sentences, read once for every test that uses them (the gaming
    set, ``gaming_sentences.csv``, was read in full while tuning: it has no held-back
    part and stays out of the held-back figures)."""
    return pd.read_csv(FIXTURES / name)


def _blocks_of_twenty(pool: pd.Series) -> list[list[str]]:
    return [pool.iloc[k : k + 20].tolist() for k in range(0, len(pool) - 19, 20)]


@cache
def _matcher() -> Matcher:
    """The catalogue's matcher, built once for the fixture checks."""
    return Matcher(CATALOGUE)


@pytest.fixture(scope="module")
def checked():
    frame = _fixture_sentences()
    assert len(frame[frame["kind"] == "achievement"]) >= 250
    assert len(frame[frame["kind"] != "achievement"]) >= 250
    assert set(frame["dimension"]) == set(DIMENSIONS)
    return sentence_check(frame, _matcher())


def test_held_out_sentences(checked):
    """Figures on the held-back third (docs/validity.md); the bounds
    sit just under today's measured values so that a regression fails."""
    held = sentence_figures(checked[checked["split"] == "holdout"])
    assert held["achievements"] >= 8400 and held["non_achievements"] >= 6500
    # 0.9346 since batches Ђ, Љ, Њ, Ћ (Jiangxi-Anhui-Fujian counties, north-western
    # capitals' districts, south-western mountain townships, north-eastern city
    # departments: 0.888, 0.923, 0.940, 0.884 at first measurement, half figure-free)
    # joined with the thirteenth session's rules (their held-back thirds 0.868, 0.916,
    # 0.964, 0.880 before and after them), and Џ, Ї, Є (south-western city departments,
    # eastern counties' listed items, Pearl River delta streets: 0.927, 0.930, 0.927,
    # measured only after every rule), Ў (434 non-achievements, 1.8 % paid) and Դ, Ե
    # (central counties and districts, Yangtze delta streets: 0.928 and 0.944, measured only
    # after every rule) with them;
    # 0.93498 since batches О, Р, С, Т, Й, Ъ, Ь, Ё (mountain townships, coastal county-level
    # cities, an evaluation team's pick, big-city streets and zones, central counties,
    # northern streets' items, eastern departments, plains townships: 0.927, 0.972, 0.959,
    # 0.947, 0.938, 0.885, 0.907, 0.948 measured only, after every rule of the twelfth
    # session and its review, never tuned on; 0.934 on their held-back thirds) joined at
    # the session's end; the bound moved from 0.935 to 0.934 with them;
    # 0.9350 since batches Э, Ю, Я, Ш (Guangdong-Hainan counties, Tianjin-Hebei-Shandong
    # streets' items, south-western capitals' districts, north-eastern county departments:
    # 0.915, 0.871, 0.943, 0.915 measured once after the eleventh session's rules), Щ
    # (non-achievements only: 1.2 % paid), И, К, М, Н (Jiangsu-Shandong-Anhui counties,
    # southern streets' items, north-western county departments, central capitals'
    # districts: 0.971, 0.894, 0.972, 0.947 at first measurement) and Х, Ч, У, Ы (northern
    # counties, southern streets' items, western county departments, an evaluation team's
    # pick; half their achievements figure-free: 0.948, 0.865, 0.891, 0.914 at first
    # measurement) joined, with the twelfth session's two rounds of rules (0.9349 ->
    # 0.9350 on the fixture with them; their own held-back thirds 0.913 and 0.903 before
    # and after; held-back non-achievements paid 120 -> 116); the bound moved from 0.936
    # to 0.935 with them;
    # 0.9361 since batches Д, Ж, Л, П, Ф (hill counties of Shaanxi, Shanxi and Henan,
    # big cities' street offices listing items, central China's county departments, an
    # evaluation team's random pick, hill townships of Anhui, Jiangxi and Fujian: 0.93,
    # 0.89, 0.92, 0.96, 0.89 measured after the eleventh session's second round, 0.921 on
    # their held-back thirds before and after the third round's rules) and Ц
    # (non-achievements only, an ordinary county's mix: 3.9 % paid) joined, with the third
    # round's rules (0.9362 -> 0.9364 on the fixture before they joined; held-back
    # non-achievements paid 108 -> 105);
    # 0.9362 since batches Ჷ, Ჸ, Ჹ, Ჺ, Б (Hainan and coastal districts, Chongqing-Guizhou
    # streets' brief items, Jiangsu-Zhejiang city bureaus, Inner Mongolia's banners and
    # the north-west's counties, development zones' committees: 0.95, 0.87, 0.88, 0.91, 0.89
    # measured after the eleventh session's first round, 0.886 on their held-back thirds
    # before and after the second round's rules) and Г (non-achievements only, terse items
    # with figures: 4.7 % paid) joined, with the second round's rules (0.9370 -> 0.9372 on
    # the fixture before they joined); the bound moved from 0.937 to 0.936 with them;
    # 0.9370 since batches Ძ, Წ, Ჭ, Ხ, Ჯ (Guizhou-Guangxi counties, northern port
    # districts' bureaus, western cities' street offices listing items, an office's 2025
    # mix, plains townships: 0.97, 0.92, 0.85, 0.96, 0.86 measured after the tenth
    # session's last round) and Ჰ (non-achievements only: 1.6 % paid), then Ჱ, Ჲ, Ჳ, Ჴ, Ჵ
    # (Yangtze delta districts, southern mountain counties, south-western townships' brief
    # items, northern cities' finance and audit departments, a provincial office's pick:
    # 0.93, 0.93, 0.89, 0.93, 0.89 measured at the eleventh session's start) and Ჶ
    # (non-achievements only, big cities' bureaus: 1.6 % paid) joined, with the eleventh
    # session's rules (0.9383 -> 0.9385 on the fixture before they joined; held-back
    # non-achievements paid 102 -> 92);
    # 0.9380 since batches Ქ, Ღ, Ყ, Შ, Ჩ (Zhejiang-Fujian county-level cities, the four
    # municipalities' districts in the 纲要's language, north-western townships' short items,
    # county social and land bureaus, Pearl River Delta streets: 0.92, 0.95, 0.83, 0.92,
    # 0.85 measured after the tenth session's third round) and Ც (non-achievements only,
    # the wording mid-sentence after a deed-like opening: 1.5 % paid) joined, with the
    # fourth round's rules (0.9389 before they joined);
    # 0.9383 since batches Ჟ, Რ, Ს, Ტ, Უ (south-western cities' departments opening with a
    # time or purpose, a town's colloquial village report, provincial capitals' districts on
    # 2024-2025 programmes, county bureaus' long sentences, a summary table's terse items:
    # 0.96, 0.88, 0.95, 0.88, 0.82 measured after the tenth session's second round) and Ფ
    # (non-achievements only, verb-first: 3.0 % paid) joined, with the third round's rules
    # (0.9388 before they joined);
    # 0.9388 since batches Კ, Ლ, Მ, Ნ, Ო (Shanghai-Guangzhou district bureaus, northern
    # county governments' 一是… items, Jiangsu-Anhui streets' terse items, city judicial
    # bureaus, north-eastern and north-western counties: 0.86, 0.95, 0.81, 0.92, 0.98
    # measured after the tenth session's first round) and Პ (non-achievements only, terse:
    # 3.7 % paid) joined, with the second round's rules (0.9380 -> 0.9392 before they
    # joined);
    # 0.9380 since batches Დ, Ე, Ვ, Ზ, Თ (Sichuan-Chongqing districts' long sentences,
    # Beijing-Tianjin streets' terse items, county sector bureaus, central China's towns,
    # border and ethnic counties: 0.90, 0.76, 0.89, 0.96, 0.86 measured at the tenth
    # session's start) and Ი (non-achievements only, the wording late in long sentences:
    # 2.7 % paid) joined, with the session's first round (0.9351 -> 0.9390 on the fixture
    # before they joined; held-back non-achievements paid 82 -> 79);
    # 0.9351 since batches ჹ, ჺ, Ა, Ბ (north-western counties, central China's streets
    # listing items, county bureaus of five trades, an office's 2025 mix: 0.93, 0.83, 0.89,
    # 0.92 measured after the ninth session's fourth round) and Გ (non-achievements only,
    # terse: 5.4 % paid) joined, with the fifth round's rules;
    # 0.9358 since batches ჴ, ჵ, ჶ, ჷ (Guangdong and Guangxi districts, minority-area
    # townships' terse items, business-environment bureaus, Zhejiang-Jiangsu-Fujian cities'
    # newest reforms: 0.96, 0.82, 0.87, 0.87 measured after the ninth session's third
    # round) and ჸ (non-achievements only: 1.9 % paid) joined, with the fourth round's rules;
    # 0.9376 since batches ხ, ჰ, ჱ, ჲ (county general offices, megacity street offices'
    # grassroots items, central and eastern county bureaus, farming towns: 0.97, 0.83, 0.94,
    # 0.95 measured after the ninth session's second round, never tuned on before) and ჳ
    # (non-achievements only: 1.6 % paid) joined, with the third round's rules;
    # 0.9378 since batches ყ, ც, ძ, წ (northern cities' bureaus, southern streets' terse
    # items, county enforcement bureaus, a small north-western office: 0.96, 0.85, 0.88,
    # 0.86 measured after the ninth session's first round, never tuned on before) and ჭ
    # (non-achievements only: 2.0 % paid) joined, with the second round's rules;
    # 0.9389 since batches ს, ტ, უ, ფ, ქ, ღ (long formal sentences of the north, mountain
    # counties, north-eastern streets' terse items, development zones, a county's judicial
    # bureau, towns opening with a topic: 0.96, 0.93, 0.82, 0.88, 0.92, 0.94 measured at the
    # ninth session's start) and შ, ჩ (non-achievements only: 2.7 % and 2.1 % paid at its
    # start) joined, with the session's rules (0.9390 -> 0.9397 on the fixture before them);
    # 0.9390 since batches პ, ჟ, რ (an office's county mix, southern streets' terse
    # summaries, county departments: 0.90, 0.86, 0.89 at the eighth session's start, 0.90,
    # 0.88, 0.89 measured after its first round) and ო, ჯ (non-achievements only, made to
    # look concrete: 6.0 % and 4.6 % paid at the session's start) joined, with the
    # session's later rounds;
    # 0.9395 since batches ი, კ, ლ, მ, ნ and თ (county departments of the north-west,
    # megacity districts, an office's mix, minority areas, items listed 一是…二是…, and
    # central China's towns: 0.80, 0.90, 0.93, 0.89, 0.75, 0.78 measured before the
    # eighth session's rules) joined, with the session's rules (0.9379 → 0.9420 on the
    # fixture before they joined);
    # 0.9379 since batches ვ and ზ (an evaluation office's 2024-2025 sample and plain
    # working-level prose, two thirds figure-free: 0.98 and 0.93 measured after every rule
    # of the seventh session and never tuned on) joined;
    # 0.9377 since batches ბ, გ, დ, ე (county bureaus of four sector groups in their own
    # trade's words: social, safety and building, land and environment, market and tax:
    # 0.90, 0.84, 0.85, 0.94 measured after round ր-ֆ's rules) joined, with their round's
    # vocabulary (0.9364 on the same fixture before the session's rules);
    # 0.9385 since batches ր, ց, ւ, փ (county departments' sector wording, north-eastern
    # streets, north-western bureaus, southern districts' enumerations: 0.91, 0.82, 0.92,
    # 0.86 measured at the seventh session's start) and ք, օ, ֆ (an ordinary county mix,
    # south-western townships, sector bureaus: 0.92, 0.84, 0.86 measured after round ր-փ's
    # rules) joined, with both rounds' rules (0.9374 on the same fixture before them);
    # 0.9398 with what people can now do with a service in place (当事人可通过扫码核验…);
    # 0.9393 since batches ռ, ս, վ and տ (newest national programmes, Jiangsu-Zhejiang towns,
    # ethnic autonomous counties, megacity departments: 0.96, 0.88, 0.93, 0.98 measured
    # after every rule of the session) joined; 0.9394 since batches պ and ջ (an office's 2025 mix and clipped verb-first summaries
    # without figures: 0.96 and 0.82 measured after every rule of the session and never
    # tuned on) joined; 0.9402 since batches ղ, ճ, մ, յ (ordinary voices: 0.99, 0.93, 0.95, 0.97 over their
    # 250 achievements measured at the session's start) and ն, շ, ո, չ (figure-free
    # municipal streets, zones, departments and towns' disputes and publicity: 0.83, 0.89,
    # 0.90, 0.80, measured after ղ-յ's rules) joined, the older batches' held thirds
    # rising from 0.9533 to 0.9546 with the round's rules;
    # 0.9406 since batches թ, ժ, ի and լ (the south-east's hill towns, north-western
    # capitals' districts, county departments of Hunan, Hubei and Guangxi without figures,
    # development zones: 0.91, 0.96, 0.80 and 0.85 over their 250 achievements measured
    # after round ե-ը's rules; 0.85 on their held-back thirds) joined, 0.9408 with
    # batches խ and ծ (non-achievements written to look concrete), 0.9404 with կ and հ (an
    # ordinary office's mix and the 纲要's wording, 0.94 and 0.90 measured after every rule
    # of the session and not tuned on); 0.9430 since
    # batches ե, զ, է and ը (the north-west's pastoral disputes, the four
    # municipalities' streets, the Yangtze delta's long sentences, the south-west's plain
    # county prose: 0.84, 0.84, 0.92 and 0.88 over their 250 achievements measured before
    # tuning; 0.89 on their held-back thirds after it) joined, the batches before the
    # newest ones 0.9533;
    # 0.9434 since batches գ and դ (the north-east's county prose, southern city
    # departments without figures: 0.88 and 0.90 on their held-back thirds, measured after
    # every rule of the session) joined; 0.9437 since batches ԯ, ա and բ (figure-free and actor-less: a mix of all
    # dimensions, decision only, publicity only: 0.88, 0.87 and 0.83 on their held-back
    # thirds, measured after all of round ԩ-ԭ's rules) joined, the batches before the
    # newest ones 0.9522 (guarded below); 0.9452 since batches ԩ, ԫ and ԭ (openness, enforcement, disputes and publicity
    # written mostly without figures and often without an actor: 0.86, 0.75 and 0.90 on
    # their held-back thirds before tuning) joined; 0.9473 since batches ԟ, ԡ, ԣ and ԥ (news items with dates, rates and rankings,
    # documents with titles and numbers, the 2019-2020 wording: 0.94, 0.93, 0.99 and 0.95 on
    # their held-back thirds before tuning) joined; 0.9467 since batches ԛ and ԝ (verb-first sentences without an actor, village-facing
    # work of the south-west frontier: 0.87 and 0.92 on their held-back thirds before
    # tuning) joined; 0.9476 since batches ԕ, ԗ and ԙ (Shanxi-Hebei-Inner Mongolia counties with Chinese
    # numerals, south-coast street offices, 纲要-language padding: 0.92, 0.90 and no slogan paid
    # on their held-back thirds before tuning) joined; 0.9482 since batches ԇ, ԉ, ԋ, ԍ, ԑ and ԓ (the south-west's relocation sites, colon-and-
    # semicolon summaries, telegraphic street offices, enterprise-facing manufacturing
    # regions, plain township reports, provincial capitals' framed sentences: 0.96, 0.94,
    # 0.79, 0.89, 0.78 and 0.92 on their held-back thirds before tuning) joined;
    # 0.9490 since batches ӿ and ԃ (county social-sector departments, the 2019-2020 mountain
    # counties: 0.93 and 0.95 before tuning) joined; 0.9485 since batches ӻ and ӽ (north-east forestry and farms with 一是 markers, central
    # China's 2024-2025 offices: 0.89 and 0.95 before tuning) joined; 0.9489 since batches ӵ and ӹ (achievements without any figure, the north-west and the
    # Yangtze delta: 0.90 and 0.92 before tuning) joined; 0.9494 since batches ӱ and ӳ (the North China plain's towns, central prefecture-level
    # cities: 0.90 and 0.93 before tuning) joined; 0.9490 since batches ӡ, ӥ, ӯ and ӭ (autonomous and frontier areas, zones and departments
    # in a nominal voice, justice bureaus, the south coast: 0.89-0.92 before tuning) joined;
    # 0.9497 since batch ӑ (the north's 2023-2025 districts, 0.976 on its held-back third
    # before tuning) joined; 0.9493 since round ӂ-ӄ (ӄ, the south-west's 2019-2021 reports, 0.96 before
    # tuning); 0.9488 since round ҩ-ѹ (ѹ, big-city streets, 0.89 before tuning; time frames such as
    # 答复前 no longer read as deeds); 0.9492 since round ҁ's guards (…,实现审核工作全覆盖 after a task now reads as its
    # purpose unless it names the places covered); 0.9494 since batches ѓ and џ (the coast's branding voice, central county-level
    # cities' Chinese numerals: 0.93 and 0.96 before tuning) joined; 0.9490 since ќ and ѝ (departments' terse voice, townships' grassroots one:
    # 0.89 and 0.86 on their held-back thirds before any tuning) joined; 0.9498 after
    # batch ј (openness and publicity only, 0.82 on its held-back third), 0.9516 before
    assert held["recall"] >= 0.934, held
    older = sentence_figures(
        checked[(checked["split"] == "holdout") & ~checked["id"].str[0].isin(_NEWEST)]
    )
    assert older["recall"] >= 0.959 and older["false_credit"] <= 0.005, older
    assert held["false_credit"] <= 0.01 and held["false_concrete"] <= 0.01, held


def test_achievements_are_read_in_their_own_dimension(checked):
    """Other scored dimensions credited at measure or above by the fixture's achievements
    (all of them: the patterns were narrowed while reading the tuning thirds' and the
    samples' cross-dimension credits). 6,944 before round ћ-љ took the stems of one
    dimension out of another's terms (谁执法谁普法, 村居法律顾问, 旁听庭审, 政策解读,
    协调|解决 …); 5,598 after, over the 24,853 achievements of the time; 5,725 over 25,353
    once batches ѕ and ј joined; 5,697 after the review's fixes (村级法律顾问, 调处专项…),
    5,701 with round ѕ-ј's vocabulary (在网站公布 of a decision's list, for one); 5,809
    over 25,853 once batches ќ and ѝ joined (5,707 of them in the older batches: 实现…网上办
    now credited, which also names an online service); 5,810 with …改为… as a deed (法律援助
    申请实现“容缺受理”: 容缺 is a window service's term too); 5,916 over 26,353 once
    batches ѓ and џ joined (5,813 in the older batches: lists drawn up now read as deeds,
    与上位法不一致 as a decision's legality term); 5,976 over 26,603 once batch ѹ joined
    (5,913 in the older batches: time frames such as 出台前 no longer read as deeds);
    6,036 over 26,853 once batch ӄ joined (the older batches unchanged at 5,976); 6,095
    over 27,103 with batch ӑ (the older batches unchanged at 6,036); 6,358 over 28,103 with
    batches ӡ, ӥ, ӯ and ӭ (6,102 in the older batches: the round's vocabulary narrowed
    until only 8 older sentences gained a second dimension, each a fair reading such as
    行政复议…无一被纠错 for openness and disputes); 6,468 over 28,603 with batches ӱ and ӳ
    (6,113 in the older batches: 投诉举报 handled now also reads as enforcement); 6,584 over
    29,103 with batches ӵ and ӹ (6,475 in the older batches); 6,686 over 29,603 with batches
    ӻ and ӽ (6,589 in the older batches); 6,790 over 30,103 with batches ӿ and ԃ (6,693 in
    the older batches); 7,110 over 31,603 with batches ԇ, ԉ, ԋ, ԍ, ԑ and ԓ (6,795 in the
    older batches: five sentences newly credited, a system set up and described at work or
    a step opening with 将, each also a fair reading of a second dimension); 7,220 over
    32,103 with batches ԕ and ԗ (6,797 in the older batches: community legal advisers
    engaged now read as public legal service too); 7,317 over 32,603 with batches ԛ and ԝ
    (the older batches unchanged); 7,553 over 33,603 with batches ԟ, ԡ, ԣ and ԥ (7,319 in
    the older batches: a reform in place and forces merged, fair readings of a second
    dimension); 7,667 over 34,353 with batches ԩ, ԫ and ԭ (7,557 in the older batches:
    food-safety sampling results made public now also read as enforcement); 7,846 over
    35,103 with batches ԯ, ա and բ (7,671 in the older batches: officials trained on a
    named law also read as publicity, the public's views gathered as decision); 7,850 after
    the round's last rules (grid workers' household visits specific, so their second
    dimension is read too); 7,945 over 35,603 with batches գ and դ (the older batches
    unchanged); 8,187 over 36,598 with batches ե, զ, է and ը (7,957 in the older batches:
    sentences newly credited by the round's rules (实施/实行 as verbs, actors named by
    place) that also evidence a second dimension, such as 综治中心实行“一站式受理…”, a
    one-stop window for openness too); 8,383 over 37,595 with batches թ, ժ, ի and լ (the
    older batches unchanged at 8,187); 8,417 over 37,695 with batches խ and ծ (mostly
    non-achievements; the older batches unchanged at 8,383); 8,515 over 38,186 with
    batches կ and հ (not tuned on; the older batches unchanged at 8,417); 8,986 over 40,179
    with batches ղ, ճ, մ, յ, ն, շ, ո and չ (8,538 in the older batches: people invited to
    take part now read as deeds, and the catalogue's existing terms they name, such as
    人大代表 for decision, are read with them; 法律审核 is a decision's legality term); 9,082
    over 40,672 with batches պ and ջ (never tuned on; the older batches unchanged); 9,312
    over 41,668 with batches ռ, ս, վ and տ (8,540 in the older batches: 带头讲法 at a
    department's meeting is officials' study of law too); 9,318 once what people can now do
    with a service in place reads as specific (8,545 in the older batches: 群众可通过手机申请
    调解 is an online service too); 9,701 over 43,406 with batches ր-ֆ (8,928 in the older
    batches); 9,742 after their rounds (8,965 in the older batches: lawyers taken into one
    piece of work now read as deeds, and the catalogue's existing 律师参与 with them; village
    legal advisers in place read as public legal service; 案例汇编 and 急难愁盼 as their
    dimensions' terms); 9,932 over 44,404 with batches ბ-ე; 10,009 after their round
    (根治欠薪 for disputes in wage-enforcement sentences, a lawyer's weekly desk hours as
    public legal service, hotlines posted as openness); 10,117 over 44,901 with batches ვ
    and ზ (never tuned on; the older batches unchanged); 10,172 after the eighth session's
    rules (verbs that report a step with their object alone, such as 组织…参加培训 and
    走访…, now credit the second dimension their sentences name: open days, officials'
    training); 10,422 over 46,392 with batches ი-თ; 10,593 over 47,134 with პ-ჯ; 10,600 after the
    ninth session's rules (lectures counted, 调处 and wage arrears screened, 可网办: seven
    fair second readings such as a policy lecture credited to publicity too); 10,895 over
    48,628 with batches ს-ჩ; 11,111 over 49,622 with batches ყ-ჭ and
    the second round's rules (policy measures reviewed read as openness too); 11,327 over
    50,621 with batches ხ-ჳ and the third round's rules; 11,540 over 51,610 with
    batches ჴ-ჸ; 11,750 over 52,597 with batches ჹ-Გ; 11,805 after the tenth session's
    first round (work told with its detail: its second readings are fair, such as a
    complaint hotline's review credited to openness too); 12,031 over 53,838 with Დ-Ი;
    12,068 after the second round's rules; 12,328 over 55,076 with Კ-Პ, the same after
    the third round's; 12,579 over 56,310 with Ჟ-Ფ; 12,583 after the fourth round's rules;
    12,834 over 57,547 with Ქ-Ც; 12,838 after the eleventh session's rules; 13,328 over
    60,019 with Ძ-Ჶ; 13,335 after the second round's rules; 13,578 over 61,254 with
    Ჷ-Г; 13,580 after the third round's rules; 13,836 over 62,482 with Д-Ц; 14,223 over
    64,443 with Э-Н (twelfth session), the same after its first round's rules; 14,397
    over 65,428 with Х-Ы and the second round's rules; 14,827 over 67,402 with О-Ё;
    15,032 over 68,398 with Ђ-Ћ and the thirteenth session's rules; 15,188 over 69,135
    with Џ-Ў and 15,294 over 69,634 with Դ-Ե, measured only; 15,292 after the
    seventeenth session's rules and 15,356 over 69,934 with Լ (effects stated beside a
    checkable anchor, measured only); 15,363 after the review of the session's rules
    (ways of serving reached credited again). A sentence may rightly evidence two dimensions, so the bound is today's figure, not
    zero."""
    done = checked[checked["kind"] == "achievement"]
    assert len(done) == 69934
    assert done["elsewhere"].sum() <= 15363, done["elsewhere"].sum()


# The batches that joined on 2026-12-06's third session, ԩ-դ of its fourth, ե-հ of its fifth,
# ղ-տ of its sixth, ր-ე of its seventh, ი-ჯ of its eighth, ს-Გ of its ninth and Დ-Ი of
# its tenth (four rounds, Დ-Ი, Კ-Პ, Ჟ-Ფ and Ქ-Ც), Ძ-Ჶ, Ჷ-Г and Д-Ц of the eleventh,
# Э-Ё of the twelfth and Ђ-Ե of the thirteenth, in voices the rules read worst before
# tuning (0.77-0.97 over their 250 achievements; ԙ is slogans only, խ and ծ mostly plans,
# targets, rules and shortcomings written to look concrete): their tuning thirds pull the
# whole's figure below the older batches' own.
_NEWEST = frozenset(
    "ԇԉԋԍԑԓԕԗԙԛԝԩԫԭԯաբգդեզէըթժիլխծկհղճմյնշոչպջռսվտրցւփքօֆბგდევზიკლმნთპჟროჯსტუფქღშჩყცძწჭხჰჱჲჳჴჵჶჷჸჹჺᲐᲑᲒᲓᲔᲕᲖᲗᲘᲙᲚᲛᲜᲝᲞᲟᲠᲡᲢᲣᲤᲥᲦᲧᲨᲩᲪᲫᲬᲭᲮᲯᲰᲱᲲᲳᲴᲵᲶᲷᲸᲹᲺБГДЖЛПФЦЭЮЯШЩИКМНХЧУЫОРСТЙЪЬЁЂЉЊЋЏЇЄЎԴԵԼ"
)


def test_tuning_sentences(checked):
    """All tuning thirds 0.9700 before the newest batches joined; with them 0.9674, the
    older batches' thirds 0.9721 (they gained from the newest batches' rules); 0.9665 and
    0.9727 once ԟ-ԭ joined (ԟ, ԡ, ԣ, ԥ counted with the older batches); 0.9644 and 0.9727
    with ԯ, ա and բ; 0.9638 and 0.9728 with գ and դ; 0.9629 and 0.9736 with ե, զ, է and ը (their tuning
    thirds 0.90 after the round pull the whole below 0.963; the older ones rose); 0.9612
    with թ, ժ, ի and լ (0.90 on their tuning thirds after their round); 0.9607 with կ and
    հ, measured only (0.92 on their tuning thirds, never tuned on); 0.9602 and 0.9743 with
    ղ-չ (0.92 on their tuning thirds after the round); 0.9592 with պ and ջ, measured only
    (0.89 on their tuning thirds, never tuned on); 0.9588 with ռ-տ (0.94 on their tuning
    thirds after their round); 0.9582 and 0.9751 with ր-ֆ (0.89 on their tuning thirds
    after the seventh session's rounds; 0.9558 and 0.9746 on the same fixture before);
    0.9571 and 0.9751 with ბ-ე (0.91 on their tuning thirds after their round; 0.9540 on
    the same fixture before the session's rules); 0.9571 with ვ and ზ, measured only;
    0.9596 and 0.9763 with the eighth session's rules, then 0.9569 and 0.9763 with ი-თ
    (0.88 on their tuning thirds after the round); 0.9560 with პ-ჯ (0.88 on their tuning
    thirds after their rounds); 0.9562 and 0.9765 with the ninth session's rules, then
    0.9551 and 0.9765 with ს-ჩ (0.92 on their tuning thirds after the round); 0.9541
    and 0.9765 with ყ-ჭ (0.90 on their tuning thirds after the second round); 0.9537 and
    0.9766 with ხ-ჳ (0.93 on their tuning thirds after the third round); 0.9526 and
    0.9766 with ჴ-ჸ (0.89 on their tuning thirds after the fourth round); 0.9514 and
    0.9766 with ჹ-Გ (0.89 on their tuning thirds after the fifth round); 0.9553 and
    0.9784 with the tenth session's first round, then 0.9538 and 0.9783 with Დ-Ი (0.89
    on their tuning thirds after the round); 0.9545 with the second round's rules, then
    0.9538 and 0.9786 with Კ-Პ (0.92 on their tuning thirds after the round); 0.9538
    with the third round's rules, then 0.9524 and 0.9786 with Ჟ-Ფ (0.89 on their tuning
    thirds after the round); 0.9527 with the fourth round's rules, then 0.9516 and 0.9787
    with Ქ-Ც (0.90 on their tuning thirds after the round); 0.9521 and 0.9788 with the
    eleventh session's rules, then 0.9511 and 0.9788 with Ძ-Ჶ (0.92 on their tuning
    thirds after the round); 0.9512 with the second round's rules, then 0.9506 and
    0.9788 with Ჷ-Г (0.92 on their tuning thirds after the round): the bound moved from
    0.951 to 0.950 with them; 0.9508 with the third round's rules, then 0.9503 and
    0.9789 with Д-Ц (0.93 on their tuning thirds after the round); 0.9492 and 0.9789
    with Э-Н and Х-Ы of the twelfth session (0.936 and 0.906 on their tuning thirds),
    0.9496 with its rules (0.941 and 0.909): the bound moved from 0.950 to 0.949 with
    them; 0.9492 with О-Ё, measured only and joined at the session's end (0.937 on their
    tuning thirds, never tuned on); 0.9489 and 0.9790 with Ђ-Ћ and the thirteenth
    session's rules (0.911 on their tuning thirds after the round): the bound moved from
    0.949 to 0.948 with them; 0.9487 with Џ-Ў and Դ-Ե, measured only and joined at the
    session's end (0.938 on their tuning thirds, never tuned on)."""
    tune = checked[checked["split"] == "tune"]
    tuned = sentence_figures(tune)
    older = sentence_figures(tune[~tune["id"].str[0].isin(_NEWEST)])
    assert older["recall"] >= 0.976 and older["false_credit"] <= 0.005, older
    assert tuned["recall"] >= 0.948 and tuned["false_credit"] <= 0.005, tuned


def test_gaming_sentences():
    """The gaming set (read in full while tuning, so no held-back figure): ґ's 250
    achievements keep recall 0.976 (0.972 as first measured); non-achievements earning
    measure: ґ 1.2 % (16.4 % with the rules before round ї-є), ў 15.0 % (41.8 %; 18.3 %
    before round ћ-љ's outcome rules; 16.3 % before round ԟ-ԧ: 队伍 and 法治政府 no actors,
    work going on 扎实/有序 a manner)."""
    checked = sentence_check(_fixture_sentences("gaming_sentences.csv"), _matcher())
    batch = checked["id"].str[0]
    g = sentence_figures(checked[batch == "ґ"])
    u = sentence_figures(checked[batch == "ў"])
    assert g["achievements"] == 250 and g["recall"] >= 0.97, g
    assert g["false_concrete"] <= 0.012, g
    assert u["non_achievements"] == 400 and u["false_concrete"] <= 0.15, u
    for letter, sentences, paid in _PADDING_SETS:
        f = sentence_figures(checked[batch == letter])
        assert f["non_achievements"] == sentences, (letter, f)
        assert round(f["false_concrete"] * sentences) <= paid, (letter, f)


# Padding sets of the gaming set: batch letter, distinct sentences, most of them earning
# measure or result.
_PADDING_SETS = (
    # ԏ: padding about the systems and arrangements a unit "has" (建立…机制,…; 将…纳入…),
    # 17 paid (16 with the rules before round ԇ-ԍ; 45 with that round's first, broader
    # reading of a system described at work)
    ("ԏ", 300, 17),
    # ԧ: padding that claims results without showing any (成效明显, 满意度持续提升), 10 paid
    # as first measured, 8 after round ԟ-ԧ's rules (from its tuning two thirds)
    ("ԧ", 300, 8),
    # Ա and Բ: generic padding in two voices (central and western counties; eastern
    # streets), some of it with verbs that sound done, asked for on 2026-12-07's twelfth
    # session and measured before any rule was written from it: 21 and 17 paid; 13 and 10
    # after the rules written from their tuning thirds (held-back thirds 6 -> 5, 4 -> 4)
    ("Ա", 300, 13),
    ("Բ", 298, 10),
    # Գ: ordinary generic padding collected as an evaluation office's reviewer would, some
    # of it stating a general effect (…明显减少, …实现全覆盖, …得到有效化解), asked for on
    # the thirteenth session and measured before any of it was read: 9 paid; 8 after
    # 行为零容忍 stopped reading as a count of zero (为零)
    ("Գ", 272, 8),
    # Զ and Է: fresh padding in two more voices (a western district's drafting office, a
    # coastal town writing in a hurry), fourteenth session, measured once and never read
    # for rules: 3 and 11 paid
    ("Զ", 300, 3),
    ("Է", 300, 11),
    # Ժ, Ի and Խ: padding by authors told what the scorer credits (seventeenth session):
    # see test_padding_written_to_please_the_scorer_is_not_closed
    ("Ժ", 299, 32),
    ("Ի", 299, 29),
    ("Խ", 300, 150),
)


def _assert_block_bounds(limits: tuple[tuple[str, int, float, int], ...]) -> None:
    """For each (batch, its blocks of twenty, the largest move, blocks moving more than 2
    points) of the gaming set: the blocks into every sample stay within those bounds."""
    for batch, blocks, most, above in limits:
        moves = [
            m
            for m, _ in _slogan_block_moves(
                lambda letters, b=batch: letters == b, name="gaming_sentences.csv"
            )
        ]
        assert len(moves) == blocks, (batch, moves)
        assert max(moves) <= most, (batch, moves)
        assert sum(m > 2.0 for m in moves) <= above, (batch, moves)


def _moves(edit) -> pd.DataFrame:
    edited = scores_of([replace_text(d, edit(d.text)) for d in DOCS], CATALOGUE)
    return (edited - BASE)[list(DIMENSIONS)].abs()


def _slogan_block_moves(
    batch_mask, name: str = "heldout_sentences.csv"
) -> list[tuple[float, list[str]]]:
    """The fixture's distinct slogans of the batches ``batch_mask`` picks (a function of
    the ids' batch letters), twenty at a time into every sample: the largest move of each
    block, with the block."""
    frame = _fixture_sentences(name)
    slogans = frame[(frame["kind"] == "slogan") & batch_mask(frame["id"].str[0])]
    blocks = _blocks_of_twenty(slogans["sentence"].drop_duplicates())
    return [(_moves(partial(with_slogans, slogans=b)).to_numpy().max(), b) for b in blocks]


def test_slogans_pay_nothing():
    assert _moves(with_slogans).to_numpy().max() <= 2.0


def test_fresh_generic_slogans_move_nothing():
    """The issue's padding bound on material no rule was written from: 300 generic
    slogans (generic_slogans.csv, batch ձ: principle, attitude, importance, direction,
    general improvement, 60 per dimension) by an author who never saw the repository,
    measured once after every rule of 2026-12-06's fifth session and never tuned on.
    One sentence earns measure (镇党委高度重视普法工作,把普法宣传作为…重要抓手, seen in that
    measurement; no rule was made from it); twenty at a time into every sample, no block
    moves a dimension by more than 1.65 points (bound 2). Batch ა, 300 more by another
    such author (northern and western drafters of 2023-2025, habits kept included),
    measured once after round ր-փ's rules and never tuned on: none earns any credit, no
    block moves any dimension."""
    checked = sentence_check(_fixture_sentences("generic_slogans.csv"), _matcher())
    figures = sentence_figures(checked)
    assert figures["non_achievements"] == 600, figures
    assert checked["best_anywhere"].isin(["measure", "result"]).sum() <= 1, figures
    for batch, bound, blocks in (("ձ", 2.0, 15), ("ა", 0.0, 15)):
        moves = [
            m
            for m, _ in _slogan_block_moves(
                lambda letters, b=batch: letters == b, name="generic_slogans.csv"
            )
        ]
        assert len(moves) == blocks
        assert max(moves) <= bound, (batch, moves)


def test_independent_slogans_pay_little():
    """The 297 generic sentences of the fixtures' d batch (written apart from the rules,
    as hard as their author could make them), twenty at a time into every sample: the
    issue's bound is 2 points; two tuning sentences still earn measure (法律顾问列席…,
    编制并公布权责清单) and move one block by up to 6.5, so the guard sits at 7."""
    moves = [m for m, _ in _slogan_block_moves(lambda batch: batch == "d")]
    assert len(moves) >= 14
    assert max(moves) <= 7.0, moves
    assert sum(m <= 2.0 for m in moves) >= len(moves) - 4, moves


# Batches of slogans written to be hard: d (as hard as its author could make them), я
# (model-city districts: coined names, outcome claims), э (departments: 本局…, their
# sector's vocabulary), ї (stock self-assessment of outcomes), є (padding written to
# sound done), ђ (the last mix, measured once after all the rules), ӊ (a tired
# drafter's standing practice, measured once after round ӂ-ӄ), ო and ჯ (non-achievements
# only, written to look concrete). Each has its own guard below; every other slogan of
# the fixture must pay nothing.
_HARD_SLOGANS = ("d", "я", "э", "ї", "є", "ђ", "ӊ", "ო", "ჯ")


def test_slogans_written_to_look_concrete_pay_little():
    """The 200 slogans of batches ო and ჯ (authors asked for non-achievements that look
    concrete: quoted programmes, bodies named in general terms), twenty at a time into
    every sample, before and after the eighth session's rounds: 7 of the 8 blocks move
    nothing, one moves a sample's weakest dimension by 6.94 points through one held-back
    sentence (充分利用国家宪法日等重要节点开展集中宣传: a named day reads as the time of one
    campaign). The issue's bound is 2; this guard keeps today's figures from getting worse."""
    moves = [m for m, _ in _slogan_block_moves(lambda batch: batch.isin(("ო", "ჯ")))]
    assert len(moves) == 8
    assert max(moves) <= 7.0, moves
    assert sum(m <= 2.0 for m in moves) >= 7, moves


def test_department_and_model_city_slogans_pay_little():
    """The 800 slogans of batches я and э, twenty at a time into every sample. Measured
    before tuning: 15 % of э's sentences earned measure and 17 of its 20 blocks moved a
    sample by more than 2 points (up to 21.8); now 1-1.5 % of each batch still does
    (concrete-sounding habits such as 组织领导干部旁听庭审, compliance claims such as 重大
    事项均提交局务会议集体讨论决定), and one such sentence moves a sample's weakest
    dimension by 5-14 points: 7 of the 40 blocks. The issue's bound is 2; this guard
    keeps today's figures from getting worse (docs/validity.md lists the sentences)."""
    moves = [m for m, _ in _slogan_block_moves(lambda batch: batch.isin(("я", "э")))]
    assert len(moves) == 40
    assert max(moves) <= 14.0, moves
    assert sum(m <= 2.0 for m in moves) >= 33, moves


def test_padding_written_to_look_done_pays_little():
    """The 550 slogans of batches є (padding written to sound like achievements: 了 used
    loosely, 已成为常态, claims of effect) and ї (stock self-assessment of outcomes),
    twenty at a time into every sample. Measured before tuning: є moved every block by
    more than 2 points (up to 30.2; 14 % of its sentences earned measure), ї 2 of 7
    (up to 10.7). After the rules on outcomes: 5.3 % of є's held-back third still earns
    measure (verbs used as nouns, 一项/一个 read as counts, habits). With them, the 150
    slogans of ђ, a mix measured once after all the rules (6 % of them earn measure): 16
    of the 34 blocks moved no dimension by more than 2 points (up to 19.9; ђ alone 3 of
    7, up to 18.1). Round ћ-љ's rules (a system said to be formed, a practice made
    regular, the work's trend) take 15 of these sentences: 23 of 34 blocks within 2; 24
    after the rounds of the 6th's second session. The issue's bound of 2 points is not
    met for these voices; this guard keeps today's figures from getting worse
    (docs/validity.md)."""
    moves = [m for m, _ in _slogan_block_moves(lambda batch: batch.isin(("є", "ї", "ђ")))]
    assert len(moves) == 34
    assert max(moves) <= 20.0, moves
    assert sum(m <= 2.0 for m in moves) >= 24, moves


def test_standing_practice_padding_is_not_closed():
    """The 300 slogans of batch ӊ (generic padding of any level, much of it standing
    practice stated in general terms: 重大决策出台前均进行合法性审查, 政策解读与政策文件同步
    起草、同步审签、同步发布, …服务网络实现全覆盖), measured once after all the rules of
    2026-12-06: 11 paid (3.7 %; 4 of its 15 blocks of twenty moved a sample by more than 2
    points, up to 30.2). Rules from its tuning third (出台前均…, 重大…均经, 对…文件,均…, the
    work appraised as 依法依规, a list of mechanisms, 把…融入/贯穿 as a frame, 不断丰富 and
    稳步推进 as trends) leave 4 paid (1.3 %): 12 of 15 blocks move nothing, the others up
    to 18.1. The issue's bound is 2 points; not met for this voice, and this guard keeps
    it from getting worse (docs/validity.md)."""
    moves = [m for m, _ in _slogan_block_moves(lambda batch: batch == "ӊ")]
    assert len(moves) == 15
    assert max(moves) <= 18.1, moves
    assert sum(m <= 2.0 for m in moves) >= 12, moves


def test_padding_by_a_unit_gaming_the_rules_is_not_closed():
    """Batches ў (400 slogans by an author told to game an automatic scorer: 建立健全了…
    机制, 推出了…举措, 实现了…, 做到了…) and ґ (150 slogans of a year's praise). Measured
    before the rules they prompted: ў 41.8 % earning measure with the rules of the
    morning, 27 % after round ї-є; ґ 16.4 % and 7.6 %. After the rules of round ў (a
    claimed step needs its actor, 了 after a verb of effect, the work appraised) and the
    review's fixes: ў 18 %, ґ 2.0 % (both read in full while tuning, so not held back);
    after round ћ-љ's outcome rules ў 16 %, ґ 1.6 %. Twenty at a time they still move a
    sample's dimension by up to 22 points: 8 of 27 blocks stayed within 2, 9 after the
    rules of 2026-12-06's afternoon (dispositions claimed, time frames such as 签订前).
    Not met; this guard records it (docs/validity.md)."""
    moves = [
        m
        for m, _ in _slogan_block_moves(
            lambda batch: batch.isin(("ў", "ґ")), name="gaming_sentences.csv"
        )
    ]
    assert len(moves) == 27
    assert max(moves) <= 22.0, moves
    assert sum(m <= 2.0 for m in moves) >= 9, moves


def test_padding_that_claims_results_is_not_closed():
    """Batch ԧ (300 slogans claiming results without showing any: 成效明显, 满意度持续提升,
    法治意识显著增强), twenty at a time into every sample, measured after round ԟ-ԧ's
    rules (10 of its sentences paid as first measured, 8 now): 11 of 15 blocks move no
    dimension by more than 2 points, the others up to 16.4 (a sentence such as 决策风险评估
    机制不断完善,有效预防和化解了…社会风险 earns measure). The issue's bound is 2 points; not
    met for this voice, and this guard keeps it from getting worse (docs/validity.md)."""
    moves = [
        m for m, _ in _slogan_block_moves(lambda batch: batch == "ԧ", name="gaming_sentences.csv")
    ]
    assert len(moves) == 15
    assert max(moves) <= 16.5, moves  # 16.41
    assert sum(m <= 2.0 for m in moves) >= 11, moves


def test_padding_in_three_fresh_voices_is_not_closed():
    """Batches Ա and Բ (generic padding of two voices, some with verbs that sound done: 实现了
    …, 推动了…, 打造了…品牌), twenty at a time into every sample. Measured before the rules
    they prompted: 9 of Ա's 15 blocks and 10 of Բ's 15 moved a sample by more than 2
    points (up to 18.6 and 14.0); after the rules from their tuning thirds, 6 of 15 and 6
    of the 14 blocks Բ's 298 distinct sentences make (up to 18.6 and 12.6). The issue's
    bound is 2 points; not met for this kind of padding, and this guard keeps it from
    getting worse (docs/validity.md). Գ, ordinary padding with general effects claimed
    (thirteenth session, measured before it was read): 5 of its 13 blocks above 2 points
    (up to 12.6), the same after the session's rules. Զ and Է (fourteenth session, never
    read for rules): 3 and 6 of 15 blocks (up to 15.0 and 16.4)."""
    _assert_block_bounds(
        (
            ("Ա", 15, 18.6, 6),
            ("Բ", 14, 12.6, 6),
            ("Գ", 13, 12.6, 5),
            ("Զ", 15, 15.0, 3),
            ("Է", 15, 16.5, 6),
        )
    )


def test_padding_written_to_please_the_scorer_is_not_closed():
    """Batches Ժ, Ի and Խ (seventeenth session): padding by authors told what the scorer
    credits and asked to sound done and effective without anything checkable (a county
    office's 实现了…, 未发生…, …全面完成, …大幅压缩; a city street's mechanisms and brands; a
    county bureau's legal office claiming compliance over everything: 均已…, 全部…, 已全面
    落实…). Ժ and Ի first measured, before any was read: 22.0 % and 13.3 % earning measure
    (held-back thirds 28 % and 10 %), twenty at a time 14 of 14 blocks each above 2 points
    (up to 55.1 and 48.9). After the rules from their tuning thirds and a review's fixes
    (docs/validity.md): 10.7 % and 9.7 % (held-back thirds 17 % and 9 %), 13 of 14 blocks
    each above 2 points (up to 52.1 and 39.1). Խ, measured after those rules and never
    tuned on: 51.0 % (55.3 % with the rules before the session; 50.0 % after the review),
    15 of 15 blocks above 2 points, up to 60.9: claims of compliance over all of something
    read as real reports write them, and rules against them cost hundreds of real
    achievements (docs/validity.md). The issue's bound is 2 points; not met for padding
    written against the rules, and this guard keeps it from getting worse. (The sentences
    paid are counted in test_gaming_sentences.)"""
    _assert_block_bounds((("Ժ", 14, 52.1, 13), ("Ի", 14, 39.1, 13), ("Խ", 15, 60.9, 15)))


def test_every_ordinary_slogan_pays_nothing():
    """Every slogan of the fixture outside the hard batches (5,205 distinct sentences by 101
    authors, most of them never read while tuning), twenty at a time into every sample:
    the issue's bound is 2 points (measured: no block moves anything). It found a slogan
    whose perfective 了 stood inside a quoted name (由“公开了”向“公开好”转变: 12.6 points),
    and the held-back slogans of batches ҁ, ҩ and ӂ that were paid before their rounds
    (a named practice after 积极探索, …,实现监管全覆盖 after a task, 效果明显改善, 制定全过程:
    up to 11.6)."""
    moves = _slogan_block_moves(lambda batch: ~batch.isin(_HARD_SLOGANS))
    assert len(moves) >= 100
    for moved, block in moves:
        assert moved <= 2.0, (moved, block)


def test_achievements_pasted_twice_add_nothing():
    assert _moves(with_achievements_twice).to_numpy().max() <= 1.0


_LAYOUTS = {
    **{f"parts numbered {k}": partial(with_part_numbers, number=v) for k, v in PART_NUMBERINGS.items()},
    "one line": on_one_line,
    "one line, parts numbered 1.": lambda text: on_one_line(with_arabic_part_numbers(text)),
    "one line, parts numbered (一)": lambda text: on_one_line(
        with_part_numbers(text, PART_NUMBERINGS["(一)"])
    ),
}  # fmt: skip


@pytest.mark.parametrize("edit", _LAYOUTS.values(), ids=_LAYOUTS.keys())
def test_layout_keeps_every_part(edit):
    for doc in DOCS:
        edited = clean_text(edit(doc.text)).text
        assert completeness(find_sections(edited)) == completeness(find_sections(doc.text))


@pytest.mark.parametrize("edit", _LAYOUTS.values(), ids=_LAYOUTS.keys())
def test_layout_moves_no_score(edit):
    # the issue's bounds are 1 point for numbering and 3 for a page on one line; the
    # samples move by none at all, so any move is a regression
    assert _moves(edit).to_numpy().max() <= 1e-9


def test_parts_numbered_like_items():
    text = "某镇报告\n1.主要举措和成效\n1.聘请法律顾问2名。\n2.存在的不足\n调解员不足。\n3.2025年工作安排\n拟新建调解室。"
    kinds = [s.kind for s in find_sections(text)]
    assert [k for i, k in enumerate(kinds) if i == 0 or k != kinds[i - 1]] == [
        "other", "achievements", "shortcomings", "plan"
    ]  # fmt: skip


_DOC = st.integers(0, len(DOCS) - 1)
# how an added sentence is laid out: inline, on a line of its own (splitting its
# paragraph), ending its line, and with a line break on both sides
_INSERT_LAYOUTS = (("", ""), ("\n", ""), ("", "\n"), ("\n", "\n"))
_PROPERTY = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_PROPERTY
@given(_DOC, st.data())
def test_an_inserted_achievement_lowers_no_dimension(i, data):
    doc = DOCS[i]
    place = data.draw(st.sampled_from(sentence_boundaries(doc.text)))
    sentence = data.draw(st.sampled_from(NEW_ACHIEVEMENTS))
    lead, tail = data.draw(st.sampled_from(_INSERT_LAYOUTS))
    added = inserted(doc.text, place, lead + sentence + tail)
    after = scores_of([replace_text(doc, added)], CATALOGUE)
    assert (after.iloc[0][list(DIMENSIONS)] >= BASE.iloc[i][list(DIMENSIONS)] - 1e-9).all()
    assert after.iloc[0]["index"] >= BASE.iloc[i]["index"] - 1e-9


@_PROPERTY
@given(_DOC, st.data())
def test_a_removed_sentence_raises_no_dimension(i, data):
    doc = DOCS[i]
    s, e = data.draw(st.sampled_from(_removable(doc.text)))
    after = scores_of([replace_text(doc, doc.text[:s] + doc.text[e:])], CATALOGUE)
    assert (after.iloc[0][list(DIMENSIONS)] <= BASE.iloc[i][list(DIMENSIONS)] + 1e-9).all()


def _removable(text: str) -> list[tuple[int, int]]:
    """Achievement sentences whose removal leaves the report's structure: an item's
    numbered opening (二是… 3.…) is left, as removing it joins two items into one
    paragraph, a change of structure rather than of content."""
    lo, hi = achievements(text)
    return [(s, e) for s, e in split_sentences(text)
            if lo < s and e < hi and not numbering_style(text[s:e])]  # fmt: skip


@pytest.mark.parametrize(("lead", "tail"), _INSERT_LAYOUTS)
def test_every_insertion_and_removal_on_the_samples(lead, tail):
    """The properties above, checked exhaustively and deterministically: each of the new
    achievements at every sentence end of every sample's achievements part (1,295
    insertions in each layout), and every removable achievement sentence removed (181):
    a random draw finds a rare fall only sometimes, this finds it every time."""
    dims = [*DIMENSIONS, "index"]
    insertions = removals = 0
    for i, doc in enumerate(DOCS):
        base = BASE.iloc[i][dims]
        places = sentence_boundaries(doc.text)
        added = [replace_text(doc, inserted(doc.text, p, lead + new + tail))
                 for new in NEW_ACHIEVEMENTS for p in places]  # fmt: skip
        after = scores_of(added, CATALOGUE)[dims]
        falls = after[(after < base - 1e-9).any(axis=1)]
        assert falls.empty, (doc.unit, falls.index.tolist())
        insertions += len(added)
        if lead or tail:
            continue  # removals are checked once, with the inline layout
        cut = [replace_text(doc, doc.text[:s] + doc.text[e:]) for s, e in _removable(doc.text)]
        after = scores_of(cut, CATALOGUE)[dims[:-1]]
        rises = after[(after > base[dims[:-1]] + 1e-9).any(axis=1)]
        assert rises.empty, (doc.unit, rises.index.tolist())
        removals += len(cut)
    assert insertions >= 1000 and removals >= (0 if lead or tail else 150)


def test_quotations_stay_quoted_when_their_opening_is_cut():
    from fazhi_bench.evidence.credit import in_spans, quoted_rule_spans

    whole = "制度规定“应当公开征求意见。期限不少于7日。”街道印发通知3份。"
    cut = "期限不少于7日。”街道印发通知3份。"  # the sentence that opened the quotation removed
    assert quoted_rule_spans(whole) == [(2, 23), (4, 23)]  # after 规定, and over a full stop
    assert quoted_rule_spans(cut) == [(0, 9)]
    # a one-sentence quotation with no rule verb before it is a name, not a quotation
    assert quoted_rule_spans("开展“法治夜市”活动。") == []
    assert in_spans([0, 5, 9, 30], [(0, 9), (20, 31)]) == [True, True, False, True]
