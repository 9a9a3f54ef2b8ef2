
/// Joins lines that wrap under a hanging indent back onto the line they continue.
///
/// A numbered entry whose text wraps ("5. ┃ 24/00108 - Revenue and Capital Budget
/// Monitoring Report – November 2024-25" / "(Pages 11 - 84)") prints its continuation
/// indented to the text after the number. This puts the continuation on the entry's line,
/// so an agenda item's number, title and page range read as one line. Used by the
/// `text --join` debugging view; the parsers see the lines as printed.
public enum WrapJoiner {
    /// Lines with hanging-indent continuations appended (as extra text in the last segment).
    public static func join(_ lines: [TextLine]) -> [TextLine] {
        var out: [TextLine] = []
        for line in lines {
            if var last = out.last, continues(line, after: last) {
                var segment = last.segments.removeLast()
                segment.text += " " + line.segments.map(\.text).joined(separator: " ")
                segment.bbox = segment.bbox.union(line.bbox)
                last.segments.append(segment)
                last.bbox = last.bbox.union(line.bbox)
                out[out.count - 1] = last
            } else {
                out.append(line)
            }
        }
        return out
    }

    /// Whether `line` continues `previous`: close below it, starting right of the previous
    /// line's first segment (a hanging indent) and not right of its last one.
    package static func continues(_ line: TextLine, after previous: TextLine) -> Bool {
        guard previous.segments.count >= 2, let first = previous.segments.first, let body = previous.segments.dropFirst().first else { return false }
        let gap = line.bbox.y0 - previous.bbox.y1
        guard gap < max(line.bbox.height, 6) * 0.5, gap > -2 else { return false }
        // The first segment is a short label ("5.", "Item 3", "a)") and the line starts under the text after it.
        guard first.text.count <= 8, line.bbox.x0 >= body.bbox.x0 - 3, line.bbox.x0 > first.bbox.x1 else { return false }
        return line.segments.count <= 2
    }
}
