import Foundation

/// The tool's version, written into every report's manifest.
public enum OnRecordVersion {
  public static let string = "0.1.0"

  /// The running program's size and modification time: a cached result made by another build
  /// of the same version (a developer's rebuild) is not reused.
  public static let build: String = {
    var info = stat()
    guard stat("/proc/self/exe", &info) == 0 else { return "unknown" }
    return "\(info.st_size)-\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
  }()
}
