import IntakeXML
import Testing

@Suite struct XMLDocumentTests {
    static let manifest = """
        <?xml version="1.0" encoding="UTF-8"?>
        <application xmlns="urn:dalian:intake:manifest:1" id="X-1" submitted="2025-07-01T09:30:00+08:00" channel="online">
          <matter code="RS-007" scenario=""/>
          <applicant kind="person"><name>张三</name><id type="resident-id">210202199001011232</id>
            <fact name="applicantAge">99</fact><fact name="other">1</fact></applicant>
          <documents/>
        </application>
        """
    static let namespaces = ["m": "urn:dalian:intake:manifest:1"]

    @Test func refusesADoctype() {
        let bytes = Array("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>".utf8)
        #expect(throws: XMLParseFailure.doctype) { try XMLDocument(bytes: bytes) }
    }

    /// A keyed child set in place replaces every child of that key, escapes its text and
    /// leaves the others; XPath sees the new value.
    @Test func setsAKeyedChildInPlace() throws {
        let doc = try XMLDocument(bytes: Array(Self.manifest.utf8))
        #expect(
            doc.setKeyedChild(
                namespace: Self.namespaces["m"]!, parent: "applicant", element: "fact", key: "name", value: "applicantAge",
                text: "60 & <more>"))
        let xpath = XPathEvaluator(document: doc, submitted: "2025-07-01", namespaces: Self.namespaces)
        #expect(try xpath.boolean("count(m:applicant/m:fact[@name='applicantAge']) = 1").get())
        #expect(try xpath.boolean("m:applicant/m:fact[@name='applicantAge'] = '60 & <more>'").get())
        #expect(try xpath.boolean("m:applicant/m:fact[@name='other'] = '1'").get())
        #expect(
            !doc.setKeyedChild(namespace: "urn:other", parent: "applicant", element: "fact", key: "name", value: "x", text: "1"))
    }

    /// Keyed children removed in place (a probe's hypothetical facts): every child of that
    /// key goes, the others stay, and XPath no longer sees it.
    @Test func removesKeyedChildrenInPlace() throws {
        let doc = try XMLDocument(bytes: Array(Self.manifest.utf8))
        let ns = Self.namespaces["m"]!
        doc.setKeyedChild(namespace: ns, parent: "applicant", element: "fact", key: "name", value: "probe", text: "true")
        let xpath = XPathEvaluator(document: doc, submitted: "2025-07-01", namespaces: Self.namespaces)
        #expect(try xpath.boolean("m:applicant/m:fact[@name='probe'] = 'true'").get())
        #expect(doc.removeKeyedChildren(namespace: ns, parent: "applicant", element: "fact", key: "name", value: "probe"))
        #expect(try xpath.boolean("count(m:applicant/m:fact[@name='probe']) = 0").get())
        #expect(try xpath.boolean("m:applicant/m:fact[@name='other'] = '1'").get())
        #expect(!doc.removeKeyedChildren(namespace: "urn:other", parent: "applicant", element: "fact", key: "name", value: "x"))
    }

    /// The extension functions the catalog's conditions use, against the submitted date.
    @Test func extensionFunctionsReadTheSubmittedDate() throws {
        let doc = try XMLDocument(bytes: Array(Self.manifest.utf8))
        let xpath = XPathEvaluator(document: doc, submitted: "2025-07-01", namespaces: Self.namespaces)
        #expect(try xpath.boolean("x:submitted() = '2025-07-01'").get())
        #expect(try xpath.boolean("x:years-since('1965-07-01') = 60").get())
        #expect(try xpath.boolean("x:years-since('1965-07-02') = 59").get())
        #expect(try xpath.boolean("x:date-number('2025-07-01') = 20250701").get())
    }
}
