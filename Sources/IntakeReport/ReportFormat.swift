import IntakeCatalog

/// The formats a report is written in.
public enum ReportFormat: String, Sendable, CaseIterable {
    case json, xml, html, text

    /// File extension under --out.
    public var fileExtension: String { rawValue == "text" ? "txt" : rawValue }

    public func render(_ r: Report) -> String {
        switch self {
        case .json: JSONReport.render(r)
        case .xml: XMLReport.render(r)
        case .html: HTMLReport.render(r)
        case .text: TextReport.render(r)
        }
    }

    /// The same as UTF-8 bytes (JSON, XML and HTML written as bytes from the start).
    public func bytes(_ r: Report) -> [UInt8] {
        switch self {
        case .json: JSONReport.bytes(r)
        case .xml: XMLReport.bytes(r)
        case .html: HTMLReport.bytes(r)
        case .text: Array(render(r).utf8)
        }
    }
}
