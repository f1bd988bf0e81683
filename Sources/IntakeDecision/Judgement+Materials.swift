import IntakeCatalog
import IntakeEvidence
import IntakeManifest
import IntakeModel

/// 要件 and 容缺: every material of the scenario, required, conditional or alternative,
/// met by sound documents of an accepted type, or deferred against the commitment letter.
extension Judgement {
    /// What a material needs and has, before deferrals are applied.
    struct Assessment {
        var material: Material
        var depth: Int
        /// true required, false not, nil undetermined.
        var required: Bool?
        var met: Bool
        /// Documents were submitted for it, none sound and of an accepted type: each
        /// has its own finding; the material is "defective", not "missing".
        var defective = false
        var documents: [String]
        var requirementText: String
        /// Report it as missing (a required leaf, a required one-of group, …).
        var reportable: Bool
        /// Its own requirement, before its parent's: its condition's answer for a
        /// conditional material (nil when facts are missing).
        var own: Bool? = nil
        /// The facts its condition needs and the application does not give.
        var needs: [String] = []
        /// For a one-of group: the alternatives that serve in this case.
        var serving: [Material]? = nil
        /// Its condition's facts the catalog never asks for (`unasked`: an exemption the
        /// applicant may declare) that the application does not give: it is required because
        /// nothing says the applicant is exempt, not because something says they are not.
        var undeclared: [String] = []

        /// Whether it is needed: a part of an alternative by its own rule (an alternative and its parts are
        /// required of no one: 离婚证 and 协议书或判决书 make 3.2 of 生育 事项9 （三）), anything else as required.
        func needed(inAlternative alternative: Bool) -> Bool? { alternative ? own : required }
    }

    /// The index past the subtree of the material at `i` (its parts, at any depth).
    static func subtreeEnd(_ i: Int, in assessed: [Assessment]) -> Int {
        assessed[(i + 1)...].firstIndex { $0.depth <= assessed[i].depth } ?? assessed.count
    }

    /// The parts of the alternative at `j` that its own rule asks.
    static func ownParts(_ j: Int, in assessed: [Assessment]) -> [Assessment] {
        assessed[(j + 1)..<subtreeEnd(j, in: assessed)].filter { $0.depth == assessed[j].depth + 1 && $0.own == true }
    }

