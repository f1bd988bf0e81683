public import IntakeCatalog
public import IntakeModel

/// A material accepted as missing against the commitment letter, with its due date.
public struct DeferredMaterial: Sendable, Hashable, Codable {
    public var material: String
    public var name: String
    /// 'YYYY-MM-DD': the working day by which it must be supplied.
    public var due: CalendarDate
    /// 资料来源: who supplies it.
    public var supplier: String
    public var source: Citation
    /// The period in working days the due date is counted with.
    public var workingDays: Int
    /// Where that period comes from: the guide (the matter or its 容缺 list states it) or
    /// the centre's own policy (`<deferralDefault>` of the pipeline), which neither list gives.
    public var dueBasis: DueBasis

    public enum DueBasis: String, Sendable, Hashable, Codable {
        case guide
        case centrePolicy = "centre-policy"
    }
}

/// How one material of the chosen scenario stands (the clerk's checklist).
public struct MaterialStatus: Sendable, Hashable, Codable {
    public enum State: String, Sendable, Codable {
        /// A sound document of an accepted type serves it.
        case met
        /// Required, with no document submitted for it; or an alternative that would serve a
        /// required one-of group (任选其一) that is missing.
        case missing
        /// Required; documents were submitted for it but none is sound and of an accepted
        /// type (each has its own finding): it counts as not supplied.
        case defective
        /// Missing, covered by the commitment letter: deferred (容缺), with a due date when
        /// the application is accepted (an application returned for correction has none yet).
        case deferred
        /// Not required in this case (condition false, optional, or nothing deferred).
        case notRequired = "not-required"
        /// Whether it is required depends on facts the application does not give.
        case undetermined
    }
    public var id: String
    public var name: String
    public var kind: MaterialKind
    public var depth: Int
    public var state: State
    /// Why it is (not) required: the guide's condition, or `alwaysRequired`.
    public var requirement: String
    /// The requirement text of a material needed in every case (必须提交).
    public static let alwaysRequired = "必须提交"
    /// Whether the material is needed in every case (no condition, not optional).
    public var isAlwaysRequired: Bool { requirement == Self.alwaysRequired }
    /// The documents submitted for it (paths).
    public var documents: [String]
    public var source: Citation
}

/// A rule of the catalog that was applied, and what came of it: the auditor's trail from
/// verdict to rule to source text.
public struct AppliedRule: Sendable, Hashable, Codable {
    /// The text of the time-limit rule of a matter whose guide gives no time limit at all
    /// (RS-X01, only in the 容缺 list): the catalog's remark is not the guide's words, and the
    /// reports do not quote it as theirs (round 38, tester l).
    public static let timeLimitNotGiven = "指南未给出办理时限"
    public var kind: RuleKind
    /// The material id, forbidden-case id, … the rule is about.
    public var subject: String
    /// The rule in words (the guide's).
    public var text: String
    /// What applying it gave: met, missing, applies, does-not-apply, deferred, …
    public var outcome: RuleOutcome
    public var source: Citation
}

/// The decision about one application: verdict, every finding, deferrals and the trail.
public struct Decision: Sendable, Hashable {
    public var verdict: Verdict
    /// Every finding, in a stable order (一次性告知: all defects at once).
    public var findings: [Finding]
    public var deferred: [DeferredMaterial]
    /// The matter judged (nil when unknown).
    public var matter: Matter?
    public var scenario: Scenario?
    public var materials: [MaterialStatus]
    public var rules: [AppliedRule]
    /// 办结期限: the matter's time limit counted from the submitted date, when it has one.
    public var decisionDue: CalendarDate?
    /// The time limit of the matter for the manifest's channel (办理时限).
    public var timeLimit: TimeLimit? = nil
}
