// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "ppid-tui",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ppid-tui", targets: ["ppid-tui"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // Core: the pure domain, then the files, then the screens.
        .target(name: "PPIDModel"),
        .target(
            name: "PPIDStore",
            dependencies: ["PPIDModel", .product(name: "TOMLKit", package: "TOMLKit")],
            resources: [.copy("Resources/holidays-id.json"), .copy("Resources/demo-register-2019.csv")]
        ),
        .target(name: "PPIDUI", dependencies: ["PPIDModel"]),

        // The office's documents: the exports' text (recap, registers, the annual report's prose),
        // letters and the annual report (.docx, zipped by ZIPFoundation from the program's own
        // XML), the year's workbook (.xlsx, by libxlsxwriter); PPIDStore's ExportWriter puts each
        // file in place.
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .target(
            name: "PPIDDocuments",
            dependencies: ["PPIDModel", "PPIDStore", "CXlsxWriter", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),

        // The public side (`ppid-tui serve`): the online request form and the requester's status
        // page, Hummingbird 2 routes and swift-mustache templates over the same store a counter uses.
        .target(
            name: "PPIDWeb",
            dependencies: [
                "PPIDModel", "PPIDStore", "PPIDUI",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),

        // The terminal: ncursesw through a shim, used only by the executable.
        .systemLibrary(
            name: "CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "PPIDTerminal", dependencies: ["CNcurses", "PPIDUI"]),
        .executableTarget(
            name: "ppid-tui",
            dependencies: [
                "PPIDModel", "PPIDStore", "PPIDUI", "PPIDTerminal", "PPIDDocuments", "PPIDWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),

        // Developer tools: load generators for the stress, crash and benchmark checks, and the
        // benchmark itself (run in release mode; not part of `swift test`).
        .executableTarget(
            name: "ppid-bench",
            dependencies: [
                "PPIDModel", "PPIDStore", "PPIDUI", "PPIDDocuments",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "ppid-devtool",
            dependencies: [
                "PPIDModel", "PPIDStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Tests: unit tests per module, then the safety suite (crashes, kills, many writers, bad
        // input; small under `swift test`, full size with PPID_SAFETY=full), with shared helpers.
        .target(name: "PPIDTestSupport", path: "Tests/PPIDTestSupport"),
        .testTarget(name: "PPIDModelTests", dependencies: ["PPIDModel"]),
        .testTarget(
            name: "PPIDStoreTests",
            dependencies: ["PPIDStore", "PPIDModel", "PPIDDocuments", "PPIDTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "PPIDDocumentsTests", dependencies: ["PPIDDocuments", "PPIDModel", "PPIDStore", "PPIDTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "PPIDUITests", dependencies: ["PPIDUI", "PPIDModel", "PPIDStore"]),
        .testTarget(
            name: "PPIDWebTests",
            dependencies: [
                "PPIDWeb", "PPIDModel", "PPIDStore", "PPIDTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(name: "PPIDSafetyTests", dependencies: ["PPIDStore", "PPIDModel", "PPIDUI", "PPIDDocuments", "PPIDTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
