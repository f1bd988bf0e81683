// Black-box round 10 (session 21), tester 1's matters: conditions, documents not asked of
// every applicant, agents' documents and refusals, written from the guides' text, never the
// catalog. Each entry cites the guide line it comes from.

public let conditionsR10T1: [ConditionExpectation] = [
    // 人力社保 事项20 所需材料 注4 (line 2883): 原注销地属大连辖区城镇户籍的持中国护照且已经注销中国国籍人员，持原户口注销手续
    // （或原注销地派出所出具的证明）和中国护照 — he has no 户口簿 any more: (1) 身份证和户口簿 (line 2882) is not his
    ConditionExpectation(
        "BS-RS-020", "", "1", line: 2882, needed: ["rsInsuredGroup": "其他"],
        notNeeded: ["rsInsuredGroup": "已注销中国国籍原大连城镇户籍"]),
    // 人力社保 事项29 所需材料 (2)③ (line 3798): 我市居住地公安部门出具的居住证原件及复印件（外地户籍人员提供）— a rural
    // 外地 hukou is 外地户籍 too
    ConditionExpectation(
        "BS-RS-029", "", "2.3", line: 3798, needed: ["insuredCategory": "灵活就业人员", "rsInsuredGroup": "外地农村户籍"],
        notNeeded: ["insuredCategory": "灵活就业人员", "rsInsuredGroup": "其他"]),
]

public let notRequiredR10T1: [NotRequiredExpectation] = []

public let agentsR10T1: [AgentExpectation] = []

public let forbiddenExamplesR10T1: [ForbiddenExample] = [
    // 生育 事项7 1. (line 736): 夫妻双方均为外省市户籍，拟在我市生育第一个或第二个孩子的流动人口
    ForbiddenExample("BS-SY-007", "F-child-order", triggering: ["syChildOrder": "3"], notTriggering: ["syChildOrder": "2"]),
    // 生育 事项1 1. (line 6): 生育第一个或第二个孩子的夫妻，实行自愿登记制度
    ForbiddenExample("BS-SY-001", "F-child-order", triggering: ["syChildOrder": "3"], notTriggering: ["syChildOrder": "1"]),
    // 其他 事项10 (line 12139): 1.无子女; 事项8 四、(line 12129): 华侨收养三代以内同辈旁系血亲子女，可以不受收养人无子女的
    // 限制 — a 香港居民 is not a 华侨
    ForbiddenExample(
        "BS-QT-008", "F-has-children", triggering: adopterWithAChild,
        notTriggering: adopterWithAChild.merging(["qtAdopterHasChildren": "false"]) { $1 },
        scenario: "case-4c"),
    // the same for a 华侨 (line 12129): only a 三代以内同辈旁系血亲's child lifts 无子女
    ForbiddenExample(
        "BS-QT-008", "F-has-children",
        triggering: adopterWithAChild.merging(["qtAdopteeCollateralRelative": "false"]) { $1 },
        notTriggering: adopterWithAChild.merging(["qtAdopteeCollateralRelative": "true"]) { $1 }, scenario: "case-4a"),
    // 其他 事项9 (its scenarios are 事项8's, line 12129 the same): a 台湾居民 with a child of his own
    ForbiddenExample(
        "BS-QT-009", "F-has-children", triggering: adopterWithAChild,
        notTriggering: adopterWithAChild.merging(["qtAdopterHasChildren": "false"]) { $1 }, scenario: "case-4e"),
]

/// An adopter with a child of his own taking a child who is neither an orphan nor disabled nor
/// placed by a welfare institution (其他 事项10, lines 12139 and 12147).
private let adopterWithAChild = [
    "qtAdopterHasChildren": "true", "qtAdopteeOrphan": "false", "qtAdopteeDisabled": "false", "qtWelfarePlacer": "false",
]
