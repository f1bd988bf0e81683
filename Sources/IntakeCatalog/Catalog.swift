import Foundation
public import IntakeModel

// The catalog of matters (事项目录) as values: what Pipelines/catalog/NNN/*.xml says,
// validated by Schemas/catalog.xsd and loaded once per run. Pure data, Sendable.

/// A condition over the manifest: an XPath 1.0 expression (see Schemas/catalog.xsd for
/// the context node, prefixes and extension functions) and the guide's own words.
public struct Condition: Sendable, Hashable, Codable {
    /// The XPath; nil when the guide's words could not be made machine-checkable.
    public var xpath: String?
    /// The facts the expression reads (declared in the catalog's facts).
    public var reads: [String]
    /// The guide's wording.
    public var text: String
    /// Of `reads`, the facts never asked for: an applicant who does not declare one is
    /// taken as not in the case, and the condition is evaluated as written (`unasked` in
    /// the catalog). For a case that concerns only those who say so: an ordinary company's
    /// arrears are its employees', so it is not asked whether they were 灵活就业人员 (SB-012),
    /// but a company that declares it is refused.
    public var unasked: [String]

    public init(xpath: String?, reads: [String], text: String, unasked: [String] = []) {
        self.xpath = xpath
        self.reads = reads
        self.text = text
        self.unasked = unasked
    }
}

