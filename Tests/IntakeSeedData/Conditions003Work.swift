// Seed 003 (003_ac3441e5f5207cf8.txt), 人力社保 and 其他 (BS-RS, BS-QT): conditions, documents
// not asked of every applicant, agents' documents and refusals found by the black-box tests
// of the matters no test had covered yet, written from the guide's text, never the catalog.

public let conditions003Work: [ConditionExpectation] = [
    // 人力社保 事项29 （1）用人单位职工:…③企业单位同时持填写完整的《大连市企业职工社会保险缴费基数申报表》一式两份
    ConditionExpectation(
        "BS-RS-029", "", "1.3", line: 3797,
        needed: ["insuredCategory": "企业职工"], notNeeded: ["insuredCategory": "机关事业单位职工"]),
    // （2）灵活就业人员：…③我市居住地公安部门出具的居住证原件及复印件（外地户籍人员提供）
    ConditionExpectation(
        "BS-RS-029", "", "2.3", line: 3798,
        needed: ["insuredCategory": "灵活就业人员", "rsInsuredGroup": "外地城镇户籍"],
        notNeeded: ["insuredCategory": "灵活就业人员", "rsInsuredGroup": "其他"]),
    // （注：…2.自主择业军转干部应同时提供《大连市自主择业军队转业干部管理手册》；自谋职业军转干部应同时提供《退役证》；
    // 3.经民政部门审批的退役军人应同时提供《大连市复员干部参加社会保险审批表》。）
    ConditionExpectation(
        "BS-RS-029", "", "2.6", line: 3798,
        needed: ["insuredCategory": "灵活就业人员", "rsInsuredGroup": "自主择业军转干部"],
        notNeeded: ["insuredCategory": "灵活就业人员", "rsInsuredGroup": "自谋职业军转干部"]),
    ConditionExpectation(
        "BS-RS-029", "", "2.7", line: 3798,
        needed: ["insuredCategory": "灵活就业人员", "rsInsuredGroup": "自谋职业军转干部"],
        notNeeded: ["insuredCategory": "灵活就业人员", "rsInsuredGroup": "自主择业军转干部"]),
    ConditionExpectation(
        "BS-RS-029", "", "2.8", line: 3798,
        needed: ["insuredCategory": "灵活就业人员", "rsInsuredGroup": "民政审批退役军人"],
        notNeeded: ["insuredCategory": "灵活就业人员", "rsInsuredGroup": "其他"]),
    // 人力社保 事项30 （1）用人单位职工：…④企业单位需同时持填写完整的《企业职工社会保险费补缴申请表》、《…个人补缴明细表》
    ConditionExpectation(
        "BS-RS-030", "", "1.4", line: 3854,
        needed: ["insuredCategory": "企业职工"], notNeeded: ["insuredCategory": "机关事业单位职工"]),
    // （2）灵活就业人员：…③…居住证原件及复印件（外地户籍人员提供）。（注：…同事项29）
    ConditionExpectation(
        "BS-RS-030", "", "2.3", line: 3855,
        needed: ["insuredCategory": "灵活就业人员", "rsInsuredGroup": "外地城镇户籍"],
        notNeeded: ["insuredCategory": "灵活就业人员", "rsInsuredGroup": "其他"]),
    // … 外地户籍, rural as well as urban (round 16, tester 21)
    ConditionExpectation(
        "BS-RS-030", "", "2.3", line: 3855,
        needed: ["insuredCategory": "灵活就业人员", "rsInsuredGroup": "外地农村户籍"],
        notNeeded: ["insuredCategory": "灵活就业人员", "rsInsuredGroup": "其他"]),
    ConditionExpectation(
        "BS-RS-030", "", "2.8", line: 3855,
        needed: ["insuredCategory": "灵活就业人员", "rsInsuredGroup": "民政审批退役军人"],
        notNeeded: ["insuredCategory": "灵活就业人员", "rsInsuredGroup": "外地城镇户籍"]),
    // 人力社保 事项32 （1）跨省、省辖市转出：…③《解除劳动合同证明书》或《终止劳动合同证明书》（用人单位参保人员提供）
    ConditionExpectation(
        "BS-RS-032", "", "1.3", line: 3982,
        needed: ["rsTransferOut": "跨省、省辖市转出", "insuredCategory": "企业职工"],
        notNeeded: ["rsTransferOut": "跨省、省辖市转出", "insuredCategory": "灵活就业人员"]),
    // （6）城镇职工养老保险转出至城乡居民养老保险：…③…（用人单位参保人员提供）
    ConditionExpectation(
        "BS-RS-032", "", "6.3", line: 3987,
        needed: ["rsTransferOut": "城镇职工转出至城乡", "insuredCategory": "机关事业单位职工"],
        notNeeded: ["rsTransferOut": "城镇职工转出至城乡", "insuredCategory": "灵活就业人员"]),
    // 人力社保 事项31 （1）跨省、省辖市转入：…③《劳动合同书》（用人单位职工提供）
    ConditionExpectation(
        "BS-RS-031", "", "1.3", line: 3911,
        needed: ["rsTransferIn": "跨省、省辖市转入", "insuredCategory": "企业职工"],
        notNeeded: ["rsTransferIn": "跨省、省辖市转入", "insuredCategory": "灵活就业人员"]),
    // 人力社保 事项45 （1）无鉴定等级工伤职工办理工伤医疗费…未进行伤残等级鉴定的，需工伤职工本人带身份证…同时到场方可领取待遇
    ConditionExpectation(
        "BS-RS-045", "", "1.9", line: 4610,
        needed: ["rsInjuryBenefitCase": "无鉴定等级工伤医疗费", "rsAppraisedBelowGrade": "false"],
        notNeeded: ["rsInjuryBenefitCase": "无鉴定等级工伤医疗费", "rsAppraisedBelowGrade": "true"]),
    // 人力社保 事项7 1. "学籍在我市辖区高校的低保家庭、残疾、获得国家助学贷款、贫困残疾人家庭、建档立卡贫困家庭和特困人员中当年毕业生，
    // 符合申领…条件" (line 2495); 2.需要提供哪些材料？ "2.低保证/残疾人证。" (line 2500): the 低保证 proves a 低保家庭, the 残疾人证 a disability
    ConditionExpectation(
        "BS-RS-007", "", "2.1", line: 2500,
        needed: ["rsGraduateAidCategory": "低保家庭"], notNeeded: ["rsGraduateAidCategory": "获得国家助学贷款"]),
    ConditionExpectation(
        "BS-RS-007", "", "2.2", line: 2500,
        needed: ["rsGraduateAidCategory": "残疾"], notNeeded: ["rsGraduateAidCategory": "建档立卡贫困家庭"]),
    ConditionExpectation(
        "BS-RS-007", "", "2.2", line: 2500,
        needed: ["rsGraduateAidCategory": "贫困残疾人家庭"], notNeeded: ["rsGraduateAidCategory": "低保家庭"]),
    // 人力社保 事项4 2.需要提供哪些材料？ 携带报到证（派遣证），已签约单位的需携带与原用人单位解除劳动关系证明。
    ConditionExpectation(
        "BS-RS-004", "", "2", line: 2412,
        needed: ["rsGraduateSigned": "true"], notNeeded: ["rsGraduateSigned": "false"]),
    // 人力社保 事项8 1.《录用备案和就业登记表》或大中专毕业生工作介绍信。（留学归国就业人员首次办理存档需提供《留学回国人员工作介绍信》）
    ConditionExpectation(
        "BS-RS-008", "", "1.3", line: 2520,
        needed: ["rsReturneeFirstArchive": "true"], notNeeded: ["rsReturneeFirstArchive": "false"]),
    // 其他 事项9 办理收养登记送养人提交哪些材料？（两项合并） 一、收养查找不到生父母的弃婴、儿童的需提交：…
    // 4.夫妻双方共同收养提交结婚证，离婚或丧偶后的单身收养人提交离婚证、人民法院离婚调解书或生效的离婚判决书…或者配偶死亡证明: the
    // 收养人's marriage; the applicant of 事项9 is the 送养人 (line 12061), whose own 婚姻状况 decides nothing here (round 19, tester 4)
    ConditionExpectation(
        "BS-QT-009", "case-1", "4.1", line: 12067,
        needed: ["qtAdopterMaritalStatus": "已婚"], notNeeded: ["qtAdopterMaritalStatus": "未婚"]),
    ConditionExpectation(
        "BS-QT-009", "case-1", "4.3", line: 12067,
        needed: ["qtAdopterMaritalStatus": "丧偶"], notNeeded: ["qtAdopterMaritalStatus": "离婚"]),
    // 三、…4.夫妻双方共同收养提交结婚证，单身收养人提交…或者配偶死亡证明 (line 12100): a married couple adopting from a widowed
    // 生父 (whose spouse's death is 10.(4)①, line 12113) bring their 结婚证, no 配偶死亡证明
    ConditionExpectation(
        "BS-QT-009", "case-3", "4.3", line: 12100,
        needed: ["qtAdopterMaritalStatus": "丧偶"], notNeeded: ["qtAdopterMaritalStatus": "已婚"]),
    ConditionExpectation(
        "BS-QT-009", "case-3", "4.1", line: 12100,
        needed: ["qtAdopterMaritalStatus": "已婚"], notNeeded: ["qtAdopterMaritalStatus": "丧偶"]),
    // 6.…其中收养非社会福利机构抚养的查找不到生父母的弃婴、儿童，还应提交收养人经常居住地计划生育部门出具的收养人无子女的证明
    ConditionExpectation(
        "BS-QT-009", "case-1", "6.2", line: 12069,
        needed: ["qtWelfarePlacer": "false", "qtAdopteeDisabled": "false"],
        notNeeded: ["qtWelfarePlacer": "true", "qtAdopteeDisabled": "false"]),
    // 7.被收养人是残疾儿童的，提交县级以上医疗机构出具的该儿童的残疾证明
    ConditionExpectation(
        "BS-QT-009", "case-1", "7", line: 12070,
        needed: ["qtAdopteeDisabled": "true"], notNeeded: ["qtAdopteeDisabled": "false"]),
    // 10.社会福利机构作为送养人的，提交社会福利机构负责人的身份证件，弃婴、儿童进入社会福利机构的原始记录；…
    ConditionExpectation(
        "BS-QT-009", "case-1", "10", line: 12075,
        needed: ["qtWelfarePlacer": "true"], notNeeded: ["qtWelfarePlacer": "false"]),
    // 8.收养人常住户口所在地的村（居）民委员会出具的《捡拾弃婴（儿童）情况证明》、捡拾地公安机关出具的《捡拾弃婴（儿童）报案证明》
    // (line 12071): the papers of a child the adopter found; a child a 社会福利机构 raised and places comes with the institution's
    // 原始记录 and 公安的报案证明 (10., line 12075) instead (round 21).
    ConditionExpectation(
        "BS-QT-008", "case-1", "8", line: 12071,
        needed: ["qtWelfarePlacer": "false"], notNeeded: ["qtWelfarePlacer": "true"]),
    ConditionExpectation(
        "BS-QT-009", "case-1", "8", line: 12071,
        needed: ["qtWelfarePlacer": "false"], notNeeded: ["qtWelfarePlacer": "true"]),
    // 二、收养三代以内同辈旁系血亲的子女的需提交：…9.夫妻双方共同送养提交结婚证；单方送养提交配偶死亡或者下落不明的证明
    ConditionExpectation(
        "BS-QT-009", "case-2", "9.2", line: 12089,
        needed: ["qtPlacingJointly": "false"], notNeeded: ["qtPlacingJointly": "true"]),
    ConditionExpectation(
        "BS-QT-009", "case-2", "9.1", line: 12089,
        needed: ["qtPlacingJointly": "true"], notNeeded: ["qtPlacingJointly": "false"]),
    // 三、…10.生父母为送养人的，应当提交以下材料：… 11.生父母以外的监护人作为送养人的，提交以下材料：…
    ConditionExpectation(
        "BS-QT-009", "case-3", "10", line: 12108,
        needed: ["qtPlacer": "生父母"], notNeeded: ["qtPlacer": "监护人"]),
    ConditionExpectation(
        "BS-QT-009", "case-3", "11", line: 12115,
        needed: ["qtPlacer": "监护人"], notNeeded: ["qtPlacer": "生父母"]),
    // 生父母均不具备完全民事行为能力的，还应提交…生父母对被收养人有严重危害可能的证明
    ConditionExpectation(
        "BS-QT-009", "case-3", "11.4", line: 12119,
        needed: ["qtPlacer": "监护人", "qtBirthParentsIncapacitated": "true"],
        notNeeded: ["qtPlacer": "监护人", "qtBirthParentsIncapacitated": "false"]),
    // 事项8 收养人需提交哪些材料 is answered by the same list (事项9 "两项合并")
    ConditionExpectation(
        "BS-QT-008", "case-1", "7", line: 12070,
        needed: ["qtAdopteeDisabled": "true"], notNeeded: ["qtAdopteeDisabled": "false"]),
    // 个税 事项2 【报送资料】 "1.首次申报或基础信息发生变化时，应报送：1 《个人所得税基础信息表（B表）》 2份 2 个人有效身份证件原件"
    // (lines 4832-4843): a taxpayer making a declaration of 2.-7. for the first time brings them too; a later filing does not
    ConditionExpectation(
        "BS-GS-002", "case-2", "11", line: 4838,
        needed: ["gsFirstFilingOrInfoChanged": "true"], notNeeded: ["gsFirstFilingOrInfoChanged": "false"]),
    ConditionExpectation(
        "BS-GS-002", "case-5", "12", line: 4843,
        needed: ["gsFirstFilingOrInfoChanged": "true"], notNeeded: ["gsFirstFilingOrInfoChanged": "false"]),
    ConditionExpectation(
        "BS-GS-002", "case-8", "11", line: 4838,
        needed: ["gsFirstFilingOrInfoChanged": "true"], notNeeded: ["gsFirstFilingOrInfoChanged": "false"]),
    // 生育 事项4 2、所需材料 "《出生医学证明》、父母《居民户口簿》…。双军人现役军官或女士官的，需提供…原户籍地公安机关出具的军人《注销户口
    // 证明》。" (lines 604-605): soldiers whose 户口 is cancelled bring the 注销户口证明, not a 户口簿, with or without a grandparent
    ConditionExpectation(
        "BS-SY-004", "", "2", line: 605,
        needed: ["syBothMilitary": "false", "syRegisterWithGrandparent": "false"],
        notNeeded: ["syBothMilitary": "true", "syRegisterWithGrandparent": "false"]),
]

