import LayoutModel

/// A position in one document's lines; copying it is how a parser backtracks.
///
/// A cursor may be bounded (`end`): it then reads `lines[index..<end]`, the block a parser
/// gave it (an item's lines up to the next item's), and stops there as at the document's end.
/// Indices stay those of the whole document.
package struct LineCursor: Sendable {
    package let lines: [Line]
    package private(set) var index: Int
    /// Where the cursor stops: `lines.count` unless the cursor was bounded.
    package let end: Int

    package init(_ lines: [Line], at index: Int = 0, end: Int? = nil) {
        self.lines = lines
        self.end = min(lines.count, end ?? lines.count)
        self.index = max(0, min(self.end, index))
    }

    package var isAtEnd: Bool { index >= end }
    package var current: Line? { isAtEnd ? nil : lines[index] }
    /// The line `offset` lines after the current one, within the bound.
    package func peek(_ offset: Int = 0) -> Line? {
        let position = index + offset
        return position >= 0 && position < end ? lines[position] : nil
    }
    /// The line before the current one (the last one read), if any.
    package var previous: Line? { index > 0 && index <= lines.count ? lines[index - 1] : nil }

    package mutating func advance(by count: Int = 1) { index = min(end, index + count) }
    package mutating func move(to position: Int) { index = max(0, min(end, position)) }

    /// Takes lines from the current one on while `test(line, previous)` holds, and stops
    /// before the first line that fails it (or at the end). `previous` is the line before
    /// `line`: the last line taken, or for the first test the line before the cursor (the
    /// heading or label line a continuation is read after); nil at the document's start.
    ///
    /// This is the "continuation lines" convention of every block reader: a title, a
    /// description, a list of names goes on while each line sits close below the last.
    package mutating func take(while test: (_ line: Line, _ previous: Line?) -> Bool) -> [Line] {
        var taken: [Line] = []
        while let line = current, test(line, previous) {
            taken.append(line)
            advance()
        }
        return taken
    }

    /// Reads one paragraph: a first line, then every following line that carries on from it.
    ///
    /// A line carries on when it has no label of its own, is not set off by a vertical gap
    /// (see `Paragraph.isBreak`), is not a heading the paragraph did not start as, does not
    /// open a construct of the caller's (`opens`: a recommendation, a resolution …) and
    /// `stop` does not reject it. A page break does not end a paragraph: text runs on.
    package mutating func readParagraph(stop: (Line) -> Bool = { _ in false }, opens: (Line) -> Bool) -> Paragraph? {
        guard let first = current else { return nil }
        let start = index
        let split = ListLabel.split(first)
        var texts = [split?.rest ?? first.text]
        advance()
        var previous = first
        while let line = current, !stop(line), continues(line, after: previous, startedBold: first.bold, opens: opens) {
            texts.append(line.text)
            previous = line
            advance()
        }
        return Paragraph(label: split?.label, text: TextTools.join(texts), lines: Array(lines[start..<index]), range: start..<index)
    }

    private func continues(_ line: Line, after previous: Line, startedBold: Bool, opens: (Line) -> Bool) -> Bool {
        // A sentence wrapped before a number ("… amending Chapter" / "9.18 of the Code.") goes
        // on: the number is no label where the line before ends mid-sentence and the text
        // after the number carries on in lowercase.
        if let split = ListLabel.split(line) {
            // Only a decimal number ("9.18") can be a section number cut off its sentence;
            // "b) delegate …" after "…; and" is the next entry of a list.
            let lastWord = previous.text.split(separator: " ").last.map { $0.lowercased() } ?? ""
            let midSentence = previous.text.last.map { !".:;!?,".contains($0) } ?? false && !["and", "or", "et", "ou"].contains(lastWord)
            guard split.label.form == .decimal, midSentence, split.rest.first?.isLowercase == true, line.page == previous.page else { return false }
        }
        if line.bold && !startedBold { return false }
        if opens(line) { return false }
        if line.page != previous.page {
            // Across a page break a finished sentence ends the paragraph unless the
            // next page carries on in lowercase.
            let finished = previous.text.last.map { ".!?".contains($0) } ?? true
            return !finished || line.text.first?.isLowercase == true
        }
        return !Paragraph.isBreak(between: previous, and: line)
    }
}

