import Dispatch
import IntakeIO
import Prometheus

/// Bounds the checks: `workers` run at once on threads of their own (``WorkerThreads``:
/// blocking file and CPU work stays off the server's event loops and off the Dispatch
/// threads Swift's concurrency runs the server's tasks on), at most `queue` wait for one,
/// and one more is refused at once (`QueueFull`, answered 503).
actor CheckGate {
    struct QueueFull: Error {}

    private let workers: Int
    private let queueLimit: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []
    private let metrics: ServerMetrics
    /// As many as `workers`; the server's for its lifetime.
    private let threads: WorkerThreads

    init(workers: Int, queue: Int, metrics: ServerMetrics) {
        self.workers = max(1, workers)
        threads = WorkerThreads(count: max(1, workers), name: "intake-check")
        self.queueLimit = max(0, queue)
        self.metrics = metrics
    }

    /// Runs `body` on a worker thread once one is free; throws `QueueFull` when the queue is.
    func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await acquire()
        defer { release() }
        return try await threads.run(body)
    }

    private func acquire() async throws {
        if running < workers {
            running += 1
            metrics.checksInFlight.set(Int64(running))
            return
        }
        guard waiting.count < queueLimit else { throw QueueFull() }
        await withCheckedContinuation {
            waiting.append($0)
            metrics.checksQueued.set(Int64(waiting.count))
        }
        // The releasing task handed its place over: `running` was not decremented.
    }

    private func release() {
        if waiting.isEmpty {
            running -= 1
        } else {
            waiting.removeFirst().resume()
        }
        metrics.checksInFlight.set(Int64(running))
        metrics.checksQueued.set(Int64(waiting.count))
    }

    /// Checks waiting for a worker now.
    var queued: Int { waiting.count }
}
