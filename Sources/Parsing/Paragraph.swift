import LayoutModel

/// A run of lines read as one paragraph, its label split off.
package struct Paragraph: Sendable {
    package var label: ListLabel?
    /// The text joined across lines, without the label.
    package var text: String
    package var lines: [Line]
    /// Indices of the lines in the document.
    package var range: Range<Int>

    package init(label: ListLabel?, text: String, lines: [Line], range: Range<Int>) {
        self.label = label
        self.text = text
        self.lines = lines
        self.range = range
    }

    package var page: Int { lines.first?.page ?? 0 }
    /// Union of the paragraph's lines on its first page.
    package var bbox: Rect? { Paragraph.bbox(of: lines) }
    var endsWithColon: Bool { text.hasSuffix(":") }

    /// Whether a vertical gap or a step back up the page sets `below` apart from `above`.
    ///
    /// Lines of a paragraph sit almost on each other (a gap of a point or two); a paragraph
    /// break leaves a gap of a good part of a line. A third of the line's height separates
    /// the two in every layout seen (Kent: 1.1 against 15.6 points, Wrenbury-style reports
    /// set on a 22.9 point pitch: 0.2 against 7.3).
    package static func isBreak(between above: Line, and below: Line) -> Bool {
        guard above.page == below.page else { return false }
        let height = max(1, above.bbox.y1 - above.bbox.y0)
        return below.bbox.y0 - above.bbox.y1 > height * 0.3 || below.bbox.y0 < above.bbox.y0
    }

    /// The union of the boxes of `lines` that lie on the first line's page.
    package static func bbox(of lines: [Line]) -> Rect? {
        guard let first = lines.first else { return nil }
        return lines.dropFirst().filter { $0.page == first.page }.reduce(first.bbox) { $0.union($1.bbox) }
    }
}
