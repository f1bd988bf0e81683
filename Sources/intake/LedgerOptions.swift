import ArgumentParser
import IntakeCommandSupport
import IntakeLedger

/// `--ledger` and `--lease`, as `run` and `serve` take them.
struct LedgerOptions: ParsableArguments {
    @Option(
        help:
            "The ledger: a file or sqlite:PATH (default: ledger.sqlite in the output or data folder; report paths in it are relative to that folder) or postgres://USER@HOST:PORT/DATABASE (shared by several runs, replicas and hosts)."
    )
    var ledger: String?
    @Option(help: "Seconds a run's lease on a shared ledger lasts without renewal (renewed every third).")
    var lease: Double = 30

    func validate() throws {
        if !(lease >= 1 && lease <= 3600) { throw ValidationError("--lease must be between 1 and 3600 seconds") }
    }

    /// The ledger asked for; nil: the default SQLite file.
    func location() throws(LedgerError) -> LedgerLocation? {
        try ledger.map { (argument) throws(LedgerError) in try LedgerLocation(argument: argument, lease: lease) }
    }
}

/// `--ledger` of the audit commands: which ledger holds the decisions of OUT.
struct AuditLedgerOption: ParsableArguments {
    @Option(help: "The ledger, when it is not OUT/ledger.sqlite: sqlite:PATH or postgres://USER@HOST:PORT/DATABASE.")
    var ledger: String?

    /// The ledger asked for; nil: OUT/ledger.sqlite. Exits (status 2) on a malformed one.
    func location() -> LedgerLocation? {
        guard let ledger else { return nil }
        do { return try LedgerLocation(argument: ledger) } catch { Tooling.fail("\(error)") }
    }
}
