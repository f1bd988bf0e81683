import ArgumentParser
import Foundation
import IntakeAudit
import IntakeCommandSupport
import IntakeModel
import IntakeRendering

/// `intake audit …`: what auditors need to trust the output months later.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "For auditors: verify the sealed output, re-decide exactly, re-judge under new rules, find and sample.",
        subcommands: [
            AuditKeygenCommand.self, AuditVerifyCommand.self,
        ])
}

/// `intake audit keygen --out DIR`: an Ed25519 key pair for signing seals.
struct AuditKeygenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract: "Make an Ed25519 key pair for signing seals (intake run/serve --sign-key).",
        discussion: """
            Writes DIR/intake-seal.key (the private key, mode 0600: give it to `intake run --sign-key`
            and `intake serve --sign-key`) and DIR/intake-seal.pub (the public key: give it to the
            auditors, for `intake audit verify --public-key`). Refuses to overwrite a key.
            """)

    @Option(help: "The folder the two key files are written into.") var out: String

    func run() throws {
        let folder = URL(fileURLWithPath: out)
        let privateFile = folder.appendingPathComponent("intake-seal.key")
        let publicFile = folder.appendingPathComponent("intake-seal.pub")
        for file in [privateFile, publicFile] where FileManager.default.fileExists(atPath: file.path) {
            Tooling.fail("\(file.path) exists: not overwriting a key")
        }
        let key = SigningKey()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            // The private key is created 0600 from the start, never readable by others.
            let fd = open(privateFile.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            guard fd >= 0 else { throw AuditError("cannot create \(privateFile.path): \(String(cString: strerror(errno)))") }
            let bytes = Array(key.privateKeyText.utf8)
            let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            fsync(fd)
            close(fd)
            guard written == bytes.count else { throw AuditError("cannot write \(privateFile.path)") }
            try Data(key.publicKey.text.utf8).write(to: publicFile, options: .atomic)
        } catch {
            Tooling.fail("\(error)")
        }
        print("private key: \(privateFile.path) (keep it secret; intake run --sign-key)")
        print("public key:  \(publicFile.path) (for auditors; intake audit verify --public-key)")
    }
}

/// `intake audit verify OUT`: the chain, the reports and the ledger agree.
struct AuditVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check that every report under OUT is exactly as sealed, and the chain, ledger and catalogs agree.",
        discussion: """
            Walks OUT/seals (each seal names the SHA-256 of the one before), every file under
            OUT/reports, the ledger and the archived catalogs, and names every report changed,
            removed or added after it was sealed, every ledger row without its report and every
            report without its row, a broken or reordered chain, and (with --public-key) every
            seal not signed by that key.
            Exit status: 0 when everything holds, 1 when something does not, 2 when OUT cannot
            be read.
            """)

    @Argument(help: "The output folder of intake run or intake serve (--out / --data).") var out: String
    @Option(help: "The public key every seal must be signed by (intake-seal.pub).") var publicKey: String?
    @Flag(help: "One JSON object instead of text.") var json = false

    func run() throws {
        let key: VerifyingKey?
        do {
            key = try publicKey.map { try VerifyingKey(file: URL(fileURLWithPath: $0)) }
        } catch {
            Tooling.fail("\(error)")
        }
        let verifier = AuditVerifier(out: URL(fileURLWithPath: out), publicKey: key, loader: Tooling.catalogLoader())
        let result: AuditVerification
        do {
            result = try verifier.verify()
        } catch {
            Tooling.fail("\(error)")
        }
        if json {
            let w = JSONWriter()
            w.object {
                w.field("holds", result.holds)
                w.field("seals", Int64(result.seals))
                w.field("signedSeals", Int64(result.signedSeals))
                w.field("reportSets", Int64(result.reportSets))
                w.field("files", Int64(result.files))
                w.field("catalogs", Int64(result.catalogs))
                w.key("problems")
                w.array(result.problems) { p in
                    w.object {
                        w.field("code", p.code)
                        w.field("severity", p.severity.rawValue)
                        w.field("path", p.path)
                        w.field("message", p.message)
                    }
                }
            }
            print(w.out)
        } else {
            for p in result.problems {
                print("\(p.severity == .error ? "ERROR" : "warning") \(p.code) \(TextEscaping.terminal(p.path)): \(TextEscaping.terminal(p.message))")
            }
            let signed = key == nil ? "\(result.signedSeals) signed" : "\(result.signedSeals) signed by the given key"
            print(
                (result.holds ? "核验通过 verified" : "核验未通过 NOT verified")
                    + ": \(result.seals) seals (\(signed)), \(result.reportSets) report sets, \(result.files) files, "
                    + "\(result.catalogs) catalogs; \(result.errors) errors, \(result.problems.count - result.errors) warnings")
        }
        if !result.holds { throw ExitCode(1) }
    }
}
