// Conditional materials, pledges and document specifications of seeds 000, 001, 002 and 004,
// written by reading the guides' text (the line given is where the guide says it), never by
// copying the catalog. Facts are the manifest's applicant facts (name -> raw value); the key
// `residentId` stands for the applicant's 18-digit resident id (GB 11643), from which the
// pipeline derives applicantBirthDate, applicantSex and applicantAge. Applications are taken
// as submitted on 2025-07-01.
//
// Resident ids used below (area 210202, check digit ISO 7064 MOD 11-2):
//   210202200907010012  born 2009-07-01, male: 16 周岁 on 2025-07-01 (年满十六周岁)
//   210202200907020026  born 2009-07-02, female: 15 on 2025-07-01 (十六周岁以下)

/// A 承诺书 that is an ordinary material (kind pledge), not the 容缺受理承诺书.
public struct PledgeExpectation: Sendable {
    public let matter: String
    public let scenario: String
    public let material: String
    public let line: Int

    public init(matter: String, scenario: String, material: String, line: Int) {
        self.matter = matter
        self.scenario = scenario
        self.material = material
        self.line = line
    }
}

/// Something the guide does not ask every applicant to bring: a heading, a note, a step of
/// the procedure, a catch-all (其他必要材料), or a document of a case other than `facts`
/// say. A bundle with every document the catalog asks for under `facts`, and none for a
/// material whose name contains `name`, is not returned for missing materials.
public struct NotRequiredExpectation: Sendable, CustomStringConvertible {
    public let matter: String
    public let scenario: String
    /// Part of the material's name (as the guide words it).
    public let name: String
    public let line: Int
    public let facts: [String: String]
    /// The submitted time of the application (inside the window of a matter taken only part of the year).
    public let submitted: String

    public init(
        _ matter: String, _ scenario: String, name: String, line: Int, facts: [String: String] = [:],
        submitted: String = "2025-07-01T09:30:00+08:00"
    ) {
        self.matter = matter
        self.scenario = scenario
        self.name = name
        self.line = line
        self.facts = facts
        self.submitted = submitted
    }

    public var description: String { "\(matter)/\(scenario) \(name) (line \(line)) \(facts)" }
}

/// What the guide says of someone applying for the applicant (代办, 委托): with a
/// `material`, an agent must bring it (委托书, 代办人身份证), and only an agent; without, the
/// applicant must come in person (不可代办, 本人到场): an agent's application is refused.
public struct AgentExpectation: Sendable, CustomStringConvertible {
    public let matter: String
    public let scenario: String
    public let material: String?
    public let line: Int
    /// Facts for the rest of the application (others are settled by the test).
    public let facts: [String: String]
    /// The submitted time of the application (a matter taken only part of the year, e.g. 每年从1月份至4月10日进行申请,
    /// is checked inside its window).
    public let submitted: String
    /// In person (no material): the applicant comes in person as a correction (补正: the guide says who files, 本人到场,
    /// not 不允许代办), not a refusal.
    public let corrected: Bool

    public init(
        _ matter: String, _ scenario: String, material: String?, line: Int, facts: [String: String] = [:],
        submitted: String = "2025-07-01T09:30:00+08:00", corrected: Bool = false
    ) {
        self.corrected = corrected
        self.matter = matter
        self.scenario = scenario
        self.material = material
        self.line = line
        self.facts = facts
        self.submitted = submitted
    }

    public var description: String { "\(matter)/\(scenario) \(material ?? "in person") (line \(line))" }
}

/// A document specification the guide states for a material (nil where it gives none).
public struct SpecExpectation: Sendable {
    public let matter: String
    public let scenario: String
    public let material: String
    public let maxBytes: Int?
    public let width: Int?
    public let height: Int?
    public let line: Int

    public init(
        matter: String, scenario: String, material: String, maxBytes: Int?, width: Int?, height: Int?, line: Int
    ) {
        self.matter = matter
        self.scenario = scenario
        self.material = material
        self.maxBytes = maxBytes
        self.width = width
        self.height = height
        self.line = line
    }
}

