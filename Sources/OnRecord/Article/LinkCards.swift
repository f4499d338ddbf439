/// Pages saved as text sometimes keep the pop-up card a site shows over a linked name: the
/// person's full name, glued to the headlines of related stories, ending in "MORE"
/// ("President Trump Donald John TrumpKamala Harris calls for … MORE on Monday said"). Read as
/// prose, its headlines become attributions of their own ("Harris calls for"). `blanked(_:)`
/// replaces each card with spaces, so that every offset into the text stays the same.
public enum LinkCards {
  /// The text with each card blanked, or the text itself when it has none.
  public static func blanked(_ text: String) -> String {
    guard hasMore(text.utf8) else { return text }
    var s = Array(text.unicodeScalars)
    var changed = false
    var searchFrom = 0
    while let more = nextMore(in: s, from: searchFrom) {
      searchFrom = more + 4
      guard let start = cardStart(before: more, in: s) else { continue }
      for k in start..<(more + 4) where s[k] != "\n" { s[k] = " " }
      changed = true
    }
    guard changed else { return text }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: s)
    return String(view)
  }

  /// Whether " MORE" occurs at all: a scan of the bytes, as every article passes here.
  static func hasMore(_ bytes: String.UTF8View) -> Bool {
    var state = 0
    let pattern: [UInt8] = [0x20, 0x4D, 0x4F, 0x52, 0x45]
    for byte in bytes {
      if byte == pattern[state] {
        state += 1
        if state == pattern.count { return true }
      } else {
        state = byte == pattern[0] ? 1 : 0
      }
    }
    return false
  }

  /// The next "MORE" that stands as a word, after a space.
  static func nextMore(in s: [Unicode.Scalar], from: Int) -> Int? {
    var i = max(from, 1)
    while i + 4 <= s.count {
      if s[i] == "M", s[i + 1] == "O", s[i + 2] == "R", s[i + 3] == "E", s[i - 1] == " ",
        i + 4 == s.count || !isLetter(s[i + 4])
      {
        return i
      }
      i += 1
    }
    return nil
  }

  /// Where the card that "MORE" at `more` closes begins: the full name before the glued
  /// word, right after the name as the prose gives it ("Trump Donald John TrumpKamala": the
  /// card begins at "Donald"). Nil when no such name stands within reach.
  static func cardStart(before more: Int, in s: [Unicode.Scalar]) -> Int? {
    let floor = max(0, more - 900)
    var k = more - 1
    while k > floor {
      // A glue: a lower-case letter, then a capital, a digit or an opening mark, inside one word
      // ("PelosiHouse", "Sanders2020"); or the full name's end before a space ("Paul Davis Ryan
      // Retirees should…").
      let glue =
        isUpper(s[k]) || s[k].properties.numericType != nil || s[k] == "'" || s[k] == "\u{2018}" || s[k] == "\""
        || s[k] == "\u{201C}"
      if isLower(s[k - 1]), glue || s[k] == " " {
        var wordStart = k - 1
        while wordStart > floor, !isSpace(s[wordStart - 1]) { wordStart -= 1 }
        let surname = Array(s[wordStart..<k])
        if surname.count >= 2, isUpper(surname[0]), let start = fullName(endingWith: surname, at: wordStart, in: s) {
          return start
        }
      }
      if s[k] == "\n" { return nil }
      k -= 1
    }
    return nil
  }

  /// The full name whose last word, `surname`, starts at `wordStart`: up to four capitalised
  /// words before it, after the same surname as the prose gives it. Returns where the full name
  /// begins.
  static func fullName(endingWith surname: [Unicode.Scalar], at wordStart: Int, in s: [Unicode.Scalar]) -> Int? {
    var end = wordStart - 1
    var first = wordStart
    for _ in 0..<5 {
      guard end > 0, s[end] == " " else { return nil }
      var b = end
      while b > 0, !isSpace(s[b - 1]) { b -= 1 }
      let word = Array(s[b..<end])
      // ("Jefferson (Jeff) Beauregard Sessions": a nickname in brackets.)
      guard let initial = word.first(where: { $0 != "(" }), isUpper(initial) else { return nil }
      if word == surname
        || word.count > surname.count && word.suffix(surname.count) == surname[...]
          && !isLetter(word[word.count - surname.count - 1])
      {
        return first < wordStart ? first : nil
      }
      first = b
      end = b - 1
    }
    return nil
  }

  static func isLetter(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic }
  static func isLower(_ c: Unicode.Scalar) -> Bool { c.properties.isLowercase }
  static func isUpper(_ c: Unicode.Scalar) -> Bool { c.properties.isUppercase }
  static func isSpace(_ c: Unicode.Scalar) -> Bool { c.properties.isWhitespace }
}
