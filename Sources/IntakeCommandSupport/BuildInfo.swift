import Foundation
import IntakeModel

/// Which build of the program runs: the semantic version and the git commit it was built
/// from, for `intake --version`, the run's log and the summary. The commit is read at run
/// time from the home: the `COMMIT` file an install or package writes there, else the
/// repository's `.git` (a clone run in place). Reports carry only name and version, so
/// their bytes do not change with every commit.
public enum BuildInfo {
    /// The commit (40 hex) the home was built from, or nil when it cannot be told.
    public static let commit: String? = IntakeHome.locate().flatMap(commit(home:))

    /// `intake 0.7.0 (commit 0123456789ab)`, or `intake 0.7.0` without a known commit.
    public static var versionLine: String {
        IntakeVersion.generator + (commit.map { " (commit \($0.prefix(12)))" } ?? "")
    }

    static func commit(home: URL) -> String? {
        if let text = text(home.appendingPathComponent("COMMIT")) {
            let c = trimmed(text)
            if isHash(c) { return c }
        }
        var git = home.appendingPathComponent(".git")
        // A worktree's .git is a file naming the real folder.
        if let pointer = text(git), pointer.hasPrefix("gitdir:") {
            let path = trimmed(pointer.dropFirst("gitdir:".count))
            git = URL(fileURLWithPath: path, relativeTo: home).standardizedFileURL
        }
        guard let head = text(git.appendingPathComponent("HEAD")).map(trimmed) else { return nil }
        guard head.hasPrefix("ref:") else { return isHash(head) ? head : nil }
        let ref = trimmed(head.dropFirst(4))
        // The ref as a file (in the worktree's folder or the common one), else in packed-refs.
        var folders = [git]
        if let common = text(git.appendingPathComponent("commondir")) {
            folders.append(
                URL(fileURLWithPath: trimmed(common), relativeTo: git).standardizedFileURL)
        }
        for folder in folders {
            if let c = text(folder.appendingPathComponent(ref)).map(trimmed), isHash(c) {
                return c
            }
            if let packed = text(folder.appendingPathComponent("packed-refs")) {
                for line in packed.split(separator: "\n") where line.hasSuffix(" " + ref) {
                    let c = String(line.prefix(40))
                    if isHash(c) { return c }
                }
            }
        }
        return nil
    }

    /// A small regular file's text (at most 1 MiB: a COMMIT, a ref, packed-refs), read with
    /// POSIX calls (every start of `intake` reads these for its version line); nil when absent.
    static func text(_ url: URL) -> String? {
        guard case .success(let file) = RegularFile.read(url.path, maxSize: 1 << 20) else { return nil }
        return String(decoding: file.bytes, as: UTF8.self)
    }

    /// Without leading and trailing ASCII spaces, tabs and line ends (what git writes
    /// around a hash or ref; Foundation's `trimmingCharacters` costs a millisecond at start).
    static func trimmed(_ s: some StringProtocol) -> String {
        let bytes = Array(s.utf8)
        let blank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard let first = bytes.firstIndex(where: { !blank($0) }), let last = bytes.lastIndex(where: { !blank($0) })
        else { return "" }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }

    static func isHash(_ s: String) -> Bool {
        s.utf8.count == 40 && s.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }
}
