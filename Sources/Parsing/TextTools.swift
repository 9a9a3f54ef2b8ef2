import Foundation
import LayoutModel

/// Text helpers shared by every stage: white space, joining wrapped lines, folding for
/// comparisons, quick byte scans.
package enum TextTools {
    /// Collapses runs of white space to single spaces and trims the ends.
    package static func squash(_ s: String) -> String {
        // Works on Unicode scalars (much cheaper than grapheme clusters, and white space is
        // never part of a cluster that matters here). Most strings need no change: they are
        // checked first, from their bytes, without building anything.
        if s.utf8.withContiguousStorageIfAvailable(isSquashed) ?? isSquashed(s) { return s }
        // Built as UTF-8 bytes: appending to a `String.UnicodeScalarView` costs hundreds of
        // instructions a scalar.
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        for scalar in s.unicodeScalars {
            if TextTools.isSpace(scalar) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(UInt8(ascii: " ")) }
                pendingSpace = false
                append(scalar, to: &out)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `s` has no white space but single spaces between words (scalar by scalar).
    static func isSquashed(_ s: String) -> Bool {
        var pendingSpace = false
        var started = false
        for scalar in s.unicodeScalars {
            if TextTools.isSpace(scalar) {
                if scalar != " " || pendingSpace || !started { return false }
                pendingSpace = true
            } else {
                pendingSpace = false
                started = true
            }
        }
        return !pendingSpace
    }

    /// `isSquashed` read from UTF-8 bytes, the white space of `isSpace` spelled as bytes:
    /// U+0009-000D and U+0020; C2 A0; E1 9A 80; E2 80 80-8A, A8, A9, AF; E2 81 9F; E3 80 80.
    static func isSquashed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var pendingSpace = false
        var started = false
        var i = 0
        let count = bytes.count
        while i < count {
            let lead = bytes[i]
            var space = false
            var plain = false
            var width = 1
            if lead < 0x80 {
                if lead == 0x20 {
                    space = true
                    plain = true
                } else if lead >= 0x09 && lead <= 0x0D {
                    space = true
                }
            } else {
                width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                guard i + width <= count else { return false }
                switch lead {
                case 0xC2: space = bytes[i + 1] == 0xA0
                case 0xE1: space = bytes[i + 1] == 0x9A && bytes[i + 2] == 0x80
                case 0xE2:
                    let second = bytes[i + 1], third = bytes[i + 2]
                    space = (second == 0x80 && (third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF)) || (second == 0x81 && third == 0x9F)
                case 0xE3: space = bytes[i + 1] == 0x80 && bytes[i + 2] == 0x80
                default: break
                }
            }
            if space {
                if !plain || pendingSpace || !started { return false }
                pendingSpace = true
            } else {
                pendingSpace = false
                started = true
            }
            i += width
        }
        return !pendingSpace
    }

    /// Appends the UTF-8 bytes of `scalar`.
    @inline(__always)
    static func append(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        if scalar.value < 0x80 {
            bytes.append(UInt8(scalar.value))
        } else {
            bytes.append(contentsOf: UTF8.encode(scalar)!)
        }
    }

    /// White space, decided by code point without a Unicode property lookup.
    @inline(__always)
    package static func isSpace(_ scalar: Unicode.Scalar) -> Bool { LineBuilder.isSpace(scalar) }

    /// Joins wrapped lines into one text: the one join policy of every stage (agenda titles,
    /// meeting headings, minutes, recommendation texts).
    ///
    /// Each part is squashed and parts are joined by one space, except at a line that ends in
    /// a hyphen straight after a letter or digit ("-" after a space, "abuse -", is a dash and
    /// keeps its spaces; "--" too):
    ///
    /// - the next line opens with a capital or a digit: a compound or a range, hyphen kept
    ///   and no space ("Once-" + "Through" → "Once-Through", "18-" + "25" → "18-25",
    ///   "2026-" + "27" → "2026-27");
    /// - it opens in lower case and the word before the hyphen ends in a digit, or is a
    ///   known first element of a compound (`compoundHeads`: "co-" + "ordinate", "non-" +
    ///   "statutory", "decision-" + "making"), or the continuation is a known second element
    ///   (`compoundTails`: "relationship-" + "based", "long-" + "term"): hyphen kept, no space;
    /// - otherwise it opens in lower case after letters: a word broken by hyphenation, mended
    ///   ("recom-" + "mendation" → "recommendation");
    /// - anything else (a bracket, a quote): hyphen kept, then a space.
    ///
    /// Council papers are mostly set without automatic hyphenation, so the compound lists
    /// favour keeping a hyphen; a soft break is mended only where no compound is known.
    package static func join(_ parts: [String]) -> String {
        var out = ""
        for raw in parts {
            let part = squash(raw)
            guard !part.isEmpty else { continue }
            if out.isEmpty {
                out = part
                continue
            }
            switch hyphenJoin(out, part) {
            case .space: out += " " + part
            case .keepHyphen: out += part
            case .mend:
                out.removeLast()
                out += part
            }
        }
        return out
    }

    /// How a line ending in `before` goes on into `after` (see `join`).
    enum HyphenJoin: Sendable, Equatable { case space, keepHyphen, mend }

    static func hyphenJoin(_ before: String, _ after: String) -> HyphenJoin {
        guard before.hasSuffix("-"), let previous = before.dropLast().last, previous.isLetter || previous.isNumber,
            let next = after.first
        else { return .space }
        if next.isUppercase || next.isNumber { return .keepHyphen }
        guard next.isLowercase else { return .space }
        if previous.isNumber { return .keepHyphen }
        let head = before.dropLast().reversed().prefix { $0.isLetter }.reversed().map { $0.lowercased() }.joined()
        let tail = String(after.prefix { $0.isLetter }).lowercased()
        if compoundHeads.contains(head) || compoundTails.contains(tail) { return .keepHyphen }
        return .mend
    }

    /// First elements of compounds written with a hyphen ("co-ordinate", "non-statutory",
    /// "decision-making"): a line that breaks after them keeps its hyphen.
    static let compoundHeads: Set<String> = [
        "co", "non", "pre", "post", "re", "self", "anti", "semi", "multi", "inter", "cross", "sub", "ex", "pro",
        "well", "long", "short", "full", "part", "high", "low", "mid", "half", "all", "over", "under", "out", "up",
        "one", "two", "three", "four", "five", "six", "ten", "first", "second", "third", "year", "day", "cost", "e",
        "decision", "policy", "council", "city", "county", "state", "in", "on", "off", "by", "x", "t",
    ]

    /// Second elements of compounds ("relationship-based", "long-term", "council-owned").
    static let compoundTails: Set<String> = [
        "based", "making", "maker", "makers", "led", "term", "wide", "related", "specific", "owned", "funded", "run",
        "free", "friendly", "scale", "level", "time", "year", "years", "old", "up", "off", "out", "in", "on", "over",
        "going", "being", "style", "type", "like", "only", "sized", "size", "facing", "focused", "centred", "centered",
        "driven", "dependent", "oriented", "sensitive", "bound", "proof", "ready", "sharing", "taking", "known", "round",
        "site", "wise", "way", "ways", "hand", "house", "by", "down", "back", "through", "to", "de", "la", "le", "les", "sur",
    ]

    /// Text with curly quotes and dashes folded to plain ones, lower-cased: for comparisons.
    package static func fold(_ s: String) -> String {
        let squashed = squash(s)
        var out: [UInt8] = []
        out.reserveCapacity(squashed.utf8.count)
        for scalar in squashed.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                out.append(UInt8(value >= 0x41 && value <= 0x5A ? value + 32 : value))
                continue
            }
            switch scalar {
            case "’", "‘": out.append(UInt8(ascii: "'"))
            case "“", "”": out.append(UInt8(ascii: "\""))
            case "–", "—": out.append(UInt8(ascii: "-"))
            default: out.append(contentsOf: String(scalar).lowercased().utf8)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether a case-insensitive pattern that needs one of `words` (lower-case ASCII) can
    /// match `text`: false only when no word is in it in any mix of cases, so that the
    /// pattern is neither compiled nor run on text it cannot match. Exact for ICU's
    /// case-insensitive matching, which folds an ASCII letter only to its own cases, except
    /// for the few characters whose case folding spells ASCII letters (ß and ẞ "ss", ſ "s",
    /// the Kelvin sign "k", İ, ŉ, ǰ, ẖ-ẚ, the ligatures ﬀ-ﬆ): a text with any of them is
    /// answered true.
    package static func mayContainIgnoringCase(_ text: String, _ words: [StaticString]) -> Bool {
        if contains(text, words, ignoringASCIICase: true) { return true }
        // All these characters lie past U+007F.
        return text.utf8.contains { $0 >= 0x80 } && text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0xDF, 0x130, 0x149, 0x17F, 0x1F0, 0x1E96...0x1E9A, 0x1E9E, 0x212A, 0xFB00...0xFB06: return true
            default: return false
            }
        }
    }

    /// Whether `text` contains one of `needles`, by a scan of its UTF-8 bytes: the quick
    /// tests run on every line of a pack, and Foundation's `contains` costs far more.
    package static func containsAny(_ text: String, _ needles: [StaticString]) -> Bool {
        contains(text, needles, ignoringASCIICase: false)
    }

    /// The byte scan of `containsAny` and `mayContainIgnoringCase`: with `ignoringASCIICase`
    /// the text's ASCII capitals are read as small letters (the needles are lower case).
    /// Inlined, so each caller's constant folds the case test away (`containsAny` runs on
    /// every line).
    @inline(__always)
    private static func contains(_ text: String, _ needles: [StaticString], ignoringASCIICase: Bool) -> Bool {
        var text = text
        return text.withUTF8 { hay in
            needles.contains { needle in
                needle.withUTF8Buffer { pin in
                    guard let first = pin.first else { return true }
                    guard pin.count <= hay.count else { return false }
                    let last = hay.count - pin.count
                    var i = 0
                    while i <= last {
                        if fold(hay[i], ignoringASCIICase) == first {
                            var j = 1
                            while j < pin.count && fold(hay[i + j], ignoringASCIICase) == pin[j] { j += 1 }
                            if j == pin.count { return true }
                        }
                        i += 1
                    }
                    return false
                }
            }
        }
    }

    @inline(__always)
    private static func fold(_ byte: UInt8, _ ignoringASCIICase: Bool) -> UInt8 {
        ignoringASCIICase && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

}

