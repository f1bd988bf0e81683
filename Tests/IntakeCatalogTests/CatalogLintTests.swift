import Foundation
import IntakeCatalog
import IntakeSeedData
import Testing

@Suite struct CatalogLintTests {
    @Test func realCatalogIsClean() {
        let problems = CatalogLint.problems(pipeline: defaultPipeline, loader: sharedLoader)
        #expect(problems.map(\.description) == [])
    }

    @Test func catchesBrokenReferences() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let doc = "broken.txt"
        try write(
            [
                "p.pipeline.xml": pipelineXML(catalogs: ["broken.xml"]),
                "calendar.xml": smallCalendarXML,
                "broken.xml": """
                <?xml version="1.0" encoding="UTF-8"?>
                <catalog xmlns="urn:dalian:intake:catalog:1">
                  <source document="\(doc)" effectiveFrom="2025-01-01">broken</source>
                  <facts>
                    <fact name="known" type="boolean"><label>已知</label></fact>
                    <fact name="kind" type="enum"><label>类别</label></fact>
                  </facts>
                  <matter code="RS-901">
                    <name>坏事项</name>
                    <cite document="\(doc)" item="1"/>
                    <scenario id="">
                      <name/>
                      <material id="1" kind="id-card"><name>身份证</name></material>
                      <material id="1" kind="other"><name>重复</name></material>
                      <material id="2" kind="other" required="conditional"><name>视情况</name><when>以出让方式取得的</when></material>
                    </scenario>
                    <deferral material="9" supplier="申请人"><name>没有的要件</name><cite document="\(doc)" item="容缺 1"/></deferral>
                    <deferral material="1" supplier="申请人"><name>身份证</name><cite document="\(doc)" item="容缺 2"/></deferral>
                    <forbidden id="F1">
                      <when xpath="m:applicant/m:fact[@name='ghost'] = 'true'" reads="ghost">未声明的事实</when>
                      <message>m</message><cite document="\(doc)" item="禁办 1"/>
                    </forbidden>
                    <forbidden id="F2">
                      <when xpath="m:applicant/m:fact[@name='known'] = = 'true'" reads="known">编译不了</when>
                      <message>m</message><cite document="\(doc)" item="禁办 2"/>
                    </forbidden>
                    <forbidden id="F3">
                      <when xpath="x:no-such-function(m:applicant/m:fact[@name='known'])" reads="known">未知函数</when>
                      <message>m</message><cite document="\(doc)" item="禁办 3"/>
                    </forbidden>
                    <forbidden id="F4">
                      <when xpath="m:applicant/m:fact[@name='known'] = 'yes'">没列入 reads，值也不对</when>
                      <message>m</message><cite document="elsewhere.txt" item="禁办 4"/>
                    </forbidden>
                    <forbidden id="F5">
                      <when xpath="m:applicant/m:fact[@name='known'] = 'true'" reads="known" unasked="stray">不询问的事实不在 reads 中</when>
                      <message>m</message><cite document="\(doc)" item="禁办 5"/>
                    </forbidden>
                  </matter>
                  <matter code="RS-902">
                    <name>承诺书</name>
                    <cite document="\(doc)" item="2"/>
                    <scenario id="">
                      <name/>
                      <material id="1" kind="commitment-letter"><name>个人婚育情况承诺书</name></material>
                      <material id="2" kind="pledge"><name>容缺受理承诺书</name></material>
                      <material id="3" kind="other" serves="also"><name>不是替代材料</name></material>
                    </scenario>
                  </matter>
                  <matter code="RS-903">
                    <name>时限</name>
                    <cite document="\(doc)" item="3"/>
                    <timeLimit unit="working-days" value="2" when="m:applicant/m:fact[@name='minor'] = 'true'" reads="minor" document="\(doc)" item="时限" line="3">未成年人2个工作日</timeLimit>
                    <scenario id=""><name/><material id="1" kind="id-card"><name>身份证</name></material></scenario>
                  </matter>
                </catalog>
                """,
            ], under: dir)
        let problems = CatalogLint.problems(pipeline: dir.appendingPathComponent("p.pipeline.xml"), loader: sharedLoader)
        func has(_ code: CatalogProblem.Code, _ text: String) -> Bool {
            problems.contains { $0.code == code && $0.message.contains(text) && $0.matter != nil && $0.line != nil }
                || (code == .enumWithoutValues && problems.contains { $0.code == code && $0.message.contains(text) })
        }
        #expect(has(.enumWithoutValues, "kind"))
        #expect(has(.duplicateMaterial, "material 1"))
        #expect(has(.deferralTarget, "material 9"))
        #expect(has(.commitmentMissing, "material 1"))
        #expect(has(.factUndeclared, "ghost"))
        #expect(has(.xpath, "forbidden case F2"))
        #expect(has(.xpath, "no-such-function"))
        #expect(has(.factUnlisted, "known"))
        #expect(has(.factUnlisted, "unasked names fact stray"))
        #expect(has(.factValue, "'yes'"))
        #expect(has(.citation, "elsewhere.txt"))
        // No silent default: a condition without XPath, a pledge taken for the deferral
        // letter and the deferral letter taken for a pledge.
        #expect(has(.conditionUnencoded, "material 2 condition has no xpath (以出让方式取得的)"))
        #expect(has(.pledgeKind, "material 1 个人婚育情况承诺书"))
        #expect(has(.pledgeKind, "material 2 容缺受理承诺书"))
        #expect(has(.serves, "material 3 says serves=\"also\""))
        // A case's time limit (未成年人…2个工作日) reads declared facts, and another limit serves the rest.
        #expect(has(.factUndeclared, "time limit \"未成年人2个工作日\" reads fact minor"))
        #expect(has(.timeLimit, "time limits per case without one for the other cases"))
        #expect(problems.count == 17, "\(problems.map(\.description).joined(separator: "\n"))")
        let undeclared = try #require(problems.first { $0.code == .factUndeclared })
        #expect(undeclared.file.hasSuffix("broken.xml") && undeclared.line == 19 && undeclared.matter == "RS-901")
    }
    /// A report quotes the guide at the line a citation names: a blank line (a table's empty
    /// cell, the gap under a heading) or one past the end gives the auditor nothing to read.
    @Test func aCitationOfABlankLineIsReported() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let doc = "guide.txt"
        try write(
            [
                "p.pipeline.xml": pipelineXML(catalogs: ["c.xml"]),
                "calendar.xml": smallCalendarXML,
                "seeds/\(doc)": "事项1：测试事项\n\t\n需带材料：身份证\n\t2\n\t户口簿\n",
                "c.xml": """
                <?xml version="1.0" encoding="UTF-8"?>
                <catalog xmlns="urn:dalian:intake:catalog:1">
                  <source document="\(doc)" effectiveFrom="2025-01-01">guide</source>
                  <matter code="RS-903">
                    <name>测试事项</name>
                    <cite document="\(doc)" item="事项1" line="1"/>
                    <scenario id="">
                      <name/>
                      <material id="1" kind="id-card"><name>身份证</name><cite document="\(doc)" item="材料 1" line="3"/></material>
                      <material id="2" kind="other"><name>空行</name><cite document="\(doc)" item="材料 2" line="2"/></material>
                      <material id="3" kind="other"><name>过了末尾</name><cite document="\(doc)" item="材料 3" line="40"/></material>
                      <material id="4" kind="hukou-book"><name>户口簿</name><cite document="\(doc)" item="序号2" line="4"/></material>
                      <material id="5" kind="hukou-book"><name>户口簿（其名）</name><cite document="\(doc)" item="序号2 名称" line="5"/></material>
                      <material id="6" kind="hukou-book"><name>户口簿（无处）</name><cite document="\(doc)" item=" 所需材料 6" line="5"/></material>
                    </scenario>
                  </matter>
                </catalog>
                """,
            ], under: dir)
        let problems = CatalogLint.problems(pipeline: dir.appendingPathComponent("p.pipeline.xml"), loader: sharedLoader)
        let cited = problems.filter { $0.code == .citation }.map(\.message)
        #expect(cited.count == 4, "\(problems.map(\.description).joined(separator: "\n"))")
        // An item without its place (" 所需材料 1.1", round 11, tester 2: 人力社保 事项14).
        #expect(cited.contains { $0.contains("\" 所需材料 6\"") })
        #expect(cited.contains { $0.contains("line 2 of guide.txt (材料 2)") })
        #expect(cited.contains { $0.contains("line 40 of guide.txt (材料 3)") })
        // A table's row number is no text to quote either (原文「2」; round 11, tester 3, BS-GS-002); the
        // row's name beside it is.
        #expect(cited.contains { $0.contains("line 4 of guide.txt (序号2)") && $0.contains("row number") })
        #expect(!cited.contains { $0.contains("line 3 ") || $0.contains("line 1 ") })
    }
}
