// One example per forbidden case of 002_f427b4269c60386f.txt (2025年度工勤技能人员技术等级
// 晋升考核通知). Submitted dates lie inside the window 2025-06-27 … 2025-07-25.

private let inWindow002 = "2025-07-01T09:30:00+08:00"

public let forbiddenExamples002: [ForbiddenExample] = (eligibilityExamples002 + reviewExamples002).map(byAWorkerBornIn1975)

/// A worker whose resident id allows the work history the examples declare (参加工作 in 2001 and earlier): the id the
/// examples were written with (born 1990) made 2001 a start at eleven, a value to correct since round 60.
private func byAWorkerBornIn1975(_ e: ForbiddenExample) -> ForbiddenExample {
    func worker(_ facts: [String: String]) -> [String: String] {
        facts.merging(["residentId": "210202197503011233"]) { declared, _ in declared }
    }
    return ForbiddenExample(
        e.matter, e.forbidden, triggering: worker(e.triggering), notTriggering: worker(e.notTriggering),
        submitted: e.submitted, scenario: e.scenario, returns: e.returns)
}

private let eligibilityExamples002: [ForbiddenExample] = [
    // ---- GQ-JS 技师
    ForbiddenExample(
        "GQ-JS", "F1",
        triggering: ["trade": "保安员"],
        notTriggering: ["trade": "维修电工"], submitted: inWindow002),
    // Round 21, tester 3: 附件1 (line 117 on) names each trade on its own; a declared value that is two of them joined
    // ("汽车驾驶员|汽车修理工", neighbours in the list) or a part of one ("车") is not one trade of the list.
    ForbiddenExample(
        "GQ-JS", "F1",
        triggering: ["trade": "汽车驾驶员|汽车修理工"],
        notTriggering: ["trade": "汽车驾驶员"], submitted: inWindow002),
    ForbiddenExample(
        "GQ-JS", "F1",
        triggering: ["trade": "车工|机修钳工"],
        notTriggering: ["trade": "车工"], submitted: inWindow002),
    ForbiddenExample(
        "GQ-JS", "F1",
        triggering: ["trade": "车"],
        notTriggering: ["trade": "机修钳工"], submitted: inWindow002),
    ForbiddenExample(
        "GQ-JS", "F2",
        triggering: ["onEstablishmentPost": "false"],
        notTriggering: ["onEstablishmentPost": "true"], submitted: inWindow002),
    ForbiddenExample(
        "GQ-JS", "F3",
        triggering: ["conductAndAssessmentQualified": "false"],
        notTriggering: ["conductAndAssessmentQualified": "true"], submitted: inWindow002),
    ForbiddenExample(
        "GQ-JS", "F4",
        triggering: ["workStartYear": "2002"],
        notTriggering: ["workStartYear": "2001"], submitted: inWindow002),
    ForbiddenExample(
        "GQ-JS", "F5",
        triggering: ["entryRoute": "常规晋升", "lowerCertificateYears": "4"],
        notTriggering: ["entryRoute": "常规晋升", "lowerCertificateYears": "5"], submitted: inWindow002),
    ForbiddenExample(
        "GQ-JS", "F6",
        triggering: ["changesTrade": "true", "currentGrade": "高级工"],
        notTriggering: ["changesTrade": "false", "currentGrade": "高级工"], submitted: inWindow002),
    // Line 11 晋升考核, line 41 (八) 若改变职业（工种）类别，须先进行同一等级的考核: a 技师 takes 技师 again only in another trade.
    ForbiddenExample(
        "GQ-JS", "F7",
        triggering: ["currentGrade": "技师", "changesTrade": "false"],
        notTriggering: ["currentGrade": "技师", "changesTrade": "true"], submitted: inWindow002),
    // Line 23 已取得高级工职业等级资格证书满 5 年…可申报技师, a 晋升 (line 11): round 23, tester 2 declared 无 or 中级工
    // with 5 years of a 高级工 certificate and was accepted. A 退役士兵 (四, line 33) applies directly.
    ForbiddenExample(
        "GQ-JS", "F8",
        triggering: ["entryRoute": "常规晋升", "currentGrade": "中级工", "lowerCertificateYears": "5"],
        notTriggering: ["entryRoute": "常规晋升", "currentGrade": "高级工", "lowerCertificateYears": "5"],
        submitted: inWindow002),
    ForbiddenExample(
        "GQ-JS", "F8",
        triggering: ["entryRoute": "常规晋升", "currentGrade": "无", "lowerCertificateYears": "5"],
        notTriggering: ["entryRoute": "退役士兵安置", "currentGrade": "无", "lowerCertificateYears": "0"],
        submitted: inWindow002),

    // ---- GQ-GJG 高级工
    // Line 39 (七) 工作年限满 20 年 (round 23, tester 2: a start year leaving fewer years than declared was accepted; since
    // round 42 such years are fact-invalid, 002-d-s45.xml): one who started in 2007 has at most 18 whole years in 2025, one who
    // started in 2005 may have 20. First of GQ-GJG's examples: the tests' settled facts (the first not-triggering value of
    // each fact) are consistent.
    ForbiddenExample(
        "GQ-GJG", "F6",
        triggering: [
            "entryRoute": "公开招聘", "workYears": "18", "workStartYear": "2007", "currentGrade": "中级工", "lowerCertificateYears": "2",
        ],
        notTriggering: ["entryRoute": "公开招聘", "workYears": "20", "workStartYear": "2005"], submitted: inWindow002),
    ForbiddenExample(
        "GQ-GJG", "F1",
        triggering: ["onEstablishmentPost": "false"],
        notTriggering: ["onEstablishmentPost": "true"], submitted: "2025-06-27T09:00:00+08:00"),
    ForbiddenExample(
        "GQ-GJG", "F2",
        triggering: ["conductAndAssessmentQualified": "false"],
        notTriggering: ["conductAndAssessmentQualified": "true"], submitted: inWindow002),
    ForbiddenExample(
        "GQ-GJG", "F3",
        triggering: ["entryRoute": "常规晋升", "workStartYear": "2008"],
        notTriggering: ["entryRoute": "公开招聘", "workStartYear": "2008"], submitted: inWindow002),
    ForbiddenExample(
        "GQ-GJG", "F4",
        triggering: ["entryRoute": "常规晋升", "lowerCertificateYears": "3"],
        notTriggering: ["entryRoute": "退役士兵安置", "lowerCertificateYears": "3"], submitted: inWindow002),
    ForbiddenExample(
        "GQ-GJG", "F5",
        triggering: [
            "entryRoute": "专业技术岗位转聘", "technicalPostTitle": "技术员及相应职务", "currentGrade": "中级工", "lowerCertificateYears": "2",
        ],
        notTriggering: ["entryRoute": "专业技术岗位转聘", "technicalPostTitle": "助理工程师及相应职务"],
        submitted: inWindow002),
    ForbiddenExample(
        "GQ-GJG", "F6",
        triggering: ["entryRoute": "公开招聘", "workYears": "19", "currentGrade": "中级工", "lowerCertificateYears": "2"],
        notTriggering: ["entryRoute": "公开招聘", "workYears": "20"],
        submitted: inWindow002),
    ForbiddenExample(
        "GQ-GJG", "F7",
        triggering: ["entryRoute": "公开招聘", "tradeYears": "9", "currentGrade": "中级工", "lowerCertificateYears": "2"],
        notTriggering: ["entryRoute": "公开招聘", "tradeYears": "10"],
        submitted: inWindow002),
    ForbiddenExample(
        "GQ-GJG", "F8",
        triggering: ["changesTrade": "true", "currentGrade": "中级工"],
        notTriggering: ["changesTrade": "true", "currentGrade": "高级工"], submitted: inWindow002),
    // Line 11 晋升考核, line 25 已取得中级工…可申报高级工, line 41 (八): 高级工 again only in another trade, never from 技师.
    ForbiddenExample(
        "GQ-GJG", "F9",
        triggering: ["currentGrade": "高级工", "changesTrade": "false"],
        notTriggering: ["currentGrade": "中级工", "changesTrade": "false"], submitted: inWindow002),
    ForbiddenExample(
        "GQ-GJG", "F9",
        triggering: ["currentGrade": "技师", "changesTrade": "true"],
        notTriggering: ["currentGrade": "高级工", "changesTrade": "true"], submitted: inWindow002),
    // Line 25 已取得中级工职业等级资格证书满 5 年，可申报高级工 (round 23: 初级工 with 5 certificate years was accepted);
    // (六) 专业技术岗位转聘 with 助理工程师 (line 37) applies on the title, with no grade.
    ForbiddenExample(
        "GQ-GJG", "F10",
        triggering: ["entryRoute": "常规晋升", "currentGrade": "初级工", "lowerCertificateYears": "5"],
        notTriggering: ["entryRoute": "常规晋升", "currentGrade": "中级工", "lowerCertificateYears": "5"],
        submitted: inWindow002),
    ForbiddenExample(
        "GQ-GJG", "F10",
        triggering: ["entryRoute": "普通工转技术工", "currentGrade": "无"],
        notTriggering: ["entryRoute": "专业技术岗位转聘", "currentGrade": "无"], submitted: inWindow002),

    // ---- GQ-ZJG 中级工
    // Line 27 已取得初级工职业等级资格证书满 5 年或工作年限满 15 年 (one holding 初级工: one without it is F11's, round 27): 15 years need a start by 2010 (round 23: 公开招聘 from
    // 2019 declaring 10 years was accepted; since round 42 years that cannot be since the start are fact-invalid, and whole years
    // are counted to the application: 2025 − 2010); first of GQ-ZJG's examples, so that the settled facts are consistent.
    ForbiddenExample(
        "GQ-ZJG", "F4",
        triggering: [
            "entryRoute": "常规晋升", "currentGrade": "初级工", "lowerCertificateYears": "4", "workYears": "13", "workStartYear": "2012",
        ],
        notTriggering: [
            "entryRoute": "常规晋升", "currentGrade": "初级工", "lowerCertificateYears": "5", "workYears": "15", "workStartYear": "2010",
        ],
        submitted: inWindow002),
    ForbiddenExample(
        "GQ-ZJG", "F4",
        triggering: [
            "entryRoute": "常规晋升", "currentGrade": "初级工", "lowerCertificateYears": "4", "workYears": "13", "workStartYear": "2012",
        ],
        notTriggering: [
            "entryRoute": "常规晋升", "currentGrade": "初级工", "lowerCertificateYears": "4", "workYears": "15", "workStartYear": "2010",
        ],
        submitted: inWindow002),
    // (七) 工作年限满 10 年 (line 39): a 2019 start has 6 whole years; 2015 allows 10
    ForbiddenExample(
        "GQ-ZJG", "F7",
        triggering: ["entryRoute": "公开招聘", "workYears": "6", "workStartYear": "2019", "currentGrade": "无"],
        notTriggering: ["entryRoute": "公开招聘", "workYears": "10", "workStartYear": "2015"],
        submitted: inWindow002),
    // (三) 参加工作年限满 15 年 (line 31). The routes' examples hold no certificate of (二) (round 59, tester q: a route
    // refuses only one who does not meet (二) either)
    ForbiddenExample(
        "GQ-ZJG", "F5",
        triggering: ["entryRoute": "普通工转技术工", "workYears": "13", "workStartYear": "2012", "currentGrade": "无"],
        notTriggering: ["entryRoute": "普通工转技术工", "workYears": "15", "workStartYear": "2010"],
        submitted: inWindow002),
    ForbiddenExample(
        "GQ-ZJG", "F1",
        triggering: ["onEstablishmentPost": "false"],
        notTriggering: ["onEstablishmentPost": "true"], submitted: inWindow002),
    ForbiddenExample(
        "GQ-ZJG", "F2",
        triggering: ["conductAndAssessmentQualified": "false"],
        notTriggering: ["conductAndAssessmentQualified": "true"], submitted: inWindow002),
    ForbiddenExample(
        "GQ-ZJG", "F3",
        triggering: ["entryRoute": "常规晋升", "workStartYear": "2018"],
        notTriggering: ["entryRoute": "常规晋升", "workStartYear": "2017"], submitted: inWindow002),
    ForbiddenExample(
        "GQ-ZJG", "F4",
        triggering: ["entryRoute": "常规晋升", "currentGrade": "初级工", "lowerCertificateYears": "4", "workYears": "14"],
        notTriggering: ["entryRoute": "常规晋升", "currentGrade": "初级工", "lowerCertificateYears": "4", "workYears": "15"],
        submitted: inWindow002),
    ForbiddenExample(
        "GQ-ZJG", "F5",
        triggering: ["entryRoute": "普通工转技术工", "workYears": "14", "currentGrade": "无"],
        notTriggering: ["entryRoute": "普通工转技术工", "workYears": "15"], submitted: inWindow002),
    ForbiddenExample(
        "GQ-ZJG", "F6",
        triggering: ["entryRoute": "专业技术岗位转聘", "technicalPostTitle": "无", "currentGrade": "无", "workYears": "8"],
        notTriggering: ["entryRoute": "专业技术岗位转聘", "technicalPostTitle": "技术员及相应职务"],
        submitted: inWindow002),
    ForbiddenExample(
        "GQ-ZJG", "F7",
        triggering: ["entryRoute": "公开招聘", "workYears": "9", "currentGrade": "无"],
        notTriggering: ["entryRoute": "公开招聘", "workYears": "10"], submitted: inWindow002),
    ForbiddenExample(
        "GQ-ZJG", "F8",
        triggering: ["entryRoute": "公开招聘", "tradeYears": "4", "currentGrade": "无", "workYears": "12"],
        notTriggering: ["entryRoute": "公开招聘", "tradeYears": "5"], submitted: inWindow002),
    ForbiddenExample(
        "GQ-ZJG", "F9",
        triggering: ["changesTrade": "true", "currentGrade": "初级工"],
        notTriggering: ["changesTrade": "false", "currentGrade": "初级工"], submitted: inWindow002),
    // Line 11 晋升考核, line 27 已取得初级工…可申报中级工, line 41 (八): 中级工 again only in another trade; 高级工 is not promoted down.
    ForbiddenExample(
        "GQ-ZJG", "F10",
        triggering: ["currentGrade": "中级工", "changesTrade": "false"],
        notTriggering: ["currentGrade": "中级工", "changesTrade": "true"], submitted: inWindow002),
    ForbiddenExample(
        "GQ-ZJG", "F10",
        triggering: ["currentGrade": "高级工", "changesTrade": "false"],
        notTriggering: ["currentGrade": "初级工", "changesTrade": "false"], submitted: inWindow002),
    // Line 27 已取得初级工职业等级资格证书满 5 年或工作年限满 15 年: without 初级工 (无) only the 15 years serve, whatever
    // certificate years are declared (round 23: 无 with 5 certificate years and 10 years of work was accepted).
    ForbiddenExample(
        "GQ-ZJG", "F11",
        triggering: ["entryRoute": "常规晋升", "currentGrade": "无", "lowerCertificateYears": "5", "workYears": "14"],
        notTriggering: ["entryRoute": "常规晋升", "currentGrade": "无", "lowerCertificateYears": "0", "workYears": "15"],
        submitted: inWindow002),
    ForbiddenExample(
        "GQ-ZJG", "F11",
        triggering: ["entryRoute": "常规晋升", "currentGrade": "无", "lowerCertificateYears": "5", "workYears": "10"],
        notTriggering: ["entryRoute": "常规晋升", "currentGrade": "初级工", "lowerCertificateYears": "5", "workYears": "10"],
        submitted: inWindow002),

    // ---- GQ-CJG 初级工
    ForbiddenExample(
        "GQ-CJG", "F1",
        triggering: ["onEstablishmentPost": "false"],
        notTriggering: ["onEstablishmentPost": "true"], submitted: inWindow002),
    ForbiddenExample(
        "GQ-CJG", "F2",
        triggering: ["conductAndAssessmentQualified": "false"],
        notTriggering: ["conductAndAssessmentQualified": "true"], submitted: inWindow002),
    ForbiddenExample(
        "GQ-CJG", "F3",
        triggering: ["confirmedRegular": "false"],
        notTriggering: ["confirmedRegular": "true"], submitted: inWindow002),
    ForbiddenExample(
        "GQ-CJG", "F4",
        triggering: ["currentGrade": "初级工", "changesTrade": "false"],
        notTriggering: ["currentGrade": "无", "changesTrade": "false"], submitted: "2025-07-25T17:00:00+08:00"),
]

// 二、(九) (line 43) 复核认定, alike for every grade: the certificate "需经技能人才评价证书全国联网查询系统…核查确认有效"; the clerk
// found it not valid: refused, unless it is a veteran's army certificate the system cannot look up ("经本人承诺真实后，可免考申报").
private let reviewExamples002: [ForbiddenExample] = ["GQ-JS", "GQ-GJG", "GQ-ZJG", "GQ-CJG"].flatMap { code in
    [("true", "false"), ("false", "true")].map { verified, veteran in
        ForbiddenExample(
            code, "F-review-unverified",
            triggering: ["gqCertificateVerifiedOnline": "false", "gqVeteranArmyCertificate": "false"],
            notTriggering: ["gqCertificateVerifiedOnline": verified, "gqVeteranArmyCertificate": veteran],
            submitted: inWindow002, scenario: "review")
    }
}
