// Black-box round 10 (session 21), tester 5's matters: conditions, documents not asked of
// every applicant, agents' documents and refusals, written from the guides' text, never the
// catalog. Each entry cites the guide line it comes from.

public let conditionsR10T5: [ConditionExpectation] = [
    // 退休 事项6 (2) 退休审批材料：同“新增退休人员养老保险待遇核准支付” (line 9150); 退休 事项3 2.所需材料 (1) 4）
    // 《退休人员审批表》一式五份 (line 9047): asked of every applicant
    ConditionExpectation("BS-TX-006", "", "2.3", line: 9047, needed: [:], notNeeded: [:])
]

public let notRequiredR10T5: [NotRequiredExpectation] = [
    // 个税 事项3 2．残疾、孤老、烈属减征个人所得税优惠 (line 5070): 个体工商户生产经营所得、对企业单位的承包承租经营所得
    // 应报送:（1）…（5） (lines 5077-5083): no list of the 扣缴单位's staff (that is the wage earners' (4), line 5076)
    NotRequiredExpectation(
        "BS-GS-003", "case-2b", name: "扣缴单位", line: 5077, facts: ["gsAnnualTaxableIncome": "40000"])
]

public let agentsR10T5: [AgentExpectation] = []

public let forbiddenExamplesR10T5: [ForbiddenExample] = [
    // 公积金 事项12 1、事项说明: 职工因家庭月均收入低于市政府公布的最低工资标准，家庭中子女考取中华人民共和国境内、国家承认学历的
    // 全日制普通大学，无力供其就学提取住房公积金 (line 6743)
    ForbiddenExample(
        "BS-GJJ-012", "F-university",
        triggering: ["gjjChildFullTimeUniversity": "false"],
        notTriggering: ["gjjChildFullTimeUniversity": "true"])
]
