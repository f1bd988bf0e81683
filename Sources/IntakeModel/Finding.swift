/// How much a finding weighs: an `error` alone makes a bundle rejected.
public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
    case info, warning, error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

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
    public static let materialMissing = FindingCode(rawValue: "material-missing")
    public static let materialDeferred = FindingCode(rawValue: "material-deferred")
    public static let commitmentMissing = FindingCode(rawValue: "commitment-missing")
    public static let factMissing = FindingCode(rawValue: "fact-missing")
    public static let factInvalid = FindingCode(rawValue: "fact-invalid")
    public static let forbiddenCase = FindingCode(rawValue: "forbidden-case")
}

/// Where a rule comes from: the seed document and the item inside it.
public struct Citation: Sendable, Hashable, Codable {
    public var document: String
    public var item: String

    public init(document: String, item: String) {
        self.document = document
        self.item = item
    }
}

/// One thing the pipeline found about a bundle: data, not an error.
public struct Finding: Sendable, Hashable, Codable {
    public var code: FindingCode
    public var severity: Severity
    /// The material id this finding concerns, if any.
    public var material: String?
    /// The zip entry (document path) this finding concerns, if any.
    public var path: String?
    /// A message a clerk can read to the applicant (Chinese first), with the technical
    /// detail after it.
    public var message: String
    /// The rule's source, for findings that apply a catalog rule.
    public var source: Citation?
    /// The fact this finding concerns (a declared or derived fact's name, or
    /// `applicant/id` for the resident id), if any.
    public var fact: String?

    public init(
        _ code: FindingCode, _ severity: Severity, _ message: String, material: String? = nil,
        path: String? = nil, fact: String? = nil, source: Citation? = nil
    ) {
        self.code = code
        self.severity = severity
        self.message = message
        self.material = material
        self.path = path
        self.fact = fact
        self.source = source
    }
}

extension [Finding] {
    /// True when any finding is an error.
    public var hasError: Bool { contains { $0.severity == .error } }
}
