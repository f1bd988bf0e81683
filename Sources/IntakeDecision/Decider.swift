public import IntakeCatalog
public import IntakeEvidence
import IntakeManifest
import IntakeModel
public import IntakeXML

/// Decides one application: a pure function of the inspection (manifest and evidence),
/// the manifest's XML (for XPath conditions), the catalog's matter and the working-day
/// calendar. No I/O, no clock; findings come out in a stable order.
public struct Decider: Sendable {
    public let catalog: Catalog

    public init(catalog: Catalog) { self.catalog = catalog }

    /// The note the importer gives an information-only matter that is part of another: "包含于事项：CODE NAME".
    static let withinNote = "包含于事项："

    /// The decision. `document` is the parsed manifest (nil when there is none); the facts
    /// derived from the resident id are set in it, for the conditions to read.
    public func decide(_ inspection: Inspection, document: XMLDocument?) -> Decision {
        var d = judge(inspection, document: document)
        d.findings = d.findings.map(SpecCitations.cite)
        return d
    }

    func judge(_ inspection: Inspection, document: XMLDocument?) -> Decision {
        var d = Decision(
            verdict: .invalid, findings: inspection.findings, deferred: [], matter: nil, scenario: nil,
            materials: [], rules: [], decisionDue: nil)
        // The container and the manifest: nothing to judge without them.
        guard let manifest = inspection.manifest, let document,
            !inspection.findings.contains(where: { VerdictLadder.unjudgeable.contains($0.code) && $0.severity == .error })
        else {
            // Name the matter in the report even when the bundle cannot be judged.
            if let m = inspection.manifest, let date = CalendarDate(m.submittedDate) {
                d.matter = catalog.matter(m.matterCode, on: date)
            }
            return d
        }

        guard let submitted = CalendarDate(manifest.submittedDate) else {
            d.findings.append(Finding(.manifestInvalid, .error, "申请时间无效：\(manifest.submitted)", detail: "not a date"))
            return d
        }
        // The matter in force on the submitted date, and the scenario. A matter with an
        // application window, applied for when no version is in force (before the first,
        // between two, after the last) and outside the window of the round to come (or of
        // the last), is that matter applied for outside its window (refused), not an
        // unknown matter.
        guard
            let matter = catalog.matter(manifest.matterCode, on: submitted)
                ?? Self.outsideItsWindow(catalog.versions(of: manifest.matterCode), on: submitted)
        else {
            let versions = catalog.versions(of: manifest.matterCode)
            let inForce = versions.map { "\($0.effectiveFrom)–\($0.effectiveUntil.map(\.description) ?? "")" }
            // The dates are the catalog's, from the guide it copies (the handbook 000 states none: round 60, tester e): said
            // as the period the rules apply to, not as the matter's being in force, and as the catalog's choice, not the
            // guide's words (round 62, testers a and f: 000 and 004 state no date; 2022 and 2009 are the catalog's).
            let periods = versions.map { v in
                v.effectiveUntil.map { "\(v.effectiveFrom) 至 \($0)" } ?? "\(v.effectiveFrom) 起"
            }
            let (message, detail) =
                versions.isEmpty
                ? ("目录中没有事项 \(manifest.matterCode)", "no such matter in the catalog")
                : (
                    "事项 \(manifest.matterCode) 在申请日期 \(submitted) 没有适用的审核规则（本目录用其所依据的办事指南审核"
                        + periods.joined(separator: "、") + "的申请），请核对申请日期，或由窗口人员按当时的规定审核",
                    "not in force on the submitted date; in force: \(inForce.joined(separator: ", "))"
                )
            d.findings.append(Finding(.matterUnknown, .error, message, detail: detail))
            return d
        }
        d.matter = matter
        if matter.kind == .informationOnly || matter.scenarios.isEmpty {
            // What the guide answers, where the catalog has it (指南：全部由个人网上办理（教育部留学服务中心）。),
            // so that the applicant is told where to go, not only that nothing is submitted here.
            let answer = matter.notes.first { $0.hasPrefix("指南：") }.map { "；\($0)" } ?? ""
            // Where the guide says the matter is part of another (城镇“三无”人员供养申办包含于特困人员供养申办), that matter is
            // named by its code, the one to file (round 36, tester c: the sentence was quoted, the code never given).
            // The importer names it ("包含于事项：BS-QT-027 特困人员供养申办"): `intake check` loads only the matter asked, and
            // the report must not depend on how much of the catalog was loaded (round 50, tester a).
            let within = matter.notes.first { $0.hasPrefix(Self.withinNote) }.map { String($0.dropFirst(Self.withinNote.count)) }
            d.findings.append(
                Finding(
                    .matterUnknown, .error,
                    "事项 \(matter.code) \(matter.name) 为咨询类事项，不在本渠道受理，无需向本渠道提交材料\(answer)"
                        + (within.map { "请按事项 \($0) 申请" } ?? ""),
                    source: matter.source, detail: Finding.informationOnlyDetail))
            return d
        }
        let scenario: Scenario
        if let s = matter.scenario(manifest.scenario) {
            scenario = s
        } else if manifest.scenario.isEmpty && matter.scenarios.count == 1 {
            scenario = matter.scenarios[0]
        } else {
            let known = matter.scenarios.map { "\($0.id)（\($0.name)）" }.joined(separator: "、")
            // A matter of one unnamed scenario has no ids to choose from: the manifest's
            // scenario is to be left empty.
            let single = matter.scenarios.count == 1 && matter.scenarios[0].id.isEmpty
            d.findings.append(
                Finding(
                    .matterUnknown, .error,
                    manifest.scenario.isEmpty
                        ? "事项 \(matter.code) 有多个申请情形，须在清单中注明：\(known)"
                        : single
                            ? "事项 \(matter.code) 不分申请情形，清单中的申请情形“\(manifest.scenario)”应留空"
                            : "事项 \(matter.code) 没有申请情形 \(manifest.scenario)，可选：\(known)",
                    source: matter.source,
                    detail: manifest.scenario.isEmpty ? "the matter has several scenarios; name one" : "no such scenario"))
            return d
        }
        d.scenario = scenario

        // A declared value of its type is read by the rules as that type's value, as the
        // type check read it: blanks around it dropped, a number's plus sign dropped
        // (XPath's number() takes "+13" for NaN, which no limit would catch; "true" followed
        // by an em space or a zero-width space passed the check and met no rule: round 21,
        // tester 3, SB-017 and RS-009 accepted where the forbidden case applies).
        var declared = manifest
        // A clerk's fact (经办人员…后填写) with a value that is none of its type: the clerk's check is still to do, as when
        // it is not declared; the applicant is not told to correct what the clerk fills (round 57, tester d: RS-024, RS-005
        // returned for it, accepted with a clerk's check when it was left out).
        for f in manifest.applicant.facts {
            guard let def = catalog.fact(f.name, of: matter), def.byClerk, !def.accepts(f.value, submitted: submitted) else {
                continue
            }
            declared.applicant.facts.removeAll { $0.name == f.name }
            document.removeKeyedChildren(
                namespace: ManifestParser.namespace, parent: "applicant", element: "fact", key: "name", value: f.name)
            d.findings.append(
                Finding(
                    .factInvalid, .warning,
                    "申请信息“\(def.label)”的值“\(f.value.clippedForMessage)”无效，未采用；该项由经办人员填写，请窗口人员按指南核实",
                    fact: f.name, source: nil, detail: "clerk's fact \(f.name) is not of its type; left to the clerk's check"))
        }
        for (i, f) in declared.applicant.facts.enumerated() {
            guard let def = catalog.fact(f.name, of: matter), let value = def.canonical(f.value), value != f.value else {
                continue
            }
            declared.applicant.facts[i].value = value
            document.setKeyedChild(
                namespace: ManifestParser.namespace, parent: "applicant", element: "fact", key: "name", value: f.name,
                text: value)
        }
        // The facts the rules read: declared ones and those derived from the resident id.
        // They are set in the parsed manifest in place (`document` is this decision's own).
        let derived = DerivedFacts(declared, on: submitted, source: matter.source)
        if derived.changed {
            for name in DerivedFact.all.sorted() {
                guard let value = derived.manifest.applicant.fact(name) else { continue }
                document.setKeyedChild(
                    namespace: ManifestParser.namespace, parent: "applicant", element: "fact", key: "name", value: name,
                    text: value)
            }
        }
        if derived.agentIsApplicant { document.removeRootChildren(namespace: ManifestParser.namespace, element: "agent") }
        var judge = Judgement(
            catalog: catalog, matter: matter, scenario: scenario, manifest: derived.manifest, inspection: inspection,
            submitted: submitted,
            conditions: ConditionEvaluator(
                manifest: derived.manifest, document: document,
                calendar: catalog.calendar.xpathCalendar,
                fact: { [catalog] in catalog.fact($0, of: matter) }), agentInDoubt: derived.agentInDoubt,
            applicantIdInDoubt: derived.applicantIdInDoubt)
        // A file's defect is weighed by the materials' judgement (the only file of a deferrable material is covered by
        // the commitment letter); any other error stands before the rules.
        judge.errorsBefore = (d.findings + derived.findings).contains {
            $0.severity == .error && !(Self.fileFindings.contains($0.code) && $0.material != nil)
        }
        judge.run()
        var fromID = derived.findings
        var judged = judge.findings
        // A resident id that is no valid number: the birth date, sex and age it would give are not asked one by one (three
        // questions of one number, round 49, tester b); its finding says what they are for.
        if declared.applicant.idType == "resident-id",
            let i = fromID.firstIndex(where: { $0.code == .factInvalid && $0.fact == "applicant/id" })
        {
            let asked = judged.filter { $0.code == .factMissing && $0.fact.map(DerivedFact.all.contains) == true }
            var rules: [String] = []
            for name in asked.compactMap(\.fact) {
                for rule in judge.missingFactUses[name]?.rules ?? [] where !rules.contains(rule) { rules.append(rule) }
            }
            if !rules.isEmpty {
                fromID[i].message += "；出生日期、性别和年龄由该号码得出，" + Judgement.uses(rules)
                judged.removeAll { $0.code == .factMissing && $0.fact.map(DerivedFact.all.contains) == true }
            }
        }
        d.findings += fromID
        d.findings += judged
        d.deferred = judge.deferred
        d.materials = judge.materials
        d.rules = judge.rules

        // A file's defect under a material this case does not need, or one the guide makes optional (其他 1's "一般不需要
        // 提供材料"), is no reason to return the application: told, as the file not counted (round 53, tester e: both
        // were returned "请重新提交该文件").
        let notNeeded = Set(d.materials.filter { $0.state == .notRequired }.map(\.id))
        // Its parts too (退休 5's optional 2.8, 2.8.1 broken: the review of round 53).
        let optional = scenario.optionalIDs
        // The only files of a material deferred against the commitment letter: the material is owed by its due date, the
        // broken file is not a reason to return the application (round 55).
        let deferredMaterials = Set(d.materials.filter { $0.state == .deferred }.map(\.id))
        let state = Dictionary(d.materials.map { ($0.id, $0.state) }, uniquingKeysWith: { a, _ in a })
        // An alternative of a one-of group that another alternative meets (社会保障卡或银行卡: the card sound, the bank
        // card's scan broken): nothing is to be filed again (round 56, tester w: RS-009, SB-064 returned "请重新提交该文件").
        // Met by another alternative's own files, not by a file under the group's number (the clerk's to tell which it is),
        // and the broken file's alternative settled (an alternative that replaces the others in its case, the case not yet
        // known, may be the one that serves: the review of round 56).
        let groups = scenario.materials.flatMap(\.flattened).filter { $0.need == .oneOf }
        func metByAnother(_ m: String) -> String? {
            guard state[m] != .met else { return nil }
            for group in groups {
                guard let mine = group.parts.first(where: { Self.ancestors(m).contains($0.id) }),
                    state[mine.id] != .undetermined,
                    group.parts.contains(where: { $0.id != mine.id && state[$0.id] == .met })
                else { continue }
                return group.id
            }
            return nil
        }
        // Filed under a number no scenario of the matter has, in an application complete without it: nothing to mend. A
        // number another scenario has, or beside a material missing, may be the applicant's mislabel of a needed document:
        // its defect stands (the review of round 56).
        let complete = !d.materials.contains { [.missing, .defective, .undetermined].contains($0.state) }
        func unknownEverywhere(_ m: String) -> Bool {
            m != "commitment" && scenario.material(m) == nil && matter.scenarios.allSatisfy { $0.material(m) == nil } && complete
        }
        d.findings = d.findings.map { f in
            guard f.severity == .error, Self.fileFindings.contains(f.code), let filed = f.material else { return f }
            // The letter filed as `commitment` is the scenario's own numbered letter (RS-005's (2)): not needed where nothing
            // is deferred, its broken file told as such (the review of round 56: returned, though the same file under 2 was not).
            let m = filed == "commitment" ? scenario.commitmentLetter?.id ?? filed : filed
            var g = f
            if m == "commitment" && scenario.commitmentLetter == nil {
                // A deferral letter where nothing of the scenario can be deferred: its own finding says it is not needed,
                // its defect is no reason to return (round 56, tester x: RS-009 and SB-049 returned for a broken letter).
                g.message += "（本情形没有可容缺受理的材料，此文件未作为审核依据）"
            } else if notNeeded.contains(m) || optional.contains(m) {
                g.message += notNeeded.contains(m) ? "（该材料本情形无需提交，此文件未作为审核依据）" : "（该材料为可选材料，此文件未作为审核依据）"
            } else if unknownEverywhere(m) {
                // Filed under a number this case does not have: its material-unknown says it does not count; its defect
                // is no reason to return (round 56, tester w: a complete RS-009 returned for it, nothing to mend).
                g.message += "（该文件所标注的材料编号不是本情形所需材料，此文件未作为审核依据）"
            } else if let group = metByAnother(m) {
                g.message += "（材料（\(group)）已由其他文件满足，此文件未作为审核依据）"
            } else if let id = Self.ancestors(m).first(where: deferredMaterials.contains) {
                g.message += "（此文件未作为审核依据，材料（\(id)）按容缺受理，请于补交期限内提交有效文件）"
            } else {
                return f
            }
            g.severity = .warning
            return g
        }
        // A value no rule's answer turns on (``Judgement/decidesNothing(_:)``).
        d.findings = d.findings.map { f in
            guard judge.decidesNothing(f) else { return f }
            var g = f
            g.severity = .warning
            g.message += "（本申请的审核不取决于该项，此值未采用；如有需要请更正）"
            return g
        }
        d.verdict = VerdictLadder.verdict(findings: d.findings, deferred: !d.deferred.isEmpty)
        if d.verdict == .returned && !d.deferred.isEmpty { Self.deferOnAcceptance(&d) }
        if d.verdict == .refused { d.findings = Self.forTheRecord(d.findings) }
        let groupsOfParts = Set(
            scenario.materials.flatMap(\.flattened).filter { $0.need == .all && !$0.parts.isEmpty }.map(\.id))
        d.findings = Self.namingDefectiveMaterials(
            d.findings, materials: d.materials, refused: d.verdict == .refused, groupsOfParts: groupsOfParts)
        if d.verdict.isAcceptance, let paper = Self.paperChecks(d.materials, in: scenario) {
            d.findings.append(paper)
        }
        // 办结期限 runs from acceptance: none for an application that is not accepted. The
        // guide may give each channel its own (round 22, tester 1: SB-064 at the window is
        // 即时办结, online 15 working days): the manifest's channel chooses.
        d.timeLimit = Self.timeLimit(of: matter, channel: manifest.channel, conditions: judge.conditions)
        if d.verdict.isAcceptance, let limit = d.timeLimit {
            if let due = Self.due(limit, from: submitted, calendar: catalog.calendar) {
                d.decisionDue = due.date
                d.rules.append(
                    AppliedRule(
                        kind: .timeLimit, subject: limit.channel ?? "all-channels", text: limit.text,
                        outcome: Self.dueOutcome(due), source: limit.source ?? matter.source))
            } else {
                // No period to count from the guide's words: the rule is in the trail all the same, with the words the
                // reports quote, so that an auditor sees which limit binds the office (round 36, tester d).
                d.rules.append(
                    AppliedRule(
                        kind: .timeLimit, subject: limit.channel ?? "all-channels",
                        text: limit.source == nil ? AppliedRule.timeLimitNotGiven : limit.text, outcome: .noDate,
                        source: limit.source ?? Self.itemWithoutWords(matter.source)))
            }
            // A case with a limit of its own whose facts the application does not give: the limit served is the general
            // one (with a date or not: BS-RS-031's general limit has none), and the clerk is told which case would change
            // it. Only the cases before the one served: the first whose condition holds serves, so a case after it would
            // not change the limit whatever its facts (round 35's review: the clerk was told of those too).
            let earlier =
                matter.caseTimeLimits.firstIndex(of: limit).map { matter.caseTimeLimits[..<$0] } ?? matter.caseTimeLimits[...]
            for other in earlier {
                guard let condition = other.condition, case .needsFacts(let names) = judge.conditions.evaluate(condition)
                else { continue }
                d.findings.append(
                    Finding(
                        .manualCheck, .info,
                        "办结期限按“\(limit.text)”计；指南另有“\(other.text)”的情形，申请信息未说明（"
                            + names.map { catalog.fact($0, of: matter)?.label ?? $0 }.joined(separator: "、")
                            + "），请窗口人员核实适用的办结期限",
                        source: other.source ?? matter.source,
                        detail: "case time limit undetermined: \(names.joined(separator: ", "))"))
            }
        }
        if d.verdict.isAcceptance && d.timeLimit == nil {
            // A matter whose guide gives no 办理时限 (不动产 事项7, lines 5888-5901) says so, as RS-X01's does, rather than
            // leave the 办结期限 line out (round 40, tester t).
            d.rules.append(
                AppliedRule(
                    kind: .timeLimit, subject: "all-channels", text: AppliedRule.timeLimitNotGiven, outcome: .noDate,
                    source: Self.itemWithoutWords(matter.source)))
        }
        if let note = Self.provisionalDates(d, from: submitted, calendar: catalog.calendar) { d.findings.append(note) }
        return d
    }

