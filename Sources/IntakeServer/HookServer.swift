import Dispatch
import Foundation
import Hummingbird
import HummingbirdCore
import IntakeAudit
import IntakeBundle
import IntakeDecision
import IntakeIO
import IntakeLedger
import IntakePDF
import IntakePipeline
import IntakeRun
public import Logging
import NIOCore
import ServiceLifecycle
import UnixSignals

/// `intake serve`: the online-submission hook. Decides an uploaded bundle with the same
/// pipeline, reports and ledger as `intake run`, over HTTP (Hummingbird 2), until SIGTERM
/// or SIGINT: then it stops accepting, finishes the checks in flight and returns. SIGHUP
/// reloads the catalog.
public enum HookServer {
    /// Every route served, as `(method, path)` with OpenAPI's `{parameter}` syntax.
    public static var routes: [(method: String, path: String)] { Routes.all.map { ($0.method.rawValue, $0.path) } }

    /// A reason the server cannot start (exit 2).
    public struct StartupError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Runs the server until a shutdown signal; `ready` is called with the bound address
    /// once it accepts connections.
    public static func run(
        _ options: ServeOptions, logger: Logger, ready: @escaping @Sendable (String) -> Void = { _ in }
    ) async throws {
        let started = DispatchTime.now()
        // Until the reload service traps it, a SIGHUP must not end the process.
        signal(SIGHUP, SIG_IGN)
        let data = BytePath(options.data)
        let lock: FolderLock?
        do {
            try FileSystem.makeFolders(data)
            // Replicas on a shared ledger share the data folder; alone, one server per folder.
            lock = options.ledgerLocation.isShared ? nil : try FolderLock(folder: data, name: ".intake-serve.lock")
        } catch {
            throw StartupError(
                description: error.code == .busy
                    ? "another intake serve uses the data folder \(options.data.path)"
                    : "cannot use the data folder \(options.data.path): \(error)")
        }
        defer { withExtendedLifetime(lock) {} }
        let ledgerLock = try lockLedger(options.ledgerLocation)
        defer { withExtendedLifetime(ledgerLock) {} }

        let checker: Checker
        do {
            checker = try Checker.load(home: options.home, pipeline: options.pipeline)
        } catch {
            throw StartupError(description: "cannot load the catalog: \(error)")
        }
        var tokens: TokenDigests?
        if let file = options.tokens {
            do { tokens = try TokenDigests(contentsOf: file) } catch { throw StartupError(description: "\(error)") }
        } else {
            logger.warning("no --tokens file: every client may post bundles (use it outside development)")
        }

        let ledger: SQLLedger
        let runID: Int64
        do {
            try BatchRun.refuseMissingLedger(options.ledgerLocation, out: options.data)
        } catch {
            throw StartupError(description: "\(error)")
        }
        do {
            ledger = try options.ledgerLocation.open()
        } catch {
            throw StartupError(description: "cannot open the ledger \(options.ledgerLocation): \(error)")
        }
        // Whole in its one file however the server ends, a failed start too (round 49, tester d; the review: a start that
        // failed after the run began, archiving the catalog, left it in the -wal file).
        defer { try? ledger.checkpoint() }
        // A ledger that is not this folder's, or behind it (restored from an older backup),
        // would have the server reuse seal numbers and run ids and overwrite sealed files, as
        // `intake run` refuses to (round 21: only the run refused).
        do {
            try BatchRun.refuseForeignLedger(ledger, options.ledgerLocation, out: options.data)
        } catch {
            throw StartupError(description: "\(error)")
        }
        var deadRun: Int64?
        do {
            for run in try ledger.closeInterruptedRuns(channel: .online) {
                deadRun = run.id
                logger.notice(
                    "a previous server stopped without closing its run",
                    metadata: ["run": "\(run.id)", "decided": "\(run.decided)"])
            }
            for unfinished in try ledger.unfinishedReports(channel: .online) {
                for file in unfinished.pending.files where unfinished.current.map({ !$0.files.contains(file) }) ?? true {
                    FileSystem.remove(data.appending(BytePath(file)))
                }
                try ledger.clearAnnouncement(sha256: unfinished.sha256)
            }
            runID = try ledger.beginRun(
                inbox: "http://\(options.host):\(options.port)", catalogVersion: checker.catalogVersion, jobs: options.workers,
                channel: .online)
        } catch {
            throw StartupError(description: "cannot open the ledger \(options.ledgerLocation): \(error)")
        }
        do {
            try CatalogArchive.archive(checker.decider.catalog, out: options.data)
        } catch {
            try? ledger.finishRun(runID, decided: 0, seconds: 0, status: .interrupted)
            throw StartupError(
                description: "cannot archive catalog \(checker.catalogVersion) under \(options.data.path): \(error)")
        }
        let uploads = data.appending(BytePath("uploads"))
        removeLeftoverUploads(uploads)
        // Private whoever made it (a folder of an earlier version was 0755; README: 0700).
        _ = uploads.withCString { chmod($0, 0o700) }
        // Half-written report files of a killed server (a live writer's are left alone;
        // shared, another host's writer may be at work: only old ones).
        _ = AtomicWriter.removeTemporaries(
            under: data.appending(BytePath("reports")), minimumAge: ledger.shared ? max(600, 4 * ledger.leaseSeconds) : 0)
        // The decisions of a server stopped without closing its run (a second signal, a kill)
        // are sealed now, as its own shutdown would have: `audit verify` finds them unsealed
        // otherwise until the first period's seal (round 29, tester 4).
        if let deadRun {
            do {
                if let seal = try Sealer(ledger: ledger, out: options.data, key: options.signingKey).seal(
                    channel: .online, runID: deadRun)
                {
                    logger.notice(
                        "sealed the decisions of the previous server's run",
                        metadata: ["run": "\(deadRun)", "seal": .string(seal.file), "entries": "\(seal.entries)"])
                }
            } catch {
                // As a period's seal that fails: logged, and the next period seals what is unsealed.
                logger.error(
                    "cannot seal the decisions of the previous server's run; the next period tries again",
                    metadata: ["run": "\(deadRun)", "error": "\(error)"])
            }
        }

        let acceptedTokens = tokens
        let metrics = ServerMetrics()
        let state = ServerState(
            options: options, checker: checker, ledger: ledger, runID: runID, tokens: tokens, metrics: metrics, logger: logger)
        let app = Application(
            router: Routes.router(state),
            server: HTTPServerBuilder { responder in
                HookHTTP1Channel(
                    http1: HTTP1Channel(
                        responder: responder,
                        configuration: .init(
                            additionalChannelHandlers: [ExpectContinueHandler(maxBody: options.maxBody, tokens: acceptedTokens)],
                            idleTimeout: TimeAmount(options.idleTimeout))),
                    headTimeout: TimeAmount(options.stallTimeout), metrics: metrics)
            },
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: "intake"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? options.port
                let address = "http://\(options.host.contains(":") ? "[\(options.host)]" : options.host):\(port)"
                // The run began before the port was bound: with --port 0 it named port 0.
                do {
                    try ledger.setRunInbox(runID, inbox: address)
                } catch {
                    logger.error("cannot record the address in the ledger", metadata: ["error": "\(error)"])
                }
                logger.info(
                    "listening",
                    metadata: [
                        "address": .string(address), "catalog": .string(checker.catalogVersion),
                        "pdf_check": .string(PDFChecker.shared.modeDescription),
                    ])
                ready(address)
            },
            logger: logger)
        let group = ServiceGroup(
            configuration: .init(
                services: [
                    .init(service: app), .init(service: ReloadOnHangup(state: state)),
                    .init(service: SealPeriodically(state: state, runID: runID)),
                ] + (ledger.shared ? [.init(service: KeepLease(state: state, ledger: ledger, runID: runID))] : []),
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger))
        let signals = Task { await StopOnSignals(state: state).run() }
        defer { signals.cancel() }
        do {
            try await group.run()
        } catch {
            // A server that never listened (or stopped on an error) closes its run: left `running`, the next start took it
            // for a server stopped without closing it (round 47, tester d).
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
            // What it decided is sealed first, as its own shutdown would (the next start no longer finds a dead run).
            if state.decided > 0 { await state.seal(runID: runID) }
            try? ledger.finishRun(runID, decided: state.decided, seconds: seconds, status: .interrupted)
            throw Self.startupError(error, options: options)
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        // The decisions since the last seal: sealed before the run is closed.
        await state.seal(runID: runID)
        try? ledger.finishRun(runID, decided: state.decided, seconds: seconds)
        // The ledger file whole on its own once the server stops (a copy of it is a backup): the deferred checkpoint.
        logger.info("stopped", metadata: ["decided": "\(state.decided)"])
    }

