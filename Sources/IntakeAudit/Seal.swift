import Crypto
public import Foundation
import IntakeBundle
import IntakeIO
public import IntakeLedger
import IntakeModel
import IntakeRendering

/// The output's hash chain (封存链). Each run, and each `intake serve` period, ends by
/// sealing every report set recorded since the last seal: `OUT/seals/NNNNNN.json` lists,
/// for each, the bundle's SHA-256 and the path and SHA-256 of its JSON, XML and HTML
/// files, and starts with the SHA-256 of the previous seal's file, so that changing,
/// removing or reordering any seal (or any sealed report) breaks the chain
/// (``AuditVerifier``). With a signing key, `NNNNNN.sig` beside it holds an Ed25519
/// signature of the seal's bytes. The ledger records each seal's digest as well.
public struct Sealer: Sendable {
    public static let folder = "seals"
    public static let format = "urn:dalian:intake:seal:1"

    public let ledger: any LedgerStore
    public let out: URL
    public let key: SigningKey?

    public init(ledger: any LedgerStore, out: URL, key: SigningKey?) {
        self.ledger = ledger
        self.out = out
        self.key = key
    }

    /// Seals what is unsealed; nil when there was nothing.
    @discardableResult
    public func seal(channel: LedgerChannel, runID: Int64?) throws -> SealRecord? {
        try ledger.seal(channel: channel, runID: runID) { draft in try write(draft) }
    }

    /// `seals/000042.json` for seal 42.
    public static func file(_ seq: Int64) -> String {
        let digits = String(seq)
        return "\(folder)/\(String(repeating: "0", count: max(0, 6 - digits.count)))\(digits).json"
    }

    /// The detached signature beside a seal file (`000042.sig`).
    public static func signatureFile(_ sealFile: String) -> String {
        String(sealFile.dropLast(".json".count)) + ".sig"
    }

    private func write(_ draft: SealDraft) throws -> SealWritten {
        // Decisions recorded before sealing existed have no hashes: the files as found.
        let entries = draft.entries.map { e -> LedgerReportSet in
            guard e.hashes.contains(where: \.isEmpty) else { return e }
            var filled = e
            filled.hashes = e.reports.files.map {
                (try? FileHash.sha256(BytePath(out.appendingPathComponent($0))))?.sha256 ?? ""
            }
            return filled
        }
        let bytes = Array(Self.render(draft, entries: entries).utf8)
        let file = Self.file(draft.seq)
        var files: [(bytes: [UInt8], path: BytePath)] = [(bytes, BytePath(out.appendingPathComponent(file)))]
        if let key {
            files.append(
                (
                    Array(try key.signatureDocument(for: bytes).utf8),
                    BytePath(out.appendingPathComponent(Self.signatureFile(file)))
                ))
        }
        try FileSystem.makeFolders(BytePath(out.appendingPathComponent(Self.folder)))
        // A signature left by a seal of this number that was never recorded (a kill) must
        // not stand beside an unsigned one.
        if key == nil { FileSystem.remove(BytePath(out.appendingPathComponent(Self.signatureFile(file)))) }
        try AtomicWriter.write(files)
        return SealWritten(file: file, digest: Hex.string(SHA256.hash(data: bytes)), signed: key != nil, entries: entries)
    }

    /// The seal's JSON (deterministic: entries by bundle SHA-256, fixed key order).
    static func render(_ draft: SealDraft, entries: [LedgerReportSet]) -> String {
        let w = JSONWriter()
        w.object {
            w.field("format", format)
            w.field("seal", draft.seq)
            w.field("previous", draft.previous)
            w.field("created", draft.created)
            w.field("channel", draft.channel.rawValue)
            if let run = draft.runID { w.field("run", run) }
            w.key("generator")
            w.generator(name: IntakeVersion.name, version: IntakeVersion.number)
            w.key("entries")
            w.array(entries) { e in
                w.object {
                    w.field("bundle", e.sha256)
                    w.field("catalogVersion", e.catalogVersion)
                    w.key("reports")
                    w.array(Array(zip(e.reports.files, e.hashes))) { (path, sha) in
                        w.object {
                            w.field("path", path)
                            w.field("sha256", sha)
                        }
                    }
                }
            }
        }
        return w.out + "\n"
    }
}

/// An Ed25519 key pair for signing seals (swift-crypto). Files: one line of text,
/// `intake-ed25519-private-key-1 <base64 of the 32-byte seed>` (mode 0600) and
/// `intake-ed25519-public-key-1 <base64 of the 32-byte key>`.
public struct SigningKey: Sendable {
    static let privateTag = "intake-ed25519-private-key-1"
    static let publicTag = "intake-ed25519-public-key-1"
    /// The 32-byte seed (swift-crypto's key types are not Sendable; the bytes are).
    let raw: Data

    /// A new random key pair.
    public init() { raw = Curve25519.Signing.PrivateKey().rawRepresentation }

    public init(file: URL) throws(AuditError) {
        let raw = try Self.read(file, tag: Self.privateTag)
        guard (try? Curve25519.Signing.PrivateKey(rawRepresentation: raw)) != nil else {
            throw AuditError("\(file.path): not an Ed25519 private key")
        }
        self.raw = raw
    }

    var key: Curve25519.Signing.PrivateKey { try! Curve25519.Signing.PrivateKey(rawRepresentation: raw) }

    public var publicKey: VerifyingKey { VerifyingKey(raw: key.publicKey.rawRepresentation) }

    public var privateKeyText: String { "\(Self.privateTag) \(raw.base64EncodedString())\n" }

    /// The `.sig` document: algorithm, public key and signature of `bytes`.
    func signatureDocument(for bytes: [UInt8]) throws -> String {
        let signature = try key.signature(for: bytes)
        let w = JSONWriter()
        w.object {
            w.field("algorithm", "ed25519")
            w.field("publicKey", publicKey.base64)
            w.field("signature", signature.base64EncodedString())
        }
        return w.out + "\n"
    }

    static func read(_ file: URL, tag: String) throws(AuditError) -> Data {
        guard let data = try? Data(contentsOf: file) else { throw AuditError("cannot read the key file \(file.path)") }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let parts = text.split(separator: " ")
        guard parts.count == 2, parts[0] == tag, let raw = Data(base64Encoded: String(parts[1])), raw.count == 32 else {
            throw AuditError("\(file.path) is not an intake key file (expected one line: \(tag) <base64>)")
        }
        return raw
    }
}

/// The public half, for `audit verify --public-key`.
public struct VerifyingKey: Sendable, Hashable {
    let raw: Data

    init(raw: Data) { self.raw = raw }

    public init(file: URL) throws(AuditError) {
        let raw = try SigningKey.read(file, tag: SigningKey.publicTag)
        guard (try? Curve25519.Signing.PublicKey(rawRepresentation: raw)) != nil else {
            throw AuditError("\(file.path): not an Ed25519 public key")
        }
        self.raw = raw
    }

    /// A key from the base64 of its 32 bytes (as a `.sig` file names it).
    init?(base64: String) {
        guard let raw = Data(base64Encoded: base64), (try? Curve25519.Signing.PublicKey(rawRepresentation: raw)) != nil
        else { return nil }
        self.raw = raw
    }

    public var base64: String { raw.base64EncodedString() }
    public var text: String { "\(SigningKey.publicTag) \(base64)\n" }

    func isValid(_ signature: Data, for bytes: [UInt8]) -> Bool {
        guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) else { return false }
        return key.isValidSignature(signature, for: bytes)
    }
}

/// A failure of an audit command itself (not a finding of the audit).
public struct AuditError: Error, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
