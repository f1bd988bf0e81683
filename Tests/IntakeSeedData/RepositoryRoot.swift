import Foundation

/// The repository root (Schemas/, Pipelines/, Fixtures/), found by walking up from this
/// file; shared by every test target.
public let repositoryRoot: URL = {
    var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while dir.path != "/"
        && !FileManager.default.fileExists(atPath: dir.appendingPathComponent("Schemas/manifest.xsd").path)
    {
        dir = dir.deletingLastPathComponent()
    }
    return dir
}()
