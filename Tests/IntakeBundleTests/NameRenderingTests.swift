import Foundation
import IntakeBundle
import IntakeEvidence
import IntakeModel
import IntakeSeedData
import Testing

/// How names and bundle text are shown to people: lossless, and harmless on a terminal.
@Suite struct NameRenderingTests {
    @Test(arguments: [
        ([0x61, 0x2E, 0x7A, 0x69, 0x70] as [UInt8], "a.zip"),
        (Array("身份证.zip".utf8), "身份证.zip"),
        ([0xCD, 0xF5, 0x2E, 0x7A, 0x69, 0x70], "王.zip [GB18030]"),
        // The mark after each component decoded from GB18030: a GBK folder and a GBK file read apart (round 37, tester g).
        ([0xB4, 0xF3, 0xC1, 0xAC, 0x2F] + Array("王.zip".utf8), "大连 [GB18030]/王.zip"),
        (Array("大连/".utf8) + [0xCD, 0xF5, 0x2E, 0x7A, 0x69, 0x70], "大连/王.zip [GB18030]"),
        ([0x62, 0xFF, 0xFE, 0x2E, 0x7A, 0x69, 0x70], "b\\xFF\\xFE.zip"),
        ([0xE7, 0x8E, 0x8B, 0xFF], "王\\xFF"),
        // A literal backslash is doubled, in a valid name and beside an escape: the name whose bytes are FF and the one
        // that spells \xFF read apart.
        (Array("b\\xFF.zip".utf8), "b\\\\xFF.zip"),
        ([0x5C, 0xFF], "\\\\\\xFF"),
        // A UTF-8 name that spells the mark reads apart from the GBK name so marked (the session's review).
        (Array("王.zip [GB18030]".utf8), "王.zip \\[GB18030]"),
    ])
    func rendersNameBytes(bytes: [UInt8], shown: String) {
        #expect(BytePath(bytes: bytes).display == shown)
    }

    @Test func pathHelpersWorkOnBytes() {
        let p = BytePath(bytes: Array("/in/".utf8) + [0xCD, 0xF5] + Array(".ZIP".utf8))
        #expect(p.lastComponent.bytes == [0xCD, 0xF5] + Array(".ZIP".utf8))
        #expect(p.parent == BytePath("/in"))
        #expect(p.hasZipExtension)
        #expect(BytePath("/in").appending(BytePath("a/b.zip")) == BytePath("/in/a/b.zip"))
    }

    @Test func terminalEscapesControlsDelC1AndBidiOverrides() {
        #expect(
            TextEscaping.terminal("a\nb\u{1B}[31m\u{7F}\u{85}\u{202E}\u{2067}c")
                == #"a\nb\u{1B}[31m\u{7F}\u{85}\u{202E}\u{2067}c"#)
        #expect(TextEscaping.terminal("王.zip") == "王.zip")
    }

    @Test(arguments: [
        ("plain.zip", "plain.zip"),
        ("", #""""#),
        ("a b", #""a b""#),
        ("k=v", #""k=v""#),
        ("evil\nverdict=accepted", #""evil\nverdict=accepted""#),
        (#"q"\"#, #""q\"\\""#),
        ("\u{1B}[2J", #""\u{1B}[2J""#),
    ])
    func logfmtQuotesWhatCouldBreakARecord(value: String, logged: String) {
        #expect(TextEscaping.logfmt(value) == logged)
    }
}

/// The bundle reader reads regular files only: a FIFO or folder named `*.zip` is refused
/// at once (never opened for a blocking read).
@Suite struct SpecialFileTests {
    @Test func refusesFIFOAndFolderWithoutBlocking() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("pipe.zip")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        let folder = dir.appendingPathComponent("folder.zip")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for url in [fifo, folder] {
            guard case .unreadable(let findings) = ApplicationBundle.open(url) else {
                Issue.record("\(url.lastPathComponent) opened")
                continue
            }
            #expect(findings.map(\.code) == [.bundleUnreadable])
            #expect(findings[0].messageWithDetail.contains("not a regular file"))
            #expect(Inspector.hashFile(url).0 == nil)
        }
    }
}
