/// The program's name and version, which every report names beside the catalog version
/// (`generator`): auditors need both to re-decide a bundle exactly. Raised with every
/// release that can change a report's bytes.
public enum IntakeVersion {
    public static let name = "intake"
    public static let number = "0.7.0"
    /// `intake 0.7.0`.
    public static let generator = "\(name) \(number)"
}

/// The program that wrote a report (`generator` in JSON as `{"name", "version"}`, in XML
/// as attributes): deterministic, so the same bundle and catalog give the same bytes.
public struct Generator: Sendable, Hashable, Codable, CustomStringConvertible {
    public var name: String
    public var version: String
    public init(name: String, version: String) {
        self.name = name
        self.version = version
    }
    /// This program.
    public static let current = Generator(name: IntakeVersion.name, version: IntakeVersion.number)
    /// `intake 0.7.0`.
    public var description: String { "\(name) \(version)" }
}
