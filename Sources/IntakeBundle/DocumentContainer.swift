package import Foundation
import IntakeCompression

/// The container of a document that is itself a zip (Office Open XML: docx, xlsx, pptx;
/// OFD 版式文件; OpenDocument): whether a reader can open it. A zip is read from its end:
/// an upload cut short, or the first half of a spreadsheet, keeps its first local headers
/// (the sniffer still sees `xl/` or `OFD.xml`) but has no central directory, and Excel, WPS
/// or an OFD reader refuse it. Read with the bundle's own end-record and central-directory
/// reader (``ZipLayout``): the end records, every central directory record and each
/// entry's 30-byte local header; then each stored or deflated part's data, inflated in
/// pieces (memory bounded) and held to its CRC-32 and size, as Word, Excel, WPS and OFD
/// readers do when they open it: a package damaged inside (a flipped bit in a part, a part
/// cut short) would not open, and passed as sound (round 19, tester 5).
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
        /// A part whose data does not inflate to the CRC-32 and size its record gives (the
        /// part's name as the zip stores it, shown readably).
        case damagedPart(String)
        /// A part stored encrypted (zip encryption: traditional PKWARE or AES, the part's
        /// name shown readably): Word, Excel, WPS and OFD readers cannot open such a
        /// package, and whoever has no password cannot read the part.
        case encryptedPart(String)
        /// An XML part of an Office Open XML package that declares a DTD (`<!DOCTYPE`),
        /// which Open Packaging Conventions forbid and tell readers to treat as an error
        /// (ECMA-376 Part 2, 8.1.4 [M1.18]): it is how entity expansion attacks (billion
        /// laughs) come in. The part is never parsed here, so nothing is expanded.
        case declaresDTD(String)
        /// A part (its name shown readably, and the bytes it declares) larger than the
        /// bytes inflated at most to check a document (``maxInflatedBytes``): left unread,
        /// the package could not be confirmed to open (round 33, tester n: one declaring
        /// 300 MiB of garbage was reported sound).
        case partTooLarge(String, UInt64)
        /// A part stored with a compression method the package's readers do not read (Office
        /// Open XML and OFD packages use stored or deflate only: ECMA-376 Part 2, GB/T 33190).
        case unsupportedMethod(String, UInt16)
    }

    /// Bytes inflated at most to check one document's parts: beyond, the remaining parts
    /// are left unchecked (a package of a few MB inflates to tens; a part declaring
    /// gigabytes is a bomb the ratio limit of the bundle does not see inside a document).
    package static let maxInflatedBytes: UInt64 = 256 << 20

    /// Entries a document's container may list (an .xlsx lists tens, a large .docx hundreds).
    package static let maxEntries: UInt64 = 65_535

    /// The problem of the zip in `bytes`, nil when it opens and its central directory lists
    /// each of `requiredParts` (compared ignoring ASCII case, as Open Packaging Conventions
    /// compare part names). With `forbidsDTD` (an Office Open XML package), an XML part
    /// (`.xml`, `.rels`) that declares a DTD is a problem too.
    /// `onlyDeflate`: a part stored with another method than stored or deflate is a problem
    /// (a package whose format allows only those); otherwise it is left to the reader.
    package static func problem(
        _ bytes: some ContiguousBytes, requiredParts: [String], forbidsDTD: Bool = false, onlyDeflate: Bool = false
    ) -> Problem? {
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
            case .hidden(let offset)?: return .inconsistent("a local header at offset \(offset) that no central record lists")
            case nil: break
            }
            let lowered = { (name: [UInt8]) in name.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 } }
            let names = Set(directory.records.map { lowered($0.name) })
            for part in requiredParts where !names.contains(Array(part.lowercased().utf8)) {
                return .missingPart(part)
            }
            // Before the data is checked: an encrypted part's data is not the part, and a
            // package with one opens for nobody without its password (round 21, tester 4: a
            // workbook zipped with `zip -P` passed as sound).
            if let locked = directory.records.first(where: { $0.flags & 0x0001 != 0 }) {
                return .encryptedPart(FileNameRendering.render(locked.name))
            }
            if onlyDeflate, let other = directory.records.first(where: { $0.method != 0 && $0.method != 8 }) {
                return .unsupportedMethod(FileNameRendering.render(other.name), other.method)
            }
            return damagedPart(memory, records: directory.records, dataStarts: dataStarts, forbidsDTD: forbidsDTD)
        }
    }

    /// The first part (stored or deflated; none is encrypted) whose data does not give the
    /// CRC-32 and size of its central record, or, with `forbidsDTD`, whose XML declares a
    /// DTD, within ``maxInflatedBytes`` in all (a part past what is left of them is
    /// ``Problem/partTooLarge(_:_:)``). Other methods are left to the reader that opens the
    /// document.
    static func damagedPart(
        _ memory: UnsafeRawBufferPointer, records: [ZipLayout.CentralRecord], dataStarts: [UInt64], forbidsDTD: Bool
    ) -> Problem? {
        var budget = maxInflatedBytes
        var inflater: RawInflater?
        for (r, start) in zip(records, dataStarts) where r.method == 0 || r.method == 8 {
            // verify() has checked that the data lies inside the bytes, before the directory.
            guard start <= UInt64(memory.count), r.compressedSize <= UInt64(memory.count) - start else { return nil }
            guard r.size <= budget else { return .partTooLarge(FileNameRendering.render(r.name), r.size) }
            budget -= r.size
            let data = UnsafeRawBufferPointer(rebasing: memory[Int(start)..<Int(start + r.compressedSize)])
            var crc: UInt32 = 0
            var produced: UInt64 = 0
            var sound: Bool
            var prolog = forbidsDTD && XMLProlog.isXMLPart(r.name) ? XMLProlog() : nil
            if r.method == 0 {
                crc = LibDeflateInflater.crc32(data)
                produced = r.compressedSize
                prolog?.feed(data)
                sound = true
            } else {
                let i = inflater ?? RawInflater(outputChunk: 64 << 10)
                inflater = i
                i.reset()
                // Past its size it is damaged already: inflating stops there (a part declaring
                // 10 bytes that inflates to 16 GiB held a worker for minutes: round 33, tester n).
                let outcome = i.inflate(data) { piece in
                    produced += UInt64(piece.count)
                    guard produced <= r.size else { return false }
                    crc = LibDeflateInflater.crc32(piece, crc: crc)
                    prolog?.feed(piece)
                    return true
                }
                sound = outcome == true && i.finished
            }
            if !sound || produced != r.size || crc != r.crc {
                return .damagedPart(FileNameRendering.render(r.name))
            }
            if prolog?.declaresDTD == true { return .declaresDTD(FileNameRendering.render(r.name)) }
        }
        return nil
    }
}

