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

    public private(set) var out = ""

    public init() {}
    private var indent = 0
    private var needsComma: [Bool] = []

    public func object(_ body: () -> Void) {
        out += "{"
        indent += 1
        needsComma.append(false)
        body()
        let had = needsComma.removeLast()
        indent -= 1
        if had { newline() }
        out += "}"
    }

    public func array<T>(_ items: [T], _ each: (T) -> Void) {
        out += "["
        indent += 1
        for (i, item) in items.enumerated() {
            if i > 0 { out += "," }
            newline()
            each(item)
        }
        indent -= 1
        if !items.isEmpty { newline() }
        out += "]"
    }

    public func key(_ k: String) {
        if needsComma[needsComma.count - 1] { out += "," }
        needsComma[needsComma.count - 1] = true
        newline()
        out += Self.quote(k) + ": "
    }

    public func field(_ k: String, _ v: String) {
        key(k)
        out += Self.quote(v)
    }

    public func field(_ k: String, _ v: Int64) {
        key(k)
        out += String(v)
    }

    public func field(_ k: String, _ v: Bool) {
        key(k)
        out += v ? "true" : "false"
    }

    public func value(_ v: String) { out += Self.quote(v) }

    private func newline() { out += "\n" + String(repeating: "  ", count: indent) }

    public static func quote(_ s: String) -> String { JSONString.quote(s) }
}

/// JSON string literals: quotes, backslashes and control characters escaped, the rest
/// (Chinese included) kept as UTF-8.
public enum JSONString {
    public static func quote(_ s: String) -> String {
        // Most strings need no escape at all: one scan of the UTF-8, then one copy.
        var plain = true
        for b in s.utf8 where b < 0x20 || b == 0x22 || b == 0x5C || b == 0xE2 {
            plain = false
            break
        }
        if plain { return "\"" + s + "\"" }
        let bytes = Array(s.utf8)
        var o: [UInt8] = [0x22]
        o.reserveCapacity(bytes.count + 16)
        let hex = Array("0123456789abcdef".utf8)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case 0x22: o += [0x5C, 0x22]
            case 0x5C: o += [0x5C, 0x5C]
            case 0x0A: o += [0x5C, 0x6E]
            case 0x0D: o += [0x5C, 0x72]
            case 0x09: o += [0x5C, 0x74]
            case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                // U+2028 and U+2029, line breaks to JavaScript.
                o += Array("\\u202".utf8) + [bytes[i + 2] == 0xA8 ? 0x38 : 0x39]
                i += 3
                continue
            default:
                if b < 0x20 {
                    o += [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]]
                } else {
                    o.append(b)
                }
            }
            i += 1
        }
        o.append(0x22)
        return String(decoding: o, as: UTF8.self)
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
