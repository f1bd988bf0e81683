// One example per forbidden case of seed 000_b4123a1601a34da6.txt (违规禁办事项清单 1–11),
// written from the list's words. Facts are those declared in Pipelines/curated/000.xml.
// RS-013 and RS-015 cases are guarded by scenario in the catalog (receive vs transfer-*,
// individual vs institution); their examples name the scenario they apply to.

public let forbiddenExamples000: [ForbiddenExample] = [
    // 1 职业供求信息、市场工资指导价信息和职业培训信息发布: 办理人不能提供有效办理材料
    ForbiddenExample(
        "RS-004", "F1",
        triggering: ["documentsValid": "false"],
        notTriggering: ["documentsValid": "true"]),
    // 2 求职创业补贴申领: 1. 申请人为非全日制学历
    ForbiddenExample(
        "RS-005", "F1",
        triggering: ["fullTimeEducation": "false"],
        notTriggering: ["fullTimeEducation": "true"]),
    // 2 求职创业补贴申领: 2. 申请人不能提供有效申请材料
    ForbiddenExample(
        "RS-005", "F2",
        triggering: ["documentsValid": "false"],
        notTriggering: ["documentsValid": "true"]),
    // 3 失业保险金申领: 缴费不满一年
    ForbiddenExample(
        "RS-009", "F1",
        triggering: ["contributionMonths": "11"],
        notTriggering: ["contributionMonths": "12"]),
    // 7 提供档案查（借）阅服务: 档案不在大连市就业和人才服务中心托管
    ForbiddenExample(
        "RS-010", "F1",
        triggering: ["archiveHeldByCenter": "false"],
        notTriggering: ["archiveHeldByCenter": "true"]),
    // 4 依据档案记载出具相关证明: 档案不在大连市就业和人才服务中心托管
    ForbiddenExample(
        "RS-011", "F1",
        triggering: ["archiveHeldByCenter": "false"],
        notTriggering: ["archiveHeldByCenter": "true"]),
    // 5 档案材料的收集、鉴别和归档: 不属于归档范围的材料
    ForbiddenExample(
        "RS-012", "F1",
        triggering: ["withinArchiveScope": "false"],
        notTriggering: ["withinArchiveScope": "true"]),
    // 6 档案的接收和转递, 接收: 工作单位未在大连市就业和人才服务中心办理集体存档
    ForbiddenExample(
        "RS-013", "F1",
        triggering: ["employerCollectiveArchiving": "false"],
        notTriggering: ["employerCollectiveArchiving": "true"], scenario: "receive"),
    // 6 档案的接收和转递, 接收: 档案关键材料缺失且无法补充，不符合档案接收标准的
    ForbiddenExample(
        "RS-013", "F2",
        triggering: ["archiveKeyMaterialsIrreparable": "true"],
        notTriggering: ["archiveKeyMaterialsIrreparable": "false"], scenario: "receive"),
    // 6 档案的接收和转递, 转递: 档案不在大连市就业和人才服务中心托管
    ForbiddenExample(
        "RS-013", "F3",
        triggering: ["archiveHeldByCenter": "false"],
        notTriggering: ["archiveHeldByCenter": "true"], scenario: "transfer-individual"),
    // 8 职业培训补贴申领: 机关事业单位人员不可参加
    ForbiddenExample(
        "RS-015", "F1",
        triggering: ["publicInstitutionStaff": "true"],
        notTriggering: ["publicInstitutionStaff": "false"], scenario: "individual"),
    // 9 职业技能鉴定考评人员聘任: 申报条件不符合要求
    ForbiddenExample(
        "RS-023", "F1",
        triggering: ["eligibilityMet": "false"],
        notTriggering: ["eligibilityMet": "true"]),
    // 10 职业技能鉴定考评员初审: 申报条件不符合要求
    ForbiddenExample(
        "RS-024", "F1",
        triggering: ["eligibilityMet": "false"],
        notTriggering: ["eligibilityMet": "true"]),
    // 11 申报职业技能鉴定: 不符合报名条件者，不予受理
    ForbiddenExample(
        "RS-025", "F1",
        triggering: ["eligibilityMet": "false"],
        notTriggering: ["eligibilityMet": "true"]),
]
