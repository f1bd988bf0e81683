#if INTAKE_FUZZ
    import Foundation
    import IntakeFuzzing

    /// The harness this process fuzzes, from `INTAKE_FUZZ_HARNESS` (scripts/fuzz.sh sets it),
    /// set up on the first input: libFuzzer may start from its own `main`, before any of
    /// main.swift's top-level code runs.
    enum FuzzState {
        /// Safe as `nonisolated(unsafe)`: libFuzzer calls the entry point from one thread.
        nonisolated(unsafe) static var current: (harness: Harness, targets: FuzzTargets)?

        static func setUp() -> (harness: Harness, targets: FuzzTargets) {
            if let current { return current }
            let name = ProcessInfo.processInfo.environment["INTAKE_FUZZ_HARNESS"] ?? ""
            guard let harness = Harness(rawValue: name), let home = FuzzTargets.findHome(),
                let targets = try? FuzzTargets(home: home)
            else {
                FileHandle.standardError.write(Data("intake-fuzz: set INTAKE_FUZZ_HARNESS and INTAKE_HOME\n".utf8))
                exit(2)
            }
            current = (harness, targets)
            return (harness, targets)
        }
    }

    /// libFuzzer's entry point: one input through the harness's entry point.
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        let (harness, targets) = FuzzState.setUp()
        let bytes = size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size))
        targets.run(harness, bytes)
        return 0
    }
#endif
