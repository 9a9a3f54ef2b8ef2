import Foundation
import PDFLayout

/// Small text helpers shared by the parsers.
enum TextTools {
    /// Collapses runs of white space to single spaces and trims the ends.
    static func squash(_ s: String) -> String {
        // Works on Unicode scalars: much cheaper than grapheme clusters, and white space is
        // never part of a cluster that matters here. Most strings need no change: they are
        // checked first, without building anything.
        var pendingSpace = false
        var started = false
        var clean = true
        for scalar in s.unicodeScalars {
            if TextTools.isSpace(scalar) {
                if scalar != " " || pendingSpace || !started {
                    clean = false
                    break
                }
                pendingSpace = true
            } else {
                pendingSpace = false
                started = true
            }
        }
        if clean && !pendingSpace { return s }
        var out = String.UnicodeScalarView()
        pendingSpace = false
        for scalar in s.unicodeScalars {
            if TextTools.isSpace(scalar) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// White space, decided by code point without a Unicode property lookup.
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool { LineBuilder.isSpace(scalar) }

    /// Joins wrapped lines into one text: single spaces, and a word broken by a hyphen at
    /// the end of a line ("recom-" + "mendation") mended when the next line goes on in lower case.
    static func join(_ parts: [String]) -> String {
        var out = ""
        for raw in parts {
            let part = squash(raw)
            guard !part.isEmpty else { continue }
            if out.isEmpty {
                out = part
            } else if out.hasSuffix("-") && !out.hasSuffix(" -") && !out.hasSuffix("--"),
                let first = part.first, first.isLowercase,
                out.dropLast().last?.isLetter == true
            {
                out.removeLast()
                out += part
            } else {
                out += " " + part
            }
        }
        return out
    }

    /// Text with curly quotes and dashes folded to plain ones, lower-cased: for comparisons.
    static func fold(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in squash(s).unicodeScalars {
            switch scalar {
            case "’", "‘": out.append("'")
            case "“", "”": out.append("\"")
            case "–", "—": out.append("-")
            default:
                if scalar.value < 0x80 {
                    out.append(scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(scalar.value + 32)! : scalar)
                } else {
                    out.append(contentsOf: String(scalar).lowercased().unicodeScalars)
                }
            }
        }
        return String(out)
    }
}

/// Compiled regular expressions, made once.
enum Patterns {
    static func make(_ pattern: String, caseInsensitive: Bool = true) -> NSRegularExpression {
        // The patterns are literals in this module; a bad one is a programming error caught by tests.
        try! NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
    }
}

extension NSRegularExpression {
    /// The capture groups of the first match in `s` (nil for a group that did not take part).
    func groups(in s: String) -> [String?]? {
        let range = NSRange(s.startIndex..., in: s)
        guard let m = firstMatch(in: s, range: range) else { return nil }
        return (0..<m.numberOfRanges).map { i in
            let r = m.range(at: i)
            guard r.location != NSNotFound, let rr = Range(r, in: s) else { return nil }
            return String(s[rr])
        }
    }

    /// The range in `s` of the first match.
    func range(in s: String) -> Range<String.Index>? {
        guard let m = firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) else { return nil }
        return Range(m.range, in: s)
    }

    func matches(_ s: String) -> Bool {
        firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
    }
}
