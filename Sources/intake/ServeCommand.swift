import ArgumentParser
import Foundation
import IntakeAudit
import IntakeCommandSupport
import IntakeRun
import IntakeServer
import Logging

/// `intake serve`: the online-submission hook over HTTP.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the online-submission hook: POST a bundle, get its report (HTTP API in Schemas/openapi.yaml).",
        discussion: """
            POST /v1/checks with the zip as the body (Content-Type: application/zip) answers the report \
            (JSON, or XML or HTML by the Accept header) with the verdict in the Intake-Verdict header. \
            The same bytes are decided once: a repeated upload is answered from the ledger \
            (Intake-Replayed: true, the recorded report), whatever catalog decided it, also after \
            SIGHUP or a restart with another --pipeline (sealed reports are never rewritten; \
            `intake audit rejudge DATA --catalog PIPELINE` shows what new rules would change). A \
            bundle whose report files were removed from DATA is answered 410 with the missing files \
            (urn:intake:problem:report-removed), not decided again; `intake audit verify DATA` names \
            the removal. GET /v1/reports/{sha256}, /v1/matters, /v1/matters/{code}, /healthz, \
            /readyz, /metrics.

            Reports go under DATA/reports/ as with `intake run --out DATA`; the ledger is \
            DATA/ledger.sqlite unless --ledger names another. To keep both channels in one place, give \
            the nightly run's output folder as DATA (report paths in the ledger are relative to it; a \
            bundle one of them is deciding is claimed in the ledger, and the other waits for that \
            decision instead of making its own). The \
            first line on standard output, once connections are accepted, is \
            `intake serve: listening on URL` (e.g. http://127.0.0.1:8080; with --port 0, the port chosen).

            SIGTERM or SIGINT: stop accepting, finish the checks in flight, exit 0. Uploads still \
            arriving 5 seconds after the signal are cut (503 with Retry-After, their files removed). \
            A second SIGTERM or SIGINT stops at once (exit 128 + the signal; the next start closes \
            the run, seals its decisions and removes what uploads left).

            An upload is cut with 408 when nothing arrives for --upload-timeout seconds, or when, once \
            it has run that long, it averages fewer than --min-upload-rate bytes a second.

            An upload of bytes another request or replica is deciding waits up to 10 seconds for that \
            decision, then is answered 503 with Retry-After (the retry is answered from the ledger).

            SIGHUP: reload the catalog (a check in flight finishes with the one it began with).

            Exit status: 0 after a clean shutdown, 2 when the server cannot start (among the reasons: a \
            data folder whose ledger is missing or records no run while it holds seals or reports, or is behind its \
            seals or run summaries, as `intake run` refuses), 128 + the signal when a second shutdown \
            signal stopped it at once.
            """)

    @Option(help: "The address to listen on.") var host = "127.0.0.1"
    @Option(help: "The port (0: any free port, printed on standard output).") var port = 8080
    @Option(help: "The data folder: reports, uploads in progress, the ledger.") var data = "intake-data"
    @Option(help: "The pipeline definition (default: Pipelines/default.pipeline.xml).") var pipeline: String?
    @OptionGroup var shared: LedgerOptions
    @Option(help: "File of SHA-256 digests (hex) of the accepted bearer tokens, one per line.") var tokens: String?
    @Option(help: "The largest bundle accepted, in bytes (default 268435456, 256 MiB).") var maxBody: Int64 = 256 << 20
    @Option(help: "Checks decided at the same time (default: one per core).") var workers: Int?
    @Option(help: "Checks that may wait for a worker before the server answers 503.") var queue = 64
    @Option(help: "Uploads received at the same time before the server answers 503.") var maxUploads = 64
    @Option(
        help:
            "Seconds without a byte in the middle of an upload, or for a request's header to end, before the server answers 408."
    )
    var uploadTimeout: Double = 15
    @Option(help: "Bytes a second an upload must average once it has run --upload-timeout seconds (0: any).")
    var minUploadRate: Int64 = 8192
    @Flag(help: "Serve /metrics to any address (default: loopback only).") var metricsPublic = false
    @Option(help: "Seconds between two seals of the decisions made (one more at shutdown).") var sealEvery: Double = 3600
    @Option(help: "Sign each seal with this Ed25519 key (made by `intake audit keygen`).") var signKey: String?
    @Option(help: "Log lines as logfmt or json (one object per line).") var logFormat: LineLogHandler.Format = .logfmt

    func validate() throws {
        try BundleArgument.requireUTF8(data, option: "--data")
        if let workers, !(1...256).contains(workers) { throw ValidationError("--workers must be between 1 and 256") }
        if !(sealEvery >= 1 && sealEvery <= 604_800) {
            throw ValidationError("--seal-every must be between 1 second and 604800 (a week)")
        }
        if queue < 0 { throw ValidationError("--queue must not be negative") }
        if maxBody < 1 { throw ValidationError("--max-body must be at least 1") }
        if !(port >= 0 && port <= 65535) { throw ValidationError("--port must be between 0 and 65535") }
        if !(uploadTimeout > 0 && uploadTimeout <= 3600) {
            throw ValidationError("--upload-timeout must be more than 0 and at most 3600 seconds")
        }
        if maxUploads < 1 { throw ValidationError("--max-uploads must be at least 1") }
        if minUploadRate < 0 { throw ValidationError("--min-upload-rate must not be negative") }
    }

    func run() async throws {
        let format = logFormat
        LoggingSystem.bootstrap { LineLogHandler(label: $0, format: format) }
        var logger = Logger(label: "intake.serve")
        logger.logLevel = .info
        var options = ServeOptions(home: Tooling.home(), data: URL(fileURLWithPath: data))
        options.pipeline = pipeline.map { URL(fileURLWithPath: $0) }
        options.host = host
        options.port = port
        do {
            options.ledger = try shared.location()
        } catch {
            FileHandle.standardError.write(Data("intake serve: \(error)\n".utf8))
            Foundation.exit(2)
        }
        options.tokens = tokens.map { URL(fileURLWithPath: $0) }
        options.maxBody = maxBody
        options.workers = workers ?? ProcessInfo.processInfo.activeProcessorCount
        options.queue = queue
        options.maxUploads = maxUploads
        options.stallTimeout = .milliseconds(Int64(uploadTimeout * 1000))
        options.minUploadRate = minUploadRate
        options.metricsPublic = metricsPublic
        options.sealEvery = sealEvery
        if let signKey {
            do {
                options.signingKey = try SigningKey(file: URL(fileURLWithPath: signKey))
            } catch {
                Self.fail("\(error)")
            }
        }
        do {
            try await HookServer.run(options, logger: logger) { address in
                FileHandle.standardOutput.write(Data("intake serve: listening on \(address)\n".utf8))
            }
        } catch {
            Self.fail("\(error)")
        }
    }
}
