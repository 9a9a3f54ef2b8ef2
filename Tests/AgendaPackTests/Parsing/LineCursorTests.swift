import AgendaPackTestSupport
@testable import LayoutModel
@testable import Parsing
import Testing

@Suite("LineCursor: positions, bounds and continuation lines")
struct LineCursorTests {
    /// Five lines 14 points apart (a gap of about 0.8 points between boxes), the fourth
    /// after a paragraph gap, the fifth on the next page.
    static let lines = [
        Line("Title", y: 72), Line("goes on", y: 86), Line("and on", y: 100),
        Line("Next paragraph", y: 130), Line("Over the page", page: 2, y: 72),
    ]

    @Test("current, peek, previous and advance stay inside the bound")
    func positions() {
        var cursor = LineCursor(Self.lines, at: 1, end: 3)
        #expect(cursor.current?.text == "goes on")
        #expect(cursor.previous?.text == "Title")
        #expect(cursor.peek(1)?.text == "and on")
        #expect(cursor.peek(2) == nil)
        cursor.advance(by: 5)
        #expect(cursor.index == 3)
        #expect(cursor.isAtEnd)
        #expect(cursor.current == nil)
        #expect(LineCursor(Self.lines).previous == nil)
    }

    @Test("A bound past the lines is the end of the lines; a start past the bound is the bound")
    func bounds() {
        #expect(LineCursor(Self.lines, end: 99).end == 5)
        #expect(LineCursor(Self.lines, at: 4, end: 2).index == 2)
    }

    @Test("take(while:) reads the lines that sit close below the one before")
    func takeWhileClose() {
        var cursor = LineCursor(Self.lines, at: 1)
        let taken = cursor.take { line, previous in
            guard let previous else { return false }
            return line.page == previous.page && line.gap(below: previous) < 5
        }
        #expect(taken.map(\.text) == ["goes on", "and on"])
        #expect(cursor.current?.text == "Next paragraph")
    }

    @Test("The first test sees the line before the cursor; at the start it sees nil")
    func firstPrevious() {
        var seen: [String?] = []
        var cursor = LineCursor(Self.lines, at: 2)
        _ = cursor.take { _, previous in seen.append(previous?.text); return false }
        var atStart = LineCursor(Self.lines)
        _ = atStart.take { _, previous in seen.append(previous?.text); return false }
        #expect(seen == ["goes on", nil])
        #expect(cursor.index == 2)
    }

    @Test("take(while:) stops at the bound")
    func takeStopsAtBound() {
        var cursor = LineCursor(Self.lines, at: 0, end: 2)
        #expect(cursor.take { _, _ in true }.count == 2)
        #expect(cursor.isAtEnd)
    }

    @Test("gap(below:) is the space between the boxes")
    func gap() {
        let above = Line("a", y: 72), below = Line("b", y: 90)
        #expect(below.gap(below: above) == 90 - above.bbox.y1)
        #expect(above.gap(below: below) < 0)
    }
}
