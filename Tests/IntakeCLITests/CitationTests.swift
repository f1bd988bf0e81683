import Foundation
import IntakeSeedData
import Testing

/// Citations an auditor can follow: every citation quotes the guide at the line it points
/// to, names the document's title (and issuer, number and date where the document states
/// them), and each document is listed once; every JSON report keeps Schemas/report.schema.json.
@Suite struct CitationTests {
    static let bundles: [String] = {
        let dir = repositoryRoot.appendingPathComponent("Fixtures/bundles")
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".zip") }.sorted()
    }()

    /// Line `n` of a seed guide, whitespace collapsed, as a reader sees it.
    static func seedLine(_ document: String, _ n: Int) throws -> String {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent("Pipelines/seeds/\(document)"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // A Word bookmark the conversion left ("[bookmark: _GoBack]") is no word of the guide's.
        let words = lines[n - 1].replacing(/\[bookmark: [^\]]*\]/, with: "")
        return words.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{3000}" || $0 == "\r" })
            .joined(separator: " ")
    }

    /// Lines `n` through `n + k` (k = 0…4) as a quote running over a page break joins them: none added where a line
    /// was cut, a space where the next begins with one (a table's cell) or the one before is a heading of its own (at
    /// most 12 characters: "3、论文" above "论文不作为…", round 52).
    static func seedPassages(_ document: String, _ n: Int) throws -> [String] {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent("Pipelines/seeds/\(document)"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var joined = try seedLine(document, n)
        var out = [joined]
        for k in 1...4 where n + k <= lines.count {
            let next = try seedLine(document, n + k)
            let before = try seedLine(document, n + k - 1)
            let spaced =
                lines[n + k - 1].first.map { $0 == " " || $0 == "\t" || $0 == "\u{3000}" } ?? false
                || (!before.isEmpty && before.count <= 12)
            joined += (spaced && !joined.isEmpty && !next.isEmpty ? " " : "") + next
            out.append(joined)
        }
        return out
    }

    @Test func everyCitationQuotesTheGuideAtItsLine() throws {
        var quoted = 0
        for file in Self.bundles {
            let r = try runIntake(["check", "Fixtures/bundles/\(file)", "--format", "json"])
            let report = try #require(try JSONSerialization.jsonObject(with: Data(r.output.utf8)) as? [String: Any])
            let findings = report["findings"] as? [[String: Any]] ?? []
            let rules = report["rules"] as? [[String: Any]] ?? []
            let citations = (findings + rules).compactMap { $0["source"] as? [String: Any] }
            let sources = report["sources"] as? [[String: Any]] ?? []
            // Each cited document is listed once, and every citation's document is listed.
            let listed = sources.compactMap { $0["document"] as? String }
            #expect(Set(listed).count == listed.count, "\(file)")
            #expect(Set(citations.compactMap { $0["document"] as? String }).isSubset(of: Set(listed)), "\(file)")
            for c in citations {
                let document = try #require(c["document"] as? String)
                #expect((c["title"] as? String)?.isEmpty == false, "\(file): \(document) without a title")
                guard let line = c["line"] as? Int else { continue }
                let words = try Self.seedLine(document, line)
                if let quote = c["quote"] as? String {
                    if words.count > 240 && quote.hasPrefix("…") {
                        // A long line quoted around the item cited: a window of its words, or of them and the next
                        // lines' where a page break cut the sentence (round 49: RS-015's 居住证, on the line after).
                        let window = String(quote.dropFirst().dropLast(quote.hasSuffix("…") ? 1 : 0))
                        let passages = try Self.seedPassages(document, line)
                        #expect(
                            window.count <= 238 && passages.contains { $0.contains(window) }, "\(file): \(document):\(line)")
                        #expect(
                            quote.hasSuffix("…") || passages.contains { $0.hasSuffix(window) }, "\(file): \(document):\(line)")
                    } else {
                        // The line's words, or (a sentence a page break cut: the catalog's `through`) them and the
                        // next lines' up to the sentence's end.
                        let expected = try Self.seedPassages(document, line).map {
                            $0.count > 240 ? String($0.prefix(239)) + "…" : $0
                        }
                        #expect(expected.contains(quote), "\(file): \(document):\(line): \(quote)")
                    }
                    quoted += 1
                } else {
                    #expect(words.isEmpty, "\(file): \(document):\(line) is not quoted")
                }
                // The notice of seed 002 states its issuer, number and date; the others do not.
                if document.hasPrefix("002_") {
                    #expect(c["issuer"] as? String == "大连市人力资源和社会保障局")
                    #expect(c["number"] as? String == "大人社发〔2025〕49号")
                    #expect(c["issued"] as? String == "2025-06-27")
                } else {
                    #expect(c["issuer"] == nil && c["number"] == nil, "\(document) states no issuer or number")
                }
            }
        }
        #expect(quoted > 200)
    }

    /// The HTML lists each cited document once, with its title, and quotes the guide.
    @Test func htmlListsEachSourceOnce() throws {
        let r = try runIntake(["check", "Fixtures/bundles/GQ-JS-refused.zip", "--format", "html"])
        let headings = r.output.components(separatedBy: "<h3>《").count - 1
        let json = try runIntake(["check", "Fixtures/bundles/GQ-JS-refused.zip", "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(headings == (report["sources"] as? [Any])?.count)
        #expect(r.output.contains("大人社发〔2025〕49号"))
        #expect(r.output.contains("<q>1.2001 年底前参加工作"))
    }

    /// Every JSON report (each example bundle's) is valid against Schemas/report.schema.json,
    /// checked by the jsonschema package (Draft 2020-12, formats checked).
    @Test func everyJSONReportKeepsTheSchema() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for file in Self.bundles {
            let r = try runIntake(["check", "Fixtures/bundles/\(file)", "--format", "json"])
            try Data(r.output.utf8).write(to: dir.appendingPathComponent(file + ".json"))
        }
        for golden in ["deferred", "refused", "returned"] {
            try FileManager.default.copyItem(
                at: repositoryRoot.appendingPathComponent("Tests/IntakeReportTests/Golden/\(golden).json"),
                to: dir.appendingPathComponent("golden-\(golden).json"))
        }
        let script = """
            import glob, json, sys
            try:
                import jsonschema
            except ImportError:
                print("jsonschema is not installed: run scripts/install-python-tools.sh"); sys.exit(3)
            schema = json.load(open(sys.argv[1]))
            v = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
            bad = 0
            files = sorted(glob.glob(sys.argv[2] + "/*.json"))
            for f in files:
                for e in v.iter_errors(json.load(open(f))):
                    print(f, "/".join(map(str, e.path)), e.message); bad += 1
            print("checked", len(files)); sys.exit(1 if bad else 0)
            """
        // The repository's Python environment (scripts/install-python-tools.sh), else the system's.
        let venv = repositoryRoot.appendingPathComponent(".build/python/bin/python3")
        let python = FileManager.default.isExecutableFile(atPath: venv.path) ? venv.path : "python3"
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [
            python, "-c", script, repositoryRoot.appendingPathComponent("Schemas/report.schema.json").path, dir.path,
        ]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "\(text)")
        #expect(text.contains("checked \(Self.bundles.count + 3)"), "\(text)")
    }
}
