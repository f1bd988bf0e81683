import CJemalloc
import Testing

@testable import IntakeRun

#if canImport(Glibc)
    import Glibc
#endif

/// The batch links jemalloc (Sources/IntakeRun/Allocator.swift); linked after the C library
/// it would be loaded and never called. These tests run in a process that links IntakeRun,
/// as `intake` does.
/// Under AddressSanitizer (scripts/sanitize.sh) its runtime's malloc serves the process
/// instead, as it must.
@Suite(.disabled(if: dlsym(UnsafeMutableRawPointer(bitPattern: 0), "__asan_init") != nil, "AddressSanitizer's malloc"))
struct AllocatorTests {
    @Test func jemallocServesTheProcessMalloc() throws {
        #expect(Allocator.servesMalloc)
        let version = try #require(Allocator.version)
        #expect(version.first?.isNumber == true)
        #expect(Allocator.name == "jemalloc \(version)")
    }

    /// What the C libraries allocate (libxml2, libzip, SQLite call `malloc`) goes through it
    /// too: a block from `malloc` is one jemalloc counts for this thread, and `free` gives it
    /// back to jemalloc (its count of freed bytes grows).
    @Test func freeReturnsAJemallocBlock() throws {
        func counter(_ name: String) -> UInt64? {
            var value: UInt64 = 0
            var length = MemoryLayout<UInt64>.size
            return mallctl(name, &value, &length, nil, 0) == 0 ? value : nil
        }
        let before = try #require(counter("thread.deallocated"))
        let block = try #require(malloc(3 << 20))
        memset(block, 1, 3 << 20)
        free(block)
        let after = try #require(counter("thread.deallocated"))
        #expect(after - before >= 3 << 20)
    }
}
