import Foundation

/// Threads of their own for blocking work (checking a bundle: reading, inflating, hashing,
/// parsing), awaited from async code.
///
/// Not `DispatchQueue.global()`: on Linux, Swift's concurrency runs its tasks on the same
/// Dispatch root queues, whose pool adds a thread only when fewer than one per core are
/// runnable. Checks busy on the CPU there hold every thread, and the server's own tasks
/// (answering `/healthz`, reading the next upload) waited behind them: two uploads whose
/// manifests took libxml2 15 s held `/healthz` 14 s (round 27, tester 3). These threads are
/// the operating system's to schedule beside the server's, whatever they do.
public final class WorkerThreads: @unchecked Sendable {
    private let condition = NSCondition()
    /// Each job runs its work and returns how to resume its caller: the thread lets go of
    /// the job (and what its work captured) before resuming, so that nothing the work held
    /// (a run's folder lock) outlives the awaited call (a second run on the same folder found
    /// it locked under load).
    private var jobs: [(() -> (() -> Void))?] = []
    private var head = 0
    private var closed = false
    private var alive: Int

    /// Starts `count` threads named `name-N`.
    public init(count: Int, name: String) {
        alive = max(1, count)
        for i in 0..<alive {
            let thread = Thread { [self] in work() }
            thread.name = "\(name)-\(i)"
            thread.start()
        }
    }

    private func work() {
        while true {
            condition.lock()
            while head == jobs.count && !closed { condition.wait() }
            guard head < jobs.count else {
                alive -= 1
                condition.broadcast()
                condition.unlock()
                return
            }
            var job = jobs[head]
            jobs[head] = nil
            head += 1
            if head == jobs.count {
                jobs.removeAll(keepingCapacity: true)
                head = 0
            }
            condition.unlock()
            let resume = job?()
            job = nil
            resume?()
        }
    }

    /// Runs `body` on one of the threads and returns what it returns (or throws).
    /// After ``finish()``, throws `CancellationError` without running it.
    public func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            condition.lock()
            defer { condition.unlock() }
            guard !closed else {
                continuation.resume(throwing: CancellationError())
                return
            }
            jobs.append {
                let result = Result { try body() }
                return { continuation.resume(with: result) }
            }
            condition.signal()
        }
    }

    /// Lets the threads end once the work given them is done; waits until they have.
    public func finish() {
        condition.lock()
        closed = true
        condition.broadcast()
        while alive > 0 { condition.wait() }
        condition.unlock()
    }
}
