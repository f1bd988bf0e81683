import Foundation
import IntakeBundle
import IntakeEvidence
import IntakeFixtures
import IntakeModel
import IntakeSeedData
import Testing

/// What real producers write: every variant reads as the same sound application.
@Suite struct ProducerVariantsTests {
    @Test(arguments: [
        ("plain", BundleBuilder.Style()),
        ("gbk names, no UTF-8 flag", BundleBuilder.Style(gbkNames: true)),
        // WinRAR: GBK names and their UTF-8 in Unicode Path extra fields (0x7075); libzip names
        // the entry by the field, which the layout check took for a corrupt directory (round 18).
        ("gbk names with Unicode Path fields", BundleBuilder.Style(gbkNames: true, unicodePaths: true)),
        (
            "the same in Zip64 with data descriptors",
            BundleBuilder.Style(gbkNames: true, zip64: true, dataDescriptors: true, unicodePaths: true)
        ),
        ("zip64", BundleBuilder.Style(zip64: true)),
        ("data descriptors", BundleBuilder.Style(dataDescriptors: true)),
        ("zip64 + data descriptors", BundleBuilder.Style(zip64: true, dataDescriptors: true)),
        ("directory entries", BundleBuilder.Style(directoryEntries: true)),
        ("stored entries", BundleBuilder.Style(method: .stored)),
        ("everything at once", BundleBuilder.Style(gbkNames: true, zip64: true, dataDescriptors: true, directoryEntries: true)),
    ])
    func readsProducerVariant(label: String, style: BundleBuilder.Style) throws {
        let i = try inspect(BundleBuilder.bytes(soundApplication(), style: style))
        #expect(i.findings.isEmpty, "\(label): \(i.findings)")
        #expect(i.documents.map(\.path) == ["files/社会保障卡.jpg", "files/身份证.pdf"])
        #expect(i.documents.allSatisfy { $0.isSound }, "\(label)")
    }

    /// The entries written as a zip file `name` in `dir`.
    static func zipFile(_ specs: [ZipEntrySpec], in dir: URL, named name: String) throws -> URL {
        let sink = MemorySink()
        let w = ZipWriter(sink: sink)
        for spec in specs { w.add(spec) }
        w.finish()
        let url = dir.appendingPathComponent(name)
        try Data(sink.bytes).write(to: url)
        return url
    }

    /// The entries written as a zip file and opened; nil when it does not open as a bundle.
    /// The file is removed at once: the open bundle holds it.
    static func opened(_ specs: [ZipEntrySpec]) throws -> ApplicationBundle? {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        guard case .opened(let bundle) = ApplicationBundle.open(try zipFile(specs, in: dir, named: "bundle.zip")) else {
            return nil
        }
        return bundle
    }

