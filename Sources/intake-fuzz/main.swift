// intake-fuzz HARNESS [FILE...]      replay inputs, print what each gives (normal build)
// INTAKE_FUZZ_HARNESS=HARNESS intake-fuzz [libFuzzer options] [CORPUS...]
//                                    fuzz (built by scripts/fuzz.sh: -sanitize=fuzzer -DINTAKE_FUZZ)
// intake-fuzz seed DIR                write the seed corpora (Fuzz/corpus) from the fixtures
import Foundation
import IntakeFixtures
import IntakeFuzzing

#if INTAKE_FUZZ
    import CIntakeFuzz
#endif

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
}

#if INTAKE_FUZZ
    // Fuzz build: the harness comes from INTAKE_FUZZ_HARNESS; every argument is libFuzzer's.
    var argc = Int32(CommandLine.arguments.count)
    var cArguments: [UnsafeMutablePointer<CChar>?] = CommandLine.arguments.map { strdup($0) } + [nil]
    let status = cArguments.withUnsafeMutableBufferPointer { buffer -> Int32 in
        var argv = buffer.baseAddress
        return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) }
    }
    exit(status)
#else
    let arguments = CommandLine.arguments
    guard arguments.count >= 2 else {
        fail("usage: intake-fuzz \(Harness.allCases.map(\.rawValue).joined(separator: "|"))|seed [FILE...]")
    }
    if arguments[1] == "seed" {
        guard arguments.count == 3 else { fail("usage: intake-fuzz seed DIR") }
        do { try Seeds.write(to: URL(fileURLWithPath: arguments[2])) } catch { fail("intake-fuzz: \(error)") }
        exit(0)
    }
    guard let harness = Harness(rawValue: arguments[1]) else { fail("intake-fuzz: unknown harness \(arguments[1])") }
    guard let home = FuzzTargets.findHome() else { fail("intake-fuzz: no Schemas/manifest.xsd above here; set INTAKE_HOME") }
    let targets: FuzzTargets
    do { targets = try FuzzTargets(home: home) } catch { fail("intake-fuzz: \(error)") }
    for path in arguments.dropFirst(2) {
        guard let data = FileManager.default.contents(atPath: path) else { fail("intake-fuzz: cannot read \(path)") }
        print("\(path)\t\(targets.run(harness, Array(data)))")
    }
#endif
