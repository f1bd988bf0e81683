import Foundation
import IntakeBundle
import IntakeEvidence
import IntakeFixtures
import IntakeModel
import IntakeSeedData
import Testing

/// Bundles written by the real tools producers use (Debian's Info-ZIP, 7-Zip, Python's
/// zipfile, the JDK's jar): each reads as the sound application, while a local header
/// that contradicts the central directory is still refused.
@Suite struct RealToolZipTests {
    /// The sound application's files laid out in a folder, ready to be zipped.
    static func bundleFolder() throws -> URL {
        let dir = try makeTemporaryDirectory()
        let app = soundApplication()
        try Data(BundleBuilder.manifest(app).utf8).write(to: dir.appendingPathComponent("manifest.xml"))
        for d in app.documents {
            let url = dir.appendingPathComponent(d.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(d.bytes).write(to: url)
        }
        return dir
    }

    /// Runs `/bin/sh -c script` in `dir`; true when it exits 0.
    @discardableResult
    static func shell(_ script: String, in dir: URL) throws -> Bool {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", script]
        p.currentDirectoryURL = dir
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        return p.terminationStatus == 0
    }

    static func has(_ tool: String) -> Bool {
        (try? shell("command -v \(tool)", in: URL(fileURLWithPath: "/"))) ?? false
    }

    /// Zips the sound application with `script` (run in its folder, writing ../out.zip)
    /// and inspects the result.
    func inspectMadeBy(_ script: String) throws -> Inspection {
        let dir = try Self.bundleFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.deletingLastPathComponent().appendingPathComponent("out-\(UUID().uuidString).zip")
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(try Self.shell(script.replacingOccurrences(of: "OUT", with: out.path), in: dir), "\(script) failed")
        #expect(try Self.shell("unzip -tq '\(out.path)'", in: dir), "unzip -t refuses what \(script) wrote")
        return Inspector(parser: sharedParser).inspect(out).0
    }

    func expectSound(_ i: Inspection, _ label: String) {
        #expect(!i.codes.contains(.bundleUnreadable), "\(label): \(i.findings)")
        #expect(i.findings.isEmpty, "\(label): \(i.findings)")
        #expect(i.documents.count == 2 && i.documents.allSatisfy { $0.isSound }, "\(label)")
    }

    @Test(.enabled(if: has("zip"))) func readsInfoZipWithForcedZip64() throws {
        expectSound(try inspectMadeBy("zip -q -r -fz OUT ."), "zip -fz")
    }

    @Test(.enabled(if: has("zip"))) func readsInfoZipStreamedToAPipe() throws {
        // Written to a pipe, Info-ZIP cannot seek back: data descriptors and Zip64 local extras.
        expectSound(try inspectMadeBy("zip -q -r - . | cat > OUT"), "zip -r - | cat")
    }

    @Test(.enabled(if: has("zip"))) func readsPlainInfoZip() throws {
        expectSound(try inspectMadeBy("zip -q -r OUT ."), "zip -r")
    }

    /// bzip2 (method 12, which 7-Zip and WinRAR offer too), read through libzip within the
    /// same limits, where libzip decompresses it (its build on every supported system).
    @Test(.enabled(if: has("zip"))) func readsInfoZipBzip2() throws {
        let dir = try Self.bundleFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("bz.zip")
        #expect(try Self.shell("zip -q -r -Z bzip2 bz.zip manifest.xml files", in: dir))
        guard case .opened(let bundle) = ApplicationBundle.open(out) else {
            Issue.record("not opened")
            return
        }
        #expect(bundle.entries.contains { $0.compressionMethod == 12 }, "\(bundle.entries.map(\.compressionMethod))")
        expectSound(Inspector(parser: sharedParser).inspect(out).0, "zip -Z bzip2")
    }

    @Test(.enabled(if: has("7z"))) func reads7Zip() throws {
        expectSound(try inspectMadeBy("7z a -tzip OUT . >/dev/null"), "7z a -tzip")
    }

    @Test(.enabled(if: has("python3"))) func readsPythonZipfileStreamingWrites() throws {
        // A non-seekable output: zipfile writes data descriptors; force_zip64 adds Zip64 extras.
        let script = """
            python3 - <<'EOF'
            import os, zipfile
            class Stream:
                def __init__(self, f): self.f = f
                def write(self, b): return self.f.write(b)
                def flush(self): self.f.flush()
            with open('OUT', 'wb') as raw:
                with zipfile.ZipFile(Stream(raw), 'w', zipfile.ZIP_DEFLATED) as z:
                    for root, _, files in os.walk('.'):
                        for n in sorted(files):
                            p = os.path.join(root, n)
                            with open(p, 'rb') as i, z.open(os.path.relpath(p, '.'), 'w', force_zip64=True) as o:
                                o.write(i.read())
            EOF
            """
        expectSound(try inspectMadeBy(script), "python zipfile streaming")
    }

    @Test(.enabled(if: has("jar"))) func readsJavaJar() throws {
        expectSound(try inspectMadeBy("jar cfM OUT ."), "jar cfM")
    }

    /// Rewrites the first local header's name (same length) so that it disagrees with
    /// the central directory.
    @Test func refusesLocalHeaderNamingAnotherFile() throws {
        var bytes = BundleBuilder.bytes(soundApplication())
        let at = try #require(bytes.firstRange(of: [0x50, 0x4B, 0x03, 0x04] as [UInt8])).lowerBound
        bytes[at + 30] = UInt8(ascii: "M")  // "manifest.xml" -> "Manifest.xml" in the local header only
        let i = try inspect(bytes)
        #expect(i.codes == [.bundleUnreadable])
        #expect(i.findings[0].messageWithDetail.contains("local header"))
    }

    /// The encryption flag set in the first local header only (round 18, tester 1: accepted):
    /// a reader trusting that header would ask for a password; the two headers disagree.
    @Test func refusesLocalHeaderFlaggedEncryptedAlone() throws {
        var bytes = BundleBuilder.bytes(soundApplication())
        let at = try #require(bytes.firstRange(of: [0x50, 0x4B, 0x03, 0x04] as [UInt8])).lowerBound
        bytes[at + 6] |= 1
        let i = try inspect(bytes)
        #expect(i.codes == [.bundleUnreadable])
        #expect(i.findings[0].messageWithDetail.contains("encryption flag"))
    }

    @Test func refusesLocalHeaderWithAnotherCompressionMethod() throws {
        var bytes = BundleBuilder.bytes(soundApplication())
        let at = try #require(bytes.firstRange(of: [0x50, 0x4B, 0x03, 0x04] as [UInt8])).lowerBound
        bytes[at + 8] = bytes[at + 8] == 8 ? 0 : 8
        let i = try inspect(bytes)
        #expect(i.codes == [.bundleUnreadable])
    }

    @Test func refusesLocalHeaderWithOtherSizes() throws {
        var bytes = BundleBuilder.bytes(soundApplication())
        let at = try #require(bytes.firstRange(of: [0x50, 0x4B, 0x03, 0x04] as [UInt8])).lowerBound
        bytes[at + 22] ^= 0x01  // uncompressed size, no data descriptor
        let i = try inspect(bytes)
        #expect(i.codes == [.bundleUnreadable])
    }
}
