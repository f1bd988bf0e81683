import CJemalloc

#if canImport(Glibc)
    import Glibc
#endif

/// The memory allocator of every program that decides bundles in a batch or behind the
/// hook: jemalloc, linked into the executable (before the C library, so its `malloc` and
/// `free` serve the Swift runtime, libxml2, libzip and SQLite alike). On the example-like
/// corpus it costs about 9 % less CPU a bundle than glibc's malloc (scripts/bench-run.sh):
/// deciding a bundle makes tens of thousands of small, short-lived allocations. The PDF
/// helper keeps glibc's: its memory limit (RLIMIT_DATA) counts address space that
/// jemalloc retains.
public enum Allocator {
    /// `jemalloc 5.3.0-0-g54eaed1d8b56…` when jemalloc serves this process' `malloc`,
    /// else `glibc malloc` (jemalloc linked but not the one called, e.g. a library order
    /// that put the C library first).
    public static let name: String = servesMalloc ? "jemalloc \(version ?? "?")" : "glibc malloc"

    /// jemalloc's version string (`mallctl("version")`), nil when it cannot be read.
    public static var version: String? {
        var text: UnsafePointer<CChar>? = nil
        var length = MemoryLayout<UnsafePointer<CChar>?>.size
        guard mallctl("version", &text, &length, nil, 0) == 0, let text else { return nil }
        return String(cString: text)
    }

    /// Whether `malloc` is jemalloc's: the bytes jemalloc counts as allocated by this
    /// thread grow by a block the C `malloc` hands out.
    public static var servesMalloc: Bool {
        guard let before = allocatedByThisThread() else { return false }
        let size = 1 << 20
        guard let block = malloc(size) else { return false }
        defer { free(block) }
        guard let after = allocatedByThisThread() else { return false }
        return after &- before >= UInt64(size)
    }

    private static func allocatedByThisThread() -> UInt64? {
        var value: UInt64 = 0
        var length = MemoryLayout<UInt64>.size
        guard mallctl("thread.allocated", &value, &length, nil, 0) == 0 else { return nil }
        return value
    }
}
