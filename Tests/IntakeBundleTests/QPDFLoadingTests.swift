import Foundation
import Testing

@testable import IntakePDF

/// qpdf is looked up when a process first checks a PDF, not linked: `intake` starts without
/// it and the libraries it brings, and a missing library is said, not a crash.
@Suite struct QPDFLoadingTests {
    @Test func aMissingLibraryIsSaidWithTheLoadersWords() {
        guard case .failure(let why) = QPDF.load(files: ["libqpdf-absent.so.0"]) else {
            Issue.record("an absent library loaded")
            return
        }
        #expect(why.description.hasPrefix("qpdf cannot be loaded: libqpdf-absent.so.0: cannot open shared object file"))
    }

    @Test func theLibraryLoadsAndChecks() throws {
        #expect(PDFCheck.load() == nil)
        let pdf = try DocumentStructureTests.fixture("three-pages.pdf")
        let result = pdf.withUnsafeBytes { PDFCheck.check($0) }
        #expect(result.status == .sound)
        #expect(result.pages == 3)
    }

    @Test func theExecutablesDoNotLinkQpdf() throws {
        // The build puts them next to the test executable (`swift build --build-tests`).
        let folder = URL(fileURLWithPath: PDFChecker.executablePath()).deletingLastPathComponent()
        for name in ["intake", "intake-pdf-helper"] {
            let path = folder.appendingPathComponent(name).path
            #expect(FileManager.default.isExecutableFile(atPath: path), "\(name) not built")
            let readelf = Process()
            readelf.executableURL = URL(fileURLWithPath: "/usr/bin/readelf")
            readelf.arguments = ["-d", path]
            let pipe = Pipe()
            readelf.standardOutput = pipe
            try readelf.run()
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            readelf.waitUntilExit()
            #expect(output.contains("(NEEDED)"), "\(name): no dynamic section read")
            #expect(!output.contains("libqpdf"), "\(name) links qpdf")
        }
    }
}
