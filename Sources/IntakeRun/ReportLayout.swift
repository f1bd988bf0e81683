import Foundation
import IntakeDecision
import IntakeLedger
import IntakeModel
import IntakePipeline
public import IntakeReport

/// Where a bundle's reports go under the output folder, browsable by date, verdict and
/// matter: `reports/<submitted date>/<verdict>/<matter>/<base>.{json,xml,html}`, with
/// `unknown` for a date or matter the bundle does not give. Deterministic: the same
/// report always gets the same paths.
public enum ReportLayout {
    public static let folder = "reports"
    public static let extensions = ReportSet.extensions

    /// The folder (relative to the output folder) and base name of a report's files.
    public static func place(_ report: Report) -> (dir: String, base: String) {
        let date = report.submitted.prefix(10)
        let day = date.count == 10 && date.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }) ? String(date) : "unknown"
        let matter = Checker.safeName(report.matter.code)
        return ("\(folder)/\(day)/\(report.verdict.rawValue)/\(matter.isEmpty ? "unknown" : matter)", Checker.baseName(report))
    }

    /// The report files of a set, relative to the output folder.
    public static func files(dir: String, base: String) -> [String] {
        ReportSet(dir: dir, base: base).files
    }
}
