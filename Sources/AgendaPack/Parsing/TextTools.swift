import Foundation
import PDFLayout

/// Text helpers shared by every stage: white space, joining wrapped lines, folding for
/// comparisons, quick byte scans.
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

    /// Whether `text` contains one of `needles`, by a scan of its UTF-8 bytes: the quick
    /// tests run on every line of a pack, and Foundation's `contains` costs far more.
    static func containsAny(_ text: String, _ needles: [StaticString]) -> Bool {
        var text = text
        return text.withUTF8 { hay in
            needles.contains { needle in
                needle.withUTF8Buffer { pin in
                    guard let first = pin.first else { return true }
                    guard pin.count <= hay.count else { return false }
                    var i = 0
                    let last = hay.count - pin.count
                    while i <= last {
                        if hay[i] == first {
                            var j = 1
                            while j < pin.count && hay[i + j] == pin[j] { j += 1 }
                            if j == pin.count { return true }
                        }
                        i += 1
                    }
                    return false
                }
            }
        }
    }

}
