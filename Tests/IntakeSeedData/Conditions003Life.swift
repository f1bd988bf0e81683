// Seed 003 (003_ac3441e5f5207cf8.txt), 婚姻, 入学, 退休, 户籍, 殡葬, 车驾管, 不动产 (BS-HY, BS-RX, BS-TX, BS-HJ, BS-BZ, BS-CG, BS-BDC): conditions, documents
// not asked of every applicant, agents' documents and refusals found by the black-box tests
// of the matters no test had covered yet, written from the guide's text, never the catalog.

public let conditions003Life: [ConditionExpectation] = [
    // 婚姻 事项10 所需材料 2.其他居民：…（4）华侨：本人的有效护照。（5）外国人：本人的有效护照或者其他有效的国际旅行证件。
    // (lines 8970-8971): the documents of the other party's own case, as （1）香港居民…（3）台湾居民
    ConditionExpectation(
        "BS-HY-010", "", "2.4", line: 8970,
        needed: ["hyOtherParty": "华侨"], notNeeded: ["hyOtherParty": "香港居民"]),
    ConditionExpectation(
        "BS-HY-010", "", "2.5", line: 8971,
        needed: ["hyOtherParty": "外国人"], notNeeded: ["hyOtherParty": "台湾居民"]),
    // 婚姻 事项9 4.申请补领结婚证的，当事人提交4张2寸双方近期半身免冠合影照片；申请补领离婚证的，提交3张2寸单人近期半身免冠照片 (line 8957)
    // (4.1, the 合影 of a 结婚证, is the group's first alternative: the test factory files it
    // whatever the case, so it is checked through 4.2's other case.)
    ConditionExpectation(
        "BS-HY-009", "", "4.2", line: 8957,
        needed: ["hyReissue": "离婚证"], notNeeded: ["hyReissue": "结婚证"]),
]

public let notRequired003Life: [NotRequiredExpectation] = [
    // 婚姻 事项10 (4)华侨：本人的有效护照 (line 8970): not asked when the other party is a 香港居民
    NotRequiredExpectation("BS-HY-010", "", name: "华侨", line: 8970, facts: ["hyOtherParty": "香港居民"]),
    // … (5)外国人：本人的有效护照或者其他有效的国际旅行证件 (line 8971): not asked of a 华侨's divorce
    NotRequiredExpectation("BS-HY-010", "", name: "外国人", line: 8971, facts: ["hyOtherParty": "华侨"]),
]

public let agents003Life: [AgentExpectation] = [
    // 婚姻 事项9 委托办理应当提交…经公证机关公证的授权委托书…受委托人应当同时提交本人的身份证件 (line 8938)
    AgentExpectation("BS-HY-009", "", material: "5", line: 8938),
    AgentExpectation("BS-HY-009", "", material: "6", line: 8938),
    // 婚姻 事项10 自愿离婚的夫妻双方…应共同到大连市民政局婚姻登记处办理离婚登记 (line 8962); 双方当事人现场签署的离婚协议书 (line 8973)
    AgentExpectation("BS-HY-010", "", material: nil, line: 8962),
    // 户籍 事项16 积分落户 (line 2320) is 事项2 成就积分落户 (the same materials, lines 1884-1897 = 2324-2348):
    // 7、可否代办；落户需本人办理 (line 1910)
    AgentExpectation("BS-HJ-016", "", material: nil, line: 1910),
]

public let forbiddenExamples003Life: [ForbiddenExample] = [
    // 婚姻 事项10 自愿离婚的夫妻双方…且均具有完全民事行为能力 (line 8962)
    ForbiddenExample(
        "BS-HY-010", "F-capacity",
        triggering: ["hyBothFullCivilCapacity": "false"],
        notTriggering: ["hyBothFullCivilCapacity": "true"]),
    // 退休 事项4 达到法定退休年龄前申请办理终止参保关系待遇核准支付 (line 9074): the 职工 has reached it
    ForbiddenExample(
        "BS-TX-004", "F-retired",
        triggering: ["txWorkerReachedRetirementAge": "true"],
        notTriggering: ["txWorkerReachedRetirementAge": "false"]),
    // 殡葬 事项3 参保人员死亡尚未办理养老保险结算业务的，可打印参保缴费证明 (line 11650): a living insured person
    ForbiddenExample(
        "BS-BZ-003", "F-not-deceased",
        triggering: ["insuredDeceased": "false"],
        notTriggering: ["insuredDeceased": "true"]),
    // … the 养老保险结算业务 already done
    ForbiddenExample(
        "BS-BZ-003", "F-settled",
        triggering: ["bzPensionSettled": "true"],
        notTriggering: ["bzPensionSettled": "false"]),
    // 殡葬 事项5 异地死亡人员是非本市户籍并在本市死亡的人员 (line 11785)
    ForbiddenExample(
        "BS-BZ-005", "F-not-nonlocal",
        triggering: ["bzNonLocalDiedInCity": "false"],
        notTriggering: ["bzNonLocalDiedInCity": "true"]),
    // 车管 事项6 机动车所有人可以在机动车检验有效期满前三个月内…申请检验合格标志 (line 7619)
    ForbiddenExample(
        "BS-CG-006", "F-too-early",
        triggering: ["cgInspectionMoreThanThreeMonthsAhead": "true"],
        notTriggering: ["cgInspectionMoreThanThreeMonthsAhead": "false"]),
    // … 申请前，机动车所有人应当将涉及该车的道路交通安全违法行为和交通事故处理完毕 (line 7620)
    ForbiddenExample(
        "BS-CG-006", "F-violations",
        triggering: ["cgViolationsPending": "true"],
        notTriggering: ["cgViolationsPending": "false"]),
    // 不动产 事项7 申请人应当为不动产登记簿或土地权属来源材料记载的国有建设用地使用权人 (line 5892)
    ForbiddenExample(
        "BS-BDC-007", "F-not-holder",
        triggering: ["bdcLandUseRightHolder": "false"],
        notTriggering: ["bdcLandUseRightHolder": "true"]),
]