    mutating func checkMaterials() {
        // Documents by the material they are submitted for; unknown materials first. A file
        // for no material of the matter is handed back, not a defect (a warning, like an
        // entry the manifest does not name): a mislabelled file leaves its real material
        // missing, and that is the error the applicant is told of. A file for a material of
        // another scenario is an error: the application may be that scenario (a 跨辖区转移
        // filed as a transfer within the district), which the clerk must settle first.
        var docsByMaterial: [String: [DocumentEvidence]] = [:]
        // The contract names the 容缺受理承诺书 a material of its own kind wherever it appears:
        // filed as `commitment` it is the letter, also where the guide gives it a number of
        // its own (求职创业补贴 (2) 容缺受理承诺书).
        let letter = scenario.commitmentLetter
        for doc in inspection.documents {
            if doc.material == "commitment", scenario.material(doc.material) == nil {
                if let letter {
                    docsByMaterial[letter.id, default: []].append(doc)
                    continue
                }
                // Needed exactly when something is deferred (the contract): where nothing of
                // this scenario can be deferred (培训机构申领培训补贴 beside the person's
                // scenario, which has its letter), the letter is not needed; it is handed back
                // like any file for no material, not taken for another scenario's material.
                // A pledge of the scenario's own (SB-018's 告知承诺制承诺书) filed as the deferral letter reads "无需提交"
                // beside its own material missing: the producer is told which number it may belong under (round 44,
                // tester c).
                // Those not filed under their own number (the review: a pledge filed as itself was named too).
                let pledges = scenario.materials.flatMap(\.flattened).filter { m in
                    m.kind == .pledge && !inspection.documents.contains { $0.material == m.id }
                }
                let hint =
                    pledges.isEmpty
                    ? ""
                    : "；如该文件是" + pledges.map { Self.quoted($0.name) }.joined(separator: "或")
                        + "，请按其材料编号" + pledges.map { "（\($0.id)）" }.joined(separator: "或") + "标注"
                findings.append(
                    Finding(
                        .materialUnneeded, .warning,
                        "文件 \(doc.path) 标注为容缺受理承诺书；\(scenario.name.isEmpty ? "本事项" : "申请情形“\(scenario.name)”")没有可容缺受理的材料，无需提交"
                            + hint,
                        material: doc.material, path: doc.path, source: matter.source,
                        detail: "a commitment letter where no material of the scenario is deferrable"))
                continue
            }
            if scenario.material(doc.material) == nil {
                // Every other scenario that has the number, with what it is there (round 42, tester b: RS-018's 5 named
                // the first scenario holding a 5, not the one whose 5 is the video filed).
                let elsewhere = matter.scenarios.compactMap { s in
                    s.id == scenario.id ? nil : s.material(doc.material).map { "申请情形“\(s.name)”的\(Self.quoted($0.name))" }
                }
                // Not "不是本事项所需材料" of a number another scenario of the matter has (round 44, tester b: it then named
                // the matter's own material).
                let message =
                    "文件 \(doc.path) 所标注的材料编号 \(doc.material) 不是"
                    + (elsewhere.isEmpty || scenario.name.isEmpty
                        ? "本事项（\(matter.code) \(matter.name)）" : "本事项（\(matter.code) \(matter.name)）申请情形“\(scenario.name)”")
                    + "所需材料"
                    + (elsewhere.isEmpty
                        ? "，未作为审核依据；如材料编号标错，请按本情形所需材料重新标注"
                        : "；该编号为\(elsewhere.joined(separator: "、"))，请核对所选申请情形或材料编号")
                findings.append(
                    Finding(
                        .materialUnknown, elsewhere.isEmpty ? .warning : .error, message,
                        material: doc.material, path: doc.path, source: matter.source,
                        detail: "no such material in this matter/scenario"))
                continue
            }
            docsByMaterial[doc.material, default: []].append(doc)
        }

        var assessed: [Assessment] = []
        for m in scenario.materials { assess(m, depth: 0, parentRequired: true, docs: docsByMaterial, into: &assessed) }

        // Deferrals: missing deferrable materials against the commitment letter. A material whose only files are broken
        // (damaged, of a type not accepted, a wrong digest: "视为未提交") is not supplied either, and is deferred like a
        // missing one: an unusable scan of the ID left the application returned where the same bundle without it was
        // accepted-deferred (round 55, after round 54's tester l: RS-024's 身份证; 容缺 is for materials missing or flawed).
        let unsupplied = assessed.filter {
            $0.reportable && $0.required == true && !$0.met && !$0.material.isCommitmentLetter
        }
        let missing = unsupplied.filter { !$0.defective }
        // A deferral may name the material, or one alternative of a missing one-of group
        // (存档人员有效身份证件或存档凭证: the ID card is deferrable).
        /// The ids a 容缺 item may name for a material: itself, or an alternative of its one-of group.
        func deferrableIDs(_ m: Material) -> [String] { [m.id] + (m.need == .oneOf ? m.parts.map(\.id) : []) }
        let deferrals = unsupplied.compactMap { a in deferral(naming: deferrableIDs(a.material)).map { (a, $0) } }
        let coverable = Set(deferrals.map(\.0.material.id))
        let letterMet = assessed.contains { $0.material.isCommitmentLetter && $0.met }
        // Forbidden cases are judged first: a refused application is told why it is
        // refused, and what else is wrong only for the record, never what to bring.
        let refusing = findings.contains { $0.severity == .error && VerdictLadder.refused.contains($0.code) }
        // 容缺受理 is an acceptance: a refused application defers nothing (its deferrable
        // materials are missing, for the record, like any other).
        let deferredIDs = Set(letterMet && !refusing ? deferrals.map(\.0.material.id) : [])
        // The alternative a deferral names inside a deferred group is deferred with it, not "not required" (round 40,
        // tester u: RS-011's 1.1 身份证件 read 无需提交 under a 容缺 table that gave its due date).
        let deferredAlternatives = Set(
            deferrals.filter { deferredIDs.contains($0.0.material.id) && $0.1.material != $0.0.material.id }.map(\.1.material))
        /// A missing material as the 容缺 list names it: the group, or the alternative of it that the list names (RS-011's
        /// 存档人员有效身份证件或存档凭证: the list names the 身份证件 only).
        func deferrable(_ pair: (Assessment, Deferral)) -> String {
            pair.1.material == pair.0.material.id
                ? Self.label(pair.0.material)
                : scenario.material(pair.1.material).map { Self.label($0) } ?? Self.label(pair.0.material)
        }

        let unneeded = Self.unneeded(assessed)
        // A file's defect under a material this case does not need or the guide makes optional is told, not a reason to
        // return (the decision downgrades it): no defect left to correct beside the deferred ones (the review of round 54:
        // "其余缺项仍须补正" where nothing else was).
        let notNeeded = Set(unneeded.keys.map { assessed[$0].material.id }).union(scenario.optionalIDs)
        /// A file's finding (the inspector's: broken, absent; or the judgement's: a type or specification not accepted) that
        /// the letter covers (the only file of a deferrable material) or that is told only (a material not needed).
        func covered(_ f: Finding) -> Bool {
            f.material.map {
                Decider.ancestors($0).contains(where: coverable.contains) || notNeeded.contains($0) || metByAnother($0)
            } ?? false
        }
        /// Under an alternative of a one-of group that another alternative's own files meet (the decision tells its defect
        /// only: the review of round 56, "其余缺项仍须补正" where nothing else was).
        func metByAnother(_ id: String) -> Bool {
            for (g, group) in assessed.enumerated() where group.material.need == .oneOf {
                let alternatives = assessed[(g + 1)..<Self.subtreeEnd(g, in: assessed)].filter { $0.depth == group.depth + 1 }
                guard let mine = alternatives.first(where: { Decider.ancestors(id).contains($0.material.id) }), !mine.met,
                    mine.own != nil || mine.material.requirement != .conditional
                else { continue }
                if alternatives.contains(where: { $0.material.id != mine.material.id && $0.met }) { return true }
            }
            return false
        }
        // Something missing or broken that no commitment letter covers: the letter alone does not
        // make the application acceptable, and no finding says it would (round 38, tester i).
        // A broken file is uncovered unless it is all there is of a deferrable material (a second, broken copy beside a
        // sound one is to be replaced all the same). The letter's own defect is told by the letter's finding (round 60,
        // tester e: a broken letter alone was told "其余缺项仍须补正").
        func ofTheLetter(_ f: Finding) -> Bool {
            f.material == "commitment" || (f.material.flatMap { scenario.material($0) }?.isCommitmentLetter ?? false)
        }
        let uncovered =
            errorsBefore
            || missing.contains { a in !coverable.contains(a.material.id) }
            || assessed.contains {
                $0.defective && $0.required == true && $0.reportable && !$0.material.isCommitmentLetter
                    && !coverable.contains($0.material.id)
            }
            || inspection.findings.contains { f in
                f.severity == .error && Decider.fileFindings.contains(f.code) && !covered(f) && !ofTheLetter(f)
            }
            || findings.contains { f in
                f.severity == .error && !ofTheLetter(f) && !(Decider.fileFindings.contains(f.code) && covered(f))
                    && !decidesNothing(f)
            }
        // A letter was submitted but its file does not count (its own finding says why): it is to be filed again, not
        // "提交" as if none were (round 61, tester n).
        let letterDefective = assessed.contains { $0.material.isCommitmentLetter && $0.defective }
        for (index, a) in assessed.enumerated() {
            let m = a.material
            let source = m.source ?? matter.source
            var state: MaterialStatus.State
            if m.isCommitmentLetter {
                state = a.met ? .met : (deferrals.isEmpty ? .notRequired : .missing)
                if a.met && deferrals.isEmpty && !a.documents.isEmpty {
                    // Needed exactly when something is deferred (the contract): nothing is.
                    state = .notRequired
                    let files = a.documents.joined(separator: "、")
                    findings.append(
                        Finding(
                            .materialUnneeded, .warning, "文件 \(files) 为容缺受理承诺书；本申请没有容缺受理的材料，无需提交",
                            material: m.id, path: a.documents.first, source: source,
                            detail: "a commitment letter where nothing is deferred"))
                }
            } else if let files = unneeded[index] {
                // Filed for a material this case does not need (the 企业职工's list sent for a
                // 灵活就业人员; an alternative whose case is not this one, 本人的承诺书 outside the
                // 人才集体户; a group whose case does not apply, with its parts): said once, at
                // the highest such material, so that the clerk does not count it, nor the
                // applicant think the list he was asked for is complete.
                state = .notRequired
                if !files.isEmpty {
                    findings.append(
                        Finding(
                            .materialUnneeded, .warning,
                            "材料\(Self.label(m))：本情形无需提交，所交文件 \(files.joined(separator: "、")) 未作为审核依据；"
                                + "如材料编号标错，请按本情形所需材料重新标注",
                            material: m.id, path: files.first, source: source))
                }
            } else if a.met {
                state = .met
            } else if a.required == nil {
                state = .undetermined
            } else if deferredAlternatives.contains(m.id) {
                state = .deferred
            } else if a.required == false || !a.reportable {
                // An alternative or optional part whose file is broken shows it too. An alternative
                // that serves a missing group is missing with it (任选其一), not "not required" (round
                // 35, tester c: both rows of a missing 4 read 无需提交).
                state =
                    a.defective
                    ? .defective
                    : (a.required == true || Self.servesMissingGroup(index, in: assessed, deferred: deferredIDs)
                        ? .missing : .notRequired)
            } else if a.defective && !deferredIDs.contains(m.id) {
                // Its documents' own findings say what is wrong; no second finding.
                state = .defective
            } else if deferredIDs.contains(m.id) {
                state = .deferred
            } else if refusing && letterMet, let deferral = deferrals.first(where: { $0.0.material.id == m.id })?.1 {
                // Refused, nothing is deferred, but the letter covers this material: missing for
                // the record, and no error: an error is what alone rejects a bundle (the
                // contract), and this would have been accepted-deferred. An auditor reading an
                // error here would count a defect the applicant had covered (round 18, tester 3). Told as every
                // other thing a refused application lacks is, for the record (round 36, testers a and d: a
                // `material-deferred` under a refusal counted as a deferral, and "未提交" read as still owed).
                state = .missing
                findings.append(
                    Finding(
                        .materialMissing, .info,
                        "缺少材料：\(Self.label(m))（容缺受理承诺书已涵盖，但本申请不予受理，不适用容缺受理；此项仅作记录，本次无需补交；如重新申请，可再凭承诺书容缺受理）",
                        material: m.id, source: deferral.source,
                        detail: "deferrable and covered by the commitment letter; refused, so not deferred"))
            } else {
                state = .missing
                let pair = deferrals.first { $0.0.material.id == m.id }
                // Which of it may be deferred: the material, or the alternative the list names.
                let which = pair.map { $0.1.material == m.id ? "该材料" : "其中\(deferrable($0))" } ?? ""
                let submit = letterDefective ? "重新提交有效的" : "提交签署的"
                let hint =
                    pair == nil
                    ? ""
                    : uncovered
                        ? "；\(which)可容缺受理，\(submit)容缺受理承诺书后可在期限内补交" : "；\(which)可容缺受理，\(submit)容缺受理承诺书后可先行受理"
                let condition =
                    a.requirementText == Self.alwaysRequired
                    ? "" : Self.why(a.requirementText, name: m.name, declared: a.undeclared.isEmpty).map { "（\($0)）" } ?? ""
                findings.append(
                    Finding(
                        .materialMissing, .error,
                        refusing
                            ? "缺少材料：\(Self.label(m))\(condition)"
                            : "缺少材料：\(Self.label(m))\(Self.bring(m, alternatives: a.serving))\(condition)"
                                + "\(Self.partlyFiled(index, in: assessed))\(hint)",
                        material: m.id, source: source))
            }
            if case .deferred = state, let (_, deferral) = deferrals.first(where: { $0.0.material.id == m.id }) {
                let due = catalog.dueDate(of: deferral, submitted: submitted)
                let days = catalog.deferralPeriod(of: deferral)
                let basis: DeferredMaterial.DueBasis = deferral.workingDays == nil ? .centrePolicy : .guide
                let name = scenario.material(deferral.material)?.name ?? deferral.name
                deferred.append(
                    DeferredMaterial(
                        material: deferral.material, name: name, due: due, supplier: deferral.supplier, source: deferral.source,
                        workingDays: days, dueBasis: basis))
                let period =
                    basis == .guide
                    ? "补交期限 \(days) 个工作日，依据指南"
                    : "补交期限 \(days) 个工作日，依据本中心容缺受理规定，指南未规定补交期限"
                findings.append(
                    Finding(
                        .materialDeferred, .info, "\(name) 容缺受理，请于 \(due)（含当日）前补交（资料来源：\(deferral.supplier)；\(period)）",
                        material: deferral.material, source: deferral.source))
                rules.append(
                    AppliedRule(
                        kind: .deferral, subject: m.id, text: "容缺：\(deferral.name)（\(deferral.supplier)）",
                        outcome: .deferred(until: due), source: deferral.source))
            }
            materials.append(
                MaterialStatus(
                    id: m.id, name: m.name, kind: m.kind, depth: a.depth, state: state, requirement: a.requirementText,
                    documents: a.documents, source: source))
            rules.append(
                AppliedRule(
                    kind: .material, subject: m.id, text: "\(m.name)（\(a.requirementText)）",
                    outcome: RuleOutcome(rawValue: state.rawValue),
                    source: source))
        }
        if !deferrals.isEmpty && !letterMet {
            let names = deferrals.map(deferrable).joined(separator: "、")
            let remedy =
                uncovered
                ? "后，这些材料可在期限内补交；其余缺项仍须补正"
                : "后，可先行受理并在期限内补交"
            findings.append(
                Finding(
                    .commitmentMissing, .error,
                    (letterDefective
                        ? "可容缺受理的材料缺失，所交容缺受理承诺书文件有误，不能据此容缺：\(names)"
                        : "可容缺受理的材料缺失且未提交容缺受理承诺书：\(names)")
                        + (refusing
                            ? "" : (letterDefective ? "。重新提交有效的容缺受理承诺书" : "。签署并提交容缺受理承诺书") + remedy),
                    material: assessed.first { $0.material.isCommitmentLetter }?.material.id,
                    source: deferrals[0].1.source))
        }
    }

