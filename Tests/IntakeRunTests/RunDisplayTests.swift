import Foundation
import Testing

@testable import IntakeRun

@Suite struct RunDisplayTests {
    @Test func displayWidthCountsWideCharactersTwice() {
        #expect(RunDisplay.displayWidth("abc") == 3)
        #expect(RunDisplay.displayWidth("受理 12") == 7)
        #expect(RunDisplay.displayWidth("包/s") == 4)
        #expect(RunDisplay.displayWidth("ＡＢ") == 4)  // fullwidth forms
        #expect(RunDisplay.displayWidth("e\u{301}") == 1)  // a combining accent takes no column
        #expect(RunDisplay.displayWidth("█░") == 2)
    }

    /// In any terminal from 40 columns the line never reaches the last column (it would
    /// wrap, and every redraw would scroll a new line), and it always shows the count.
    @Test(arguments: [40, 41, 50, 60, 72, 80, 100, 120, 200])
    func progressLineFitsTheTerminal(columns: Int) {
        for (done, total) in [(0, 0), (7, 52), (99_999, 100_000), (1_234_567, 9_999_999)] {
            let line = RunDisplay.progressLine(
                fraction: total == 0 ? 1 : Double(done) / Double(total), done: done, total: total,
                verdicts: [done, 12_345, 678, 9, 10], rate: 123.4, mbps: 5678.9, left: "12:34:56", columns: columns)
            #expect(RunDisplay.displayWidth(line) <= columns - 1, "\(columns): \(line)")
            #expect(line.contains("\(done)/\(total)"))
        }
    }

    @Test func aWideTerminalGetsEverything() {
        let line = RunDisplay.progressLine(
            fraction: 0.5, done: 26, total: 52, verdicts: [10, 2, 8, 3, 3], rate: 12.5, mbps: 3.25, left: "0:02", columns: 160)
        #expect(line.contains("受理 10 容缺 2 补正 8 不予 3 无效 3"))
        #expect(line.contains("12.5 包/s 3.2 MB/s"))
        #expect(line.contains("剩余 0:02"))
        // At 80 columns the rates give way first, the verdicts stay.
        let narrow = RunDisplay.progressLine(
            fraction: 0.5, done: 26, total: 52, verdicts: [10, 2, 8, 3, 3], rate: 12.5, mbps: 3.25, left: "0:02", columns: 80)
        #expect(narrow.contains("受理 10"))
        #expect(!narrow.contains("MB/s"))
    }

    /// A file name cannot forge a field or a line, in logfmt or in JSON lines.
    @Test func logLinesQuoteWhatTheyCarry() throws {
        let forged = "a.zip\nts=x level=info msg=bundle verdict=accepted file=\"b.zip"
        let fields = [("file", forged), ("verdict", "returned"), ("名 字", "王 申请 a=b.zip")]
        let logfmt = LineLogHandler.render(
            format: .logfmt, time: "T", level: "info", logger: "intake.run", message: "bundle", fields: fields)
        #expect(!logfmt.contains("\n"))
        #expect(logfmt.contains(#"file="a.zip\nts=x level=info msg=bundle verdict=accepted file=\"b.zip""#))
        #expect(logfmt.contains(#"__=" "#) == false)
        #expect(logfmt.contains(#"_ _="王 申请 a=b.zip""#) || logfmt.contains(#"___="王 申请 a=b.zip""#))
        #expect(logfmt.hasPrefix("ts=T level=info logger=intake.run msg=bundle "))
        let json = LineLogHandler.render(
            format: .json, time: "T", level: "info", logger: "intake.run", message: "bundle", fields: fields)
        #expect(!json.contains("\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String])
        #expect(object["file"] == forged)
        #expect(object["verdict"] == "returned")
        #expect(object["msg"] == "bundle")
    }
}