/// A fact an applicant declares (`<fact name=…>` in the manifest) and rules read.
public struct FactDefinition: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case integer, decimal, boolean, date, string, `enum`
    }
    public var name: String
    public var kind: Kind
    /// What it means, in Chinese.
    public var label: String
    /// The question a front end or clerk asks to learn it (是否以出让方式取得？); nil: the label.
    public var question: String?
    /// The allowed values of an enumeration.
    public var values: [String]
    /// What a value that is a code means, in Chinese (poor-family-child → 贫困家庭子女).
    public var valueLabels: [String: String]
    /// Declared by the window clerk after checking (经办人员核验后填写), not by the applicant.
    public var byClerk: Bool
    /// The least value of a number fact (0 for months, years, counts, amounts): below it, the
    /// value is a mistake to correct, not a case a rule decides.
    public var minimum: Double?
    /// A date fact of something that has happened: after the submission date, a mistake.
    public var notAfterSubmission: Bool
    /// What its value must agree with among the application's other facts (工作年限 no more than
    /// the years since the 参加工作年份): each an XPath over the manifest that holds when they
    /// agree. A value that breaks one is a mistake to correct, not a case a rule decides.
    public var consistent: [Condition]

    public init(
        name: String, kind: Kind, label: String, question: String? = nil, values: [String] = [],
        valueLabels: [String: String] = [:], byClerk: Bool = false, minimum: Double? = nil,
        notAfterSubmission: Bool = false, consistent: [Condition] = []
    ) {
        self.minimum = minimum
        self.notAfterSubmission = notAfterSubmission
        self.consistent = consistent
        self.name = name
        self.kind = kind
        self.label = label
        self.question = question
        self.values = values
        self.valueLabels = valueLabels
        self.byClerk = byClerk
    }

    /// The allowed values as a clerk reads them out: 贫困家庭子女（poor-family-child）where a
    /// value has a label, else the value itself.
    public var readableValues: [String] {
        // A label that is its value (普兰店（普兰店）) is said once (round 48, tester e).
        values.map { v in valueLabels[v].flatMap { $0 == v ? nil : "\($0)（\(v)）" } ?? v }
    }

    /// Whether some value is written in the manifest otherwise than its label reads (其他办事处 → 其他): the list then
    /// says to write the bracketed code.
    public var codesDifferFromLabels: Bool { values.contains { v in valueLabels[v].map { $0 != v } ?? false } }

    /// What the applicant is asked: the question, or the label.
    public var prompt: String { question ?? label }

    /// The facts the pipeline derives from the applicant's resident id (GB 11643): never
    /// declared in a catalog, readable by every rule.
    public static let derived: [FactDefinition] = [
        FactDefinition(
            name: DerivedFact.birthDate, kind: .date, label: "申请人出生日期（由公民身份号码得出）",
            question: "申请人的公民身份号码（18 位），或申请人的出生日期", notAfterSubmission: true),
        FactDefinition(
            name: DerivedFact.sex, kind: .enum, label: "申请人性别（由公民身份号码得出）",
            // The manifest's codes, said with the words (round 55, tester m: "（男、女）" was followed, and 男 returned again).
            question: "申请人的公民身份号码（18 位），或申请人的性别（可选值，清单中填写括号内的值：男（male）、女（female））",
            values: ["male", "female"],
            valueLabels: ["male": "男", "female": "女"]),
        FactDefinition(
            name: DerivedFact.age, kind: .integer, label: "申请人年龄（周岁，按申请日期由公民身份号码得出）",
            // Its value is a whole number: the birth date is declared as a fact of its own.
            question: "申请人的公民身份号码（18 位），或申请人的出生日期（applicantBirthDate）或周岁年龄",
            // Declared without a resident id: no age below 0 (round 53, tester g: -1 made an adult a minor, whom 不动产 1's
            // no-agent rule spares).
            minimum: 0),
    ]

    /// A derived fact's question where the applicant is a unit filing for a person (单位为职工申报提前退休): the unit's
    /// credit code gives no birth date or sex, so the person's are asked as facts, not the applicant's resident id
    /// (round 58, tester h: SB-024's questions to a filing unit asked for "申请人的公民身份号码").
    public static let derivedForUnit: [String: String] = [
        DerivedFact.birthDate: "单位为其申请的个人（如职工）的出生日期（applicantBirthDate，YYYY-MM-DD）",
        DerivedFact.sex: "单位为其申请的个人（如职工）的性别（可选值，清单中填写括号内的值：男（male）、女（female））",
        DerivedFact.age: "单位为其申请的个人（如职工）的出生日期（applicantBirthDate）或周岁年龄（applicantAge）",
    ]

    /// Whether a raw manifest value is of this fact's type.
    /// `-`? digits (`.` digits?) or `-`? `.` digits: XPath 1.0's Number.
    static func isXPathNumber(_ v: String) -> Bool {
        var digits = v.hasPrefix("-") ? v.dropFirst() : Substring(v)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else { return false }
        if let dot = digits.firstIndex(of: ".") {
            digits.remove(at: dot)
            if digits.contains(".") || digits.isEmpty { return false }
        }
        return true
    }

    /// A number fact's value as the rules' XPath reads it: trimmed as number() trims (space,
    /// tab, CR, LF only: "13\u{2002}" is NaN to it), one leading `+` dropped; nil when that
    /// leaves no XPath number, and for other kinds.
    public func numeric(_ raw: String) -> String? {
        guard kind == .integer || kind == .decimal else { return nil }
        var n = raw.trimmingCharacters(in: CharacterSet(charactersIn: " \t\r\n"))
        if n.hasPrefix("+") {
            n.removeFirst()
            if n.hasPrefix("-") { return nil }
        }
        return Self.isXPathNumber(n) ? n : nil
    }

    /// An XPath number (``isXPathNumber(_:)``) written so that XPath's number(), an IEEE
    /// double, compares it with any number of at most 15 significant digits (a bound a rule
    /// or a catalog names) exactly as the decimal compares: itself when it has at most 15
    /// (distinct such decimals are distinct doubles, in the same order); otherwise its
    /// first 15 significant digits followed by a 5. No number of at most 15 digits lies
    /// strictly between a longer decimal's 15-digit truncation and the next 15-digit step,
    /// so the midpoint, whose double stays inside that step, falls on the decimal's side of
    /// every such number: 89.9999999999999999999 read as a double is 90, and was "not less
    /// than 90" (round 21, tester 3, ZC-001 继续教育学时); it reads 89.99999999999995, less.
    static func exactForXPath(_ n: String) -> String {
        let chars = Array(n)
        let nonZero = { (c: Character) in ("1"..."9").contains(c) }
        guard let first = chars.firstIndex(where: nonZero), let last = chars.lastIndex(where: nonZero),
            chars[first...last].filter({ $0 != "." }).count > 15
        else { return n }
        var out = ""
        var kept = 0
        var inFraction = false
        for (i, c) in chars.enumerated() {
            if c == "." {
                if kept > 15 { break }  // the fraction's digits are past the 16th
                inFraction = true
            } else if c != "-" && i >= first {
                kept += 1
                if kept == 16 {
                    out.append("5")
                    continue
                }
                if kept > 16 {
                    if inFraction { break }
                    out.append("0")  // an integer part keeps its magnitude
                    continue
                }
            }
            out.append(c)
        }
        return out
    }

    /// The least value as a clerk reads it: "0", not "0.0"; nil without one.
    public var minimumText: String? {
        minimum.map { $0 == $0.rounded() && abs($0) < 1e15 ? String(Int64($0)) : String($0) }
    }

    /// Why a value of the right type cannot be true, in Chinese for the clerk ("不能小于 0",
    /// "不能晚于申请日期 2025-07-01"); nil when it can. Only for values `accepts`.
    public func impossibility(_ raw: String, submitted: CalendarDate?) -> String? {
        if let minimum, let n = numeric(raw).map(Self.exactForXPath).flatMap(Double.init), n < minimum {
            return "不能小于 \(minimumText ?? "")"
        }
        if notAfterSubmission, kind == .date, let submitted, let d = CalendarDate(raw.trimmedOfBlanks), d > submitted {
            return "不能晚于申请日期 \(submitted)"
        }
        // A year of something that has happened (参加工作年份): not after the year of the application (round 52,
        // tester d: GQ-JS's workStartYear 2030 was refused as "须2001年底前参加工作" instead of corrected).
        if notAfterSubmission, kind == .integer, let submitted, let n = numeric(raw).flatMap(Double.init),
            n > Double(submitted.year)
        {
            return "不能晚于申请年份 \(submitted.year)"
        }
        return nil
    }

    /// Whether a raw value is of this fact's type and can be true (`impossibility`).
    public func accepts(_ raw: String, submitted: CalendarDate?) -> Bool {
        accepts(raw) && impossibility(raw, submitted: submitted) == nil
    }

    /// The value the rules read for a raw value this fact `accepts`: without the blanks
    /// around it that the type check drops (U+2003, U+200B, U+3000 …: XPath's `=` keeps
    /// them, so "true" followed by an em space passed as a boolean and no rule read it as
    /// true), a number without its plus sign and compared exactly (``exactForXPath(_:)``);
    /// nil for a value it does not accept.
    public func canonical(_ raw: String) -> String? {
        guard accepts(raw) else { return nil }
        return numeric(raw).map(Self.exactForXPath) ?? raw.trimmedOfBlanks
    }

    public func accepts(_ raw: String) -> Bool {
        let v = raw.trimmedOfBlanks
        switch kind {
        // As the rules' XPath number() reads a number: an optional minus, digits, a decimal point (not 1e3), and
        // the plus sign xs:integer and xs:decimal allow ("+13"), which the decision drops before the rules read
        // the value (`numeric(_:)`): number() takes "+13" for NaN, to which no limit would ever apply.
        case .integer, .decimal:
            guard let n = numeric(raw) else { return false }
            return (kind == .decimal ? Double(n) != nil : Int64(n) != nil && !n.contains("."))
        case .boolean: return v == "true" || v == "false"
        case .date: return CalendarDate(v) != nil
        case .string: return !v.isEmpty
        case .enum: return values.contains(v)
        }
    }
}

