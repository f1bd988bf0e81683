import Foundation

// The one JSON writing of the project: reports (indented, keys in the spec's order) and
// the batch summary (compact values), over one string escaping.

/// A small JSON writer with a fixed key order (JSONEncoder's order is not the spec's).
public final class JSONWriter {
    /// `{"name": …, "version": …}`: the program that wrote a document.
    public func generator(name: String, version: String) {
        object {
            field("name", name)
            field("version", version)
        }
    }

    /// The document so far, as UTF-8 (appended in place: a report is thousands of small
    /// pieces, and a String grown piece by piece cost a batch ~5 % of its CPU).
    public private(set) var bytes: [UInt8] = []
    /// The document so far.
    public var out: String { String(decoding: bytes, as: UTF8.self) }

    public init() { bytes.reserveCapacity(8 << 10) }
    private var indent = 0
    private var needsComma: [Bool] = []

    public func object(_ body: () -> Void) {
        bytes.append(0x7B)  // {
        indent += 1
        needsComma.append(false)
        body()
        let had = needsComma.removeLast()
        indent -= 1
        if had { newline() }
        bytes.append(0x7D)  // }
    }

    /// An array of `items`, each written by `each`. Inlined into the caller, so that it is
    /// specialized there: unspecialized, every call looked the element type's metadata up
    /// at run time (a sixth of a report's JSON).
    @inlinable
    public func array<T>(_ items: [T], _ each: (T) -> Void) {
        array(count: items.count) { each(items[$0]) }
    }

    /// An array of `count` elements, the `i`th written by `each(i)`.
    public func array(count: Int, _ each: (Int) -> Void) {
        bytes.append(0x5B)  // [
        indent += 1
        for i in 0..<count {
            if i > 0 { bytes.append(0x2C) }
            newline()
            each(i)
        }
        indent -= 1
        if count > 0 { newline() }
        bytes.append(0x5D)  // ]
    }

    public func key(_ k: String) {
        if needsComma[needsComma.count - 1] { bytes.append(0x2C) }
        needsComma[needsComma.count - 1] = true
        newline()
        JSONString.append(k, to: &bytes)
        bytes.append(0x3A)  // ":"
        bytes.append(0x20)
    }

    public func field(_ k: String, _ v: String) {
        key(k)
        JSONString.append(v, to: &bytes)
    }

    public func field(_ k: String, _ v: Int64) {
        key(k)
        bytes += String(v).utf8
    }

    public func field(_ k: String, _ v: Bool) {
        key(k)
        bytes += (v ? "true" : "false").utf8
    }

    public func value(_ v: String) { JSONString.append(v, to: &bytes) }

    private func newline() {
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(0x20, count: 2 * indent))
    }

    public static func quote(_ s: String) -> String { JSONString.quote(s) }
}

/// JSON string literals: quotes, backslashes and control characters escaped, the rest
/// (Chinese included) kept as UTF-8.
public enum JSONString {
    public static func quote(_ s: String) -> String {
        var o: [UInt8] = []
        o.reserveCapacity(s.utf8.count + 2)
        append(s, to: &o)
        return String(decoding: o, as: UTF8.self)
    }

    /// Appends `s` as a JSON string literal.
    public static func append(_ s: String, to o: inout [UInt8]) {
        o.append(0x22)
        var s = s
        s.withUTF8 { bytes in
            // Most strings need no escape at all: one scan, then one copy.
            var i = 0
            var plainUntil = 0
            while i < bytes.count {
                let b = bytes[i]
                if b >= 0x20 && b != 0x22 && b != 0x5C && b != 0xE2 && b != 0xD8 && b != 0x7F && b != 0xC2 {
                    i += 1
                    continue
                }
                o.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainUntil..<i]))
                switch b {
                case 0x22: o += [0x5C, 0x22]
                case 0x5C: o += [0x5C, 0x5C]
                case 0x0A: o += [0x5C, 0x6E]
                case 0x0D: o += [0x5C, 0x72]
                case 0x09: o += [0x5C, 0x74]
                case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    // U+2028 and U+2029, line breaks to JavaScript.
                    o += [0x5C, 0x75, 0x32, 0x30, 0x32, bytes[i + 2] == 0xA8 ? 0x38 : 0x39]
                    i += 3
                    plainUntil = i
                    continue
                case 0xE2 where i + 2 < bytes.count && Self.isBidiControl(bytes[i + 1], bytes[i + 2]),
                    0xD8 where i + 1 < bytes.count && bytes[i + 1] == 0x9C:
                    // The bidirectional controls (U+200E, U+200F, U+202A…U+202E, U+2066…U+2069,
                    // U+061C), which make a viewer show `files/\u{202E}fdp.exe` as `files/exe.pdf`:
                    // escaped, as README says (round 39, tester s: the JSON carried them raw).
                    let scalar =
                        b == 0xD8 ? 0x061C : (Int(b & 0x0F) << 12) | (Int(bytes[i + 1] & 0x3F) << 6) | Int(bytes[i + 2] & 0x3F)
                    o += [0x5C, 0x75] + [12, 8, 4, 0].map { Self.hex[(scalar >> $0) & 0xF] }
                    i += b == 0xD8 ? 2 : 3
                    plainUntil = i
                    continue
                case 0xC2 where i + 1 < bytes.count && (0x80...0x9F).contains(bytes[i + 1]):
                    // The C1 controls (U+0080…U+009F), and DEL below, as README says of every control (the review).
                    o += [0x5C, 0x75, 0x30, 0x30, Self.hex[Int(bytes[i + 1] >> 4)], Self.hex[Int(bytes[i + 1] & 0xF)]]
                    i += 2
                    plainUntil = i
                    continue
                case 0xE2, 0xD8, 0xC2: o.append(b)
                default:
                    o += [0x5C, 0x75, 0x30, 0x30, Self.hex[Int(b >> 4)], Self.hex[Int(b & 0xF)]]
                }
                i += 1
                plainUntil = i
            }
            o.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainUntil..<bytes.count]))
        }
        o.append(0x22)
    }
}

extension JSONString {
    /// Lower-case hex digits, for `\\uXXXX` escapes (one table, not one a character escaped).
    static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// The UTF-8 continuation bytes after 0xE2 of U+200E, U+200F, U+202A…U+202E, U+2066…U+2069.
    static func isBidiControl(_ b1: UInt8, _ b2: UInt8) -> Bool {
        (b1 == 0x80 && (b2 == 0x8E || b2 == 0x8F || (0xAA...0xAE).contains(b2))) || (b1 == 0x81 && (0xA6...0xA9).contains(b2))
    }
}

/// A JSON value written compactly (one line), keys in the order given.
public enum JSONValue: Sendable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public var text: String {
        switch self {
        case .string(let s): return Self.quote(s)
        case .number(let d): return d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)
        case .bool(let b): return b ? "true" : "false"
        case .array(let a): return "[" + a.map(\.text).joined(separator: ",") + "]"
        case .object(let o): return "{" + o.map { Self.quote($0.0) + ":" + $0.1.text }.joined(separator: ",") + "}"
        }
    }

    public static func quote(_ s: String) -> String { JSONString.quote(s) }

}
