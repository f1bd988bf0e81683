import ArgumentParser
import Foundation
import IntakeBundle
import IntakeCatalog
import IntakeCommandSupport
import IntakeDecision
import IntakeEvidence
import IntakeIO
import IntakeManifest
import IntakeModel
import IntakePDF
import IntakePipeline
import IntakeReport

/// `intake check BUNDLE.zip`: decide one application and print its report.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Decide one bundle: accepted, accepted-deferred, returned, refused or invalid.",
        discussion: """
            Prints the report on standard output. With --out, also writes it as JSON, XML and HTML into \
            that folder, each file atomically.

            Exit status: 0 acceptance (accepted, accepted-deferred), 1 rejection (returned, refused, \
            invalid), 2 could not judge (bad arguments, unreadable catalog).
            """)

    @Argument(help: "The bundle (.zip), or - to read it from standard input.") var bundle: String
    @Option(help: "Output format: json, xml, html or text.") var format: ReportFormat = .text
    @Option(help: "Also write every format into this folder.") var out: String?
    @Option(help: "The pipeline definition (default: Pipelines/default.pipeline.xml).") var pipeline: String?
    @Option(help: "With -: the file name the report shows (default stdin.zip).") var name: String?
    @Option(help: "With -: the largest bundle read from standard input, in bytes (default 2147483648, 2 GiB).")
    var maxBody: Int64 = BundleArgument.StandardInput.defaultLimit

    func run() throws {
        guard maxBody >= 1 else { throw ValidationError("--max-body must be at least 1") }
        try Self.check(
            Arguments(bundle: bundle, format: format, out: out, pipeline: pipeline, name: name, maxBody: maxBody))
    }

    /// What `check` was asked, however it was parsed.
    struct Arguments: Equatable {
        var bundle: String
        var format = ReportFormat.text
        var out: String?
        var pipeline: String?
        var name: String?
        var maxBody = BundleArgument.StandardInput.defaultLimit
    }

    /// The plain forms of `check`'s arguments (`BUNDLE` and `--format|--out|--pipeline|--name
    /// VALUE`, each at most once, in any order), read without ArgumentParser: a `check` runs
    /// as a process of its own per bundle, and ArgumentParser's reflection of the commands
    /// (type metadata and protocol conformance look-ups over the whole binary) is ~4 ms of
    /// a 20 ms start. Anything else (help, `--format=json`, an unknown option, a value
    /// starting with `-`, a bad format) is nil: the caller parses it the usual way, so every
    /// message and usage line is ArgumentParser's.
    static func plainArguments(_ arguments: [String]) -> Arguments? {
        var bundle: String?
        var values: [String: String] = [:]
        var i = 0
        while i < arguments.count {
            let argument = arguments[i]
            if ["--format", "--out", "--pipeline", "--name", "--max-body"].contains(argument) {
                guard i + 1 < arguments.count, values[argument] == nil, !arguments[i + 1].hasPrefix("-") else { return nil }
                values[argument] = arguments[i + 1]
                i += 2
            } else {
                guard bundle == nil, argument == "-" || !argument.hasPrefix("-") else { return nil }
                bundle = argument
                i += 1
            }
        }
        guard let bundle else { return nil }
        var parsed = Arguments(bundle: bundle, out: values["--out"], pipeline: values["--pipeline"], name: values["--name"])
        if let limit = values["--max-body"] {
            guard let bytes = Int64(limit), bytes >= 1 else { return nil }
            parsed.maxBody = bytes
        }
        if let format = values["--format"] {
            guard let known = ReportFormat(rawValue: format) else { return nil }
            parsed.format = known
        }
        return parsed
    }

    static func check(_ arguments: Arguments) throws {
        do {
            try BundleArgument.requireUTF8(arguments.out, option: "--out")
        } catch {
            Tooling.fail("\(error)", code: "usage")
        }
        PDFChecker.shared.prestart()  // starts while the pipeline and the bundle are read
        let (bundle, format, out, pipeline, name) = (
            arguments.bundle, arguments.format, arguments.out, arguments.pipeline, arguments.name
        )
        let input = bundle == "-" ? BundleArgument.StandardInput(name: name, limit: arguments.maxBody) : nil
        defer { input?.remove() }
        let path = input?.path ?? BundleArgument.regularFile(bundle, command: "check")
        // One decision: inspect with the pipeline's limits, then load only the matter the
        // manifest names (the version stays the whole catalog's: every file is hashed).
        // The pipeline is read once: its limits now, the catalog it names after the bundle.
        let definition = Tooling.pipeline(pipeline)
        let inspector = Tooling.inspector(limits: definition.settings.limits)
        // The matter's catalog loads while the PDF helper checks the PDFs (when there are any).
        var early: (code: String, catalog: Catalog)?
        var (inspection, document) = inspector.inspect(path) { code in
            early = (code, Tooling.catalog(definition, only: code.isEmpty ? [] : [code]))
        }
        // The PDFs are answered: the helper goes away.
        PDFChecker.shared.letIdleGo()
        let code = inspection.manifest?.matterCode ?? ""
        let catalog =
            early.flatMap { $0.code == code ? $0.catalog : nil } ?? Tooling.catalog(definition, only: code.isEmpty ? [] : [code])
        // A bundle with a JPEG or PNG filed under a material whose photos are judged by their
        // colours (白底, 蓝底, 彩照: three matters of the catalog) is read again, its photos
        // decoded; any other bundle is read once. (Round 33, tester l: a PNG was not read again,
        // so `check` left its colours to the clerk where `run` and `serve` judged them.)
        let judgingColours = Inspector(parser: inspector.parser, catalog: catalog)
        if let asked = judgingColours.decodesColours,
            inspection.documents.contains(where: {
                PhotoColours.decodedTypes.contains($0.detectedType ?? "") && asked(code, $0.material)
            })
        {
            (inspection, document) = judgingColours.inspect(path)
        }
        let decision = Decider(catalog: catalog).decide(inspection, document: document)
        let report = Report(inspection: inspection, decision: decision, catalog: catalog)
        if let out {
            do {
                try Checker.write(report, to: URL(fileURLWithPath: out))
            } catch {
                Tooling.fail("无法写入报告 cannot write the report: \(Self.reason(error))", code: "output")
            }
        }
        print(format.render(report), terminator: format == .json || format == .text ? "" : "\n")
        if !report.verdict.isAcceptance { throw ExitCode(1) }
    }
}

extension ReportFormat: ExpressibleByArgument {}

extension ParsableCommand {
    /// One line for a file-system error: the reason, without Foundation's domain and code.
    static func reason(_ error: any Error) -> String {
        if let fs = error as? FileSystemError { return fs.path.map { "\($0): \(fs.reason)" } ?? fs.reason }
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSCocoaErrorDomain {
            switch ns.code {
            case NSFileWriteFileExistsError: return "a file is in the way (not a folder)"
            case NSFileWriteNoPermissionError: return "permission denied"
            case NSFileWriteOutOfSpaceError: return "no space left on the device"
            case NSFileWriteVolumeReadOnlyError: return "read-only file system"
            default: break
            }
        }
        return ns.localizedDescription
    }
}
