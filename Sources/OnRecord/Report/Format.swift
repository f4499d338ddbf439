import Foundation

/// Number formatting that does not depend on the machine's locale.
enum Format {
  static func decimal(_ value: Double, _ places: Int) -> String {
    String(format: "%.\(places)f", locale: Locale(identifier: "en_US_POSIX"), value)
  }

  static func percent(_ value: Double, _ places: Int = 1) -> String {
    decimal(value * 100, places) + "%"
  }

  /// 12345 → "12,345".
  static func integer(_ value: Int) -> String {
    let digits = String(abs(value))
    var out = ""
    for (i, ch) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
      out.append(ch)
    }
    return value < 0 ? "-" + out : out
  }
}
