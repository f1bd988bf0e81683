import Foundation
import IntakeLedger
import Synchronization

/// Keeps a run's lease on a shared ledger alive: renews it (with the run's claims and the
/// bundles it took from the queue) every third of the lease, on a thread of its own. When
/// the ledger says the run is no longer `running` (it could not renew in time and another
/// process closed it), the run is asked to stop (``RunStop/leaseLost``): its bundles
/// belong to others now, and the ledger would refuse its decisions anyway.
final class LeaseKeeper: Sendable {
    private let finished = Atomic<Bool>(false)

    init(ledger: any LedgerStore, run: Int64, stop: RunStop) {
        let interval = max(0.05, ledger.leaseSeconds / 3)
        let thread = Thread { [self] in
            while !self.finished.load(ordering: .relaxed) {
                Thread.sleep(forTimeInterval: interval)
                guard !self.finished.load(ordering: .relaxed) else { return }
                // A failure (the database restarting, the network) is retried at the next
                // beat; the lease covers a few missed ones.
                if let alive = try? ledger.renewLease(run: run), !alive {
                    stop.request(signal: RunStop.leaseLost)
                    return
                }
            }
        }
        thread.name = "intake-lease"
        thread.start()
    }

    /// Stops renewing (the run is done; its lease runs out by itself, but the run is closed first).
    func finish() { finished.store(true, ordering: .relaxed) }
}