    /// Whether the material at `index` is missing with a required one-of group that is missing
    /// (not met, not defective, not deferred: a group the commitment letter defers is 容缺, and so
    /// are its alternatives, not 缺少): an alternative that serves in this case, or a part its own
    /// rule asks of such an alternative (生育 事项9 （三） 3.2.2, the 协议书或判决书 beside a 离婚证
    /// filed alone: it read 无需提交 while it was what the group lacked, round 35's review).
    static func servesMissingGroup(_ index: Int, in assessed: [Assessment], deferred: Set<String>) -> Bool {
        let a = assessed[index]
        guard a.depth > 0, !a.met, !deferred.contains(a.material.id),
            let p = assessed[..<index].lastIndex(where: { $0.depth == a.depth - 1 })
        else { return false }
        let parent = assessed[p]
        guard !parent.met, !parent.defective, !deferred.contains(parent.material.id) else { return false }
        switch parent.material.need {
        case .oneOf:
            guard let serving = parent.serving, serving.contains(where: { $0.id == a.material.id }) else { return false }
            return parent.required == true || servesMissingGroup(p, in: assessed, deferred: deferred)
        case .all:
            return a.own == true && parent.required == false && servesMissingGroup(p, in: assessed, deferred: deferred)
        }
    }

    /// For a missing one-of group, what its alternatives filed in part still lack (3.2 离婚证 filed,
    /// 3.2.2 协议书或判决书 not): told with the group's 缺少, so that the applicant brings the part, not
    /// the whole alternative again (round 35's review).
    static func partlyFiled(_ index: Int, in assessed: [Assessment]) -> String {
        let g = assessed[index]
        guard g.material.need == .oneOf, let serving = g.serving else { return "" }
        var told: [String] = []
        for j in (index + 1)..<subtreeEnd(index, in: assessed) where assessed[j].depth == g.depth + 1 {
            let alt = assessed[j]
            guard serving.contains(where: { $0.id == alt.material.id }), alt.material.need == .all, !alt.met else { continue }
            let parts = ownParts(j, in: assessed)
            let filed = parts.filter(\.met)
            let lacking = parts.filter { !$0.met }
            guard !filed.isEmpty, !lacking.isEmpty else { continue }
            told.append(
                "材料\(label(alt.material))已交\(filed.map { label($0.material) }.joined(separator: "、"))，"
                    + "仍缺\(lacking.map { label($0.material) }.joined(separator: "、"))")
        }
        return told.isEmpty ? "" : "；" + told.joined(separator: "；")
    }

    /// The materials filed for although this case does not need them, by their index in
    /// `assessed`: the files to name for the highest such material (a leaf or a group its case
    /// excludes, with every file of its parts; an alternative of a one-of group that does not
    /// serve in this case, its case known), none for what lies below it. Optional materials,
    /// the letter and what nothing was filed for are not among them; nor an alternative whose
    /// case the facts do not tell (they are asked for).
    static func unneeded(_ assessed: [Assessment]) -> [Int: [String]] {
        var out: [Int: [String]] = [:]
        var i = 0
        // The end of the subtree of an optional material being walked: its parts are not
        // required because it is not, not because their case does not apply (退休 5's 1.9.1, a
        // part of the optional 军转干部 pair, was "本情形无需提交": round 38's catalog helper).
        var optionalEnd = 0
        while i < assessed.count {
            let a = assessed[i]
            let end = subtreeEnd(i, in: assessed)
            let subtree = assessed[i..<end]
            // A broken file too: not needed, it is not to be filed again (round 53, tester e: 人力社保 20's 5.1 for a 其他,
            // broken, returned the application "请重新提交该文件").
            let files = subtree.filter { $0.met || $0.defective }.flatMap(\.documents)
            if a.material.requirement == .optional { optionalEnd = max(optionalEnd, end) }
            // A group of parts whose own case does not apply is said too, though as a group it is never reported
            // missing (婚姻 9's 2.2, a Macau party's papers, filed for a Hong Kong party: round 52, tester a).
            let excluded =
                (i >= optionalEnd || a.own == false) && (a.reportable || a.own == false) && a.required == false
                && a.material.requirement != .optional
                && a.material.requirement != .whenDeferred
            if excluded && !files.isEmpty && !a.material.isCommitmentLetter
                && !subtree.contains(where: { $0.material.isCommitmentLetter })
            {
                out[i] = files
                for j in (i + 1)..<end where assessed[j].met || assessed[j].defective { out[j] = [] }
                i = end
                continue
            }
            // A one-of group's alternatives that do not serve in this case.
            if a.material.need == .oneOf, let serving = a.serving, a.required != false {
                let ids = Set(serving.map(\.id))
                for j in (i + 1)..<end where assessed[j].depth == a.depth + 1 {
                    let alt = assessed[j]
                    guard !ids.contains(alt.material.id), alt.own != nil, alt.material.requirement != .optional else { continue }
                    let altEnd = subtreeEnd(j, in: assessed)
                    // A broken file too (round 54, tester l: RS-005's and RS-024's other alternative, broken, returned a
                    // complete application).
                    let altFiles = assessed[j..<altEnd].filter { $0.met || $0.defective }.flatMap(\.documents)
                    guard !altFiles.isEmpty else { continue }
                    out[j] = altFiles
                    for k in (j + 1)..<altEnd where assessed[k].met || assessed[k].defective { out[k] = [] }
                }
            }
            i += 1
        }
        return out
    }

