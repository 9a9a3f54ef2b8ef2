
/// Rebuilds visual lines and segments from positioned glyphs.
///
/// poppler's own reading order runs the cells of a table row together ("No.DescriptionFee")
/// and can put a two-line cell out of order, so lines are rebuilt here from geometry:
///
/// 1. glyphs are sorted by vertical centre and grouped into lines by vertical overlap
///    (at least half the smaller height overlaps the line's band);
/// 2. each line is sorted left to right;
/// 3. neighbouring glyphs are joined, separated by a space, or split into separate
///    segments, from the gap between them measured in ems and from poppler's own word
///    breaks (a space poppler inserted is a word gap; a gap poppler did not fill with a
///    space and that is wider than about half an em is a cell or column boundary).
///
/// Superscripts (smaller glyphs raised above the line's baseline: footnote markers) are
/// kept on their line and marked.
public struct LineBuilder: Sendable {
    /// Gap, in ems, above which glyphs that poppler joined without a space are split.
    public var unspacedSplit = 0.45
    /// Gap, in ems, above which glyphs separated by a poppler space are split.
    public var spacedSplit = 1.5
    /// Gap, in ems, above which an unspaced gap still reads as a word break.
    public var wordGap = 0.12
    /// Share of an invisible glyph's box that painted glyphs must cover for it to lie over
    /// painted text (`withoutHiddenCopies`).
    public var hiddenGlyphCover = 0.25
    /// Share of the glyphs of a run of invisible text that must lie over painted text for
    /// the run to be a hidden copy, left out of the page (`withoutHiddenCopies`). A copy
    /// need not fall on text everywhere (a heading over a row of cells with gaps between
    /// them); an OCR layer is one run for the whole page, so painted text over a few of its
    /// words (a stamp) does not make it a copy.
    public var hiddenRunShare = 0.25

    public init() {}

    /// A glyph as the PDF layer reads it from poppler.
    public struct Glyph: Sendable {
        public var scalar: Unicode.Scalar
        public var box: Rect
        /// Index into the font table passed with the glyphs, or -1.
        public var font: Int32
        /// Position of the glyph in poppler's text stream.
        public var stream: Int32
        /// Whether poppler put a space (not a line break) right before it in its stream.
        public var spaceBefore: Bool
        /// 0 for a glyph painted as usual; else the number of the run of invisible text
        /// its word was drawn in (render mode 3 or 7, or wholly clipped away; glyphs drawn
        /// one after another share a run). See `withoutHiddenCopies`.
        public var invisibleRun: Int32

        public init(scalar: Unicode.Scalar, box: Rect, font: Int32, stream: Int32, spaceBefore: Bool, invisibleRun: Int32 = 0) {
            self.scalar = scalar
            self.box = box
            self.font = font
            self.stream = stream
            self.spaceBefore = spaceBefore
            self.invisibleRun = invisibleRun
        }
    }

    /// A font as used by a run of glyphs.
    public struct FontStyle: Sendable, Hashable {
        public var name: String
        public var size: Double
        public var bold: Bool
        public var italic: Bool

        public init(name: String, size: Double) {
            self.name = name
            self.size = size
            (bold, italic) = FontStyle.style(of: name)
        }

        /// Bold and italic inferred from a font name ("Arial-BoldItalicMT", "Calibri,Bold",
        /// "LiberationSerif-Bold", "TimesNewRomanPS-ItalicMT", "Helvetica-Oblique").
        public static func style(of name: String) -> (bold: Bool, italic: Bool) {
            let lower = name.lowercased()
            let bold = ["bold", "black", "heavy", "semibold", "demi", "extrabold"].contains { lower.contains($0) }
                || lower.hasSuffix("-bd") || lower.hasSuffix(",b")
            let italic = lower.contains("italic") || lower.contains("oblique")
                || lower.hasSuffix("-it") || lower.hasSuffix(",i") || lower.hasSuffix("-bi")
            return (bold, italic)
        }
    }

