// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "onrecord",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "onrecord", targets: ["onrecord"]),
    .library(name: "OnRecord", targets: ["OnRecord"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
  ],
  targets: [
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    .systemLibrary(
      name: "CZlib",
      providers: [.apt(["zlib1g-dev"])]
    ),
    .target(
      name: "OnRecord",
      dependencies: [
        "CLibXML2", "CZlib", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
      ],
      resources: [.copy("Resources/Lexicon"), .copy("Resources/Model")]
    ),
    .executableTarget(
      name: "onrecord",
      dependencies: [
        "OnRecord",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "OnRecordTests",
      dependencies: ["OnRecord", "onrecord"],
      exclude: ["Fixtures"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
