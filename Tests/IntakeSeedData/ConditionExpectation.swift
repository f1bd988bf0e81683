/// When a conditional material of a matter is needed, as facts: written by reading the
/// seed guide's text (Conditions003.swift, ConditionsOther.swift), never the catalog.
public struct ConditionExpectation: Sendable {
    public let matter: String  // "BS-BDC-001"
    public let scenario: String  // "" or the scenario id
    public let material: String  // "2.1"
    public let line: Int  // seed line where the guide states it
    public let needed: [String: String]  // facts under which the material is required
    public let notNeeded: [String: String]  // facts under which it is not required
    /// The application under `needed` is a minor's and comes through its guardian as agent
    /// (未成年人由监护人代办); the one under `notNeeded`, an adult's, without.
    public let neededByGuardian: Bool

    public init(
        _ matter: String, _ scenario: String, _ material: String, line: Int,
        needed: [String: String], notNeeded: [String: String], neededByGuardian: Bool = false
    ) {
        self.matter = matter
        self.scenario = scenario
        self.material = material
        self.line = line
        self.needed = needed
        self.notNeeded = notNeeded
        self.neededByGuardian = neededByGuardian
    }

    public init(
        matter: String, scenario: String, material: String, line: Int, needed: [String: String],
        notNeeded: [String: String]
    ) {
        self.init(matter, scenario, material, line: line, needed: needed, notNeeded: notNeeded)
    }
}
