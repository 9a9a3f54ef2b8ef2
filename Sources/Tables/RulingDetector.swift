import Contract
import LayoutModel
import Parsing

/// A straight drawn line (a table ruling) found in painted shapes or a rendered region, in page points.
public struct Ruling: Sendable, Hashable {
    public enum Axis: Sendable, Hashable { case horizontal, vertical }
    public var axis: Axis
    /// The y of a horizontal ruling or the x of a vertical one (centre of the stroke).
    public var position: Double
    /// Extent along the ruling: x0...x1 for a horizontal one, y0...y1 for a vertical one.
    public var start: Double
    public var end: Double

    public init(axis: Axis, position: Double, start: Double, end: Double) {
        self.axis = axis
        self.position = position
        self.start = start
        self.end = end
    }

    public var length: Double { end - start }
}

/// Finds rulings and shaded boxes in a `GreyBitmap`.
///
/// A ruling is a long, thin run of ink: at least `minLength` points along and at most
/// `maxThickness` across. Any pixel darker than `inkThreshold` is ink, so grey and hairline
/// rules count. Text is kept out by masking its boxes before the scan: the strokes of
/// glyphs are short, but at one or two pixels per point anti-aliasing can run the letters
/// of a word together.
///
/// A run of ink thicker than `maxThickness` is a filled box (a shaded cell or header
/// band): its edges are reported as rulings, and it is scanned again for rulings darker
/// than its fill, such as the borders between shaded header cells.
public struct RulingDetector: Sendable {
    /// The tolerances, read from the table settings: their defaults are stated once, there.
    public var settings: TableSettings

    /// A detector with the ruling tolerances of `settings` (the defaults when not given).
    public init(settings: TableSettings = TableSettings()) {
        self.settings = settings
    }

    /// Pixels below this grey level (0 black, 255 white) are ink.
    public var inkThreshold: UInt8 { settings.inkThreshold }
    public var minLength: Double { settings.minRulingLength }
    public var maxThickness: Double { settings.maxRulingThickness }
    /// Painted pieces whose across-extents are closer than this are on one line.
    public var acrossGap: Double { settings.rulingAcrossGap }
    /// Painted pieces on one line whose ends are closer than this are one ruling.
    public var joinGap: Double { settings.rulingJoinGap }
    /// Shaded boxes (or a box and a thin piece) closer than this touch.
    public var touchGap: Double { settings.boxTouchGap }
    /// Grey levels closer than this are one shade.
    public var shadeDifference: Int { settings.shadeDifference }
    /// Pixel scan: runs on consecutive scan lines whose ends match within this many pixels
    /// are one band.
    public var bandMatchPixels: Int { settings.bandMatchPixels }
    /// Pixel scan: a filled box whose median grey level is above this is scanned again for
    /// darker rulings inside it.
    public var innerScanMinGrey: UInt8 { settings.innerScanMinGrey }
    /// Pixel scan: inside a filled box, pixels darker than its median by more than this are ink.
    public var innerInkContrast: UInt8 { settings.innerInkContrast }

