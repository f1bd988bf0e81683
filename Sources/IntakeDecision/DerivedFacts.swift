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
                findings.append(Self.invalidID("申请人", applicant.idNumber, problem, fact: "applicant/id", source: source))
            }
        }
        // The agent's id is checked like the applicant's (the clerk identifies the agent
        // by it); nothing is derived from it.
        if let agent = submitted.agent, agent.idType == "resident-id",
            case .failure(let problem) = ResidentID.parse(agent.idNumber, submitted: date)
        {
            findings.append(Self.invalidID("代办人", agent.idNumber, problem, fact: "agent/id", source: source))
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
            guard let declared = applicant.fact(name), declared.trimmed != value else { continue }
            // Only contradictions of the id are findings; a declared birth date and sex
            // are the source themselves when there is no id.
            guard fromID || name == DerivedFact.age else { continue }
            let label = FactDefinition.derived.first { $0.name == name }?.label ?? name
            findings.append(
                Finding(
                    .factInvalid, .error,
                    "申请信息“\(label)”填报为“\(declared)”，与\(fromID ? "公民身份号码" : "出生日期")得出的“\(Self.display(name, value))”不符",
                    fact: name, source: source,
                    detail: "declared \(name) contradicts the one derived from the \(fromID ? "resident id" : "birth date")"))
        }
        let names = Set(derived.map(\.name))
        manifest.applicant.facts =
            applicant.facts.filter { !names.contains($0.name) } + derived.map { Manifest.Fact($0.name, $0.value) }
        changed = true
    }

    /// 申请人 / 代办人公民身份号码 … 无效: why, in the clerk's words.
    static func invalidID(_ who: String, _ number: String, _ problem: ResidentID.Problem, fact: String, source: Citation?)
        -> Finding
    {
        let (why, detail) = Finding.splitDetail(problem.message)
        return Finding(
            .factInvalid, .error, "\(who)公民身份号码 \(number) 无效：\(why)", fact: fact, source: source, detail: detail)
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
