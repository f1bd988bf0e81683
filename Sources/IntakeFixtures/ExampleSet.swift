public import IntakeCatalog
import IntakeModel

/// The example set kept in Fixtures/bundles: for a dozen matters across all five seed
/// documents, one bundle per verdict the matter can reach, made from the catalog by
/// `ApplicationFactory`. The facts are written here by hand: values a real applicant of
/// that matter would declare (those that let the application through, and one that
/// triggers a forbidden case).
public enum ExampleSet {
    struct Plan {
        var code: String
        var scenario: String?
        var submitted: String
        var facts: [String: String]
        /// Facts that make a forbidden case apply (nil: the matter has none to show).
        var refusing: [String: String]?
        /// A deferrable material to leave out (with the commitment letter).
        var deferrable: String?
        /// Conditional materials (or alternatives) this applicant's case does not need, read
        /// from the guide: the factory adds every conditional material, and a file for one
        /// the case does not need is handed back (material-unneeded). An example carries
        /// what its case needs, no more.
        var needless: Set<String> = []
    }

    static let plans: [Plan] = [
        // 000: 人社 handbook.
        Plan(
            code: "RS-005", submitted: "2025-07-01T09:30:00+08:00",
            facts: ["documentsValid": "true", "fullTimeEducation": "true", "graduateCategory": "minimum-living"],
            refusing: ["fullTimeEducation": "false"], deferrable: "3",
            // 最低生活保障家庭毕业生: (5) ① only (指南 5.1 (5)).
            needless: ["5.2", "5.3", "5.4", "5.5", "5.6", "5.7", "5.8", "5.9"]),
        Plan(code: "RS-007", submitted: "2025-09-26T10:00:00+08:00", facts: [:], refusing: nil, deferrable: "2"),
        Plan(
            code: "RS-009", submitted: "2025-07-01T09:30:00+08:00",
            facts: ["contributionMonths": "26", "contributionStopReasonUnclear": "false", "involuntaryUnemployment": "true"],
            refusing: ["contributionMonths": "8"], deferrable: nil,
            // 停保原因不明时提供: the reason is known.
            needless: ["3"]),
        Plan(
            code: "RS-015", scenario: "individual", submitted: "2025-07-01T09:30:00+08:00",
            facts: ["dalianHukou": "true", "publicInstitutionStaff": "false", "trainingCategory": "laid-off"],
            refusing: ["publicInstitutionStaff": "true"], deferrable: "1",
            // 下岗失业人员 with Dalian hukou: (2) the 就业创业证 alone.
            needless: ["2.1", "2.2", "2.3", "2.5", "2.6", "2.7", "2.8", "2.9", "2.10", "2.11"]),
        // 001: 职称评审 (window 2024-06-03 … 06-28).
        Plan(
            code: "ZC-001", submitted: "2024-06-12T14:00:00+08:00",
            facts: [
                "continuingEducationHours": "96", "dalianWorkMonths": "40", "economicsSeries": "false",
                "examBasedSeries": "false", "examSpecialtyMatches": "true", "exceptionalPromotion": "false",
                "hasHonours": "false", "introducedTalent": "false", "paperRequired": "false",
                "professionalSubjectHours": "70", "retired": "false", "ruralWork": "false", "titleLevel": "中级",
            ],
            refusing: ["retired": "true"], deferrable: nil,
            // No paper asked of the series, no 破格/农村/引进, no honours.
            needless: ["3.3", "4.1", "4.2", "4.3", "5"]),
        // 002: 工勤技能 grade promotion (window 2025-06-27 … 07-25).
        Plan(
            code: "GQ-JS", submitted: "2025-07-03T09:00:00+08:00",
            facts: [
                "changesTrade": "false", "conductAndAssessmentQualified": "true", "currentGrade": "高级工",
                "entryRoute": "常规晋升", "lowerCertificateYears": "6", "newOrTransferredStaff": "false",
                "onEstablishmentPost": "true", "trade": "维修电工", "workStartYear": "2001",
                // Born in 1975: at work from 2001 (技师: 2001 年底前参加工作) at 26.
                "residentId": "210202197503011233",
            ],
            refusing: ["lowerCertificateYears": "2"], deferrable: nil,
            // Neither newly hired nor transferred (常规晋升).
            needless: ["3"]),
        // 003: 群众办事通.
        Plan(
            code: "BS-HY-003", submitted: "2025-07-01T09:30:00+08:00",
            facts: [
                "hyStatusMismatch": "false", "maritalStatus": "未婚", "hyOtherPartyAge": "26",
                "hyOtherPartyMaritalStatus": "未婚", "hyCloseKin": "false",
            ],
            refusing: nil, deferrable: nil,
            // 户口簿上的婚姻状况与声明一致.
            needless: ["4"]),
        Plan(
            code: "BS-SY-001", submitted: "2025-07-01T09:30:00+08:00", facts: ["remarried": "false", "syChildOrder": "1"],
            // Not remarried, no agent (委托办理的 only).
            refusing: nil, deferrable: nil, needless: ["4", "5"]),
        // 004: social insurance.
        Plan(
            code: "SB-017", submitted: "2025-07-01T09:30:00+08:00",
            facts: [
                "residentId": "210202196304180021", "receivingEmployeePension": "false",
                "residentPensionContributionMet": "true",
            ],
            refusing: ["residentId": "210202197204180029"], deferrable: nil),
        Plan(
            code: "SB-048", submitted: "2025-07-01T09:30:00+08:00", facts: ["workInjuryRecognized": "true"],
            refusing: ["workInjuryRecognized": "false"], deferrable: "3"),
        Plan(code: "SB-060", submitted: "2025-07-01T09:30:00+08:00", facts: [:], refusing: nil, deferrable: "2"),
        Plan(
            code: "SB-064", submitted: "2025-07-01T09:30:00+08:00",
            facts: [
                "residentId": "210202198503010016", "documentsValid": "true", "residentCategory": "mainland",
                "insuredInDalian": "true", "socialSecurityCardAppliedBefore": "false",
            ],
            refusing: ["documentsValid": "false"], deferrable: nil,
            // A mainland resident over 16: the resident ID card (1) alone.
            needless: ["2", "3", "4", "5"]),
    ]

