import Foundation
import LayoutModel

/// Compiled regular expressions, made once.
///
/// A pattern whose parts are read back names them: `(?<number>\d+)` is read as
/// `pattern.match(in: text)?["number"]`, so that a reader says what it takes from a match
/// instead of counting parentheses. A name that is not in the pattern is a programming
/// error, caught by the tests of its reader. `groups(in:)` (numbered) stays for patterns of
/// one group.
///
/// In a case-insensitive pattern, a class of letters or word characters (`\p{L}`, `\w`, or
/// a set holding one) is written inside `(?-i:…)`: ICU closes every set of a
/// case-insensitive pattern over case, which for these sets adds nothing (the letters' case
/// partners are letters; of all code points only U+0345, a combining Greek accent, is
/// added to `\p{L}`) and costs about 0.1 ms a set when the pattern is compiled, once per
/// process, a third of all pattern compilation on real papers. `\p{Lu}` is not so written:
/// closed over case it matches lower case too, and patterns rely on what they match.
///
/// Patterns name letters as `\p{L}` and capitals as `\p{Lu}`; `make` compiles them as the
/// same sets spelled from binary properties (`letter`, `capital`). ICU builds the set of a
/// general category afresh, code point range by code point range, for every place a pattern
/// names it (about 0.5 M instructions each, a sixth of a two-page minutes' conversion), while
/// it keeps a binary property's set once built: the same set costs less than half.
package enum Patterns {
    package static func make(_ pattern: String, caseInsensitive: Bool = true) -> NSRegularExpression {
        // The patterns are literals in this module; a bad one is a programming error caught by tests.
        try! NSRegularExpression(pattern: spelled(pattern), options: caseInsensitive ? [.caseInsensitive] : [])
    }

    /// `\p{L}`, the letters, as ICU's `ID_Start` less the letter numbers and the few other
    /// identifier starts that are not letters, with U+2E2F (a modifier letter `ID_Start`
    /// leaves out): the same code points, tested over all of Unicode in both cases. A set in
    /// brackets, so that it reads the same alone and inside a class (`[\p{L}'-]`).
    package static let letter = #"[[\p{ID_Start}--[\x{16EE}-\x{16F0}\x{1885}-\x{1886}\x{2118}\x{212E}\x{2160}-\x{2182}\x{2185}-\x{2188}\x{3007}\x{3021}-\x{3029}\x{3038}-\x{303A}\x{309B}-\x{309C}\x{A6E6}-\x{A6EF}\x{10140}-\x{10174}\x{10341}\x{1034A}\x{103D1}-\x{103D5}\x{12400}-\x{1246E}]]\x{2E2F}]"#

    /// `\p{Lu}`, the capital letters, as ICU's `Uppercase` less the capitals that are not
    /// letters (Roman numerals, circled and squared letters): the same code points, tested.
    package static let capital = #"[\p{Uppercase}--[\x{2160}-\x{216F}\x{24B6}-\x{24CF}\x{1F130}-\x{1F149}\x{1F150}-\x{1F169}\x{1F170}-\x{1F189}]]"#

    /// `pattern` with `\p{Lu}` and `\p{L}` spelled as `capital` and `letter` (read byte by
    /// byte: Foundation's search and replace cost more than the sets save on long patterns).
    package static func spelled(_ pattern: String) -> String {
        let bytes = Array(pattern.utf8)
        let property = Array(#"\p{L"#.utf8)
        var out: [UInt8] = []
        var copied = 0
        var i = 0
        while i + property.count < bytes.count {
            guard bytes[i] == UInt8(ascii: "\\") else {
                i += 1
                continue
            }
            if bytes[i..<(i + property.count)].elementsEqual(property) {
                let rest = i + property.count
                var replacement: String?
                var end = rest
                if bytes[rest] == UInt8(ascii: "}") {
                    replacement = letter
                    end = rest + 1
                } else if bytes[rest] == UInt8(ascii: "u"), rest + 1 < bytes.count, bytes[rest + 1] == UInt8(ascii: "}") {
                    replacement = capital
                    end = rest + 2
                }
                if let replacement {
                    if out.isEmpty { out.reserveCapacity(bytes.count + 512) }
                    out += bytes[copied..<i]
                    out += replacement.utf8
                    copied = end
                    i = end
                    continue
                }
            }
            // An escape takes the next character with it (`\\p{L}` is a backslash and "p{L}").
            i += 2
        }
        guard copied > 0 else { return pattern }
        out += bytes[copied...]
        return String(decoding: out, as: UTF8.self)
    }
}

/// A match of a pattern, its groups read by name.
package struct PatternMatch {
    /// The text matched against.
    package let text: String
    package let result: NSTextCheckingResult

    /// The text of the group called `name`, or nil where the group did not take part.
    package subscript(_ name: String) -> String? { range(name).map { String(text[$0]) } }

    /// The range in `text` of the group called `name`, or nil where it did not take part.
    package func range(_ name: String) -> Range<String.Index>? {
        let r = result.range(withName: name)
        guard r.location != NSNotFound else { return nil }
        return Range(r, in: text)
    }

    /// The range in `text` of the whole match.
    package var range: Range<String.Index>? { Range(result.range, in: text) }
}

extension NSRegularExpression {
    /// The first match in `s`, its groups read by name.
    package func match(in s: String) -> PatternMatch? {
        firstMatch(in: s, range: NSRange(s.startIndex..., in: s)).map { PatternMatch(text: s, result: $0) }
    }

    /// The capture groups of the first match in `s` (nil for a group that did not take part).
    package func groups(in s: String) -> [String?]? {
        let range = NSRange(s.startIndex..., in: s)
        guard let m = firstMatch(in: s, range: range) else { return nil }
        return (0..<m.numberOfRanges).map { i in
            let r = m.range(at: i)
            guard r.location != NSNotFound, let rr = Range(r, in: s) else { return nil }
            return String(s[rr])
        }
    }

    /// The range in `s` of the first match.
    package func range(in s: String) -> Range<String.Index>? {
        guard let m = firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) else { return nil }
        return Range(m.range, in: s)
    }

    package func matches(_ s: String) -> Bool {
        firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
    }

    /// The range in `s` of the first match exactly as `s.range(of: pattern, options:
    /// .regularExpression)` gives it (UTF-16 offsets made indices as they are, not rounded
    /// to characters), without compiling the pattern and formatting Foundation's cache key
    /// on every call.
    package func foundationRange(in s: String) -> Range<String.Index>? {
        let r = rangeOfFirstMatch(in: s, options: [], range: NSRange(location: 0, length: s.utf16.count))
        guard r.location != NSNotFound else { return nil }
        return String.Index(utf16Offset: r.location, in: s)..<String.Index(utf16Offset: r.location + r.length, in: s)
    }

    /// `s` with every match replaced by `template`, as `s.replacingOccurrences(of: pattern,
    /// with: template, options: .regularExpression)` gives it.
    package func replacingMatches(in s: String, with template: String) -> String {
        stringByReplacingMatches(in: s, options: [], range: NSRange(location: 0, length: s.utf16.count), withTemplate: template)
    }
}
