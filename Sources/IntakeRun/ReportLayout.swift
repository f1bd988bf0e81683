import Foundation
import IntakeDecision
import IntakeLedger
import IntakeModel
import IntakePipeline
public import IntakeReport

/// Where a bundle's reports go under the output folder, browsable by date, verdict and
/// matter: `reports/<submitted date in China Standard Time>/<verdict>/<matter>/<base>.{json,xml,html}`, with
/// `unknown` for a date or matter the bundle does not give. Deterministic: the same
/// report always gets the same paths.
public enum ReportLayout {
    public static let folder = "reports"
    public static let extensions = ReportSet.extensions

    /// The folder (relative to the output folder) and base name of a report's files.
    public static func place(_ report: Report) -> (dir: String, base: String) {
        let day = folderDay(report.submitted)
        let matter = Checker.safeName(report.matter.code)
        return ("\(folder)/\(day)/\(report.verdict.rawValue)/\(matter.isEmpty ? "unknown" : matter)", Checker.baseName(report))
    }

    /// The report folder's date for a `submitted` instant: its date in China Standard Time
    /// (`2025-06-30T20:00:00Z` is 2025-07-01), the date that counts whatever offset the
    /// producer wrote (Pipelines/contract/bundle-format.md), so that a day's and a month's folders hold
    /// that day's and month's submissions; `unknown` when it is no dateTime with an offset
    /// or its year is not one of four digits (`-0001-…`, `12025-…`: never a folder named by
    /// a cut-off string).
    static func folderDay(_ submitted: String) -> String {
        guard let date = CalendarDate(chinaDateOf: submitted), (1...9999).contains(date.year) else { return "unknown" }
        return date.description
    }

    /// The report files of a set, relative to the output folder.
    public static func files(dir: String, base: String) -> [String] {
        ReportSet(dir: dir, base: base).files
    }
}
