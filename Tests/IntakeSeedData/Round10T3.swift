// Black-box round 10 (session 21), tester 3's matters: conditions, documents not asked of
// every applicant, agents' documents and refusals, written from the guides' text, never the
// catalog. Each entry cites the guide line it comes from.

public let conditionsR10T3: [ConditionExpectation] = [
    // 人力社保 事项34 所需材料 (line 4096): （2）户口注销证明原件或新参保地单位提供的劳动合同（灵活就业人员异地转移）, beside
    // （3）…（企业单位） and （4）…（机关事业单位）: a company's employee is not asked for it
    ConditionExpectation(
        "BS-RS-034", "", "2", line: 4096, needed: ["insuredCategory": "灵活就业人员"],
        notNeeded: ["insuredCategory": "企业职工"])
]

public let notRequiredR10T3: [NotRequiredExpectation] = []

public let agentsR10T3: [AgentExpectation] = []

public let forbiddenExamplesR10T3: [ForbiddenExample] = []
