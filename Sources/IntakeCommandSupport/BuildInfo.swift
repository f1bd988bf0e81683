public import Foundation
import IntakeModel

/// Which build of the program runs: the semantic version and the git commit it was built
/// from, for `intake --version`, the run's log and the summary. The commit is read at run
/// time from the home: the `COMMIT` file an install or package writes there, else the
/// repository's `.git` (a clone run in place). Reports carry only name and version, so
/// their bytes do not change with every commit.
public enum BuildInfo {
    /// The commit (40 hex) the home was built from, or nil when it cannot be told.
    public static let commit: String? = IntakeHome.locate().flatMap(commit(home:))

    /// `intake 0.5.0 (commit 0123456789ab)`, or `intake 0.5.0` without a known commit.
    public static var versionLine: String {
        IntakeVersion.generator + (commit.map { " (commit \($0.prefix(12)))" } ?? "")
    }

    static func commit(home: URL) -> String? {
        if let text = try? String(contentsOf: home.appendingPathComponent("COMMIT"), encoding: .utf8) {
            let c = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if isHash(c) { return c }
        }
        var git = home.appendingPathComponent(".git")
        // A worktree's .git is a file naming the real folder.
        if let pointer = try? String(contentsOf: git, encoding: .utf8), pointer.hasPrefix("gitdir:") {
            let path = pointer.dropFirst("gitdir:".count).trimmingCharacters(in: .whitespacesAndNewlines)
            git = URL(fileURLWithPath: path, relativeTo: home).standardizedFileURL
        }
        guard
            let head = try? String(contentsOf: git.appendingPathComponent("HEAD"), encoding: .utf8)
                .trimmingCharacters(in: .whitespacesAndNewlines)
        else { return nil }
        guard head.hasPrefix("ref:") else { return isHash(head) ? head : nil }
        let ref = head.dropFirst(4).trimmingCharacters(in: .whitespaces)
        // The ref as a file (in the worktree's folder or the common one), else in packed-refs.
        var folders = [git]
        if let common = try? String(contentsOf: git.appendingPathComponent("commondir"), encoding: .utf8) {
            folders.append(
                URL(fileURLWithPath: common.trimmingCharacters(in: .whitespacesAndNewlines), relativeTo: git).standardizedFileURL)
        }
        for folder in folders {
            if let c = try? String(contentsOf: folder.appendingPathComponent(ref), encoding: .utf8)
                .trimmingCharacters(in: .whitespacesAndNewlines), isHash(c)
            {
                return c
            }
            if let packed = try? String(contentsOf: folder.appendingPathComponent("packed-refs"), encoding: .utf8) {
                for line in packed.split(separator: "\n") where line.hasSuffix(" " + ref) {
                    let c = String(line.prefix(40))
                    if isHash(c) { return c }
                }
            }
        }
        return nil
    }

    static func isHash(_ s: String) -> Bool {
        s.utf8.count == 40 && s.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }
}
