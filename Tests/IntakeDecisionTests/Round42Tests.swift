import Foundation
import IntakeCatalog
import IntakeDecision
import IntakeFixtures
import IntakeModel
import Testing

/// Session 45: what session 44's testers left judged and this session's black-box round 42 found.
/// Each expectation is the guide's sentence at the line given, not the catalog's reading of it.
@Suite struct Round42Tests {
    func errors(_ d: Decision) -> [String] { d.errors.map { "\($0.code) \($0.material ?? "") \($0.message)" } }

    /// 000 line 1351 "残疾人需提供残疾证（可联网协查的除外）": a disabled applicant who says nothing of 联网协查 must bring the
    /// certificate, and is told that no exemption was declared; one who declares it cannot be checked online is outside the
    /// exemption (round 41, tester y: "申请人不属于可免交的情形" was said of an applicant who had declared nothing).
    @Test func anExemptionNotDeclaredIsNotSaidToBeMissed() throws {
        var facts = try settledFacts("RS-034")
        facts["disabled"] = "true"
        facts["disabilityCertificateOnline"] = nil
        let silent = try decide(complete("RS-034", facts: facts, omit: ["4"]))
        let told = try #require(silent.errors.first { $0.code == .materialMissing && $0.material == "4" }, "\(errors(silent))")
        #expect(told.message.contains("未申报属于可免交的情形，须提交；依据：") && !told.message.contains("不属于"), "\(told.message)")
        #expect(told.message.contains("可联网协查的除外"), "\(told.message)")
        facts["disabilityCertificateOnline"] = "false"
        let declared = try decide(complete("RS-034", facts: facts, omit: ["4"]))
        let outside = try #require(declared.errors.first { $0.code == .materialMissing && $0.material == "4" })
        #expect(outside.message.contains("申请人不属于可免交的情形，须提交"), "\(outside.message)")
        facts["disabilityCertificateOnline"] = "true"
        let exempt = try decide(complete("RS-034", facts: facts, omit: ["4"]))
        #expect(!exempt.errors.contains { $0.material == "4" }, "\(errors(exempt))")
    }
}
