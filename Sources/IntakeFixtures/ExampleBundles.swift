/// The example bundles kept in Fixtures/bundles, made by this generator (`intake
/// fixtures`), so they can be rebuilt whenever the format or the catalog changes.
public struct ExampleBundle: Sendable {
    public var file: String
    public var application: SampleApplication
    public var style: BundleBuilder.Style
    /// The verdict `intake check` must give it (written to Fixtures/bundles/EXPECTED.tsv).
    public var expected: String

    /// The bundle's zip bytes, as Fixtures/bundles holds them.
    public var bytes: [UInt8] { BundleBuilder.bytes(application, style: style) }

    public init(file: String, application: SampleApplication, style: BundleBuilder.Style, expected: String) {
        self.file = file
        self.application = application
        self.style = style
        self.expected = expected
    }
}

public enum ExampleBundles {
    public static func all() -> [ExampleBundle] {
        var rng = SeededRandom(seed: 2025)
        // RS-007 失业保险待遇发放账户维护申请: (1) 社会保障卡 (2) 身份证.
        let card = SampleDocument(
            path: "files/社会保障卡.jpg", material: "1",
            bytes: SampleDocuments.jpeg(size: 180_000, rng: &rng), mediaType: "image/jpeg")
        let idCard = SampleDocument(
            path: "files/身份证.pdf", material: "2",
            bytes: SampleDocuments.pdf(size: 240_000, rng: &rng), mediaType: "application/pdf")
        let sound = SampleApplication(id: "WEB-2025-0000701", matter: "RS-007", documents: [card, idCard])

        var gbk = sound
        gbk.id = "WIN-2025-0000702"
        gbk.channel = "window"

        var tampered = sound
        tampered.id = "WEB-2025-0000703"
        tampered.documents[1].claimedSHA256 = String(repeating: "0", count: 64)

        var wrongType = sound
        wrongType.id = "WEB-2025-0000704"
        wrongType.documents[1].mediaType = "image/jpeg"

        return [
            ExampleBundle(file: "RS-007-intact.zip", application: sound, style: .init(), expected: "accepted"),
            ExampleBundle(
                file: "RS-007-gbk-names.zip", application: gbk,
                style: .init(gbkNames: true, dataDescriptors: true, directoryEntries: true), expected: "accepted"),
            ExampleBundle(file: "RS-007-checksum-mismatch.zip", application: tampered, style: .init(), expected: "returned"),
            ExampleBundle(
                file: "RS-007-pdf-claimed-as-jpeg.zip", application: wrongType, style: .init(zip64: true), expected: "returned"),
        ]
    }
}
