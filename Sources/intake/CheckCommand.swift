import ArgumentParser
import Foundation
import IntakeBundle
import IntakeCatalog
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

extension Tooling {
    /// The project's home and the pipeline file --pipeline names (default:
    /// Pipelines/default.pipeline.xml under the home).
    static func pipelineFile(_ pipeline: String?) -> (home: URL, url: URL) {
        let home = home()
        return (home, pipeline.map { URL(fileURLWithPath: $0) } ?? home.appendingPathComponent(CatalogLoader.defaultPipeline))
    }

    /// The catalog named by --pipeline (or the default), or exit 2.
    static func catalog(pipeline: String?) -> Catalog {
        let (home, url) = pipelineFile(pipeline)
        do {
            return try CatalogLoader(home: home).load(pipeline: url)
        } catch {
            CheckCommand.fail("cannot load the catalog \(url.path): \(error)")
        }
    }

    /// Only the pipeline's settings (limits), or exit 2.
    static func settings(pipeline: String?) -> PipelineSettings {
        let (home, url) = pipelineFile(pipeline)
        do {
            return try CatalogLoader(home: home).settings(pipeline: url)
        } catch {
            CheckCommand.fail("cannot read the pipeline \(url.path): \(error)")
        }
    }

    /// Inspector and decider over one catalog, with the pipeline's limits.
    static func checker(pipeline: String?) -> Checker {
        let catalog = catalog(pipeline: pipeline)
        do {
            let parser = try ManifestParser(home: home())
            return Checker(inspector: Inspector(parser: parser, limits: catalog.limits), decider: Decider(catalog: catalog))
        } catch {
            CheckCommand.fail("\(error)")
        }
    }
}
