public import Foundation
public import IntakeBundle

/// The one atomic writer (reports, the summary, the quarantine's report copies): each file
/// goes to a temporary file in its own folder (`.NAME.PID.RANDOM.tmp`), is made durable
/// and renamed into place, and the renames are made durable (see ``write(_:)``). A reader
/// sees the old file or the new one, never a part; a failure leaves no temporary file
/// behind (a killed process may: ``removeTemporaries(under:recursive:)`` cleans them while
/// no writer runs).
public enum AtomicWriter {
    public static func write(_ text: String, to url: URL) throws(FileSystemError) {
        try write([(Array(text.utf8), BytePath(url))])
    }

    public static func write(_ bytes: [UInt8], to url: URL) throws(FileSystemError) {
        try write([(bytes, BytePath(url))])
    }

    public static func write(_ files: [(bytes: [UInt8], url: URL)]) throws(FileSystemError) {
        try write(files.map { ($0.bytes, BytePath($0.url)) })
    }

    /// Writes a set of files (a group commit's report sets) atomically each, durably all:
    /// each to a temporary file, made durable, renamed into place, the renames made
    /// durable. Each file is atomic, the set is not (a failure midway leaves the files
    /// already renamed: callers announce the set in the ledger first, so a later run
    /// removes such a part).
    ///
    /// Durability comes one of two ways. A large set (``wholeFileSystemSync`` files or
    /// more, where Linux has `syncfs(2)`) syncs each file system it lands on once for the
    /// data and once for the renames: a folder of each is opened before anything is
    /// written, so `syncfs` reports any write-back error since (Linux 5.8 and later), and
    /// the cost is two syncs per group instead of one per file and folder. A small set
    /// (the hook server's one report set) is synced file by file and folder by folder, and
    /// leaves other writers' dirty data alone: write-back of all its files is started at
    /// once, then each is fsync'd, then the renames, then each folder is fsync'd once.
    public static func write(_ files: [(bytes: [UInt8], path: BytePath)]) throws(FileSystemError) {
        switch durability(files.count) {
        case .fileSystems(let syncFileSystem): try writeSyncingFileSystems(files, syncFileSystem)
        case .eachFile: try writeSyncingFiles(files)
        }
    }

    /// How a set of files is made durable (see ``write(_:)``).
    enum Durability {
        case eachFile
        case fileSystems(@convention(c) (Int32) -> Int32)
    }

    /// From this many files on, a set is made durable by `syncfs` (see ``write(_:)``).
    static let wholeFileSystemSync = 8

    static func durability(_ count: Int) -> Durability {
        if count >= wholeFileSystemSync, let syncFileSystem { return .fileSystems(syncFileSystem) }
        return .eachFile
    }

    private static func writeSyncingFiles(_ files: [(bytes: [UInt8], path: BytePath)]) throws(FileSystemError) {
        var written: [(tmp: BytePath, path: BytePath)] = []
        defer { for t in written { FileSystem.remove(t.tmp) } }
        written.reserveCapacity(files.count)
        // At most `openAtOnce` files open at a time (a large group stays far below the
        // descriptor limit): each slice written, write-back started, each fsync'd, closed.
        var start = 0
        while start < files.count {
            let slice = files[start..<min(files.count, start + openAtOnce)]
            start += slice.count
            var open: [(tmp: BytePath, fd: Int32)] = []
            defer { for o in open { close(o.fd) } }
            for (bytes, path) in slice {
                let (tmp, fd) = try createTemporary(for: path, holding: bytes) { written.append(($0, path)) }
                open.append((tmp, fd))
            }
            if open.count > 1, let startWriteBack {
                let syncFileRangeWrite: UInt32 = 2  // SYNC_FILE_RANGE_WRITE: start write-back, do not wait
                for o in open { _ = startWriteBack(o.fd, 0, 0, syncFileRangeWrite) }
            }
            for o in open { try syscall("fsync", o.tmp) { fsync(o.fd) } }
        }
        var folders: Set<BytePath> = []
        for t in written {
            try rename(t.tmp, to: t.path)
            folders.insert(t.path.parent)
        }
        written.removeAll()
        for folder in folders.sorted() { FileSystem.syncFolder(folder) }
    }

