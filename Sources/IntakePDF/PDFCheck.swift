internal import CQPDF
import Foundation
package import IntakeModel

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
        /// qpdf cannot open it, or its page tree cannot be read.
        case unreadable
        /// More objects than ``PDFCheck/maxObjects``: not given to qpdf,
        /// whose time and memory grow with the object count (a hostile file of a million
        /// empty objects takes seconds and hundreds of MB to reconstruct).
        case tooManyObjects
        /// The check went beyond the pipeline's time or memory for one PDF (or the
        /// isolated checker stopped): qpdf could not say whether the file opens. Hostile
        /// files get here, e.g. a million pages packed into a compressed object stream
        /// (9.5 MB, and gigabytes once qpdf builds its page objects).
        case overLimits
        /// Opened, its page tree read, and it holds no page: nothing to show, though qpdf
        /// may have found nothing broken (`detail` carries its first warning, if any).
        case noPage
        /// No `%%EOF` anywhere, or PDF syntax after the last one (a revision cut short): the
        /// file was cut short (not given to qpdf, which would rebuild what is left of it, or
        /// read the revision before, and call it repaired).
        case noEnd
        /// Sound up to its last `%%EOF`, with more than ``PDFCheck/trailingAllowance`` bytes
        /// after it that are no PDF (a gateway's padding, an appended page): not read.
        case trailing
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
    /// The pages' size as shown (CropBox cut to MediaBox, inherited from the page tree
    /// where a page has none), when every page's could be read.
    package var paper: PaperSize? = nil

    package init(status: Status, pages: Int?, restricted: Bool, detail: String?, warnings: Int) {
        self.status = status
        self.pages = pages
        self.restricted = restricted
        self.detail = detail
        self.warnings = warnings
    }
}

/// qpdf's C API, looked up when first needed (dlopen) instead of linked: only a process
/// that checks a PDF maps qpdf and the fifteen libraries it brings (gnutls, libcrypto,
/// libjpeg, …), whose loading and relocation took ~5 ms of every start of `intake` — a
/// `check` is a process of its own. The helper loads it before its first request.
struct QPDF: @unchecked Sendable {
    /// The library, or why it cannot be loaded.
    static let library: Result<QPDF, QPDFUnavailable> = load()

    let initialize: @convention(c) () -> qpdf_data?
    let cleanup: @convention(c) (UnsafeMutablePointer<qpdf_data?>?) -> Void
    let silenceErrors: @convention(c) (qpdf_data?) -> Void
    let setSuppressWarnings: @convention(c) (qpdf_data?, QPDF_BOOL) -> Void
    let setAttemptRecovery: @convention(c) (qpdf_data?, QPDF_BOOL) -> Void
    let readMemory:
        @convention(c) (
            qpdf_data?, UnsafePointer<CChar>?, UnsafePointer<CChar>?, UInt64, UnsafePointer<CChar>?
        ) -> QPDF_ERROR_CODE
    let hasError: @convention(c) (qpdf_data?) -> QPDF_BOOL
    let getError: @convention(c) (qpdf_data?) -> qpdf_error?
    let errorCode: @convention(c) (qpdf_data?, qpdf_error?) -> qpdf_error_code_e
    let errorFullText: @convention(c) (qpdf_data?, qpdf_error?) -> UnsafePointer<CChar>?
    let isEncrypted: @convention(c) (qpdf_data?) -> QPDF_BOOL
    let numberOfPages: @convention(c) (qpdf_data?) -> Int32
    let moreWarnings: @convention(c) (qpdf_data?) -> QPDF_BOOL
    let nextWarning: @convention(c) (qpdf_data?) -> qpdf_error?
    let pageN: @convention(c) (qpdf_data?, Int) -> qpdf_oh
    let isDictionary: @convention(c) (qpdf_data?, qpdf_oh) -> QPDF_BOOL
    let hasKey: @convention(c) (qpdf_data?, qpdf_oh, UnsafePointer<CChar>?) -> QPDF_BOOL
    let getKey: @convention(c) (qpdf_data?, qpdf_oh, UnsafePointer<CChar>?) -> qpdf_oh
    let isArray: @convention(c) (qpdf_data?, qpdf_oh) -> QPDF_BOOL
    let arrayCount: @convention(c) (qpdf_data?, qpdf_oh) -> Int32
    let arrayItem: @convention(c) (qpdf_data?, qpdf_oh, Int32) -> qpdf_oh
    let isNumber: @convention(c) (qpdf_data?, qpdf_oh) -> QPDF_BOOL
    let numericValue: @convention(c) (qpdf_data?, qpdf_oh) -> Double

