// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "jolkarta",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "jolkarta", targets: ["jolkarta"]),
    .library(name: "RoadmapKit", targets: ["RoadmapKit"]),
    .library(name: "RoadmapSpreadsheet", targets: ["RoadmapSpreadsheet"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    // Reading .xlsx (a ZIP of XML parts) for `jolkarta import`.
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
  ],
  targets: [
    // The model: types, JSON, load + validate, figures, edits, save. Foundation only.
    .target(name: "RoadmapKit"),
    // Pure UI core: cells, grid, widgets, screen state, reducer, key table, texts.
    .target(name: "RoadmapUI", dependencies: ["RoadmapKit"]),
    // Runs an app's file effects: saving through the store, following the file on disk.
    .target(name: "RoadmapSession", dependencies: ["RoadmapKit", "RoadmapUI", "RoadmapSync"]),
    // Sharing a roadmap through git: the `git` program run as a process, setup, sync.
    .target(name: "RoadmapSync", dependencies: ["RoadmapKit"]),
    // ncursesw, wrapped by a module map and a shim header.
    .systemLibrary(name: "CNcursesW", path: "Sources/CNcursesW"),
    // libxlsxwriter (Debian's libxlsxwriter-dev), wrapped by a module map and a shim header.
    .systemLibrary(name: "CXlsxWriter", path: "Sources/CXlsxWriter"),
    // xlsx workbooks of the export and the report, through libxlsxwriter.
    .target(name: "RoadmapSpreadsheet", dependencies: ["CXlsxWriter", "RoadmapKit", "RoadmapUI"]),
    // The thin terminal: start/stop curses, read keys, draw grids.
    .target(name: "TerminalBackend", dependencies: ["CNcursesW", "RoadmapUI"]),
    // `jolkarta import`: spreadsheets (xlsx, CSV) read into tables, then into a roadmap.
    .target(
      name: "RoadmapImport",
      dependencies: ["RoadmapKit", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
    .executableTarget(
      name: "jolkarta",
      dependencies: [
        "RoadmapKit", "RoadmapUI", "RoadmapSession", "RoadmapSync", "TerminalBackend", "RoadmapSpreadsheet", "RoadmapImport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      resources: [.copy("Resources/roadmap.json")]
    ),
    // `make bench`: speed and memory from 122 to 1,000,000 activities, release build.
    .executableTarget(
      name: "JolkartaBench", dependencies: ["RoadmapKit", "RoadmapUI", "RoadmapSession"]),
    .testTarget(
      name: "RoadmapKitTests", dependencies: ["RoadmapKit"],
      resources: [.copy("Fixtures")]),
    .testTarget(name: "RoadmapUITests", dependencies: ["RoadmapUI", "RoadmapKit"], exclude: ["Snapshots"]),
    .testTarget(name: "RoadmapSessionTests", dependencies: ["RoadmapSession", "RoadmapUI", "RoadmapKit"]),
    .testTarget(name: "jolkartaTests", dependencies: ["jolkarta", "RoadmapKit", "RoadmapUI", "RoadmapSession", "RoadmapSync"]),
    .testTarget(
      name: "RoadmapSpreadsheetTests", dependencies: ["RoadmapSpreadsheet", "RoadmapUI", "RoadmapKit"]),
    .testTarget(
      name: "RoadmapImportTests",
      dependencies: ["RoadmapImport", "RoadmapKit", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
      exclude: ["FixtureSources"], resources: [.copy("Fixtures")]),
    .testTarget(name: "TerminalBackendTests", dependencies: ["TerminalBackend", "RoadmapUI", "CNcursesW"]),
  ]
)
