// The kinds the catalog and the decision speak of, as types (Schemas/catalog.xsd and
// Schemas/report.xsd list the values). Strings cross the edges only: XML, JSON, HTML.

/// 事项类型: a matter one applies for, or one that only informs (nothing to submit).
public enum MatterKind: String, Sendable, Hashable, Codable {
    case service
    case informationOnly = "information-only"
}

/// 材料类别: what kind of document a material is (身份证, 户口簿, 承诺书 …). A struct around
/// the schema's value, so that a kind added to the schema does not break callers.
public struct MaterialKind: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    public static let idCard = MaterialKind(rawValue: "id-card")
    public static let hukouBook = MaterialKind(rawValue: "hukou-book")
    public static let residencePermit = MaterialKind(rawValue: "residence-permit")
    public static let passport = MaterialKind(rawValue: "passport")
    public static let businessLicense = MaterialKind(rawValue: "business-license")
    public static let organizationCertificate = MaterialKind(rawValue: "organization-certificate")
    public static let applicationForm = MaterialKind(rawValue: "application-form")
    public static let certificate = MaterialKind(rawValue: "certificate")
    public static let proof = MaterialKind(rawValue: "proof")
    public static let commitmentLetter = MaterialKind(rawValue: "commitment-letter")
    public static let pledge = MaterialKind(rawValue: "pledge")
    public static let authorization = MaterialKind(rawValue: "authorization")
    public static let bankCard = MaterialKind(rawValue: "bank-card")
    public static let socialSecurityCard = MaterialKind(rawValue: "social-security-card")
    public static let medicalRecord = MaterialKind(rawValue: "medical-record")
    public static let contract = MaterialKind(rawValue: "contract")
    public static let photo = MaterialKind(rawValue: "photo")
    public static let marriageCertificate = MaterialKind(rawValue: "marriage-certificate")
    public static let propertyCertificate = MaterialKind(rawValue: "property-certificate")
    public static let vehicleDocument = MaterialKind(rawValue: "vehicle-document")
    public static let deathCertificate = MaterialKind(rawValue: "death-certificate")
    public static let birthCertificate = MaterialKind(rawValue: "birth-certificate")
    public static let archiveMaterial = MaterialKind(rawValue: "archive-material")
    public static let financialStatement = MaterialKind(rawValue: "financial-statement")
    public static let letter = MaterialKind(rawValue: "letter")
    public static let list = MaterialKind(rawValue: "list")
    public static let other = MaterialKind(rawValue: "other")
}

/// The kind of rule an applied-rule row records.
public enum RuleKind: String, Sendable, Hashable, Codable {
    /// 要件: whether a material is required and met.
    case material
    /// 容缺: a material accepted as missing against the commitment letter.
    case deferral
    /// 违规禁办: a forbidden case.
    case forbidden
    /// 补正: a case the guide rules out as filed that the applicant corrects by filing
    /// otherwise (a child through its guardian).
    case correction
    /// 申报时间: the application window.
    case window
    /// 办理时限: the decision's due date counted from it.
    case timeLimit = "time-limit"
}

/// What applying a rule gave. A struct around the report's value: material states
/// (`met`, `missing`, …), forbidden-case outcomes, window outcomes, `deferred until D`.
public struct RuleOutcome: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    /// A forbidden case that applies: the bundle is refused.
    public static let applies = RuleOutcome(rawValue: "applies")
    public static let doesNotApply = RuleOutcome(rawValue: "does-not-apply")
    /// Facts the rule needs are missing or invalid.
    public static let undetermined = RuleOutcome(rawValue: "undetermined")
    public static let manualCheck = RuleOutcome(rawValue: "manual-check")
    public static let ruleError = RuleOutcome(rawValue: "rule-error")
    /// Submitted inside / outside the application window.
    public static let inside = RuleOutcome(rawValue: "inside")
    public static let outside = RuleOutcome(rawValue: "outside")
    /// A material state (met, missing, deferred, not-required, undetermined).
    public static let notRequired = RuleOutcome(rawValue: "not-required")
    /// A deferrable material the commitment letter covers, in an application returned for
    /// correction: deferred once the corrected application is accepted.
    public static let deferrable = RuleOutcome(rawValue: "deferrable")
    /// A time limit that gives no period to count (及时办结, 财政资金拨付后15个工作日发放): no date is
    /// due; the report quotes the guide's words instead (round 36, tester d: the limit vanished).
    public static let noDate = RuleOutcome(rawValue: "no-date")
    /// A deferred material, due on a date.
    public static func deferred(until due: CalendarDate) -> RuleOutcome { RuleOutcome(rawValue: "deferred until \(due)") }
}

/// A photo's background (证件照的底色: 白底, 蓝底, 红底), as a guide asks it and as a decoded
/// image shows it (`other`: none of the three).
public enum PhotoBackground: String, Sendable, Hashable, Codable, CaseIterable {
    /// The three a guide asks for.
    case white, blue, red
    /// Measured only: dark grey or black, and another clear colour (yellow, green, pink …),
    /// neither of which is any 底色 a guide asks for.
    case grey, colour
    /// No one colour: not judged.
    case other

    /// 白色, 蓝色, 红色, 灰色或黑色, 其他颜色, 不明.
    public var chinese: String {
        switch self {
        case .white: return "白色"
        case .blue: return "蓝色"
        case .red: return "红色"
        case .grey: return "灰色或黑色"
        case .colour: return "其他颜色"
        case .other: return "不明"
        }
    }
}