    /// A Windows tool's `\\` separator (made by MS-DOS or NTFS; old .NET zippers write it): read
    /// as `/`, as Info-ZIP's unzip reads it, once the name is text (GBK's second bytes may be
    /// 0x5C), so that the manifest's `files/photo.jpg` finds it; `..\\x` is then a parent path,
    /// refused. A Unix tool's `\\` is a character of the name: refused (round 27, tester 3).
    @Test func aWindowsToolsBackslashIsAFolderSeparator() throws {
        func entry(_ name: [UInt8], dos: Bool) -> ZipEntrySpec {
            var e = ZipEntrySpec(rawName: name, utf8Flag: false, data: Array("x".utf8))
            e.madeByDOS = dos
            return e
        }
        let windows = try #require(try Self.opened([entry(Array("files\\photo.jpg".utf8), dos: true)]))
        #expect(windows.entries.map(\.name) == ["files/photo.jpg"])
        #expect(windows.entries[0].blocked == nil && windows.findings.isEmpty, "\(windows.findings.map(\.message))")
        // 资料\身份证.jpg as Chinese Windows writes it: GBK (资料 D7CA C1CF, 身份证 C9ED B7DD D6A4), a backslash.
        let gbk: [UInt8] = [0xD7, 0xCA, 0xC1, 0xCF, 0x5C, 0xC9, 0xED, 0xB7, 0xDD, 0xD6, 0xA4] + Array(".jpg".utf8)
        let named = try #require(try Self.opened([entry(gbk, dos: true)]))
        #expect(named.entries.map(\.name) == ["资料/身份证.jpg"])
        let climbing = try #require(try Self.opened([entry(Array("..\\..\\x.jpg".utf8), dos: true)]))
        #expect(climbing.entries[0].blocked == .bundleUnsafe)
        let unix = try #require(try Self.opened([entry(Array("files\\photo.jpg".utf8), dos: false)]))
        #expect(unix.entries[0].blocked == .bundleUnsafe)
        // A drive, a root, a server: unsafe as their slashed forms are.
        for name in ["C:\\x.jpg", "\\x.jpg", "\\\\server\\x.jpg"] {
            let b = try #require(try Self.opened([entry(Array(name.utf8), dos: true)]))
            #expect(b.entries[0].blocked == .bundleUnsafe, "\(name): \(b.entries[0].name)")
        }
        // files\a.jpg and files/a.jpg in one bundle are one name twice: refused as duplicates.
        let twice = try #require(
            try Self.opened([entry(Array("files\\a.jpg".utf8), dos: true), entry(Array("files/a.jpg".utf8), dos: false)]))
        #expect(twice.entries.contains { $0.blocked == .bundleUnsafe }, "\(twice.findings.map(\.message))")
    }

    @Test func decodesGBKNameWithoutUTF8Flag() throws {
        // 身份证.jpg as Windows (CP936) writes it: C9ED B7DD D6A4 + ".jpg", flag bit 11 clear.
        let raw: [UInt8] = [0xC9, 0xED, 0xB7, 0xDD, 0xD6, 0xA4] + Array(".jpg".utf8)
        let bundle = try #require(try Self.opened([ZipEntrySpec(rawName: raw, utf8Flag: false, data: Array("x".utf8))]))
        #expect(bundle.entries.map(\.name) == ["身份证.jpg"])
        #expect(bundle.entries[0].nameEncoding == .gb18030)
    }

    /// Names written by a DOS or Western Windows tool: code page 437 without the UTF-8 flag,
    /// the zip format's default. café (63 61 66 82) is not GBK; it was read with U+FFFD and
    /// the document was "missing" beside an unlisted garbled entry (round 24, tester 2).
    /// ÜBERSICHT (9A 42 …) is GBK too (欱ERSICHT): the manifest's path in the CP437 reading
    /// finds it.
    @Test func codePage437NamesAreTheManifestsPaths() throws {
        var app = soundApplication()
        app.documents[0].path = "files/café.jpg"
        app.documents[1].path = "files/ÜBERSICHT.pdf"
        let sink = MemorySink()
        let w = ZipWriter(sink: sink)
        w.add(ZipEntrySpec(name: "manifest.xml", data: Array(BundleBuilder.manifest(app).utf8)))
        for d in app.documents {
            let raw: [UInt8] = d.path.unicodeScalars.map { scalar in
                scalar.isASCII ? UInt8(scalar.value) : ["é": 0x82, "Ü": 0x9A][Character(scalar)]!
            }
            #expect(TextDecoding.cp437(raw) == d.path)
            w.add(ZipEntrySpec(rawName: raw, utf8Flag: false, data: d.bytes))
        }
        w.finish()
        let i = try inspect(sink.bytes)
        #expect(i.findings.isEmpty, "\(i.findings.map(\.message))")
        #expect(i.unlisted.isEmpty, "\(i.unlisted)")
        #expect(i.documents.allSatisfy { $0.present && $0.isSound }, "\(i.documents)")
        let bundle = try #require(
            try Self.opened([ZipEntrySpec(rawName: Array("caf".utf8) + [0x82], utf8Flag: false, data: [1])]))
        #expect(bundle.entries.map(\.name) == ["café"])
        #expect(bundle.entries[0].nameEncoding == .cp437)
    }

    /// Some GBK names are valid UTF-8 as well: 小学 in GBK (D0A1 D1A7) reads as UTF-8 "Сѧ", 医学
    /// and 原片 alike. Written without the UTF-8 flag, the name is the manifest's path in the
    /// GBK reading: the documents are found and sound, not "missing" beside unlisted garbled
    /// names (round 18, tester 1). With the flag set, as some tools set it over GBK names, the
    /// entry's name is the UTF-8 reading and the GBK reading is the manifest's path too (round 52,
    /// tester c: 学院 flagged was missing beside an unlisted "ѧԺ").
    @Test func aGBKNameThatIsValidUTF8TooIsFoundByTheManifestsPath() throws {
        var app = soundApplication()
        app.documents[0].path = "files/1-小学.jpg"
        app.documents[1].path = "files/2-原片.pdf"
        #expect(String(validating: TextDecoding.encodeGB18030("小学") ?? [], as: UTF8.self) != nil)
        let i = try inspect(BundleBuilder.bytes(app, style: BundleBuilder.Style(gbkNames: true)))
        #expect(i.findings.isEmpty, "\(i.findings.map(\.message))")
        #expect(i.documents.allSatisfy { $0.present && $0.isSound }, "\(i.documents)")
        // Flagged UTF-8, the same bytes are the UTF-8 name, and the GBK reading its alternative.
        let raw = try #require(TextDecoding.encodeGB18030("files/1-小学.jpg"))
        let flagged = ZipEntrySpec(rawName: raw, utf8Flag: true, data: Array("x".utf8))
        let bundle = try #require(try Self.opened([flagged]))
        #expect(bundle.entries.first?.name == String(decoding: raw, as: UTF8.self))
        #expect(bundle.entries.first?.alternativeName == "files/1-小学.jpg")
        #expect(bundle.entry(named: "files/1-小学.jpg")?.index == 0)
        // A whole bundle written so: found by the manifest's paths.
        let sink = MemorySink()
        let w = ZipWriter(sink: sink)
        w.add(ZipEntrySpec(name: "manifest.xml", data: Array(BundleBuilder.manifest(app).utf8)))
        for d in app.documents {
            w.add(ZipEntrySpec(rawName: try #require(TextDecoding.encodeGB18030(d.path)), utf8Flag: true, data: d.bytes))
        }
        w.finish()
        let both = try inspect(sink.bytes)
        #expect(both.findings.isEmpty && both.unlisted.isEmpty, "\(both.findings.map(\.message)) \(both.unlisted)")
        #expect(both.documents.allSatisfy { $0.present && $0.isSound }, "\(both.documents)")
    }

    /// An unlisted entry of an archive written in GBK without the UTF-8 flag, whose name happens to be valid UTF-8 (医院,
    /// D2BD D4BA, reads "ҽԺ"), is named as GBK like the archive's other names: the clerk reads out "医院.pdf", a file the
    /// applicant can find (round 55, tester r: "files/ҽԺ.pdf"). Alone in an archive, with no name that only GBK reads,
    /// the same bytes are still its UTF-8 reading first.
    @Test func anUnlistedNameOfAGBKArchiveIsReadAsGBK() throws {
        var app = soundApplication()
        app.documents[0].path = "files/1-补充说明.jpg"
        let ambiguous = try #require(TextDecoding.encodeGB18030("files/医院.pdf"))
        #expect(String(validating: ambiguous, as: UTF8.self) != nil)
        #expect(String(validating: try #require(TextDecoding.encodeGB18030("补充说明")), as: UTF8.self) == nil)
        let sink = MemorySink()
        let w = ZipWriter(sink: sink)
        w.add(ZipEntrySpec(name: "manifest.xml", data: Array(BundleBuilder.manifest(app).utf8)))
        for d in app.documents {
            w.add(ZipEntrySpec(rawName: try #require(TextDecoding.encodeGB18030(d.path)), utf8Flag: false, data: d.bytes))
        }
        w.add(ZipEntrySpec(rawName: ambiguous, utf8Flag: false, data: Array("%PDF-1.4 extra".utf8)))
        w.finish()
        let i = try inspect(sink.bytes)
        #expect(i.unlisted == ["files/医院.pdf"], "\(i.unlisted)")
        #expect(i.documents.allSatisfy { $0.present && $0.isSound }, "\(i.documents)")
        let alone = try #require(try Self.opened([ZipEntrySpec(rawName: ambiguous, utf8Flag: false, data: Array("x".utf8))]))
        #expect(alone.entries.first?.name == String(decoding: ambiguous, as: UTF8.self))
        #expect(alone.entries.first?.alternativeName == "files/医院.pdf")
    }

    /// A Unicode Path field names the entry, but a tool that ignores the field extracts the
    /// stored name: `../../x/evil.pdf` under a field saying `files/a.pdf` is refused as unsafe
    /// (review of round 18: the field hid it from the safety checks).
    @Test func theStoredNameUnderAUnicodePathFieldIsCheckedToo() throws {
        var spec = ZipEntrySpec(rawName: Array("../../x/evil.pdf".utf8), utf8Flag: false, data: Array("x".utf8))
        spec.unicodePath = "files/a.pdf"
        let bundle = try #require(try Self.opened([spec]))
        #expect(bundle.entries.first?.name == "files/a.pdf")
        #expect(bundle.entries.first?.blocked == .bundleUnsafe)
        #expect(
            bundle.findings.contains { $0.code == .bundleUnsafe && $0.message.contains("../../x/evil.pdf") }, "\(bundle.findings)"
        )
    }

    /// Two entries whose readings meet: one flagged UTF-8 named files/1-小学.jpg, one unflagged
    /// whose GBK bytes read as UTF-8 "files/1-Сѧ.jpg" and as GBK files/1-小学.jpg. The manifest's
    /// path is the first entry's; the second is not taken for it a second time, it is unlisted.
    @Test func anAlternativeReadingDoesNotTakeAnotherEntrysName() throws {
        var app = soundApplication()
        app.documents[0].path = "files/1-小学.jpg"
        let sink = MemorySink()
        let w = ZipWriter(sink: sink)
        w.add(ZipEntrySpec(name: "manifest.xml", data: Array(BundleBuilder.manifest(app).utf8)))
        for d in app.documents { w.add(ZipEntrySpec(name: d.path, data: d.bytes)) }
        let gbk = try #require(TextDecoding.encodeGB18030("files/1-小学.jpg"))
        w.add(ZipEntrySpec(rawName: gbk, utf8Flag: false, data: Array("other".utf8)))
        w.finish()
        let i = try inspect(sink.bytes)
        #expect(i.documents.allSatisfy { $0.isSound }, "\(i.documents)")
        #expect(i.unlisted == [String(decoding: gbk, as: UTF8.self)], "\(i.unlisted)")
    }

    /// A Unicode Path field whose CRC is not the stored name's is stale (the name was changed
    /// after it was written): unzip and libzip ignore it, and so does the reader, which names
    /// the entry by its stored GBK bytes.
    @Test func aStaleUnicodePathFieldIsIgnored() throws {
        let raw: [UInt8] = [0xC9, 0xED, 0xB7, 0xDD, 0xD6, 0xA4] + Array(".jpg".utf8)  // 身份证.jpg in GBK
        var spec = ZipEntrySpec(rawName: raw, utf8Flag: false, data: Array("x".utf8))
        spec.unicodePath = "户口簿.jpg"
        spec.unicodePathCRC = 0x1234_5678
        var fresh = ZipEntrySpec(rawName: raw, utf8Flag: false, data: Array("x".utf8))
        fresh.unicodePath = "身份证.jpg"
        for (spec, expected) in [(spec, "身份证.jpg"), (fresh, "身份证.jpg")] {
            let bundle = try #require(try Self.opened([spec]), "did not open: \(spec.unicodePath ?? "")")
            #expect(bundle.entries.map(\.name) == [expected])
            #expect(bundle.findings.isEmpty, "\(bundle.findings)")
        }
    }

    @Test(arguments: [false, true]) func namesAnEntryWhoseNameIsFlaggedUTF8ButIsNot(inMemory: Bool) throws {
        // libzip refuses the whole archive for one such name; the finding names the entry
        // and why, rather than "corrupt central directory". (A GBK name under the flag is
        // read as GBK: ToleratedLayoutTests.)
        let neither: [UInt8] = [0xC9, 0xED, 0xFF, 0xFE] + Array(".pdf".utf8)  // neither UTF-8 nor GB18030
        let control = Array("files/\u{07}é.pdf".utf8)  // valid UTF-8 with a control character
        for (raw, code, reason) in [
            (Array("files/".utf8) + neither, FindingCode.bundleUnreadable, "neither UTF-8 nor GB18030"),
            (control, FindingCode.bundleUnsafe, "control character"),
        ] {
            let dir = try makeTemporaryDirectory()
            defer { try? FileManager.default.removeItem(at: dir) }
            let url = try Self.zipFile(
                [
                    ZipEntrySpec(name: "files/ok.pdf", data: Array("x".utf8)),
                    ZipEntrySpec(rawName: raw, utf8Flag: true, data: Array("y".utf8)),
                ], in: dir, named: "flagged.zip")
            let opening =
                inMemory ? ApplicationBundle.open(try #require(BundleFile.load(BytePath(url)))) : ApplicationBundle.open(url)
            guard case .unreadable(let findings) = opening else {
                Issue.record("opened")  // were it to open, the name must be judged as any other
                continue
            }
            #expect(findings.map(\.code) == [code], "\(findings)")
            #expect(findings.first?.path?.hasPrefix("files/") == true, "\(findings)")
            #expect(findings.first?.detail?.contains("entry 2") == true, "\(findings)")
            #expect(findings.first?.detail?.contains(reason) == true, "\(findings)")
        }
    }

    @Test func anEmptyFileIsNoZipWhetherReadIntoMemoryOrFromItsFile() throws {
        // `check` reads a bundle into memory, an upload is spooled to a file: the same
        // bytes must give the same report.
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("empty.zip")
        try Data().write(to: url)
        guard case .unreadable(let fromFile) = ApplicationBundle.open(url),
            case .unreadable(let fromMemory) = ApplicationBundle.open(try #require(BundleFile.load(BytePath(url))))
        else {
            Issue.record("an empty file opened")
            return
        }
        #expect(fromFile.map(\.code) == [.bundleUnreadable])
        #expect(fromFile.first?.detail?.hasPrefix("not a zip archive") == true, "\(fromFile)")
        #expect(fromMemory.map(\.message) == fromFile.map(\.message))
        #expect(fromMemory.map(\.detail) == fromFile.map(\.detail))
    }

    @Test func readsZip64Bundle() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("z64.zip")
        try Data(BundleBuilder.bytes(soundApplication(), style: .init(zip64: true))).write(to: url)
        // The end records really are Zip64 ones.
        let bytes = try [UInt8](Data(contentsOf: url))
        #expect(bytes.firstRange(of: [0x50, 0x4B, 0x06, 0x06] as [UInt8]) != nil)
        let (i, _) = Inspector(parser: sharedParser).inspect(url)
        #expect(i.isIntact)
        #expect(i.documents.count == 2)
    }

    @Test func skipsDirectoryEntriesAsDocuments() throws {
        let i = try inspect(BundleBuilder.bytes(soundApplication(), style: .init(directoryEntries: true)))
        #expect(i.entryCount == 4)  // manifest, files/, two documents
        #expect(i.unlisted.isEmpty)
    }

    @Test func matchesDecomposedNamesToTheManifest() throws {
        // macOS tools write NFD names (证 is unaffected, but é-style letters are): the
        // manifest's NFC path must still find the entry.
        var app = soundApplication()
        app.documents[0].path = "files/caf\u{E9}.jpg"  // NFC in the manifest
        let manifest = BundleBuilder.manifest(app)
        let sink = MemorySink()
        let w = ZipWriter(sink: sink)
        w.add(ZipEntrySpec(name: "manifest.xml", data: Array(manifest.utf8)))
        w.add(ZipEntrySpec(name: "files/cafe\u{301}.jpg", data: app.documents[0].bytes))  // NFD in the zip
        w.add(ZipEntrySpec(name: app.documents[1].path, data: app.documents[1].bytes))
        w.finish()
        let i = try inspect(sink.bytes)
        #expect(i.findings.isEmpty, "\(i.findings)")
        #expect(i.documents.allSatisfy { $0.isSound })
    }

    /// Two entries whose names differ only in normal form (NFC and NFD bytes) are the same
    /// name, and so are two that differ in normal form and case: either is refused as an
    /// unsafe bundle, whichever form the manifest uses.
    @Test(arguments: [
        ("files/caf\u{E9}.jpg", "duplicate entry name"),
        ("files/CAF\u{C9}.JPG", "names collide when case is ignored"),
    ])
    func refusesNamesThatDifferOnlyInNormalForm(twin: String, detail: String) throws {
        var app = soundApplication()
        app.documents[0].path = "files/caf\u{E9}.jpg"
        let manifest = BundleBuilder.manifest(app)
        let sink = MemorySink()
        let w = ZipWriter(sink: sink)
        w.add(ZipEntrySpec(name: "manifest.xml", data: Array(manifest.utf8)))
        w.add(ZipEntrySpec(name: "files/cafe\u{301}.jpg", data: app.documents[0].bytes))
        w.add(ZipEntrySpec(name: twin, data: app.documents[0].bytes))
        w.add(ZipEntrySpec(name: app.documents[1].path, data: app.documents[1].bytes))
        w.finish()
        let i = try inspect(sink.bytes)
        #expect(i.findings.contains { $0.code == .bundleUnsafe && $0.detail == detail }, "\(i.findings)")
        #expect(!i.isIntact)
    }

    /// A file and a folder of one name cannot both be extracted: manifest.xml beside
    /// manifest.xml/evil.pdf, a file files beside the folder files/ (its entry or the files in
    /// it), FILES beside files/ (case ignored). The bundle is refused as unsafe, the entry in
    /// the folder named (round 18, tester 1: these were accepted).
    @Test(arguments: [
        ("manifest.xml/evil.pdf", "manifest.xml/evil.pdf"), ("files", "files/身份证.pdf"), ("FILES", "files/身份证.pdf"),
        ("files/身份证.pdf/x", "files/身份证.pdf/x"),
    ])
    func refusesAFileAndAFolderOfOneName(extra: String, refused: String) throws {
        let app = soundApplication()
        let sink = MemorySink()
        let w = ZipWriter(sink: sink)
        w.add(ZipEntrySpec(name: "manifest.xml", data: Array(BundleBuilder.manifest(app).utf8)))
        for d in app.documents { w.add(ZipEntrySpec(name: d.path, data: d.bytes)) }
        w.add(ZipEntrySpec(name: extra, data: Array("x".utf8)))
        w.finish()
        let i = try inspect(sink.bytes)
        #expect(
            i.findings.contains { $0.code == .bundleUnsafe && $0.path == refused && $0.message.contains("文件与文件夹同名") },
            "\(i.findings)")
        #expect(!i.isIntact)
        // A folder entry beside its files is no collision.
        let plain = MemorySink()
        let v = ZipWriter(sink: plain)
        v.add(ZipEntrySpec(name: "manifest.xml", data: Array(BundleBuilder.manifest(app).utf8)))
        v.add(.directory("files/"))
        for d in app.documents { v.add(ZipEntrySpec(name: d.path, data: d.bytes)) }
        v.finish()
        #expect(try inspect(plain.bytes).findings.isEmpty)
    }
}