    /// Assesses a material and its parts, depth first, appending to `out`.
    ///
    /// Files submitted for a conditional material whose facts are missing or to correct settle it as needed where they
    /// meet it: the application is complete whatever the answer. Where they do not (a part missing, a file broken),
    /// nothing is settled: what else it needs is said to depend on the answer, as for a material with no file, not
    /// demanded (round 58, tester d: 公积金 5's (6.2) was demanded beside a stray (6.1) while 公共租赁住房 was mistyped, and
    /// the corrected answer made (6) unneeded).
    mutating func assess(
        _ m: Material, depth: Int, parentRequired: Bool, parentUndetermined: Bool = false, alternative: Bool = false,
        parentNotNeeded: Bool = false, docs: [String: [DocumentEvidence]], into out: inout [Assessment]
    ) {
        func once(presumingFiled: Bool, _ j: inout Judgement, _ out: inout [Assessment]) {
            j.assessOnce(
                m, depth: depth, parentRequired: parentRequired, parentUndetermined: parentUndetermined,
                alternative: alternative, parentNotNeeded: parentNotNeeded, presumingFiled: presumingFiled, docs: docs,
                into: &out)
        }
        guard m.requirement == .conditional, !alternative, let cond = m.condition,
            Self.anyFiled(m, docs)
        else {
            once(presumingFiled: true, &self, &out)
            return
        }
        let open: Bool
        switch conditions.evaluate(cond) {
        case .needsFacts(let names): open = !onlyTheClerkDeclares(names)
        case .invalidFacts: open = true
        default: open = false
        }
        var presumed = self
        var presumedOut = out
        once(presumingFiled: true, &presumed, &presumedOut)
        if !open || presumedOut[out.count].met {
            self = presumed
            out = presumedOut
            return
        }
        once(presumingFiled: false, &self, &out)
    }

    private mutating func assessOnce(
        _ m: Material, depth: Int, parentRequired: Bool, parentUndetermined: Bool, alternative: Bool,
        parentNotNeeded: Bool, presumingFiled: Bool, docs: [String: [DocumentEvidence]], into out: inout [Assessment]
    ) {
        var required: Bool?
        var needs: [String] = []
        var undeclared: [String] = []
        var text = Self.alwaysRequired
        switch m.requirement {
        case .always:
            required = true
            if !parentRequired && alternative { text = "可替代材料，任选其一" }
        case .optional:
            required = false
            text = "可选"
        case .whenDeferred:
            required = false
            text = "有容缺材料时提交"
        case .conditional:
            let cond = m.condition ?? Condition(xpath: nil, reads: [], text: "视情况提供")
            text = cond.text
            undeclared = cond.unasked.filter { manifest.applicant.fact($0) == nil }
            // Documents submitted for it (or its parts) settle it: the material is then
            // checked as required, whatever the facts would say. Not for an alternative the
            // guide ties to a case: it serves only in that case, so the facts must tell.
            let submitted =
                presumingFiled && !alternative && Self.anyFiled(m, docs)
            switch conditions.evaluate(cond) {
            case .holds(let b): required = b
            case .needsFacts(let names):
                if submitted {
                    required = true
                } else if onlyTheClerkDeclares(names) {
                    // Only the office would tell (资金申请审核通过后提供: its own approval): not
                    // required of the bundle, not asked of the applicant; the clerk is told.
                    required = false
                    // Nothing of the case of an applicant refused for what it is (round 45, tester f).
                    if parentRequired, !applicantKindRefused {
                        findings.append(
                            Finding(
                                .manualCheck, .info, "请窗口人员核查是否需要提交：\(Self.label(m))（\(cond.text)）",
                                material: m.id, source: m.source ?? matter.source,
                                detail: "decided by the clerk: \(names.joined(separator: ", "))"))
                    }
                } else {
                    required = nil
                    needs = names
                    // Asked too where the group's own need is not known yet (its facts are asked beside): the applicant
                    // answers both at once, not one a return (round 51, tester b: SB-076's 中断/恢复 was asked only once
                    // the 停薪决定's exemption had been answered, a second return, and the document itself a third).
                    if parentRequired || parentUndetermined {
                        // Named with its number: two materials of one name (RS-015's 2.2 and 2.6 毕业证) were one use, and
                        // "等 9 项" counted ten (round 44, tester b).
                        reportMissingFacts(
                            names, for: "材料\(Self.label(m))的提交条件", source: m.source ?? matter.source,
                            gates: conditions.gates(of: cond))
                    }
                    if parentRequired && !alternative {
                        sayMayBeNeeded(
                            m, cond, waitingOn: "所缺的申请信息", detail: "facts missing: \(names.joined(separator: ", "))", docs: docs)
                    }
                }
            case .invalidFacts:
                required = submitted ? true : nil
                let beside = conditions.missingBeside(cond)
                if !submitted && !beside.isEmpty && (parentRequired || parentUndetermined) {
                    reportMissingFacts(
                        beside, for: "材料\(Self.label(m))的提交条件", source: m.source ?? matter.source,
                        gates: conditions.gates(of: cond))
                }
                // A value to correct leaves it open as a missing one does (round 54, tester j: 户籍 5's hjInquirer "法院"
                // hid the unit's 介绍证 until the next report).
                if !submitted && parentRequired && !alternative {
                    sayMayBeNeeded(m, cond, waitingOn: "须更正的申请信息", detail: "facts to correct", docs: docs)
                }
            case .prose, .failed:
                // No silent default: a condition the pipeline cannot evaluate (lint fails
                // on it) makes the material required, and the clerk is told why.
                required = true
                findings.append(
                    Finding(
                        .ruleError, .warning, "材料提交条件无法自动判断，按必须提交处理：\(Self.label(m))（\(cond.text)）",
                        material: m.id, source: m.source ?? matter.source))
            }
        }
        // A part of a group whose own need is not known (its condition's facts missing) is not
        // known either: it was shown not-required, "必须提交", under an undetermined group
        // (round 34, tester d).
        // A part of a group the case does not need is not needed, whatever its own condition's facts (round 56, tester v:
        // an accepted 工亡 application listed twenty parts of other cases' groups as "待核实").
        let effectiveRequired =
            parentNotNeeded ? false : parentUndetermined && required == true ? nil : required.map { $0 && parentRequired }
        let own = docs[m.id] ?? []
        let (accepted, rejected) = acceptedDocuments(own, for: m)
        // Defective only when a finding of its own says why each file does not serve
        // (an unsound document has its error codes in `defects`; a sound one of the wrong
        // type or specification gets its finding here); otherwise it is plainly missing.
        let flagged = rejected + own.filter { !$0.isSound && !$0.defects.isEmpty }.count
        let index = out.count
        out.append(
            Assessment(
                material: m, depth: depth, required: effectiveRequired, met: !accepted.isEmpty,
                defective: accepted.isEmpty && flagged > 0, documents: own.map(\.path), requirementText: text,
                reportable: true, own: required, needs: needs, undeclared: undeclared))
        guard !m.parts.isEmpty else { return }
        switch m.need {
        case .oneOf:
            // Alternatives: any one serves; the group is reported, not each alternative.
            // An alternative the guide ties to a case (补领结婚证 / 补领离婚证) serves only
            // in that case; alternatives whose case does not apply, or is not known (facts
            // missing), never do. In its case an alternative serves instead of the
            // unconditional ones (本人的承诺书 for the 人才集体户), or, marked `serves="also"`,
            // besides them (可提供商品房买卖合同: the 房屋权属证书 still serves).
            // The alternatives of a group the case does not need are not needed either (round 58: 户籍 1's 1.1.5.2 was
            // 待核实 under a 1.1.5 no 随迁配偶 needs, in an accepted report).
            for p in m.parts {
                assess(
                    p, depth: depth + 1, parentRequired: false, alternative: true,
                    parentNotNeeded: !alternative && effectiveRequired == false, docs: docs, into: &out)
            }
            let alternatives = out[(index + 1)...].filter { $0.depth == depth + 1 }
            let conditional = { (a: Assessment) in a.material.requirement == .conditional }
            let applying = alternatives.filter { conditional($0) && $0.own == true }
            let replacing = applying.contains { $0.material.serves == .instead }
            let serving = replacing ? applying : alternatives.filter { !conditional($0) } + applying
            out[index].met = out[index].met || serving.contains { $0.met }
            out[index].defective = !out[index].met && (out[index].defective || serving.contains { $0.defective })
            out[index].serving = serving.map(\.material)
            // A file under the group's number, where this case does not take every alternative (the
            // 商品房买卖合同 serves only for a house on state land): counted, since one alternative
            // serves, but which document it is the clerk checks (round 35, testers b and c: the
            // same contract under 4.2 was returned, under 4 accepted in silence).
            // So is a file under the group's number where an alternative that serves is several documents
            // (3 结婚证, or 离婚证 and 协议书或判决书: one file may be the 离婚证 alone; round 35's review).
            let several = out.indices.filter { $0 > index && out[$0].depth == depth + 1 }.compactMap { j -> String? in
                guard out[j].material.need == .all, serving.contains(where: { $0.material.id == out[j].material.id }) else {
                    return nil
                }
                let parts = Self.ownParts(j, in: out)
                guard parts.count > 1 else { return nil }
                return "\(Self.label(out[j].material))须同时提交\(parts.map { Self.label($0.material) }.joined(separator: "、"))"
            }
            let some = serving.count < alternatives.count
            if !accepted.isEmpty && effectiveRequired == true && (some || !several.isEmpty)
                && !serving.contains(where: { $0.met })
            {
                let takes = serving.map { Self.label($0.material) }.joined(separator: "、")
                for file in accepted {
                    findings.append(
                        Finding(
                            .manualCheck, .warning,
                            "文件 \(file.path) 标注为材料\(Self.label(m))，"
                                + (some ? "本情形只接受其中的\(takes.isEmpty ? "（视申请信息而定）" : takes)；" : "")
                                + (several.isEmpty ? "" : "其中\(several.joined(separator: "；"))；")
                                + "请按所交材料的编号标注，窗口人员核对该文件是否为本情形接受的"
                                + (several.isEmpty ? "材料" : "完整材料"),
                            material: m.id, path: file.path, source: m.source ?? matter.source,
                            detail: some
                                ? "filed under a one-of group's number where this case takes only some alternatives"
                                : "filed under a one-of group's number where an alternative is several documents"))
                }
            }
            for i in (index + 1)..<out.count { out[i].reportable = false }
            // Met by the unconditional alternatives, while an alternative that replaces them
            // in its case (留学归国就业人员首次办理存档需提供《留学回国人员工作介绍信》) may apply, the facts
            // not telling: whether the group is met hangs on them, so they are asked for, not
            // taken as "not that case".
            let undetermined = alternatives.filter {
                conditional($0) && $0.own == nil && $0.material.serves == .instead && !$0.met
            }
            if out[index].met && effectiveRequired == true && !replacing && !undetermined.isEmpty
                && !applying.contains(where: { $0.met })
            {
                reportMissingFacts(
                    undetermined.flatMap(\.needs), for: "材料\(Self.quoted(m.name))应提交哪一项", source: m.source ?? matter.source)
            }
            // Not met, but a file was sent for an alternative whose case the facts do not tell
            // (入学或入伍通知书, 升学或入伍的): whether the group is met hangs on them, so it is
            // not called missing (the facts are asked below), nor told which one "this case" needs.
            if !out[index].met && effectiveRequired == true
                && alternatives.contains(where: { conditional($0) && $0.own == nil && $0.met })
            {
                out[index].required = nil
            }
            // Not met, and which case applies is not known: ask for the facts that tell.
            if !out[index].met && effectiveRequired == true && applying.isEmpty {
                let needs = alternatives.flatMap(\.needs)
                if !needs.isEmpty {
                    reportMissingFacts(
                        needs, for: "材料\(Self.quoted(m.name))应提交哪一项", source: m.source ?? matter.source)
                }
            }
        case .all:
            // Each part is required on its own: a file under the group's number does not
            // stand for them (本人的身份证、结婚证 filed as one file under 1 lacks the 结婚证 as far
            // as anyone can tell). Where the guide's one item is one document that contains
            // others (④中考档案，包括录取通知书和中考成绩证明), the catalog keeps it one material.
            for p in m.parts {
                assess(
                    p, depth: depth + 1, parentRequired: effectiveRequired ?? false,
                    parentUndetermined: effectiveRequired == nil,
                    parentNotNeeded: !alternative && effectiveRequired == false, docs: docs, into: &out)
            }
            var children = out[(index + 1)...].filter { $0.depth == depth + 1 }
            if !accepted.isEmpty {
                filedUnderGroup(m, accepted, index: index, depth: depth, alternative: alternative, into: &out)
                children = out[(index + 1)...].filter { $0.depth == depth + 1 }
            }
            let allMet = children.allSatisfy { $0.met || $0.required != true }
            // An alternative of a one-of group is required of no one, nor are its parts; those it
            // needs by their own rule are what make it: 离婚证 and one of 协议书/判决书/调解书 in place
            // of the 结婚证 (生育 事项9 （三） 3), met by the 离婚证 alone before (round 35).
            let ownNeeds = alternative ? children.filter { $0.own == true } : []
            if !ownNeeds.isEmpty {
                out[index].met = ownNeeds.allSatisfy(\.met)
            } else if children.contains(where: { $0.required == true }) {
                // A file under the group's number stands for none of its parts (it may serve one,
                // above): the group is met when its parts are. It was "met" in the materials list
                // beside its parts' missing findings (round 35, tester b).
                out[index].met = allMet
            } else {
                out[index].met = out[index].met || (allMet && children.contains { $0.met })
            }
            // Defective only when no part is plainly missing (that is then the problem); for an alternative, no part its
            // own rule asks (a broken 离婚证 beside no 协议书 made 3.2 and 3 defective, "视为未提交" alone, and the 3.2.2 still
            // missing was not told: the session's review).
            out[index].defective =
                !out[index].met && (out[index].defective || children.contains { $0.defective })
                && !children.contains { $0.needed(inAlternative: alternative) == true && !$0.met && !$0.defective }
            // The parts are reported themselves; the group is not reported twice.
            out[index].reportable =
                !children.contains { $0.required == true } && !out[index].met
                && children.allSatisfy { $0.required != nil }
        }
    }

