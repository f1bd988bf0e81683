import Dispatch

/// A call run on a thread of its own while the caller goes on, its result awaited once
/// with ``wait()``. A serial queue of its own, so a new thread serves it at once if none
/// is idle: it never waits behind workers blocked in calls of their own (the shared
/// global queues are sized to the cores). Safe: the result is written once before the
/// semaphore is signalled and read only after it was waited for.
public final class BackgroundCall<T: Sendable>: @unchecked Sendable {
    private var result: T?
    private let done = DispatchSemaphore(value: 0)

    public init(_ label: String, _ call: @escaping @Sendable () -> T) {
        DispatchQueue(label: label).async {
            self.result = call()
            self.done.signal()
        }
    }

    /// The call's result, once it has returned. Call once.
    public func wait() -> T {
        done.wait()
        return result!
    }
}