    /// Rulings and filled boxes found in `bitmap`, ignoring the text inside `mask` (glyph
    /// boxes, page points). Positions are page points.
    public func detect(in bitmap: GreyBitmap, mask: [Rect] = []) -> (rulings: [Ruling], fills: [Rect]) {
        guard bitmap.width > 0, bitmap.height > 0, bitmap.scale > 0 else { return ([], []) }
        // `PDFDocument.render` stores its `scale` argument (pixels per point) in the bitmap.
        let perPoint = bitmap.scale
        // Text is painted over with its background, white or the grey of a shaded cell,
        // so a shaded band stays whole and no glyph stroke reads as a ruling.
        var pixels = bitmap.pixels
        for rect in mask {
            let x0 = max(0, Int(((rect.x0 - bitmap.originX) * perPoint).rounded(.up)))
            let x1 = min(bitmap.width - 1, Int(((rect.x1 - bitmap.originX) * perPoint).rounded(.down)) - 1)
            let y0 = max(0, Int(((rect.y0 - bitmap.originY) * perPoint).rounded(.up)))
            let y1 = min(bitmap.height - 1, Int(((rect.y1 - bitmap.originY) * perPoint).rounded(.down)) - 1)
            guard x0 <= x1, y0 <= y1 else { continue }
            var ring: [UInt8] = []
            for x in x0...x1 {
                if y0 > 0 { ring.append(bitmap.pixels[(y0 - 1) * bitmap.width + x]) }
                if y1 + 1 < bitmap.height { ring.append(bitmap.pixels[(y1 + 1) * bitmap.width + x]) }
            }
            for y in y0...y1 {
                if x0 > 0 { ring.append(bitmap.pixels[y * bitmap.width + x0 - 1]) }
                if x1 + 1 < bitmap.width { ring.append(bitmap.pixels[y * bitmap.width + x1 + 1]) }
            }
            // On a shaded background most of the ring is ink (the fill, and the strokes of
            // neighbouring glyphs, dark or light): paint the middle of its ink. On paper
            // the ring is mostly white.
            let ink = ring.filter { $0 < inkThreshold }.sorted()
            let paint: UInt8 = ink.count * 2 >= ring.count && !ink.isEmpty ? ink[ink.count / 2] : 255
            for y in y0...y1 {
                let base = y * bitmap.width
                for x in x0...x1 { pixels[base + x] = paint }
            }
        }
        let cleaned = GreyBitmap(
            width: bitmap.width, height: bitmap.height, scale: bitmap.scale, originX: bitmap.originX, originY: bitmap.originY,
            pixels: pixels)
        let full = PixelBox(x0: 0, y0: 0, x1: bitmap.width, y1: bitmap.height)
        var rulings: [Ruling] = []
        var fills: [Rect] = []
        scan(cleaned, full, threshold: inkThreshold, depth: 0, rulings: &rulings, fills: &fills)
        return (rulings, fills)
    }

    struct PixelBox {
        package var x0: Int, y0: Int, x1: Int, y1: Int  // half-open
    }

    /// A run of ink stacked over consecutive scan lines.
    struct Band {
        package var from: Int, to: Int  // along, half-open
        package var first: Int, last: Int  // across, inclusive
    }

