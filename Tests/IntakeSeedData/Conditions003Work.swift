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
    // 人力社保 事项4 2.需要提供哪些材料？ 携带报到证（派遣证），已签约单位的需携带与原用人单位解除劳动关系证明。
    ConditionExpectation(
        "BS-RS-004", "", "2", line: 2412,
        needed: ["rsGraduateSigned": "true"], notNeeded: ["rsGraduateSigned": "false"]),
    // 人力社保 事项8 1.《录用备案和就业登记表》或大中专毕业生工作介绍信。（留学归国就业人员首次办理存档需提供《留学回国人员工作介绍信》）
    ConditionExpectation(
        "BS-RS-008", "", "1.3", line: 2520,
        needed: ["rsReturneeFirstArchive": "true"], notNeeded: ["rsReturneeFirstArchive": "false"]),
    // 其他 事项9 办理收养登记送养人提交哪些材料？（两项合并） 一、收养查找不到生父母的弃婴、儿童的需提交：…
    // 4.夫妻双方共同收养提交结婚证，离婚或丧偶后的单身收养人提交离婚证、人民法院离婚调解书或生效的离婚判决书…或者配偶死亡证明
    ConditionExpectation(
        "BS-QT-009", "case-1", "4.1", line: 12067,
        needed: ["maritalStatus": "已婚"], notNeeded: ["maritalStatus": "未婚"]),
    ConditionExpectation(
        "BS-QT-009", "case-1", "4.3", line: 12067,
        needed: ["maritalStatus": "丧偶"], notNeeded: ["maritalStatus": "离婚"]),
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
    // 其他 事项11 收养登记到哪里办？ "收养关系当事人应当亲自到收养登记机关办理成立收养关系的登记手续" (line 12151)
    AgentExpectation("BS-QT-009", "case-1", material: nil, line: 12151),
    AgentExpectation("BS-QT-008", "case-2", material: nil, line: 12151),
]

public let forbiddenExamples003Work: [ForbiddenExample] = [
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
    // 其他 事项10 公民收养子女需具备哪些条件？ "4.年满三十周岁" (line 12142): born 1995-07-02 (29) vs 1995-07-01 (30)
    ForbiddenExample(
        "BS-QT-009", "F-age",
        triggering: ["residentId": "210202199507020013"],
        notTriggering: ["residentId": "210202199507010018"]),
    ForbiddenExample(
        "BS-QT-008", "F-age",
        triggering: ["residentId": "210202199507020013"],
        notTriggering: ["residentId": "210202199507010018"]),
]