public let conditionsOther: [ConditionExpectation] = [
    // ---- seed 000 (000_b4123a1601a34da6.txt) ----
    // 34.1 (4) 残疾人需提供残疾证（可联网协查的除外）
    ConditionExpectation(
        matter: "RS-034", scenario: "", material: "4", line: 1351,
        needed: ["disabled": "true", "disabilityCertificateOnline": "false"],
        notNeeded: ["disabled": "true", "disabilityCertificateOnline": "true"]),
    ConditionExpectation(
        matter: "RS-034", scenario: "", material: "4", line: 1351,
        needed: ["disabled": "true", "disabilityCertificateOnline": "false"],
        notNeeded: ["disabled": "false", "disabilityCertificateOnline": "false"]),
    // 39.1 (5) 城镇零就业家庭成员提供零就业家庭认定承诺书
    ConditionExpectation(
        matter: "RS-039", scenario: "", material: "5", line: 1580,
        needed: ["hardshipCategory": "zero-employment-family"],
        notNeeded: ["hardshipCategory": "urban-minimum-living"]),
    // 39.1 (8) 单亲抚养未成年人者提供未成年子女户口簿，其中离婚人员提供离婚证、离婚协议或《离婚民事判决书》，丧偶人员提供结婚证
    ConditionExpectation(
        matter: "RS-039", scenario: "", material: "8.2", line: 1586,
        needed: ["hardshipCategory": "single-parent", "singleParentReason": "divorced"],
        notNeeded: ["hardshipCategory": "single-parent", "singleParentReason": "widowed"]),
    ConditionExpectation(
        matter: "RS-039", scenario: "", material: "8.3", line: 1588,
        needed: ["hardshipCategory": "single-parent", "singleParentReason": "widowed"],
        notNeeded: ["hardshipCategory": "single-parent", "singleParentReason": "divorced"]),
    ConditionExpectation(
        matter: "RS-039", scenario: "", material: "8.2", line: 1586,
        needed: ["hardshipCategory": "single-parent", "singleParentReason": "divorced"],
        notNeeded: ["hardshipCategory": "single-parent", "singleParentReason": "other"]),

    // 38 (line 1517): 场地产权清晰或租赁合同明确; 38.1 (5) 房产证 (line 1527), (6) 租赁合同 (line 1528)
    ConditionExpectation(
        matter: "RS-038", scenario: "", material: "5", line: 1527,
        needed: ["incubatorPremises": "owned"],
        notNeeded: ["incubatorPremises": "rented"]),
    ConditionExpectation(
        matter: "RS-038", scenario: "", material: "6", line: 1528,
        needed: ["incubatorPremises": "rented"],
        notNeeded: ["incubatorPremises": "owned"]),
    ConditionExpectation(
        matter: "RS-038", scenario: "", material: "6", line: 1528,
        needed: ["incubatorPremises": "both"],
        notNeeded: ["incubatorPremises": "owned"]),

    // 37 (line 1473): 创业企业家和优秀个体经营者 …；各行业领域优秀专家 … 具有职业资格证书，或就业创业指导方面的经历，或取得过
    // 相关专业领域成果；高等院校、科研院所专家学者 …: the certificate, 37.1 (6) (line 1483), is one way an expert qualifies, named
    // of no other applicant: an entrepreneur, an academic or an expert who qualifies by experience or achievements brings none.
    ConditionExpectation(
        matter: "RS-037", scenario: "", material: "6", line: 1473,
        needed: ["mentorCategory": "industry-expert", "mentorHoldsQualificationCertificate": "true"],
        notNeeded: ["mentorCategory": "entrepreneur"]),
    ConditionExpectation(
        matter: "RS-037", scenario: "", material: "6", line: 1473,
        needed: ["mentorCategory": "industry-expert", "mentorHoldsQualificationCertificate": "true"],
        notNeeded: ["mentorCategory": "academic", "mentorProfessionalWorkYears": "5"]),
    ConditionExpectation(
        matter: "RS-037", scenario: "", material: "6", line: 1473,
        needed: ["mentorCategory": "industry-expert", "mentorHoldsQualificationCertificate": "true"],
        notNeeded: ["mentorCategory": "industry-expert", "mentorHoldsQualificationCertificate": "false"]),

    // ---- seed 001 (001_eba14b40fa3374f0.txt) ----
    // 送审材料目录单 3 (line 61) 报评材料复印件…装订成册; 3、论文 (line 71): 论文不作为申报职称必备条件的系列（行业），可以无须提供论文.
    // Filed by its parts (no bound volume under 3), the paper is asked only where the series requires it. (Outside the
    // 2024 window, so the series is one whose dates are announced separately.)
    ConditionExpectation(
        matter: "ZC-001", scenario: "", material: "3.3", line: 71,
        needed: ["paperRequired": "true", "separatelyNoticedSeries": "true"],
        notNeeded: ["paperRequired": "false", "separatelyNoticedSeries": "true"]),

    // ---- seed 002 (002_f427b4269c60386f.txt) ----
    // 三、(二) 2 (3) (line 63) 新进和转聘人员的相关手续的原件，包括入伍通知书、企业劳动合同、…转聘手续等相关材料，具体按照申报条件准备;
    // 二、(四) (line 33) 通过退役士兵接收安置方式进入…, (五) (line 35) 从管理岗位转聘到工勤技能岗位的人员…, (六) (line 37) 从专业技术
    // 岗位转聘…, (七) (line 39) 通过公开招聘方式进入…: who applies under one of these is new or transferred, and brings the papers
    // even if he answered that he is not.
    ConditionExpectation(
        matter: "GQ-JS", scenario: "", material: "3", line: 35,
        needed: ["newOrTransferredStaff": "false", "entryRoute": "管理岗位转聘"],
        notNeeded: ["newOrTransferredStaff": "false", "entryRoute": "常规晋升"]),
    ConditionExpectation(
        matter: "GQ-JS", scenario: "", material: "3", line: 33,
        needed: ["newOrTransferredStaff": "false", "entryRoute": "退役士兵安置"],
        notNeeded: ["newOrTransferredStaff": "false", "entryRoute": "常规晋升"]),
    ConditionExpectation(
        matter: "GQ-GJG", scenario: "", material: "3", line: 39,
        needed: ["newOrTransferredStaff": "false", "entryRoute": "公开招聘"],
        notNeeded: ["newOrTransferredStaff": "false", "entryRoute": "常规晋升"]),
    ConditionExpectation(
        matter: "GQ-ZJG", scenario: "", material: "3", line: 37,
        needed: ["newOrTransferredStaff": "false", "entryRoute": "专业技术岗位转聘"],
        notNeeded: ["newOrTransferredStaff": "false", "entryRoute": "普通工转技术工"]),
    ConditionExpectation(
        matter: "GQ-JS", scenario: "", material: "3", line: 63,
        needed: ["newOrTransferredStaff": "true", "entryRoute": "常规晋升"],
        notNeeded: ["newOrTransferredStaff": "false", "entryRoute": "常规晋升"]),
    // 三、(二) 2 (2) (line 61) 原等级《职业资格证书》…等原件: who applies on the years of a lower certificate (二、(二) 1-3, lines 23, 25,
    // 27: 已取得高级工/中级工/初级工职业等级资格证书满 5 年) shows it, whatever he answered for his present grade (round 19).
    ConditionExpectation(
        matter: "GQ-JS", scenario: "", material: "2", line: 23,
        needed: ["currentGrade": "无", "entryRoute": "常规晋升", "lowerCertificateYears": "6"],
        notNeeded: ["currentGrade": "无", "entryRoute": "退役士兵安置", "lowerCertificateYears": "0"]),
    ConditionExpectation(
        matter: "GQ-GJG", scenario: "", material: "2", line: 25,
        needed: ["currentGrade": "无", "entryRoute": "常规晋升", "lowerCertificateYears": "5"],
        notNeeded: ["currentGrade": "无", "entryRoute": "公开招聘", "workYears": "20", "tradeYears": "10"]),
    ConditionExpectation(
        matter: "GQ-ZJG", scenario: "", material: "2", line: 27,
        needed: ["currentGrade": "无", "entryRoute": "常规晋升", "lowerCertificateYears": "5"],
        notNeeded: ["currentGrade": "无", "entryRoute": "常规晋升", "lowerCertificateYears": "0", "workYears": "15"]),

    // ---- seed 004 (004_e8123824df28054f.txt) ----
    // 61.1 (1) 居住在境内，年满十六周岁的中国公民，需提供居民身份证
    ConditionExpectation(
        matter: "SB-061", scenario: "", material: "1", line: 1184,
        needed: ["residentCategory": "mainland", "residentId": "210202200907010012"],
        notNeeded: ["residentCategory": "mainland", "residentId": "210202200907020026"]),
    // 61.1 (2) 居住在境内，十六周岁以下的中国公民，需提供居民户口簿原件及监护人（或代办人）本人有效身份证件和出生证明
    // (the child comes through the guardian, line 1185; round 19)
    ConditionExpectation(
        "SB-061", "", "2", line: 1185,
        needed: ["residentCategory": "mainland", "residentId": "210202200907020026"],
        notNeeded: ["residentCategory": "mainland", "residentId": "210202200907010012"], neededByGuardian: true),
    // 64.1 (1), (2): the same as 61.1
    ConditionExpectation(
        matter: "SB-064", scenario: "", material: "1", line: 1236,
        needed: ["residentCategory": "mainland", "residentId": "210202200907010012"],
        notNeeded: ["residentCategory": "mainland", "residentId": "210202200907020026"]),
    ConditionExpectation(
        matter: "SB-064", scenario: "", material: "2", line: 1237,
        needed: ["residentCategory": "mainland", "residentId": "210202200907020026"],
        notNeeded: ["residentCategory": "mainland", "residentId": "210202200907010012"]),
    // 66.1 (2) 批准撤销、解散、合并、改制的法律文书、文件或成建制转出文件 (申请由相关部门提供后，可不提供该文件)
    ConditionExpectation(
        matter: "SB-066", scenario: "", material: "2", line: 1275,
        needed: ["dissolutionApprovalSuppliedByDepartment": "false"],
        notNeeded: ["dissolutionApprovalSuppliedByDepartment": "true"]),
    // 69.1 (3) 认定唯一劳动、人事（聘用）关系和唯一养老保险关系材料(申请由相关部门提供后，可不提供该文件)
    ConditionExpectation(
        matter: "SB-069", scenario: "", material: "3", line: 1331,
        needed: ["uniqueRelationProofSuppliedByDepartment": "false"],
        notNeeded: ["uniqueRelationProofSuppliedByDepartment": "true"]),
    // 70.1 (2) 与变更登记事项对应的材料原件 (申请由相关部门提供后，可不提供该文件)
    ConditionExpectation(
        matter: "SB-070", scenario: "", material: "2", line: 1351,
        needed: ["changeEvidenceSuppliedByDepartment": "false"],
        notNeeded: ["changeEvidenceSuppliedByDepartment": "true"]),
    // 73.1 (3) 参保缴费凭证（如能提供原参保地相关信息，可不提供纸质材料）
    ConditionExpectation(
        matter: "SB-073", scenario: "", material: "3", line: 1412,
        needed: ["originalInsuranceInfoProvided": "false"],
        notNeeded: ["originalInsuranceInfoProvided": "true"]),
    // 74.1 (2) 最新的机构编制批准文件复印件一份(申请由编制部门提供后，可不提供该文件)
    ConditionExpectation(
        matter: "SB-074", scenario: "", material: "2", line: 1432,
        needed: ["establishmentApprovalSuppliedByDepartment": "false"],
        notNeeded: ["establishmentApprovalSuppliedByDepartment": "true"]),
    // 75.1 (3) 跨省转移还需提供参保缴费凭证（如能提供原参保地相关信息，可不提供纸质材料）
    ConditionExpectation(
        matter: "SB-075", scenario: "", material: "3", line: 1457,
        needed: ["crossProvinceTransfer": "true", "originalInsuranceInfoProvided": "false"],
        notNeeded: ["crossProvinceTransfer": "false", "originalInsuranceInfoProvided": "false"]),
    ConditionExpectation(
        matter: "SB-075", scenario: "", material: "3", line: 1457,
        needed: ["crossProvinceTransfer": "true", "originalInsuranceInfoProvided": "false"],
        notNeeded: ["crossProvinceTransfer": "true", "originalInsuranceInfoProvided": "true"]),
    // 76.1 (2) 停薪决定 (申请由相关部门提供后，可不提供该文件)/ 起薪决定(申请由相关部门提供后，可不提供该文件)
    ConditionExpectation(
        matter: "SB-076", scenario: "", material: "2", line: 1479,
        needed: ["salaryDecisionSuppliedByDepartment": "false", "contributionChangeType": "中断缴费"],
        notNeeded: ["salaryDecisionSuppliedByDepartment": "true", "contributionChangeType": "中断缴费"]),
    // 76.1 (3) 干部调动手续(申请由相关部门提供后，可不提供该文件)
    ConditionExpectation(
        matter: "SB-076", scenario: "", material: "3", line: 1480,
        needed: ["transferDocumentsSuppliedByDepartment": "false"],
        notNeeded: ["transferDocumentsSuppliedByDepartment": "true"]),
    // 76 参保人员发生工作调出…等变化时，应从停薪之月…申报办理人员中断缴费业务。中断缴费人员重新在参保单位恢复工作的，应从起薪之月…申报办理
    // 人员恢复缴费业务 (lines 1475-1476); 76.1 (2) 停薪决定…/ 起薪决定… (line 1479): the 中断 declaration brings the 停薪决定, the
    // 恢复 declaration the 起薪决定
    ConditionExpectation(
        matter: "SB-076", scenario: "", material: "2.1", line: 1479,
        needed: ["salaryDecisionSuppliedByDepartment": "false", "contributionChangeType": "中断缴费"],
        notNeeded: ["salaryDecisionSuppliedByDepartment": "false", "contributionChangeType": "恢复缴费"]),
    ConditionExpectation(
        matter: "SB-076", scenario: "", material: "2.2", line: 1479,
        needed: ["salaryDecisionSuppliedByDepartment": "false", "contributionChangeType": "恢复缴费"],
        notNeeded: ["salaryDecisionSuppliedByDepartment": "false", "contributionChangeType": "中断缴费"]),
    // 78.1 (2) 起薪决定(申请由相关部门提供后，可不提供该文件)
    ConditionExpectation(
        matter: "SB-078", scenario: "", material: "2", line: 1521,
        needed: ["startSalaryDecisionSuppliedByDepartment": "false"],
        notNeeded: ["startSalaryDecisionSuppliedByDepartment": "true"]),
    // 78.1 (3) 干部调动/考录手续(申请由相关部门提供后，可不提供该文件)
    ConditionExpectation(
        matter: "SB-078", scenario: "", material: "3", line: 1522,
        needed: ["recruitmentDocumentsSuppliedByDepartment": "false"],
        notNeeded: ["recruitmentDocumentsSuppliedByDepartment": "true"]),
]