    private func scan(
        _ bitmap: GreyBitmap, _ box: PixelBox, threshold: UInt8, depth: Int,
        rulings: inout [Ruling], fills: inout [Rect]
    ) {
        let perPoint = bitmap.scale
        let scale = 1 / perPoint  // points per pixel
        let minRun = max(3, Int((minLength * perPoint).rounded()))
        let maxThick = max(1, Int((maxThickness * perPoint).rounded()))
        var fillBoxes: [PixelBox] = []
        // Unchecked access to the pixels: this loop visits every pixel of the region twice.
        bitmap.pixels.withUnsafeBufferPointer { pixels in
        for axis in [Ruling.Axis.horizontal, .vertical] {
            let horizontal = axis == .horizontal
            let acrossRange = horizontal ? box.y0..<box.y1 : box.x0..<box.x1
            let alongRange = horizontal ? box.x0..<box.x1 : box.y0..<box.y1
            var open: [Band] = []
            var closed: [Band] = []
            // Vertical runs are found in one row-major sweep (a run start per column), so
            // both passes read the bitmap in memory order.
            var columnRuns: [[(Int, Int)]] = []
            if !horizontal {
                let width = box.x1 - box.x0
                columnRuns = [[(Int, Int)]](repeating: [], count: max(0, width))
                var starts = [Int](repeating: -1, count: max(0, width))
                for y in box.y0..<box.y1 {
                    let row = y * bitmap.width
                    for c in 0..<width {
                        if pixels[row + box.x0 + c] < threshold {
                            if starts[c] < 0 { starts[c] = y }
                        } else if starts[c] >= 0 {
                            if y - starts[c] >= minRun { columnRuns[c].append((starts[c], y)) }
                            starts[c] = -1
                        }
                    }
                }
                for c in 0..<width where starts[c] >= 0 && box.y1 - starts[c] >= minRun { columnRuns[c].append((starts[c], box.y1)) }
            }
            for across in acrossRange {
                var runs: [(Int, Int)] = []
                if horizontal {
                    var start = -1
                    let row = across * bitmap.width
                    for along in alongRange {
                        if pixels[row + along] < threshold {
                            if start < 0 { start = along }
                        } else if start >= 0 {
                            if along - start >= minRun { runs.append((start, along)) }
                            start = -1
                        }
                    }
                    if start >= 0, alongRange.upperBound - start >= minRun { runs.append((start, alongRange.upperBound)) }
                } else {
                    runs = columnRuns[across - box.x0]
                }
                var next: [Band] = []
                var used = [Bool](repeating: false, count: open.count)
                for run in runs {
                    // Continue a band whose extent matches within `bandMatchPixels`.
                    if let i = open.indices.first(where: {
                        !used[$0] && abs(open[$0].from - run.0) <= bandMatchPixels && abs(open[$0].to - run.1) <= bandMatchPixels
                    }) {
                        used[i] = true
                        var band = open[i]
                        band.last = across
                        band.from = min(band.from, run.0)
                        band.to = max(band.to, run.1)
                        next.append(band)
                    } else {
                        next.append(Band(from: run.0, to: run.1, first: across, last: across))
                    }
                }
                for i in open.indices where !used[i] { closed.append(open[i]) }
                open = next
            }
            closed.append(contentsOf: open)
            for band in closed {
                let thickness = band.last - band.first + 1
                let origin = horizontal ? bitmap.originY : bitmap.originX
                let alongOrigin = horizontal ? bitmap.originX : bitmap.originY
                let start = alongOrigin + Double(band.from) * scale
                let end = alongOrigin + Double(band.to) * scale
                if thickness <= maxThick {
                    let centre = origin + (Double(band.first + band.last + 1) / 2) * scale
                    rulings.append(Ruling(axis: axis, position: centre, start: start, end: end))
                } else if horizontal && depth == 0 {
                    fillBoxes.append(PixelBox(x0: band.from, y0: band.first, x1: band.to, y1: band.last + 1))
                }
                // A thick vertical band is the same fill seen the other way: its edges
                // come from the merged boxes below, not from every broken band.
            }
        }
        }
        // Shaded boxes: pieces broken by light text merged; their four edges bound cells.
        var merged: [PixelBox] = []
        for box in fillBoxes.sorted(by: { $0.y0 < $1.y0 }) {
            if let i = merged.firstIndex(where: { $0.x0 <= box.x1 && box.x0 <= $0.x1 && $0.y0 <= box.y1 + 1 && box.y0 <= $0.y1 + 1 }) {
                merged[i] = PixelBox(x0: min(merged[i].x0, box.x0), y0: min(merged[i].y0, box.y0), x1: max(merged[i].x1, box.x1), y1: max(merged[i].y1, box.y1))
            } else {
                merged.append(box)
            }
        }
        fillBoxes = merged
        for fill in fillBoxes {
            let x0 = bitmap.originX + Double(fill.x0) * scale, x1 = bitmap.originX + Double(fill.x1) * scale
            let y0 = bitmap.originY + Double(fill.y0) * scale, y1 = bitmap.originY + Double(fill.y1) * scale
            rulings.append(Ruling(axis: .horizontal, position: y0, start: x0, end: x1))
            rulings.append(Ruling(axis: .horizontal, position: y1, start: x0, end: x1))
            rulings.append(Ruling(axis: .vertical, position: x0, start: y0, end: y1))
            rulings.append(Ruling(axis: .vertical, position: x1, start: y0, end: y1))
        }
        for fill in fillBoxes {
            fills.append(
                Rect(
                    x0: bitmap.originX + Double(fill.x0) * scale, y0: bitmap.originY + Double(fill.y0) * scale,
                    x1: bitmap.originX + Double(fill.x1) * scale, y1: bitmap.originY + Double(fill.y1) * scale))
            guard depth == 0 else { continue }
            // Rulings drawn over the fill are darker than it.
            var levels: [UInt8] = []
            for y in stride(from: fill.y0, to: fill.y1, by: 2) {
                for x in stride(from: fill.x0, to: fill.x1, by: 2) {
                    levels.append(bitmap.pixels[y * bitmap.width + x])
                }
            }
            guard !levels.isEmpty else { continue }
            levels.sort()
            let median = levels[levels.count / 2]
            guard median > innerScanMinGrey else { continue }
            let inner = PixelBox(x0: fill.x0 + 1, y0: fill.y0 + 1, x1: max(fill.x0 + 1, fill.x1 - 1), y1: max(fill.y0 + 1, fill.y1 - 1))
            scan(bitmap, inner, threshold: median - min(median, innerInkContrast), depth: depth + 1, rulings: &rulings, fills: &fills)
        }
    }
}

