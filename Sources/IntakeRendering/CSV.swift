import Foundation

/// CSV fields as every table the project writes needs them (the batch summary, the
/// index, the rejudge table).
public enum CSV {
    /// RFC 4180: quoted when it holds a comma, quote or line break; formula-looking text
    /// gets a leading apostrophe so a spreadsheet does not run it.
    public static func field(_ s: String) -> String {
        var v = s
        if let f = v.first, "=+-@".contains(f), Double(v) == nil { v = "'" + v }
        guard v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return v }
        return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