/// 要件: a material the applicant submits.
public struct Material: Sendable, Hashable, Codable {
    public enum Requirement: String, Sendable, Hashable, Codable {
        /// Needed in every case.
        case always
        /// Needed when `condition` holds.
        case conditional
        /// The commitment letter (容缺受理承诺书): needed exactly when something is deferred.
        case whenDeferred = "when-deferred"
        case optional
    }
    public enum Need: String, Sendable, Hashable, Codable {
        /// Each sub-material (subject to its own requirement).
        case all
        /// Any one of the sub-materials (alternatives: 户口簿 or 居住证).
        case oneOf = "one-of"
    }
    /// How a conditional alternative of a one-of group serves in its case.
    public enum Serves: String, Sendable, Hashable, Codable {
        /// Only the alternatives of the case that applies serve (落户市政府行政服务中心人才集体户，
        /// 本人的承诺书: the pledge is that case's address document).
        case instead
        /// Besides the unconditional alternatives (房屋权属证书; 购买国有土地上建造商品住房的，可提供
        /// 商品房买卖合同: the certificate still serves).
        case also
    }
    public enum Original: String, Sendable, Hashable, Codable {
        case original, copy
        case originalAndCopy = "original-and-copy"
    }
    /// The guide's numbering: "1", "5.3", or "commitment".
    public var id: String
    public var name: String
    /// id-card, hukou-book, application-form, commitment-letter, … (Schemas/catalog.xsd).
    public var kind: MaterialKind
    public var requirement: Requirement
    public var need: Need
    /// For a conditional alternative: whether its case replaces the other alternatives.
    public var serves: Serves
    /// Accepted media types; empty: the pipeline's default set.
    public var media: [String]
    public var condition: Condition?
    /// What the guide says each file must be (size, pixels, pages); nil when it says nothing.
    public var spec: DocumentSpec?
    public var original: Original?
    public var copies: Int?
    /// The guide's words for a number that depends on the case ("2份（组合贷款的4份）"): said
    /// instead of ``copies`` alone.
    public var copiesNote: String?
    public var note: String?
    public var source: Citation?
    public var parts: [Material]

