public import Foundation
public import IntakeBundle

/// A bundle file found in the inbox.
public struct InboxBundle: Sendable, Hashable {
    /// The file (absolute), as bytes: names from Chinese Windows producers are GBK.
    public var path: BytePath
    /// Its path relative to the inbox ("2025-07/WEB-1.zip"), kept when it is moved.
    public var relative: BytePath
    /// Its size when listed.
    public var size: Int64
    /// What the ledger had recorded under this path when the bundle was handed out, if it
    /// was looked up then (a shared queue looks up the names of a batch it takes in one
    /// round trip, instead of one per bundle).
    public var recorded: RecordedName
    public init(path: BytePath, relative: BytePath, size: Int64, recorded: RecordedName = .notLookedUp) {
        self.path = path
        self.relative = relative
        self.size = size
        self.recorded = recorded
    }
}

/// The ledger's record of a bundle's path, as looked up when the bundle was handed out.
/// Only a hint: a name recorded after it (by no one else while this run holds the bundle)
/// is found by the claim, which answers "decided" for bytes decided under any name.
public enum RecordedName: Sendable, Hashable {
    /// Not looked up: the worker asks the ledger.
    case notLookedUp
    /// No decision is recorded under this path.
    case absent
    /// Recorded as these bytes, when the file had this fingerprint.
    case recorded(sha256: String, fingerprint: FileFingerprint)
}

/// Why an inbox entry was not decided (it is counted and logged, never silently lost).
public struct SkipReason: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    /// A FIFO, socket or device named `*.zip`: never opened (it could block the run).
    public static let specialFile = SkipReason(rawValue: "special-file")
    /// A folder named `*.zip` (walked as a folder too).
    public static let directoryNamedZip = SkipReason(rawValue: "directory-named-zip")
    /// A symbolic link named `*.zip` to a folder (links to folders are not followed).
    public static let symlinkToDirectory = SkipReason(rawValue: "symlink-to-directory")
    /// A symbolic link whose target does not exist.
    public static let danglingSymlink = SkipReason(rawValue: "dangling-symlink")
    /// A symbolic link that leads back to itself (ELOOP).
    public static let symlinkLoop = SkipReason(rawValue: "symlink-loop")
    /// Permission denied or an I/O error: a file that cannot be opened, a folder that
    /// cannot be listed.
    public static let unreadable = SkipReason(rawValue: "unreadable")
    /// It changed while it was read (a producer still writing it): the next run takes it.
    public static let beingWritten = SkipReason(rawValue: "being-written")
    /// Gone between the listing and the read.
    public static let vanished = SkipReason(rawValue: "vanished")
    /// Written or changed less than `--settle` seconds ago (an upload still arriving, a
    /// copy in progress): not read now, the next run takes it.
    public static let settling = SkipReason(rawValue: "settling")

    /// The reason in Chinese, for the back office's pages (empty for an unknown one).
    public var chinese: String {
        switch self {
        case .specialFile: "特殊文件（如管道）"
        case .directoryNamedZip: "名为 .zip 的文件夹"
        case .symlinkToDirectory: "指向文件夹的链接"
        case .danglingSymlink: "指向不存在目标的链接"
        case .symlinkLoop: "循环链接"
        case .unreadable: "无法读取"
        case .beingWritten: "读取时仍在写入"
        case .vanished: "读取前已消失"
        case .settling: "刚写入，下次运行再取"
        default: ""
        }
    }
}

/// One entry of the inbox walk: a bundle to decide, or an entry skipped with its reason.
public enum InboxEntry: Sendable, Hashable {
    case bundle(InboxBundle)
    case skipped(relative: BytePath, reason: SkipReason, detail: String)
}

/// What identifies an unchanged file without reading it: device, inode, size,
/// modification and status-change times (nanoseconds).
public struct FileFingerprint: Hashable, Sendable {
    public var device: Int64
    public var inode: Int64
    public var size: Int64
    public var modified: Int64
    public var changed: Int64

    public init(device: Int64, inode: Int64, size: Int64, modified: Int64, changed: Int64) {
        (self.device, self.inode, self.size, self.modified, self.changed) = (device, inode, size, modified, changed)
    }

    /// The file's fingerprint (following a symbolic link), nil when it cannot be stat'ed.
    public init?(path: BytePath) {
        guard let s = try? FileSystem.status(of: path) else { return nil }
        self.init(s)
    }

    /// The fingerprint of a file's status.
    public init(_ s: stat) {
        device = Int64(bitPattern: UInt64(s.st_dev))
        inode = Int64(bitPattern: UInt64(s.st_ino))
        size = Int64(s.st_size)
        modified = Int64(s.st_mtim.tv_sec) * 1_000_000_000 + Int64(s.st_mtim.tv_nsec)
        changed = Int64(s.st_ctim.tv_sec) * 1_000_000_000 + Int64(s.st_ctim.tv_nsec)
    }

    /// Whether this is the same file with the same contents as `other` as far as its
    /// status tells: the same device and inode, size and modification time. (Not the
    /// status-change time, which a rename or a new link changes.)
    public func sameFile(as other: FileFingerprint) -> Bool {
        (device, inode, size, modified) == (other.device, other.inode, other.size, other.modified)
    }
}