    /// The shared object names tried, the ABI this was built against first
    /// (`/usr/include/qpdf/qpdf-c.h` of libqpdf-dev: libqpdf29 on Debian 12).
    static let files = ["libqpdf.so.29", "libqpdf.so"]

    static func load(files: [String] = files) -> Result<QPDF, QPDFUnavailable> {
        var handle: UnsafeMutableRawPointer?
        var reasons: [String] = []
        for file in files {
            // Lazy: qpdf's own imports (gnutls, libcrypto, …) bind when first called.
            handle = dlopen(file, RTLD_LAZY | RTLD_LOCAL)
            if handle != nil { break }
            reasons.append(dlerror().map { String(cString: $0) } ?? file)
        }
        guard let handle else { return .failure(QPDFUnavailable(reason: reasons.joined(separator: "; "))) }
        let names = [
            "qpdf_init", "qpdf_cleanup", "qpdf_silence_errors", "qpdf_set_suppress_warnings",
            "qpdf_set_attempt_recovery", "qpdf_read_memory", "qpdf_has_error", "qpdf_get_error",
            "qpdf_get_error_code", "qpdf_get_error_full_text", "qpdf_is_encrypted", "qpdf_get_num_pages",
            "qpdf_more_warnings", "qpdf_next_warning", "qpdf_get_page_n", "qpdf_oh_is_dictionary",
            "qpdf_oh_has_key", "qpdf_oh_get_key", "qpdf_oh_is_array", "qpdf_oh_get_array_n_items",
            "qpdf_oh_get_array_item", "qpdf_oh_is_number", "qpdf_oh_get_numeric_value",
        ]
        var addresses: [String: UnsafeMutableRawPointer] = [:]
        for name in names { addresses[name] = dlsym(handle, name) }
        let missing = names.filter { addresses[$0] == nil }
        guard missing.isEmpty else {
            dlclose(handle)
            return .failure(QPDFUnavailable(reason: "libqpdf lacks \(missing.joined(separator: ", "))"))
        }
        // Each address is there (checked above), cast to the type qpdf-c.h declares.
        func function<F>(_ name: String, _ type: F.Type) -> F { unsafeBitCast(addresses[name]!, to: type) }
        let library = QPDF(
            initialize: function("qpdf_init", (@convention(c) () -> qpdf_data?).self),
            cleanup: function("qpdf_cleanup", (@convention(c) (UnsafeMutablePointer<qpdf_data?>?) -> Void).self),
            silenceErrors: function("qpdf_silence_errors", (@convention(c) (qpdf_data?) -> Void).self),
            setSuppressWarnings: function(
                "qpdf_set_suppress_warnings", (@convention(c) (qpdf_data?, QPDF_BOOL) -> Void).self),
            setAttemptRecovery: function(
                "qpdf_set_attempt_recovery", (@convention(c) (qpdf_data?, QPDF_BOOL) -> Void).self),
            readMemory: function(
                "qpdf_read_memory",
                (@convention(c) (
                    qpdf_data?, UnsafePointer<CChar>?, UnsafePointer<CChar>?, UInt64, UnsafePointer<CChar>?
                ) -> QPDF_ERROR_CODE).self),
            hasError: function("qpdf_has_error", (@convention(c) (qpdf_data?) -> QPDF_BOOL).self),
            getError: function("qpdf_get_error", (@convention(c) (qpdf_data?) -> qpdf_error?).self),
            errorCode: function(
                "qpdf_get_error_code", (@convention(c) (qpdf_data?, qpdf_error?) -> qpdf_error_code_e).self),
            errorFullText: function(
                "qpdf_get_error_full_text", (@convention(c) (qpdf_data?, qpdf_error?) -> UnsafePointer<CChar>?).self),
            isEncrypted: function("qpdf_is_encrypted", (@convention(c) (qpdf_data?) -> QPDF_BOOL).self),
            numberOfPages: function("qpdf_get_num_pages", (@convention(c) (qpdf_data?) -> Int32).self),
            moreWarnings: function("qpdf_more_warnings", (@convention(c) (qpdf_data?) -> QPDF_BOOL).self),
            nextWarning: function("qpdf_next_warning", (@convention(c) (qpdf_data?) -> qpdf_error?).self),
            pageN: function("qpdf_get_page_n", (@convention(c) (qpdf_data?, Int) -> qpdf_oh).self),
            isDictionary: function("qpdf_oh_is_dictionary", (@convention(c) (qpdf_data?, qpdf_oh) -> QPDF_BOOL).self),
            hasKey: function(
                "qpdf_oh_has_key", (@convention(c) (qpdf_data?, qpdf_oh, UnsafePointer<CChar>?) -> QPDF_BOOL).self),
            getKey: function(
                "qpdf_oh_get_key", (@convention(c) (qpdf_data?, qpdf_oh, UnsafePointer<CChar>?) -> qpdf_oh).self),
            isArray: function("qpdf_oh_is_array", (@convention(c) (qpdf_data?, qpdf_oh) -> QPDF_BOOL).self),
            arrayCount: function("qpdf_oh_get_array_n_items", (@convention(c) (qpdf_data?, qpdf_oh) -> Int32).self),
            arrayItem: function(
                "qpdf_oh_get_array_item", (@convention(c) (qpdf_data?, qpdf_oh, Int32) -> qpdf_oh).self),
            isNumber: function("qpdf_oh_is_number", (@convention(c) (qpdf_data?, qpdf_oh) -> QPDF_BOOL).self),
            numericValue: function("qpdf_oh_get_numeric_value", (@convention(c) (qpdf_data?, qpdf_oh) -> Double).self))
        return .success(library)
    }
}

