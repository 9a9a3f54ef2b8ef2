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
package enum Patterns {
    package static func make(_ pattern: String, caseInsensitive: Bool = true) -> NSRegularExpression {
        // The patterns are literals in this module; a bad one is a programming error caught by tests.
        try! NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
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
