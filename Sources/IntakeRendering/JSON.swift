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
        var o = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": o += "\\\""
            case "\\": o += "\\\\"
            case "\n": o += "\\n"
            case "\r": o += "\\r"
            case "\t": o += "\\t"
            case "\u{2028}": o += "\\u2028"
            case "\u{2029}": o += "\\u2029"
            default:
                if c.value < 0x20 {
                    o += String(format: "\\u%04x", c.value)
                } else {
                    o.unicodeScalars.append(c)
                }
            }
        }
        return o + "\""
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
