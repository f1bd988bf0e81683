import IntakeCatalog
import IntakeEvidence
import IntakeModel

/// One file, byte for byte, sent for two materials: a 仲裁申请书 that is also the 容缺受理承诺书, one scan for the 遗属 and the
/// 经办人's ID cards. Each material counted it (round 36, testers a and b: accepted without a word, the HTML showing the same
/// SHA-256 twice). Whether two materials can be one document is the clerk's to tell (the guide may name the same paper
/// twice); they are told, with the files' common SHA-256.
extension Judgement {
    mutating func checkIdenticalFiles() {
        var byDigest: [String: [DocumentEvidence]] = [:]
        var order: [String] = []
        for doc in inspection.documents where doc.isSound {
            guard let digest = doc.sha256 else { continue }
            if byDigest[digest] == nil { order.append(digest) }
            byDigest[digest, default: []].append(doc)
        }
        for digest in order {
            guard let docs = byDigest[digest], Set(docs.map(\.material)).count > 1 else { continue }
            let named = docs.map { doc in
                let name =
                    doc.material == "commitment"
                    ? "容缺受理承诺书" : scenario.material(doc.material).map { "（\($0.id)）\($0.name)" } ?? "（\(doc.material)）"
                return "\(doc.path)（材料\(name)）"
            }
            findings.append(
                Finding(
                    .manualCheck, .warning,
                    "文件 \(named.joined(separator: "与")) 内容完全相同；一份文件不能同时作为不同的材料，请窗口人员核对各项材料是否均已提交",
                    material: docs[0].material, path: docs[0].path, source: matter.source,
                    detail: "identical files (SHA-256 \(digest)) filed for different materials"))
        }
    }
}
