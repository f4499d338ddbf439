import Foundation

/// One file found under a corpus folder.
public struct CorpusFile: Sendable, Equatable {
  /// Path relative to the corpus folder, with "/" separators.
  public var relativePath: String
  public var url: URL
  /// The first folder level under the corpus, or nil for files at the top.
  public var outletFolder: String?
  /// Size in bytes, from the folder listing.
  public var size: Int64 = 0
  /// Why the file is not read at all (a symbolic link, a special file, an unreadable folder), if so.
  public var problem: FileProblem? = nil
}

/// Lists a corpus folder's files in a stable order. Symbolic links are never
/// followed (so a link cannot lead out of the corpus or round in a loop); they,
/// special files and unreadable folders are listed with the reason, so that
/// every entry of the corpus is accounted for.
public enum CorpusWalker {
  public static func files(in root: URL) throws -> [CorpusFile] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) else {
      throw OnRecordError.corpusNotFound(root.path)
    }
    guard isDirectory.boolValue else { throw OnRecordError.corpusNotADirectory(root.path) }
    let top: [String]
    do {
      top = try FileManager.default.contentsOfDirectory(atPath: root.path)
    } catch {
      throw OnRecordError.corpusUnreadable(root.path, reason: "permission denied or not a folder")
    }
    var files: [CorpusFile] = []
    var pending: [(relative: String, names: [String])] = [("", top)]
    while let (folder, names) = pending.popLast() {
      for name in names where !name.hasPrefix(".") {
        let relative = folder.isEmpty ? name : folder + "/" + name
        let url = root.appendingPathComponent(relative)
        let outlet = folder.isEmpty ? nil : String(relative.split(separator: "/", maxSplits: 1)[0])
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        let type = attributes?[.type] as? FileAttributeType
        let size = (attributes?[.size] as? NSNumber)?.int64Value ?? 0
        switch type {
        case .typeDirectory?:
          if let children = try? FileManager.default.contentsOfDirectory(atPath: url.path) {
            pending.append((relative, children))
          } else {
            files.append(
              CorpusFile(
                relativePath: relative, url: url, outletFolder: outlet, problem: .unreadable("folder cannot be listed"))
            )
          }
        case .typeRegular?:
          files.append(CorpusFile(relativePath: relative, url: url, outletFolder: outlet, size: size))
        case .typeSymbolicLink?:
          files.append(CorpusFile(relativePath: relative, url: url, outletFolder: outlet, problem: .symbolicLink))
        default:
          files.append(CorpusFile(relativePath: relative, url: url, outletFolder: outlet, problem: .notARegularFile))
        }
      }
    }
    files.sort { $0.relativePath < $1.relativePath }
    return files
  }
}
