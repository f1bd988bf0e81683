public import Foundation

/// A file-system path as the bytes the kernel stores (文件名字节). Linux names are bytes,
/// not text: producers on Chinese Windows and Samba shares write GBK names, which are not
/// UTF-8 and which `String`, `URL` and `FileManager` cannot carry. Every path that names a
/// bundle stays a `BytePath` from the inbox walk (or `argv`) to `open(2)`, the ledger and
/// the moves; ``display`` is only for people.
public struct BytePath: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The path's bytes, without a terminating NUL.
    public var bytes: [UInt8]

    public init(bytes: [UInt8]) { self.bytes = bytes }

    /// A path given as text (its UTF-8 bytes).
    public init(_ string: String) { bytes = Array(string.utf8) }

    /// A file URL's path.
    public init(_ url: URL) {
        self.init(url.withUnsafeFileSystemRepresentation { $0.map { String(cString: $0) } ?? url.path })
    }

    /// The bytes of a C string (an `argv` entry, a `readdir` name).
    public init(cString: UnsafePointer<CChar>) {
        bytes = Array(
            UnsafeBufferPointer(start: UnsafeRawPointer(cString).assumingMemoryBound(to: UInt8.self), count: strlen(cString)))
    }

    /// The path as text when its bytes are valid UTF-8.
    public var string: String? { String(validating: bytes, as: UTF8.self) }

    /// The path for Foundation's file APIs, which take text: the path itself when it is UTF-8 (never ``display``,
    /// which doubles a backslash), its display form otherwise (such a path cannot be named there at all).
    public var fileManagerPath: String { string ?? display }

    /// The last component (the whole path when it has no slash).
    public var lastComponent: BytePath {
        var end = bytes.endIndex
        while end > bytes.startIndex + 1, bytes[end - 1] == 0x2F { end -= 1 }
        let start = bytes[..<end].lastIndex(of: 0x2F).map { $0 + 1 } ?? bytes.startIndex
        return BytePath(bytes: Array(bytes[start..<end]))
    }

    /// The folder holding this path ("." for a bare name, "/" for a top-level one).
    public var parent: BytePath {
        guard let slash = bytes.lastIndex(of: 0x2F) else { return BytePath(".") }
        return slash == 0 ? BytePath("/") : BytePath(bytes: Array(bytes[..<slash]))
    }

    /// `self/component` (`component` may hold slashes: a relative path).
    public func appending(_ component: BytePath) -> BytePath {
        if bytes.isEmpty { return component }
        if bytes.last == 0x2F { return BytePath(bytes: bytes + component.bytes) }
        return BytePath(bytes: bytes + [0x2F] + component.bytes)
    }

    /// `self` with `suffix` added to its bytes (`NAME.zip` + `.report.json`).
    public func adding(_ suffix: String) -> BytePath { BytePath(bytes: bytes + Array(suffix.utf8)) }

    /// Whether the last component ends in `.zip`, any case.
    public var hasZipExtension: Bool {
        let name = lastComponent.bytes
        guard name.count >= 4 else { return false }
        return name.suffix(4).map { $0 | 0x20 } == Array(".zip".utf8)
    }

    /// Calls `body` with the path as a NUL-terminated C string for a system call.
    public func withCString<T>(_ body: (UnsafePointer<CChar>) throws -> T) rethrows -> T {
        try (bytes.map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer { try body($0.baseAddress!) }
    }

    /// A lossless rendering for reports and logs: valid UTF-8 as it is; otherwise each
    /// component decoded as GB18030 where it decodes, the whole marked ` [GB18030]`
    /// (`王.zip [GB18030]`); bytes that decode as neither as `\xNN`.
    public var display: String { FileNameRendering.render(bytes) }

    public var description: String { display }

    public static func < (a: BytePath, b: BytePath) -> Bool { a.bytes.lexicographicallyPrecedes(b.bytes) }
}

/// How a file name's bytes are shown to people (see ``BytePath/display``).
public enum FileNameRendering {
    /// The mark after a name shown decoded from GB18030.
    public static let gb18030Mark = " [GB18030]"

    /// A literal backslash is doubled wherever a name is shown (`back\\slash.zip`): the `\xNN` of a byte that is no
    /// character could otherwise be read as those four characters of another name (round 37, tester g). The mark says
    /// which components were decoded from GB18030: after the name when it is the last (`王.zip [GB18030]`), after the
    /// folder's name when a folder is (`收件 [GB18030]/文件.zip`), so that a GBK folder and a GBK file read apart.
    /// A UTF-8 name that spells the mark itself (`王.zip [GB18030]` typed) shows it as `\\[GB18030]`: the mark is then
    /// only ever the renderer's (the session's review).
    public static func render(_ bytes: [UInt8]) -> String {
        if let s = String(validating: bytes, as: UTF8.self) { return literal(s) }
        let components = bytes.split(separator: 0x2F, omittingEmptySubsequences: false)
        var out = ""
        for (k, part) in components.enumerated() {
            let component = Array(part)
            if k > 0 { out += "/" }
            if let s = String(validating: component, as: UTF8.self) {
                out += literal(s)
            } else if let s = TextDecoding.gb18030(component) {
                out += literal(s) + gb18030Mark
            } else {
                // Its valid runs' backslashes are doubled in `escaped`; a spelled mark is told apart here.
                out += escaped(component).replacingOccurrences(of: "[GB18030]", with: "\\[GB18030]")
            }
        }
        return out
    }

    /// Text from a name, shown so that it cannot be taken for an escape or the mark.
    static func literal(_ s: String) -> String {
        guard s.contains("\\") || s.contains("[GB18030]") else { return s }
        return s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "[GB18030]", with: "\\[GB18030]")
    }

    /// Valid UTF-8 runs as they are, every other byte as `\xNN`.
    static func escaped(_ bytes: [UInt8]) -> String {
        var out = ""
        var i = 0
        while i < bytes.count {
            // The longest valid UTF-8 sequence starting here (1 to 4 bytes), else one byte.
            var taken = 0
            for length in (1...min(4, bytes.count - i)).reversed() {
                if let s = String(validating: bytes[i..<i + length], as: UTF8.self), s.unicodeScalars.count == 1 {
                    out += s == "\\" ? "\\\\" : s
                    taken = length
                    break
                }
            }
            if taken == 0 {
                out += "\\x" + String(bytes[i], radix: 16, uppercase: true).leftPadded(to: 2)
                taken = 1
            }
            i += taken
        }
        return out
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
