import Foundation
import IntakeBundle
import IntakeIO
import IntakeModel

/// The bundle a command names, as the bytes of its `argv` entry: a GBK file name from a
/// Samba share is not UTF-8, and the `String` ArgumentParser hands over has lost it.
enum BundleArgument {
    /// The path `argument` came from, byte for byte.
    static func path(_ argument: String) -> BytePath {
        let raw = (1..<Int(CommandLine.argc)).compactMap { CommandLine.unsafeArgv[$0].map { BytePath(cString: $0) } }
        // ArgumentParser decodes argv with replacement characters: the entry that decodes
        // to what it handed us is the one.
        if let exact = raw.first(where: { String(decoding: $0.bytes, as: UTF8.self) == argument }) { return exact }
        return BytePath(argument)
    }

    /// The bundle's path when it is a regular file (a link to one is followed), or exit 2
    /// with a clear message: a FIFO named `*.zip` is refused at once, never opened.
    static func regularFile(_ argument: String, command: String) -> BytePath {
        let path = path(argument)
        let kind: String?
        do {
            kind = try FileSystem.irregularKind(of: path)
        } catch {
            fail("\(error.code == .notFound ? "no such file" : error.reason): \(TextEscaping.shown(path))")
        }
        if let kind {
            fail("not a regular file (\(kind)): \(TextEscaping.shown(path)); \(command) reads only zip files")
        }
        return path
    }

    private static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("intake: \(message)\n".utf8))
        Foundation.exit(2)
    }
}

extension TextEscaping {
    /// A path for a message on the terminal: its display form, control characters escaped.
    static func shown(_ path: BytePath) -> String { terminal(path.display) }
}