    /// A material nothing was filed for, whose need waits on an answer the applicant is asked for (`waitingOn`): said now,
    /// with its condition, so that the answer and the document come back together (一次性告知; round 53, testers e, f and
    /// i: 人力社保 20's 身份证 and 户口簿, needed in six of seven cases, SB-078's 起薪决定, 生育 7's 出生医学证明 were asked
    /// only by the next report). A warning: the answer asked for returns the application already.
    mutating func sayMayBeNeeded(
        _ m: Material, _ condition: Condition, waitingOn: String, detail: String, docs: [String: [DocumentEvidence]] = [:]
    ) {
        guard !applicantKindRefused else { return }
        // A group of documents names its parts, each filed under its own number: the applicant who filed one file under
        // the group's, as told, was returned again for its parts (round 55, tester s: 户籍 4's 7.1 and 7.2, 其他 8's 10.1-10.5).
        // Each part the facts do not rule out, a part whose own case is still open with its condition (the review of
        // round 55: 其他 8's 10.3 结婚证, asked by a declared 共同送养, was left out, and the next report asked it).
        var named: [String] = []
        // Parts filed already are said so, not asked again (round 58, tester d: 公积金 5's (6) named its (6.1) filed).
        var filed: [String] = []
        if m.need == .all {
            for p in m.parts {
                // A sound file of a type it takes: a broken one, or one of another type, is told by its own finding and the
                // part is still to file (the review of round 58 and round 59, tester i: "已交（6.1）" of a broken 6.1).
                let served = Material.first(in: [p]) { q in
                    docs[q.id]?.contains { $0.isSound && Self.fits($0, catalog.acceptedMedia(of: q)) } == true
                }
                if served != nil {
                    filed.append(Self.label(p))
                    continue
                }
                guard p.requirement == .conditional, let cond = p.condition else {
                    if p.requirement == .always { named.append(Self.label(p)) }
                    continue
                }
                switch conditions.evaluate(cond) {
                case .holds(true): named.append(Self.label(p))
                case .holds(false): continue
                default: named.append(Self.label(p) + "（\(cond.text.hasSuffix("的") ? cond.text : cond.text + "的")）")
                }
            }
        }
        let parts =
            !filed.isEmpty
            ? "；已交" + filed.joined(separator: "、") + (named.isEmpty ? "" : "，尚缺" + named.joined(separator: "、"))
            : named.count > 1 ? "，须分别提交" + named.joined(separator: "、") + "并按各自编号标注" : ""
        findings.append(
            Finding(
                .materialMissing, .warning,
                "缺少材料：\(Self.label(m))（提交条件：\(condition.text)；是否须提交视\(waitingOn)而定，须提交的请一并补交\(parts)）",
                material: m.id, source: m.source ?? matter.source, detail: "not filed; needed or not by \(detail)"))
    }

