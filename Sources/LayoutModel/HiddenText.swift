extension LineBuilder {
    /// The invisible text a page's glyphs lose in `withoutHiddenCopies`.
    public struct HiddenCopies: Sendable, Hashable {
        /// The glyphs left out.
        public var glyphs: Int
        /// The text of each run left out, in content order (its glyphs in stream order).
        public var runs: [String]

        public init(glyphs: Int, runs: [String]) {
            self.glyphs = glyphs
            self.runs = runs
        }
    }

    /// The glyphs of a page without its hidden copies, and what was left out (nil when
    /// nothing was).
    ///
    /// The convention: text drawn invisibly (`Glyph.invisibleRun`: render mode 3 or 7, or
    /// painted wholly outside the clipping region) that lies over painted text is a hidden
    /// copy (a heading a spreadsheet repeats, clipped away, over a table row; a second text
    /// layer over real text) and is left out, run by run: a run of invisible text is a
    /// copy when at least `hiddenRunShare` of its glyphs each have `hiddenGlyphCover` of
    /// their box covered by painted glyphs. Invisible text with no painted text under it
    /// (the OCR layer of a scanned page, whose text is only in the image) is kept.
    public func withoutHiddenCopies(_ glyphs: [Glyph]) -> (glyphs: [Glyph], hidden: HiddenCopies?) {
        guard glyphs.contains(where: { $0.invisibleRun != 0 }) else { return (glyphs, nil) }
        // The painted glyphs with a box, by top edge; the tallest bounds the search.
        let painted = glyphs.filter { $0.invisibleRun == 0 && $0.box.width > 0 && $0.box.height > 0 }.map(\.box).sorted { $0.y0 < $1.y0 }
        guard !painted.isEmpty else { return (glyphs, nil) }
        let tallest = painted.map(\.height).max() ?? 0
        func covered(_ box: Rect) -> Bool {
            let area = box.width * box.height
            guard area > 0 else { return false }
            // The first painted box whose top could reach this box.
            var low = 0, high = painted.count
            while low < high {
                let mid = (low + high) / 2
                if painted[mid].y0 < box.y0 - tallest { low = mid + 1 } else { high = mid }
            }
            var cover = 0.0
            for other in painted[low...] {
                if other.y0 >= box.y1 { break }
                cover += other.horizontalOverlap(box) * other.verticalOverlap(box)
                if cover >= area * hiddenGlyphCover { return true }
            }
            return false
        }
        // Per run: its glyphs, and those over painted text.
        var counts: [Int32: (all: Int, over: Int)] = [:]
        for glyph in glyphs where glyph.invisibleRun != 0 {
            var count = counts[glyph.invisibleRun] ?? (0, 0)
            count.all += 1
            if covered(glyph.box) { count.over += 1 }
            counts[glyph.invisibleRun] = count
        }
        let copies = Set(counts.filter { Double($0.value.over) >= Double($0.value.all) * hiddenRunShare && $0.value.over > 0 }.keys)
        guard !copies.isEmpty else { return (glyphs, nil) }
        var kept: [Glyph] = []
        kept.reserveCapacity(glyphs.count)
        var dropped: [Int32: [Glyph]] = [:]
        for glyph in glyphs {
            if copies.contains(glyph.invisibleRun) { dropped[glyph.invisibleRun, default: []].append(glyph) } else { kept.append(glyph) }
        }
        // Each run's text as it reads: its glyphs line by line (by baseline), left to
        // right, a space where poppler put one or the glyphs stand apart.
        let texts = dropped.keys.sorted().map { run -> String in
            let heights = dropped[run, default: []].map(\.box.height).sorted()
            let band = max(heights[heights.count / 2], 1) / 2  // half the run's median glyph height
            let line = { (g: Glyph) in (g.box.y1 / band).rounded() }
            let ordered = dropped[run, default: []].sorted { a, b in line(a) != line(b) ? line(a) < line(b) : a.box.x0 < b.box.x0 }
            var text = String.UnicodeScalarView()
            var previous: Glyph? = nil
            for glyph in ordered {
                if let p = previous, glyph.spaceBefore || line(p) != line(glyph) || glyph.box.x0 - p.box.x1 > glyph.box.height * 0.15 {
                    text.append(" ")
                }
                text.append(glyph.scalar)
                previous = glyph
            }
            return String(text)
        }
        return (kept, HiddenCopies(glyphs: dropped.values.map(\.count).reduce(0, +), runs: texts))
    }
}
