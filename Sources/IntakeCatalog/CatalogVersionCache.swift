import Foundation
import IntakeModel

/// A file's identity and state as the kernel keeps it: device, inode, size, and the
/// modification and change times in nanoseconds. Writing a file changes its ctime, which
/// no one can set back, so equal signatures mean the bytes were not rewritten since.
struct FileSignature: Equatable, Sendable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    /// Seconds and nanoseconds apart: any date a file system can hold (years before 1677
    /// or after 2262 do not fit in nanoseconds of an Int64).
    var modified: (seconds: Int64, nanoseconds: Int64)
    var changed: (seconds: Int64, nanoseconds: Int64)

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        modified = (Int64(info.st_mtim.tv_sec), Int64(info.st_mtim.tv_nsec))
        changed = (Int64(info.st_ctim.tv_sec), Int64(info.st_ctim.tv_nsec))
    }

    static func == (a: FileSignature, b: FileSignature) -> Bool {
        a.device == b.device && a.inode == b.inode && a.size == b.size && a.modified == b.modified
            && a.changed == b.changed
    }

    /// The later of the modification and change times, in whole seconds.
    var newestSecond: Int64 { max(modified.seconds, changed.seconds) }

    /// A regular file's signature (links followed), or nil.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        self.init(info)
    }

    /// Appends `device inode size mtime.s mtime.ns ctime.s ctime.ns ` (decimal, negative
    /// values as their two's complement; a cache line's start).
    func write(to out: inout [UInt8]) {
        let values = [
            device, inode, UInt64(bitPattern: size), UInt64(bitPattern: modified.seconds),
            UInt64(bitPattern: modified.nanoseconds), UInt64(bitPattern: changed.seconds),
            UInt64(bitPattern: changed.nanoseconds),
        ]
        for value in values {
            Self.appendDecimal(value, to: &out)
            out.append(0x20)
        }
    }

    static func appendDecimal(_ value: UInt64, to out: inout [UInt8]) {
        // At most 20 digits, written from the end of a buffer on the stack.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var v = value
            var at = 20
            repeat {
                at -= 1
                digits[at] = UInt8(48 + v % 10)
                v /= 10
            } while v > 0
            out.append(contentsOf: UnsafeBufferPointer(rebasing: digits[at..<20]))
        }
    }
}

/// The catalog version a one-matter load (`intake check`) would compute, remembered
/// against the signatures of the files hashed into it, so that the next `check` states
/// the version after a `stat` of each file instead of reading and hashing ~400 of them.
///
/// The version is still the SHA-256 of every file's bytes: it is computed in full on a
/// miss and kept only when every file's signature was taken before its bytes were read
/// and none changed in the last two seconds (timestamps advance by a clock tick, so a
/// write in the same tick as the read could otherwise go unseen). Any difference — a file
/// added, removed, renamed, rewritten, touched — is a miss. The version it states also
/// picks the ``CatalogSnapshot`` a `check` takes its rules from, so it decides which
/// rules judge as well as which version a report names. Runs, the server and
/// `intake catalog lint` never use it: they read and hash every file.
///
/// One small text file per pipeline under `$INTAKE_CATALOG_CACHE` (a folder; `off`: no
/// cache), else `$XDG_CACHE_HOME/intake`, else `$HOME/.cache/intake`; written atomically,
/// and a cache that cannot be written is simply not used.
struct CatalogVersionCache {
    /// The cache file of this pipeline.
    let file: String
    /// The pipeline's absolute path, the first line of the file.
    let pipeline: String

    static let header = "intake catalog version cache 2"
    /// How recent a change (in whole seconds, before the load began reading) keeps a file
    /// from being trusted by its signature: 3 s, so at least two full seconds.
    static let settle: Int64 = 3

    /// The cache of `pipeline` (an absolute path), or nil when caching is off or there is
    /// no folder to keep it in.
    init?(pipeline: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        guard let folder = Self.folder(environment), !pipeline.contains("\n") else { return nil }
        self.pipeline = pipeline
        var name = 0xcbf2_9ce4_8422_2325 as UInt64  // FNV-1a of the path: one file per pipeline
        for byte in pipeline.utf8 { name = (name ^ UInt64(byte)) &* 0x100_0000_01b3 }
        file = folder + "/catalog-" + String(name, radix: 16) + ".txt"
    }

