import Foundation

/// Where the project's data lives at run time: the folder holding `Schemas/` and
/// `Pipelines/` (the repository, or an installed copy).
public enum IntakeHome {
    /// `INTAKE_HOME` if set; else the first ancestor of the executable, then of the
    /// current directory, that holds `Schemas/manifest.xsd`, or `share/intake/` holding it
    /// (an installed copy: `PREFIX/bin/intake` finds `PREFIX/share/intake`).
    public static func locate() -> URL? {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["INTAKE_HOME"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        var starts: [URL] = []
        if let exe = Bundle.main.executableURL { starts.append(exe.resolvingSymlinksInPath()) }
        starts.append(URL(fileURLWithPath: fm.currentDirectoryPath))
        for start in starts {
            var dir = start
            for _ in 0..<12 {
                if fm.fileExists(atPath: dir.appendingPathComponent("Schemas/manifest.xsd").path) {
                    return dir
                }
                let installed = dir.appendingPathComponent("share/intake")
                if fm.fileExists(atPath: installed.appendingPathComponent("Schemas/manifest.xsd").path) {
                    return installed
                }
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        return nil
    }
}