    public init(
        id: String, name: String, kind: MaterialKind, requirement: Requirement = .always, need: Need = .all,
        serves: Serves = .instead, media: [String] = [], condition: Condition? = nil, spec: DocumentSpec? = nil,
        original: Original? = nil,
        copies: Int? = nil, copiesNote: String? = nil, note: String? = nil, source: Citation? = nil,
        parts: [Material] = []
    ) {
        self.spec = spec
        self.id = id
        self.name = name
        self.kind = kind
        self.requirement = requirement
        self.need = need
        self.serves = serves
        self.media = media
        self.condition = condition
        self.original = original
        self.copies = copies
        self.copiesNote = copiesNote
        self.note = note
        self.source = source
        self.parts = parts
    }

    /// This material and all below it, depth first.
    public var flattened: [Material] { [self] + parts.flatMap(\.flattened) }

    /// The first of `materials` and all below them, in the order of ``flattened``, that
    /// `matches`: without building the flattened copies (looked up for every material of
    /// every bundle).
    public static func first(in materials: [Material], where matches: (Material) -> Bool) -> Material? {
        for m in materials {
            if matches(m) { return m }
            if let found = first(in: m.parts, where: matches) { return found }
        }
        return nil
    }

    /// The deferral commitment letter (容缺受理承诺书). Other 承诺书 are of kind `pledge`:
    /// ordinary materials, required as the guide says.
    public var isCommitmentLetter: Bool { kind == .commitmentLetter || requirement == .whenDeferred }

    /// The number to bring, as the guide counts it: photos by the sheet (当事人各提交2张: 4 张),
    /// anything else by the copy (一式五份: 5 份). Nil when the guide gives none. Not counted in the
    /// files: one scan may show several photos, and a form's copies are one document.
    public var copiesText: String? {
        guard let copies else { return nil }
        if let copiesNote { return copiesNote }
        return "\(copies) \(kind == .photo ? "张" : "份")"
    }
}

/// The names of the facts derived from the resident id.
public enum DerivedFact {
    public static let birthDate = "applicantBirthDate"
    public static let sex = "applicantSex"
    public static let age = "applicantAge"
    public static let all: Set<String> = [birthDate, sex, age]
}

