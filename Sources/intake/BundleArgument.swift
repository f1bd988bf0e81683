import ArgumentParser
import Foundation
import IntakeBundle
import IntakeCommandSupport
import IntakeIO
import IntakeModel

/// The bundle a command names, as the bytes of its `argv` entry: a GBK file name from a
/// Samba share is not UTF-8, and the `String` ArgumentParser hands over has lost it.
enum BundleArgument {
    /// The path `argument` came from, byte for byte.
    /// `option`: the option the value may be glued to (`--name=王.zip`): its entry is that prefix and the value.
    static func path(_ argument: String, option: String? = nil) -> BytePath {
        let raw = (1..<Int(CommandLine.argc)).compactMap { CommandLine.unsafeArgv[$0].map { BytePath(cString: $0) } }
        // ArgumentParser decodes argv with replacement characters: the entry that decodes
        // to what it handed us is the one.
        if let exact = raw.first(where: { String(decoding: $0.bytes, as: UTF8.self) == argument }) { return exact }
        if let option {
            let prefix = Array((option + "=").utf8)
            for entry in raw where entry.bytes.starts(with: prefix) {
                let value = Array(entry.bytes.dropFirst(prefix.count))
                if String(decoding: value, as: UTF8.self) == argument { return BytePath(bytes: value) }
            }
        }
        return BytePath(argument)
    }

    /// A folder given as an argument (--inbox, --out, --data …) must be UTF-8: the run's folders are opened by name, and a
    /// GBK name decoded with replacement characters named another folder, two GBK names one folder (round 40, tester w:
    /// `--out "dl 大连"` and `--out "dl 沈阳"` in GBK wrote to one `dl ��`). Refused with exit 2 rather than that;
    /// names inside the inbox are bytes and need not be UTF-8.
    static func requireUTF8(_ argument: String?, option: String) throws {
        guard let argument else { return }
        let raw = path(argument, option: option)
        guard String(validating: raw.bytes, as: UTF8.self) == nil else { return }
        throw ValidationError(
            "\(option) \(TextEscaping.shown(raw)): a folder named in an argument must be UTF-8 (this one is not; "
                + "rename it, or link to it under a UTF-8 name)")
    }

    /// The bundle's path when it is a regular file (a link to one is followed), or exit 2
    /// with a clear message: a FIFO named `*.zip` is refused at once, never opened.
    static func regularFile(_ argument: String, command: String) -> BytePath {
        let path = path(argument)
        let kind: String?
        do {
            kind = try FileSystem.irregularKind(of: path)
        } catch {
            Tooling.fail(
                // In both languages, as the others (round 44, tester d: a looping link said "Too many levels of symbolic links").
                "\(error.code == .notFound ? "没有该文件 no such file" : "无法读取 cannot read: \(error.reason)"): \(TextEscaping.shown(path))",
                code: error.code == .notFound ? "not-found" : "unreadable")
        }
        if let kind {
            Tooling.fail(
                "不是普通文件 not a regular file (\(kind)): \(TextEscaping.shown(path)); \(command) reads only zip files",
                code: "not-regular-file")
        }
        return path
    }

    /// `-`: the bundle arrives on standard input. It is copied, 1 MiB at a time, into a
    /// private folder under `$TMPDIR` (removed by `remove()`, or by SIGTERM, SIGINT or SIGHUP
    /// arriving meanwhile) as `name` (default `stdin.zip`: what the report shows as the
    /// bundle's file name), at most `limit` bytes: more is refused (exit 2) and nothing is
    /// kept (round 52, tester d: `cat /dev/zero | intake check -` filled the disk with 57 GB,
    /// and a SIGTERM left the copy behind).
    final class StandardInput {
        /// The pipeline's largest bundle by default (its 2 GiB of entries).
        static let defaultLimit: Int64 = 2 << 30
        let folder: String
        let path: BytePath