    /// Files filed under the number of a group of parts (the guide's item (4) naming
    /// several documents, which the catalog numbers 4.1, 4.2, …). Where the applicant's
    /// case needs exactly one part (申请人为不动产权利人的，提交不动产权属证书；申请人为利害关系人的，…), the
    /// item names that one document, and the files serve it; so they do where every needed
    /// part but one is filed under its own number (②身份证明，属于暂住人口的，还应该提交居住暂住证明: the
    /// 暂住证明 filed as 2.2, the file under 2 is the 身份证明), and where there is a file for
    /// each part still needed (the guide gives the parts no numbers of their own, so the
    /// producer can only file them under the group's). Otherwise they cannot be told
    /// apart: the parts still missing are reported, and each file is named, so the clerk
    /// does not tell the applicant that a document sent is missing, only that it must be
    /// filed under its part's number.
    ///
    /// An alternative of a one-of group is required of no one, nor are its parts: what it needs
    /// are the parts its own rule asks (生育 事项9 （三）'s 3.2, 离婚证 and one of 协议书/判决书/调解书,
    /// filed as one file under 3.2 was ignored without a word: round 35's review).
    mutating func filedUnderGroup(
        _ m: Material, _ files: [DocumentEvidence], index: Int, depth: Int, alternative: Bool = false,
        into out: inout [Assessment]
    ) {
        let children = out.indices.filter { $0 > index && out[$0].depth == depth + 1 }
        let need = children.map { out[$0].needed(inAlternative: alternative) }
        let needed = zip(children, need).filter { $0.1 == true }.map(\.0)
        let settled = need.allSatisfy { $0 != nil }
        let unmet = needed.filter { !out[$0].met }
        // A part one document serves: a document, or alternatives of which any one serves (1.1 车主《居民身份证》或
        // 《临时居民身份证》).
        let single = Set(unmet.filter { out[$0].material.parts.isEmpty || out[$0].material.need == .oneOf })
        // Files of a type the part itself accepts (the group accepts any of its parts' types: a second PDF under the
        // 汇总表's number is not its excel).
        var fitting: [Int: [DocumentEvidence]] = [:]
        for i in single {
            let media = catalog.acceptedMedia(of: out[i].material)
            fitting[i] = files.filter { Self.fits($0, media) }
        }
        /// The files taken for `part`, said so: the clerk checks that they are that document.
        func take(_ fit: [DocumentEvidence], as part: Int, _ how: String, detail: String) {
            serve(part, with: fit, into: &out)
            findings.append(
                Finding(
                    .manualCheck, alternative ? .warning : .info,
                    "文件 \(fit.map(\.path).joined(separator: "、")) 标注为材料\(Self.label(m))，已按\(how)\(Self.label(out[part].material))计；请窗口人员核对",
                    material: m.id, path: fit[0].path, source: m.source ?? matter.source, detail: detail))
        }
        if settled, unmet.count == 1, let only = unmet.first, let fit = fitting[only], !fit.isEmpty {
            // Counted, and said: the clerk checks that the file is that document (round 36, tester d: RS-005's 5 taken
            // as 5.1 without a word, while the manual says a file under a group's number stands for none of its parts).
            take(fit, as: only, "该项中尚缺的", detail: "filed under a group's number where this case needs one part")
            return
        }
        // A group named as one of its parts (人力社保 事项40's （1）本人身份证, whose parts are 1.1 本人身份证 and, where an agent
        // applies, 1.2 代办人身份证; SB-062's 持卡人有效身份证件): the files under its number are the part of that name, the
        // others still missing are told as missing (round 44, tester a: the report asked for （1.1）本人身份证 beside the
        // 本人身份证 filed under (1), and warned it could not tell which part the file was). One file only: several are
        // taken one per part below, or left to the clerk (a second file may be another part, the review).
        if settled, let named = unmet.first(where: { out[$0].material.name == m.name }), let fit = fitting[named],
            files.count == 1, fit.count == 1, unmet.count > 1
        {
            take(fit, as: named, "同名的", detail: "filed under a group's number named as one of its parts")
            return
        }
        // Several parts still needed, and a file under the group's number for each, of a type the part accepts (the
        // guide's ② names 继承人身份证明、职工死亡证明…: three files under 2): each file is taken for one part, the
        // parts that accept the fewest of them first. One file never stands for two documents. Which file is which
        // part is the count's guess (two files may be two pages of one document): the clerk is told to check it.
        if settled, unmet.count > 1, files.count >= unmet.count, single.count == unmet.count {
            var pool = files
            var assigned: [(Int, DocumentEvidence)] = []
            for i in unmet.sorted(by: { fitting[$0, default: []].count < fitting[$1, default: []].count }) {
                let fit = Set(fitting[i, default: []].map(\.path))
                guard let k = pool.firstIndex(where: { fit.contains($0.path) }) else { break }
                assigned.append((i, pool.remove(at: k)))
            }
            if assigned.count == unmet.count {
                for (n, (i, file)) in assigned.enumerated() {
                    // Files left over (pages of one document) go with the last part.
                    serve(i, with: [file] + (n == assigned.count - 1 ? pool : []), into: &out)
                }
                let taken = assigned.sorted { $0.1.path < $1.1.path }.map { "\($0.1.path) 作\(Self.label(out[$0.0].material))" }
                // A warning for an alternative: two files under 3.2 may be the two pages of one 离婚证, and the
                // alternative then stands in for a required material (the session's review).
                findings.append(
                    Finding(
                        .manualCheck, alternative ? .warning : .info,
                        "材料\(Self.label(m))的各项均标注为（\(m.id)），已按每个文件一项计：\(taken.joined(separator: "；"))；请窗口人员核对",
                        material: m.id, source: m.source ?? matter.source,
                        detail: "files under a group's number taken one per part"))
                checkIdenticalParts(assigned.map { (Self.label(out[$0.0].material), $0.1) })
                return
            }
        }
        // Fewer files than parts, or parts of several documents: a file whose type only one
        // part still needed accepts is that part (the 汇总表's pdf filed under 1 is its pdf
        // 版 1.1; the excel 1.2 is then missing, not both: round 21, tester 1). A file that
        // fits two parts or none stays the clerk's to tell, below.
        var files = files
        if settled {
            let told = files.map { file in single.filter { fitting[$0, default: []].contains { $0.path == file.path } } }
            for (file, parts) in zip(files, told) where parts.count == 1 {
                if let part = parts.first { serve(part, with: [file], into: &out) }
            }
            files = zip(files, told).filter { $0.1.count != 1 }.map(\.0)
            if files.isEmpty { return }
        }
        let missing = needed.filter { !out[$0].met }.map { Self.label(out[$0].material) }
        guard !missing.isEmpty || !settled else { return }
        // The parts this case needs, where that is known (round 36, tester d: RS-015's 2 listed all eleven 人员类别 before
        // saying which two were missing).
        let parts = (settled && !needed.isEmpty ? needed : children).map { Self.label(out[$0].material) }.joined(separator: "、")
        // Not material-unknown: the matter has the material (the contract: "a document names
        // a material the matter does not have"), and the file is wanted, under its part's
        // number: the clerk checks which part it is (round 21).
        for file in files {
            findings.append(
                Finding(
                    .manualCheck, .warning,
                    "文件 \(file.path) 标注为材料\(Self.label(m))，\(settled && !needed.isEmpty ? "本情形该项须提交" : "该项包括")\(parts)，须分别提交并按各自的编号标注；"
                        // The parts still missing are each told as missing (一次性告知 once: round 42, tester e read them twice).
                        + (missing.isEmpty ? "请核对该文件是哪一项" : "请核对该文件是哪一项，其余各项见所列缺少材料"),
                    material: m.id, path: file.path, source: m.source ?? matter.source,
                    detail: "filed under a group's number; its parts are filed under their own"))
        }
    }

    /// Whether the file's bytes are of one of `media` (any type, where the list is empty).
    static func fits(_ d: DocumentEvidence, _ media: [String]) -> Bool {
        let type = d.detectedType ?? "application/octet-stream"
        return media.isEmpty || media.contains { MediaSniffer.compatible(claimed: $0, detected: type) }
    }

