import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One file found under a corpus folder.
public struct CorpusFile: Sendable, Equatable {
  /// Path relative to the corpus folder, with "/" separators.
  public var relativePath: String
  /// The corpus folder (one string shared by all its files).
  public var root: String
  /// The first folder level under the corpus, or nil for files at the top.
  public var outletFolder: String?
  /// Size in bytes, from the folder listing.
  public var size: Int64 = 0
  /// Why the file is not read at all (a symbolic link, a special file, an unreadable folder), if so.
  public var problem: FileProblem? = nil

  public var path: String { root + "/" + relativePath }
  public var url: URL { URL(fileURLWithPath: path) }
  /// The file's own name.
  public var name: String { relativePath.split(separator: "/").last.map(String.init) ?? relativePath }
}

/// Lists a corpus folder's files in a stable order. Symbolic links are never
/// followed (so a link cannot lead out of the corpus or round in a loop); they,
/// special files and unreadable folders are listed with the reason, so that
/// every entry of the corpus is accounted for. POSIX calls, so that a folder of
/// a million files is listed in seconds and held in little memory.
public enum CorpusWalker {
  public static func files(in rootURL: URL) throws -> [CorpusFile] {
    let root = rootURL.path.hasSuffix("/") && rootURL.path.count > 1 ? String(rootURL.path.dropLast()) : rootURL.path
    var info = stat()
    guard stat(root, &info) == 0 else { throw OnRecordError.corpusNotFound(rootURL.path) }
    guard info.st_mode & S_IFMT == S_IFDIR else { throw OnRecordError.corpusNotADirectory(rootURL.path) }
    guard let top = names(in: root) else {
      throw OnRecordError.corpusUnreadable(rootURL.path, reason: "permission denied or not a folder")
    }
    var files: [CorpusFile] = []
    var outlets: [String: String] = [:]
    var pending: [(relative: String, names: [String])] = [("", top)]
    while let (folder, names) = pending.popLast() {
      for name in names where !name.hasPrefix(".") {
        let relative = folder.isEmpty ? name : folder + "/" + name
        var outlet: String? = nil
        if !folder.isEmpty {
          let first = String(relative.prefix { $0 != "/" })
          outlet = outlets[first] ?? first
          outlets[first] = outlet
        }
        let full = root + "/" + relative
        var file = CorpusFile(relativePath: relative, root: root, outletFolder: outlet)
        guard lstat(full, &info) == 0 else {
          file.problem = .unreadable(String(cString: strerror(errno)))
          files.append(file)
          continue
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
          if let children = CorpusWalker.names(in: full) {
            pending.append((relative, children))
          } else {
            file.problem = .unreadable("folder cannot be listed")
            files.append(file)
          }
        case S_IFREG:
          file.size = Int64(info.st_size)
          files.append(file)
        case S_IFLNK:
          file.problem = .symbolicLink
          files.append(file)
        default:
          file.problem = .notARegularFile
          files.append(file)
        }
      }
    }
    files.sort { $0.relativePath < $1.relativePath }
    return files
  }

  /// The entries of a folder, or nil when it cannot be listed.
  static func names(in folder: String) -> [String]? {
    guard let directory = opendir(folder) else { return nil }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names
  }
}
