import IntakeModel

/// The rule behind a finding that no catalog rule produced: the bundle contract itself
/// (Pipelines/contract/bundle-format.md), so that every finding in a report cites where it comes from.
public enum SpecCitations {
    /// Its path in the pipeline's folder (and in an archived catalog: OUT/catalogs/<version>/):
    /// the pipeline names it (`<contract>`), so it is part of the catalog version.
    public static let document = "contract/bundle-format.md"
    /// The contract as reports cite it: the repository's copy, by its own title.
    public static let source = SourceDocument(
        document: document, title: "Application bundle format, version 1 (the interface contract)")

    /// The working-day calendar (Pipelines/calendar.xml, named by the pipeline and part of the
    /// catalog version): cited by a due date counted over a year no notice confirms.
    public static let calendarDocument = "calendar.xml"
    public static let calendarSource = SourceDocument(
        document: calendarDocument, title: "工作日历：国务院办公厅部分节假日安排的通知及《全国年节及纪念日放假办法》的转录")

    static func cite(_ f: Finding) -> Finding {
        guard f.source == nil else { return f }
        let item: String
        switch f.code {
        case .bundleUnreadable, .bundleUnsafe, .bundleLimit, .bundleEncrypted: item = "The bundle"
        case .manifestMissing, .manifestMalformed, .manifestInvalid: item = "manifest.xml"
        case .documentMissing, .documentCorrupt, .documentChecksum, .documentType, .documentUnlisted,
            .documentEncrypted:
            item = "manifest.xml: document/@path, @sha256, @size, @mediaType"
        case .matterUnknown: item = "The catalog's identifiers"
        case .factMissing, .factInvalid: item = "manifest.xml: fact"
        default: return f
        }
        var cited = f
        cited.source = Citation(document: document, item: item)
        return cited
    }
}