/// Walks the inbox depth-first, yielding every entry named `*.zip` (any case) as it goes:
/// the bundles, and the entries that cannot be bundles with the reason why (a FIFO, a
/// folder, a dangling or looping link), plus the folders that cannot be listed. Names are
/// bytes end to end (`opendir`/`readdir`/`lstat`): a GBK-named file or folder is walked
/// like any other. Memory holds one directory's sorted names per level, never the whole
/// listing. Symbolic links to directories are not followed (no loops, nothing outside
/// the inbox), a directory reached twice (bind mounts) is walked once, and the folders in
/// `excluding` (the output, --move-done and quarantine folders when inside the inbox) are
/// skipped. Not Sendable: one walker, one task.
public struct InboxWalk: IteratorProtocol {
    private struct Level {
        var path: BytePath
        var relative: BytePath
        var names: [(name: [UInt8], folder: Bool)]
        var next = 0
    }
    private var stack: [Level] = []
    private var visited: Set<[Int64]> = []
    private let excluded: Set<[Int64]>
    /// Whether a bundle (or folder) listed and gone before its turn is said (`vanished`); not where other runs move the
    /// bundles they decide out of the same inbox (a shared ledger).
    private let sayVanished: Bool

    public init(inbox: URL, excluding: [URL], sayVanished: Bool = true) throws(FileSystemError) {
        try self.init(
            inbox: BytePath(inbox.standardizedFileURL), excluding: excluding.map { BytePath($0.standardizedFileURL) },
            sayVanished: sayVanished)
    }

    /// Starts the walk; throws when the inbox cannot be found or listed.
    public init(inbox root: BytePath, excluding: [BytePath], sayVanished: Bool = true) throws(FileSystemError) {
        self.sayVanished = sayVanished
        excluded = Set(excluding.compactMap { Self.identity($0) })
        do {
            let s = try FileSystem.status(of: root)
            let id = [Int64(bitPattern: UInt64(s.st_dev)), Int64(bitPattern: UInt64(s.st_ino))]
            let names = try FileSystem.entries(root)
            visited.insert(id)
            stack.append(Level(path: root, relative: BytePath(bytes: []), names: names))
        } catch {
            throw FileSystemError(
                error.code, "cannot \(error.systemCall == "stat" ? "find" : "list") the inbox \(root.display)",
                systemCall: error.systemCall, path: error.path, errno: error.errno, location: error.location)
        }
    }

    public mutating func next() -> InboxEntry? {
        while var level = stack.last {
            guard level.next < level.names.count else {
                stack.removeLast()
                continue
            }
            let name = BytePath(bytes: level.names[level.next].name)
            let listedAsFolder = level.names[level.next].folder
            level.next += 1
            stack[stack.count - 1] = level
            let path = level.path.appending(name)
            let relative = level.relative.appending(name)
            let isZip = name.hasZipExtension
            let l: stat
            do {
                l = try FileSystem.linkStatus(of: path)
            } catch {
                // Listed a moment ago, removed or moved away since: a bundle (or a folder of them) the run counted at its
                // start is said to be gone, not dropped from the counts in silence (round 52, tester d: 1,800 bundles of
                // two folders removed and one renamed mid-run were in neither the decided nor the skipped).
                if error.errno == ENOENT {
                    guard sayVanished else { continue }
                    if isZip {
                        return .skipped(relative: relative, reason: .vanished, detail: "removed from the inbox before its turn")
                    }
                    if listedAsFolder {
                        return .skipped(
                            relative: relative, reason: .vanished,
                            detail: "a folder removed from the inbox before it was walked: the bundles in it are not in this run")
                    }
                    continue
                }
                return .skipped(relative: relative, reason: .unreadable, detail: error.reason)
            }
            switch l.st_mode & S_IFMT {
            case S_IFDIR:
                guard let id = Self.identity(path), !excluded.contains(id), visited.insert(id).inserted else { continue }
                let names: [(name: [UInt8], folder: Bool)]
                do {
                    names = try FileSystem.entries(path)
                } catch {
                    return .skipped(relative: relative, reason: .unreadable, detail: "cannot list the folder: \(error.reason)")
                }
                stack.append(Level(path: path, relative: relative, names: names))
                if isZip { return .skipped(relative: relative, reason: .directoryNamedZip, detail: "a folder, walked as one") }
            case S_IFREG:
                guard isZip else { continue }
                return .bundle(InboxBundle(path: path, relative: relative, size: Int64(l.st_size)))
            case S_IFLNK:
                guard isZip else { continue }
                // A link is taken when it points to a regular file (never to a directory).
                let s: stat
                do {
                    s = try FileSystem.status(of: path)
                } catch {
                    switch error.errno ?? 0 {
                    case ENOENT:
                        return .skipped(relative: relative, reason: .danglingSymlink, detail: "the link's target does not exist")
                    case ELOOP:
                        return .skipped(relative: relative, reason: .symlinkLoop, detail: "too many levels of symbolic links")
                    default: return .skipped(relative: relative, reason: .unreadable, detail: error.reason)
                    }
                }
                switch s.st_mode & S_IFMT {
                case S_IFREG: return .bundle(InboxBundle(path: path, relative: relative, size: Int64(s.st_size)))
                case S_IFDIR:
                    return .skipped(relative: relative, reason: .symlinkToDirectory, detail: "links to folders are not followed")
                default: return .skipped(relative: relative, reason: .specialFile, detail: "a link to \(Self.kind(s.st_mode))")
                }
            default:
                guard isZip else { continue }
                return .skipped(relative: relative, reason: .specialFile, detail: Self.kind(l.st_mode))
            }
        }
        return nil
    }

    static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFSOCK: "a socket"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        default: "not a regular file"
        }
    }

    private static func identity(_ path: BytePath) -> [Int64]? {
        guard let s = try? FileSystem.status(of: path) else { return nil }
        return [Int64(bitPattern: UInt64(s.st_dev)), Int64(bitPattern: UInt64(s.st_ino))]
    }
}
