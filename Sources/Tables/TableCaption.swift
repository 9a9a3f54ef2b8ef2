import Contract
import Foundation
import LayoutModel
import Parsing

/// The title of a table: a caption or the heading above it.
///
/// Grammar, in order of preference:
/// - a caption line "Table 1: Recruitment Activity ..." (also "Table 2." / "Table 3 -")
///   within two lines above or below the table;
/// - the nearest bold line above the table, passing over at most two lines of ordinary
///   text ("Last updated 6th July 2016", a line of explanation), as printed
///   ("Appendix 1 - Consultation responses by type of respondent").
enum TableCaption {
    package struct Found: Equatable {
        package var title: String
        var lineIndices: [Int]
    }


    /// Words, not a row of figures ("TOTAL £m 345.0 290.0") or a table row of cells.
    static func looksLikeHeading(_ line: Line) -> Bool {
        let visible = line.text.filter { !$0.isWhitespace }
        return line.segments.count <= 2 && visible.filter(\.isLetter).count * 2 > visible.count
    }

    static let caption = Patterns.make(#"^(?:Table|TABLE)\s+[0-9A-Z]+[a-z]?\s*[:.\-–]\s*\S"#, caseInsensitive: false)

    static func isCaption(_ text: String) -> Bool {
        (text.hasPrefix("Table") || text.hasPrefix("TABLE")) && caption.matches(text)
    }

    package static func find(for box: Rect, lines: [Line], excluding taken: Set<Int>, settings: TableSettings = TableSettings()) -> Found? {
        let free = lines.indices.filter { !taken.contains($0) && lines[$0].bbox.horizontalOverlap(box) > 0 }
        let above = free.filter { lines[$0].bbox.y1 <= box.y0 + 2 && box.y0 - lines[$0].bbox.y1 < settings.captionReachAbove }
            .sorted { lines[$0].bbox.y1 > lines[$1].bbox.y1 }
        let below = free.filter { lines[$0].bbox.y0 >= box.y1 - 2 && lines[$0].bbox.y0 - box.y1 < settings.captionReachBelow }
            .sorted { lines[$0].bbox.y0 < lines[$1].bbox.y0 }
        for i in Array(above.prefix(2)) + Array(below.prefix(2)) where isCaption(lines[i].text) {
            return Found(title: TextToken.normalise(lines[i].text), lineIndices: [i])
        }
        for i in above.prefix(3) where lines[i].bold && looksLikeHeading(lines[i]) {
            let indices = [i]
            let title = TextToken.normalise(lines[i].text)
            return title.isEmpty ? nil : Found(title: title, lineIndices: indices)
        }
        return nil
    }
}
