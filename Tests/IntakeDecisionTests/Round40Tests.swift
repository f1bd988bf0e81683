import Foundation
import IntakeCatalog
import IntakeDecision
import IntakeFixtures
import IntakeModel
import Testing

/// Session 44: black-box round 40 (a random draw of 003, the two lists of 000 and 004, the hook, the night operator).
/// Each expectation is the guide's sentence at the line given, not the catalog's reading of it.
@Suite struct Round40Tests {
    func errors(_ d: Decision) -> [String] { d.errors.map { "\($0.code) \($0.material ?? "") \($0.message)" } }

    /// 000 容缺办理事项清单 6 (line 2663) "依据档案记载出具相关证明 身份证件 申请人提供"; 11.1 (line 500) "存档人员有效身份证件或存档凭证。":
    /// the ID card, one of the two, is deferrable. Deferred, it is shown deferred in the checklist, not 无需提交 under a 容缺
    /// table that gives its due date (tester u); missing without the letter, the applicant is told which of the two the letter
    /// covers, not that the group is deferrable.
    @Test func theDeferredAlternativeIsShownDeferred() throws {
        let facts = try settledFacts("RS-011")
        let d = try decide(complete("RS-011", facts: facts, omit: ["1.1", "1.2"], letter: true))
        #expect(d.verdict == .acceptedDeferred, "\(errors(d))")
        #expect(d.deferred.map(\.material) == ["1.1"])
        let states = Dictionary(uniqueKeysWithValues: d.materials.map { ($0.id, $0.state) })
        #expect(states["1"] == .deferred && states["1.1"] == .deferred && states["1.2"] == .notRequired, "\(states)")
        let returned = try decide(complete("RS-011", facts: facts, omit: ["1.1", "1.2"]))
        #expect(returned.verdict == .returned)
        let missing = try #require(returned.findings.first { $0.code == .materialMissing && $0.material == "1" })
        #expect(missing.message.contains("其中（1.1）存档人员有效身份证件可容缺受理"), "\(missing.message)")
        let letter = try #require(returned.findings.first { $0.code == .commitmentMissing })
        #expect(letter.message.contains("（1.1）存档人员有效身份证件") && !letter.message.contains("或存档凭证"), "\(letter.message)")
    }