public let notRequired003Work: [NotRequiredExpectation] = [
    // 人力社保 事项29 ③企业单位同时持…《缴费基数申报表》: not a 机关事业单位's
    NotRequiredExpectation(
        "BS-RS-029", "", name: "缴费基数申报表", line: 3797, facts: ["insuredCategory": "机关事业单位职工"]),
    // （注：1.外地户籍人员… 2.自主择业军转干部… 3.经民政部门审批的退役军人…）: a local flexible worker brings none of them
    NotRequiredExpectation(
        "BS-RS-029", "", name: "居住证", line: 3798, facts: ["insuredCategory": "灵活就业人员", "rsInsuredGroup": "其他"]),
    NotRequiredExpectation(
        "BS-RS-029", "", name: "管理手册", line: 3798, facts: ["insuredCategory": "灵活就业人员", "rsInsuredGroup": "其他"]),
    NotRequiredExpectation(
        "BS-RS-029", "", name: "审批表", line: 3798, facts: ["insuredCategory": "灵活就业人员", "rsInsuredGroup": "其他"]),
    NotRequiredExpectation(
        "BS-RS-029", "", name: "结婚证", line: 3798, facts: ["insuredCategory": "灵活就业人员", "rsInsuredGroup": "外地城镇户籍"]),
    // 人力社保 事项30 ④企业单位需同时持…补缴申请表…补缴明细表: not a 机关事业单位's
    NotRequiredExpectation(
        "BS-RS-030", "", name: "补缴明细表", line: 3854, facts: ["insuredCategory": "机关事业单位职工"]),
    NotRequiredExpectation(
        "BS-RS-030", "", name: "退役证", line: 3855, facts: ["insuredCategory": "灵活就业人员", "rsInsuredGroup": "其他"]),
    // 人力社保 事项32 ③《解除劳动合同证明书》或《终止劳动合同证明书》（用人单位参保人员提供）: not a flexible worker's
    NotRequiredExpectation(
        "BS-RS-032", "", name: "解除劳动合同证明书", line: 3982,
        facts: ["rsTransferOut": "跨省、省辖市转出", "insuredCategory": "灵活就业人员"]),
    // 人力社保 事项31 ③《劳动合同书》（用人单位职工提供）: not a flexible worker's
    NotRequiredExpectation(
        "BS-RS-031", "", name: "劳动合同书", line: 3911,
        facts: ["rsTransferIn": "跨省、省辖市转入", "insuredCategory": "灵活就业人员"]),
    // 人力社保 事项7 (lines 2495, 2500): a graduate who got a 国家助学贷款, or of a 建档立卡贫困家庭, or a 特困人员 has neither 低保证 nor 残疾人证
    NotRequiredExpectation("BS-RS-007", "", name: "低保证", line: 2500, facts: ["rsGraduateAidCategory": "获得国家助学贷款"]),
    NotRequiredExpectation("BS-RS-007", "", name: "残疾人证", line: 2500, facts: ["rsGraduateAidCategory": "建档立卡贫困家庭"]),
    NotRequiredExpectation("BS-RS-007", "", name: "低保证", line: 2500, facts: ["rsGraduateAidCategory": "特困人员"]),
    // 人力社保 事项4 …已签约单位的需携带与原用人单位解除劳动关系证明: not of a graduate who had not signed
    NotRequiredExpectation("BS-RS-004", "", name: "解除劳动关系证明", line: 2412, facts: ["rsGraduateSigned": "false"]),
    // 人力社保 事项8 …（留学归国就业人员首次办理存档需提供《留学回国人员工作介绍信》）: not of anyone else
    NotRequiredExpectation("BS-RS-008", "", name: "留学回国人员工作介绍信", line: 2520, facts: ["rsReturneeFirstArchive": "false"]),
    // 其他 事项9 一、…12.…收养人、被收养人及送养人应当提交1张2寸近期半身免冠单人照片，社会福利机构送养的除外
    NotRequiredExpectation(
        "BS-QT-009", "case-1", name: "送养人2寸", line: 12079, facts: ["qtWelfarePlacer": "true"]),
    // 一、…7.被收养人是残疾儿童的，提交…残疾证明: not for another child
    NotRequiredExpectation(
        "BS-QT-009", "case-2", name: "残疾证明", line: 12087, facts: ["qtAdopteeDisabled": "false"]),
    // 个税 事项2 "1.首次申报或基础信息发生变化时，应报送：…《个人所得税基础信息表（B表）》" (line 4832): not at a later filing whose basic
    // information has not changed
    NotRequiredExpectation(
        "BS-GS-002", "case-4", name: "基础信息表", line: 4832, facts: ["gsFirstFilingOrInfoChanged": "false"]),
    // 生育 事项4 "双军人现役军官或女士官的，需提供…军人《注销户口证明》" (line 605): no parents' 户口簿 of soldiers, grandparent or not
    NotRequiredExpectation(
        "BS-SY-004", "", name: "父母《居民户口簿》", line: 605,
        facts: ["syBothMilitary": "true", "syRegisterWithGrandparent": "false"]),
]

