import LayoutModel

/// A position in one document's lines; copying it is how a parser backtracks.
package struct LineCursor: Sendable {
    package let lines: [Line]
    package private(set) var index: Int

    package init(_ lines: [Line], at index: Int = 0) {
        self.lines = lines
        self.index = index
    }

    var isAtEnd: Bool { index >= lines.count }
    package var current: Line? { isAtEnd ? nil : lines[index] }
    func peek(_ offset: Int = 0) -> Line? {
        let position = index + offset
        return lines.indices.contains(position) ? lines[position] : nil
    }

    package mutating func advance(by count: Int = 1) { index = min(lines.count, index + count) }
    package mutating func move(to position: Int) { index = max(0, min(lines.count, position)) }

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

