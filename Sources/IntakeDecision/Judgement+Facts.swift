import IntakeCatalog
import IntakeEvidence
import IntakeManifest
import IntakeModel

/// 申请信息: declared facts of the right type, missing facts asked once each.
extension Judgement {
    mutating func checkFacts() {
        let read = matter.factsRead
        // A fact another one's consistency rule reads is used (round 60, tester a: 婚姻状况 told "已忽略" in the report
        // that returned the bundle for it beside 职工配偶参与提取).
        let readByConsistency = Set(
            read.flatMap { name in catalog.fact(name, of: matter)?.consistent.flatMap(\.reads) ?? [] })
        var inconsistent: Set<String> = []
        defer { conditions.inconsistent = inconsistent }
        for fact in manifest.applicant.facts {
            // Defined by the catalog file but read by none of this matter's rules (another
            // matter's fact): ignored like an unknown name, and said so.
            guard let def = catalog.fact(fact.name, of: matter),
                read.contains(fact.name) || DerivedFact.all.contains(fact.name) || readByConsistency.contains(fact.name)
            else {
                findings.append(
                    Finding(
                        .factInvalid, .warning,
                        "申请信息中的“\(fact.name.clippedForMessage)”不是本事项使用的信息项，已忽略", fact: fact.name,
                        // No rule of the matter reads it: cited by the contract's facts (round 27:
                        // the matter's opening line said nothing of the fact).
                        source: nil, detail: "fact \(fact.name) is not read by this matter"))
                continue
            }
            if !def.accepts(fact.value) {
                reportedFacts.insert(fact.name)
                findings.append(
                    Finding(
                        .factInvalid, .error,
                        "申请信息“\(def.label)”的值“\(fact.value.clippedForMessage)”无效，\(Self.meant(fact.value, def))应为\(Self.describe(def))"
                            + Self.outOfRange(fact.value, def),
                        fact: fact.name,
                        source: sourceOfRule(reading: fact.name), detail: "fact \(fact.name) is not of type \(def.kind.rawValue)")
                )
            } else if let why = def.impossibility(fact.value, submitted: submitted) {
                // Of its type but impossible (-3 months, a birth next month): corrected by the
                // applicant, not decided by the rules that read it.
                reportedFacts.insert(fact.name)
                findings.append(
                    Finding(
                        .factInvalid, .error, "申请信息“\(def.label)”的值“\(fact.value.clippedForMessage)”无效：\(why)",
                        fact: fact.name, source: sourceOfRule(reading: fact.name),
                        detail: "fact \(fact.name) is out of its range"))
            } else if let broken = def.consistent.first(where: { conditions.evaluate($0) == .holds(false) }) {
                // Which of them is wrong is the applicant's to say: none decides a rule meanwhile.
                inconsistent.formUnion(broken.reads)
                // Of its type and possible, but not with the others (工作年限 20 since a 参加工作年份 of 2006: round 42,
                // tester c): an error the applicant corrects (the application is returned for it).
                reportedFacts.insert(fact.name)
                let others = broken.reads.filter { $0 != fact.name }
                // A rule of the value alone (a 户籍所在省份 that names no province: round 55) is no disagreement.
                findings.append(
                    Finding(
                        .factInvalid, .error,
                        "申请信息“\(def.label)”的值“\(fact.value.clippedForMessage)”"
                            + (others.isEmpty ? "无效：" : "与其他申请信息不符：") + broken.text,
                        fact: fact.name, source: sourceOfRule(reading: fact.name),
                        detail: others.isEmpty
                            ? "fact \(fact.name) is out of its range"
                            : "fact \(fact.name) disagrees with \(others.joined(separator: ", "))")
                )
            }
        }
    }

    /// A value not of its type, or out of its range, that no rule's answer turns on: the contract makes a finding of a fact a
    /// rule needs; this one is told, not a reason to return (round 55, tester s: BS-HJ-004's rural 投靠人 with an invalid 职业
    /// was returned, and accepted with the fact left out). Not a fact a time limit's case reads (judged after acceptance),
    /// nor a birth date the matter's rules read as an age.
    func decidesNothing(_ f: Finding) -> Bool {
        guard f.code == .factInvalid, f.severity == .error, let name = f.fact,
            f.detail?.hasSuffix(" is out of its range") == true || f.detail?.contains(" is not of type ") == true,
            !conditions.turned.contains(name),
            !matter.caseTimeLimits.contains(where: { $0.condition?.reads.contains(name) == true })
        else { return false }
        return name != DerivedFact.birthDate || !matter.factsRead.contains(DerivedFact.age)
    }

