// Black-box round 10 (session 21), tester 6's matters: conditions, documents not asked of
// every applicant, agents' documents and refusals, written from the guides' text, never the
// catalog. Each entry cites the guide line it comes from.

public let conditionsR10T6: [ConditionExpectation] = [
    // 入学 事项23 1、事项说明 (line 1663): 迁出地户口登记机关凭学校批准文件、肄业证，为其办理迁出手续，迁入地户口登记机关凭
    // 学校批准文件、肄业证、户口迁移证办理入户手续 — the 迁移证 is shown where the hukou moves in
    ConditionExpectation(
        "BS-RX-023", "", "3", line: 1663, needed: ["rxMoveStep": "迁入"], notNeeded: ["rxMoveStep": "迁出"])
]

public let notRequiredR10T6: [NotRequiredExpectation] = []

public let agentsR10T6: [AgentExpectation] = []

public let forbiddenExamplesR10T6: [ForbiddenExample] = [
    // 生育 事项2 1. (line 72): 双方或一方户籍地为我市，符合下列情形之一的夫妻，经批准可以再生育
    ForbiddenExample(
        "BS-SY-002", "F-hukou", triggering: ["syBothNonLocalHukou": "true"], notTriggering: ["syBothNonLocalHukou": "false"]),
    // 公积金 事项18 1、事项说明 (line 6868): 外籍及港澳台人员与单位终止劳动关系的原因提取住房公积金本息额
    ForbiddenExample(
        "BS-GJJ-018", "F-mainland", triggering: ["gjjForeignOrHkMacaoTaiwan": "false"],
        notTriggering: ["gjjForeignOrHkMacaoTaiwan": "true"]),
]
