import IntakeCatalog
import IntakeEvidence
import IntakeManifest
import IntakeModel

extension Judgement {
    /// What a document breaks of the specification the guide states, or nil when it
    /// keeps it. A bound that cannot be read from the file (an image whose header does not
    /// give its size within the bytes looked at, a page count) is not guessed: it is a
    /// defect, because the guide's requirement is not shown to be met.
    ///
    /// `shownOnly`: only what the file shows to be wrong and converting it to the type asked
    /// keeps (pixels its header gives, a colour decoded), for a file already refused for its
    /// type: the applicant who converts it is told at once what else to mend (一次性告知), not
    /// its size (which converting changes) nor what a file of another type could not show.
    static func breaks(_ spec: DocumentSpec, _ d: DocumentEvidence, shownOnly: Bool = false) -> (
        message: String, detail: String
    )? {
        var why: [(String, String)] = []
        let size = d.size ?? 0
        // A file of another type is converted: its size then changes, its pixels do not. Its limit is told all the
        // same where the file breaks it, so that the converted file is made to keep it (round 55, tester s: a 467 KB PNG
        // for a 20 KB JPEG was converted as told and returned again for its size).
        if let max = spec.maxBytes, size > max {
            let (shown, limit) = Self.sizes(size, against: max)
            why.append(
                shownOnly
                    ? ("转换后的文件大小须不超过 \(limit)（所交文件 \(shown)）", "size \(size) > \(max) bytes, before conversion")
                    : ("文件大小 \(shown)，超过 \(limit)", "size \(size) > \(max) bytes"))
        }
        if let min = spec.minBytes, size < min, !shownOnly {
            let (shown, limit) = Self.sizes(size, against: min)
            why.append(("文件大小 \(shown)，小于 \(limit)", "size \(size) < \(min) bytes"))
        }
        if spec.needsPixels {
            if let p = d.pixels {
                let wide = (spec.minWidth.map { p.width >= $0 } ?? true) && (spec.maxWidth.map { p.width <= $0 } ?? true)
                let high = (spec.minHeight.map { p.height >= $0 } ?? true) && (spec.maxHeight.map { p.height <= $0 } ?? true)
                if !wide || !high {
                    why.append(
                        (
                            "像素 \(p)，要求 \(spec.pixelsText ?? "")",
                            "pixel size"
                        ))
                }
                if let aspect = spec.aspect, !aspect.fits(width: p.width, height: p.height) {
                    why.append(("像素 \(p)，宽高比不符，要求宽:高为 \(aspect)", "aspect \(p.width):\(p.height), not \(aspect) within 3 %"))
                }
            } else if !shownOnly {
                why.append(("无法读出图像像素尺寸", "pixel size not readable"))
            }
        }
        if spec.colour, d.greyscale == true {
            let measured = d.background == nil ? "" : "; \(d.coloursMeasured ?? "")"
            why.append(("图像为灰度（黑白），要求彩色照片", "greyscale image, colour asked" + measured))
        }
        // A photo decoded for its colours: its background as the guide asks it, when another
        // colour clearly is. One that could not be decoded, or whose band is no one colour
        // (hair, a dim wall), is not guessed at (see ``colourUnjudged(_:_:)``).
        // A grey photo where a colour photo is asked is wrong for that; its band's grey says
        // nothing more (its 底色 is not told as a second defect) — unless it is white: white stays white in grey, where a
        // blue or red band would not, so a white band of a grey photo is told too (round 48, tester c: an applicant who
        // made the photo colour was returned again for its white 底色, against 一次性告知).
        if let wanted = spec.background, let seen = d.background, seen != wanted, seen != .other,
            !(spec.colour && d.greyscale == true) || seen == .white
        {
            why.append(
                (
                    "照片底色为\(seen.chinese)，要求\(wanted.chinese)底色",
                    "background \(seen.rawValue), \(wanted.rawValue) asked: \(d.coloursMeasured ?? "")"
                ))
        }
        if let paper = spec.paper, d.detectedType == "application/pdf" {
            let (short, long) = paper.millimetres
            if let p = d.paper {
                func mm(_ points: Double) -> Double { points * 25.4 / 72 }
                let fits =
                    [mm(p.shortMin), mm(p.shortMax)].allSatisfy { abs($0 - short) <= DocumentSpec.Paper.tolerance }
                    && [mm(p.longMin), mm(p.longMax)].allSatisfy { abs($0 - long) <= DocumentSpec.Paper.tolerance }
                if !fits {
                    why.append(
                        (
                            "纸张 \(p)，不是 \(paper.rawValue)（\(Int(short))×\(Int(long)) mm）",
                            "paper \(p), not \(paper.rawValue) within \(Int(DocumentSpec.Paper.tolerance)) mm"
                        ))
                }
            } else if !shownOnly {
                why.append(("无法核验纸张大小", "paper size not readable"))
            }
        }
        if spec.needsPages {
            if let pages = d.pages {
                if let min = spec.minPages, pages < min { why.append(("共 \(pages) 页，少于 \(min) 页", "page count")) }
                if let max = spec.maxPages, pages > max { why.append(("共 \(pages) 页，多于 \(max) 页", "page count")) }
            } else if !shownOnly && d.detectedType == "application/pdf" {
                // A PDF whose pages could not be read; a format whose pages the pipeline does not count (OFD, an Office
                // file) is the clerk's to look at (pagesUnjudged), not a reason to return it (round 61, tester o: a sound
                // one-page A4 OFD was returned "无法核验页数").
                why.append(("无法核验页数", "page count not readable"))
            }
        }
        return why.isEmpty ? nil : (why.map(\.0).joined(separator: "；"), why.map(\.1).joined(separator: "; "))
    }

