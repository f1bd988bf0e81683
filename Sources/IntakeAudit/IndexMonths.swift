public import Foundation

/// The month pages `index.json` records (the run writes them, `audit verify` checks them): each month's ledger signature,
/// its pages' paths (json, csv, html) and their SHA-256 as written.
public struct RecordedMonth: Sendable, Hashable {
    /// The folder of the month pages, under the output folder.
    public static let folder = "index"
    public var month: String
    public var signature: String
    public var files: [String]
    /// Empty where the index recorded none (an index of before the digests) or not one per page.
    public var sha256: [String]

    /// The months of `out/index.json`; none when it cannot be read, or when it is an index of before the month pages, which
    /// listed every decision and can be hundreds of megabytes: it is not read, only replaced.
    public static func recorded(out: URL) -> [RecordedMonth] {
        let url = out.appendingPathComponent("index.json")
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? nil
        guard let size, size <= 16 << 20, let data = try? Data(contentsOf: url),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let months = object["months"] as? [[String: Any]]
        else { return [] }
        return months.compactMap { m in
            guard let month = m["month"] as? String, let signature = m["signature"] as? String else { return nil }
            let files = ["json", "csv", "html"].compactMap { m[$0] as? String }
            let digests = m["sha256"] as? [String] ?? []
            return RecordedMonth(
                month: month, signature: signature, files: files, sha256: digests.count == files.count ? digests : [])
        }
    }
}
