import Foundation

/// Whole small files by path with POSIX calls: what every start of `intake` reads (the
/// catalog, the seeds, the commit) costs less this way than through Foundation's URL and Data.
public enum RegularFile {
    /// Why a file could not be read: the system's words (`No such file or directory`).
    public struct Failure: Error {
        public var reason: String
        public init(_ reason: String) { self.reason = reason }
        static func errno(_ code: Int32 = Glibc.errno) -> Failure { Failure(String(cString: strerror(code))) }
    }

    /// A regular file's bytes, read to its end, and its status taken (fstat) before they
    /// were read. Anything else — a folder, a FIFO (opened non-blocking, refused at once),
    /// a device, a symbolic link unless `followLinks` — or a file larger than `maxSize` is
    /// a failure.
    public static func read(_ path: String, maxSize: Int64 = .max, followLinks: Bool = true) -> Result<
        (bytes: [UInt8], info: stat), Failure
    > {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | (followLinks ? 0 : O_NOFOLLOW))
        guard fd >= 0 else { return .failure(.errno()) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(.errno()) }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            return .failure(Failure((info.st_mode & S_IFMT) == S_IFDIR ? "is a folder" : "not a regular file"))
        }
        guard Int64(info.st_size) <= maxSize else { return .failure(Failure("larger than \(maxSize) bytes")) }
        // The size fstat gave, read without zeroing it first; then to the end of the file
        // (one that grew since fstat is read whole: a small read past the size finds out).
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: Int(info.st_size)) { buffer, count in
            while count < buffer.count {
                let n = Glibc.read(fd, buffer.baseAddress! + count, buffer.count - count)
                if n < 0 && Glibc.errno == EINTR { continue }
                if n < 0 { failure = Glibc.errno }
                guard n > 0 else { return }
                count += n
            }
        }
        guard failure == 0 else { return .failure(.errno(failure)) }
        if bytes.count == Int(info.st_size) {
            var chunk = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
                if n < 0 && Glibc.errno == EINTR { continue }
                if n < 0 { return .failure(.errno()) }
                if n == 0 { break }
                bytes += chunk[..<n]
            }
        }
        return .success((bytes, info))
    }

    /// `count` bytes of `fd` from `offset` (interrupted reads resumed), or nil on an error
    /// or when the file ends sooner.
    public static func pread(_ fd: Int32, at offset: Int64, count: Int) -> [UInt8]? {
        guard count > 0 else { return count == 0 ? [] : nil }
        var filled = false
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, done in
            filled = pread(fd, into: UnsafeMutableRawBufferPointer(buffer), at: offset)
            done = filled ? count : 0
        }
        return filled ? bytes : nil
    }

    /// Fills `buffer` with the bytes of `fd` from `offset` (interrupted reads resumed); false
    /// on an error or when the file ends sooner.
    public static func pread(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int64) -> Bool {
        var done = 0
        while done < buffer.count {
            let n = Glibc.pread(fd, buffer.baseAddress! + done, buffer.count - done, off_t(offset) + off_t(done))
            if n < 0 && Glibc.errno == EINTR { continue }
            guard n > 0 else { return false }
            done += n
        }
        return true
    }

    /// Writes all of `bytes` to `fd` (interrupted writes resumed); false on an error.
    public static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 && Glibc.errno == EINTR { continue }
            guard n > 0 else { return false }
            done += n
        }
        return true
    }
}
