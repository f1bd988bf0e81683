import IntakeCatalog
import IntakeManifest
import IntakeModel

/// The facts the pipeline derives about the applicant (出生日期, 性别, 周岁年龄) from the
/// resident id, or, without one, from a declared birth date: rules read them like declared
/// facts. A wrong id and a declared fact that contradicts it are findings.
public struct DerivedFacts: Sendable {
    /// The manifest the conditions read: declared facts with the derived ones in place.
    public var manifest: Manifest
    public var findings: [Finding] = []
    /// Whether any fact was derived (the parsed manifest must then be given them).
    public var changed = false
    /// An agent who is the applicant: the rules read the application as filed by the applicant (`manifest`
    /// has no agent; the parsed manifest must lose it too), and the finding asks for the agent to be left out.
    public var agentIsApplicant = false
    /// The agent has the applicant's resident id under another name: whether there is an agent is the correction asked.
    public var agentInDoubt = false
    /// The applicant's identifier is to be corrected (a check digit, a character a code does not have): no rule reading it
    /// decides meanwhile (round 63, tester a: a military court's code typed in lower case, "a1…", was refused as not
    /// beginning with 1 or A).
    public var applicantIdInDoubt = false

    /// `date` is the submitted date (China Standard Time); `source` cites the matter.
    public init(_ submitted: Manifest, on date: CalendarDate, source: Citation? = nil) {
        manifest = submitted
        let applicant = submitted.applicant
        var birth: CalendarDate?
        var sex: String?
        var fromID = false
        if applicant.idType == "resident-id" {
            switch ResidentID.parse(applicant.idNumber, submitted: date) {
            case .success(let id):
                birth = id.birthDate
                sex = id.sex.rawValue
                fromID = true
            case .failure(let problem):
                findings.append(Self.invalidID("申请人", applicant.idNumber, problem, fact: "applicant/id"))
                applicantIdInDoubt = true
            }
        }
        // The agent's id is checked like the applicant's (the clerk identifies the agent
        // by it); nothing is derived from it but the agent's age.
        if let agent = submitted.agent, agent.idType == "resident-id" {
            switch ResidentID.parse(agent.idNumber, submitted: date) {
            case .failure(let problem):
                findings.append(Self.invalidID("代办人", agent.idNumber, problem, fact: "agent/id"))
            case .success(let id):
                findings += Self.agentProblems(agent, id: id, applicant: applicant, on: date)
                // Not an agent: 代办's rules (不可代办, the 委托书) are not applied to the applicant himself, who would
                // be refused for what one correction of the manifest mends (round 52, tester a: GJJ-027 refused). Another
                // name with his id is returned to correct the id (agentProblems), the agent's rules applied.
                if Self.isApplicantHimself(agent, applicant) {
                    agentIsApplicant = true
                    manifest.agent = nil
                } else if Self.isApplicant(agent, applicant) {
                    agentInDoubt = true
                }
            }
        }
        findings += Self.identifierKind(applicant)
        findings += Self.uncheckedType("申请人", applicant.idType, fact: "applicant/id")
        if let agent = submitted.agent { findings += Self.uncheckedType("代办人", agent.idType, fact: "agent/id") }
        if applicant.idType == "unified-social-credit-code", let why = CreditCode.problem(applicant.idNumber.trimmed) {
            applicantIdInDoubt = true
            findings.append(
                Finding(
                    .factInvalid, .error, "申请人统一社会信用代码 \(applicant.idNumber.clippedForMessage) 无效：\(why)", fact: "applicant/id",
                    source: Self.identityCitation, detail: "not a unified social credit code (GB 32100-2015)"))
        }
        if !fromID {
            birth = applicant.fact(DerivedFact.birthDate).flatMap { CalendarDate($0.trimmed) }
            sex = applicant.fact(DerivedFact.sex)?.trimmed
        }
        var derived: [(name: String, value: String)] = []
        if let birth {
            derived.append((DerivedFact.birthDate, birth.description))
            derived.append((DerivedFact.age, String(birth.wholeYears(until: date))))
        }
        if let sex { derived.append((DerivedFact.sex, sex)) }
        guard !derived.isEmpty else { return }

        for (name, value) in derived {
            // The value in the applicant's words (男 for male) agrees: the id's code is what the rules read (round 56, tester y:
            // "填报为“男”，与公民身份号码得出的“男”不符").
            guard let declared = applicant.fact(name), declared.trimmed != value, declared.trimmed != Self.display(name, value),
                !(name == DerivedFact.age && Self.sameAge(declared, value))
            else { continue }
            // Only contradictions of the id are findings; a declared birth date and sex
            // are the source themselves when there is no id.
            guard fromID || name == DerivedFact.age else { continue }
            let label = FactDefinition.derived.first { $0.name == name }?.label ?? name
            findings.append(
                Finding(
                    .factInvalid, .error,
                    "申请信息“\(label)”填报为“\(declared.clippedForMessage)”，与\(fromID ? "公民身份号码" : "出生日期")得出的“\(Self.display(name, value))”不符",
                    fact: name, source: source,
                    detail: "declared \(name) contradicts the one derived from the \(fromID ? "resident id" : "birth date")"))
        }
        let names = Set(derived.map(\.name))
        manifest.applicant.facts =
            applicant.facts.filter { !names.contains($0.name) } + derived.map { Manifest.Fact($0.name, $0.value) }
        changed = true
    }