/// The prolog of an XML part (what may come before its root element: an XML declaration,
/// processing instructions, comments, white space, a byte order mark), read as the part
/// inflates, in constant memory, until its root element or a `<!DOCTYPE` decides whether
/// it declares a DTD. NUL bytes are skipped: a UTF-16 part's ASCII markup reads as UTF-8's,
/// and no UTF-8 prolog holds one.
struct XMLProlog {
    private enum State {
        case between, open, instruction, instructionEnd
        case bang(matched: Int)
        case commentOpen
        case comment(dashes: Int)
        case decided
    }
    private var state = State.between
    private(set) var declaresDTD = false
    private static let doctype = Array("DOCTYPE".utf8)

    /// Whether a part name (as the zip stores it) is XML in an Office Open XML package.
    static func isXMLPart(_ name: [UInt8]) -> Bool {
        let lowered = name.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        return lowered.reversed().starts(with: Array(".xml".utf8).reversed())
            || lowered.reversed().starts(with: Array(".rels".utf8).reversed())
    }

    mutating func feed(_ bytes: UnsafeRawBufferPointer) {
        for b in bytes where b != 0 {
            switch state {
            case .decided: return
            case .between: if b == UInt8(ascii: "<") { state = .open }
            case .open:
                switch b {
                case UInt8(ascii: "?"): state = .instruction
                case UInt8(ascii: "!"): state = .bang(matched: 0)
                default: state = .decided  // the root element: no DTD before it
                }
            case .instruction: if b == UInt8(ascii: "?") { state = .instructionEnd }
            case .instructionEnd:
                state = b == UInt8(ascii: ">") ? .between : b == UInt8(ascii: "?") ? .instructionEnd : .instruction
            case .bang(let matched):
                // `<!--` opens a comment; `<!DOCTYPE` (any case: lenient readers take it so)
                // is a DTD; anything else is no prolog this check reads.
                if matched == 0 && b == UInt8(ascii: "-") {
                    state = .commentOpen
                } else if b & 0xDF == Self.doctype[matched] {
                    if matched + 1 == Self.doctype.count {
                        declaresDTD = true
                        state = .decided
                    } else {
                        state = .bang(matched: matched + 1)
                    }
                } else {
                    state = .decided
                }
            case .commentOpen: state = b == UInt8(ascii: "-") ? .comment(dashes: 0) : .decided
            case .comment(let dashes):
                if b == UInt8(ascii: "-") {
                    state = .comment(dashes: min(dashes + 1, 2))
                } else if b == UInt8(ascii: ">") && dashes == 2 {
                    state = .between
                } else {
                    state = .comment(dashes: 0)
                }
            }
        }
    }
}