    /// The cache folder (also the catalog snapshots'): `$INTAKE_CATALOG_CACHE` (`off`, or
    /// a relative path: none), else `$XDG_CACHE_HOME/intake`, else `$HOME/.cache/intake`.
    static func folder(_ environment: [String: String]) -> String? {
        if let set = environment["INTAKE_CATALOG_CACHE"], !set.isEmpty {
            // Off, or not an absolute path: no cache.
            return set.hasPrefix("/") ? set : nil
        } else if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            return xdg + "/intake"
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            return home + "/.cache/intake"
        }
        return nil
    }

    /// The file's bytes for these entries, up to (not including) the version line: the
    /// header, the pipeline, then one line per file, `device inode size mtime ctime name`.
    /// Nil when a name cannot be written on one line.
    func body(_ entries: [(name: String, signature: FileSignature)]) -> [UInt8]? {
        var bytes = Array((Self.header + "\n" + pipeline + "\n").utf8)
        bytes.reserveCapacity(bytes.count + entries.count * 96)
        for entry in entries {
            guard !entry.name.utf8.contains(0x0A) else { return nil }
            entry.signature.write(to: &bytes)
            bytes += entry.name.utf8
            bytes.append(0x0A)
        }
        return bytes
    }

    /// The version remembered for exactly these files in this order, or nil.
    func version(for entries: [(name: String, signature: FileSignature)]) -> String? {
        guard let expected = body(entries), let bytes = Self.readOwn(file, maxSize: 64 << 20) else { return nil }
        guard bytes.count == expected.count + "version ".utf8.count + 64 + 1,
            bytes.starts(with: expected), bytes.last == 0x0A
        else { return nil }
        let line = bytes[expected.count...]
        guard line.starts(with: "version ".utf8) else { return nil }
        let hex = line.dropFirst("version ".utf8.count).dropLast()
        guard hex.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) else { return nil }
        return String(decoding: hex, as: UTF8.self)
    }

    /// The clock (whole seconds) now: taken before a load reads its first file.
    static func now() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Int64(now.tv_sec)
    }

    /// Remembers `version` for these files, unless one changed too recently before the
    /// load began reading (`readSince`, ``now()``) to be trusted. Best effort: a folder
    /// that cannot be made or written leaves no cache.
    func store(version: String, for entries: [(name: String, signature: FileSignature)], readSince: Int64) {
        func settled(_ signature: FileSignature) -> Bool {
            let (age, overflow) = readSince.subtractingReportingOverflow(signature.newestSecond)
            return !overflow && age >= Self.settle
        }
        guard entries.allSatisfy({ settled($0.signature) }), let body = body(entries) else { return }
        Self.write(
            body + Array(("version " + version + "\n").utf8), to: file, prefix: "catalog-", suffix: ".txt", keep: Self.keep)
    }

    /// Whether a file or folder could only have been written by this user: owned by the
    /// effective user, not writable by group or others.
    static func ownedAlone(_ info: stat) -> Bool { info.st_uid == geteuid() && info.st_mode & 0o022 == 0 }

    /// A file of the cache folder, read only if this user alone could have written it:
    /// the folder and the file owned by the effective user and writable by no one else,
    /// the file a regular file and not a symbolic link. A cache folder others can write
    /// (`INTAKE_CATALOG_CACHE` on a shared folder) could otherwise hand a run another
    /// catalog's version or rules.
    static func readOwn(_ file: String, maxSize: Int) -> [UInt8]? {
        guard folderIsOwn(file),
            case .success(let read) = RegularFile.read(file, maxSize: Int64(maxSize), followLinks: false),
            ownedAlone(read.info)
        else { return nil }
        return read.bytes
    }

    /// ``readOwn(_:maxSize:)``'s file opened (read-only, close it) with its size, for a
    /// reader of a few parts of it; nil when it is not one this user alone could have written.
    static func openOwn(_ file: String) -> (fd: Int32, size: Int)? {
        guard folderIsOwn(file) else { return nil }
        let fd = open(file, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW)
        guard fd >= 0 else { return nil }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, ownedAlone(info) else {
            close(fd)
            return nil
        }
        return (fd, Int(info.st_size))
    }

    /// Whether the folder of a cache file could only have been written by this user.
    private static func folderIsOwn(_ file: String) -> Bool {
        var info = stat()
        return stat(String(file[..<file.lastIndex(of: "/")!]), &info) == 0 && ownedAlone(info)
    }

    /// Writes a file of the cache folder atomically (private to the user; a temporary
    /// `FILE.PID.RANDOM.tmp` renamed into place), then prunes its kind (``prune``) to
    /// the `keep` newest. Best effort: a folder that cannot be written, or that others
    /// can write (its files would not be read), is left as it is.
    static func write(_ bytes: [UInt8], to file: String, prefix: String, suffix: String, keep: Int) {
        let folder = String(file[..<file.lastIndex(of: "/")!])
        makeFolders(folder)
        var info = stat()
        guard stat(folder, &info) == 0, ownedAlone(info) else { return }
        let temporary = file + ".\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { return }
        let written = RegularFile.writeAll(fd, bytes)
        close(fd)
        guard written && rename(temporary, file) == 0 else {
            unlink(temporary)
            return
        }
        prune(folder, prefix: prefix, suffix: suffix, keep: keep)
    }

    /// Version caches kept in the folder (one per pipeline path; the newest).
    static let keep = 16

    /// Removes all but the `keep` newest files (by modification time) named
    /// `PREFIX…SUFFIX` in `folder`, and their temporary files (`PREFIX…SUFFIX.….tmp`)
    /// older than a minute (left by a process killed while writing): each load of another
    /// catalog, or of a catalog at another path, leaves a file, and the folder must not
    /// grow forever.
    static func prune(_ folder: String, prefix: String, suffix: String, keep: Int) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        let now = time(nil)
        var kept: [(name: String, modified: Int)] = []
        for name in names where name.hasPrefix(prefix) {
            let temporary = name.hasSuffix(".tmp") && name.contains(suffix + ".")
            guard temporary || name.hasSuffix(suffix) else { continue }
            var info = stat()
            guard lstat(folder + "/" + name, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            if temporary {
                if now - info.st_mtim.tv_sec > 60 { unlink(folder + "/" + name) }
                continue
            }
            kept.append((name, info.st_mtim.tv_sec))
        }
        guard kept.count > keep else { return }
        for old in kept.sorted(by: { ($0.modified, $0.name) > ($1.modified, $1.name) }).dropFirst(keep) {
            unlink(folder + "/" + old.name)
        }
    }

    /// `mkdir -p`, private to the user.
    static func makeFolders(_ path: String) {
        var prefix = ""
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            prefix += "/" + part
            mkdir(prefix, 0o700)
        }
    }
}
