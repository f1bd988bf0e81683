public import Foundation

/// A bundle file found in the inbox.
public struct InboxBundle: Sendable, Hashable {
    /// The file (absolute, standardized).
    public var url: URL
    /// Its path relative to the inbox ("2025-07/WEB-1.zip"), kept when it is moved.
    public var relative: String
    /// Its size when listed.
    public var size: Int64
}

/// What identifies an unchanged file without reading it: device, inode, size,
/// modification and status-change times (nanoseconds).
struct FileFingerprint: Hashable, Sendable {
    var device: Int64
    var inode: Int64
    var size: Int64
    var modified: Int64
    var changed: Int64

    /// The file's fingerprint (following a symbolic link), nil when it cannot be stat'ed.
    init?(path: String) {
        var s = stat()
        guard stat(path, &s) == 0 else { return nil }
        device = Int64(bitPattern: UInt64(s.st_dev))
        inode = Int64(bitPattern: UInt64(s.st_ino))
        size = Int64(s.st_size)
        modified = Int64(s.st_mtim.tv_sec) * 1_000_000_000 + Int64(s.st_mtim.tv_nsec)
        changed = Int64(s.st_ctim.tv_sec) * 1_000_000_000 + Int64(s.st_ctim.tv_nsec)
    }

    var values: [SQLiteValue] { [.integer(device), .integer(inode), .integer(size), .integer(modified), .integer(changed)] }
}

/// Walks the inbox depth-first, yielding every `*.zip` (any case) as it goes: memory
/// holds one directory's sorted names per level, never the whole listing. Symbolic links
/// to directories are not followed (no loops, nothing outside the inbox), a directory
/// reached twice (bind mounts) is walked once, and the folders in `excluding` (the
/// output, --move-done and quarantine folders when inside the inbox) are skipped.
/// Not Sendable: one walker, one task.
struct InboxWalk: IteratorProtocol {
    private struct Level {
        var path: String
        var relative: String
        var names: [String]
        var next = 0
    }
    private var stack: [Level] = []
    private var visited: Set<[Int64]> = []
    private let excluded: Set<[Int64]>
    /// Directories that could not be listed (reported, the walk goes on).
    private(set) var unreadable: [String] = []

    init(inbox: URL, excluding: [URL]) throws(RunError) {
        let root = inbox.standardizedFileURL.path
        excluded = Set(excluding.compactMap { Self.identity($0.standardizedFileURL.path) })
        guard let id = Self.identity(root), let names = Self.list(root) else {
            throw RunError(.inbox, "cannot list the inbox \(root)")
        }
        visited.insert(id)
        stack.append(Level(path: root, relative: "", names: names))
    }

    mutating func next() -> InboxBundle? {
        while var level = stack.last {
            guard level.next < level.names.count else {
                stack.removeLast()
                continue
            }
            let name = level.names[level.next]
            level.next += 1
            stack[stack.count - 1] = level
            let path = level.path == "/" ? "/" + name : level.path + "/" + name
            let relative = level.relative.isEmpty ? name : level.relative + "/" + name
            var l = stat()
            guard lstat(path, &l) == 0 else { continue }
            switch l.st_mode & S_IFMT {
            case S_IFDIR:
                guard let id = Self.identity(path), !excluded.contains(id), visited.insert(id).inserted else { continue }
                guard let names = Self.list(path) else {
                    unreadable.append(path)
                    continue
                }
                stack.append(Level(path: path, relative: relative, names: names))
            case S_IFREG, S_IFLNK:
                guard name.lowercased().hasSuffix(".zip") else { continue }
                // A link is taken when it points to a regular file (never to a directory).
                var s = stat()
                guard stat(path, &s) == 0, s.st_mode & S_IFMT == S_IFREG else { continue }
                return InboxBundle(url: URL(fileURLWithPath: path), relative: relative, size: Int64(s.st_size))
            default:
                continue
            }
        }
        return nil
    }

    private static func identity(_ path: String) -> [Int64]? {
        var s = stat()
        guard stat(path, &s) == 0 else { return nil }
        return [Int64(bitPattern: UInt64(s.st_dev)), Int64(bitPattern: UInt64(s.st_ino))]
    }

    private static func list(_ path: String) -> [String]? {
        (try? FileManager.default.contentsOfDirectory(atPath: path))?.sorted()
    }
}
