import Foundation

/// One file found under a corpus folder.
public struct CorpusFile: Sendable, Equatable {
  /// Path relative to the corpus folder, with "/" separators.
  public var relativePath: String
  public var url: URL
  /// The first folder level under the corpus, or nil for files at the top.
  public var outletFolder: String?
}

/// Lists a corpus folder's files in a stable order.
public enum CorpusWalker {
  /// Every non-hidden regular file below `root`, sorted by relative path.
  public static func files(in root: URL) throws -> [CorpusFile] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) else {
      throw OnRecordError.corpusNotFound(root.path)
    }
    guard isDirectory.boolValue else { throw OnRecordError.corpusNotADirectory(root.path) }
    guard FileManager.default.isReadableFile(atPath: root.path) else {
      throw OnRecordError.corpusUnreadable(root.path, reason: "permission denied")
    }
    let rootPath = root.standardizedFileURL.path
    guard
      let enumerator = FileManager.default.enumerator(
        at: root, includingPropertiesForKeys: [.isRegularFileKey, .isDirectoryKey], options: [.skipsHiddenFiles])
    else { throw OnRecordError.corpusUnreadable(root.path, reason: "cannot list the folder") }
    var files: [CorpusFile] = []
    for case let url as URL in enumerator {
      let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isDirectoryKey])
      if values?.isDirectory == true { continue }
      let path = url.standardizedFileURL.path
      var relative = path.hasPrefix(rootPath) ? String(path.dropFirst(rootPath.count)) : url.lastPathComponent
      while relative.hasPrefix("/") { relative.removeFirst() }
      let parts = relative.split(separator: "/", omittingEmptySubsequences: true)
      let outlet = parts.count > 1 ? String(parts[0]) : nil
      files.append(CorpusFile(relativePath: relative, url: url, outletFolder: outlet))
    }
    files.sort { $0.relativePath < $1.relativePath }
    return files
  }
}