    /// Whether a file was filed for the material or one of its parts.
    static func anyFiled(_ m: Material, _ docs: [String: [DocumentEvidence]]) -> Bool {
        Material.first(in: [m], where: { !(docs[$0.id] ?? []).isEmpty }) != nil
    }

    /// A file of another type, or of the type asked, that also breaks the material's specification, told with its other
    /// defect (一次性告知): what converting keeps where it must be converted (`shownOnly`), all of it where not.
    mutating func alsoBreaksSpec(_ d: DocumentEvidence, of m: Material, shownOnly: Bool) {
        guard let spec = m.spec, let (why, detail) = Self.breaks(spec, d, shownOnly: shownOnly) else { return }
        findings.append(
            Finding(
                .documentSpec, .error, "文件 \(d.path) 亦不符合材料\(Self.quoted(m.name))的规格要求（\(spec.text)）：\(why)",
                material: m.id, path: d.path, source: m.source ?? matter.source, detail: detail))
    }

    /// A part of a group met by files filed under the group's number.
    private func serve(_ i: Int, with files: [DocumentEvidence], into out: inout [Assessment]) {
        out[i].met = true
        out[i].defective = false
        out[i].documents += files.map(\.path)
    }

    /// Sound documents of a type the material accepts; a sound document of another type
    /// gives a document-type finding, one outside the material's specification a
    /// document-spec finding (`rejected` counts those two).
    mutating func acceptedDocuments(_ docs: [DocumentEvidence], for m: Material) -> (
        accepted: [DocumentEvidence], rejected: Int
    ) {
        let media = catalog.acceptedMedia(of: m)
        var out: [DocumentEvidence] = []
        var rejected = 0
        // A file whose declared type is wrong and whose real type the material does not take either: both said at once
        // (round 53, tester i: a Word file declared as a JPEG was told only the mismatch; the declaration corrected, it
        // came back for its format).
        // So is one whose recorded digest or size is wrong (round 54, tester l: GQ's PDF-only 证书 as a JPEG told only the
        // checksum; corrected, it came back for its format).
        // And what else the file shows to be wrong, told with its type or its record (round 58, tester d: a PNG photo
        // declared as a JPEG was told only the mismatch; declared as a PNG, also its pixels and background).
        for d in docs
        where d.present && !d.isSound && d.defects.allSatisfy({ $0 == .documentType || $0 == .documentChecksum })
            && d.sha256 != nil
        {
            let fits = Self.fits(d, media)
            if !fits {
                let type = d.detectedType ?? "application/octet-stream"
                findings.append(
                    Finding(
                        .documentType, .error,
                        "材料\(Self.quoted(m.name))只接受 \(Self.plainNames(media))，文件 \(d.path) 实际为 \(MediaSniffer.plainName(type))，"
                            + (d.defects.contains(.documentType) ? "更正声明的类型亦不能提交；" : "更正清单记载亦不能提交；")
                            + "请按接受的格式重新提交",
                        material: m.id, path: d.path, source: catalog.statesMedia(of: m) ? m.source ?? matter.source : nil,
                        detail:
                            "the real type is not accepted for this material either: \(type); accepted \(media.joined(separator: " "))"
                    ))
            }
            alsoBreaksSpec(d, of: m, shownOnly: !fits)
        }
        for d in docs where d.isSound {
            let type = d.detectedType ?? "application/octet-stream"
            if Self.fits(d, media) {
                if let spec = m.spec, let (why, detail) = Self.breaks(spec, d) {
                    findings.append(
                        Finding(
                            .documentSpec, .error, "文件 \(d.path) 不符合材料\(Self.quoted(m.name))的规格要求（\(spec.text)）：\(why)",
                            material: m.id, path: d.path, source: m.source ?? matter.source, detail: detail))
                    rejected += 1
                } else {
                    // What the file could not show of its specification, the clerk's to look at: its colours, its pages.
                    if let spec = m.spec {
                        let unjudged = [
                            Self.colourUnjudged(spec, d),
                            Self.pagesUnjudged(spec, d).map {
                                ($0, "pages not counted in a file of type \(d.detectedType ?? "unknown")")
                            },
                        ]
                        for (ask, why) in unjudged.compactMap({ $0 }) {
                            findings.append(
                                Finding(
                                    .manualCheck, .info, "请窗口人员核验文件 \(d.path) 的\(ask)（\(spec.text)）",
                                    material: m.id, path: d.path, source: m.source ?? matter.source, detail: why))
                        }
                    }
                    out.append(d)
                }
            } else {
                // Where the guide names no format, the list is the centre's (the pipeline's default set), cited as the
                // contract's document type rule, not as the guide's line (round 52, tester b: SB-084's .docx cited
                // 004 line 1616, which says nothing of formats).
                let stated = catalog.statesMedia(of: m)
                findings.append(
                    Finding(
                        .documentType, .error,
                        "材料\(Self.quoted(m.name))只接受 \(Self.plainNames(media))"
                            + (stated ? "" : "（指南未规定文件格式，按本中心受理的文件格式）")
                            + "，文件 \(d.path) 为 \(MediaSniffer.plainName(type))",
                        material: m.id, path: d.path, source: stated ? m.source ?? matter.source : nil,
                        detail: "type not accepted for this material: \(type); accepted \(media.joined(separator: " "))"
                            + (stated ? "" : " (the pipeline's default set: the guide names no format)")))
                // What else the file shows to be wrong, told with it (一次性告知): a PNG photo
                // converted to JPEG would otherwise come back for its size or pixels.
                alsoBreaksSpec(d, of: m, shownOnly: true)
                rejected += 1
            }
        }
        // Several files for one material are the pages of one scan (the contract): a page limit
        // holds for them together (退休 事项3's 复印件…复印在一张A4纸 sent as two one-page files was
        // accepted: round 35, tester f). Each file counts its pages, an image one.
        if let spec = m.spec, let max = spec.maxPages, out.count > 1 {
            let total = out.reduce(0) { $0 + ($1.pages ?? 1) }
            if total > max {
                let files = out.map(\.path).joined(separator: "、")
                findings.append(
                    Finding(
                        .documentSpec, .error,
                        "文件 \(files) 为材料\(Self.quoted(m.name))的 \(out.count) 个文件，合计 \(total) 页，多于 \(max) 页（\(spec.text)）",
                        material: m.id, path: out.last?.path, source: m.source ?? matter.source,
                        detail: "page count over the material's files together"))
                return ([], rejected + out.count)
            }
        }
        return (out, rejected)
    }

    /// Why a missing material is needed, in the guide's words. Where those words are an
    /// exemption (年满60周岁男职工和年满55周岁女职工可不提供; …报名前转入不提供; …的除外), they are no reason by
    /// themselves: the message says the applicant does not meet it. Words the material's
    /// name already carries (证实…的材料，但不动产登记机构书面通知…的除外) are not said twice: an
    /// exemption is then only said not to be met, a case not at all (nil).
    ///
    /// The applicant reads it first (round 32, tester j: "（…首次提取除外〔注：…〕；申请人不符合免交条件）" told the
    /// citizen when the material is not needed, then the catalog's gloss): that it is needed is
    /// said first, then the words it rests on; a gloss 〔注：…〕 (the catalog's words, kept as such in the
    /// rules table for the auditor) is read as a clause of the sentence.
    ///
    /// `declared` false: the exemption rests on a fact the applicant may declare and did not
    /// (残疾证，可联网协查的除外, with nothing said of 联网协查): the applicant is told that no
    /// exemption was declared, not that they are outside it (round 41, tester y).
    static func why(_ text: String, name: String = "", declared: Bool = true) -> String? {
        // 不提供 and 不提交 cover 可不提供, 可以不提交 and the like.
        let exemption = [
            "不提供", "不提交", "无需提供", "无须提供", "不需提供", "不需要提供", "无需提交", "无须提交", "免予", "免交", "除外",
        ]
        let said = !text.isEmpty && name.contains(text)
        let plain = plainGloss(text)
        // An exemption in the guide's words, not in a gloss on a case that requires the material (车管 15's 居住暂住证明
        // "属于暂住人口的〔注：…所有人为单位的无需提供〕", 其他 16's 委托书 "申请人不能办理时使用〔注：…的除外〕": round 47, tester
        // e: "申请人不属于可免交的情形，须提交" read as if an exemption had failed).
        let words = withGlosses(text, kept: false)
        let guide = words.allSatisfy(\.isWhitespace) ? text : words
        guard exemption.contains(where: guide.contains) else { return said ? nil : plain }
        let exempt = declared ? "申请人不属于可免交的情形，须提交" : "未申报属于可免交的情形，须提交"
        return said ? exempt : "\(exempt)；依据：\(plain)"
    }