/// 材料规格: what the guide says each file of a material must be (大小 20kb 以下，像素
/// 360*480). Every bound is optional; pixel sizes without min/max are exact.
public struct DocumentSpec: Sendable, Hashable, Codable {
    /// The guide's words.
    public var text: String
    public var minBytes: Int64?
    public var maxBytes: Int64?
    public var minWidth: Int?
    public var maxWidth: Int?
    public var minHeight: Int?
    public var maxHeight: Int?
    public var minPages: Int?
    public var maxPages: Int?
    /// Width : height of a shape the guide gives without a size (高x宽为48x33mm: 33:48).
    public var aspect: Aspect?
    /// The guide asks a colour image (彩照, 彩色证件照, 蓝底): a file whose header stores one
    /// grey channel or a palette of grey levels only breaks it; one the header says nothing
    /// of (a PDF, a palette with colours) is not judged.
    public var colour: Bool
    /// The background the guide asks of a photo (白底, 蓝底, 红底): a JPEG's pixels are decoded
    /// and the band along its top and upper sides must be that colour; a file that cannot be
    /// decoded (not a JPEG or PNG, too large) is left to the clerk.
    public var background: PhotoBackground?
    /// A paper size the guide names (A4): every page of a PDF has it; an image's paper is
    /// not in it (a phone photo of a page is not cut to the sheet) and is not judged.
    public var paper: Paper?

    public enum Paper: String, Sendable, Hashable, Codable {
        case a4 = "A4"
        /// Width and height in millimetres (ISO 216).
        public var millimetres: (short: Double, long: Double) { (210, 297) }
        /// How far a page may be from it: ISO 216's ±2 mm, and 1 mm for a scanner's rounding
        /// (US Letter, 216×279 mm, is 6 mm off).
        public static let tolerance = 3.0
    }

    public struct Aspect: Sendable, Hashable, Codable, CustomStringConvertible {
        public var width: Int
        public var height: Int
        /// How far the image's shape may be from it (a crop a few pixels off).
        public static let tolerance = 0.03

        public init(width: Int, height: Int) {
            self.width = width
            self.height = height
        }

        /// "33:48" (width:height), or nil.
        public init?(_ text: String) {
            let parts = text.split(separator: ":")
            guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]), w > 0, h > 0 else { return nil }
            self.init(width: w, height: h)
        }

        public var description: String { "\(width):\(height)" }

        /// Whether `width` × `height` pixels have this shape, within the tolerance.
        public func fits(width w: Int, height h: Int) -> Bool {
            guard w > 0, h > 0 else { return false }
            let ratio = (Double(w) / Double(h)) / (Double(width) / Double(height))
            return abs(ratio - 1) <= Self.tolerance
        }
    }

    public init(
        text: String, minBytes: Int64? = nil, maxBytes: Int64? = nil, minWidth: Int? = nil, maxWidth: Int? = nil,
        minHeight: Int? = nil, maxHeight: Int? = nil, minPages: Int? = nil, maxPages: Int? = nil, aspect: Aspect? = nil,
        colour: Bool = false, background: PhotoBackground? = nil, paper: Paper? = nil
    ) {
        self.text = text
        self.minBytes = minBytes
        self.maxBytes = maxBytes
        self.minWidth = minWidth
        self.maxWidth = maxWidth
        self.minHeight = minHeight
        self.maxHeight = maxHeight
        self.minPages = minPages
        self.maxPages = maxPages
        self.aspect = aspect
        self.colour = colour
        self.background = background
        self.paper = paper
    }

    /// Whether any bound needs the image's pixel size.
    public var needsPixels: Bool {
        minWidth != nil || maxWidth != nil || minHeight != nil || maxHeight != nil || aspect != nil
    }
    /// A bound in words: 360 (exact), 300–400, ≥300, ≤400, 任意 (none).
    public static func range(_ min: Int?, _ max: Int?) -> String {
        switch (min, max) {
        case (let a?, let b?) where a == b: return "\(a)"
        case (let a?, let b?): return "\(a)–\(b)"
        case (let a?, nil): return "≥\(a)"
        case (nil, let b?): return "≤\(b)"
        case (nil, nil): return "任意"
        }
    }

    /// The pixel bounds in words (360*480, ≥300*任意), nil when there are none.
    public var pixelsText: String? {
        guard minWidth != nil || maxWidth != nil || minHeight != nil || maxHeight != nil else { return nil }
        return "\(Self.range(minWidth, maxWidth))*\(Self.range(minHeight, maxHeight))"
    }

    /// Whether a photo's pixels must be decoded for its colours.
    public var needsColours: Bool { background != nil || colour }

    /// Whether any bound needs the PDF's page count.
    public var needsPages: Bool { minPages != nil || maxPages != nil }
}

