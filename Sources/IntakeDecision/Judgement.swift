import IntakeCatalog
import IntakeEvidence
import IntakeManifest
import IntakeModel

/// The rules of one matter and scenario applied to one application. Collects every
/// finding (一次性告知), never stopping at the first.
struct Judgement {
    let catalog: Catalog
    let matter: Matter
    let scenario: Scenario
    let manifest: Manifest
    let inspection: Inspection
    let submitted: CalendarDate
    let conditions: ConditionEvaluator

    var findings: [Finding] = []
    var deferred: [DeferredMaterial] = []
    var materials: [MaterialStatus] = []
    var rules: [AppliedRule] = []
    /// Facts already reported missing or invalid (each is reported once).
    var reportedFacts: Set<String> = []
    /// Each missing fact's question and the rules it was asked for (one finding names them all).
    var missingFactUses: [String: (question: String, rules: [String])] = [:]
    /// The applicant is of a kind the matter refuses outright (a unit for a citizen's matter,
    /// a citizen for a unit's): no question about the applicant's own case is asked, since
    /// none can change the verdict and a unit cannot tell its sex or age (BS-QT-022).
    let applicantKindRefused: Bool
    /// The agent's record is to be corrected before it can be told whether there is an agent at all (another name with
    /// the applicant's own resident id): no refusal rests on the agent (round 62, tester e: BS-RS-017's 不可代办 refused
    /// an application the correction "本人办理的，清单中不填代办人" would have made the applicant's own).
    let agentInDoubt: Bool
    /// The applicant's identifier is to be corrected: no refusal rests on what it reads (``DerivedFacts/applicantIdInDoubt``).
    let applicantIdInDoubt: Bool
    /// Errors found before the rules are judged (the bundle's inspection, the resident id and
    /// the agent): the commitment letter alone does not make such an application acceptable,
    /// and no finding may say it would (round 38's second review: "可先行受理" beside a wrong
    /// check digit).
    var errorsBefore = false

    init(
        catalog: Catalog, matter: Matter, scenario: Scenario, manifest: Manifest, inspection: Inspection,
        submitted: CalendarDate, conditions: ConditionEvaluator, agentInDoubt: Bool = false,
        applicantIdInDoubt: Bool = false
    ) {
        self.catalog = catalog
        self.matter = matter
        self.scenario = scenario
        self.manifest = manifest
        self.inspection = inspection
        self.submitted = submitted
        self.conditions = conditions
        self.agentInDoubt = agentInDoubt
        self.applicantIdInDoubt = applicantIdInDoubt
        applicantKindRefused =
            matter.forbidden.contains { $0.refusesForWhatItIs(kind: manifest.applicant.kind, scenario: scenario.id) }
            || matter.forbidden.contains {
                $0.refusedApplicant == nil && $0.readsOnlyTheApplicantsIdentity
                    && conditions.evaluate($0.condition) == .holds(true)
                    && !Self.waitsForACorrection(
                        $0, agentInDoubt: false, applicantIdInDoubt: applicantIdInDoubt, conditions: conditions)
            }
    }

    /// Whether a case that holds holds only by a record to correct (the agent, the applicant's identifier, each read as
    /// absent): it waits for the correction rather than refuse on it.
    static func waitsForACorrection(
        _ f: ForbiddenCase, agentInDoubt: Bool, applicantIdInDoubt: Bool, conditions: ConditionEvaluator
    ) -> Bool {
        func waits(_ inDoubt: Bool, _ path: String) -> Bool {
            inDoubt && f.condition.xpath?.contains(path) == true && !conditions.holdsWithout(path, f.condition)
        }
        return waits(agentInDoubt, "m:agent") || waits(applicantIdInDoubt, "m:applicant/m:id")
    }

    mutating func run() {
        checkFacts()
        checkWindow()
        checkForbiddenCases()
        checkMaterials()
        checkIdenticalFiles()
    }
}

extension String {
    func isEmptyOrEqual(_ other: String) -> Bool { isEmpty || self == other }
}
