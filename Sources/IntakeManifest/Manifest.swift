public import IntakeModel

/// The application's manifest (manifest.xml) as typed values.
public struct Manifest: Sendable, Hashable {
    /// The producer's id for this submission.
    public var id: String
    /// `submitted` as written (xs:dateTime with offset).
    public var submitted: String
    /// The submitted calendar date in the manifest's own offset, 'YYYY-MM-DD': dates in
    /// rules are computed from it, never from the checking machine's clock.
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
    }

    public struct Applicant: Sendable, Hashable {
        /// `person` or `organization`.
        public var kind: String
        public var name: String
        public var idType: String
        public var idNumber: String
        /// Declared facts with their raw values, in manifest order.
        public var facts: [Fact]

        public func fact(_ name: String) -> String? { facts.first { $0.name == name }?.value }
    }

    public struct Fact: Sendable, Hashable {
        public var name: String
        public var value: String
    }

    /// A submitted file as the producer describes it.
    public struct Document: Sendable, Hashable {
        public var material: String
        public var path: String
        public var sha256: String
        public var size: Int64
        public var mediaType: String
        /// The line of the <document> element in manifest.xml.
        public var line: Int
    }
}
