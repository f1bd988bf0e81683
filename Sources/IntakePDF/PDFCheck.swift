internal import CQPDF
import Foundation

/// What qpdf makes of a PDF's structure (PDF 结构): whether it opens, whether qpdf had to
/// rebuild its cross-reference table, whether it needs a password, and its page count.
///
/// Only the structure is read (header, xref or its reconstruction, trailer, encryption
/// dictionary, page tree); no content stream is parsed or decoded, so the time is about
/// one pass over the bytes plus the page tree.
package struct PDFStructure: Sendable, Hashable {
    package enum Status: Sendable, Hashable {
        /// Opened without a warning.
        case sound
        /// Opened, but qpdf warned (typically: a damaged xref table it rebuilt by scanning
        /// the objects). A clerk's viewer does the same, so this is not a defect.
        case recovered
        /// Cannot be opened without a password (a non-empty user password).
        case encrypted
        /// qpdf cannot open it, or its page tree cannot be read, or it has no page.
        case unreadable
        /// More `obj` keywords than ``PDFCheck/maxObjectKeywords``: not given to qpdf,
        /// whose time and memory grow with the object count (a hostile file of a million
        /// empty objects takes seconds and hundreds of MB to reconstruct).
        case tooManyObjects
        /// The check went beyond the pipeline's time or memory for one PDF (or the
        /// isolated checker stopped): qpdf could not say whether the file opens. Hostile
        /// files get here, e.g. a million pages packed into a compressed object stream
        /// (9.5 MB, and gigabytes once qpdf builds its page objects).
        case overLimits
    }

    package var status: Status
    /// The page count, when the page tree was read.
    package var pages: Int?
    /// Encrypted, but opened with the empty user password (owner-password restrictions
    /// only: printing, copying). Not a defect.
    package var restricted: Bool
    /// qpdf's first error or warning, capped, for the finding's message.
    package var detail: String?
    /// How many warnings qpdf gave.
    package var warnings: Int

    package init(status: Status, pages: Int?, restricted: Bool, detail: String?, warnings: Int) {
        self.status = status
        self.pages = pages
        self.restricted = restricted
        self.detail = detail
        self.warnings = warnings
    }
}

/// The one Swift file that imports qpdf's C API (STYLE.md rule 2). The C API catches the
/// C++ exceptions qpdf throws and turns them into error codes, so hostile input yields
/// `.unreadable`, never a crash.
package enum PDFCheck {
    /// Warnings kept from qpdf before giving up on counting them (each is a small heap
    /// object inside qpdf; the count only feeds a message).
    static let maxWarningsRead = 1_000
    /// Characters of a qpdf message kept in a finding.
    static let maxDetail = 300
    /// `obj` keywords (each object has two: `N G obj` and `endobj`) a PDF may hold before
    /// it is refused unopened: 400,000, about 200,000 objects. A 500-page scan has a few
    /// thousand; qpdf reads 100,000 pages in a few seconds and about 300 MB.
    package static let maxObjectKeywords = 400_000

    /// Checks a PDF held in memory (or mapped from a file). `bytes` must stay valid for
    /// the call only: qpdf reads it in place and is torn down before returning.
    package static func check(_ bytes: UnsafeRawBufferPointer) -> PDFStructure {
        var result = PDFStructure(status: .unreadable, pages: nil, restricted: false, detail: nil, warnings: 0)
        guard let base = bytes.baseAddress, !bytes.isEmpty else {
            result.detail = "empty file"
            return result
        }
        if keywordCount(bytes) > maxObjectKeywords {
            result.status = .tooManyObjects
            return result
        }
        guard let q = qpdf_init() else {
            result.detail = "qpdf could not start"
            return result
        }
        var handle: qpdf_data? = q
        defer { qpdf_cleanup(&handle) }
        qpdf_silence_errors(q)
        qpdf_set_suppress_warnings(q, QPDF_TRUE)
        qpdf_set_attempt_recovery(q, QPDF_TRUE)

        let read = qpdf_read_memory(
            q, "document", base.assumingMemoryBound(to: CChar.self), UInt64(bytes.count), "")
        if read & QPDF_ERRORS != 0 || qpdf_has_error(q) != QPDF_FALSE {
            let error = qpdf_get_error(q)
            result.status = qpdf_get_error_code(q, error) == qpdf_e_password ? .encrypted : .unreadable
            result.detail = text(q, error)
            if result.detail.map(outOfMemory) == true { result.status = .overLimits }
            return result
        }
        result.restricted = qpdf_is_encrypted(q) != QPDF_FALSE
        let pages = qpdf_get_num_pages(q)
        let failed = pages < 0 || qpdf_has_error(q) != QPDF_FALSE
        let error = failed && qpdf_has_error(q) != QPDF_FALSE ? text(q, qpdf_get_error(q)) : nil
        // qpdf turns some failures inside the page tree into warnings (and a short count):
        // an allocation that failed among them means the limit was hit, not a bad file.
        var firstWarning: String?
        while qpdf_more_warnings(q) != QPDF_FALSE && result.warnings < maxWarningsRead {
            let warning = text(q, qpdf_next_warning(q))
            if firstWarning == nil { firstWarning = warning }
            if let warning, outOfMemory(warning) {
                result.status = .overLimits
                result.detail = warning
                return result
            }
            result.warnings += 1
        }
        if let error, outOfMemory(error) {
            result.status = .overLimits
            result.detail = error
            return result
        }
        if failed {
            result.detail = error ?? firstWarning ?? "page tree unreadable"
            return result
        }
        if pages == 0 {
            result.detail = firstWarning.map { "no page; \($0)" } ?? "no page"
            return result
        }
        result.pages = Int(pages)
        result.detail = firstWarning
        result.status = result.warnings == 0 ? .sound : .recovered
        return result
    }

    /// Occurrences of `obj` (stops counting just past the limit).
    /// memchr finds each "j" (the rarest byte of the three); "obj" cannot overlap itself,
    /// so this counts exactly what a left-to-right scan would.
    package static func keywordCount(_ bytes: UnsafeRawBufferPointer) -> Int {
        guard let base = bytes.baseAddress, bytes.count >= 3 else { return 0 }
        var count = 0
        var i = 2
        let n = bytes.count
        while i < n, let hit = memchr(base + i, 0x6A, n - i) {
            let j = hit - UnsafeMutableRawPointer(mutating: base)
            if bytes[j - 1] == 0x62, bytes[j - 2] == 0x6F {
                count += 1
                if count > maxObjectKeywords { return count }
            }
            i = j + 1
        }
        return count
    }

    /// qpdf's C API turns C++ exceptions into errors; an allocation that failed (the
    /// isolated checker's memory limit) reads as `std::bad_alloc`.
    static func outOfMemory(_ detail: String) -> Bool {
        detail.contains("bad_alloc")
    }

    /// qpdf's full text of an error or warning, capped.
    private static func text(_ q: qpdf_data, _ e: qpdf_error?) -> String? {
        guard let e, let cText = qpdf_get_error_full_text(q, e) else { return nil }
        let s = String(cString: cText)
        return s.count > maxDetail ? String(s.prefix(maxDetail)) + "…" : s
    }
}
