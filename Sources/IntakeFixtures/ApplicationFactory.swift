public import IntakeCatalog
import IntakeModel

/// Builds applications for a catalog matter: a document of an accepted type for each
/// material a complete application carries, so tests and the example set can start from
/// "everything right" and take one thing away.
public enum ApplicationFactory {
    /// A complete application for `scenario` of `matter`: every always-required and
    /// conditional material (parts of groups, the first alternative of a choice), the
    /// commitment letter when asked, minus the materials in `omit`. A fact named
    /// `residentId` is not a fact: it is the applicant's resident id (the pipeline derives
    /// birth date, sex and age from it).
    public static func complete(
        catalog: Catalog, matter: Matter, scenario: Scenario, id: String, submitted: String,
        facts: [(name: String, value: String)] = [], omit: Set<String> = [], withCommitmentLetter: Bool = false,
        seed: UInt64 = 1
    ) -> SampleApplication {
        var rng = SeededRandom(seed: seed)
        var documents: [SampleDocument] = []
        func add(_ m: Material) {
            guard !omit.contains(m.id) else { return }
            let media = catalog.acceptedMedia(of: m)
            var size = 24_000 + Int(rng.next() % 20_000)
            // A material with a document specification gets a file that keeps it.
            if let spec = m.spec {
                let low = Int(spec.minBytes ?? 4_000)
                let high = Int(spec.maxBytes ?? Int64(low + 40_000))
                size = low + (high - low) / 2
            }
            var (bytes, type, ext) = SampleDocuments.document(accepting: media, size: size, rng: &rng)
            if let spec = m.spec, spec.needsPixels, type == "image/jpeg" {
                // Of the shape the spec gives (33:48 → 330*480), else 360*480.
                let shape = spec.aspect.map { (width: $0.width * 480 / $0.height, height: 480) } ?? (width: 360, height: 480)
                bytes = SampleDocuments.jpeg(
                    size: size, width: spec.minWidth ?? spec.maxWidth ?? shape.width,
                    height: spec.minHeight ?? spec.maxHeight ?? shape.height, rng: &rng)
            }
            documents.append(
                SampleDocument(
                    path: "files/\(m.id)-\(fileSafe(m.name)).\(ext)", material: m.id, bytes: bytes, mediaType: type))
        }
        func walk(_ m: Material) {
            switch m.requirement {
            case .optional: return
            case .whenDeferred:
                if withCommitmentLetter { add(m) }
                return
            case .always, .conditional: break
            }
            if m.isCommitmentLetter {
                if withCommitmentLetter { add(m) }
                return
            }
            if m.parts.isEmpty {
                add(m)
                return
            }
            if omit.contains(m.id) { return }
            switch m.need {
            case .oneOf: walk(m.parts[0])
            case .all where m.parts.allSatisfy({ $0.requirement == .optional }):
                // A selection (选择手续: documents as the grounds require, at least one).
                add(m.parts[0])
            case .all: m.parts.forEach(walk)
            }
        }
        scenario.materials.forEach(walk)
        // A unit where the scenario asks for its licence, or the matter refuses a person
        // outright (嘱托预查封的主体应当为人民法院、人民检察院或公安机关等国家有权机关).
        let refusesAPerson = matter.forbidden.contains { $0.refusedApplicantKind == "person" }
        let applicantKind =
            refusesAPerson || scenario.materials.contains { $0.kind == .businessLicense } ? "organization" : "person"
        var app = SampleApplication(
            id: id, matter: matter.code, scenario: scenario.id, submitted: submitted, applicantKind: applicantKind,
            documents: documents)
        if applicantKind == "organization" {
            // A unit is identified by its 统一社会信用代码 (GB 32100-2015, its check character right): an
            // enterprise's (9…, registered by 工商), or an organ's (1…) where the matter refuses
            // enterprises (查封登记: 国家有权机关 only).
            let refusesEnterprises = matter.forbidden.contains {
                let x = $0.condition.xpath ?? ""
                return $0.outcome == .refuses
                    && (x.contains("starts-with(normalize-space(m:applicant/m:id), '9')")
                        || x.contains("not(starts-with(normalize-space(m:applicant/m:id), '1')"))
            }
            app.idType = "unified-social-credit-code"
            app.idNumber = refusesEnterprises ? "11210200001234567F" : "91210200MA0QC8H4XM"
        }
        app.setFacts(facts)
        return app
    }

    /// A file-name-safe short form of a material name.
    static func fileSafe(_ name: String) -> String {
        let cleaned = name.unicodeScalars.filter { !"/\\:*?\"<>|（）() ，,、。；;".unicodeScalars.contains($0) }
        return String(String.UnicodeScalarView(cleaned).prefix(16))
    }
}

extension SampleDocuments {
    /// Bytes of a type the material accepts: PDF, JPEG, PNG, Excel/Word (OOXML) or OFD.
    public static func document(accepting media: [String], size: Int, rng: inout SeededRandom) -> ([UInt8], String, String) {
        if media.isEmpty || media.contains("application/pdf") {
            return (pdf(size: size, rng: &rng), "application/pdf", "pdf")
        }
        if media.contains("image/jpeg") { return (jpeg(size: size, rng: &rng), "image/jpeg", "jpg") }
        if media.contains("image/png") { return (png(rng: &rng, payload: size), "image/png", "png") }
        let xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        if media.contains(xlsx) || media.contains("application/vnd.ms-excel") {
            return (officeOpenXML(part: "xl/workbook.xml", rng: &rng), xlsx, "xlsx")
        }
        let docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        if media.contains(docx) || media.contains("application/msword") {
            return (officeOpenXML(part: "word/document.xml", rng: &rng), docx, "docx")
        }
        if media.contains("application/ofd") { return (officeOpenXML(part: "OFD.xml", rng: &rng), "application/ofd", "ofd") }
        return (pdf(size: size, rng: &rng), "application/pdf", "pdf")
    }

    /// A minimal Office Open XML (or OFD) package: a zip whose first entry names its kind.
    public static func officeOpenXML(part: String, rng: inout SeededRandom) -> [UInt8] {
        let sink = MemorySink()
        let w = ZipWriter(sink: sink)
        if part != "OFD.xml" {
            w.add(ZipEntrySpec(name: "[Content_Types].xml", data: Array("<?xml version=\"1.0\"?><Types/>".utf8)))
        }
        w.add(ZipEntrySpec(name: part, data: Array("<?xml version=\"1.0\"?><root/>".utf8)))
        w.add(ZipEntrySpec(name: "media/scan.bin", data: rng.bytes(4_000), method: .stored))
        w.finish()
        return sink.bytes
    }
}

extension SampleApplication {
    /// The key of a fact list that sets the applicant's resident id instead of a fact.
    public static let residentIdKey = "residentId"

    /// Sets the declared facts; a `residentId` entry sets the applicant's resident id, a
    /// `unitId` entry makes the applicant the unit of that 统一社会信用代码.
    /// The key under which examples give a unit's 统一社会信用代码 (a 个体工商户's begins 92):
    /// the applicant becomes that unit.
    public static let unitIdKey = "unitId"

    public mutating func setFacts(_ list: [(name: String, value: String)]) {
        facts = list.filter { $0.name != Self.residentIdKey && $0.name != Self.unitIdKey }
        if let rid = list.first(where: { $0.name == Self.residentIdKey }) {
            idType = "resident-id"
            idNumber = rid.value
        }
        if let unit = list.first(where: { $0.name == Self.unitIdKey }) {
            applicantKind = "organization"
            idType = "unified-social-credit-code"
            idNumber = unit.value
        }
    }
}
