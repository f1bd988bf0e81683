/// What a compound file (OLE2, MS-CFB) holds, read from its directory: which Office program
/// wrote it and whether it is locked by a password. The sniffer knows only the container
/// ("application/x-ole-storage"), so a Word .doc or a PowerPoint file passed as the Excel
/// form a guide asks for, and a password-protected workbook as a sound one (round 19,
/// tester 5). Bounded: at most `maxDirectoryEntries` entries and as many sectors as the
/// file has on any chain (a loop ends the walk as a defect).
enum CompoundFile {
    struct Reading: Equatable {
        /// The program's media type: application/msword, application/vnd.ms-excel,
        /// application/vnd.ms-powerpoint, `otherCompoundFile` for another compound file
        /// (an .msi); nil for an encrypted OOXML package, or a directory that cannot be read.
        var type: String?
        /// Locked by a password: an OOXML document saved with one (its package encrypted in
        /// a compound file: EncryptionInfo, EncryptedPackage), a .xls whose workbook begins
        /// with a FILEPASS record, a .doc whose FIB says fEncrypted.
        var encrypted = false
        /// An encrypted OOXML package (.docx, .xlsx, .pptx saved with a password).
        var encryptedPackage = false
        /// Why the directory cannot be read, in the sniffer's "reason (detail)" form.
        var defect: String?
    }

    static let maxDirectoryEntries = 65_536
    /// A compound file whose directory names no Office program.
    static let otherCompoundFile = "application/x-ole-storage; program=unknown"
    static let endOfChain: UInt32 = 0xFFFF_FFFE

