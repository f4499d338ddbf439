// swift-tools-version: 6.0
// The libFuzzer target, kept out of the main package so that a plain `swift build`
// never needs the fuzzer runtime. Build and run it with ../scripts/fuzz.sh.
import PackageDescription

let package = Package(
  name: "OnRecordFuzz",
  platforms: [.macOS(.v15)],
  dependencies: [.package(name: "onrecord", path: "..")],
  targets: [
    .executableTarget(
      name: "OnRecordFuzz",
      dependencies: [.product(name: "OnRecord", package: "onrecord")],
      swiftSettings: [.unsafeFlags(["-parse-as-library"])]
    )
  ],
  swiftLanguageModes: [.v6]
)
