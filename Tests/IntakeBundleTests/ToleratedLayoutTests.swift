import Foundation
import IntakeBundle
import IntakeEvidence
import IntakeFixtures
import IntakeModel
import IntakeSeedData
import Testing

/// Archives that Info-ZIP's unzip, 7-Zip and Windows Explorer read although they are not
/// what APPNOTE describes: the documents in them are intact, and a bundle reader refusing
/// them as "corrupt" turns a sound application away (round 20, tester 3).
@Suite struct ToleratedLayoutTests {
    /// `bytes` written to a file and inspected: read into memory as `check` and `run` do,
    /// or opened on its file as for bundles too large for memory.
    static func inspect(_ bytes: [UInt8], inMemory: Bool) throws -> Inspection {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("bundle.zip")
        try Data(bytes).write(to: url)
        let inspector = Inspector(parser: sharedParser)
        if inMemory { return inspector.inspect(url).0 }
        return inspector.inspect(BytePath(url), bundleHash: Inspector.hashFile(BytePath(url))).0
    }

    static func expectSound(_ i: Inspection, _ label: String) {
        #expect(i.findings.isEmpty, "\(label): \(i.findings)")
        #expect(i.documents.map(\.path) == ["files/社会保障卡.jpg", "files/身份证.pdf"], "\(label)")
        #expect(i.documents.allSatisfy { $0.isSound }, "\(label)")
    }

    /// Bytes appended after the end record, as upload gateways and signing tools append
    /// them, are no part of the archive (77-trailing-junk.zip was "目录损坏").
    @Test(arguments: [false, true]) func readsABundleWithBytesAppendedAfterIt(inMemory: Bool) throws {
        let appended = (0..<200).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        let bundle = BundleBuilder.bytes(soundApplication())
        Self.expectSound(try Self.inspect(bundle + appended, inMemory: inMemory), "appended bytes")
        // After an archive comment too: the comment is the archive's, the rest is not.
        let commented = Array(bundle.dropLast(2)) + [5, 0] + Array("note.".utf8)
        Self.expectSound(try Self.inspect(commented + appended, inMemory: inMemory), "comment, then appended bytes")
    }
}