/// 申请情形: one route through a matter with its own materials ("" when only one).
public struct Scenario: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var condition: Condition?
    public var materials: [Material]

    public init(id: String, name: String, condition: Condition? = nil, materials: [Material]) {
        self.id = id
        self.name = name
        self.condition = condition
        self.materials = materials
    }

    /// A material of this scenario at any depth, by id.
    public func material(_ id: String) -> Material? {
        Material.first(in: materials) { $0.id == id }
    }

    /// The scenario's 容缺受理承诺书, at any depth (nil: it defers nothing).
    public var commitmentLetter: Material? {
        Material.first(in: materials, where: \.isCommitmentLetter)
    }
}

/// 容缺: a material that may be missing at acceptance against a commitment letter.
public struct Deferral: Sendable, Hashable, Codable {
    public var material: String
    /// "" or nil: every scenario.
    public var scenario: String?
    public var name: String
    /// 资料来源: who supplies it.
    public var supplier: String
    /// Due period in working days; nil: the pipeline's default.
    public var workingDays: Int?
    public var source: Citation

    public init(material: String, scenario: String?, name: String, supplier: String, workingDays: Int?, source: Citation) {
        self.material = material
        self.scenario = scenario
        self.name = name
        self.supplier = supplier
        self.workingDays = workingDays
        self.source = source
    }
}

/// 违规禁办: a case in which the matter must be refused; or, `returns`, a case the guide
/// rules out as filed that the applicant corrects by filing otherwise (a child files
/// through its guardian: 十六周岁以下由监护人代办), which returns the application (补正).
public struct ForbiddenCase: Sendable, Hashable, Codable {
    /// What the case does to the application.
    public enum Outcome: String, Sendable, Hashable, Codable {
        /// 不予受理: nothing supplied or corrected changes it.
        case refuses = "refused"
        /// 补正: filed otherwise (by whom the guide says), the application can be accepted.
        case returns = "returned"

        /// The finding a case that holds gives.
        public var findingCode: FindingCode { self == .refuses ? .forbiddenCase : .applicationCorrection }
        /// The kind of the rule in the report's trail.
        public var ruleKind: RuleKind { self == .refuses ? .forbidden : .correction }
        /// What the clerk checks for, in a manual check or a question of facts: a returned case is
        /// no 禁办情形 (round 35's review: its checks said 禁办 of a case that is corrected), nor always a way of applying
        /// (round 49, tester b: RS-018's 10 training videos were "须更正申请方式").
        public var caseName: String { self == .refuses ? "禁办情形" : "须退回补正的情形" }
        /// The outcome whose finding is `code`, if any.
        public init?(finding code: FindingCode) {
            guard let o = [Self.refuses, .returns].first(where: { $0.findingCode == code }) else { return nil }
            self = o
        }
    }
    public var id: String
    public var condition: Condition
    /// What the clerk reads to the applicant.
    public var message: String
    public var source: Citation
    public var outcome: Outcome

    public init(id: String, condition: Condition, message: String, source: Citation, outcome: Outcome = .refuses) {
        self.id = id
        self.condition = condition
        self.message = message
        self.source = source
        self.outcome = outcome
    }
}

extension ForbiddenCase {
    /// The applicant this case refuses for what it is: its kind alone (`m:applicant/@kind = 'person'`: F-person,
    /// F-unit), or its kind in one scenario (`m:matter/@scenario = 'transfer-individual' and m:applicant/@kind =
    /// 'organization'`: a unit filing a person's archive transfer); nil for a case that reads anything besides (an
    /// agent, a fact).
    public var refusedApplicant: (kind: String, scenario: String?)? {
        // Read for every bundle: a condition longer than these can be reads more, and is told without building
        // its spaceless copy (0.8 % of a run's CPU did that).
        guard outcome == .refuses, let raw = condition.xpath, raw.utf8.count < 112,
            raw.hasPrefix("m:applicant") || raw.hasPrefix("m:matter/@scenario")
        else { return nil }
        let xpath = raw.filter { $0 != " " }
        var kind: String?
        var scenario: String?
        // "and" may be inside a literal ('standard'): the parts are split where the next begins with "m:".
        for part in xpath.components(separatedBy: "andm:").enumerated().map({ $0.offset == 0 ? $0.element : "m:" + $0.element }) {
            if let k = Self.literal(of: "m:applicant/@kind=", in: part), kind == nil, ["organization", "person"].contains(k) {
                kind = k
            } else if let s = Self.literal(of: "m:matter/@scenario=", in: part), scenario == nil {
                scenario = s
            } else {
                return nil
            }
        }
        return kind.map { ($0, scenario) }
    }