    private static func writeSyncingFileSystems(
        _ files: [(bytes: [UInt8], path: BytePath)], _ syncFileSystem: @convention(c) (Int32) -> Int32
    ) throws(FileSystemError) {
        // One open folder per file system (device) the set lands on, opened before any
        // write so that its syncfs reports their write-back errors.
        var mounts: [(device: UInt64, folder: BytePath, fd: Int32)] = []
        defer { for m in mounts { close(m.fd) } }
        var seen: Set<BytePath> = []
        for (_, path) in files where seen.insert(path.parent).inserted {
            let folder = path.parent
            let fd = try syscall("open", folder) { folder.withCString { open($0, O_RDONLY | O_DIRECTORY | O_CLOEXEC) } }
            var st = stat()
            guard fstat(fd, &st) == 0 else {
                let error = errno
                close(fd)
                throw FileSystemError(errno: error, call: "fstat", path: folder)
            }
            guard !mounts.contains(where: { $0.device == UInt64(st.st_dev) }) else {
                close(fd)
                continue
            }
            mounts.append((UInt64(st.st_dev), folder, fd))
        }
        func syncAll() throws(FileSystemError) {
            for m in mounts { try syscall("syncfs", m.folder) { syncFileSystem(m.fd) } }
        }
        var written: [(tmp: BytePath, path: BytePath)] = []
        defer { for t in written { FileSystem.remove(t.tmp) } }
        written.reserveCapacity(files.count)
        for (bytes, path) in files {
            let (_, fd) = try createTemporary(for: path, holding: bytes) { written.append(($0, path)) }
            close(fd)
        }
        try syncAll()  // the data
        for t in written { try rename(t.tmp, to: t.path) }
        written.removeAll()
        try syncAll()  // the names
    }

    /// Creates `path`'s temporary file, tells `created` its name (to be removed if the set
    /// fails), writes `bytes` into it and returns it open; closed again if the write fails.
    private static func createTemporary(
        for path: BytePath, holding bytes: [UInt8], _ created: (BytePath) -> Void
    ) throws(FileSystemError) -> (tmp: BytePath, fd: Int32) {
        let tmp = temporary(for: path)
        let fd = try create(tmp)
        created(tmp)
        do {
            try FileSystem.writeAll(fd, bytes, path: tmp)
        } catch {
            close(fd)
            throw error
        }
        return (tmp, fd)
    }

    /// Temporary files open at once while a set is written.
    static let openAtOnce = 64

    /// Linux's `syncfs(2)` (not exported by the Glibc module, which lacks `_GNU_SOURCE`),
    /// looked up once; nil elsewhere, where every set is synced file by file.
    private static let syncFileSystem: (@convention(c) (Int32) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
    }()