    /// What the server's failure to run says: a bind that failed in words, with the address, rather than NIO's errno
    /// text or a resolver's type name.
    static func startupError(_ error: any Error, options: ServeOptions) -> StartupError {
        let address = "\(options.host.contains(":") ? "[\(options.host)]" : options.host):\(options.port)"
        switch error {
        case let error as IOError where [EADDRINUSE, EACCES, EADDRNOTAVAIL].contains(error.errnoCode):
            let why =
                switch error.errnoCode {
                case EADDRINUSE: "the port is already in use (another server, or another intake serve, listens there)"
                case EACCES: "this user may not listen on that port (ports under 1024 need privileges)"
                default: "that address is not one of this machine's (--host)"
                }
            return StartupError(description: "cannot listen on \(address): \(why); choose another --port or --host")
        case let error as SocketAddressError.UnknownHost:
            return StartupError(
                description:
                    "cannot listen on \(address): the host name --host \(options.host) does not resolve (\(error.errorDescription)); "
                    + "choose another --host")
        case let error as SocketAddressError:
            return StartupError(
                description: "cannot listen on \(address): --host \(options.host) is not an address to listen on (\(error))")
        default:
            return StartupError(description: "the server stopped: \(error)")
        }
    }

    /// The lock on an SQLite ledger, so that no two servers record in one ledger
    /// (`LedgerLocation.lock(kind:)`).
    static func lockLedger(_ location: LedgerLocation) throws -> FolderLock? {
        do {
            return try location.lock(kind: "intake-serve")
        } catch {
            throw StartupError(
                description: error.code == .busy
                    ? "another intake serve uses the ledger \(location.path)"
                    : "cannot lock the ledger \(location.path): \(error)")
        }
    }

