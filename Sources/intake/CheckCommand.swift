import ArgumentParser
import Foundation
import IntakeBundle
import IntakeCatalog
import IntakeCommandSupport
import IntakeDecision
import IntakeEvidence
import IntakeManifest
import IntakeModel
import IntakePipeline
import IntakeReport

/// `intake check BUNDLE.zip`: decide one application and print its report.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Decide one bundle: accepted, accepted-deferred, returned, refused or invalid.",
        discussion: """
            Prints the report on standard output. With --out, also writes it as JSON, XML and
            HTML into that folder, each file atomically.
            Exit status: 0 acceptance (accepted, accepted-deferred), 1 rejection (returned,
            refused, invalid), 2 could not judge (bad arguments, unreadable catalog).
            """)

    @Argument(help: "The bundle (.zip).") var bundle: String
    @Option(help: "Output format: json, xml, html or text.") var format: ReportFormat = .text
    @Option(help: "Also write every format into this folder.") var out: String?
    @Option(help: "The pipeline definition (default: Pipelines/default.pipeline.xml).") var pipeline: String?

    func run() throws {
        let path = BundleArgument.regularFile(bundle, command: "check")
        let checker = Tooling.checker(pipeline: pipeline)
        let report = checker.check(path)
        if let out {
            do {
                try Checker.write(report, to: URL(fileURLWithPath: out))
            } catch {
                Self.fail("cannot write the report: \(error)")
            }
        }
        print(format.render(report), terminator: format == .json || format == .text ? "" : "\n")
        if !report.verdict.isAcceptance { throw ExitCode(1) }
    }
}

extension ReportFormat: ExpressibleByArgument {}
