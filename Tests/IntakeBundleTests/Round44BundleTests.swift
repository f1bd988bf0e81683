import Foundation
import IntakeBundle
import IntakeEvidence
import IntakeFixtures
import IntakeModel
import Testing

/// Session 46: black-box round 44's hostile bundles (tester d).
@Suite struct Round44BundleTests {
    /// A manifest path with a space before it (a tab in the attribute reads as one): the report said the file was missing
    /// and another unlisted under what looked like the same name. The space is named, the path quoted, the entry named.
    @Test(arguments: [" files/身份证.pdf", "files/身份证.pdf "])
    func aPathWithSpacesAroundItSaysSo(path: String) throws {
        var app = soundApplication()
        app.documents[1].path = path
        let i = try inspect(zipped(manifestOf: app, entries: soundApplication().documents.map { ($0.path, $0.bytes) }))
        let missing = try #require(i.findings.first { $0.code == .documentMissing }, "\(i.findings)")
        #expect(missing.message.contains("“\(path)”（路径首尾含空白字符）"), "\(missing.message)")
        #expect(missing.message.contains("申请包中有 files/身份证.pdf"), "\(missing.message)")
    }

    /// A folder entry listed as a document is said to be a folder, not an empty file.
    @Test func aListedFolderIsSaidToBeAFolder() throws {
        var app = soundApplication()
        app.documents[1].path = "files/dir/"
        app.documents[1].bytes = []
        let i = try inspect(zipped(manifestOf: app, entries: app.documents.map { ($0.path, $0.bytes) }))
        let f = try #require(i.findings.first { $0.path == "files/dir/" && $0.severity == .error }, "\(i.findings)")
        #expect(f.message.contains("文件夹") && !f.message.contains("文件为空"), "\(f.message)")
    }
}