    /// What the clerk is asked to look at in a file of a format whose pages the pipeline does not count (OFD, an Office
    /// file) where the guide limits them (复印在一张A4纸); nil otherwise.
    static func pagesUnjudged(_ spec: DocumentSpec, _ d: DocumentEvidence) -> String? {
        guard spec.needsPages, d.pages == nil, d.detectedType != "application/pdf" else { return nil }
        return spec.paper == nil ? "页数" : "页数及纸张大小"
    }

    /// What the clerk is asked to look at in a photo whose colours the pixels could not
    /// tell (not a JPEG or PNG, too large, not decodable or decoded with corrupt data, its band no
    /// one colour), and why; nil when they did or none is asked. A colour photo asked
    /// (彩照) whose pixels were not read is asked too: its file's colour model alone (a CMYK
    /// or padded file of grey pixels) does not say it is in colour (round 27, tester 3).
    static func colourUnjudged(_ spec: DocumentSpec, _ d: DocumentEvidence) -> (ask: String, why: String)? {
        let unread = d.coloursMeasured ?? "not a JPEG or PNG: \(d.detectedType ?? "unknown type")"
        var asks: [String] = []
        var why = unread
        if let wanted = spec.background {
            switch d.background {
            case .other?:
                asks.append("照片底色是否为\(wanted.chinese)")
                why = "background not clear: \(d.coloursMeasured ?? "")"
            case nil: asks.append("照片底色是否为\(wanted.chinese)")
            default: break
            }
        }
        if spec.colour, d.background == nil, d.greyscale != true { asks.append(asks.isEmpty ? "照片是否为彩色照片" : "是否为彩色照片") }
        // A page size asked of an image (a scan sent as JPEG where the guide says 复印在一张A4纸): an image has pixels, no
        // paper; the clerk looks at the copy (round 37, tester f: it passed in silence, a PDF's paper being checked).
        if let paper = spec.paper, let type = d.detectedType, type.hasPrefix("image/") {
            asks.append("复印件是否为一张\(paper.rawValue)纸")
            if spec.background == nil && !spec.colour { why = "an image has no paper size: \(type)" }
        }
        return asks.isEmpty ? nil : (asks.joined(separator: "、"), why)
    }

    /// 20KB-style sizes (1 KB = 1024 bytes, as the guides mean kb).
    /// A size and the limit it breaks, in KB; in bytes too where one decimal of KB would
    /// show the size as the limit itself (20.0KB，超过 20KB).
    static func sizes(_ size: Int64, against limit: Int64) -> (size: String, limit: String) {
        guard size * 10 / 1024 == limit * 10 / 1024 else { return (kb(size), kb(limit)) }
        return ("\(size) 字节", "\(kb(limit))（\(limit) 字节）")
    }

    static func kb(_ bytes: Int64) -> String {
        bytes % 1024 == 0 ? "\(bytes / 1024)KB" : "\(bytes / 1024).\((bytes % 1024) * 10 / 1024)KB"
    }
}