public let agents003Work: [AgentExpectation] = [
    // 人力社保 事项29 （注：1.外地户籍人员须本人亲自办理…只允许夫妻之间代办，代办时需另外提供结婚证、代办人身份证
    AgentExpectation(
        "BS-RS-029", "", material: "2.4", line: 3798,
        facts: ["insuredCategory": "灵活就业人员", "rsInsuredGroup": "外地城镇户籍", "gjjAgentIsSpouse": "true"]),
    AgentExpectation(
        "BS-RS-029", "", material: "2.5", line: 3798,
        facts: ["insuredCategory": "灵活就业人员", "rsInsuredGroup": "外地城镇户籍", "gjjAgentIsSpouse": "true"]),
    // …an agent who is not the spouse: refused
    AgentExpectation(
        "BS-RS-029", "", material: nil, line: 3798,
        facts: ["insuredCategory": "灵活就业人员", "rsInsuredGroup": "外地城镇户籍", "gjjAgentIsSpouse": "false"]),
    // 人力社保 事项30, the same note (line 3855)
    AgentExpectation(
        "BS-RS-030", "", material: "2.4", line: 3855,
        facts: ["insuredCategory": "灵活就业人员", "rsInsuredGroup": "外地城镇户籍", "gjjAgentIsSpouse": "true"]),
    AgentExpectation(
        "BS-RS-030", "", material: nil, line: 3855,
        facts: ["insuredCategory": "灵活就业人员", "rsInsuredGroup": "外地城镇户籍", "gjjAgentIsSpouse": "false"]),
    // 人力社保 事项20 2.所需材料 （注：1.外地城镇户籍人员须本人亲自办理…只允许夫妻之间代办 (line 2883): an agent who is not the
    // spouse of a 外地城镇户籍 applicant is refused; the spouse is not
    AgentExpectation(
        "BS-RS-020", "", material: nil, line: 2883,
        facts: ["rsInsuredGroup": "外地城镇户籍", "gjjAgentIsSpouse": "false"]),
    AgentExpectation(
        "BS-RS-020", "", material: "4.2", line: 2883,
        facts: ["rsInsuredGroup": "外地城镇户籍", "gjjAgentIsSpouse": "true"]),
    // 其他 事项15 2.所需材料, the same note (line 12263)
    AgentExpectation(
        "BS-QT-015", "", material: nil, line: 12263,
        facts: ["rsInsuredGroup": "外地城镇户籍", "gjjAgentIsSpouse": "false"]),
    AgentExpectation(
        "BS-QT-015", "", material: "4.2", line: 12263,
        facts: ["rsInsuredGroup": "外地城镇户籍", "gjjAgentIsSpouse": "true"]),
    // 公积金 事项7 6、可否代办 (line 6642): "借款人作为申请人需本人到场面签，不可委托任何人办理；…借款人无法到场面签的，可签订《授权委托书》，
    // 委托其配偶代签协议。": the spouse brings the 授权委托书; anyone else is refused
    // 公积金 事项7 (line 6642) "借款人作为申请人需本人到场面签，不可委托任何人办理": no agent, the spouse neither (round 62, tester d).
    AgentExpectation("BS-GJJ-007", "", material: nil, line: 6642, facts: ["gjjAgentIsSpouse": "true"]),
    AgentExpectation("BS-GJJ-007", "", material: nil, line: 6642, facts: ["gjjAgentIsSpouse": "false"]),
    // 其他 事项11 收养登记到哪里办？ "收养关系当事人应当亲自到收养登记机关办理成立收养关系的登记手续" (line 12151)
    AgentExpectation("BS-QT-009", "case-1", material: nil, line: 12151),
    AgentExpectation("BS-QT-008", "case-2", material: nil, line: 12151),
]

