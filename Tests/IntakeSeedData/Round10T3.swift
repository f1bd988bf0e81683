// Black-box round 10 (session 21), tester 3's matters: conditions, documents not asked of
// every applicant, agents' documents and refusals, written from the guides' text, never the
// catalog. Each entry cites the guide line it comes from.

public let conditionsR10T3: [ConditionExpectation] =
    [
        // 人力社保 事项34 所需材料 (line 4096): （2）户口注销证明原件或新参保地单位提供的劳动合同（灵活就业人员异地转移）, beside
        // （3）…（企业单位） and （4）…（机关事业单位）: a company's employee is not asked for it
        ConditionExpectation(
            "BS-RS-034", "", "2", line: 4096, needed: ["insuredCategory": "灵活就业人员"],
            notNeeded: ["insuredCategory": "企业职工"])
    ]
    // 公积金 事项24/25/26 注意事项 (3) 军人辅助借款 (lines 7017, 7075, 7126): 辅助借款人为现役军（警、士）官的，需出具军（警、
    // 士）官的军（士）官证、身份证、工资收入及公积金缴交材料 — under the next free number of each list
    + [("BS-GJJ-024", "13", 7017), ("BS-GJJ-025", "13", 7075), ("BS-GJJ-026", "12", 7126)].map { code, material, line in
        ConditionExpectation(
            code, "", material, line: line, needed: ["gjjMilitaryCoBorrower": "true"],
            notNeeded: ["gjjMilitaryCoBorrower": "false"])
    }

public let notRequiredR10T3: [NotRequiredExpectation] = []

public let agentsR10T3: [AgentExpectation] = []

public let forbiddenExamplesR10T3: [ForbiddenExample] = ["BS-GJJ-024", "BS-GJJ-025", "BS-GJJ-026"].flatMap { code in
    [
        // 公积金 事项24/25/26 申请条件 (1) (lines 6971, 7031, 7087): 借款人开立个人住房公积金账户满90天…借款人所在单位连续欠缴
        // 住房公积金不超过65天（含）
        ForbiddenExample(
            code, "F-account-90", triggering: ["gjjAccountOpen90Days": "false"], notTriggering: ["gjjAccountOpen90Days": "true"]),
        ForbiddenExample(
            code, "F-employer-arrears", triggering: ["gjjEmployerArrearsOver65Days": "true"],
            notTriggering: ["gjjEmployerArrearsOver65Days": "false"]),
        // (2): 本人或其配偶、父母、子女在本市区域内购买商品房（二手房；建造、翻建、大修自住住房），且该购买行为发生在一年以内
        ForbiddenExample(
            code, "F-within-year", triggering: ["gjjHousingInCityWithinYear": "false"],
            notTriggering: ["gjjHousingInCityWithinYear": "true"]),
    ]
}
