import IntakeModel
import IntakeXML

/// The application's manifest (manifest.xml) as typed values.
public struct Manifest: Sendable, Hashable {
    /// The producer's id for this submission.
    public var id: String
    /// `submitted` as written (xs:dateTime with offset).
    public var submitted: String
    /// The submitted calendar date in China Standard Time (UTC+08:00), 'YYYY-MM-DD',
    /// whatever offset the producer wrote: dates in rules are computed from it, never
    /// from the checking machine's clock. The date as written when `submitted` is not a
    /// dateTime with an offset (the schema refuses such a manifest).
    public var submittedDate: String
    public var channel: String
    public var matterCode: String
    /// The scenario id ("" where the matter has one).
    public var scenario: String
    public var applicant: Applicant
    /// 代办: someone submitting on the applicant's behalf.
    public var agent: Person?
    public var documents: [Document]

    public struct Person: Sendable, Hashable {
        public var name: String
        public var idType: String
        public var idNumber: String
        public init(name: String, idType: String, idNumber: String) {
            self.name = name
            self.idType = idType
            self.idNumber = idNumber
        }
    }

    public struct Applicant: Sendable, Hashable {
        /// `person` or `organization`.
        public var kind: String
        public var name: String
        public var idType: String
        public var idNumber: String
        /// Declared facts with their raw values, in manifest order.
        public var facts: [Fact]

        public init(kind: String, name: String, idType: String, idNumber: String, facts: [Fact]) {
            self.kind = kind
            self.name = name
            self.idType = idType
            self.idNumber = idNumber
            self.facts = facts
        }

        public func fact(_ name: String) -> String? { facts.first { $0.name == name }?.value }
    }

    public struct Fact: Sendable, Hashable {
        public var name: String
        public var value: String
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// A submitted file as the producer describes it.
    public struct Document: Sendable, Hashable {
        public var material: String
        public var path: String
        public var sha256: String
        /// The size the manifest states; nil when past Int64.max, which no file can hold
        /// (`statedSize` keeps what the producer wrote).
        public var size: Int64?
        /// The size as the manifest writes it (white space collapsed): what findings quote.
        public var statedSize: String
        public var mediaType: String
        /// The line of the <document> element in manifest.xml.
        public var line: Int

        public init(
            material: String, path: String, sha256: String, size: Int64?, statedSize: String? = nil, mediaType: String,
            line: Int = 0
        ) {
            self.material = material
            self.path = path
            self.sha256 = sha256
            self.size = size
            self.statedSize = statedSize ?? size.map { String($0) } ?? ""
            self.mediaType = mediaType
            self.line = line
        }
    }

    public init(
        id: String, submitted: String, channel: String, matterCode: String, scenario: String,
        applicant: Applicant, agent: Person?, documents: [Document]
    ) {
        self.id = id
        self.submitted = submitted
        self.submittedDate = CalendarDate(chinaDateOf: submitted)?.description ?? String(submitted.prefix(10))
        self.channel = channel
        self.matterCode = matterCode
        self.scenario = scenario
        self.applicant = applicant
        self.agent = agent
        self.documents = documents
    }
}

extension Manifest {
    /// The manifest as canonical XML text (the namespace of version 1). Used to build
    /// manifests for generated bundles and to probe conditions with hypothetical facts.
    public func xml(extraFacts: [Fact] = []) -> String {
        var x = """
            <?xml version="1.0" encoding="UTF-8"?>
            <application xmlns="\(ManifestParser.namespace)" id="\(Markup.attribute(id))" submitted="\(Markup.attribute(submitted))" channel="\(Markup.attribute(channel))">
              <matter code="\(Markup.attribute(matterCode))" scenario="\(Markup.attribute(scenario))"/>
              <applicant kind="\(Markup.attribute(applicant.kind))">
                <name>\(Markup.attribute(applicant.name))</name>
                <id type="\(Markup.attribute(applicant.idType))">\(Markup.attribute(applicant.idNumber))</id>

            """
        for f in applicant.facts + extraFacts {
            x += "    <fact name=\"\(Markup.attribute(f.name))\">\(Markup.attribute(f.value))</fact>\n"
        }
        x += "  </applicant>\n"
        if let a = agent {
            x +=
                "  <agent>\n    <name>\(Markup.attribute(a.name))</name><id type=\"\(Markup.attribute(a.idType))\">\(Markup.attribute(a.idNumber))</id>\n  </agent>\n"
        }
        x += "  <documents>\n"
        for d in documents {
            x +=
                "    <document material=\"\(Markup.attribute(d.material))\" path=\"\(Markup.attribute(d.path))\" sha256=\"\(d.sha256)\" size=\"\(Markup.attribute(d.statedSize))\" mediaType=\"\(Markup.attribute(d.mediaType))\"/>\n"
        }
        x += "  </documents>\n</application>\n"
        return x
    }

}

extension Manifest.Fact {
    public init(_ name: String, _ value: String) {
        self.init(name: name, value: value)
    }
}