    /// White space by code point (a Unicode property lookup per glyph costs more than the
    /// rest). Shared with the text helpers of the pipeline.
    @inline(__always)
    @inlinable
    public static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09...0x0D, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Builds the lines of one page, top to bottom.
    public func lines(glyphs input: [Glyph], fonts: [FontStyle]) -> [TextLine] {
        let glyphs = input.filter { g in
            !(LineBuilder.isSpace(g.scalar) || g.scalar.value < 0x20 || g.scalar.value == 0xFFFE)
                && (g.box.width > 0 || g.box.height > 0)
        }
        guard !glyphs.isEmpty else { return [] }
        func size(_ g: Glyph) -> Double {
            if g.font >= 0 && Int(g.font) < fonts.count {
                let s = fonts[Int(g.font)].size
                if s > 0.5 && s < 400 { return s }
            }
            return max(1, g.box.height * 0.85)
        }

        // 1. Group into lines by vertical overlap.
        let order = glyphs.indices.sorted { a, b in
            let ma = glyphs[a].box.midY, mb = glyphs[b].box.midY
            return ma != mb ? ma < mb : glyphs[a].box.x0 < glyphs[b].box.x0
        }
        // A band is the average box of the ordinary-height glyphs in it, so it never drifts
        // (a union would chain the two lines of a table cell into one).
        var bands: [(y0: Double, y1: Double, sum0: Double, sum1: Double, n: Double, members: [Int])] = []
        for index in order {
            let box = glyphs[index].box
            let h = max(box.height, 0.1)
            var best = -1
            var bestRatio = 0.55
            for candidate in stride(from: bands.count - 1, through: max(0, bands.count - 4), by: -1) {
                let band = bands[candidate]
                let overlap = max(0, min(box.y1, band.y1) - max(box.y0, band.y0))
                let ratio = overlap / max(min(h, band.y1 - band.y0), 0.1)
                if ratio >= bestRatio {
                    bestRatio = ratio
                    best = candidate
                }
            }
            if best >= 0 {
                bands[best].members.append(index)
                let bandHeight = bands[best].y1 - bands[best].y0
                if h >= bandHeight * 0.75 && h <= bandHeight * 1.3 {
                    bands[best].sum0 += box.y0
                    bands[best].sum1 += box.y1
                    bands[best].n += 1
                    bands[best].y0 = bands[best].sum0 / bands[best].n
                    bands[best].y1 = bands[best].sum1 / bands[best].n
                } else if h > bandHeight * 1.3 && bands[best].n == 1 {
                    // A small first glyph (a superscript) seeded the band: the ordinary glyph takes over.
                    bands[best] = (box.y0, box.y1, box.y0, box.y1, 1, bands[best].members)
                }
            } else {
                bands.append((box.y0, box.y1, box.y0, box.y1, 1, [index]))
            }
        }

        // 2 and 3. Each line left to right, then joined, spaced or split.
        var result: [TextLine] = []
        result.reserveCapacity(bands.count)
        for band in bands {
            let members = band.members.sorted { glyphs[$0].box.x0 < glyphs[$1].box.x0 }
            if let line = buildLine(members.map { glyphs[$0] }, fonts: fonts, size: size) {
                result.append(line)
            }
        }
        result.sort { a, b in
            abs(a.bbox.y0 - b.bbox.y0) > 0.5 ? a.bbox.y0 < b.bbox.y0 : a.bbox.x0 < b.bbox.x0
        }
        return result
    }

    /// The most common size, rounded to half points (ties to the larger); a line has a
    /// handful of sizes, so a short list beats a dictionary.
    static func mostCommonSize<S: Sequence<Double>>(_ sizes: S) -> Double {
        var keys: [Double] = []
        var counts: [Int] = []
        for s in sizes {
            let key = (s * 2).rounded() / 2
            if let i = keys.firstIndex(of: key) { counts[i] += 1 } else { keys.append(key); counts.append(1) }
        }
        var best = 0
        for i in keys.indices.dropFirst() where counts[i] > counts[best] || (counts[i] == counts[best] && keys[i] > keys[best]) { best = i }
        return keys.isEmpty ? 0 : keys[best]
    }

