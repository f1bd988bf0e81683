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

    /// 民法典 第二百零二条 (a period in years or months with no corresponding day ends on the month's last day) and
    /// 第二百零三条 (a last day that is a day off moves to the day after the days off): x:last-day and x:period-end.
    @Test func aPeriodEndsOnItsMonthsLastDayAndAfterTheDaysOff() throws {
        let xpath = XPathEvaluator(document: nil, submitted: "2025-07-01", namespaces: Self.namespaces)
        // One year from 29 February 2024: 2025 has no 29 February.
        #expect(try xpath.boolean("x:last-day(20240229 + 10000) = 20250228").get())
        #expect(try xpath.boolean("x:last-day(20280229) = 20280229").get())
        #expect(try xpath.boolean("x:last-day(20250431) = 20250430").get())
        #expect(try xpath.boolean("x:last-day(20250701) = 20250701").get())
        // A month counted from December runs into the next year (the review of round 63: month 13 was no date).
        #expect(try xpath.boolean("x:last-day(20251231 + 100) = 20260131").get())
        #expect(try xpath.boolean("x:last-day(20251130 + 300) = 20260228").get())
        // No date: NaN, which compares false both ways.
        for bad in ["20250132", "20250700", "2025", "x:date-number('2025-13-01')"] {
            #expect(try !xpath.boolean("x:last-day(\(bad)) = x:last-day(\(bad))").get(), "\(bad)")
            #expect(try !xpath.boolean("x:period-end(\(bad)) < 99999999").get(), "\(bad)")
        }
        // Without a calendar, Saturday and Sunday are days off: Sunday 2025-03-16 moves to Monday the 17th, Saturday
        // 2025-05-31 to Monday 2 June; a Tuesday stays.
        #expect(try xpath.boolean("x:period-end(20250316) = 20250317").get())
        #expect(try xpath.boolean("x:period-end(20250531) = 20250602").get())
        #expect(try xpath.boolean("x:period-end(20250701) = 20250701").get())
        // With the 2025 notice's 国庆节、中秋节 (10-01 to 10-08 off, Sunday 09-28 and Saturday 10-11 worked).
        var off: [Int32] = Array(20_251_001...20_251_008)
        off.append(20_250_101)
        let calendar = XPathCalendar(off: off, on: [20_250_928, 20_251_011])
        let dated = XPathEvaluator(document: nil, submitted: "2025-10-09", namespaces: Self.namespaces, calendar: calendar)
        #expect(try dated.boolean("x:period-end(20251001) = 20251009").get())
        #expect(try dated.boolean("x:period-end(20251005) = 20251009").get())
        #expect(try dated.boolean("x:period-end(20250928) = 20250928").get())
        #expect(try dated.boolean("x:period-end(20251011) = 20251011").get())
        #expect(try dated.boolean("x:period-end(20251012) = 20251013").get())
        // Across a year's end: 2025-12-31 is a Wednesday; 2026-01-01 a day off given by no notice here is a Thursday.
        #expect(try dated.boolean("x:period-end(20251231) = 20251231").get())
        #expect(try dated.boolean("x:period-end(x:last-day(20241001 + 10000)) < x:date-number(x:submitted())").get() == false)
    }
}
