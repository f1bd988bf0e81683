// swift-tools-version:6.0
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "intake",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "intake", targets: ["intake"]),
        // The pipeline as a library: bundle → inspection → decision → report, for the
        // executable, the hook server and any other Swift program.
        .library(name: "IntakePipeline", targets: ["IntakePipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // System libraries: module maps only, no logic.
        .systemLibrary(
            name: "CLibZip", pkgConfig: "libzip", providers: [.apt(["libzip-dev"])]),
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(
            name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(
            name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        // qpdf's header only: the library is loaded at run time (IntakePDF's PDFCheck), not
        // linked, so that `intake` starts without it and the libraries it brings.
        .systemLibrary(name: "CQPDF", providers: [.apt(["libqpdf-dev"])]),
        .systemLibrary(
            name: "CLibDeflate", pkgConfig: "libdeflate", providers: [.apt(["libdeflate-dev"])]),
        // The one C file that includes libxml2's headers (see STYLE.md: Swift must not).
        .target(name: "CIntakeXML", dependencies: ["CLibXML2"]),
        // Process glue Swift cannot call directly: memfd, SCM_RIGHTS, spawn with a socket, malloc_trim.
        .target(name: "CIntakeProcess"),
        // libjpeg (libjpeg-turbo), whose errors longjmp: decoded in C, the jump never crossing Swift frames.
        .target(name: "CIntakeJPEG", linkerSettings: [.linkedLibrary("jpeg")]),
        // libpng's simplified API (png_image), which catches its own errors: a PNG photo decoded for its colours.
        .target(name: "CIntakePNG", linkerSettings: [.linkedLibrary("png16")]),

        // Data flow: Bundle -> Manifest -> Evidence -> (Decision -> Report -> Run).
        .target(name: "IntakeModel", swiftSettings: swiftSettings),
        .target(name: "IntakeXML", dependencies: ["CIntakeXML"], swiftSettings: swiftSettings),
        .target(name: "IntakeCompression", dependencies: ["CZlib", "CLibDeflate"], swiftSettings: swiftSettings),
        // PDF structure by qpdf, run in helper processes under a memory limit and a deadline.
        .target(name: "IntakePDF", dependencies: ["CQPDF", "CIntakeProcess", "IntakeModel"], swiftSettings: swiftSettings),
        .executableTarget(
            name: "intake-pdf-helper", dependencies: ["IntakePDF", "IntakeModel", "CIntakeProcess"], swiftSettings: swiftSettings),
        .target(
            name: "IntakeBundle",
            dependencies: ["CLibZip", "IntakeModel", "IntakeCompression", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings),
        // Edges: errno -> FileSystemError, the atomic writer, moves, the lock, the inbox walk, hashing.
        .target(
            name: "IntakeIO",
            dependencies: ["IntakeBundle", "CIntakeProcess", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings),
        // State: the ledger store (a protocol) and its SQLite implementation.
        .target(
            name: "IntakeLedger",
            dependencies: [
                "CSQLite", "IntakeBundle", "IntakeIO", "IntakeModel",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings),
        .target(
            name: "IntakeManifest", dependencies: ["IntakeXML", "IntakeModel"],
            swiftSettings: swiftSettings),
        .target(
            name: "IntakeEvidence",
            dependencies: [
                "IntakeBundle", "IntakeIO", "IntakeManifest", "IntakeModel", "IntakeXML", "IntakePDF", "IntakeCompression",
                "CIntakeJPEG", "CIntakePNG", .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings),
        .target(
            name: "IntakeCatalog",
            dependencies: [
                "IntakeXML", "IntakeModel", "CIntakeProcess", .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings),
        .target(
            name: "IntakeDecision",
            dependencies: ["IntakeCatalog", "IntakeEvidence", "IntakeManifest", "IntakeModel", "IntakeXML"],
            swiftSettings: swiftSettings),
        // One rendering: the JSON writer and the HTML page shell and palette.
        .target(name: "IntakeRendering", dependencies: ["IntakeModel"], swiftSettings: swiftSettings),
        .target(
            name: "IntakeReport",
            dependencies: [
                "IntakeBundle", "IntakeCatalog", "IntakeDecision", "IntakeEvidence", "IntakeManifest", "IntakeModel",
                "IntakeRendering", "IntakeXML",
            ],
            swiftSettings: swiftSettings),
        .target(
            name: "IntakePipeline",
            dependencies: [
                "IntakeBundle", "IntakeCatalog", "IntakeDecision", "IntakeEvidence", "IntakeIO", "IntakeManifest", "IntakeModel",
                "IntakeReport",
            ],
            swiftSettings: swiftSettings),
        // Auditors: the sealed output chain, the archived catalogs, verify, recheck,
        // rejudge, find and sample.
        .target(
            name: "IntakeAudit",
            dependencies: [
                "IntakePipeline", "IntakeLedger", "IntakeIO", "IntakeBundle", "IntakeCatalog", "IntakeModel",
                "IntakeReport", "IntakeRendering", "IntakeDecision", "IntakeEvidence", "IntakeManifest", "IntakeXML",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings),
        .target(
            name: "IntakeRun",
            dependencies: [
                "IntakePipeline", "IntakeIO", "IntakeLedger", "IntakeBundle", "IntakeReport", "IntakeDecision", "IntakeEvidence",
                "IntakeCatalog", "IntakeModel", "IntakeRendering", "IntakeXML", "IntakeAudit", "IntakePDF",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings),
        .target(
            name: "IntakeFixtures",
            dependencies: [
                "IntakeCompression", "IntakeBundle", "IntakeManifest", "IntakeCatalog", "CIntakeJPEG", "CIntakePNG",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings),
        // The online-submission hook (`intake serve`): Hummingbird 2 over the same pipeline
        // and ledger as the batch run.
        .target(
            name: "IntakeServer",
            dependencies: [
                "IntakePipeline", "IntakeRun", "IntakeLedger", "IntakeIO", "IntakeBundle", "IntakeCatalog", "IntakeDecision",
                "IntakeModel", "IntakeReport", "IntakeRendering", "IntakeAudit", "IntakePDF",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "NIOHTTPTypesHTTP1", package: "swift-nio-extras"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings),
        // The home and pipeline loading every command-line program shares.
        .target(
            name: "IntakeCommandSupport",
            dependencies: [
                "IntakeCatalog", "IntakeDecision", "IntakeEvidence", "IntakeManifest", "IntakeModel", "IntakePipeline",
                "IntakeRendering",
            ],
            swiftSettings: swiftSettings),
        .executableTarget(
            name: "intake",
            dependencies: [
                "IntakeEvidence", "IntakeManifest", "IntakeModel", "IntakeBundle", "IntakeCatalog", "IntakeDecision",
                "IntakeReport", "IntakeRendering", "IntakeRun", "IntakePipeline", "IntakeCommandSupport", "IntakeServer",
                "IntakeIO", "IntakeAudit", "IntakeLedger",
                "IntakePDF",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings,
            // The static Swift runtime's link arguments export every symbol of the program's
            // own modules (~44,000): each library symbol the dynamic loader binds at start
            // is then looked up in that table first, and the runtime's start-up dladdr
            // walks it. Nothing looks them up by name; `intake check` starts ~1.5 ms sooner.
            linkerSettings: [.unsafeFlags(["-Xlinker", "--no-export-dynamic"], .when(configuration: .release))]),

        // Development tools, not linked into the shipped `intake`.
        .executableTarget(
            name: "intake-bench",
            dependencies: [
                "IntakeCommandSupport", "IntakePipeline", "IntakeBundle", "IntakeCatalog", "IntakeCompression", "IntakeDecision",
                "IntakeEvidence", "IntakeFixtures", "IntakeManifest", "IntakeModel", "IntakeReport", "IntakeIO",
                "IntakeLedger", "IntakeRun", "IntakePDF",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Tools/intake-bench", swiftSettings: swiftSettings),
        .executableTarget(
            name: "intake-fixtures",
            dependencies: [
                "IntakeCommandSupport", "IntakeFixtures", "IntakeCatalog",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Tools/intake-fixtures", swiftSettings: swiftSettings),

        // Fuzzing (scripts/fuzz.sh): the harnesses' entry points, the driver executable and
        // the replay test. CIntakeFuzz only declares libFuzzer's driver function.
        .target(name: "CIntakeFuzz"),
        .target(
            name: "IntakeFuzzing", dependencies: ["IntakeBundle", "IntakeEvidence", "IntakeManifest", "IntakeModel"],
            swiftSettings: swiftSettings),
        .executableTarget(
            name: "intake-fuzz", dependencies: ["CIntakeFuzz", "IntakeFuzzing", "IntakeFixtures"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "IntakeFuzzingTests", dependencies: ["IntakeFuzzing", "IntakeSeedData"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "IntakeBundleTests",
            dependencies: [
                "IntakeEvidence", "IntakeBundle", "IntakeManifest", "IntakeModel", "IntakeFixtures", "IntakeXML",
                "IntakeSeedData", "IntakeCompression", "IntakePDF",
            ],
            swiftSettings: swiftSettings),
        // Test support shared by the test targets: the repository root and the hand-written
        // expectations read from the seed documents.
        .target(
            name: "IntakeSeedData", dependencies: ["IntakeLedger"], path: "Tests/IntakeSeedData", swiftSettings: swiftSettings),
        .testTarget(
            name: "IntakeDecisionTests",
            dependencies: [
                "IntakeDecision", "IntakeCatalog", "IntakeEvidence", "IntakeManifest", "IntakeModel", "IntakeFixtures",
                "IntakeXML", "IntakeSeedData",
            ],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "IntakeCatalogTests",
            dependencies: [
                "IntakeSeedData", "IntakeCatalog", "IntakeDecision", "IntakeXML", "IntakeModel", "IntakeManifest",
                "IntakeFixtures",
            ],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "IntakeReportTests",
            dependencies: [
                "IntakeReport", "IntakeDecision", "IntakeCatalog", "IntakeEvidence", "IntakeManifest", "IntakeModel",
                "IntakeXML", "IntakeFixtures", "IntakeSeedData", "IntakeRendering",
            ],
            exclude: ["Golden"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "IntakeRunTests",
            dependencies: [
                "IntakeRun", "IntakeAudit", "IntakePipeline", "IntakeIO", "IntakeLedger", "IntakeBundle", "IntakeReport",
                "IntakeDecision",
                "IntakeCatalog", "IntakeEvidence", "IntakeManifest", "IntakeModel", "IntakeFixtures", "IntakeSeedData",
            ],
            swiftSettings: swiftSettings),
        .testTarget(name: "IntakeModelTests", dependencies: ["IntakeModel"], swiftSettings: swiftSettings),
        .testTarget(name: "IntakeXMLTests", dependencies: ["IntakeXML"], swiftSettings: swiftSettings),
        .testTarget(
            name: "IntakePipelineTests",
            dependencies: ["IntakePipeline", "IntakeModel", "IntakeReport", "IntakeSeedData", "IntakeFixtures"],
            swiftSettings: swiftSettings),
        // The command line, run as a user runs it (the built `intake` beside the tests).
        .testTarget(
            name: "IntakeCLITests", dependencies: ["IntakeModel", "IntakeSeedData", "IntakeFixtures", "IntakeCatalog"],
            swiftSettings: swiftSettings),
        // The hook server, started as a user starts it and spoken to over real HTTP.
        .testTarget(
            name: "IntakeServerTests",
            dependencies: [
                "IntakeModel", "IntakeSeedData", "IntakeFixtures", "IntakeServer",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings),
        .testTarget(name: "IntakeIOTests", dependencies: ["IntakeIO", "IntakeBundle"], swiftSettings: swiftSettings),
        .testTarget(
            name: "IntakeLedgerTests", dependencies: ["IntakeLedger", "IntakeIO", "IntakeBundle", "IntakeSeedData"],
            swiftSettings: swiftSettings),
    ]
)