    static func read(_ bytes: UnsafeRawBufferPointer) -> Reading {
        var r = Reading()
        let broken = "Office 文档（OLE 复合文件）的目录无法读取"
        func u16(_ i: Int) -> Int? { i >= 0 && i + 2 <= bytes.count ? Int(bytes[i]) | Int(bytes[i + 1]) << 8 : nil }
        func u32(_ i: Int) -> UInt32? {
            guard let a = u16(i), let b = u16(i + 2) else { return nil }
            return UInt32(a) | UInt32(b) << 16
        }
        guard bytes.count >= 512, let shift = u16(30), shift == 9 || shift == 12, let fatCount = u32(44),
            let firstDirectory = u32(48), let firstDIFAT = u32(68), let miniCutoff = u32(56)
        else {
            r.defect = "\(broken) (header)"
            return r
        }
        let sectorSize = 1 << shift
        let sectors = (bytes.count - sectorSize) / sectorSize  // whole sectors after the header
        func offset(_ sector: UInt32) -> Int? {
            Int(sector) < sectors ? (Int(sector) + 1) * sectorSize : nil
        }
        // The FAT's own sectors: 109 in the header, the rest in the DIFAT chain.
        var fatSectors: [UInt32] = []
        for k in 0..<min(Int(fatCount), 109) {
            guard let s = u32(76 + 4 * k) else { break }
            fatSectors.append(s)
        }
        var difat = firstDIFAT
        var hops = 0
        while fatSectors.count < Int(fatCount), difat < 0xFFFF_FFFA, let at = offset(difat), hops <= sectors {
            for k in 0..<(sectorSize / 4 - 1) where fatSectors.count < Int(fatCount) {
                if let s = u32(at + 4 * k) { fatSectors.append(s) }
            }
            difat = u32(at + sectorSize - 4) ?? endOfChain
            hops += 1
        }
        let perSector = sectorSize / 4
        func next(_ sector: UInt32) -> UInt32? {
            let index = Int(sector)
            guard index / perSector < fatSectors.count, let at = offset(fatSectors[index / perSector]) else { return nil }
            return u32(at + 4 * (index % perSector))
        }
        /// The sectors of a chain, or nil when it leaves the file or loops.
        func chain(_ first: UInt32) -> [UInt32]? {
            var out: [UInt32] = []
            var s = first
            while s != endOfChain {
                guard offset(s) != nil, out.count <= sectors, let n = next(s) else { return nil }
                out.append(s)
                s = n
            }
            return out
        }
        guard let directory = chain(firstDirectory), !directory.isEmpty else {
            r.defect = "\(broken) (directory chain from sector \(firstDirectory) leaves the file or loops)"
            return r
        }
        struct Entry {
            var start: UInt32
            var size: Int
        }
        var entries: [String: Entry] = [:]
        var rootStart: UInt32 = endOfChain
        var count = 0
        outer: for sector in directory {
            guard let at = offset(sector) else { continue }
            for k in 0..<(sectorSize / 128) {
                let e = at + 128 * k
                count += 1
                if count > maxDirectoryEntries { break outer }
                guard let nameLength = u16(e + 64), let type = u16(e + 66).map({ $0 & 0xFF }), type != 0,
                    nameLength >= 2, nameLength <= 64, let start = u32(e + 116), let size = u32(e + 120)
                else { continue }
                var units: [UInt16] = []
                for c in 0..<(nameLength / 2 - 1) { units.append(UInt16(u16(e + 2 * c) ?? 0)) }
                let name = String(decoding: units, as: UTF16.self)
                if type == 5 { rootStart = start }
                if entries[name] == nil { entries[name] = Entry(start: start, size: Int(size)) }
            }
        }
        if entries["EncryptionInfo"] != nil && entries["EncryptedPackage"] != nil {
            r.encrypted = true
            r.encryptedPackage = true
            return r
        }
        /// The first bytes of a stream (up to `limit`), from the mini stream when it is
        /// smaller than the cutoff.
        func head(_ e: Entry, limit: Int) -> [UInt8]? {
            var out: [UInt8] = []
            let want = min(e.size, limit)
            if UInt32(e.size) < miniCutoff {
                // Mini sectors of 64 bytes inside the root's stream, chained by the mini FAT.
                guard let miniFAT = u32(60).flatMap(chain), let root = chain(rootStart) else { return nil }
                var s = e.start
                var hops = 0
                while out.count < want, s != endOfChain, hops <= limit / 64 + 1 {
                    let position = Int(s) * 64
                    guard position / sectorSize < root.count, let base = offset(root[position / sectorSize]) else { return nil }
                    let from = base + position % sectorSize
                    out += (0..<64).compactMap { from + $0 < bytes.count ? bytes[from + $0] : nil }
                    let fatIndex = Int(s)
                    guard fatIndex / perSector < miniFAT.count, let fatAt = offset(miniFAT[fatIndex / perSector]),
                        let n = u32(fatAt + 4 * (fatIndex % perSector))
                    else { break }
                    s = n
                    hops += 1
                }
            } else {
                var s = e.start
                var hops = 0
                while out.count < want, s != endOfChain, hops <= sectors {
                    guard let at = offset(s) else { return nil }
                    out += UnsafeRawBufferPointer(rebasing: bytes[at..<min(at + sectorSize, bytes.count)])
                    guard let n = next(s) else { break }
                    s = n
                    hops += 1
                }
            }
            return Array(out.prefix(want))
        }
        if let word = entries["WordDocument"] {
            r.type = "application/msword"
            // The FIB: wIdent 0xA5EC, then flags at 10 whose bit 8 is fEncrypted (MS-DOC 2.5.2).
            if let fib = head(word, limit: 12), fib.count >= 12, fib[0] == 0xEC, fib[1] == 0xA5 {
                r.encrypted = fib[11] & 0x01 != 0
            }
        } else if let book = entries["Workbook"] ?? entries["Book"] {
            r.type = "application/vnd.ms-excel"
            // BIFF records: BOF (0x0809), then FILEPASS (0x002F) when the workbook is encrypted
            // (MS-XLS 2.4.117: it follows the BOF directly).
            if let stream = head(book, limit: 4_096) {
                var i = 0
                var records = 0
                while i + 4 <= stream.count, records < 8 {
                    let kind = Int(stream[i]) | Int(stream[i + 1]) << 8
                    let length = Int(stream[i + 2]) | Int(stream[i + 3]) << 8
                    if kind == 0x002F { r.encrypted = true }
                    i += 4 + length
                    records += 1
                }
            }
        } else if entries["PowerPoint Document"] != nil {
            r.type = "application/vnd.ms-powerpoint"
            r.encrypted = entries["EncryptedSummary"] != nil
        } else {
            // Read, and no Office document (an installer, a thumbnail cache): of no type a
            // material asks for.
            r.type = otherCompoundFile
        }
        return r
    }
}