/// Trimming without Foundation: `trimmingCharacters(in:)` bridges the string to `NSString`
/// and builds a new `String` from its UTF-16, which on the parsers' many short strings cost
/// about 4% of a conversion. These give the same strings (the sets are Foundation's, held
/// to `CharacterSet` over every code point by `TrimmingTests`), and return the string as
/// it is when there is nothing to trim.
extension StringProtocol {
    /// `trimmingCharacters(in: .whitespaces)`: general category Zs, tab, and U+200B (zero
    /// width space, which Foundation's set holds too).
    package func trimmingWhitespace() -> String { trimmingScalars(where: TextTrim.isWhitespace) }

    /// `trimmingCharacters(in: .whitespacesAndNewlines)`: the above, U+000A-U+000D, U+0085,
    /// and general categories Zl and Zp.
    package func trimmingWhitespaceAndNewlines() -> String { trimmingScalars(where: TextTrim.isWhitespaceOrNewline) }

    /// `trimmingCharacters(in: CharacterSet(charactersIn: scalars))`.
    package func trimming(scalarsIn scalars: String) -> String {
        let set = Array(scalars.unicodeScalars)
        return trimmingScalars(where: { set.contains($0) })
    }

    /// The string less the scalars at both ends for which `drop` holds.
    package func trimmingScalars(where drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = Substring(self).unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, drop(scalars[start]) { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            guard drop(scalars[before]) else { break }
            end = before
        }
        if start == scalars.startIndex && end == scalars.endIndex, let whole = self as? String { return whole }
        return String(scalars[start..<end])
    }
}

package enum TextTrim {
    package static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09: return true
        case 0..<0x80: return false
        case 0x200B: return true
        default: return s.properties.generalCategory == .spaceSeparator
        }
    }

    package static func isWhitespaceOrNewline(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09...0x0D, 0x85, 0x200B: return true
        case 0..<0x80: return false
        default:
            switch s.properties.generalCategory {
            case .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
            default: return false
            }
        }
    }
}
