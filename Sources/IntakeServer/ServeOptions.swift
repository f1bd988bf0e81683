public import Foundation
public import IntakeAudit
public import IntakeLedger

/// What `intake serve` is started with.
public struct ServeOptions: Sendable {
    /// The project's home (Schemas/, Pipelines/).
    public var home: URL
    /// Another pipeline definition than the home's default.
    public var pipeline: URL?
    public var host = "127.0.0.1"
    /// 0: an ephemeral port (the one bound is printed on standard output).
    public var port = 8080
    /// The data folder: report sets under `reports/` (the layout of `intake run --out`),
    /// uploads being received under `uploads/`, and the ledger unless `ledger` is given.
    public var data: URL
    /// The ledger (`ledger.sqlite` of the data folder by default). Report paths in it are
    /// relative to the data folder: to share with the nightly run, share the folder. A
    /// PostgreSQL ledger is shared by replicas (on several hosts, over one data folder on
    /// shared storage): an upload repeated to another replica is answered from it.
    public var ledger: LedgerLocation?
    /// A file of lowercase hex SHA-256 digests of the accepted bearer tokens, one per line
    /// (`#` comments); nil: no authentication (a warning is logged).
    public var tokens: URL?
    /// The largest bundle accepted, in bytes.
    public var maxBody: Int64 = 256 << 20
    /// Checks decided at once (threads doing CPU and file work).
    public var workers = ProcessInfo.processInfo.activeProcessorCount
    /// Checks that may wait for a worker; one more is answered 503 with Retry-After.
    public var queue = 64
    /// Uploads received at once (each a descriptor and up to `maxBody` bytes on disk); one
    /// more is answered 503 with Retry-After.
    public var maxUploads = 64
    /// A client that sends nothing for this long in the middle of an upload gets 408.
    public var stallTimeout: Duration = .seconds(15)
    /// Bytes a second an upload must average once it has run for `stallTimeout` (408 when
    /// it does not); 0: no least rate. 8 KiB/s by default: a 256 MiB bundle in 9 hours,
    /// while a client trickling a byte now and then is cut after `stallTimeout`.
    public var minUploadRate: Int64 = 8192
    /// After a shutdown signal, uploads still arriving are cut (503) after this long; the
    /// checks in flight finish.
    public var shutdownGrace: Duration = .seconds(5)
    /// An idle keep-alive connection is closed after this long.
    public var idleTimeout: Duration = .seconds(60)
    /// Serve /metrics to any address, not only to loopback.
    public var metricsPublic = false

    /// Seconds between two seals of the decisions made (and one more at shutdown).
    public var sealEvery: Double = 3600
    /// Signs each seal (Ed25519); nil: unsigned.
    public var signingKey: SigningKey?

    public init(home: URL, data: URL) {
        self.home = home
        self.data = data
    }

    public var ledgerLocation: LedgerLocation { ledger ?? .sqlite(data.appendingPathComponent("ledger.sqlite")) }
}