public let forbiddenExamples003Work: [ForbiddenExample] =
    adoptionRefusals + adoptionRefusals.map { $0.forMatter("BS-QT-008") }
    + adopterAgeGapExamples
    + [
        // Round 12, tester 5. 其他 事项10 (line 12146) "收养三代以内同辈旁系血亲的子女，可以不受…被收养人不满十四周岁的限制": a 华侨 (case-4a)
        // adopting a relative's child of 15 is not refused for the age; the same child not a relative is
        ForbiddenExample(
            "BS-QT-008", "F-adoptee-age",
            triggering: ["qtAdopteeBirthDate": "2010-01-01", "qtAdopteeCollateralRelative": "false"],
            notTriggering: ["qtAdopteeBirthDate": "2010-01-01", "qtAdopteeCollateralRelative": "true"], scenario: "case-4a"),
        // … "…无配偶的男性收养女性的要求收养人与被收养人的年龄应当相差40周岁以上" (line 12146): an unmarried man born 1990 adopting a
        // girl born 2024, a relative's child in Hong Kong (case-4c), against a stranger's
        ForbiddenExample(
            "BS-QT-008", "F-age-gap",
            triggering: [
                "residentId": "210202199001010010", "maritalStatus": "未婚", "qtAdopteeFemale": "true",
                "qtAdopteeBirthDate": "2024-01-01", "qtAdopteeCollateralRelative": "false",
            ],
            notTriggering: [
                "residentId": "210202199001010010", "maritalStatus": "未婚", "qtAdopteeFemale": "true",
                "qtAdopteeBirthDate": "2024-01-01", "qtAdopteeCollateralRelative": "true",
            ], scenario: "case-4c"),
        // 人力社保 事项18 社会保险职工参保信息变更 1．事项说明 "参保职工各险种参保状态…发生变更"; 2．所需材料 only
        // "（1）企业单位职工" and "（2）机关事业单位职工" (lines 2771-2774): a flexible worker is no 参保职工
        ForbiddenExample(
            "BS-RS-018", "F-category",
            triggering: ["insuredCategory": "灵活就业人员"],
            notTriggering: ["insuredCategory": "企业职工"]),
        ForbiddenExample(
            "BS-RS-018", "F-category",
            triggering: ["insuredCategory": "城乡居民"],
            notTriggering: ["insuredCategory": "机关事业单位职工"]),
        // 其他 事项12 最低生活保障受理 1、事项说明 "凡持有本市常住户口的城乡居民…均可提出低保申请" (line 12154)
        ForbiddenExample(
            "BS-QT-012", "F-hukou",
            triggering: ["qtLocalPermanentHukou": "false"],
            notTriggering: ["qtLocalPermanentHukou": "true"]),
        // 其他 事项25 困难群众医疗救助 1、事项说明 "医疗救助对象为具有本市常住户口且参加户口所在地城镇居民医保或新农合的…城乡困难居民"
        // (line 12549)
        ForbiddenExample(
            "BS-QT-025", "F-hukou",
            triggering: ["qtLocalPermanentHukou": "false"],
            notTriggering: ["qtLocalPermanentHukou": "true"]),
        ForbiddenExample(
            "BS-QT-025", "F-insurance",
            triggering: ["qtInsuredAtHukouPlace": "false"],
            notTriggering: ["qtInsuredAtHukouPlace": "true"]),
        // 公积金 事项7 申请条件 （1）连续足额缴存住房公积金满3个月 (line 6630)
        ForbiddenExample(
            "BS-GJJ-007", "F-deposit",
            triggering: ["gjjDeposit3Months": "false"],
            notTriggering: ["gjjDeposit3Months": "true"]),
        // （2）职工拥有建设银行、工商银行、交通银行、浦发银行、中信银行发放的大连市行政区域内商业性住房贷款 (line 6632)
        ForbiddenExample(
            "BS-GJJ-007", "F-bank",
            triggering: ["gjjLoanFromListedBank": "false"],
            notTriggering: ["gjjLoanFromListedBank": "true"]),
        // （3）房屋坐落地应在中华人民共和国境内且在申请提取人或配偶的户籍或实际工作地 (line 6634)
        ForbiddenExample(
            "BS-GJJ-007", "F-location",
            triggering: ["gjjHouseLocation": "其他地方"],
            notTriggering: ["gjjHouseLocation": "户籍所在地"]),
        ForbiddenExample(
            "BS-GJJ-007", "F-location",
            triggering: ["gjjHouseLocation": "其他地方"],
            notTriggering: ["gjjHouseLocation": "实际工作所在地"]),
        // 其他 事项10 公民收养子女需具备哪些条件？ "4.年满三十周岁" (line 12142): born 1995-07-02 (29) vs 1995-07-01 (30). The
        // 收养人's condition, judged in his own matter (事项8); in 事项9 the applicant is the 送养人 (round 19, tester 4)
        ForbiddenExample(
            "BS-QT-008", "F-age",
            triggering: ["residentId": "210202199507020013"],
            notTriggering: ["residentId": "210202199507010018"]),
        // The same registration filed by the 送养人 (事项9 "两项合并"): the adopter's conditions hold whoever files, read from the
        // adopter's birth date, not the applicant's (round 36, tester c: none was checked)
        ForbiddenExample(
            "BS-QT-009", "F-age",
            triggering: ["qtAdopterBirthDate": "1995-07-02"],
            notTriggering: ["qtAdopterBirthDate": "1995-07-01"]),
        // … (line 12143) "无配偶的男性收养女性的，收养人与被收养人的年龄应当相差四十周岁以上": an unmarried man born 1990 and a girl born 2023
        ForbiddenExample(
            "BS-QT-009", "F-age-gap",
            triggering: [
                "qtAdopterBirthDate": "1990-01-01", "qtAdopterSex": "男", "qtAdopterMaritalStatus": "未婚",
                "qtAdopteeFemale": "true", "qtAdopteeBirthDate": "2023-01-01",
            ],
            notTriggering: [
                "qtAdopterBirthDate": "1990-01-01", "qtAdopterSex": "女", "qtAdopterMaritalStatus": "未婚",
                "qtAdopteeFemale": "true", "qtAdopteeBirthDate": "2023-01-01",
            ]),
        // 出入境 事项2, 3 二、所需材料 (lines 8592, 8718): the matter is a permit, an endorsement, or both; neither is nothing to do,
        // returned to say which (round 36, tester c: a missing 签注 material was asked instead)
        ForbiddenExample(
            "BS-CRJ-002", "F-nothing-applied",
            triggering: ["crjHkMoPermitApplied": "false", "crjHkMoEndorsement": "不申请签注"],
            notTriggering: ["crjHkMoPermitApplied": "true", "crjHkMoEndorsement": "不申请签注"], returns: true),
        ForbiddenExample(
            "BS-CRJ-003", "F-nothing-applied",
            triggering: ["crjTwPermitApplied": "false", "crjTwEndorsement": "不申请签注"],
            notTriggering: ["crjTwPermitApplied": "true", "crjTwEndorsement": "不申请签注"], returns: true),
        // 人力社保 事项45 5．是否有办理时限？ "有供养人的工（退）亡待遇和1-4级工伤职工的定期待遇业务受理时间为每月1日至10日" (line 4639)
        // (the first example's other side is a 无鉴定等级 claim, which the tests' settled facts start from)
        ForbiddenExample(
            "BS-RS-045", "F-day",
            triggering: ["rsInjuryBenefitCase": "工亡待遇", "rsEligibleDependants": "true"],
            notTriggering: ["rsInjuryBenefitCase": "无鉴定等级工伤医疗费", "rsAppraisedBelowGrade": "false"],
            submitted: "2025-07-12T10:00:00+08:00"),
        ForbiddenExample(
            "BS-RS-045", "F-day",
            triggering: ["rsInjuryBenefitCase": "工亡待遇", "rsEligibleDependants": "true"],
            notTriggering: ["rsInjuryBenefitCase": "工亡待遇", "rsEligibleDependants": "false"],
            submitted: "2025-07-12T10:00:00+08:00"),
        ForbiddenExample(
            "BS-RS-045", "F-day",
            triggering: ["rsInjuryBenefitCase": "退亡待遇", "rsEligibleDependants": "true"],
            notTriggering: ["rsInjuryBenefitCase": "5-10级工伤医疗费及伤残补助金"],
            submitted: "2025-07-20T10:00:00+08:00"),
        ForbiddenExample(
            "BS-RS-045", "F-day",
            triggering: ["rsInjuryBenefitCase": "1-4级工伤待遇", "rsPeriodicBenefit": "true"],
            notTriggering: ["rsInjuryBenefitCase": "1-4级工伤待遇", "rsPeriodicBenefit": "false"],
            submitted: "2025-07-11T09:00:00+08:00"),
        // 人力社保 事项7 1.…需要符合什么条件？ "学籍在我市辖区高校的低保家庭、残疾、获得国家助学贷款、贫困残疾人家庭、建档立卡贫困家庭和特困人员中
        // 当年毕业生，符合申领一次性求职创业补贴条件。" (line 2495)
        ForbiddenExample(
            "BS-RS-007", "F-category",
            triggering: ["rsGraduateAidCategory": "以上都不是"],
            notTriggering: ["rsGraduateAidCategory": "获得国家助学贷款"]),
        ForbiddenExample(
            "BS-RS-007", "F-graduate",
            triggering: ["rsLocalGraduateThisYear": "false"],
            notTriggering: ["rsLocalGraduateThisYear": "true"]),
        // 其他 事项13 1.办理事项的具体范围是什么？ "在法定劳动年龄内，有劳动能力，有就业要求，处于无业状态的城镇常住人员。" (line 12170),
        // the working age as seed 000's 失业登记 reads it (submitted 2025-07-01): a man of 70 (born 1955) vs 35 (born 1990)
        ForbiddenExample(
            "BS-QT-013", "F-age",
            triggering: ["residentId": "210202195501010019"],
            notTriggering: ["residentId": "210202199001010010"]),
        // a man born 1964-01-01 (61, born before 1965) vs 1965-06-01 (60, his retirement at 60 years 2 months in
        // 2025-08); to the month, one born 1965-01-01 retired at 60 years 1 month (2025-02-01, round 23: accepted)
        ForbiddenExample(
            "BS-QT-013", "F-age",
            triggering: ["residentId": "210202196401010016"],
            notTriggering: ["residentId": "210202196506010119"]),
        ForbiddenExample(
            "BS-QT-013", "F-age",
            triggering: ["residentId": "210202196501010013"],
            notTriggering: ["residentId": "210202196506010119"]),
        // a woman born 1969-06-01 (56, born before 1970) vs 1970-06-01 (55, at most 55 years 2 months in 2025-08); one
        // born 1970-01-01 reached 55 years 1 month, the latest table's (2025-02-01, round 23: accepted)
        ForbiddenExample(
            "BS-QT-013", "F-age",
            triggering: ["residentId": "21020219690601002X"],
            notTriggering: ["residentId": "210202197006010125"]),
        ForbiddenExample(
            "BS-QT-013", "F-age",
            triggering: ["residentId": "21020219700101002X"],
            notTriggering: ["residentId": "210202197006010125"]),
        // a woman born 1972-07-01 (53): a 女职工 retired at 50, a 女干部 retires at 55 years 8 months (session 32: asked)
        ForbiddenExample(
            "BS-QT-013", "F-age",
            triggering: ["residentId": "210202197207010121", "femaleRetirementBase": "50"],
            notTriggering: ["residentId": "210202197207010121", "femaleRetirementBase": "55"]),
        // under 16: born 2010-01-01 (15) vs 2009-01-01 (16)
        ForbiddenExample(
            "BS-QT-013", "F-age-young",
            triggering: ["residentId": "210202201001010010"],
            notTriggering: ["residentId": "210202200901010011"]),
        // 公积金 事项7 补充说明 (1) "偿还规划用途为办公、商业、工业、公共配套等非住宅用房贷款本息的，不得办理商贷代扣业务。" (line 6646)
        ForbiddenExample(
            "BS-GJJ-007", "F-nonresidential",
            triggering: ["gjjNonResidential": "true"],
            notTriggering: ["gjjNonResidential": "false"]),
        // 个税 事项3 2．残疾、孤老、烈属减征…个体工商户生产经营所得、对企业单位的承包承租经营所得应报送: （5）…"年应纳税所得额超过5万元的，不再给予
        // 减征。" (line 5083)
        ForbiddenExample(
            "BS-GS-003", "F-income",
            triggering: ["gsAnnualTaxableIncome": "50000.01"],
            notTriggering: ["gsAnnualTaxableIncome": "50000"],
            scenario: "case-2b"),
        // 人力社保 事项41 1.在大连市外居住或工作（大陆境内）的参保人员异地就医备案的条件？ "①退休人员、个体、居民（学生除外）持有异地居住证
        // （本人或其直系/投靠亲属持有异地户口簿或房产证也可）；②在职职工单位派驻异地工作一年以上。" (line 4541)
        ForbiddenExample(
            "BS-RS-041", "F-student",
            triggering: ["rsRelocation": "本人异地居住", "rsInsuredStudent": "true"],
            notTriggering: ["rsRelocation": "本人异地居住", "rsInsuredStudent": "false"]),
        ForbiddenExample(
            "BS-RS-041", "F-student",
            triggering: ["rsRelocation": "随配偶或子女居住", "rsInsuredStudent": "true"],
            notTriggering: ["rsRelocation": "派驻异地工作", "rsPostedOneYearOrMore": "true"]),
        ForbiddenExample(
            "BS-RS-041", "F-posting",
            triggering: ["rsRelocation": "派驻异地工作", "rsPostedOneYearOrMore": "false"],
            notTriggering: ["rsRelocation": "派驻异地工作", "rsPostedOneYearOrMore": "true"]),
        // 人力社保 事项37 2.需要提供哪些材料？ "①治疗后一年内未支付其它社会保险待遇的原始收据及明细（含章）" (line 4234): applying on
        // 2025-07-01, a treatment ended 2024-06-30 is more than a year before, one ended 2024-07-01 a year to the day
        ForbiddenExample(
            "BS-RS-037", "F-one-year",
            triggering: ["rsTreatmentEndDate": "2024-06-30"],
            notTriggering: ["rsTreatmentEndDate": "2024-07-01"]),
        ForbiddenExample(
            "BS-RS-037", "F-one-year",
            triggering: ["rsTreatmentEndDate": "2023-12-01"],
            notTriggering: ["rsTreatmentEndDate": "2025-06-30"]),
        // 人力社保 事项16 2．办理条件是什么？ "证书信息在大连市人力资源和社会保障网（http://www.dl12333.gov.cn/）可查询并且职业在《国家职业资格
        // 目录》中。" (line 2627)
        ForbiddenExample(
            "BS-RS-016", "F-not-online",
            triggering: ["rsCertInfoOnline": "false", "rsOccupationInNationalList": "true"],
            notTriggering: ["rsCertInfoOnline": "true", "rsOccupationInNationalList": "true"]),
        ForbiddenExample(
            "BS-RS-016", "F-not-listed",
            triggering: ["rsCertInfoOnline": "true", "rsOccupationInNationalList": "false"],
            notTriggering: ["rsCertInfoOnline": "true", "rsOccupationInNationalList": "true"]),
        // 其他 事项13 城镇登记失业人员失业登记 1.办理事项的具体范围是什么？ "在法定劳动年龄内，有劳动能力，有就业要求，处于无业状态的城镇常住
        // 人员。" (line 12170): one without the capacity to work, or one who has a job, is not registered as unemployed
        ForbiddenExample(
            "BS-QT-013", "F-no-capacity",
            triggering: ["qtHasWorkCapacity": "false", "qtWithoutJob": "true"],
            notTriggering: ["qtHasWorkCapacity": "true", "qtWithoutJob": "true"]),
        ForbiddenExample(
            "BS-QT-013", "F-employed",
            triggering: ["qtHasWorkCapacity": "true", "qtWithoutJob": "false"],
            notTriggering: ["qtHasWorkCapacity": "true", "qtWithoutJob": "true"]),
        // 生育 事项10 1．哪类人群可以享受此项待遇？ "参加生育保险职工，在缴费期内发生计划生育手术的…" (line 1124); 其他 事项15 "以灵活就业人员
        // 身份参加职工基本养老保险和医疗保险" (line 12261): a flexible worker is no insured employee, for either business
        ForbiddenExample(
            "BS-SY-010", "F-flexible-worker",
            triggering: ["insuredCategory": "灵活就业人员"],
            notTriggering: ["insuredCategory": "企业职工"], scenario: "case-2"),
        ForbiddenExample(
            "BS-SY-010", "F-flexible-worker",
            triggering: ["insuredCategory": "灵活就业人员"],
            notTriggering: ["insuredCategory": "机关事业单位职工"], scenario: "case-1"),
    ]

