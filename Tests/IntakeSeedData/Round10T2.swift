// Black-box round 10 (session 21), tester 2's matters: conditions, documents not asked of
// every applicant, agents' documents and refusals, written from the guides' text, never the
// catalog. Each entry cites the guide line it comes from.

public let conditionsR10T2: [ConditionExpectation] = []

public let notRequiredR10T2: [NotRequiredExpectation] = []

public let agentsR10T2: [AgentExpectation] = []

public let forbiddenExamplesR10T2: [ForbiddenExample] = [
    // 婚姻 事项10 (line 8962): 自愿离婚的夫妻双方，一方为大连户籍居民，一方为港澳台居民、华侨或外国人
    ForbiddenExample(
        "BS-HY-010", "F-hukou", triggering: ["hyDalianHukouParty": "false"], notTriggering: ["hyDalianHukouParty": "true"]),
    // 婚姻 事项8 (line 8912): 大连户籍居民与港澳台居民、华侨、外国人在中国内地结婚登记
    ForbiddenExample(
        "BS-HY-008", "F-hukou", triggering: ["hyDalianHukouParty": "false"], notTriggering: ["hyDalianHukouParty": "true"]),
    // 人力社保 事项41 1. (line 4541): ①退休人员、个体、居民（学生除外）持有异地居住证；②在职职工单位派驻异地工作一年以上
    ForbiddenExample(
        "BS-RS-041", "F-in-service",
        triggering: ["rsRelocation": "本人异地居住", "rsInServiceEmployee": "true"],
        notTriggering: ["rsRelocation": "本人异地居住", "rsInServiceEmployee": "false"]),
]
