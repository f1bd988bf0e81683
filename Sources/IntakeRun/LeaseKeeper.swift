import Foundation
import IntakeLedger
import Synchronization

/// Keeps a run's lease on a shared ledger alive: renews it (with the run's claims and the
/// bundles it took from the queue) every third of the lease, on a thread of its own. When
/// the ledger says the run is no longer `running` (it could not renew in time and another
/// process closed it), the run is asked to stop (``RunStop/leaseLost``): its bundles
/// belong to others now, and the ledger would refuse its decisions anyway.
final class LeaseKeeper: Sendable {
    /// Whether the run is done; held during each renewal, so that ``finish()`` waits for one
    /// in flight (a renewal that saw the run just closed by its own process must not ask it
    /// to stop for a lost lease).
    private let finished = Mutex<Bool>(false)

    init(ledger: any LedgerStore, run: Int64, stop: RunStop) {
        let interval = max(0.05, ledger.leaseSeconds / 3)
        let thread = Thread { [self] in
            while true {
                Thread.sleep(forTimeInterval: interval)
                let go = self.finished.withLock { finished -> Bool in
                    guard !finished else { return false }
                    // A failure (the database restarting, the network) is retried at the next
                    // beat; the lease covers a few missed ones.
                    if let alive = try? ledger.renewLease(run: run), !alive {
                        stop.request(signal: RunStop.leaseLost)
                        return false
                    }
                    return true
                }
                guard go else { return }
            }
        }
        thread.name = "intake-lease"
        thread.start()
    }

    /// Stops renewing, once a renewal in flight is over (the run is about to be closed; its
    /// lease would run out by itself).
    func finish() { finished.withLock { $0 = true } }
}
