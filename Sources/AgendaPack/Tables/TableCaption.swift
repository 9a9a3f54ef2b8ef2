import Foundation
import PDFLayout

/// The title of a table: a caption or the heading above it.
///
/// Grammar, in order of preference:
/// - a caption line "Table 1: Recruitment Activity ..." (also "Table 2." / "Table 3 -")
///   within two lines above or below the table;
/// - the nearest bold line above the table, passing over at most two lines of ordinary
///   text ("Last updated 6th July 2016", a line of explanation); an "Appendix 1 -"
///   prefix is dropped ("Appendix 1 - Improvement Plan Progress Summary" gives
///   "Improvement Plan Progress Summary").
enum TableCaption {
    struct Found: Equatable {
        var title: String
        var lineIndices: [Int]
    }

    static let captionPattern = try! NSRegularExpression(pattern: #"^(Table|TABLE)\s+[0-9A-Z]+[a-z]?\s*[:.\-–]\s*\S"#)
    static let appendixPrefix = try! NSRegularExpression(pattern: #"^(Appendix|APPENDIX|Annex|ANNEX)\s+[0-9A-Za-z]+\s*[:\-–]\s*"#)

    static func isCaption(_ text: String) -> Bool {
        captionPattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    static func find(for box: Rect, lines: [Line], excluding taken: Set<Int>) -> Found? {
        let free = lines.indices.filter { !taken.contains($0) && lines[$0].bbox.horizontalOverlap(box) > 0 }
        let above = free.filter { lines[$0].bbox.y1 <= box.y0 + 2 && box.y0 - lines[$0].bbox.y1 < 80 }
            .sorted { lines[$0].bbox.y1 > lines[$1].bbox.y1 }
        let below = free.filter { lines[$0].bbox.y0 >= box.y1 - 2 && lines[$0].bbox.y0 - box.y1 < 40 }
            .sorted { lines[$0].bbox.y0 < lines[$1].bbox.y0 }
        for i in Array(above.prefix(2)) + Array(below.prefix(2)) where isCaption(lines[i].text) {
            return Found(title: TextToken.normalise(lines[i].text), lineIndices: [i])
        }
        for (n, i) in above.prefix(3).enumerated() where lines[i].bold {
            // A heading set over two lines: take the bold line above it too.
            var indices = [i]
            if n + 1 < above.count, lines[above[n + 1]].bold,
                lines[i].bbox.y0 - lines[above[n + 1]].bbox.y1 < lines[i].bbox.height * 0.8,
                abs(lines[above[n + 1]].fontSize - lines[i].fontSize) < 0.5
            {
                indices.insert(above[n + 1], at: 0)
            }
            var title = TextToken.normalise(indices.map { lines[$0].text }.joined(separator: " "))
            title = appendixPrefix.stringByReplacingMatches(in: title, range: NSRange(title.startIndex..., in: title), withTemplate: "")
            return title.isEmpty ? nil : Found(title: title, lineIndices: indices)
        }
        return nil
    }
}
