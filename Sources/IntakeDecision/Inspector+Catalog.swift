public import IntakeCatalog
public import IntakeEvidence
public import IntakeManifest

extension Inspector {
    /// The inspector a catalog's decisions need: its limits, and the photos decoded for
    /// their colours (those filed under a material whose specification asks a background
    /// or a colour photo, in any version or scenario of the matter; nothing else is decoded).
    public init(parser: ManifestParser, catalog: Catalog) {
        var asked = Set<String>()
        for m in catalog.matters {
            for s in m.scenarios {
                for x in s.materials.flatMap(\.flattened) where x.spec?.needsColours == true {
                    asked.insert("\(m.code)\u{1F}\(x.id)")
                }
            }
        }
        guard !asked.isEmpty else {
            self.init(parser: parser, limits: catalog.limits)
            return
        }
        self.init(parser: parser, limits: catalog.limits) { [asked] code, material in
            asked.contains("\(code)\u{1F}\(material)")
        }
    }
}