/// Pledges (承诺书 that are ordinary materials): matter, material id, seed line.
public let pledgesOther: [PledgeExpectation] = [
    // 000 35.1 (6) 申请人身份及小微企业资格承诺书
    PledgeExpectation(matter: "RS-035", scenario: "", material: "6", line: 1395),
    // 000 39.1 (5) 城镇零就业家庭成员提供零就业家庭认定承诺书
    PledgeExpectation(matter: "RS-039", scenario: "", material: "5", line: 1580),
    // 004 18.1 (2) 《社会保险经办业务证明事项告知承诺制承诺书》
    PledgeExpectation(matter: "SB-018", scenario: "", material: "2", line: 321),
    // 004 22.1 (4), 23.1 (4), 45.1 (2) 供养直系亲属收入情况申报及承诺书
    PledgeExpectation(matter: "SB-022", scenario: "", material: "4", line: 399),
    PledgeExpectation(matter: "SB-023", scenario: "", material: "4", line: 420),
    // 004 28.1 (1) 《社会保险经办业务证明事项告知承诺制承诺书》
    PledgeExpectation(matter: "SB-028", scenario: "", material: "1", line: 520),
    PledgeExpectation(matter: "SB-045", scenario: "", material: "2", line: 858),
]

/// Document specifications: matter, material id, max bytes, width, height (nil when the guide gives none), seed line.
public let specsOther: [SpecExpectation] = [
    // 000 25.1 (2) 电子版白底免冠照片，大小 20kb 以下，像素 360*480，jpg 格式 (1 kb = 1024 bytes)
    SpecExpectation(matter: "RS-025", scenario: "", material: "2", maxBytes: 20480, width: 360, height: 480, line: 1055)
]