    /// The applicant kind this case refuses for its kind alone, in every scenario; nil otherwise.
    public var refusedApplicantKind: String? {
        refusedApplicant.flatMap { $0.scenario == nil ? $0.kind : nil }
    }

    /// A refusing case that reads nothing of the application but the applicant's kind and identifier (RS-038's "个人或个体
    /// 工商户": `m:applicant/@kind = 'person' or (… starts-with(normalize-space(m:applicant/m:id), '92'))`): where it holds,
    /// the applicant is refused for what it is, as by ``refusedApplicant``, and asked nothing of its case (round 62, tester b:
    /// a person refused by RS-038 was asked about the premises "如重新申请，须一并填写").
    public var readsOnlyTheApplicantsIdentity: Bool {
        guard outcome == .refuses, condition.reads.isEmpty, let xpath = condition.xpath, xpath.utf8.count < 400,
            xpath.contains("m:applicant")
        else { return false }
        var rest = xpath
        for read in ["m:applicant/m:id/@type", "m:applicant/m:id", "m:applicant/@kind"] {
            rest = rest.replacingOccurrences(of: read, with: "")
        }
        return !rest.contains("m:") && !rest.contains("x:") && !rest.contains("@")
    }

    /// Whether this case refuses an applicant of `kind` filing `scenario` for what it is.
    public func refusesForWhatItIs(kind: String, scenario: String) -> Bool {
        guard let r = refusedApplicant else { return false }
        return r.kind == kind && (r.scenario == nil || r.scenario == scenario)
    }

    /// `'value'` after `prefix`, the whole of `part`; nil for anything else.
    private static func literal(of prefix: String, in part: String) -> String? {
        guard part.hasPrefix(prefix + "'"), part.hasSuffix("'") else { return nil }
        let inner = part.dropFirst(prefix.count + 1).dropLast()
        guard part.count >= prefix.count + 2, !inner.contains("'") else { return nil }
        return String(inner)
    }
}

/// 办理时限.
public struct TimeLimit: Sendable, Hashable, Codable {
    public enum Unit: String, Sendable, Hashable, Codable {
        case immediate
        case workingDays = "working-days"
        case days, months, unspecified
    }
    public var unit: Unit
    public var value: Int?
    /// Calendar days after the working days (40个工作日+7天（公示期）).
    public var plusDays: Int?
    /// The guide's words.
    public var text: String
    /// The channel (window, online, mail) this limit is for, where the guide gives one per
    /// channel (窗口办：即时办结；网上办：15个工作日); nil: every other channel.
    public var channel: String?
    /// The guide's line that states it (办理时限).
    public var source: Citation?
    /// The case this limit is for, where the guide gives cases their own (未成年人…2个工作日；
    /// 其它…5个工作日): it serves every channel when the condition holds. Nil: no case.
    public var condition: Condition?

    public init(
        unit: Unit, value: Int?, plusDays: Int? = nil, text: String, channel: String? = nil, source: Citation? = nil,
        condition: Condition? = nil
    ) {
        self.unit = unit
        self.value = value
        self.plusDays = plusDays
        self.text = text
        self.channel = channel
        self.source = source
        self.condition = condition
    }
}

/// 办理路径: window, online (with the portal link), mail.
public struct Channel: Sendable, Hashable, Codable {
    public var kind: String
    public var href: String?
    public var text: String

    public init(kind: String, href: String?, text: String) {
        self.kind = kind
        self.href = href
        self.text = text
    }
}

