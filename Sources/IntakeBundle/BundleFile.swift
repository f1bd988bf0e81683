import Crypto
import Foundation
import IntakeModel
import Synchronization

/// A bundle file read once: its bytes in memory and their SHA-256, computed in the same
/// pass (each chunk hashed while it is still in the cache), so that the zip is then
/// opened on memory and the file is never read a second time. Only for files up to
/// ``inMemoryLimit``: larger bundles are streamed (and hashed on another thread), so
/// memory stays bounded whatever the bundle size.
///
/// Keeps the file open: ``ZipLayout``'s checks of the local headers read through `fd`
/// (a few hundred bytes, from the page cache).
public final class BundleFile: @unchecked Sendable {
    /// Bundles above this size are streamed, not read into memory.
    public static let inMemoryLimit: Int64 = 64 << 20

    public let path: BytePath
    /// The file's SHA-256 (lowercase hex) and size, from the read that filled `bytes`.
    public let sha256: String
    public let size: Int64
    let fd: Int32
    let bytes: UnsafeMutableRawBufferPointer
    private let buffer: ReadBuffer

    private init(path: BytePath, fd: Int32, buffer: ReadBuffer, count: Int, sha256: String) {
        self.path = path
        self.fd = fd
        self.buffer = buffer
        self.bytes = UnsafeMutableRawBufferPointer(rebasing: buffer.bytes[0..<count])
        self.sha256 = sha256
        self.size = Int64(count)
    }

    deinit {
        close(fd)
        ReadBuffer.giveBack(buffer)
    }

    /// Reads the regular file at `path` whole, hashing it on the way; nil when it is not a
    /// regular file, cannot be opened or read, or is larger than `limit` (or grows past
    /// it while read): the caller then takes the streaming path, which reports why.
    public static func load(_ path: BytePath, limit: Int64 = inMemoryLimit) -> BundleFile? {
        let fd = path.withCString { openReadOnly($0, O_NONBLOCK) }
        guard fd >= 0 else { return nil }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int64(info.st_size) <= limit else {
            close(fd)
            return nil
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        // One byte more than the size says, to see a file that grew while it was read.
        let capacity = Int(info.st_size) + 1
        let kept = ReadBuffer.take(capacity)
        let buffer = kept.bytes
        var hasher = SHA256()
        var filled = 0
        let chunk = 1 << 20
        while filled < capacity {
            let n = read(fd, buffer.baseAddress! + filled, min(chunk, capacity - filled))
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else {
                ReadBuffer.giveBack(kept)
                close(fd)
                return nil
            }
            if n == 0 { break }
            hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: buffer[filled..<filled + n]))
            filled += n
        }
        guard filled < capacity else {  // it grew: let the streaming path deal with it
            ReadBuffer.giveBack(kept)
            close(fd)
            return nil
        }
        let digest = Hex.string(hasher.finalize())
        return BundleFile(path: path, fd: fd, buffer: kept, count: filled, sha256: digest)
    }

    /// The memory a bundle is read into, kept for the next bundles (at most one per core,
    /// each at most ``maxKept``): a buffer allocated per bundle had its pages faulted in
    /// and zeroed every time, 2 % of a run's CPU over scanned bundles.
    final class ReadBuffer: @unchecked Sendable {
        let bytes: UnsafeMutableRawBufferPointer

        private init(_ count: Int) { bytes = .allocate(byteCount: count, alignment: 64) }
        deinit { bytes.deallocate() }

        /// Buffers larger than this are freed after use, not kept.
        static let maxKept = 16 << 20
        private static let pool = Mutex<[ReadBuffer]>([])
        private static let maxPooled = max(2, ProcessInfo.processInfo.activeProcessorCount)

        /// A buffer of at least `count` bytes: a kept one if it is large enough.
        static func take(_ count: Int) -> ReadBuffer {
            if let kept = pool.withLock({ $0.popLast() }), kept.bytes.count >= count { return kept }
            return ReadBuffer(count <= maxKept ? max(count, 1 << 20) : count)
        }

        static func giveBack(_ buffer: ReadBuffer) {
            guard buffer.bytes.count <= maxKept else { return }
            pool.withLock { if $0.count < maxPooled { $0.append(buffer) } }
        }
    }
}
