import Crypto
import Dispatch
import Foundation
import Hummingbird
import IntakeBundle
import IntakeIO
import IntakeModel
import NIOHTTP1
import Synchronization

/// A bundle being received: streamed chunk by chunk into a private file under the data
/// folder's `uploads/` (its own 0700 folder, the file 0600, created exclusively), hashed on
/// the way, never held whole in memory. The file carries the client's file name (its last
/// component, sanitised) so the report names what the applicant uploaded.
final class Upload: Sendable {
    let folder: BytePath
    let file: BytePath
    private let fd: Int32

    enum Failure: Error {
        case tooLarge(received: Int64)
        case stalled(received: Int64)
        /// Slower on average than the least rate taken (``Pace/minimumRate``).
        case tooSlow(received: Int64)
        /// Cut because the server is stopping (``Pace/stopping``).
        case stopping(received: Int64)
        case io(String)
    }

    /// How an upload must keep arriving.
    struct Pace: Sendable {
        /// Nothing received for this long: `stalled`.
        var stall: Duration
        /// Bytes a second an upload must average once it has run for `stall`; 0: any. A
        /// client trickling a byte now and then, never stalling, held its upload place
        /// (of `--max-uploads`) and the server's shutdown for as long as it liked.
        var minimumRate: Int64
        /// Whether an upload still arriving is to be cut: the server is stopping and its
        /// grace has passed.
        var stopping: @Sendable () -> Bool
    }

    /// Creates the private folder and file for one upload in `uploads`.
    init(in uploads: BytePath, name: String) throws(FileSystemError) {
        var random = SystemRandomNumberGenerator()
        let token = (0..<16).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &random)) }.joined()
        let folder = uploads.appending(BytePath("u-\(token)"))
        try syscall("mkdir", folder) { folder.withCString { mkdir($0, 0o700) } }
        let file = folder.appending(BytePath(name))
        let fd: Int32
        do {
            fd = try syscall("open", file) {
                file.withCString { open($0, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600) }
            }
        } catch {
            _ = folder.withCString { rmdir($0) }
            throw error
        }
        self.folder = folder
        self.file = file
        self.fd = fd
    }

    deinit {
        close(fd)
        _ = file.withCString { unlink($0) }
        _ = folder.withCString { rmdir($0) }
    }

    /// Receives `body` into the file with at most `limit` bytes, at the `pace` given.
    /// Returns the SHA-256 (hex) and size.
    func receive(_ body: RequestBody, limit: Int64, pace: Pace) async throws(Failure) -> (sha256: String, size: Int64) {
        let meter = Meter()
        let progress = meter
        let received = meter
        let fd = self.fd
        @Sendable func elapsed() -> Int64 { Int64(DispatchTime.now().uptimeNanoseconds / 1_000_000) }
        let started = elapsed()
        progress.last.store(started, ordering: .relaxed)
        let stall = pace.stall
        let limitMs = Int64(stall.components.seconds * 1000) + stall.components.attoseconds / 1_000_000_000_000_000
        do {
            return try await withThrowingTaskGroup(of: (String, Int64)?.self) { group in
                group.addTask {
                    var hash = SHA256()
                    var size: Int64 = 0
                    for try await chunk in body {
                        size += Int64(chunk.readableBytes)
                        received.bytes.store(size, ordering: .relaxed)
                        progress.last.store(elapsed(), ordering: .relaxed)
                        if size > limit { throw Failure.tooLarge(received: size) }
                        try chunk.withUnsafeReadableBytes { raw in
                            hash.update(bufferPointer: raw)
                            var offset = 0
                            while offset < raw.count {
                                let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                                if n < 0 {
                                    if errno == EINTR { continue }
                                    throw Failure.io(String(cString: strerror(errno)))
                                }
                                offset += n
                            }
                        }
                    }
                    if Task.isCancelled { return nil }
                    return (Hex.string(hash.finalize()), size)
                }
                group.addTask {
                    // The watchdog: nil when cancelled (the body ended first). It looks at least
                    // every half second, so that a shutdown's grace is kept to about that.
                    while true {
                        try await Task.sleep(for: .milliseconds(max(50, min(500, limitMs / 4))))
                        let now = elapsed()
                        let bytes = received.bytes.load(ordering: .relaxed)
                        if now - progress.last.load(ordering: .relaxed) > limitMs { throw Failure.stalled(received: bytes) }
                        if pace.minimumRate > 0, now - started > limitMs, bytes * 1000 / (now - started) < pace.minimumRate {
                            throw Failure.tooSlow(received: bytes)
                        }
                        if pace.stopping() { throw Failure.stopping(received: bytes) }
                    }
                }
                defer { group.cancelAll() }
                while let result = try await group.next() {
                    if let result { return result }
                }
                throw Failure.io("the upload ended without a result")
            }
        } catch let failure as Failure {
            throw failure
        } catch is CancellationError {
            throw Failure.stalled(received: received.bytes.load(ordering: .relaxed))
        } catch let error as HTTPParserError {
            // A body the parser could not read (a chunk not ended by CRLF), said in words.
            throw Failure.io(ConnectionPersistence.unreadable(error).detail)
        } catch {
            throw Failure.io("the upload broke off: \(error)")
        }
    }

    /// What the watchdog reads: the time of the last chunk (ms) and the bytes so far.
    private final class Meter: Sendable {
        let last = Atomic<Int64>(0)
        let bytes = Atomic<Int64>(0)
    }

    /// The last component of a client's file name, with only safe characters kept (no
    /// separator, no NUL, no leading dot), or `upload.zip`. Other controls are kept, as the nightly run keeps them in an
    /// inbox's names: the reports show them escaped (`a\tb.zip`), and a name differing by one is another name (round 47,
    /// tester d: `a%09b.zip` and `a%0Ab.zip` were both reported as `ab.zip`).
    static func safeName(_ raw: String?) -> String {
        guard let raw else { return "upload.zip" }
        let last = raw.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        var name = String(
            last.unicodeScalars.filter { $0.value != 0 && !"\"<>|:*?".unicodeScalars.contains($0) }
                .map(Character.init)
        )
        .trimmingCharacters(in: .whitespaces)
        while name.hasPrefix(".") { name.removeFirst() }
        name = shortened(name, to: 200)
        return name.isEmpty ? "upload.zip" : name
    }

    /// `name` in at most `limit` UTF-8 bytes: the stem cut on a character boundary and
    /// marked with "…", the extension (up to 16 bytes: ".zip") kept.
    static func shortened(_ name: String, to limit: Int) -> String {
        guard name.utf8.count > limit else { return name }
        let dot = name.lastIndex(of: ".").flatMap { name[$0...].utf8.count <= 16 ? $0 : nil } ?? name.endIndex
        let ext = name[dot...]
        let room = limit - ext.utf8.count - "…".utf8.count
        var stem = ""
        var used = 0
        for c in name[..<dot] {
            used += c.utf8.count
            if used > room { break }
            stem.append(c)
        }
        return stem + "…" + ext
    }
}