    /// Whether every one of these facts is the window clerk's to declare (经办人员核验后填写):
    /// a rule that only they decide is left to the clerk, not asked of the applicant.
    func onlyTheClerkDeclares(_ facts: [String]) -> Bool {
        facts.allSatisfy { catalog.fact($0, of: matter)?.byClerk == true }
    }

    /// The citation of the first rule that reads `fact` (a forbidden case, then a material's
    /// condition in the chosen scenario): a value that is not of its type is cited where it
    /// matters, not by the matter's opening line (round 18, tester 2: GQ-JS's
    /// onEstablishmentPost was cited by a line on years of work). The matter's when none does.
    func sourceOfRule(reading fact: String) -> Citation? {
        if let f = matter.forbidden.first(where: { $0.condition.reads.contains(fact) }) { return f.source }
        for m in scenario.materials.flatMap(\.flattened) where m.condition?.reads.contains(fact) == true {
            if let source = m.source { return source }
        }
        return matter.source
    }

    /// For a coded value written in words, or as the list shows it (女（female）, 女): which
    /// code to write, first, so that the list that follows is not read as allowing what was
    /// written (round 30, tester 3: "女（female）" was told it was invalid and shown it in the list).
    static func meant(_ written: String, _ def: FactDefinition) -> String {
        let w = String(written.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        guard def.kind == .enum,
            let code = def.values.first(where: { v in
                guard let label = def.valueLabels[v] else { return false }
                return w == label || w == "\(label)（\(v)）" || w == "\(label)(\(v))"
            })
        else { return "" }
        let label = def.valueLabels[code] ?? code
        return label == code ? "应填写“\(code)”；" : "应填写“\(code)”（不写“\(label)”等文字）；"
    }

    /// Why an integer's digits are refused (round 62, testers a and c: 99999999999999999999 was told "应为整数"): the
    /// numbers read are 64-bit.
    static func outOfRange(_ written: String, _ def: FactDefinition) -> String {
        let bare = written.trimmed
        let digits = bare.first == "-" || bare.first == "+" ? bare.dropFirst() : Substring(bare)
        // Digits only, and more than Int64 takes (19 digits at most, 9223372036854775807).
        guard def.kind == .integer, digits.count >= 19, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return "" }
        return "（该值超出可处理的范围：绝对值不超过 9223372036854775807）"
    }

    static func describe(_ def: FactDefinition) -> String {
        switch def.kind {
        case .integer: return "整数"
        case .decimal: return "数字"
        case .boolean: return " true（是）或 false（否）"
        case .date: return "日期（YYYY-MM-DD）"
        case .string: return "非空文字"
        case .enum:
            // Coded values: the manifest carries the code in brackets, not the words.
            let coded = def.codesDifferFromLabels ? "（清单中填写括号内的值）" : ""
            return "以下之一\(coded)：\(Self.listed(def.readableValues))"
        }
    }

    /// How many rules a missing fact's message names before "等 N 项".
    static let usesNamed = 3

    /// A fact's values as a clerk reads them: separated by 、, or by ； where a value holds a
    /// 、 itself (跨省、省辖市转入), which would otherwise read as two values.
    static func listed(_ values: [String]) -> String {
        values.joined(separator: values.contains { $0.contains("、") } ? "；" : "、")
    }

