// swift-tools-version:6.0
import PackageDescription

// The targets are layers; dependencies point one way (docs/ARCHITECTURE.md), and
// Tests/CapIndexTests/ArchitectureTests.swift fails when a target imports or declares
// one it must not:
//   CapIndexDomain ← CapIndexFormats ← CapIndexStore, CapIndexReports ← CapIndexApp ← capindex
let package = Package(
    name: "capindex",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "capindex", targets: ["capindex"]),
        .library(name: "CapIndexApp", targets: ["CapIndexApp"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        // The system SQLite (libsqlite3-dev), through its C API.
        .systemLibrary(
            name: "CSQLite", path: "Sources/CSQLite", pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]),
        // SHA-256 from the system's libcrypto (libssl-dev), linked statically (see CapIndexFormats).
        .systemLibrary(
            name: "CCrypto", path: "Sources/CCrypto",
            providers: [.apt(["libssl-dev"])]),
        // Deflate and CRC-32 from the system zlib (zlib1g-dev), for .xlsx workbooks.
        .systemLibrary(
            name: "CZlib", path: "Sources/CZlib",
            providers: [.apt(["zlib1g-dev"])]),
        // The rules: model, exact arithmetic, scoring, trends, flags, banding, matching,
        // validation. No I/O and no SQL.
        .target(
            name: "CapIndexDomain",
            exclude: ["README.md"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        // The file formats: CSV (one streaming parser), JSON, ZIP and XLSX, text decoding,
        // SHA-256, the submission and evidence file readers, the export writers.
        .target(
            name: "CapIndexFormats",
            dependencies: ["CapIndexDomain", "CCrypto", "CZlib"],
            exclude: ["README.md"],
            swiftSettings: [.swiftLanguageMode(.v6)],
            // libcrypto's static library (libssl-dev): the SHA-256 code only, where loading
            // the shared one cost every command 0.6 ms before `main`.
            linkerSettings: [.linkedLibrary(":libcrypto.a")]
        ),
        // The only place with SQL: the schema, its migrations, and named reads and writes
        // of value snapshots. Its connection is private to it.
        .target(
            name: "CapIndexStore",
            dependencies: ["CapIndexDomain", "CapIndexFormats", "CSQLite"],
            exclude: ["README.md"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        // The pages: models built from value snapshots, one document model, Markdown and
        // HTML renderers, charts, and the export tables. It never sees the store.
        .target(
            name: "CapIndexReports",
            dependencies: ["CapIndexDomain", "CapIndexFormats"],
            exclude: ["README.md"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        // The shipped Data/ folder built into the program by the plugin below, so an
        // installed binary needs no Data/ beside it.
        .target(
            name: "CapIndexResources",
            exclude: ["README.md"],
            swiftSettings: [.swiftLanguageMode(.v6)],
            plugins: ["EmbedShippedData"]
        ),
        .executableTarget(
            name: "capindex-embed",
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .plugin(
            name: "EmbedShippedData",
            capability: .buildTool(),
            dependencies: ["capindex-embed"]
        ),
        // The use cases: what each command does, over one clock and one data folder.
        .target(
            name: "CapIndexApp",
            dependencies: ["CapIndexDomain", "CapIndexFormats", "CapIndexStore", "CapIndexReports", "CapIndexResources"],
            exclude: ["README.md"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        // The command line: parses, calls one use case, prints through one printer.
        .executableTarget(
            name: "capindex",
            dependencies: [
                "CapIndexApp",
                "CapIndexDomain",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["README.md"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "CapIndexTests",
            dependencies: ["CapIndexDomain", "CapIndexFormats", "CapIndexStore", "CapIndexReports", "CapIndexApp"],
            exclude: ["Snapshots"],
            resources: [.copy("Fixtures")],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)