extension RulingDetector {
    /// Rulings and filled boxes from the shapes painted in `region` (page points), read
    /// the way the eye reads them, as `detect(in:mask:)` does from pixels:
    ///
    /// - a stroke or filled rectangle at most `maxThickness` across and `minLength` along
    ///   (after pieces that touch end to end are joined) is a ruling;
    /// - a filled rectangle thicker than that is a shaded box; touching boxes of one shade
    ///   are one box, and its edges bound cells;
    /// - paint no darker than `inkThreshold` (white) does not show on paper, and a thin
    ///   piece in the colour of a box it touches is part of the box (cell shading drawn in
    ///   pieces), not a ruling;
    /// - curves, diagonals and text are not rulings.
    public func detect(shapes: [PaintedShape], region: Rect) -> (rulings: [Ruling], fills: [Rect]) {
        struct Piece {
            var horizontal: Bool
            var lo: Double, hi: Double  // across: the thickness span
            var start: Double, end: Double  // along
            var grey: UInt8
            var rect: Rect { horizontal ? Rect(x0: start, y0: lo, x1: end, y1: hi) : Rect(x0: lo, y0: start, x1: hi, y1: end) }
        }
        var pieces: [Piece] = []
        var boxes: [(rect: Rect, grey: UInt8)] = []
        func add(_ r: Rect, grey: UInt8) {
            let clipped = Rect(x0: max(r.x0, region.x0), y0: max(r.y0, region.y0), x1: min(r.x1, region.x1), y1: min(r.y1, region.y1))
            guard clipped.x1 > clipped.x0 || clipped.y1 > clipped.y0, clipped.x1 >= clipped.x0, clipped.y1 >= clipped.y0 else { return }
            let w = clipped.x1 - clipped.x0, h = clipped.y1 - clipped.y0
            if min(w, h) <= maxThickness {
                let horizontal = w >= h
                pieces.append(
                    horizontal
                        ? Piece(horizontal: true, lo: clipped.y0, hi: clipped.y1, start: clipped.x0, end: clipped.x1, grey: grey)
                        : Piece(horizontal: false, lo: clipped.x0, hi: clipped.x1, start: clipped.y0, end: clipped.y1, grey: grey))
            } else {
                boxes.append((clipped, grey))
            }
        }
        for shape in shapes where shape.grey < inkThreshold {
            switch shape.kind {
            case .fill:
                add(Rect(x0: shape.x0, y0: shape.y0, x1: shape.x1, y1: shape.y1), grey: shape.grey)
            case .image, .invisibleText:
                continue
            case .stroke:
                // A hairline (width 0) shows as the thinnest line the device draws.
                let half = max(shape.lineWidth, 0.1) / 2
                if abs(shape.y1 - shape.y0) < 0.01 {
                    add(Rect(x0: min(shape.x0, shape.x1), y0: shape.y0 - half, x1: max(shape.x0, shape.x1), y1: shape.y0 + half), grey: shape.grey)
                } else if abs(shape.x1 - shape.x0) < 0.01 {
                    add(Rect(x0: shape.x0 - half, y0: min(shape.y0, shape.y1), x1: shape.x0 + half, y1: max(shape.y0, shape.y1)), grey: shape.grey)
                }
            }
        }
        // Touching boxes are one shaded area; thin pieces in a box's colour that touch it
        // belong to it.
        func touches(_ a: Rect, _ b: Rect) -> Bool {
            let gap = touchGap
            return a.x0 <= b.x1 + gap && b.x0 <= a.x1 + gap && a.y0 <= b.y1 + gap && b.y0 <= a.y1 + gap
        }
        if !boxes.isEmpty {
            // Only pieces along a box (inside its extent), so that a grid in the box's
            // colour is not swallowed border by border.
            let shaded = boxes
            pieces.removeAll { piece in
                let r = piece.rect
                guard
                    let box = shaded.first(where: { box in
                        guard abs(Int(box.grey) - Int(piece.grey)) < shadeDifference, touches(box.rect, r) else { return false }
                        return piece.horizontal
                            ? piece.start >= box.rect.x0 - 1 && piece.end <= box.rect.x1 + 1
                            : piece.start >= box.rect.y0 - 1 && piece.end <= box.rect.y1 + 1
                    })
                else { return false }
                boxes.append((r, box.grey))
                return true
            }
        }
        // Touching boxes of one shade are one box (a band painted cell by cell); boxes of
        // different shades stay apart, so a coloured header band and a shaded first column
        // do not become one box over the whole table.
        var shadedBoxes: [(rect: Rect, grey: UInt8)] = []
        for box in boxes.sorted(by: { ($0.rect.y0, $0.rect.x0) < ($1.rect.y0, $1.rect.x0) }) {
            var current = box
            while let i = shadedBoxes.firstIndex(where: { abs(Int($0.grey) - Int(current.grey)) < shadeDifference && touches($0.rect, current.rect) }) {
                current.rect = current.rect.union(shadedBoxes.remove(at: i).rect)
            }
            shadedBoxes.append(current)
        }
        let merged = shadedBoxes.map(\.rect).filter { $0.width > maxThickness && $0.height > maxThickness }
        // Pieces on one line (centres close, together no thicker than a ruling) that
        // touch end to end are one ruling.
        var rulings: [Ruling] = []
        for horizontal in [true, false] {
            let line = pieces.filter { $0.horizontal == horizontal }.sorted { $0.lo + $0.hi < $1.lo + $1.hi }
            var groups: [[Piece]] = []
            var lo = 0.0, hi = 0.0
            for piece in line {
                if !groups.isEmpty, piece.lo <= hi + acrossGap, max(hi, piece.hi) - min(lo, piece.lo) <= maxThickness {
                    groups[groups.count - 1].append(piece)
                    lo = min(lo, piece.lo)
                    hi = max(hi, piece.hi)
                } else {
                    groups.append([piece])
                    lo = piece.lo
                    hi = piece.hi
                }
            }
            for group in groups {
                var run: Piece? = nil
                for piece in group.sorted(by: { $0.start < $1.start }) {
                    if var current = run, piece.start <= current.end + joinGap {
                        current.lo = min(current.lo, piece.lo)
                        current.hi = max(current.hi, piece.hi)
                        current.end = max(current.end, piece.end)
                        run = current
                    } else {
                        if let done = run, done.end - done.start >= minLength {
                            rulings.append(Ruling(axis: horizontal ? .horizontal : .vertical, position: (done.lo + done.hi) / 2, start: done.start, end: done.end))
                        }
                        run = piece
                    }
                }
                if let done = run, done.end - done.start >= minLength {
                    rulings.append(Ruling(axis: horizontal ? .horizontal : .vertical, position: (done.lo + done.hi) / 2, start: done.start, end: done.end))
                }
            }
        }
        for fill in merged {
            rulings.append(Ruling(axis: .horizontal, position: fill.y0, start: fill.x0, end: fill.x1))
            rulings.append(Ruling(axis: .horizontal, position: fill.y1, start: fill.x0, end: fill.x1))
            rulings.append(Ruling(axis: .vertical, position: fill.x0, start: fill.y0, end: fill.y1))
            rulings.append(Ruling(axis: .vertical, position: fill.x1, start: fill.y0, end: fill.y1))
        }
        return (rulings, merged)
    }
}