    /// Upload folders a killed server left (`uploads/u-*`), and the per-process upload
    /// folders of this host's dead replicas (`uploads/HOST.PID/`).
    static func removeLeftoverUploads(_ uploads: BytePath) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: uploads.fileManagerPath) else { return }
        let prefix = ThisHost.name + "."
        for name in names {
            if name.hasPrefix(prefix), let pid = pid_t(name.dropFirst(prefix.count)) {
                guard !ThisHost.isRunning(pid) else { continue }
            } else if !name.hasPrefix("u-") {
                continue
            }
            try? FileManager.default.removeItem(atPath: uploads.appending(BytePath(name)).fileManagerPath)
        }
    }
}

/// Renews the server's run lease on a shared ledger (every third of the lease). When the
/// lease is lost (another replica found it run out and closed the run), the server stops:
/// its claims belong to others now, and the ledger would refuse its decisions anyway.
struct KeepLease: Service {
    let state: ServerState
    let ledger: any LedgerStore
    let runID: Int64

    func run() async throws {
        let every = Duration.milliseconds(Int64(max(0.05, ledger.leaseSeconds / 3) * 1000))
        while !Task.isShuttingDownGracefully {
            do {
                try await cancelWhenGracefulShutdown { try await Task.sleep(for: every) }
            } catch {
                return
            }
            let (ledger, runID) = (self.ledger, self.runID)
            // A failure (the database restarting) is retried at the next beat.
            if let alive = try? await state.blocking({ try ledger.renewLease(run: runID) }), !alive {
                state.logger.error("the server lost its lease on the shared ledger: stopping", metadata: ["run": "\(runID)"])
                throw ServerError.leaseLost
            }
        }
    }

    enum ServerError: Error { case leaseLost }
}

/// Beside the service group's graceful shutdown on SIGTERM or SIGINT (which waits for every
/// connection): the first signal starts the grace after which uploads still arriving are
/// cut, so that a client trickling its upload cannot hold the shutdown; a second one stops
/// the process at once (128 + the signal, as a process a signal ends), where it was only
/// swallowed and SIGKILL was the way out. What it leaves (an upload's folder, the open run,
/// decisions not sealed yet) the next start clears, closes and seals.
struct StopOnSignals {
    let state: ServerState

    func run() async {
        var caught = 0
        for await signal in await UnixSignalsSequence(trapping: .sigterm, .sigint) {
            caught += 1
            if caught == 1 {
                state.beginStopping()
                state.logger.notice(
                    "stopping: no new connections; uploads still arriving are cut after the grace, checks in flight finish",
                    metadata: ["signal": "\(signal)", "grace_s": "\(state.options.shutdownGrace.components.seconds)"])
            } else {
                state.logger.warning("a second shutdown signal: stopping at once", metadata: ["signal": "\(signal)"])
                exit(128 + signal.rawValue)
            }
        }
    }
}

/// Seals the decisions made every `sealEvery` seconds (the last seal is made at shutdown).
struct SealPeriodically: Service {
    let state: ServerState
    let runID: Int64

    func run() async throws {
        let every = Duration.milliseconds(Int64(max(1, state.options.sealEvery) * 1000))
        while !Task.isShuttingDownGracefully {
            // Graceful shutdown ends the wait (the shutdown's own seal follows the group).
            do {
                try await cancelWhenGracefulShutdown { try await Task.sleep(for: every) }
            } catch {
                return
            }
            await state.seal(runID: runID)
        }
    }
}

/// SIGHUP: reload the catalog, without stopping the server or a request.
struct ReloadOnHangup: Service {
    let state: ServerState

    func run() async throws {
        for await _ in await UnixSignalsSequence(trapping: .sighup).cancelOnGracefulShutdown() {
            await state.reload()
        }
    }
}
