import Contract
import Foundation
import LayoutModel
import Parsing

/// A piece of text placed on the page: a glyph, or a word of a segment.
///
/// Cells are filled from tokens rather than from lines because a line can cross a
/// ruling (two cells closer than the segment gap) and, in tables with vertically
/// centred cells, a layout line can hold the glyphs of two lines of one cell.
package struct TextToken: Sendable, Equatable {
    package var text: String
    package var box: Rect
    package var bold: Bool
    package var fontSize: Double
    /// Whether a space certainly precedes it (a word of a segment, or a glyph poppler
    /// put a space before).
    package var spaceBefore: Bool

    /// One token per glyph.
    package static func from(_ glyphs: [PlacedGlyph]) -> [TextToken] {
        glyphs.map {
            TextToken(text: String(Character($0.scalar)), box: $0.box, bold: $0.bold, fontSize: $0.fontSize, spaceBefore: $0.spaceBefore)
        }
    }

    /// One token per word of each segment, its box estimated from its share of the
    /// segment's characters.
    package static func from(_ lines: [Line]) -> [TextToken] {
        var out: [TextToken] = []
        for line in lines {
            for segment in line.segments {
                let characters = Array(segment.text)
                guard !characters.isEmpty else { continue }
                let step = segment.bbox.width / Double(characters.count)
                var index = 0
                var wordStart: Int? = nil
                func flush(_ end: Int) {
                    guard let s = wordStart else { return }
                    out.append(
                        TextToken(
                            text: String(characters[s..<end]),
                            box: Rect(
                                x0: segment.bbox.x0 + Double(s) * step, y0: segment.bbox.y0,
                                x1: segment.bbox.x0 + Double(end) * step, y1: segment.bbox.y1),
                            bold: segment.bold, fontSize: segment.fontSize, spaceBefore: true))
                    wordStart = nil
                }
                while index < characters.count {
                    if characters[index] == " " {
                        flush(index)
                    } else if wordStart == nil {
                        wordStart = index
                    }
                    index += 1
                }
                flush(characters.count)
            }
        }
        return out
    }

    /// The tokens' text in reading order: grouped into lines top to bottom, each left to
    /// right, lines joined with single spaces.
    package static func join(_ tokens: [TextToken]) -> String {
        guard !tokens.isEmpty else { return "" }
        let sorted = tokens.sorted { $0.box.midY < $1.box.midY }
        var lines: [[TextToken]] = []
        var centre = 0.0
        // Per font size of the current line: the sum of centres and the count, so the
        // centre of its full-size tokens needs no pass over the line.
        var sizes: [(size: Double, sum: Double, count: Int)] = []
        for token in sorted {
            let limit = max(token.box.height, token.fontSize) * 0.4
            if let last = lines.last, !last.isEmpty, abs(token.box.midY - centre) <= limit {
                lines[lines.count - 1].append(token)
                if let i = sizes.firstIndex(where: { $0.size == token.fontSize }) {
                    sizes[i].sum += token.box.midY
                    sizes[i].count += 1
                } else {
                    sizes.append((token.fontSize, token.box.midY, 1))
                }
                // The centre of the line's full-size tokens, so superscripts do not drag it.
                var sum = 0.0, count = 0
                for entry in sizes where entry.size >= token.fontSize * 0.85 {
                    sum += entry.sum
                    count += entry.count
                }
                if count == 0 {
                    for entry in sizes {
                        sum += entry.sum
                        count += entry.count
                    }
                }
                centre = sum / Double(count)
            } else {
                lines.append([token])
                centre = token.box.midY
                sizes = [(token.fontSize, token.box.midY, 1)]
            }
        }
        var parts: [String] = []
        for line in lines {
            var text = ""
            var previous: TextToken? = nil
            for token in line.sorted(by: { $0.box.x0 < $1.box.x0 }) {
                if let p = previous {
                    // Skip a glyph drawn twice in place (fake bold).
                    if p.text == token.text && abs(p.box.x0 - token.box.x0) < 0.3 && abs(p.box.y0 - token.box.y0) < 0.3 {
                        continue
                    }
                    let em = max(min(p.fontSize, token.fontSize), 1)
                    let gap = (token.box.x0 - p.box.x1) / em
                    if gap > 0.15 || (token.spaceBefore && gap > 0.04) { text += " " }
                }
                text += token.text
                previous = token
            }
            parts.append(text)
        }
        var joined = ""
        for part in parts {
            // A word broken at a hyphen at the end of a line keeps the hyphen but no space
            // ("multi-" + "agency"); a dash set apart ("Lena Mortimer -") keeps its space.
            // The last two characters, read from the end (not the whole text again per line).
            if let last = joined.last, last == "-", let before = joined.dropLast().last, before.isLetter,
                let next = part.first, next.isLowercase
            {
                joined += part
            } else {
                joined += joined.isEmpty ? part : " " + part
            }
        }
        return normalise(joined)
    }

    /// Dot leaders joining an entry to its value ("AFM revisions ........ $85") are not
    /// text: a run of two or more dots after a space, or of four or more, that ends a word
    /// goes. A cell that is only "..." (a figure not available) keeps it.
    static func withoutLeaders(_ s: String) -> String {
        guard TextTools.containsAny(s, ["..", "…"]) else { return s }
        let range = NSRange(s.startIndex..., in: s)
        return normalise(leaders.stringByReplacingMatches(in: s, range: range, withTemplate: ""))
    }
    static let leaders = Patterns.make(#"(?:\s+[.…]{2,}|[.…]{4,})(?=\s|$)"#, caseInsensitive: false)

    /// Single spaces, trimmed: runs of the characters " ", "\n" and "\t" are one space.
    static func normalise(_ s: String) -> String {
        // ASCII text (most cells) by its bytes; past ASCII a space can begin a character
        // with a combining mark, which is no separator, so characters are compared there.
        guard !s.utf8.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else {
            return s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
        }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        for byte in s.utf8 {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