/// 其他 事项10 "无配偶的男性收养女性的，收养人与被收养人的年龄应当相差四十周岁以上。" (line 12143): an unmarried man born 1990 adopting a
/// girl born 2020 (30 years) vs a married one; a divorced man born 1965-01-01: a girl born 2004-12-31 (a day short of 40
/// years) vs 2005-01-01 (40 years). The 收养人's condition (事项8); in 事项9 the applicant is the 送养人 (line 12061)
private let adopterAgeGapExamples: [ForbiddenExample] = [
    (
        [
            "residentId": "210202199001010010", "maritalStatus": "未婚", "qtAdopteeFemale": "true",
            "qtAdopteeBirthDate": "2020-01-01",
        ],
        ["maritalStatus": "已婚"]
    ),
    (
        [
            "residentId": "210202196501010013", "maritalStatus": "离婚", "qtAdopteeFemale": "true",
            "qtAdopteeBirthDate": "2004-12-31",
        ],
        ["qtAdopteeBirthDate": "2005-01-01"]
    ),
].flatMap { (applying: [String: String], escape: [String: String]) in
    ForbiddenExample.escapes("BS-QT-008", "F-age-gap", triggering: applying, by: [escape])
}

/// 其他 事项8 and 事项9 are one answer of the guide (两项合并): the adoption refusals are the same
/// for both matters, but for 事项10's 年满三十周岁 and 年龄应当相差四十周岁以上, which read the applicant's own age
/// and sex: the 收养人's in 事项8, the 送养人's in 事项9 (line 12061), so only 事项8 has them.
let adoptionRefusals: [ForbiddenExample] =
    [
        // 其他 事项10 "1.无子女" (line 12139), "收养孤儿、残疾儿童或者社会福利机构抚养的查找不到生父母的弃婴和儿童，可以不受收养人无子女
        // 和收养一名的限制" (line 12147): an adopter with a child of his own, the child neither orphan nor disabled nor
        // placed by a welfare institution, vs the same adopter taking an orphan
        ForbiddenExample(
            "BS-QT-009", "F-has-children",
            triggering: [
                "qtAdopterHasChildren": "true", "qtAdopteeOrphan": "false", "qtAdopteeDisabled": "false",
                "qtWelfarePlacer": "false",
            ],
            notTriggering: [
                "qtAdopterHasChildren": "true", "qtAdopteeOrphan": "true", "qtAdopteeDisabled": "false",
                "qtWelfarePlacer": "false",
            ]),
        // 其他 事项7 "下列不满十四周岁的未成年人可以被收养" (line 12054; 事项10 line 12146: 三代以内同辈旁系血亲 excepted):
        // a child born 2011-07-01 is 14 on 2025-07-01, one born a day later 13
        ForbiddenExample(
            "BS-QT-009", "F-adoptee-age",
            triggering: ["qtAdopteeBirthDate": "2011-07-01"],
            notTriggering: ["qtAdopteeBirthDate": "2011-07-02"]),
        // "收养人只能收养一名子女。" (line 12145) "收养孤儿、残疾儿童或者社会福利机构抚养的查找不到生父母的弃婴和儿童，可以不受收养人无子女和
        // 收养一名的限制。" (line 12147)
    ]
    + ForbiddenExample.escapes(
        "BS-QT-009", "F-one-child",
        triggering: [
            "qtAdopterHasAdoptedChild": "true", "qtAdopteeOrphan": "false", "qtAdopteeDisabled": "false",
            "qtWelfarePlacer": "false",
        ],
        by: [["qtAdopteeOrphan": "true"], ["qtAdopteeDisabled": "true"], ["qtWelfarePlacer": "true"]])
