import Foundation

/// Where the project's data lives at run time: the folder holding `Schemas/` and
/// `Pipelines/` (the repository, or an installed copy).
public enum IntakeHome {
    /// `INTAKE_HOME` if set; else the first ancestor of the executable, then of the
    /// current directory, that holds `Schemas/manifest.xsd`, or `share/intake/` holding it
    /// (an installed copy: `PREFIX/bin/intake` finds `PREFIX/share/intake`).
    ///
    /// By path with POSIX calls (readlink, getcwd, access): every command starts here, and
    /// Foundation's `Bundle.main` and `FileManager` cost ~2 ms of a `check` that should take 20.
    public static func locate() -> URL? {
        if let env = getenv("INTAKE_HOME").map({ String(cString: $0) }), !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        var starts: [String] = []
        if let exe = executablePath() { starts.append(exe) }
        if let cwd = currentDirectory() { starts.append(cwd) }
        for start in starts {
            var dir = start
            for _ in 0..<12 {
                if access(dir + "/Schemas/manifest.xsd", F_OK) == 0 { return URL(fileURLWithPath: dir) }
                if access(dir + "/share/intake/Schemas/manifest.xsd", F_OK) == 0 {
                    return URL(fileURLWithPath: dir + "/share/intake")
                }
                guard let slash = dir.utf8.lastIndex(of: UInt8(ascii: "/")) else { break }
                let parent = slash == dir.utf8.startIndex ? "/" : String(dir[..<slash])
                if parent == dir { break }
                dir = parent
            }
        }
        return nil
    }

    /// The running executable with every link resolved (/proc/self/exe).
    static func executablePath() -> String? {
        var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = buffer.withUnsafeMutableBufferPointer { readlink("/proc/self/exe", $0.baseAddress!, $0.count - 1) }
        guard n > 0 else { return nil }
        return String(decoding: buffer[..<n], as: UTF8.self)
    }

    static func currentDirectory() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return nil }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
