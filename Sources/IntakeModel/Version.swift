/// The program's name and version, which every report names beside the catalog version
/// (`generator`): auditors need both to re-decide a bundle exactly. Raised with every
/// release that can change a report's bytes.
public enum IntakeVersion {
    public static let name = "intake"
    public static let number = "0.4.0"
    /// `intake 0.4.0`.
    public static let generator = "\(name) \(number)"
}