    /// 004's two lists lay each row out a cell a line ("\t12" / "\t恢复…" / "\t未符合…"): a refusal cites the row from its number
    /// through the cell, so that rows 11 and 12, whose cells say the same words, are told apart by their matters (tester u:
    /// both quoted only "未符合发放条件时申请恢复养老待遇").
    @Test func aListRowIsCitedFromItsNumber() throws {
        let quotes = try ["SB-026", "SB-027"].map { code -> (Int?, String) in
            let f = try #require(matter(code).forbidden.first { $0.source.item.hasPrefix("违规禁办事项清单") })
            return (f.source.line, f.source.quote ?? "")
        }
        #expect(
            quotes[0].0 == 1680 && quotes[0].1.hasPrefix("12 ") && quotes[0].1.hasSuffix("未符合发放条件时申请恢复养老待遇"),
            "\(quotes)")
        #expect(quotes[1].0 == 1676 && quotes[1].1.hasPrefix("11 ") && quotes[0].1 != quotes[1].1, "\(quotes)")
        let deferral = try #require(matter("SB-060").deferrals.first)
        #expect(deferral.source.line == 1756 && deferral.source.quote?.hasPrefix("13 ") == true, "\(deferral.source)")
        // 000's lists, a row a line, are cited as before.
        #expect(matter("RS-011").deferrals.first?.source.line == 2663)
    }

    /// 003 line 1976 "公检法机关查询的需要提供单位介绍证及工作证" and line 11806 "1、所有继承人和被继承人的居民身份证、户口薄": two documents
    /// each, as the same items' other lists are read (tester t: one file passed for both).
    @Test(arguments: [("BS-HJ-005", "3", ["3.1", "3.2"]), ("BS-BZ-006", "1", ["1.1", "1.2"])])
    func twoDocumentsNamedTogetherAreTwo(code: String, group: String, parts: [String]) throws {
        var facts = try settledFacts(code)
        if code == "BS-HJ-005" { facts["hjInquirer"] = "公检法机关" }
        let m = matter(code)
        #expect(m.scenarios[0].material(group)?.parts.map(\.id) == parts)
        let full = try decide(complete(code, facts: facts))
        #expect(full.verdict.isAcceptance, "\(errors(full))")
        let d = try decide(complete(code, facts: facts, omit: [parts[1]]))
        #expect(d.findings.contains { $0.code == .materialMissing && $0.message.contains("（\(parts[1])）") }, "\(errors(d))")
    }

    /// Texts the guide gives in full: 户籍 5's police stations (lines 1982-1990, through 星海湾) and 公积金 17's 代办 note, which
    /// ran into the next heading "7、注意事项：" (tester t).
    @Test func placesAndNotesAreWhole() throws {
        let hj = matter("BS-HJ-005").channels.map(\.text).joined()
        #expect(hj.contains("星海湾0411-88057030") && hj.contains("长海县"), "\(hj)")
        let notes = matter("BS-GJJ-017").notes
        #expect(notes.contains { $0.hasPrefix("代办：") && $0.hasSuffix("委托书。") }, "\(notes)")
        #expect(!catalog.matters.flatMap(\.notes).contains { $0.hasSuffix("注意事项：") })
    }

    /// 003 不动产 事项7 (lines 5888-5901) gives no 办理时限: an accepted application says 指南未给出办理时限, as RS-X01's does, not
    /// nothing (tester t).
    @Test func aMatterWithoutATimeLimitSaysSo() throws {
        #expect(matter("BS-BDC-007").timeLimit == nil && matter("BS-BDC-007").channelTimeLimits.isEmpty)
        let d = try decide(complete("BS-BDC-007", facts: try settledFacts("BS-BDC-007")))
        #expect(d.verdict.isAcceptance, "\(errors(d))")
        let rule = try #require(d.rules.first { $0.kind == .timeLimit })
        #expect(rule.outcome == .noDate && rule.text == AppliedRule.timeLimitNotGiven && d.decisionDue == nil)
        // The item cited without its words (session 47, tester a: BS-TX-012's "事项12：机构养老入住手续如何办理？" was the 原文).
        #expect(rule.source.line == nil && rule.source.quote == nil, "\(rule.source)")
        let tx012 = try decide(complete("BS-TX-012", facts: try settledFacts("BS-TX-012")))
        let limit = try #require(tx012.rules.first { $0.kind == .timeLimit }, "\(errors(tx012))")
        #expect(limit.text == AppliedRule.timeLimitNotGiven && limit.source.line == nil && limit.source.quote == nil, "\(limit)")
    }

    /// Round 41 (testers x and y): the paper checks say an all-of group's 原件 on the group's line and not again of each part
    /// (003 婚姻 6 lines 8892, 8896 "1.本人的身份证、结婚证；" / "（以上材料均为原件）"; 000 RS-034 line 1349 "（2）本人《居民身份证》、营业执照副本
    /// （原件、复印件）").
    @Test(arguments: [("BS-HY-006", "（1）本人的身份证、结婚证：核验原件", "（1.1）"), ("RS-034", "：核验原件，收取复印件", "（2.1）")])
    func aGroupsOriginalIsSaidOnce(code: String, said: String, notRepeated: String) throws {
        let d = try decide(complete(code, facts: try settledFacts(code)))
        #expect(d.verdict.isAcceptance, "\(errors(d))")
        let checks = try #require(d.findings.first { $0.detail?.hasPrefix("paper requirements") == true })
        #expect(checks.message.contains(said) && !checks.message.contains(notRepeated), "\(checks.message)")
    }

    /// 003 其他 事项3 lines 11981-11983 "2、办理时限 / 手续齐全，12日内": the 收养登记 whose materials 事项8 and 9 list is due in 12 days
    /// (the second review: told 指南未给出办理时限).
    @Test(arguments: ["BS-QT-008", "BS-QT-009"])
    func anAdoptionIsDueInTwelveDays(code: String) throws {
        let m = matter(code)
        let limit = try #require(m.timeLimit)
        #expect(limit.unit == .days && limit.value == 12 && limit.source?.line == 11983)
    }

    /// 003 入学 33 情况一 4 (line 1819) "护照原件及首页和首次、末次出入境登记页复印件": the copies of the pages are asked, the passport
    /// seen (tester z: the name had lost its 复印件).
    @Test func thePassportsPagesAreCopied() throws {
        let m = try #require(matter("BS-RX-033").scenario("case-1")?.material("4"))
        #expect(m.name.hasSuffix("登记页复印件") && m.original == .originalAndCopy)
    }

    /// A fact's key is the finding's, not words read to the applicant (testers v and z: "…？”（workInjuryRecognized）").
    @Test func aMissingFactsKeyIsNotInItsMessage() throws {
        var facts = try settledFacts("RS-009")
        facts["involuntaryUnemployment"] = nil
        let d = try decide(complete("RS-009", facts: facts))
        let f = try #require(d.findings.first { $0.code == .factMissing && $0.fact == "involuntaryUnemployment" }, "\(errors(d))")
        #expect(!f.message.contains("involuntaryUnemployment") && f.detail?.contains("involuntaryUnemployment") == true)
    }

    /// A broken 容缺受理承诺书 is named as the letter, read aloud (tester z: "文件已损坏：files/00-3.pdf" alone).
    @Test func aBrokenLetterIsNamedAsTheLetter() throws {
        var app = complete("RS-007", facts: try settledFacts("RS-007"), omit: ["2"], letter: true)
        let i = try #require(app.documents.firstIndex { $0.material == "commitment" })
        app.documents[i].bytes = Array("%PDF-1.4\nbroken".utf8)
        let d = try decide(app)
        let f = try #require(d.errors.first { $0.path == app.documents[i].path }, "\(errors(d))")
        #expect(f.message.hasSuffix("；该文件为容缺受理承诺书"), "\(f.message)")
    }

    /// 004's 容缺 list rows whose cell runs on a second line ("1.与伤病有关的医学诊断" / "2.病历材料", the second without a tab):
    /// cited from the row's number through the cell, so that both materials are in the quote (tester z, the second review).
    @Test func aRowOfTwoCellLinesIsCitedWhole() throws {
        let deferrals = matter("SB-048").deferrals
        #expect(deferrals.count == 2)
        for d in deferrals {
            let quote = d.source.quote ?? ""
            #expect(d.source.line == 1711 && quote.hasPrefix("5 ") && quote.contains("与伤病有关的医学诊断"), "\(d.source)")
            // The 病历材料's quote runs through its own line (1714), the diagnosis's stops at its own (1713).
            #expect(quote.contains("病历材料") == (d.material == "2"), "\(d.source)")
        }
    }
}