        init(name: String?, limit: Int64 = defaultLimit) {
            let base = (ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp") + "/intake-stdin-XXXXXX"
            var template = Array(base.utf8CString)
            guard let made = mkdtemp(&template) else { Tooling.fail("cannot create a temporary folder for standard input") }
            folder = String(cString: made)
            // The name's bytes as given (a GBK name shows as 王.zip [GB18030], as the same file's would, not as
            // replacement characters: round 37, tester g); its last component, never a hidden one.
            let given = name.map { BundleArgument.path($0, option: "--name").lastComponent.bytes } ?? []
            let safe = given.isEmpty || given.first == UInt8(ascii: ".") ? Array("stdin.zip".utf8) : given
            path = BytePath(bytes: Array(folder.utf8) + [UInt8(ascii: "/")] + safe)
            StandardInputCopy.set(file: path, folder: folder)
            let fd = path.withCString { open($0, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600) }
            guard fd >= 0 else { fail("cannot create a temporary file for standard input") }
            defer { close(fd) }
            var buffer = [UInt8](repeating: 0, count: 1 << 20)
            var total: Int64 = 0
            while true {
                let n = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
                if n < 0 && errno == EINTR { continue }
                guard n >= 0 else { fail("cannot read standard input: \(String(cString: strerror(errno)))") }
                if n == 0 { break }
                total += Int64(n)
                if total > limit {
                    fail(
                        "标准输入超过 \(limit) 字节 standard input passed \(limit) bytes (--max-body): not read further",
                        code: "too-large")
                }
                var offset = 0
                while offset < n {
                    let w = buffer.withUnsafeBytes { write(fd, $0.baseAddress! + offset, n - offset) }
                    if w < 0 && errno == EINTR { continue }
                    guard w > 0 else { fail("cannot store standard input: \(String(cString: strerror(errno)))") }
                    offset += w
                }
            }
        }

        func remove() {
            _ = path.withCString { unlink($0) }
            _ = rmdir(folder)
            StandardInputCopy.clear()
        }

        /// Fails as `Tooling.fail` does, the copy removed first (the review of round 53: a full disk left it).
        private func fail(_ message: String, code: String = "failed") -> Never {
            remove()
            Tooling.fail(message, code: code)
        }
    }
}

/// The copy of standard input a signal removes: its paths as C strings, set before the file is
/// made, read by the handler (unlink, rmdir, signal and raise are async-signal-safe). A signal
/// the process ignores (a background job's SIGINT, nohup's SIGHUP) stays ignored; one handled
/// removes the copy, then takes its former course, so that the parent sees the death by it.
private enum StandardInputCopy {
    nonisolated(unsafe) static var file: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) static var folder: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) static var previous: [(Int32, sigaction)] = []

    static func set(file path: BytePath, folder: String) {
        file = path.withCString { strdup($0) }
        Self.folder = strdup(folder)
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for s in [SIGTERM, SIGINT, SIGHUP] {
            var old = sigaction()
            sigaction(s, nil, &old)
            // SIG_IGN is the handler 1 (<signal.h>); a function pointer compares as its bits.
            if unsafeBitCast(old.__sigaction_handler, to: Int.self) == 1 { continue }
            previous.append((s, old))
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { received in
                if let f = StandardInputCopy.file { unlink(f) }
                if let d = StandardInputCopy.folder { rmdir(d) }
                signal(received, SIG_DFL)
                raise(received)
            }
            sigemptyset(&action.sa_mask)
            sigaction(s, &action, nil)
            sigaddset(&unblock, s)
        }
        // Handled, they are let through: a parent may have started this process with them blocked (the mask is
        // inherited through exec), and a copy that no SIGTERM could stop would stay for good.
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
    }

    static func clear() {
        for (s, old) in previous {
            var action = old
            sigaction(s, &action, nil)
        }
        previous = []
        free(file)
        free(folder)
        (file, folder) = (nil, nil)
    }
}

extension TextEscaping {
    /// A path for a message on the terminal: its display form, control characters escaped.
    static func shown(_ path: BytePath) -> String { terminal(path.display) }
}
