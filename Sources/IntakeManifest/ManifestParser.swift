public import Foundation
public import IntakeModel
public import IntakeXML

/// Parses and validates manifest.xml: libxml2 with network, DTD loading and entity
/// substitution off, a DOCTYPE refused, then Schemas/manifest.xsd, then typed values.
/// Immutable and Sendable: share one per process.
public struct ManifestParser: Sendable {
    public static let namespace = "urn:dalian:intake:manifest:1"
    /// The manifest's name at the bundle's root.
    public static let entryName = "manifest.xml"
    let schema: XMLSchema

    public init(schema: XMLSchema) { self.schema = schema }

    /// Loads Schemas/manifest.xsd from the project's home.
    public init(home: URL) throws {
        self.schema = try XMLSchema(contentsOf: home.appendingPathComponent("Schemas/manifest.xsd"))
    }

    /// The manifest, or the findings that say why there is none. On success the parsed
    /// document is returned too, for XPath conditions over it.
    public func parse(_ bytes: [UInt8]) -> Result<(Manifest, XMLDocument), ManifestFailure> {
        let document: XMLDocument
        do {
            document = try XMLDocument(bytes: bytes, url: "manifest.xml")
        } catch {
            return .failure(ManifestFailure([Self.finding(for: error)]))
        }
        let problems = document.validate(against: schema)
        if !problems.isEmpty {
            return .failure(
                ManifestFailure(
                    problems.prefix(20).map {
                        Finding(
                            .manifestInvalid, .error,
                            "申请清单 manifest.xml 第 \($0.line) 行不符合清单规范，请按规范重新生成清单", path: ManifestParser.entryName,
                            detail: "line \($0.line): \($0.message)")
                    }))
        }
        let root = document.root()
        // A fact's value is read trimmed (" true " is true, as the schema's types and the
        // fact checks read it); the document the catalog's XPath conditions read gets the
        // same value, so that a condition never sees another value than the type check.
        for fact in root.child(named: "applicant")?.children(named: "fact") ?? [] where fact.text != fact.trimmedText {
            document.setKeyedChild(
                namespace: Self.namespace, parent: "applicant", element: "fact", key: "name", value: fact["name"] ?? "",
                text: fact.trimmedText)
        }
        return .success((Self.map(root), document))
    }

    static func finding(for error: XMLParseFailure) -> Finding {
        switch error {
        case .doctype:
            return Finding(
                .manifestMalformed, .error, "申请清单 manifest.xml 含有 DOCTYPE 或实体声明，不予处理，请按规范重新生成清单",
                path: Self.entryName, detail: "DOCTYPE and entity declarations are refused")
        case .malformed(let diagnostics):
            let line = diagnostics.first.map { $0.line > 0 ? "第 \($0.line) 行" : "" } ?? ""
            return Finding(
                .manifestMalformed, .error, "申请清单 manifest.xml \(line)不是格式正确的 XML，无法读取，请按规范重新生成清单",
                path: Self.entryName,
                detail: diagnostics.first.map { "line \($0.line): \($0.message)" } ?? "not well-formed")
        }
    }

    /// Maps a schema-valid tree to values (the schema guarantees what is read here).
    static func map(_ root: XMLElement) -> Manifest {
        let matter = root.child(named: "matter")
        let applicant = root.child(named: "applicant")
        func person(_ e: XMLElement?) -> Manifest.Person? {
            guard let e else { return nil }
            let id = e.child(named: "id")
            return Manifest.Person(
                name: e.child(named: "name")?.trimmedText ?? "", idType: id?["type"] ?? "",
                idNumber: id?.trimmedText ?? "")
        }
        let who = person(applicant)
        let submitted = root["submitted"] ?? ""
        return Manifest(
            id: root["id"] ?? "", submitted: submitted,
            channel: root["channel"] ?? "",
            matterCode: matter?["code"] ?? "", scenario: matter?["scenario"] ?? "",
            applicant: Manifest.Applicant(
                kind: applicant?["kind"] ?? "", name: who?.name ?? "", idType: who?.idType ?? "",
                idNumber: who?.idNumber ?? "",
                facts: applicant?.children(named: "fact").map {
                    Manifest.Fact(name: $0["name"] ?? "", value: $0.trimmedText)
                } ?? []),
            agent: person(root.child(named: "agent")),
            documents: root.child(named: "documents")?.children(named: "document").map {
                Manifest.Document(
                    material: $0["material"] ?? "", path: $0["path"] ?? "",
                    sha256: ($0["sha256"] ?? "").lowercased(), size: Int64($0["size"] ?? "") ?? -1,
                    mediaType: ($0["mediaType"] ?? "").lowercased(), line: $0.line)
            } ?? [])
    }
}

/// Why there is no manifest: the findings to report.
public struct ManifestFailure: Error, Sendable {
    public var findings: [Finding]
    public init(_ findings: [Finding]) { self.findings = findings }
}