    /// `gates`: facts needed only when other facts asked have given values (``ConditionEvaluator/gates(of:)``); their use
    /// says so, for an applicant whom the other answers put outside the case.
    mutating func reportMissingFacts(
        _ names: [String], for use: String, source: Citation, gates: [String: [Manifest.Fact]] = [:]
    ) {
        // Refused for who the applicant is: its case is moot (the rule stays undetermined).
        if applicantKindRefused { return }
        // The applicant is asked only what the applicant declares: a clerk's fact that decides
        // together with one of theirs (户口簿 or 婚姻登记档案 not matching the declared status) is
        // the clerk's to check once the applicant's answer leaves it open.
        let theirs = names.filter { catalog.fact($0, of: matter)?.byClerk != true }
        for name in theirs.isEmpty ? names : theirs {
            let rule = use + (gates[name].map { "（仅" + Self.grouped($0).map(said).joined(separator: "、") + "的须回答）" } ?? "")
            // Asked once; its message names every rule that needs it (a clerk asks the
            // question once and knows what hangs on it).
            if var uses = missingFactUses[name] {
                guard !uses.rules.contains(rule),
                    let i = findings.lastIndex(where: { $0.code == .factMissing && $0.fact == name })
                else { continue }
                uses.rules.append(rule)
                missingFactUses[name] = uses
                findings[i].message = uses.question + Self.uses(uses.rules)
                continue
            }
            guard reportedFacts.insert(name).inserted else { continue }
            let def = catalog.fact(name, of: matter)
            var ask =
                (manifest.applicant.kind == "organization" ? FactDefinition.derivedForUnit[name] : nil) ?? def?.prompt ?? name
            // A derived fact's question says what to give in the applicant's words; its
            // values (male, female) are the manifest's, not theirs.
            // The values are listed ("可选值", the ones the manifest may give: not "optional"),
            // unless the question already names each of them as the manifest writes it, as an
            // item of its own (（疾病、意外事故、火灾等灾害、其他）; not 其他正当理由 for 其他).
            if let def, def.kind == .enum, !def.values.isEmpty, !DerivedFact.all.contains(name),
                !(def.valueLabels.isEmpty && def.values.allSatisfy { Self.names(ask, $0) })
            {
                let coded = def.codesDifferFromLabels ? "，清单中填写括号内的值" : ""
                ask += "（可选值\(coded)：\(Self.listed(def.readableValues))）"
            }
            // The fact's key is the finding's `fact` (and its detail), not words read to the applicant (round 41, testers v
            // and z: "…？”（workInjuryRecognized）").
            let question = "缺少审核所需的申请信息：“\(ask)”，"
            missingFactUses[name] = (question, [rule])
            findings.append(
                Finding(
                    .factMissing, .error, question + Self.uses([rule]),
                    fact: name, source: source, detail: "missing fact \(name)"))
        }
    }

    /// A fact's value as the applicant reads it: “申报经济系列职称”为“是”.
    /// A gate's facts by name, in order, each with the values that open it.
    static func grouped(_ facts: [Manifest.Fact]) -> [(name: String, values: [String])] {
        var out: [(name: String, values: [String])] = []
        for f in facts {
            if let i = out.firstIndex(where: { $0.name == f.name }) {
                out[i].values.append(f.value)
            } else {
                out.append((f.name, [f.value]))
            }
        }
        return out
    }

    /// A fact's values as the applicant reads them: 对“是否申报经济系列职称？”答“是”; several, 答“初级”或“中级”.
    func said(_ gate: (name: String, values: [String])) -> String {
        let def = catalog.fact(gate.name, of: matter)
        let values = gate.values.map { v -> String in
            switch def?.kind {
            case .boolean: return v == "true" ? "是" : v == "false" ? "否" : v
            default: return def?.valueLabels[v] ?? v
            }
        }
        let answered = values.map { "“\($0)”" }.joined(separator: "或")
        // The question the applicant is asked, answered: a label may carry the manifest's codes or the catalog's note
        // (round 57, tester b: "“收养人有子女（其他 事项10 收养人应当无子女）”为“是”", a label cut inside its bracket).
        if let question = def?.question { return "对“\(question)”答\(answered)" }
        return "“\(def?.label ?? gate.name)”为\(answered)"
    }

    static func uses(_ rules: [String]) -> String {
        // A use every applicant answers for first: one behind "等 N 项" read as if every use were another's (the review of
        // round 55: 其他 8's qtAdopteeDisabled showed three gated uses, its (7) unconditioned one hidden).
        let rules = rules.filter { !$0.contains("的须回答）") } + rules.filter { $0.contains("的须回答）") }
        let named = rules.prefix(usesNamed).joined(separator: "；")
        return "用于：" + named + (rules.count > usesNamed ? "等 \(rules.count) 项" : "")
    }

    /// Whether `text` names `value` as an item of a list: bounded on both sides by the start
    /// or end, or by punctuation (、，,；;：:（）()？?/ and spaces).
    static func names(_ text: String, _ value: String) -> Bool {
        guard !value.isEmpty else { return false }
        let bounds: Set<Character> = ["、", "，", ",", "；", ";", "：", ":", "（", "）", "(", ")", "？", "?", "/", " ", "。"]
        var rest = text[...]
        while let r = rest.firstRange(of: value) {
            let before = r.lowerBound == text.startIndex ? nil : text[text.index(before: r.lowerBound)]
            let after = r.upperBound == text.endIndex ? nil : text[r.upperBound]
            if before.map(bounds.contains) ?? true, after.map(bounds.contains) ?? true { return true }
            rest = text[r.upperBound...]
        }
        return false
    }
}

extension String {
    /// A value the applicant wrote, as a finding's message repeats it: whole up to 40 characters, else its first 24 and
    /// how long it is (round 52, tester a: a 20,000-character fact value was repeated whole in every report format).
    var clippedForMessage: String {
        count <= 40 ? self : "\(prefix(24))…（共 \(count) 个字符）"
    }
}
