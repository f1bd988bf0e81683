import Crypto
import Foundation
import IntakeBundle
import IntakeManifest

/// A document to put in a bundle, with what the manifest will claim about it.
public struct SampleDocument: Sendable {
    public var path: String
    public var material: String
    public var bytes: [UInt8]
    public var mediaType: String
    /// Lies the manifest may tell (nil: the truth).
    public var claimedSHA256: String?
    public var claimedSize: Int64?
    /// A size for the manifest to state as written, e.g. past Int64.max (over `claimedSize`).
    public var statedSize: String?
    /// Listed in the manifest but left out of the zip.
    public var omitFromZip = false
    /// In the zip but not listed in the manifest.
    public var omitFromManifest = false

    public init(path: String, material: String, bytes: [UInt8], mediaType: String) {
        self.path = path
        self.material = material
        self.bytes = bytes
        self.mediaType = mediaType
    }

    public var sha256: String { SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined() }
}

/// An application to write as a bundle: the manifest's fields and the documents.
public struct SampleApplication: Sendable {
    public var id: String
    public var submitted: String
    public var channel: String
    public var matter: String
    public var scenario: String
    public var applicantKind: String
    public var applicantName: String
    public var idType: String
    public var idNumber: String
    public var facts: [(name: String, value: String)]
    public var agent: (name: String, id: String)?
    public var documents: [SampleDocument]

    public init(
        id: String, matter: String, scenario: String = "", submitted: String = "2025-07-01T09:30:00+08:00",
        channel: String = "online", applicantKind: String = "person", applicantName: String = "张三",
        idType: String = "resident-id", idNumber: String = "210202199001011232",
        facts: [(name: String, value: String)] = [], agent: (name: String, id: String)? = nil,
        documents: [SampleDocument] = []
    ) {
        self.id = id
        self.matter = matter
        self.scenario = scenario
        self.submitted = submitted
        self.channel = channel
        self.applicantKind = applicantKind
        self.applicantName = applicantName
        self.idType = idType
        self.idNumber = idNumber
        self.facts = facts
        self.agent = agent
        self.documents = documents
    }
}

/// Builds manifests and bundles the way real producers do.
public enum BundleBuilder {
    /// How the zip is written.
    public struct Style: Sendable {
        /// Names as GBK bytes without the UTF-8 flag (Windows tools on Chinese locales).
        public var gbkNames = false
        public var zip64 = false
        public var dataDescriptors = false
        /// Directory entries for each folder.
        public var directoryEntries = false
        public var method: ZipEntrySpec.Method = .deflated
        /// With `gbkNames`, each non-ASCII name also in an Info-ZIP Unicode Path extra field
        /// (0x7075), as WinRAR writes.
        public var unicodePaths = false
        public init(
            gbkNames: Bool = false, zip64: Bool = false, dataDescriptors: Bool = false,
            directoryEntries: Bool = false, method: ZipEntrySpec.Method = .deflated, unicodePaths: Bool = false
        ) {
            self.unicodePaths = unicodePaths
            self.gbkNames = gbkNames
            self.zip64 = zip64
            self.dataDescriptors = dataDescriptors
            self.directoryEntries = directoryEntries
            self.method = method
        }
    }

    /// The manifest.xml text for an application.
    public static func manifest(_ app: SampleApplication) -> String { manifestValue(app).xml() }

    /// The manifest of an application as a value.
    public static func manifestValue(_ app: SampleApplication) -> Manifest {
        Manifest(
            id: app.id, submitted: app.submitted, channel: app.channel, matterCode: app.matter,
            scenario: app.scenario,
            applicant: .init(
                kind: app.applicantKind, name: app.applicantName, idType: app.idType, idNumber: app.idNumber,
                facts: app.facts.map { Manifest.Fact($0.name, $0.value) }),
            agent: app.agent.map { Manifest.Person(name: $0.name, idType: "resident-id", idNumber: $0.id) },
            documents: app.documents.filter { !$0.omitFromManifest }.map {
                Manifest.Document(
                    material: $0.material, path: $0.path, sha256: $0.claimedSHA256 ?? $0.sha256,
                    size: $0.statedSize.map { Int64($0) } ?? $0.claimedSize ?? Int64($0.bytes.count),
                    statedSize: $0.statedSize, mediaType: $0.mediaType)
            }
        )
    }

    /// A bundle whose manifest is well-formed but not valid (a channel the schema does not
    /// know), saying it is application `id` of `matter`, submitted at `submitted`.
    public static func invalidManifestBundle(id: String, submitted: String, matter: String) -> [UInt8] {
        let manifest = """
            <?xml version="1.0" encoding="UTF-8"?>
            <application xmlns="urn:dalian:intake:manifest:1" id="\(id)" submitted="\(submitted)" channel="fax">
              <matter code="\(matter)" scenario=""/>
              <applicant kind="person"><name>张三</name><id type="resident-id">210202199001011232</id></applicant>
              <documents/>
            </application>
            """
        let sink = MemorySink()
        let zip = ZipWriter(sink: sink)
        zip.add(ZipEntrySpec(name: "manifest.xml", data: Array(manifest.utf8)))
        zip.finish()
        return sink.bytes
    }

    /// Writes the bundle (manifest first, then the documents) to `sink`.
    public static func write(_ app: SampleApplication, style: Style = Style(), to sink: any ByteSink) {
        let writer = ZipWriter(sink: sink, zip64: style.zip64)
        func entry(_ name: String, _ data: [UInt8]) -> ZipEntrySpec {
            var e: ZipEntrySpec
            if style.gbkNames, let gbk = TextDecoding.encodeGB18030(name) {
                e = ZipEntrySpec(rawName: gbk, utf8Flag: false, data: data, method: style.method)
                if style.unicodePaths && gbk != Array(name.utf8) { e.unicodePath = name }
            } else {
                e = ZipEntrySpec(name: name, data: data, method: style.method)
            }
            e.dataDescriptor = style.dataDescriptors
            return e
        }
        writer.add(entry("manifest.xml", Array(manifest(app).utf8)))
        var dirs: Set<String> = []
        for d in app.documents where !d.omitFromZip {
            if style.directoryEntries, let slash = d.path.lastIndex(of: "/") {
                let dir = String(d.path[...slash])
                if dirs.insert(dir).inserted {
                    var de = ZipEntrySpec.directory(dir)
                    if style.gbkNames, let gbk = TextDecoding.encodeGB18030(dir) {
                        de.rawName = gbk
                        de.utf8Flag = false
                    }
                    writer.add(de)
                }
            }
            writer.add(entry(d.path, d.bytes))
        }
        writer.finish()
    }

    /// The bundle as bytes.
    public static func bytes(_ app: SampleApplication, style: Style = Style()) -> [UInt8] {
        let sink = MemorySink()
        write(app, style: style, to: sink)
        return sink.bytes
    }
}
