import Foundation

/// This machine as other processes sharing a folder or a ledger see it: its name, a short
/// tag of it for file names, and whether a process of it still runs.
public enum ThisHost {
    /// The host name (`gethostname`), as runs record it.
    public static let name: String = {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "unknown" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }()

    /// 8 hex digits of the name's FNV-1a hash (temporary file names).
    public static let tag: String = {
        var hash: UInt32 = 2_166_136_261
        for byte in name.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }()

    /// Whether process `pid` of this host still runs (this process counts as running; a
    /// process of another user counts as running). A process that died but that its parent
    /// has not reaped yet (a zombie: a run killed with kill -9 from a shell that has not
    /// waited for it) still answers `kill(pid, 0)`, yet writes nothing any more: it is not
    /// running.
    public static func isRunning(_ pid: pid_t) -> Bool {
        guard pid > 0 else { return false }
        if pid == getpid() { return true }
        guard kill(pid, 0) == 0 || errno == EPERM else { return false }
        return !isZombie(pid)
    }

    /// Whether `/proc/PID/stat` gives the process' state as Z (zombie) or X (dead); false
    /// where it cannot be read (no procfs: the process is taken as alive, as before).
    static func isZombie(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let end = stat.lastIndex(of: ")")
        else { return false }
        // `PID (COMM) STATE …`: the command may hold spaces and parentheses, the last ")" ends it.
        let state = stat[stat.index(after: end)...].first { $0 != " " }
        return state == "Z" || state == "X"
    }
}
