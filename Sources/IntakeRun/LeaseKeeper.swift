import Foundation
import IntakeLedger
import Synchronization

/// Keeps a run's lease on a shared ledger alive: renews it (with the run's claims and the
/// bundles it took from the queue) every third of the lease, on a thread of its own. When
/// the ledger says the run is no longer `running` (it could not renew in time and another
/// process closed it), the run is asked to stop (``RunStop/leaseLost``): its bundles
/// belong to others now, and the ledger would refuse its decisions anyway.
final class LeaseKeeper: Sendable {
    /// Set before the run closes itself: a renewal that then finds the run closed must not
    /// take it for a lost lease (the run closed itself).
    private let finished = Atomic<Bool>(false)

    init(ledger: any LedgerStore, run: Int64, stop: RunStop) {
        let interval = max(0.05, ledger.leaseSeconds / 3)
        let thread = Thread { [self] in
            while !self.finished.load(ordering: .sequentiallyConsistent) {
                Thread.sleep(forTimeInterval: interval)
                guard !self.finished.load(ordering: .sequentiallyConsistent) else { return }
                // A failure (the database restarting, the network) is retried at the next
                // beat; the lease covers a few missed ones.
                if let alive = try? ledger.renewLease(run: run), !alive {
                    if !self.finished.load(ordering: .sequentiallyConsistent) { stop.request(signal: RunStop.leaseLost) }
                    return
                }
            }
        }
        thread.name = "intake-lease"
        thread.start()
    }

    /// Stops renewing; called before the run closes itself in the ledger. Does not wait for a
    /// renewal in flight (which may be waiting for an unreachable server).
    func finish() { finished.store(true, ordering: .sequentiallyConsistent) }
}
