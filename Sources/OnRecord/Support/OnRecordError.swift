import Foundation

/// Every error onrecord reports to its user. Messages name the thing that went
/// wrong and what to do about it; a bad article is not an error but data (see
/// ``FileOutcome``).
public enum OnRecordError: Error, Equatable, CustomStringConvertible, Sendable {
  case corpusNotFound(String)
  case corpusNotADirectory(String)
  case corpusUnreadable(String, reason: String)
  case pathNotFound(String)
  case lexiconUnreadable(String, reason: String)
  case lexiconMissing(String)
  case cannotWrite(String, reason: String)
  case invalidOption(String)
  case cacheUnusable(String, reason: String)
  case modelUnusable(String)

  public var description: String {
    switch self {
    case .corpusNotFound(let path):
      return "corpus not found: \(path) (give the folder that holds the articles)"
    case .corpusNotADirectory(let path):
      return "corpus is not a folder: \(path) (use `onrecord extract` for single files)"
    case .corpusUnreadable(let path, let reason):
      return "cannot read the corpus folder \(path): \(reason)"
    case .pathNotFound(let path):
      return "no such file or folder: \(path)"
    case .lexiconUnreadable(let path, let reason):
      return "cannot read the word list \(path): \(reason)"
    case .lexiconMissing(let name):
      return "the built-in word list \(name) is missing from the installation"
    case .cannotWrite(let path, let reason):
      return "cannot write \(path): \(reason)"
    case .invalidOption(let message):
      return message
    case .cacheUnusable(let path, let reason):
      return
        "cannot use the cache \(path): \(reason) (remove the file, choose another with --cache, or run with --no-cache)"
    case .modelUnusable(let problem):
      return "\(problem): reinstall onrecord, or rebuild the model with `onrecord train-cues`"
    }
  }
}
