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

/// Where a rule comes from: the seed document and the item inside it.
public struct Citation: Sendable, Hashable, Codable {
    public var document: String
    public var item: String
    /// The line of the document the item starts at, when the catalog says.
    public var line: Int?
    /// The guide's words at that line, for a reader who does not have the document open.
    public var quote: String?

    public init(document: String, item: String, line: Int? = nil, quote: String? = nil) {
        self.document = document
        self.item = item
        self.line = line
        self.quote = quote
    }

    /// Hashes the document and line only (equality still compares every field): a report
    /// keys its citations by value, and the item and quote are non-ASCII text, costly to
    /// hash (a String hashes its normal form), which citations of one line rarely differ in.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(document)
        hasher.combine(line)
    }
}

/// A source document as a report cites it: its file, title and, when the document states
/// them, its issuer, number (文号) and date of issue. Each cited document once per report.
public struct SourceDocument: Sendable, Hashable, Codable {
    public var document: String
    public var title: String
    public var issuer: String?
    public var number: String?
    /// YYYY-MM-DD.
    public var issued: String?

    public init(document: String, title: String, issuer: String? = nil, number: String? = nil, issued: String? = nil) {
        self.document = document
        self.title = title
        self.issuer = issuer
        self.number = number
        self.issued = issued
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
    /// A message a clerk can read to the applicant: Chinese, saying what is wrong and what
    /// to do, without library or protocol text.
    public var message: String
    /// The technical detail behind the message (a library's error, hashes and sizes, a
    /// parser's reason), for the clerk's IT and for auditors; not read to the applicant.
    public var detail: String?
    /// The rule's source, for findings that apply a catalog rule.
    public var source: Citation?
    /// The fact this finding concerns (a declared or derived fact's name, or
    /// `applicant/id` for the resident id), if any.
    public var fact: String?
    /// The catalog rule this finding applies, where one rule made it: a forbidden case's id (`F-unit`), so that two
    /// rules citing one line are told apart (round 59, tester h: SB-024's age and years refusals, both of line 436, each
    /// linked to both rules).
    public var rule: String?

    public init(
        _ code: FindingCode, _ severity: Severity, _ message: String, material: String? = nil,
        path: String? = nil, fact: String? = nil, source: Citation? = nil, detail: String? = nil, rule: String? = nil
    ) {
        self.rule = rule
        self.code = code
        self.severity = severity
        self.message = message
        self.detail = detail
        self.material = material
        self.path = path
        self.fact = fact
        self.source = source
    }
}

extension Finding {
    /// The message with its technical detail after it in parentheses, for logs and for
    /// readers who want both in one line.
    public var messageWithDetail: String { detail.map { "\(message) (\($0))" } ?? message }

    /// Splits a text of the form `中文说明 (technical detail)` into the Chinese part and the
    /// detail (the last balanced parenthetical at its end); the text whole when it has none.
    public static func splitDetail(_ text: String) -> (message: String, detail: String?) {
        guard text.hasSuffix(")") else { return (text, nil) }
        var depth = 0
        var i = text.endIndex
        while i > text.startIndex {
            i = text.index(before: i)
            if text[i] == ")" { depth += 1 }
            if text[i] == "(" {
                depth -= 1
                if depth == 0 { break }
            }
        }
        guard depth == 0, i > text.startIndex, text[text.index(before: i)] == " " else { return (text, nil) }
        let message = String(text[..<text.index(before: i)])
        let detail = String(text[text.index(after: i)..<text.index(before: text.endIndex)])
        return message.isEmpty ? (text, nil) : (message, detail)
    }
}

extension [Finding] {
    /// True when any finding is an error.
    public var hasError: Bool { contains { $0.severity == .error } }
}

extension Finding {
    /// The detail of the matter-unknown finding of an information-only matter (a guide's question with nothing to apply
    /// for), which the HTML report's banner words apart.
    public static let informationOnlyDetail = "information-only matter: nothing to apply for"
}
