/// One thing wrong with the catalog data (a lint problem): where it is and why.
/// Data, not an error: `CatalogLint` returns a list of them, `CatalogLoader` refuses to
/// hand out a catalog while there is any schema or read problem.
public struct CatalogProblem: Sendable, Hashable, CustomStringConvertible {
    /// A stable machine code; a struct so codes can be added without breaking switches.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        public let rawValue: String
        public init(_ rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// A file the pipeline names cannot be read or is not well-formed XML.
        public static let unreadable = Code("unreadable")
        /// Not valid against Schemas/catalog.xsd (or the wrong root element).
        public static let schema = Code("schema")
        /// In a catalog folder, a matter file not named by its matter's code, or a
        /// source.xml that holds matters.
        public static let matterFile = Code("matter-file")
        /// Two catalog files cite the same source document (facts are per document).
        public static let duplicateSource = Code("duplicate-source")
        /// An enumeration fact without values.
        public static let enumWithoutValues = Code("enum-without-values")
        /// Two versions of one matter code in force on the same day, or until before from.
        public static let matterPeriod = Code("matter-period")
        /// Two scenarios of a matter share an id.
        public static let duplicateScenario = Code("duplicate-scenario")
        /// Two materials of a scenario share an id.
        public static let duplicateMaterial = Code("duplicate-material")
        /// Two forbidden cases of a matter share an id.
        public static let duplicateForbidden = Code("duplicate-forbidden")
        /// A deferral names a scenario or material the matter does not have.
        public static let deferralTarget = Code("deferral-target")
        /// A matter defers materials in a scenario without a commitment letter.
        public static let commitmentMissing = Code("commitment-missing")
        /// A condition reads a fact its catalog file does not declare.
        public static let factUndeclared = Code("fact-undeclared")
        /// An XPath names a fact (m:fact[@name='x']) its `reads` list leaves out.
        public static let factUnlisted = Code("fact-unlisted")
        /// An XPath compares a boolean or enumeration fact with a value it cannot take.
        public static let factValue = Code("fact-value")
        /// An XPath does not compile or cannot be evaluated (unknown function, prefix).
        public static let xpath = Code("xpath")
        /// A forbidden case has no XPath, so the pipeline cannot apply it.
        public static let forbiddenUnencoded = Code("forbidden-unencoded")
        /// A material or scenario condition has no XPath: the pipeline would have to guess.
        public static let conditionUnencoded = Code("condition-unencoded")
        /// A catalog declares a fact under a name the pipeline derives itself.
        public static let factDerived = Code("fact-derived")
        /// A 承诺书 that is not the 容缺受理承诺书 is given the deferral letter's kind, or
        /// the 容缺受理承诺书 another kind.
        public static let pledgeKind = Code("pledge-kind")
        /// `serves="also"` on a material that is no conditional alternative of a one-of group.
        public static let serves = Code("serves")
        /// `copiesNote` on a material without `copies` (the note is shown only beside a number).
        public static let copies = Code("copies")
        /// A citation names a document no catalog file of the pipeline comes from, or a line of
        /// its seed that is blank or past its end.
        public static let citation = Code("citation")
        /// An application window that ends before it starts.
        public static let window = Code("window")
        /// A time limit a report cannot cite (no line), two for one channel, or limits per
        /// channel without the one for every other channel.
        public static let timeLimit = Code("time-limit")
        /// The holiday calendar contradicts itself (a workday inside a holiday, from > to).
        public static let calendar = Code("calendar")
    }

    public var code: Code
    /// The file, as the pipeline names it (resolved against the pipeline's folder).
    public var file: String
    /// 1-based line in `file`, when known.
    public var line: Int?
    /// The matter code the problem concerns, if any.
    public var matter: String?
    public var message: String

    public init(_ code: Code, file: String, line: Int? = nil, matter: String? = nil, _ message: String) {
        self.code = code
        self.file = file
        self.line = line
        self.matter = matter
        self.message = message
    }

    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        let about = matter.map { "\($0): " } ?? ""
        return "\(place): \(code): \(about)\(message)"
    }
}

/// The catalog could not be loaded: the tool cannot judge bundles with it.
public struct CatalogError: Error, Sendable, CustomStringConvertible {
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        public let rawValue: String
        public init(_ rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// Schemas/catalog.xsd could not be read or compiled.
        public static let schemaUnavailable = Code("schema-unavailable")
        /// The pipeline or a file it names is unreadable or invalid; see `problems`.
        public static let invalidData = Code("invalid-data")
    }

    public var code: Code
    public var message: String
    public var problems: [CatalogProblem]

    public init(_ code: Code, _ message: String, problems: [CatalogProblem] = []) {
        self.code = code
        self.message = message
        self.problems = problems
    }

    public var description: String {
        ([message] + problems.prefix(20).map { "  " + $0.description }
            + (problems.count > 20 ? ["  … \(problems.count - 20) more (run `intake catalog lint`)"] : []))
            .joined(separator: "\n")
    }
}
