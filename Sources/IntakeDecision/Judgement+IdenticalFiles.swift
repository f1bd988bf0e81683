import IntakeCatalog
import IntakeEvidence
import IntakeModel

/// One file, byte for byte, sent for two materials: a 仲裁申请书 that is also the 容缺受理承诺书, one scan for the 遗属 and the
/// 经办人's ID cards. Each material counted it (round 36, testers a and b: accepted without a word, the HTML showing the same
/// SHA-256 twice). Whether two materials can be one document is the clerk's to tell (the guide may name one paper twice: the
/// adopter's and the child's 户口簿 of one household, BS-QT-005 1.1.1 and 1.3.1), so the application is not returned for it;
/// the clerk is told, with the files' common SHA-256, as a warning.
extension Judgement {
    mutating func checkIdenticalFiles() {
        // The letter filed as `commitment` is the material of its own number (RS-005's (2)): one material, not two.
        let letter = scenario.commitmentLetter?.id
        tellIdentical(
            inspection.documents.filter(\.isSound).map { doc in
                let label =
                    doc.material == "commitment"
                    ? "容缺受理承诺书" : scenario.material(doc.material).map(Self.label) ?? "（\(doc.material)）"
                return (label, doc.material == "commitment" ? letter ?? doc.material : doc.material, doc)
            })
    }

    /// Files under a group's number taken one per part (`filedUnderGroup`): two of the same bytes counted as two parts
    /// are told as two materials of one file are (round 49, tester b: SB-021's one scan filed twice under （3）
    /// 遗属和经办人身份证 was counted as both ID cards with an info note only).
    mutating func checkIdenticalParts(_ taken: [(label: String, file: DocumentEvidence)]) {
        tellIdentical(taken.map { ($0.label, $0.label, $0.file) })
    }

    /// A warning for each content (SHA-256) counted for more than one material (`key`), naming each file with its material's
    /// `label`, in the order the files come.
    private mutating func tellIdentical(_ taken: [(label: String, key: String, file: DocumentEvidence)]) {
        var byDigest: [String: [(label: String, key: String, file: DocumentEvidence)]] = [:]
        var order: [String] = []
        for t in taken {
            guard let digest = t.file.sha256 else { continue }
            if byDigest[digest] == nil { order.append(digest) }
            byDigest[digest, default: []].append(t)
        }
        for digest in order {
            guard let same = byDigest[digest], Set(same.map(\.key)).count > 1 else { continue }
            let named = same.map { "\($0.file.path)（材料\($0.label)）" }
            findings.append(
                Finding(
                    .manualCheck, .warning,
                    "文件 \(named.joined(separator: " 与 ")) 内容完全相同；请窗口人员核对这几项材料是否确可由同一份文件满足"
                        + "（如两项材料所指为同一证件），否则所缺的一项须另行提交",
                    material: same[0].file.material, path: same[0].file.path, source: matter.source,
                    detail: "identical files (SHA-256 \(digest)) filed for different materials"))
        }
    }
}
