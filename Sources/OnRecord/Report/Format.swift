import Foundation

/// Number formatting that does not depend on the machine's locale.
enum Format {
  /// Fixed-point text with `places` decimals, rounded half away from zero; no locale.
  static func decimal(_ value: Double, _ places: Int) -> String {
    guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-inf" : "inf") }
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
    guard scaled < 9e15 else { return String(format: "%.\(places)f", locale: Locale(identifier: "en_US_POSIX"), value) }
    let units = Int64(scaled)
    let divisor = Int64(scale)
    var text = String(units / divisor)
    if places > 0 {
      let fraction = String(units % divisor)
      text += "." + String(repeating: "0", count: places - fraction.count) + fraction
    }
    return (value < 0 && units != 0 ? "-" : "") + text
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