    /// Where the applicant's and the agent's identifiers are specified: the contract's
    /// manifest (no guide line says how an id is written).
    static let identityCitation = Citation(document: SpecCitations.document, item: "manifest.xml: applicant/id, agent/id")

    /// A declared age that is the derived one as a number: "75", "75岁", "75 周岁", "075", "+75" (round 63, tester b:
    /// "075" was told it contradicted the id's 75, compared as text, though the rules read it as 75).
    static func sameAge(_ declared: String, _ derived: String) -> Bool {
        let bare = String(declared.filter { $0 != "岁" && $0 != "周" }).trimmed
        let digits = bare.hasPrefix("+") ? bare.dropFirst() : Substring(bare)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return bare == derived }
        return Int(digits).map { $0 == Int(derived) } ?? false
    }

    /// The same resident id: 本人办理, no agent.
    static func isApplicant(_ agent: Manifest.Person, _ applicant: Manifest.Applicant) -> Bool {
        applicant.idType == "resident-id" && applicant.idNumber.trimmed.uppercased() == agent.idNumber.trimmed.uppercased()
    }

    /// The applicant himself in the agent's place: his id and his name (spaces aside). Another name with his id is no
    /// such slip but an id written wrong, the agent unknown (the review of round 58: 李四 with 张三's id was accepted as
    /// 张三's own application, without the agent's papers, where no agent may act).
    static func isApplicantHimself(_ agent: Manifest.Person, _ applicant: Manifest.Applicant) -> Bool {
        func bare(_ s: String) -> String { String(s.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init)) }
        return isApplicant(agent, applicant) && bare(agent.name) == bare(applicant.name)
    }

    /// The youngest an agent may be: acting for another (委托代理) or as a guardian (法定代理)
    /// takes full capacity, which the law gives at 18 (民法典 第十七条、第十八条).
    static let agentMinimumAge = 18

    /// An agent who is the applicant (the same resident id: 本人办理 is without an agent), or a
    /// minor (an 8-year-old "guardian" satisfied every rule asking a child's guardian to
    /// file; round 19, tester 3). A minor is an error: the bundle is corrected, not decided on
    /// it. The applicant himself is a warning: the application is decided as his own, as the
    /// finding says (round 58, testers a and e: "本次按本人办理审核", and returned for it alone).
    static func agentProblems(
        _ agent: Manifest.Person, id: ResidentID, applicant: Manifest.Applicant, on date: CalendarDate
    ) -> [Finding] {
        if isApplicantHimself(agent, applicant) {
            return [
                Finding(
                    .factInvalid, .warning, "代办人与申请人为同一人（公民身份号码相同）：本人办理的，清单中不填代办人（本次按本人办理审核）",
                    fact: "agent/id", source: identityCitation, detail: "the agent's resident id and name are the applicant's")
            ]
        }
        if isApplicant(agent, applicant) {
            return [
                Finding(
                    .factInvalid, .error,
                    "代办人 \(agent.name.clippedForMessage) 的公民身份号码与申请人 \(applicant.name.clippedForMessage) 的相同：请更正代办人的公民身份号码（本人办理的，清单中不填代办人）",
                    fact: "agent/id", source: identityCitation,
                    detail: "the agent's resident id is the applicant's, under another name")
            ]
        }
        let age = id.birthDate.wholeYears(until: date)
        guard age < agentMinimumAge else { return [] }
        return [
            Finding(
                .factInvalid, .error, "代办人 \(agent.name.clippedForMessage) 未满 \(agentMinimumAge) 周岁（\(age) 周岁），不能代办，也不能作为监护人代为申请",
                fact: "agent/id", source: identityCitation, detail: "the agent is \(age), under \(agentMinimumAge)")
        ]
    }

    /// A person identified by an organization's code, or an organization by a resident id:
    /// said (warning), since the clerk identifies the applicant by it.
    static func identifierKind(_ applicant: Manifest.Applicant) -> [Finding] {
        let message: String
        switch (applicant.kind, applicant.idType) {
        case ("person", "unified-social-credit-code"): message = "申请人为个人，证件类型却是统一社会信用代码：个人以本人身份证件申请"
        case ("organization", "resident-id"): message = "申请人为单位，证件类型却是公民身份号码：单位以统一社会信用代码申请，经办人作为代办人填写"
        default: return []
        }
        return [
            Finding(
                .factInvalid, .warning, message, fact: "applicant/id", source: identityCitation,
                detail: "\(applicant.kind) identified by \(applicant.idType)")
        ]
    }

    /// The identifier types the contract names (`resident-id`, `unified-social-credit-code`,
    /// `passport`): the first two are checked (their check characters), a passport number
    /// has no check to make.
    static let namedTypes: Set<String> = ["resident-id", "unified-social-credit-code", "passport"]

    /// An identifier of a type the contract does not name (`credit-code`, `id-card`): its
    /// number is checked by nothing here, so the clerk is told to (warning). A unit's code
    /// with a wrong check character under `type="credit-code"` was accepted with no word
    /// (round 34, testers c and d).
    static func uncheckedType(_ who: String, _ type: String, fact: String) -> [Finding] {
        guard !namedTypes.contains(type) else { return [] }
        return [
            Finding(
                .manualCheck, .warning,
                "\(who)证件类型“\(type)”不是清单约定的类型（公民身份号码 resident-id、统一社会信用代码 unified-social-credit-code、护照 passport），"
                    + "证件号码未经校验：请窗口人员核对证件",
                fact: fact, source: identityCitation, detail: "identifier type \(type) is not one the contract names")
        ]
    }

    /// 申请人 / 代办人公民身份号码 … 无效: why, in the clerk's words.
    static func invalidID(_ who: String, _ number: String, _ problem: ResidentID.Problem, fact: String) -> Finding {
        let (why, detail) = Finding.splitDetail(problem.message)
        return Finding(
            .factInvalid, .error, "\(who)公民身份号码 \(number.clippedForMessage) 无效：\(why)", fact: fact, source: identityCitation,
            detail: detail)
    }

    static func display(_ name: String, _ value: String) -> String {
        switch (name, value) {
        case (DerivedFact.sex, "male"): return "男"
        case (DerivedFact.sex, "female"): return "女"
        case (DerivedFact.age, _): return "\(value) 周岁"
        default: return value
        }
    }
}

extension String {
    var trimmed: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
