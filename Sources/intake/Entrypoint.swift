import ArgumentParser
import Foundation
import IntakeCommandSupport
import IntakeModel
import IntakePDF

/// `intake`: decides whether application bundles can be accepted.
struct Intake: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "intake",
        abstract: "Checks application bundles for the city's government service centre.",
        version: BuildInfo.versionLine,
        subcommands: [
            CheckCommand.self, InspectCommand.self, CatalogCommand.self, RunCommand.self, ServeCommand.self, AuditCommand.self,
        ])
}

@main
enum Entrypoint {
    static func main() async {
        // The PDF helpers are stopped and reaped on the way out, so their CPU time counts
        // as this process' children's (what `time` and the benchmarks read).
        atexit { PDFChecker.shared.stopIdle() }
        // libzip turns each entry's DOS time into a time_t with mktime, and glibc, with TZ
        // unset, stats /etc/localtime again at every call (six a bundle, under tzset's lock
        // that the jobs share). The same zone named once is read once.
        if getenv("TZ") == nil { setenv("TZ", ":/etc/localtime", 0) }
        do {
            // `intake check` in its plain forms starts without ArgumentParser (see
            // CheckCommand.plainArguments); its exit status 0 or 1 is the verdict's.
            let arguments = CommandLine.arguments
            if arguments.count >= 2, arguments[1] == "check",
                let plain = CheckCommand.plainArguments(Array(arguments.dropFirst(2)))
            {
                do {
                    try CheckCommand.check(plain)
                    return
                } catch let code as ExitCode where code != .validationFailure {
                    Foundation.exit(code.rawValue)
                }
            }
            var command = try Intake.parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            // The spec's exit codes: bad usage is 2, not ArgumentParser's 64.
            if Intake.exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((Intake.fullMessage(for: error) + "\n").utf8))
                if Tooling.wantsJSON(CommandLine.arguments) {
                    let message = Intake.message(for: error)
                    FileHandle.standardOutput.write(Data((Tooling.errorJSON(code: "usage", message: message) + "\n").utf8))
                }
                Foundation.exit(2)
            }
            Intake.exit(withError: error)
        }
    }
}

/// A failure of the tool itself (not a finding about a bundle): exit status 2.
struct ToolFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension ParsableCommand {
    /// Prints a tool failure on stderr and exits 2 ("could not judge").
    static func fail(_ message: String) -> Never { Tooling.fail(message) }
}