/// 事项: an administrative matter citizens or companies apply for.
public struct Matter: Sendable, Hashable, Codable {
    public var code: String
    public var name: String
    /// A matter to apply for, or one that only informs (nothing to submit).
    public var kind: MatterKind
    public var department: String?
    public var source: Citation
    public var notes: [String]
    /// 办理时限: the one for every channel the guide does not give its own.
    public var timeLimit: TimeLimit?
    /// The limits the guide gives one channel (窗口办：即时办结；网上办：15个工作日).
    public var channelTimeLimits: [TimeLimit] = []
    /// Limits the guide gives a case of applicant (未成年人变更更正姓名…2个工作日), each with
    /// its condition: the first that holds serves, before the channel's and the general one.
    public var caseTimeLimits: [TimeLimit] = []
    public var channels: [Channel]
    /// 申报时间: submissions outside these inclusive dates are returned.
    public var window: Window?
    public var scenarios: [Scenario]
    public var deferrals: [Deferral]
    public var forbidden: [ForbiddenCase]
    /// In force from / until (inclusive), after the catalog's own dates are applied.
    public var effectiveFrom: CalendarDate
    public var effectiveUntil: CalendarDate?
    /// The seed document this matter comes from (the catalog file's source).
    public var document: String

    /// The facts this matter's rules read (the conditions of its scenarios, materials and
    /// forbidden cases): a declared fact outside them decides nothing here, even when the
    /// catalog file defines it for another matter.
    public var factsRead: Set<String> {
        var names = Set<String>()
        for s in scenarios {
            names.formUnion(s.condition?.reads ?? [])
            for m in s.materials.flatMap(\.flattened) { names.formUnion(m.condition?.reads ?? []) }
        }
        for f in forbidden { names.formUnion(f.condition.reads) }
        names.formUnion(window?.except?.reads ?? [])
        // A case's own time limit (户籍 事项7: 普通证 19 working days for a 大连 户籍) reads its facts
        // too: a declared one was told "not used by this matter, ignored" while it set the due
        // date (round 35, tester a).
        for t in caseTimeLimits { names.formUnion(t.condition?.reads ?? []) }
        return names
    }

    /// Its cases that refuse (违规禁办) and those that return the application to be filed otherwise, counted apart
    /// wherever the catalog is listed.
    public var caseCounts: (refusing: Int, correcting: Int) {
        let correcting = forbidden.count { $0.outcome == .returns }
        return (forbidden.count - correcting, correcting)
    }

    public struct Window: Sendable, Hashable, Codable {
        public var from: CalendarDate
        public var to: CalendarDate
        public var source: Citation
        /// The applicants the window does not bind (their dates are announced separately).
        public var except: Condition?
        public init(from: CalendarDate, to: CalendarDate, source: Citation, except: Condition? = nil) {
            self.from = from
            self.to = to
            self.source = source
            self.except = except
        }
    }

    public init(
        code: String, name: String, kind: MatterKind = .service, department: String? = nil, source: Citation,
        notes: [String] = [], timeLimit: TimeLimit? = nil, channels: [Channel] = [], window: Window? = nil,
        scenarios: [Scenario] = [], deferrals: [Deferral] = [], forbidden: [ForbiddenCase] = [],
        effectiveFrom: CalendarDate, effectiveUntil: CalendarDate? = nil, document: String
    ) {
        self.code = code
        self.name = name
        self.kind = kind
        self.department = department
        self.source = source
        self.notes = notes
        self.timeLimit = timeLimit
        self.channels = channels
        self.window = window
        self.scenarios = scenarios
        self.deferrals = deferrals
        self.forbidden = forbidden
        self.effectiveFrom = effectiveFrom
        self.effectiveUntil = effectiveUntil
        self.document = document
    }

    public func scenario(_ id: String) -> Scenario? { scenarios.first { $0.id == id } }

    /// The time limit of an application made through `channel` (the manifest's).
    public func timeLimit(for channel: String) -> TimeLimit? {
        channelTimeLimits.first { $0.channel == channel } ?? timeLimit
    }

    /// Whether the matter's rules are in force on `date`.
    public func isInForce(on date: CalendarDate) -> Bool {
        date >= effectiveFrom && (effectiveUntil.map { date <= $0 } ?? true)
    }
}