/// Seeds 000–004 (not 003): an agent's documents, written from the guides' words.
/// (Not yet in GuideRulesTests.agents, which lists the seed-003 lists: add `+ agentsOther` there.)
public let agentsOther: [AgentExpectation] = [
    // 004 62.1 (1) (line 1206): 持卡人应当持有效身份证件；如代办需要携带代办人及申请人有效身份证原件
    // (round 21, tester 2: a part of the item that names it, 1.2, not a free number 2)
    AgentExpectation("SB-062", "", material: "1.2", line: 1206),
    // 004 63.1 (1) (line 1221), 65.1 (1) (line 1258): 持卡人应当持有效身份证件、社会保障卡；如代办需要携带代办人及申请人有效身份证原件
    // (round 21: 1.1 身份证件, 1.2 社会保障卡, 1.3 the agent's, in the order the item names them)
    AgentExpectation("SB-063", "", material: "1.3", line: 1221),
    AgentExpectation("SB-065", "", material: "1.3", line: 1258),
    // 004 21.1 (3) (line 378): 遗属和经办人身份证
    AgentExpectation(
        "SB-021", "", material: "3.2", line: 378,
        facts: ["receivesMinimumLivingAllowance": "false", "dependantInsuredAsEmployee": "false", "dependantRetired": "false"]),
]

/// Seeds 000–004 (not 003): what the guide does not ask of this applicant.
public let notRequiredOther: [NotRequiredExpectation] = [
    // 004 62.1 (1), 63.1 (1), 65.1 (1): the 代办人's ID only 如代办; the holder applying in person does not bring it
    NotRequiredExpectation("SB-062", "", name: "代办人", line: 1206),
    NotRequiredExpectation("SB-063", "", name: "代办人", line: 1221),
    NotRequiredExpectation("SB-065", "", name: "代办人", line: 1258),
    // 000 37 (line 1473): 职业资格证书 is named only as one of an industry expert's alternatives; an entrepreneur brings none
    NotRequiredExpectation("RS-037", "", name: "职业资格证书", line: 1473, facts: ["mentorCategory": "entrepreneur"]),
    // 004 21.1 (3): the 遗属 applying in person brings no 经办人身份证
    NotRequiredExpectation(
        "SB-021", "", name: "经办人", line: 378,
        facts: ["receivesMinimumLivingAllowance": "false", "dependantInsuredAsEmployee": "false", "dependantRetired": "false"]),
]
