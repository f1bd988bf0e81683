import Foundation

// Files and programs every test target uses.

/// A fresh temporary folder; the caller removes it (`defer`).
public func makeTemporaryDirectory() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("intake-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
}

/// The `intake` executable built beside the test bundle (`swift build` puts both in the
/// same folder), else where `swift build --show-bin-path` says.
public func intakeExecutable() throws -> URL {
    var candidates: [URL] = []
    if let exe = Bundle.main.executableURL { candidates.append(exe.deletingLastPathComponent()) }
    candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
    for bundle in Bundle.allBundles { candidates.append(bundle.bundleURL.deletingLastPathComponent()) }
    for dir in candidates {
        let url = dir.appendingPathComponent("intake")
        if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["swift", "build", "--show-bin-path"]
    p.currentDirectoryURL = repositoryRoot
    let pipe = Pipe()
    p.standardOutput = pipe
    try p.run()
    p.waitUntilExit()
    let path = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        .trimmingCharacters(in: .whitespacesAndNewlines)
    return URL(fileURLWithPath: path).appendingPathComponent("intake")
}

/// Runs `intake` with arguments; its exit status and standard output and error.
public func runIntake(_ arguments: [String], in directory: URL = repositoryRoot) throws -> (
    status: Int32, output: String, error: String
) {
    let p = Process()
    p.executableURL = try intakeExecutable()
    p.arguments = arguments
    p.currentDirectoryURL = directory
    let out = Pipe()
    let err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    let output = out.fileHandleForReading.readDataToEndOfFile()
    let error = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: error, as: UTF8.self))
}