    private func buildLine(_ glyphs: [Glyph], fonts: [FontStyle], size: (Glyph) -> Double) -> TextLine? {
        guard !glyphs.isEmpty else { return nil }
        // Each glyph's size, once.
        let sizes = glyphs.map { size($0) }
        // The dominant size (most glyphs) and the baseline band of glyphs of that size.
        let dominant = LineBuilder.mostCommonSize(sizes)
        let bottoms = glyphs.indices.filter { abs(sizes[$0] - dominant) < 0.75 }.map { glyphs[$0].box.y1 }.sorted()
        let baseline = bottoms.isEmpty ? glyphs[0].box.y1 : bottoms[bottoms.count / 2]
        let superscript = glyphs.indices.map { sizes[$0] < dominant * 0.85 && glyphs[$0].box.y1 < baseline - dominant * 0.15 }

        var segments: [Segment] = []
        // The segment's text as UTF-8 (cheaper to grow than a scalar view), its length in scalars.
        var utf8: [UInt8] = []
        var count = 0
        var segmentGlyphs: [Int] = []  // indices into `glyphs`
        var superscripts: [ScalarRange] = []
        var supStart: Int? = nil

        func flush() {
            guard !segmentGlyphs.isEmpty else { return }
            if let s = supStart { superscripts.append(ScalarRange(start: s, end: count)) }
            var box = glyphs[segmentGlyphs[0]].box
            for i in segmentGlyphs.dropFirst() { box = box.union(glyphs[i].box) }
            let body = segmentGlyphs.filter { !superscript[$0] }
            let styleGlyphs = body.isEmpty ? segmentGlyphs : body
            let segSize = LineBuilder.mostCommonSize(styleGlyphs.map { sizes[$0] })
            var boldCount = 0, italicCount = 0
            for i in styleGlyphs where glyphs[i].font >= 0 && Int(glyphs[i].font) < fonts.count {
                if fonts[Int(glyphs[i].font)].bold { boldCount += 1 }
                if fonts[Int(glyphs[i].font)].italic { italicCount += 1 }
            }
            let first = glyphs[styleGlyphs[0]]
            let fontName = first.font >= 0 && Int(first.font) < fonts.count ? fonts[Int(first.font)].name : ""
            segments.append(
                Segment(
                    text: String(decoding: utf8, as: UTF8.self), bbox: box, fontName: fontName, fontSize: segSize,
                    bold: boldCount * 2 > styleGlyphs.count, italic: italicCount * 2 > styleGlyphs.count,
                    superscripts: superscripts))
            utf8.removeAll(keepingCapacity: true)
            count = 0
            segmentGlyphs.removeAll(keepingCapacity: true)
            superscripts = []
            supStart = nil
        }

        // First pass: how each glyph joins the one before it.
        enum Join { case glue, space, split }
        var joins = [Join](repeating: .glue, count: glyphs.count)
        var gaps = [Double](repeating: 0, count: glyphs.count)
        var skip = [Bool](repeating: false, count: glyphs.count)
        var spacedGaps: [Double] = []
        var last = 0
        for i in glyphs.indices.dropFirst() {
            let p = glyphs[last], g = glyphs[i]
            // Drop a glyph drawn twice at (almost) the same place: fake bold, shadows.
            if p.scalar == g.scalar && abs(p.box.x0 - g.box.x0) < 0.3 && abs(p.box.y0 - g.box.y0) < 0.3 {
                skip[i] = true
                continue
            }
            let em = max(min(sizes[last], sizes[i]), 1)
            let gap = (g.box.x0 - p.box.x1) / em
            gaps[i] = gap
            let adjacent = g.stream == p.stream + 1
            let spaced = g.spaceBefore && g.stream == p.stream + 2
            if superscript[i] != superscript[last] && gap < 0.5 {
                joins[i] = gap > wordGap * 2 && !superscript[i] ? .space : .glue
            } else if adjacent && gap <= 0.2 {
                joins[i] = .glue
            } else if spaced {
                joins[i] = gap > spacedSplit ? .split : .space
                if gap <= spacedSplit { spacedGaps.append(gap) }
            } else if gap > unspacedSplit {
                joins[i] = .split
            } else if gap > wordGap || g.spaceBefore {
                joins[i] = .space
            } else {
                joins[i] = .glue
            }
            last = i
        }
        // Justified text stretches every word gap alike, and poppler may cut such a line
        // into blocks. A "wide" gap no wider than the line's own word gaps is a word gap.
        if spacedGaps.count >= 2 {
            let sorted = spacedGaps.sorted()
            let wordSpace = sorted[sorted.count / 2]
            if wordSpace > wordGap * 2 {
                for i in joins.indices where joins[i] == .split && gaps[i] <= max(wordSpace * 1.3, wordSpace + 0.15) {
                    joins[i] = .space
                }
            }
        }

        // The line's segments, counted before they are made: an array grown by appending
        // keeps up to twice the room it needs, and a pack keeps every line's segments.
        var splits = 0
        for i in glyphs.indices.dropFirst() where !skip[i] && joins[i] == .split { splits += 1 }
        segments.reserveCapacity(splits + 1)
        for (i, g) in glyphs.enumerated() where !skip[i] {
            if i > 0 {
                switch joins[i] {
                case .split:
                    flush()
                case .space:
                    if let s = supStart {
                        superscripts.append(ScalarRange(start: s, end: count))
                        supStart = nil
                    }
                    utf8.append(0x20)
                    count += 1
                case .glue:
                    break
                }
            }
            let sup = superscript[i]
            if sup && supStart == nil { supStart = count }
            if !sup, let s = supStart {
                superscripts.append(ScalarRange(start: s, end: count))
                supStart = nil
            }
            utf8.append(contentsOf: g.scalar.utf8)
            count += 1
            segmentGlyphs.append(i)
        }
        flush()
        guard var box = segments.first?.bbox else { return nil }
        for s in segments.dropFirst() { box = box.union(s.bbox) }
        return TextLine(bbox: box, segments: segments)
    }
}