    /// The bundles, named `<code>-<verdict>.zip`, with the verdict each must get.
    public static func bundles(catalog: Catalog) -> [ExampleBundle] {
        var out: [ExampleBundle] = []
        for (n, plan) in plans.enumerated() {
            let date = CalendarDate(String(plan.submitted.prefix(10)))!
            guard let matter = catalog.matter(plan.code, on: date) else { continue }
            let scenario = plan.scenario.flatMap { matter.scenario($0) } ?? matter.scenarios[0]
            func app(_ suffix: String, facts: [String: String], omit: Set<String> = [], letter: Bool = false) -> SampleApplication
            {
                ApplicationFactory.complete(
                    catalog: catalog, matter: matter, scenario: scenario,
                    id: "EX-\(plan.code)-\(suffix)", submitted: plan.submitted,
                    facts: facts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, omit: omit.union(plan.needless),
                    withCommitmentLetter: letter, seed: UInt64(1000 + n))
            }
            func add(_ verdict: String, _ a: SampleApplication) {
                out.append(ExampleBundle(file: "\(plan.code)-\(verdict).zip", application: a, style: .init(), expected: verdict))
            }
            add("accepted", app("A", facts: plan.facts))
            if let d = plan.deferrable {
                add("accepted-deferred", app("D", facts: plan.facts, omit: [d], letter: true))
            }
            let firstRequired = scenario.materials.first { $0.requirement == .always && !$0.isCommitmentLetter }
            if let r = firstRequired {
                add("returned", app("R", facts: plan.facts, omit: [r.id]))
            }
            if let refusing = plan.refusing {
                add("refused", app("F", facts: plan.facts.merging(refusing) { $1 }))
            }
            // invalid: an entry whose path climbs out of the bundle (bundle-unsafe).
            var unsafe = app("I", facts: plan.facts)
            var escape = SampleDocument(path: "../../escape.txt", material: "1", bytes: Array("x".utf8), mediaType: "text/plain")
            escape.omitFromManifest = true
            unsafe.documents.append(escape)
            add("invalid", unsafe)
        }
        return out
    }
}