    /// The matter's item cited for a limit its guide does not give: the item, none of its lines or words (its heading is
    /// not a time limit: round 47, testers a and b: BS-TX-012 quoted "事项12：机构养老入住手续如何办理？" as the 原文 of its
    /// time limit, RS-X01 the line of 容缺办理事项清单 2). Every line cited is quoted.
    static func itemWithoutWords(_ source: Citation) -> Citation {
        Citation(document: source.document, item: source.item)
    }

    /// What the guide asks of the paper that no file can show, for the materials an accepted application's files stand
    /// for: the originals (原件; 原件及复印件: the original seen, the copy kept), the number of copies (一式3份), a seal or
    /// a signature (加盖单位公章, 经办人签字). The scans passed with no word of it (round 37, tester f: the 评定表's "原件，3 份，
    /// 加盖单位公章" accepted from one PDF in silence). One info finding lists them, each material once: the deepest met
    /// material that files were filed for, with what its groups say of it (BS-BZ-003's 身份证原件或社会保障卡 is 原件 on the
    /// group, the file filed under 1.1; ZC-001's (3) 每一页应加盖单位印章 binds its parts: the session's review).
    static func paperChecks(_ statuses: [MaterialStatus], in scenario: Scenario) -> Finding? {
        let met = Dictionary(statuses.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // "加盖…户口专用章" (户籍 11's 出生证明 translation, tester n) names a seal without 盖章 or 印章.
        // A seal and a signature are told apart: "一式3份，加盖印章" is not to be met by a signature (round 39,
        // tester q: RS-018's 申请表 was to be checked for "印章或签字").
        /// A material's note, clause by clause (。；): what a clause says binds only what that clause is about.
        func noteClauses(_ m: Material) -> [Substring] { (m.note ?? "").split(whereSeparator: { "。；;".contains($0) }) }
        /// The clauses of a material's note that can ask for a mark: not a clause on a copy (RS-012's "需用复印件存档的，应由
        /// 材料制作单位注明复印时间并加盖公章") of a material asked as an original (round 42, tester b: its originals were to be
        /// checked for a seal), nor one that says no seal is needed (其他 事项20's 助学申请表 "提交时无须学校盖章": round 43,
        /// tester f).
        func markingNote(_ m: Material) -> String {
            let negated = ["无须", "无需", "不需", "不用", "不必", "免于"]
            return noteClauses(m).filter { c in
                (m.original != .original || !c.containsWord("复印件")) && !negated.contains(where: c.containsWord)
                    && !marksAnotherDocument(c, of: m)
            }.joined()
        }
        /// Whether a clause's mark is on another document it names (RS-006 (3)'s note "报道后，将《中国共产党党员组织关系介绍信
        /// 回执》盖章后快递寄回": the 回执 is stamped by the new organisation later, not a seal on what is filed; round 48, tester
        /// b). A title that names the material itself (CG-006's 申请表, "在《机动车牌证申请表》签字") is the material's.
        func marksAnotherDocument(_ clause: Substring, of m: Material) -> Bool {
            var rest = clause[...]
            while let open = rest.firstIndex(of: "《"), let close = rest[open...].firstIndex(of: "》") {
                let title = rest[rest.index(after: open)..<close]
                let after = rest[rest.index(after: close)...]
                if !marks(in: String(after)).isEmpty, !title.contains(m.name), !m.name.contains(title) { return true }
                rest = after
            }
            return false
        }
        func sealed(_ m: Material) -> PaperMarks { marks(in: m.name + markingNote(m) + (m.spec?.text ?? "")) }
        func marks(in words: String) -> PaperMarks {
            var marks: PaperMarks = []
            // 监制章: the 财政部's seal printed on a 收费票据 (公积金 4 ⑤ "套印国家财政部和中国人民解放军票据监制章的军队统一收费
            // 票据"; round 62, tester d).
            if ["公章", "印章", "盖章", "专用章", "监制章"].contains(where: words.containsWord) { marks.insert(.stamp) }
            if ["签字", "签名", "手印"].contains(where: words.containsWord) { marks.insert(.signature) }
            // 已密封加盖公章的档案 (000 line 579): closed and stamped, both to be seen (round 47, tester b: only 核验印章).
            if words.containsWord("密封") { marks.insert(.closure) }
            return marks
        }
        /// What `m` binds its parts to: its marks, less those its name says of one of its parts by that part's own name
        /// (人力社保 22 (3) "经办人身份证原件及加盖公章的社保卡发放单": the 公章 is the 发放单's, not the 身份证's; session 47,
        /// tester e). A note's or a specification's mark binds every part (ZC-001 (3) "每一页应加盖单位印章").
        func boundOnParts(_ m: Material) -> PaperMarks {
            let own = sealed(m)
            guard !m.parts.isEmpty else { return own }
            // A part's own note counts as its name does (人力社保 41 ④'s 申请表 "（…加盖职工单位公章）", kept in 5.2's note: the
            // 公章 was asked of 5.1's 劳动合同 too; round 50, tester a).
            let named = m.parts.reduce(into: PaperMarks()) { $0.formUnion(marks(in: $1.name + markingNote($1))) }
            let noted = marks(in: markingNote(m) + (m.spec?.text ?? ""))
            return own.subtracting(named.subtracting(noted))
        }
        var lines: [String] = []
        // The citation of the first material a line is said of (its own, else its top-level material's), and that
        // material: the finding cites the guide's list where its lines come from (round 52, testers e and f: the
        // contract's "every finding … the source citation of the rule" had none here).
        var cited: (source: Citation, material: String)?
        var topSource: Citation?
        func filed(_ m: Material) -> Bool {
            guard let s = met[m.id], s.state == .met else { return false }
            return !s.documents.isEmpty || m.parts.contains(where: filed)
        }
        /// `said`: the 原件 its all-of group's own line asks already, not said again of each part (round 41, testers x
        /// and y: "（1）本人的身份证、结婚证：核验原件；（1.1）本人的身份证：核验原件；（1.2）结婚证：核验原件").
        func walk(_ m: Material, original: Material.Original?, seal: PaperMarks, said: Material.Original? = nil) {
            guard !m.isCommitmentLetter, filed(m) else { return }
            let original = said != nil && m.original == said ? nil : m.original ?? original
            let seal = seal.union(boundOnParts(m))
            let deeper = m.parts.filter(filed)
            if !deeper.isEmpty {
                // A group of documents filed by its parts: what its own words ask (its 原件, its count: 一式3份 of a
                // form of several parts) on its own line, with its name, which says which documents they are for
                // (BS-RS-045 (2): "《工伤认定决定书》…原件及复印件，工伤人员门诊收据…": not the 门诊收据's; round 38's
                // second review). An alternative of a one-of group takes the group's 原件: it is the group's one document.
                if m.need == .all {
                    ask(m, original: m.original, seal: [], label: "（\(m.id)）\(m.name)")
                } else if let n = m.copies, n > 1 || m.copiesNote != nil {
                    lines.append("（\(m.id)）\(m.name)：\(m.copiesText ?? "\(n) 份")")
                }
                for p in deeper {
                    walk(p, original: m.need == .oneOf ? original : nil, seal: seal, said: m.need == .all ? m.original : nil)
                }
                return
            }
            ask(m, original: original, seal: seal, label: "（\(m.id)）\(m.name)")
            // A group of parts filed whole under its own number (ZC-001's 报评材料 bound as one book
            // under 3) holds its parts: their originals and seals are still to be seen (3.2's
            // 证书复印件（原件备验）: round 38, tester h). The parts every case has, or whose case is the
            // way of filing (分项提交的); not a part of the applicant's case, which the facts decide.
            if m.need == .all, !(met[m.id]?.documents.isEmpty ?? true) {
                func contained(_ p: Material, original: Material.Original?, seal: PaperMarks) {
                    // A conditional part only when its case is the way of filing alone (an XPath over the
                    // documents only): a case of the applicant, his kind or his agent, is not known to hold.
                    let byFiling = p.condition.map { c in
                        let x = c.xpath ?? ""
                        return c.reads.isEmpty && x.contains("m:documents")
                            && !["m:applicant", "m:agent", "@channel", "@kind"].contains { x.contains($0) }
                    }
                    guard !p.isCommitmentLetter, p.requirement == .always || (p.requirement == .conditional && byFiling == true)
                    else { return }
                    let original = p.original ?? original
                    let seal = seal.union(sealed(p))
                    if p.parts.isEmpty || p.need != .all {
                        ask(p, original: original, seal: seal, label: "（\(p.id)）\(p.name)（含于（\(m.id)））", copies: false)
                    } else {
                        for q in p.parts { contained(q, original: original, seal: seal) }
                    }
                }
                // What the group's own line asks (its original, its seal) is not said again per part.
                for p in m.parts { contained(p, original: nil, seal: []) }
            }
        }
        /// The line of what `m`'s paper asks, if it asks anything; `copies`: its count is asked (not
        /// of a part held in a group's file: the group's count is the one to bring).
        func ask(_ m: Material, original: Material.Original?, seal: PaperMarks, label: String, copies: Bool = true) {
            var asks: [String] = []
            let count =
                copies ? m.copies.flatMap { $0 > 1 || m.copiesNote != nil ? m.copiesText ?? "\($0) 份" : nil } : nil
            // 收缴 (户籍 13's 《居民身份证》（收缴）): the office keeps the original (round 42, tester a: the card was in no line of
            // the clerk's). Said where the name's own bracket says it, not of a document that tells of a seizure (被依法收缴的法律
            // 文书) nor of a group whose note says it of one part (the review).
            // A note that says it of one document of the material (殡葬 7's "《居民身份证》十六周岁以上，收缴") is said as its own words.
            let collectedOf = noteClauses(m).first {
                $0.hasSuffix("收缴") && !$0.contains("依法收缴")
            }
            if m.name.contains("收缴）") {
                asks.append("收缴原件" + (count.map { " \($0)" } ?? ""))
            } else {
                if let collectedOf, !m.name.contains("收缴") { asks.append("收缴：\(collectedOf)") }
                switch original {
                case .original?: asks.append(count.map { "原件 \($0)" } ?? "核验原件")
                case .originalAndCopy?: asks.append("核验原件，收取复印件" + (count.map { " \($0)" } ?? ""))
                case .copy?: if let count { asks.append("复印件 \(count)") }
                case nil: if let count { asks.append(count) }
                }
            }
            if let check = seal.check { asks.append(check) }
            if !asks.isEmpty {
                lines.append("\(label)：\(asks.joined(separator: "，"))")
                if cited == nil, let source = m.source ?? topSource { cited = (source, m.id) }
            }
        }
        for m in scenario.materials {
            topSource = m.source
            walk(m, original: nil, seal: [])
        }
        guard !lines.isEmpty else { return nil }
        // The material only when the finding says one: several lines are each their material's (the materials list
        // cites each), the citation the first's.
        return Finding(
            .manualCheck, .info, "请核验文件无法显示的纸质要求（指南所列）：" + lines.joined(separator: "；"),
            material: lines.count == 1 ? cited?.material : nil, source: cited?.source,
            detail: "paper requirements no file shows: originals, copies, seals and signatures")
    }

    /// What a refused application lacks besides (a material, the 容缺受理承诺书, a fact a rule
    /// reads) stays in its report for the record, as information that says nothing is to be
    /// brought: it is refused (不予受理), and no document or answer would change that. These
    /// were errors reading like requests ("缺少材料：（2）户口本" under a refusal: round 34, three
    /// testers), although the report promises never to ask a refused applicant for anything.
    static func forTheRecord(_ findings: [Finding]) -> [Finding] {
        findings.map { f in
            // A material that may be needed (a warning: its need waits on an answer) is told for the record too, and a value
            // to correct (round 54, tester l: "须提交的请一并补交" and "更正" beside "不予受理").
            guard f.severity == .error || (f.severity == .warning && f.code == .materialMissing) else { return f }
            var g = f
            // Not "无需补交": a refusal the applicant can cure (the days of the month the office takes it, coming in person)
            // is followed by a new application, which needs them (round 56, tester v: told "无需补交", then returned for it).
            switch f.code {
            case .materialMissing, .commitmentMissing: g.message += "（不予受理，此项仅作记录；如重新申请，须一并补交）"
            case .factMissing: g.message += "（不予受理，此项仅作记录；如重新申请，须一并填写）"
            case .factInvalid: g.message += "（不予受理，此项仅作记录；如重新申请，须一并更正）"
            // How to file (a guardian for a child) is no request either under a refusal (round 60, tester b: a 17-year-old
            // refused for 生育 6's age was told, as an error, to refile through a guardian).
            case .applicationCorrection: g.message += "（不予受理，此项仅作记录；如重新申请，须按此更正）"
            default: return f
            }
            g.severity = .info
            return g
        }
    }

    /// The limit that serves this application: the first of a case the guide names
    /// (未成年人变更更正姓名…2个工作日) whose condition holds, else the channel's, else the
    /// general one. A case whose facts are not given does not serve (the general limit does).
    static func timeLimit(of matter: Matter, channel: String, conditions: ConditionEvaluator) -> TimeLimit? {
        for limit in matter.caseTimeLimits {
            if let condition = limit.condition, case .holds(true) = conditions.evaluate(condition) { return limit }
        }
        return matter.timeLimit(for: channel)
    }

    /// An info finding when a due date of the report was counted over a year whose
    /// holidays no State Council notice in the calendar gives (the calendar's year from
    /// the law alone, or no year at all): the date may move once the notice is in
    /// (12-31 + 5 工作日 was 2027-01-07 with 元旦 unknown). Nil when every date is confirmed.
    static func provisionalDates(_ d: Decision, from submitted: CalendarDate, calendar: WorkingCalendar) -> Finding? {
        var dates: [(String, CalendarDate)] = d.decisionDue.map { [("办结期限", $0)] } ?? []
        dates += d.deferred.map { ("\($0.name) 补交期限", $0.due) }
        // The days counted run from the day after the submitted date: a date that is the
        // submitted day itself (即时办结) was counted over no day (round 22, tester 1: an
        // immediate matter submitted in 2027 was called provisional).
        // But a year the calendar holds nothing of (not even the law's 法定节假日) leaves the submitted day itself in doubt:
        // 2030-10-01 (国庆节) was dated 办结 that day, firm (round 63, tester e). A year given by the law alone keeps its
        // same-day dates (round 22): only its 调休 is unknown (the review of round 63 would call 2027-10-06 provisional).
        let first = calendar.years.contains { $0.year == submitted.year } ? submitted.adding(days: 1) : submitted
        guard let last = dates.map(\.1).max(), first <= last else { return nil }
        let years = calendar.unconfirmedYears(from: first, through: last)
        guard !years.isEmpty else { return nil }
        let affected = dates.filter { date in date.1 >= first && years.contains { $0.year <= date.1.year } }
        let how = years.map { y in
            y.basis == .law
                ? "\(y.year) 年按《全国年节及纪念日放假办法》规定的法定节假日推算（当年放假调休安排的通知尚未收录）"
                : "\(y.year) 年的节假日未收录，仅按周六、周日推算"
        }
        return Finding(
            .calendarProvisional, .info,
            affected.map { "\($0.0) \($0.1)" }.joined(separator: "、") + " 为暂定日期：" + how.joined(separator: "；")
                + "；国务院办公厅公布该年部分节假日安排后请以其为准",
            source: Citation(
                document: SpecCitations.calendarDocument,
                item: years.map { y in
                    "\(y.year) 年：" + (calendar.years.first { $0.year == y.year }?.source ?? "未收录，按周一至周五推算")
                }.joined(separator: "；")),
            detail: years.map { "\($0.year):\($0.basis?.rawValue ?? "weekends")" }.joined(separator: " "))
    }

    /// The version of a matter an application dated `date` was meant for when no version
    /// is in force then: the next version to take effect (a date before the first, or in a
    /// gap between two), else, after the last, the last one; only when that version has an
    /// application window and the date is outside it (the window check then refuses the
    /// application). `versions` are in order of `effectiveFrom`.
    static func outsideItsWindow(_ versions: [Matter], on date: CalendarDate) -> Matter? {
        // The round to come when there is one (before it takes effect, without a window
        // of its own, the matter is simply not in force); else the last that ended.
        guard
            let m = versions.first(where: { date < $0.effectiveFrom })
                ?? versions.last(where: { $0.effectiveUntil.map { date > $0 } == true }),
            let w = m.window, date < w.from || date > w.to
        else { return nil }
        return m
    }

    /// An application returned for correction (补正) is not accepted, so nothing is
    /// deferred yet and no due date runs (it runs from acceptance). A deferrable material
    /// the commitment letter covers stays 容缺 in the checklist, and its finding says it
    /// may be supplied after the corrected application is accepted, within the period.
    static func deferOnAcceptance(_ d: inout Decision) {
        for deferred in d.deferred {
            for i in d.findings.indices
            where d.findings[i].code == .materialDeferred && d.findings[i].material == deferred.material {
                d.findings[i].message =
                    "\(deferred.name) 可容缺受理：申请补正后受理时，凭已提交的容缺受理承诺书先行受理，自受理之日起 "
                    + "\(deferred.workingDays) 个工作日内补交（资料来源：\(deferred.supplier)）"
            }
        }
        for i in d.rules.indices where d.rules[i].kind == .deferral { d.rules[i].outcome = .deferrable }
        d.deferred = []
    }

    /// A document's error finding, when the material it was submitted for has no other
    /// sound document, says so: the material counts as not supplied (one finding per
    /// defective document; no second "missing" for the same file).
    /// Once per file (a file with two defects says it once); a refused application is not
    /// asked to submit anything again.
    /// A part of a group of parts (《申报汇总表》 pdf 版和 excel 电子版各一份) is named itself, not
    /// its group: the other parts were supplied (`groupsOfParts`: the ids of such groups).
    static func namingDefectiveMaterials(
        _ findings: [Finding], materials: [MaterialStatus], refused: Bool, groupsOfParts: Set<String> = []
    ) -> [Finding] {
        var defective: [String: String] = [:]
        for m in materials where m.state == .defective && defective[m.id] == nil { defective[m.id] = m.name }
        // A broken 容缺受理承诺书 is named as the letter too (round 41, tester z: read aloud, "文件已损坏：files/00-3.pdf" did
        // not say it was the letter; its own finding, commitment-missing, says the letter does not count).
        let letter = materials.first { $0.kind == .commitmentLetter }
        guard !defective.isEmpty || letter != nil else { return findings }
        var named: Set<String> = []
        return findings.map { f in
            if let letter, f.severity == .error, let path = f.path, let material = f.material,
                material == letter.id || material == "commitment", named.insert(path).inserted
            {
                var g = f
                g.message += "；该文件为" + (letter.id == "commitment" ? "" : "材料（\(letter.id)）") + "\(letter.name)"
                return g
            }
            // A file submitted for a part (2.1) of a defective group (2) names the group:
            // the outermost material that counts as not supplied.
            guard f.severity == .error, let path = f.path, let material = f.material,
                let (id, name) = Self.ancestors(material).filter({ $0 == material || !groupsOfParts.contains($0) })
                    .reversed().lazy.compactMap({ a in defective[a].map { (a, $0) } }).first,
                named.insert(path).inserted
            else { return f }
            var g = f
            g.message += "；材料（\(id)）\(name)因此视为未提交" + (refused ? "" : "，请重新提交该文件")
            return g
        }
    }

    /// What is wrong with a file itself (its bytes, type, declared digest, encryption, specification).
    public static let fileDefects: Set<FindingCode> = [
        .documentCorrupt, .documentType, .documentChecksum, .documentEncrypted, .documentSpec,
    ]

    /// A file's defect, or its absence from the zip though the manifest lists it: either way no sound file of the material
    /// is there, and the materials' judgement weighs it (a deferred material's absent file is deferred as a broken one:
    /// round 56, tester x, RS-007's 身份证 listed and not in the zip was returned beside the letter).
    public static let fileFindings: Set<FindingCode> = fileDefects.union([.documentMissing])

    /// A material id and its ancestors, nearest first: "3.1.2", "3.1", "3".
    public static func ancestors(_ id: String) -> [String] {
        var out = [id]
        var rest = Substring(id)
        while let dot = rest.lastIndex(of: ".") {
            rest = rest[..<dot]
            out.append(String(rest))
        }
        return out
    }

    /// 办结期限 from a time limit: working days on the holiday calendar (and the calendar
    /// days of a period after them: 40个工作日+7天（公示期）), calendar days or months; the
    /// same day when immediate, or the next working day when that is a day off; none when
    /// the guide gives none. A period whose last day,
    /// counted in calendar days or months, is a day off ends on the next working day
    /// (民法典 第二百零三条; ``WorkingCalendar/periodEnd(_:)``): that last day comes with
    /// the date (`movedFrom`), for the report to say so.
    static func due(_ limit: TimeLimit, from date: CalendarDate, calendar: WorkingCalendar) -> (
        date: CalendarDate, movedFrom: CalendarDate?
    )? {
        func moved(_ last: CalendarDate) -> (date: CalendarDate, movedFrom: CalendarDate?) {
            let end = calendar.periodEnd(last)
            return (end, end == last ? nil : last)
        }
        switch limit.unit {
        // 即时办结 is done the day the office takes the application: a day off takes it on
        // the next working day (round 23: an online filing on a Sunday was due that Sunday).
        case .immediate: return moved(date)
        case .workingDays:
            return limit.value.map {
                let end = calendar.addingWorkingDays($0, to: date)
                guard let days = limit.plusDays, days > 0 else { return (end, nil) }
                return moved(end.adding(days: days))
            }
        case .days: return limit.value.map { moved(date.adding(days: $0)) }
        case .months:
            guard let n = limit.value else { return nil }
            let m = date.month - 1 + n
            let y = date.year + m / 12
            let month = m % 12 + 1
            return moved(CalendarDate(year: y, month: month, day: min(date.day, CalendarDate.daysIn(year: y, month: month))))
        case .unspecified: return nil
        }
    }

    /// "due 2025-10-09", and where the period's last day was a day off, that it moved.
    static func dueOutcome(_ due: (date: CalendarDate, movedFrom: CalendarDate?)) -> RuleOutcome {
        RuleOutcome(
            rawValue: "due \(due.date)"
                + (due.movedFrom.map { "（期限末日 \($0) 为休息日或法定节假日，顺延至 \(due.date)，民法典第二百零三条）" } ?? ""))
    }
}

/// What a paper's marks are to be checked for: a seal (公章, 印章, 盖章, 专用章), a signature
/// (签字, 签名, 手印), or both.
struct PaperMarks: OptionSet, Sendable {
    let rawValue: UInt8
    static let stamp = PaperMarks(rawValue: 1)
    static let signature = PaperMarks(rawValue: 2)
    /// Sealed shut (已密封…的档案: an archive handed over closed).
    static let closure = PaperMarks(rawValue: 4)

    /// What the clerk checks: "核验密封、印章及签字", of the marks there are.
    var check: String? {
        let words = [(PaperMarks.closure, "密封"), (.stamp, "印章"), (.signature, "签字")].filter { contains($0.0) }.map(\.1)
        guard let last = words.last else { return nil }
        return "核验" + (words.count == 1 ? last : words.dropLast().joined(separator: "、") + "及" + last)
    }
}
