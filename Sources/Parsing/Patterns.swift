import Foundation
import LayoutModel

/// Compiled regular expressions, made once.
package enum Patterns {
    package static func make(_ pattern: String, caseInsensitive: Bool = true) -> NSRegularExpression {
        // The patterns are literals in this module; a bad one is a programming error caught by tests.
        try! NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
    }
}

extension NSRegularExpression {
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
}
