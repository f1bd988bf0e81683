package import Foundation

/// The container of a document that is itself a zip (Office Open XML: docx, xlsx, pptx;
/// OFD 版式文件; OpenDocument): whether a reader can open it. A zip is read from its end:
/// an upload cut short, or the first half of a spreadsheet, keeps its first local headers
/// (the sniffer still sees `xl/` or `OFD.xml`) but has no central directory, and Excel, WPS
/// or an OFD reader refuse it. Read with the bundle's own end-record and central-directory
/// reader (``ZipLayout``): the end records, every central directory record and each
/// entry's 30-byte local header, nothing inflated, so it stays cheap.
package enum DocumentContainer {
    /// Why the container cannot be opened.
    package enum Problem: Equatable, Sendable {
        /// No end of central directory record, or a central directory that cannot be read
        /// record by record (a truncated file).
        case noDirectory
        /// The central directory lists no entry at all.
        case empty
        /// A local header is missing, contradicts its central record, or entries overlap.
        case inconsistent(String)
        /// The part the format requires (`[Content_Types].xml`, `OFD.xml`) is not listed.
        case missingPart(String)
        /// More entries than ``maxEntries``: not parsed (millions of 46-byte records would
        /// cost memory and time out of proportion to a document).
        case tooManyEntries(UInt64)
    }

    /// Entries a document's container may list (an .xlsx lists tens, a large .docx hundreds).
    package static let maxEntries: UInt64 = 65_535

    /// The problem of the zip in `bytes`, nil when it opens and its central directory lists
    /// each of `requiredParts` (compared ignoring ASCII case, as Open Packaging Conventions
    /// compare part names).
    package static func problem(_ bytes: some ContiguousBytes, requiredParts: [String]) -> Problem? {
        bytes.withUnsafeBytes { memory in
            let source = ZipLayout.Source.memory(memory)
            guard let end = ZipLayout.endRecord(source, fileSize: UInt64(memory.count)) else { return .noDirectory }
            if end.count > maxEntries { return .tooManyEntries(end.count) }
            guard let directory = ZipLayout.centralDirectory(source, fileSize: UInt64(memory.count), end: end) else {
                return .noDirectory
            }
            if directory.records.isEmpty { return .empty }
            var dataStarts: [UInt64] = []
            switch ZipLayout.verify(
                source, records: directory.records, directoryOffset: directory.offset, dataStarts: &dataStarts)
            {
            case .inconsistent(let why)?: return .inconsistent(why)
            case .overlapping(let first, let second)?: return .inconsistent("entries \(first) and \(second) share bytes")
            case nil: break
            }
            let lowered = { (name: [UInt8]) in name.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 } }
            let names = Set(directory.records.map { lowered($0.name) })
            for part in requiredParts where !names.contains(Array(part.lowercased().utf8)) {
                return .missingPart(part)
            }
            return nil
        }
    }
}
