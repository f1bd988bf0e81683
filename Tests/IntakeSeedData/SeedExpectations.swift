// Hand-written expectations that pin the catalog to the seed documents.
//
// Each ExpectedMatter is written by a person reading the seed text, never generated from
// the catalog: if the importer or a curated overlay drifts from what the guide says, the
// catalog tests fail. One file per seed document: Expected000.swift ... Expected004.swift.

/// What a guide says of one matter (事项).
public struct ExpectedMatter: Sendable, CustomStringConvertible {
    /// Matter code, e.g. "RS-009".
    public let code: String
    /// The matter's name as the guide writes it.
    public let name: String
    /// Scenario id ("" for the only one) -> its materials as "id name", in guide order,
    /// sub-materials included as their own lines ("5.3 ...").
    public let materials: [String: [String]]
    /// Deferrable materials (容缺) as material ids.
    public let deferrals: [String]
    /// Forbidden cases (违规禁办) as case ids.
    public let forbidden: [String]

    public init(
        _ code: String, _ name: String, materials: [String: [String]],
        deferrals: [String] = [], forbidden: [String] = []
    ) {
        self.code = code
        self.name = name
        self.materials = materials
        self.deferrals = deferrals
        self.forbidden = forbidden
    }

    public var description: String { code }
}

/// Facts that make a forbidden case apply, and facts that do not.
public struct ForbiddenExample: Sendable, CustomStringConvertible {
    public let matter: String
    public let forbidden: String
    /// Applicant facts (name -> raw value) under which the case applies.
    public let triggering: [String: String]
    /// Applicant facts under which it does not.
    public let notTriggering: [String: String]
    /// The submitted date of the example application (conditions may read it).
    public let submitted: String
    /// The scenario the example applies for (nil: the matter's first).
    public let scenario: String?
    /// The guide rules the application out as filed but lets it be filed otherwise (十六周岁以下
    /// 由监护人代办: the child's guardian files as agent): returned for correction, not refused.
    public let returns: Bool

    public init(
        _ matter: String, _ forbidden: String, triggering: [String: String],
        notTriggering: [String: String], submitted: String = "2025-07-01T09:30:00+08:00",
        scenario: String? = nil, returns: Bool = false
    ) {
        self.matter = matter
        self.forbidden = forbidden
        self.triggering = triggering
        self.notTriggering = notTriggering
        self.submitted = submitted
        self.scenario = scenario
        self.returns = returns
    }

    public var description: String { "\(matter)/\(forbidden)" }

    /// The same case, refused on the same facts, in each of `matters` (a condition the guide
    /// states alike for several matters: 同一笔贷款的借款人不得超过两人 in 公积金 事项24, 25 and 26).
    public static func alike(
        _ matters: [String], _ forbidden: String, triggering: [String: String], notTriggering: [String: String],
        returns: Bool = false
    ) -> [ForbiddenExample] {
        matters.map { ForbiddenExample($0, forbidden, triggering: triggering, notTriggering: notTriggering, returns: returns) }
    }

    /// The examples of one case from one triggering application: for each way out of the case
    /// (an exception, the other side of a bound), the same application with those facts changed.
    public static func escapes(
        _ matter: String, _ forbidden: String, triggering: [String: String], by escapes: [[String: String]],
        submitted: String = "2025-07-01T09:30:00+08:00", scenario: String? = nil, returns: Bool = false
    ) -> [ForbiddenExample] {
        escapes.map {
            ForbiddenExample(
                matter, forbidden, triggering: triggering, notTriggering: triggering.merging($0) { $1 },
                submitted: submitted, scenario: scenario, returns: returns)
        }
    }

    /// A case on one yes/no fact, in each of `matters`: refused when the fact is `refusedWhen`, not when it is the other
    /// (条件：职工因工死亡 refuses a death not at work).
    public static func onFlag(_ matters: [String], _ forbidden: String, _ fact: String, refusedWhen value: Bool)
        -> [ForbiddenExample]
    {
        alike(matters, forbidden, triggering: [fact: "\(value)"], notTriggering: [fact: "\(!value)"])
    }

    /// The same example for another matter with the same case (a matter the guide answers twice).
    public func forMatter(_ code: String) -> ForbiddenExample {
        ForbiddenExample(
            code, forbidden, triggering: triggering, notTriggering: notTriggering, submitted: submitted, scenario: scenario)
    }
}