/// Why qpdf could not be loaded (the library is missing, or is not the ABI expected).
package struct QPDFUnavailable: Error, CustomStringConvertible {
    package var reason: String
    package var description: String { "qpdf cannot be loaded: \(reason)" }
}

/// The one Swift file that imports qpdf's C API (STYLE.md rule 2). The C API catches the
/// C++ exceptions qpdf throws and turns them into error codes, so hostile input yields
/// `.unreadable`, never a crash.
package enum PDFCheck {
    /// Loads qpdf now (the helper does before its first request, so that a missing
    /// library is said once, at its start); nil when it is loaded.
    package static func load() -> QPDFUnavailable? {
        if case .failure(let why) = QPDF.library { return why }
        return nil
    }

    /// Warnings kept from qpdf before giving up on counting them (each is a small heap
    /// object inside qpdf; the count only feeds a message).
    static let maxWarningsRead = 1_000
    /// Characters of a qpdf message kept in a finding.
    static let maxDetail = 300
    /// Objects (`N G obj`, each counted once: its `endobj` is not another object) a PDF
    /// may hold before it is refused unopened: qpdf's time and memory grow with them. A
    /// 500-page scan has a few thousand; qpdf reads 100,000 pages (about 200,000 objects)
    /// in a few seconds and about 300 MB.
    package static let maxObjects = 200_000

    /// Checks a PDF held in memory (or mapped from a file). `bytes` must stay valid for
    /// the call only: qpdf reads it in place and is torn down before returning.
    package static func check(_ bytes: UnsafeRawBufferPointer) -> PDFStructure {
        guard !bytes.isEmpty else {
            return PDFStructure(status: .unreadable, pages: nil, restricted: false, detail: "empty file", warnings: 0)
        }
        guard let lastEnd = lastEnd(bytes) else {
            return PDFStructure(status: .noEnd, pages: nil, restricted: false, detail: "no %%EOF", warnings: 0)
        }
        // PDF syntax after the last %%EOF is a revision cut short (a scanner's added pages, a signature, saved as an
        // incremental update): read up to the %%EOF before it, the document would lose what the update held and pass
        // (round 61, tester o: a three-page scan cut in its update was accepted as its first page).
        if let what = unfinishedRevision(bytes, after: lastEnd + 5) {
            return PDFStructure(
                status: .noEnd, pages: nil, restricted: false,
                detail: "\(what) after the last %%EOF: a revision cut short", warnings: 0)
        }
        // Counted after the end is found: a file cut short is said to be so whatever it holds (the review of round 60).
        if overObjectLimit(bytes) {
            return PDFStructure(status: .tooManyObjects, pages: nil, restricted: false, detail: nil, warnings: 0)
        }
        // Data after the end of the last revision: qpdf looks for `startxref` only near the
        // end of the file and, not finding it, rebuilds the cross-reference table by
        // scanning the whole file, which takes time that grows with the square of the lines
        // (a valid page followed by 30,000 `%%EOF` lines: 17 s; 100,000: minutes), so such a
        // file's verdict depended on the machine's load against the time limit, and a 20 KB
        // bundle of them took 8 minutes (round 21, tester 4). The revision ends at the first
        // `%%EOF` after the last `startxref`: qpdf reads the file up to there, and what
        // follows is told as damage (a viewer ignores it or repairs the same way).
        let end = revisionEnd(bytes)
        let trailing = bytes.count - end
        guard trailing > trailingAllowance else { return checkWhole(bytes) }
        var result = checkWhole(UnsafeRawBufferPointer(rebasing: bytes[..<end]))
        if result.status == .sound || result.status == .recovered {
            // Sound up to its end, padding or a page after it: no damage repaired, the bytes only not read (round 61, tester o:
            // "已自动修复" of a gateway's padding).
            result.status = result.status == .sound ? .trailing : .recovered
            result.warnings += 1
            result.detail = "\(trailing) bytes after the last %%EOF (not read)" + (result.detail.map { "; \($0)" } ?? "")
        }
        return result
    }

    /// qpdf's check of `bytes`, read whole.
    static func checkWhole(_ bytes: UnsafeRawBufferPointer) -> PDFStructure {
        var result = PDFStructure(status: .unreadable, pages: nil, restricted: false, detail: nil, warnings: 0)
        guard let base = bytes.baseAddress, !bytes.isEmpty else {
            result.detail = "empty file"
            return result
        }
        let qpdf: QPDF
        switch QPDF.library {
        case .success(let library): qpdf = library
        case .failure(let why):
            // Not a finding about the file: the check could not run.
            result.status = .overLimits
            result.detail = why.description
            return result
        }
        guard let q = qpdf.initialize() else {
            result.detail = "qpdf could not start"
            return result
        }
        var handle: qpdf_data? = q
        defer { qpdf.cleanup(&handle) }
        qpdf.silenceErrors(q)
        qpdf.setSuppressWarnings(q, QPDF_TRUE)
        qpdf.setAttemptRecovery(q, QPDF_TRUE)

        let read = qpdf.readMemory(
            q, "document", base.assumingMemoryBound(to: CChar.self), UInt64(bytes.count), "")
        if read & QPDF_ERRORS != 0 || qpdf.hasError(q) != QPDF_FALSE {
            let error = qpdf.getError(q)
            result.detail = text(qpdf, q, error)
            // Locked by another security handler (certificates: /PubSec, a vendor's DRM) or an
            // algorithm qpdf lacks: the clerk cannot open it either, and it is not damaged.
            let code = qpdf.errorCode(q, error)
            let locked = code == qpdf_e_unsupported && result.detail?.contains("encryption") == true
            result.status = code == qpdf_e_password || locked ? .encrypted : .unreadable
            if result.detail.map(outOfMemory) == true { result.status = .overLimits }
            return result
        }
        result.restricted = qpdf.isEncrypted(q) != QPDF_FALSE
        let pages = qpdf.numberOfPages(q)
        let failed = pages < 0 || qpdf.hasError(q) != QPDF_FALSE
        let error = failed && qpdf.hasError(q) != QPDF_FALSE ? text(qpdf, q, qpdf.getError(q)) : nil
        // qpdf turns some failures inside the page tree into warnings (and a short count):
        // an allocation that failed among them means the limit was hit, not a bad file.
        var firstWarning: String?
        while qpdf.moreWarnings(q) != QPDF_FALSE && result.warnings < maxWarningsRead {
            let warning = text(qpdf, q, qpdf.nextWarning(q))
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
            result.status = .noPage
            result.detail = firstWarning.map { "no page; \($0)" } ?? "no page"
            return result
        }
        // A page tree that points at an object the file lacks (or at something that is not
        // a dictionary) counts that entry as a page with nothing on it: the page cannot be
        // shown, so the file is unreadable, not recovered.
        var paper: PaperSize?
        var allSized = true
        for i in 0..<Int(pages) {
            let page = qpdf.pageN(q, i)
            guard qpdf.isDictionary(q, page) != QPDF_FALSE else {
                result.detail = "page \(i + 1) of \(pages) is not a page object" + (firstWarning.map { "; \($0)" } ?? "")
                return result
            }
            guard allSized, let size = shownSize(qpdf, q, page) else {
                allSized = false
                continue
            }
            paper = paper?.adding(size) ?? size
        }
        result.paper = allSized ? paper : nil
        result.pages = Int(pages)
        result.detail = firstWarning
        result.status = result.warnings == 0 ? .sound : .recovered
        return result
    }

    /// The size of `page` as readers show and print it, upright: its CropBox cut to its
    /// MediaBox (the paper), each the page's own or inherited from the nearest page-tree
    /// node above it that gives one (PDF 32000-1, 7.7.3.3 and 14.11.2). A CropBox that is
    /// no box, or lies off the paper, is ignored, as readers ignore it (pdf.js, MuPDF: the
    /// MediaBox is shown); nil when the MediaBox is not an array of four finite numbers
    /// making a box of some size. Measured in the page's UserUnit (PDF 1.6, 1/72 inch
    /// unless the page gives another positive number), so a box of A4's numbers in units
    /// of 1/36 inch is A2, not A4.
    static func shownSize(_ qpdf: QPDF, _ q: qpdf_data, _ page: qpdf_oh) -> PaperSize? {
        guard let media = box(qpdf, q, page, "/MediaBox") else { return nil }
        var shown = media
        if let crop = box(qpdf, q, page, "/CropBox") {
            let cut = (
                x0: max(media.x0, crop.x0), y0: max(media.y0, crop.y0), x1: min(media.x1, crop.x1), y1: min(media.y1, crop.y1)
            )
            if cut.x1 > cut.x0 && cut.y1 > cut.y0 { shown = cut }
        }
        var unit = 1.0
        if qpdf.hasKey(q, page, "/UserUnit") != QPDF_FALSE {
            let given = qpdf.getKey(q, page, "/UserUnit")
            // Not a positive number: readers keep the default, as for a broken CropBox.
            if qpdf.isNumber(q, given) != QPDF_FALSE, case let u = qpdf.numericValue(q, given), u.isFinite, u > 0 { unit = u }
        }
        let (width, height) = ((shown.x1 - shown.x0) * unit, (shown.y1 - shown.y0) * unit)
        guard width.isFinite, height.isFinite, width > 0, height > 0 else { return nil }
        return PaperSize(width: width, height: height)
    }

    /// The rectangle `key` gives `page`, or the nearest page-tree node above it, corners
    /// ordered (x0 < x1, y0 < y1); nil when none gives it, or the nearest is not an array
    /// of four finite numbers making a box of some size.
    static func box(_ qpdf: QPDF, _ q: qpdf_data, _ page: qpdf_oh, _ key: String)
        -> (x0: Double, y0: Double, x1: Double, y1: Double)?
    {
        var node = page
        for _ in 0..<32 {  // a page tree deeper than this is no scanner's (and may loop)
            if qpdf.hasKey(q, node, key) != QPDF_FALSE {
                let box = qpdf.getKey(q, node, key)
                guard qpdf.isArray(q, box) != QPDF_FALSE, qpdf.arrayCount(q, box) == 4 else { return nil }
                var v: [Double] = []
                for k in Int32(0)..<4 {
                    let item = qpdf.arrayItem(q, box, k)
                    guard qpdf.isNumber(q, item) != QPDF_FALSE else { return nil }
                    v.append(qpdf.numericValue(q, item))
                }
                let r = (x0: min(v[0], v[2]), y0: min(v[1], v[3]), x1: max(v[0], v[2]), y1: max(v[1], v[3]))
                guard v.allSatisfy(\.isFinite), (r.x1 - r.x0).isFinite, (r.y1 - r.y0).isFinite, r.x1 > r.x0, r.y1 > r.y0
                else { return nil }
                return r
            }
            guard qpdf.hasKey(q, node, "/Parent") != QPDF_FALSE else { return nil }
            node = qpdf.getKey(q, node, "/Parent")
        }
        return nil
    }

    /// Bytes a PDF may carry after the end of its last revision and still be given to qpdf
    /// whole: a line ending, padding a producer or a transfer added (PDF readers look for
    /// the end within the last 1,024 bytes, as qpdf does for `startxref`).
    static let trailingAllowance = 1_024

    /// Where the last `%%EOF` starts (looked for from the end, where it usually is); nil without one.
    package static func lastEnd(_ bytes: UnsafeRawBufferPointer) -> Int? {
        last(Array("%%EOF".utf8), in: bytes, before: bytes.count)
    }

    /// Where the last `needle` that ends by `end` starts, searched from there backwards; nil for none.
    static func last(_ needle: [UInt8], in bytes: UnsafeRawBufferPointer, before end: Int) -> Int? {
        guard let base = bytes.baseAddress, !needle.isEmpty else { return nil }
        var i = end - needle.count
        while i >= 0 {
            if bytes[i] == needle[0], memcmp(base + i, needle, needle.count) == 0 { return i }
            i -= 1
        }
        return nil
    }

    /// What in `bytes[from...]` is PDF syntax (an object header `N G obj`, `endobj`, `xref`, `trailer`, `startxref`):
    /// a revision that was being written, not a producer's padding or a page a gateway appended; nil for none.
    package static func unfinishedRevision(_ bytes: UnsafeRawBufferPointer, after from: Int) -> String? {
        guard let base = bytes.baseAddress, from < bytes.count else { return nil }
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x0C || b == 0x00 }
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        func at(_ i: Int, _ word: String) -> Bool {
            let w = Array(word.utf8)
            return i + w.count <= bytes.count && memcmp(base + i, w, w.count) == 0
        }
        /// `N G obj` ending just before `i` (its `obj` at `i`).
        func objectHeader(endingAt i: Int) -> Bool {
            var j = i - 1
            guard j >= from, isSpace(bytes[j]) else { return false }
            while j >= from && isSpace(bytes[j]) { j -= 1 }
            guard j >= from, isDigit(bytes[j]) else { return false }
            while j >= from && isDigit(bytes[j]) { j -= 1 }
            guard j >= from, isSpace(bytes[j]) else { return false }
            while j >= from && isSpace(bytes[j]) { j -= 1 }
            return j >= from && isDigit(bytes[j])
        }
        /// Whether blanks, then a byte `first` accepts, come at `i` (a table's `xref` then its first number; `trailer` then
        /// `<<`): the words alone occur in text a gateway may append.
        func followed(_ i: Int, by first: (UInt8) -> Bool) -> Bool {
            var j = i
            guard j < bytes.count, isSpace(bytes[j]) else { return false }
            while j < bytes.count && isSpace(bytes[j]) { j += 1 }
            return j < bytes.count && first(bytes[j])
        }
        var i = from
        while i < bytes.count {
            switch bytes[i] {
            case 0x6F where at(i, "obj") && objectHeader(endingAt: i): return "an object header"
            case 0x65 where at(i, "endobj"): return "endobj"
            case 0x73 where at(i, "startxref"): return "startxref"
            case 0x78 where at(i, "xref") && (i == from || isSpace(bytes[i - 1])) && followed(i + 4, by: isDigit): return "xref"
            case 0x74 where at(i, "trailer") && (i == from || isSpace(bytes[i - 1])) && followed(i + 7, by: { $0 == 0x3C }):
                return "trailer"
            default: break
            }
            i += 1
        }
        return nil
    }

    /// Where the last revision ends: just past the first `%%EOF` after the last `startxref`
    /// (with its line ending); the whole file when it has no `startxref` followed by `%%EOF`
    /// (qpdf then rebuilds the table from the objects, as it did).
    package static func revisionEnd(_ bytes: UnsafeRawBufferPointer) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let marker = Array("startxref".utf8)
        let eof = Array("%%EOF".utf8)
        guard let start = last(marker, in: bytes, before: bytes.count) else { return bytes.count }
        var i = start + marker.count
        while i + eof.count <= bytes.count {
            if bytes[i] == eof[0], memcmp(base + i, eof, eof.count) == 0 {
                var end = i + eof.count
                if end < bytes.count, bytes[end] == 0x0D { end += 1 }
                if end < bytes.count, bytes[end] == 0x0A { end += 1 }
                return end
            }
            i += 1
        }
        return bytes.count
    }

    /// Whether the file holds more objects than ``maxObjects``. Each takes at least three
    /// bytes (its `obj`), so a file too small to hold more is not scanned (most scans: the
    /// scan was 6 % of a batch's CPU).
    package static func overObjectLimit(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.count / 3 > maxObjects && objectCount(bytes) > maxObjects
    }

    /// Objects: occurrences of `obj` not ending an `endobj` (stops counting just past the
    /// limit). The limit counted both keywords, so its message said "400000 obj keywords"
    /// of a file of about 200,000 objects (round 21, tester 4). memchr finds each "j" (the
    /// rarest byte of the three); "obj" cannot overlap itself, so this counts exactly what a
    /// left-to-right scan would.
    package static func objectCount(_ bytes: UnsafeRawBufferPointer) -> Int {
        guard let base = bytes.baseAddress, bytes.count >= 3 else { return 0 }
        var count = 0
        var i = 2
        let n = bytes.count
        while i < n, let hit = memchr(base + i, 0x6A, n - i) {
            let j = hit - UnsafeMutableRawPointer(mutating: base)
            if bytes[j - 1] == 0x62, bytes[j - 2] == 0x6F,
                j < 5 || bytes[j - 5] != 0x65 || bytes[j - 4] != 0x6E || bytes[j - 3] != 0x64
            {
                count += 1
                if count > maxObjects { return count }
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
    private static func text(_ qpdf: QPDF, _ q: qpdf_data, _ e: qpdf_error?) -> String? {
        guard let e, let cText = qpdf.errorFullText(q, e) else { return nil }
        let s = String(cString: cText)
        return s.count > maxDetail ? String(s.prefix(maxDetail)) + "…" : s
    }
}