    /// Linux's `sync_file_range(2)` (not exported by the Glibc module, which lacks
    /// `_GNU_SOURCE`), looked up once; nil elsewhere, where each fsync does it all.
    private static let startWriteBack: (@convention(c) (Int32, Int64, Int64, UInt32) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "sync_file_range") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32, Int64, Int64, UInt32) -> Int32).self)
    }()

    /// Whether a file name is one of this writer's temporary files (left behind only when
    /// the process was killed mid-write; safe to delete when no writer runs).
    public static func isTemporary(_ name: String) -> Bool {
        name.hasPrefix(".") && name.hasSuffix(".tmp")
    }

    /// Deletes this writer's temporary files in a folder (and its subfolders when
    /// `recursive`) whose writing process is gone; returns how many. A temporary file of a
    /// live process (another `intake run` is excluded by the lock, but `intake serve` may
    /// share the folder) is left alone: the PID is in its name.
    ///
    /// `minimumAge` (seconds): a folder shared by hosts (a shared ledger's workers) may hold
    /// temporary files of live processes on other hosts, whose PIDs mean nothing here: those
    /// are leftovers only once untouched for that long (0: no other host writes here).
    ///
    /// A temporary folder (a catalog archive being assembled, ``temporary(for:)`` of a
    /// folder) is removed with its contents, under the same rules, and counts once.
    public static func removeTemporaries(under root: BytePath, recursive: Bool = true, minimumAge: Double = 0) -> Int {
        var removed = 0
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let nowNs = Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
        func leftover(_ path: BytePath) -> Bool {
            let text = String(decoding: path.lastComponent.bytes, as: UTF8.self)
            guard isTemporary(text) else { return false }
            switch writer(of: text) {
            case .alive: return false
            case .dead: return true
            case .elsewhere:
                guard minimumAge > 0 else { return true }
                guard let f = FileFingerprint(path: path) else { return false }
                return Double(nowNs - f.modified) / 1e9 >= minimumAge
            }
        }
        func folder(_ path: BytePath, _: stat) -> Bool {
            guard leftover(path) else { return true }  // not a temporary folder: go in
            if FileSystem.removeTree(path) { removed += 1 }
            return false
        }
        func file(_ path: BytePath, _: stat) {
            if leftover(path), FileSystem.remove(path) { removed += 1 }
        }
        FileSystem.forEachEntry(under: root, recursive: recursive, folder: folder, file)
        return removed
    }

    enum Writer { case alive, dead, elsewhere }

    /// Whether the process named in a temporary file's name (`.NAME.PID-HOST.RANDOM.tmp`;
    /// `.NAME.PID.RANDOM.tmp` before hosts were named) still runs, other than this one; a
    /// process of another host (its tag differs) cannot be asked. An unparsable name counts
    /// as dead (a leftover).
    static func writer(of name: String) -> Writer {
        let parts = name.split(separator: ".")
        guard parts.count >= 4 else { return .dead }
        let owner = parts[parts.count - 3].split(separator: "-", maxSplits: 1)
        if owner.count == 2, owner[1] != ThisHost.tag { return .elsewhere }
        guard let pid = Int32(owner[0]), pid != getpid() else { return .dead }
        return ThisHost.isRunning(pid) ? .alive : .dead
    }

    /// `.NAME.PID-HOST.RANDOM.tmp` beside `path` (a file's or a folder's: ``removeTemporaries``
    /// tells from the name whether its writer still runs).
    public static func temporary(for path: BytePath) -> BytePath {
        path.parent.appending(
            BytePath(
                bytes: [0x2E] + path.lastComponent.bytes
                    + Array(".\(getpid())-\(ThisHost.tag).\(UInt64.random(in: 0...UInt64.max)).tmp".utf8)))
    }

    /// Creates a new temporary file (never an existing one) and returns its descriptor.
    static func create(_ tmp: BytePath) throws(FileSystemError) -> Int32 {
        try syscall("open", tmp) { tmp.withCString { open($0, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644) } }
    }

    static func rename(_ tmp: BytePath, to path: BytePath) throws(FileSystemError) {
        try syscall("rename", path) { tmp.withCString { from in path.withCString { Foundation.rename(from, $0) } } }
    }

    /// A file written piece by piece and published atomically, for outputs too large to
    /// build in memory (the summary's per-bundle lists): the same temporary file, buffered
    /// writes, fsync, rename, fsync of the folder. Removed unpublished if dropped. Not
    /// Sendable: one writer.
    public final class Stream {
        public let path: BytePath
        private let temporary: BytePath
        private let fd: Int32
        private var buffer: [UInt8] = []
        private var published = false

        public convenience init(_ url: URL) throws(FileSystemError) { try self.init(BytePath(url)) }

        public init(_ path: BytePath) throws(FileSystemError) {
            self.path = path
            temporary = AtomicWriter.temporary(for: path)
            fd = try AtomicWriter.create(temporary)
            buffer.reserveCapacity(1 << 16)
        }

        deinit {
            close(fd)
            if !published { FileSystem.remove(temporary) }
        }

        public func write(_ text: String) throws(FileSystemError) {
            buffer.append(contentsOf: text.utf8)
            if buffer.count >= 1 << 16 { try flush() }
        }

        /// Flushes, syncs and renames into place.
        public func publish() throws(FileSystemError) {
            try flush()
            try syscall("fsync", temporary) { fsync(fd) }
            try AtomicWriter.rename(temporary, to: path)
            published = true
            FileSystem.syncFolder(path.parent)
        }

        private func flush() throws(FileSystemError) {
            try FileSystem.writeAll(fd, buffer, path: temporary)
            buffer.removeAll(keepingCapacity: true)
        }
    }
}