    /// `text` with each gloss 〔注：…〕 written as a clause of its own (…；…).
    static func plainGloss(_ text: String) -> String { withGlosses(text, kept: true) }

    /// `text` with its glosses 〔注：…〕 as clauses (`kept`) or left out.
    private static func withGlosses(_ text: String, kept: Bool) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstRange(of: "〔注："), let close = rest[open.upperBound...].firstRange(of: "〕") {
            out += rest[..<open.lowerBound]
            let gloss = rest[open.upperBound..<close.lowerBound]
            // Said as a note apart from the guide's words (rounds 42 and 43, testers a and f: "依据：属于暂住人口的；机动车所有人为
            // 个人的；…" read the catalog's gloss as the guide's conditions).
            if kept && !gloss.isEmpty { out += out.isEmpty ? gloss : "（注：\(gloss)）" }
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    /// The guide's words of `text`, its glosses 〔注：…〕 (the catalog's reading, for the clerk and the auditor) left out: what a
    /// question to the applicant quotes as its basis (round 36, tester a: "〔注：按公民身份号码的性别和出生日期：…其余按申请人所报〕"
    /// read out as the basis of a question). A text that is all gloss is said plainly.
    static func guideWords(_ text: String) -> String {
        let words = withGlosses(text, kept: false)
        return words.allSatisfy(\.isWhitespace) ? plainGloss(text) : words
    }

    /// The requirement text of a material needed in every case.
    static let alwaysRequired = MaterialStatus.alwaysRequired

    /// A material's name in quotation marks, once: a name that is itself the guide's quotation (生育 事项6's
    /// “新生儿首针乙肝疫苗和卡介苗接种登记单”) is not quoted again (round 45, tester e: ““…””).
    static func quoted(_ name: String) -> String {
        // One quotation only: “A”和“B” is quoted whole (the review).
        name.hasPrefix("“") && name.hasSuffix("”") && name.count > 1 && !name.dropLast().contains("”") ? name : "“\(name)”"
    }

    /// "(3) 身份证" style label.
    static func label(_ m: Material) -> String { "（\(m.id)）\(m.name)" }

    /// The matter's deferral (容缺) of one of `ids` in this scenario, if any.
    func deferral(naming ids: [String]) -> Deferral? {
        matter.deferrals.first { ids.contains($0.material) && ($0.scenario ?? "").isEmptyOrEqual(scenario.id) }
    }

    /// What to bring: original / copy and number of copies.
    /// The formats of a material's accepted media types as an applicant names them ("PDF",
    /// "JPEG 或 PNG", "Excel"); nil for none given (the pipeline's default set) or for a list
    /// too wide to be a requirement worth saying (more than three formats).
    /// Media types as a citizen names them, each name once (JPEG 图片、PNG 图片).
    static func plainNames(_ media: [String]) -> String {
        var names: [String] = []
        for name in media.map(MediaSniffer.plainName) where !names.contains(name) { names.append(name) }
        return names.joined(separator: "、")
    }

    static func formatNames(_ media: [String]) -> String? {
        var names: [String] = []
        for type in media {
            let name: String
            switch type {
            case "application/pdf": name = "PDF"
            case "image/jpeg": name = "JPEG"
            case "image/png": name = "PNG"
            case "image/tiff": name = "TIFF"
            case "application/ofd": name = "OFD"
            case "application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet":
                name = "Excel"
            case "text/csv": name = "CSV"
            case "text/plain": name = "纯文本"
            default: name = type.hasPrefix("video/") ? "视频" : type
            }
            if !names.contains(name) { names.append(name) }
        }
        guard !names.isEmpty, names.count <= 3 else { return nil }
        return names.joined(separator: " 或 ")
    }

    /// What to bring of `m` besides its name: original or copy, count, format, which
    /// alternatives. A group's 原件 is not passed to its parts: it often covers only some of
    /// them (BS-RS-045 (2): the 决定书…原件及复印件, then the 门诊收据; the review of round 38).
    static func bring(_ m: Material, alternatives: [Material]? = nil) -> String {
        var parts: [String] = []
        // Not said twice where the guide's name says the same already (身份证原件; 法定代表人
        // 《居民身份证》复印件); said where the name speaks of one document only (火化收据原件；户口簿…).
        let (original, copy) = (m.name.contains("原件"), m.name.contains("复印件"))
        switch m.original {
        case .original? where !original: parts.append("原件")
        case .copy? where !copy: parts.append("复印件")
        case .originalAndCopy? where !(original && copy): parts.append("原件及复印件")
        default: break
        }
        if let c = m.copies, c > 1 || m.copiesNote != nil, let text = m.copiesText { parts.append(text) }
        // The file's format where the guide asks one (汇总表 pdf 版, 证书 pdf 格式): the applicant
        // learnt it only from a second return, after filing a JPEG (round 38, tester h).
        if let formats = formatNames(m.media) { parts.append("须为 \(formats) 文件") }
        let choices = alternatives ?? m.parts
        if m.need == .oneOf && choices.count == 1 {
            parts.append("本情形应提交：" + choices[0].name)
        } else if m.need == .oneOf && !choices.isEmpty {
            // A group named by its alternatives (身份证原件或社会保障卡) does not list them twice: named by exactly
            // those that serve in this case (《录用备案和就业登记表》或大中专毕业生工作介绍信, the returnee's letter not
            // applying), it says so.
            // A choice that is itself several documents is named by them, all to be filed (RS-039 8.2: "离婚证、
            // 离婚协议或《离婚民事判决书》" read as three choices; the 离婚证 alone was returned a second time, round
            // 39, tester q); a part of it that is a choice of its own is named as one (生育 9 （三） 3.2: "离婚证和协议书、
            // 法院判决书、调解书其中之一（均须提交）"; the reviews: "…和协议书或法院判决书或调解书（均须提交）" read as all three, and
            // "任选其一" over the group's name let a 离婚证 alone pass).
            let others = m.parts.filter { p in !choices.contains { $0.id == p.id } }
            func partName(_ p: Material) -> String? {
                if p.parts.isEmpty { return p.name }
                guard p.need == .oneOf, p.parts.allSatisfy(\.parts.isEmpty) else { return nil }
                return p.parts.map(\.name).joined(separator: "、") + "其中之一"
            }
            let together = { (c: Material) -> [String]? in
                let own = c.parts.filter { $0.requirement != .optional }
                guard c.need == .all, own.count >= 2 else { return nil }
                let names = own.compactMap(partName)
                return names.count == own.count ? names : nil
            }
            let named = choices.map { c in together(c).map { $0.joined(separator: "和") + "（均须提交）" } ?? c.name }
            parts.append(
                choices.allSatisfy { m.name.contains($0.name) && together($0) == nil }
                    && !others.contains { m.name.contains($0.name) }
                    ? "任选其一" : "以下任选其一：" + named.joined(separator: "或"))
        } else if m.need == .all && !m.parts.isEmpty && m.parts.allSatisfy({ $0.requirement == .optional }) {
            // A selection (选择手续): any one of its parts serves; the clerk names them all.
            parts.append("至少提交下列一项：" + m.parts.map { "（\($0.id)）\($0.name)" }.joined(separator: "；"))
        }
        return parts.isEmpty ? "" : "，" + parts.joined(separator: "，")
    }
}

extension Scenario {
    /// The materials the guide makes optional (其他 1's "一般不需要提供材料"), with their parts: a file's defect under one is
    /// told, not a reason to return.
    var optionalIDs: Set<String> {
        Set(materials.flatMap(\.flattened).filter { $0.requirement == .optional }.flatMap(\.flattened).map(\.id))
    }
}
