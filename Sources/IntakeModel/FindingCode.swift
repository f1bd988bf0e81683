// Every finding code, in one place: the stable codes Pipelines/contract/bundle-format.md promises
// ("Finding codes are stable") and the few the decision adds. A code is never renamed
// or reused; new ones are added here only.

/// A stable machine code of a finding (spec: "Finding codes are stable").
///
/// A struct around a string, so that codes can be added without breaking callers.
public struct FindingCode: RawRepresentable, Hashable, Sendable, Codable, Comparable,
    CustomStringConvertible
{
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
    public var description: String { rawValue }
    public static func < (a: FindingCode, b: FindingCode) -> Bool { a.rawValue < b.rawValue }

    // The bundle (zip container).
    public static let bundleUnreadable = FindingCode(rawValue: "bundle-unreadable")
    public static let bundleUnsafe = FindingCode(rawValue: "bundle-unsafe")
    public static let bundleLimit = FindingCode(rawValue: "bundle-limit")
    public static let bundleEncrypted = FindingCode(rawValue: "bundle-encrypted")
    // The manifest.
    public static let manifestMissing = FindingCode(rawValue: "manifest-missing")
    public static let manifestMalformed = FindingCode(rawValue: "manifest-malformed")
    public static let manifestInvalid = FindingCode(rawValue: "manifest-invalid")
    // The documents.
    public static let documentMissing = FindingCode(rawValue: "document-missing")
    public static let documentCorrupt = FindingCode(rawValue: "document-corrupt")
    public static let documentChecksum = FindingCode(rawValue: "document-checksum")
    public static let documentType = FindingCode(rawValue: "document-type")
    public static let documentUnlisted = FindingCode(rawValue: "document-unlisted")
    /// The document cannot be opened without a password (a PDF with a user password).
    public static let documentEncrypted = FindingCode(rawValue: "document-encrypted")
    /// The file breaks a specification the guide states for its material (size, pixels, pages).
    public static let documentSpec = FindingCode(rawValue: "document-spec")
    // The matter and its rules.
    public static let matterUnknown = FindingCode(rawValue: "matter-unknown")
    public static let materialUnknown = FindingCode(rawValue: "material-unknown")
    /// A document filed for a material this application does not need: one its case does
    /// not ask for (the 企业职工's list sent by a 灵活就业人员), or the 容缺受理承诺书 where
    /// nothing can be deferred (warning; the matter has the material, unlike
    /// `material-unknown`).
    public static let materialUnneeded = FindingCode(rawValue: "material-unneeded")
    public static let materialMissing = FindingCode(rawValue: "material-missing")
    public static let materialDeferred = FindingCode(rawValue: "material-deferred")
    public static let commitmentMissing = FindingCode(rawValue: "commitment-missing")
    public static let factMissing = FindingCode(rawValue: "fact-missing")
    public static let factInvalid = FindingCode(rawValue: "fact-invalid")
    public static let forbiddenCase = FindingCode(rawValue: "forbidden-case")
    /// The guide rules the application out as filed, and the applicant corrects it by filing
    /// otherwise (a child under 16 alone: its guardian files as agent): returned (补正), not
    /// refused.
    public static let applicationCorrection = FindingCode(rawValue: "application-correction")
    // Rules the decision applies beyond the spec's list.
    /// Submitted outside the matter's application window (申报时间): refused.
    public static let applicationWindow = FindingCode(rawValue: "application-window")
    /// A rule the guide states in prose only: the clerk must check it by hand (info).
    public static let manualCheck = FindingCode(rawValue: "manual-check")
    /// A due date of the report counted over a year whose holiday notice the calendar does
    /// not hold yet: provisional (info).
    public static let calendarProvisional = FindingCode(rawValue: "calendar-provisional")
    /// A catalog rule that could not be evaluated (a catalog error; lint reports it).
    public static let ruleError = FindingCode(rawValue: "rule-error")
}
