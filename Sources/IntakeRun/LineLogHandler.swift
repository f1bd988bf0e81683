import Foundation
import IntakeModel
import IntakeRendering
public import Logging

/// One log record per line on standard error, in proper logfmt (`ts=… level=info
/// logger=intake.run msg="bundle" file="王 申请.zip" …`, every value quoted as
/// ``TextEscaping/logfmt(_:)`` says, so a file name cannot forge a field or a line) or as
/// a JSON object per line (`--log-format json`). Metadata values that are lists or
/// dictionaries are flattened (`recovered.moves=0`); keys are sorted, so lines diff well.
public struct LineLogHandler: LogHandler {
    public enum Format: String, Sendable, CaseIterable {
        case logfmt, json
    }

    public let label: String
    public let format: Format
    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?

    public init(label: String, format: Format) {
        self.label = label
        self.format = format
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var all = metadata
        if let provided = metadataProvider?.get() { all.merge(provided) { $1 } }
        if let extra = event.metadata { all.merge(extra) { $1 } }
        let fields = Self.flatten(all)
        let line = Self.render(
            format: format, time: Self.timestamp(), level: event.level.rawValue, logger: label,
            message: event.message.description, fields: fields)
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// One record as a line (without the newline).
    public static func render(
        format: Format, time: String, level: String, logger: String, message: String, fields: [(String, String)]
    ) -> String {
        let head = [("ts", time), ("level", level), ("logger", logger), ("msg", message)]
        switch format {
        case .logfmt:
            return (head + fields).map { "\(key($0.0))=\(TextEscaping.logfmt($0.1))" }.joined(separator: " ")
        case .json:
            var seen = Set<String>()
            return "{"
                + (head + fields).compactMap { k, v in
                    seen.insert(k).inserted ? "\(JSONString.quote(k)):\(JSONString.quote(v))" : nil
                }.joined(separator: ",") + "}"
        }
    }

    /// Nested values flattened to dotted keys, sorted by key.
    static func flatten(_ metadata: Logger.Metadata, prefix: String = "") -> [(String, String)] {
        var out: [(String, String)] = []
        for (k, v) in metadata {
            let name = prefix.isEmpty ? k : "\(prefix).\(k)"
            switch v {
            case .string(let s): out.append((name, s))
            case .stringConvertible(let c): out.append((name, c.description))
            case .dictionary(let d): out += flatten(d, prefix: name)
            case .array(let a): out.append((name, a.map(\.description).joined(separator: ",")))
            }
        }
        return out.sorted { $0.0 < $1.0 }
    }

    /// A key as logfmt allows: letters, digits, `_`, `.`, `-`; anything else becomes `_`.
    static func key(_ k: String) -> String {
        let mapped = String(
            k.unicodeScalars.map { u -> Character in
                (u.isASCII && (u.properties.isAlphabetic || ("0"..."9").contains(u) || u == "_" || u == "." || u == "-"))
                    ? Character(u) : "_"
            })
        return mapped.isEmpty ? "_" : mapped
    }

    static func timestamp() -> String { Timestamp.now(milliseconds: true) }
}
