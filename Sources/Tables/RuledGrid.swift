import Contract
import LayoutModel
import Parsing

/// A cell grid built from drawn rulings.
///
/// Rulings that touch or cross belong to one table. Column boundaries are the clustered
/// positions of its vertical rulings, row boundaries those of its horizontal ones. Two
/// neighbouring slots are one spanning cell when no ruling separates them (less than half
/// of their common edge is drawn): a header "Posts" over three columns, a "Role" cell
/// over two rows, a section row across the whole table.
struct RuledGrid: Equatable {
    package struct Cell: Equatable {
        package var row: Int
        package var col: Int
        package var rowSpan: Int
        package var colSpan: Int
        package var rect: Rect
    }

    var xs: [Double]
    var ys: [Double]
    package var cells: [Cell]

    package var bbox: Rect { Rect(x0: xs.first ?? 0, y0: ys.first ?? 0, x1: xs.last ?? 0, y1: ys.last ?? 0) }

    /// The index `i` with `bounds[i] <= value <= bounds[i + 1]` (or `<` both sides when
    /// `strictly`), by binary search over ascending bounds; nil outside, or on a bound when
    /// `strictly`.
    static func interval(containing value: Double, in bounds: [Double], strictly: Bool = false) -> Int? {
        guard bounds.count >= 2, value >= bounds[0], value <= bounds[bounds.count - 1] else { return nil }
        var lo = 0, hi = bounds.count - 1  // bounds[lo] <= value <= bounds[hi]
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if bounds[mid] <= value { lo = mid } else { hi = mid }
        }
        if strictly && (value == bounds[lo] || value == bounds[lo + 1]) { return nil }
        return lo
    }

    /// For each slot (row-major), the first cell covering it; -1 where none does.
    func slotCells() -> [Int] {
        let columns = max(0, nCols)
        var slots = [Int](repeating: -1, count: max(0, nRows) * columns)
        for (i, cell) in cells.enumerated() {
            for r in cell.row..<min(nRows, cell.row + cell.rowSpan) {
                for c in cell.col..<min(nCols, cell.col + cell.colSpan) where slots[r * columns + c] < 0 { slots[r * columns + c] = i }
            }
        }
        return slots
    }

    /// The first cell (in `cells` order) whose rectangle holds the point, as a linear search
    /// would find it: a point inside a slot is looked up; one on a boundary is searched.
    func cellIndex(x: Double, y: Double, slots: [Int]) -> Int? {
        if let c = RuledGrid.interval(containing: x, in: xs, strictly: true),
            let r = RuledGrid.interval(containing: y, in: ys, strictly: true),
            slots[r * nCols + c] >= 0
        {
            return slots[r * nCols + c]
        }
        return cells.firstIndex { $0.rect.contains(x: x, y: y) }
    }
    package var nRows: Int { ys.count - 1 }
    package var nCols: Int { xs.count - 1 }

    /// Whether the gap between two collinear pieces lies under text (and is at most
    /// `TableSettings.gridBridge` long).
    static func hiddenByText(_ a: Ruling, _ b: Ruling, _ textBoxes: [Rect], settings: TableSettings) -> Bool {
        let (from, to) = a.end < b.start ? (a.end, b.start) : (b.end, a.start)
        guard to - from <= settings.gridBridge, to > from else { return false }
        let position = (a.position + b.position) / 2
        return textBoxes.contains { box in
            switch a.axis {
            case .vertical:
                return box.x0 - 1 <= position && box.x1 + 1 >= position && box.y0 - 1.5 <= from && box.y1 + 1.5 >= to
            case .horizontal:
                return box.y0 - 1 <= position && box.y1 + 1 >= position && box.x0 - 1.5 <= from && box.x1 + 1.5 >= to
            }
        }
    }

    /// The grids of at least 2 × 2 slots formed by `rulings`; positions closer than
    /// `TableSettings.gridSnap` are one.
    package static func find(_ rulings: [Ruling], textBoxes: [Rect] = [], settings: TableSettings = TableSettings()) -> [RuledGrid] {
        let horizontal = merge(rulings.filter { $0.axis == .horizontal }, textBoxes: textBoxes, settings: settings)
        let vertical = merge(rulings.filter { $0.axis == .vertical }, textBoxes: textBoxes, settings: settings)
        let all = horizontal + vertical
        guard horizontal.count >= 2, vertical.count >= 2 else { return [] }

        // Connected components of crossing or touching rulings.
        var parent = Array(all.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i {
                parent[i] = parent[parent[i]]
                i = parent[i]
            }
            return i
        }
        let t = settings.gridSnap
        for (hi, h) in horizontal.enumerated() {
            for (vi, v) in vertical.enumerated()
            where v.position >= h.start - t && v.position <= h.end + t && h.position >= v.start - t && h.position <= v.end + t {
                let a = root(hi), b = root(horizontal.count + vi)
                if a != b { parent[a] = b }
            }
        }
        var groups: [Int: [Int]] = [:]
        for i in all.indices { groups[root(i), default: []].append(i) }

        var grids: [RuledGrid] = []
        for members in groups.values {
            let hs = members.filter { $0 < horizontal.count }.map { all[$0] }
            let vs = members.filter { $0 >= horizontal.count }.map { all[$0] }
            if let grid = build(horizontal: hs, vertical: vs, settings: settings) { grids.append(grid) }
        }
        return grids.sorted { $0.bbox.y0 != $1.bbox.y0 ? $0.bbox.y0 < $1.bbox.y0 : $0.bbox.x0 < $1.bbox.x0 }
    }

    /// Joins rulings on one line whose extents overlap or nearly touch.
    package static func merge(_ rulings: [Ruling], textBoxes: [Rect] = [], settings: TableSettings = TableSettings()) -> [Ruling] {
        let tolerance = settings.gridSnap
        var sorted = rulings.sorted { $0.position != $1.position ? $0.position < $1.position : $0.start < $1.start }
        var changed = true
        while changed {
            changed = false
            var out: [Ruling] = []
            for r in sorted {
                // Text overflowing a cell hides a stretch of the ruling under its masked
                // glyphs: pieces either side of a gap that text covers join.
                if let i = out.lastIndex(where: {
                    abs($0.position - r.position) <= tolerance
                        && ((r.start <= $0.end + tolerance && r.end >= $0.start - tolerance)
                            || hiddenByText($0, r, textBoxes, settings: settings))
                }) {
                    let a = out[i]
                    let weight = a.length + r.length
                    let position = weight > 0 ? (a.position * a.length + r.position * r.length) / weight : a.position
                    out[i] = Ruling(axis: a.axis, position: position, start: min(a.start, r.start), end: max(a.end, r.end))
                    changed = true
                } else {
                    out.append(r)
                }
            }
            sorted = out.sorted { $0.position != $1.position ? $0.position < $1.position : $0.start < $1.start }
        }
        return sorted
    }

    /// Clusters positions closer than `tolerance` (points).
    package static func cluster(_ values: [Double], tolerance: Double) -> [Double] {
        var out: [[Double]] = []
        for v in values.sorted() {
            if let last = out.last?.last, v - last <= tolerance {
                out[out.count - 1].append(v)
            } else {
                out.append([v])
            }
        }
        return out.map { $0.reduce(0, +) / Double($0.count) }
    }

    /// A set of slots (row-major indices) cut into rectangles: each row's runs of
    /// neighbouring slots, a run with the same columns in the row below joined to it.
    static func rowRuns(_ slots: Set<Int>, nCols: Int) -> [(row: Int, col: Int, rowSpan: Int, colSpan: Int)] {
        var runs: [(row: Int, col: Int, rowSpan: Int, colSpan: Int)] = []
        for s in slots.sorted() where !slots.contains(s - 1) || s % nCols == 0 {
            let r = s / nCols, c = s % nCols
            var width = 1
            while c + width < nCols && slots.contains(s + width) { width += 1 }
            if let i = runs.firstIndex(where: { $0.col == c && $0.colSpan == width && $0.row + $0.rowSpan == r }) {
                runs[i].rowSpan += 1
            } else {
                runs.append((r, c, 1, width))
            }
        }
        return runs
    }

    package static func build(horizontal hs: [Ruling], vertical vs: [Ruling], settings: TableSettings = TableSettings()) -> RuledGrid? {
        let tolerance = settings.gridSnap
        guard let left = hs.map(\.start).min(), let right = hs.map(\.end).max(),
            let top = vs.map(\.start).min(), let bottom = vs.map(\.end).max()
        else { return nil }
        var xs = cluster(vs.map(\.position), tolerance: tolerance)
        var ys = cluster(hs.map(\.position), tolerance: tolerance)
        // Open sides (no outer vertical or horizontal rule): the ends of the other rulings.
        if left < xs[0] - 4 * tolerance { xs.insert(left, at: 0) }
        if right > xs[xs.count - 1] + 4 * tolerance { xs.append(right) }
        if top < ys[0] - 4 * tolerance { ys.insert(top, at: 0) }
        if bottom > ys[ys.count - 1] + 4 * tolerance { ys.append(bottom) }
        func covered(_ rulings: [Ruling], at position: Double, from a: Double, to b: Double) -> Bool {
            var spans = rulings.filter { abs($0.position - position) <= tolerance && $0.end > a && $0.start < b }
                .map { (max($0.start, a), min($0.end, b)) }
            spans.sort { $0.0 < $1.0 }
            var total = 0.0, reach = a
            for (s, e) in spans where e > reach {
                total += e - max(s, reach)
                reach = e
            }
            return total >= (b - a) * 0.5
        }
        // A boundary drawn in no row (a short stroke inside one cell) is no boundary.
        var pruned = true
        while pruned {
            pruned = false
            if let c = (1..<max(1, xs.count - 1)).first(where: { c in
                !(0..<(ys.count - 1)).contains { r in covered(vs, at: xs[c], from: ys[r], to: ys[r + 1]) }
            }) {
                xs.remove(at: c)
                pruned = true
            }
            if let r = (1..<max(1, ys.count - 1)).first(where: { r in
                !(0..<(xs.count - 1)).contains { c in covered(hs, at: ys[r], from: xs[c], to: xs[c + 1]) }
            }) {
                ys.remove(at: r)
                pruned = true
            }
        }
        guard xs.count >= 3, ys.count >= 3 else { return nil }
        let nRows = ys.count - 1, nCols = xs.count - 1

        // Slots joined where their shared edge is not drawn.
        var parent = Array(0..<(nRows * nCols))
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i {
                parent[i] = parent[parent[i]]
                i = parent[i]
            }
            return i
        }
        func join(_ a: Int, _ b: Int) {
            let ra = root(a), rb = root(b)
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        for r in 0..<nRows {
            for c in 1..<nCols where !covered(vs, at: xs[c], from: ys[r], to: ys[r + 1]) {
                join(r * nCols + c - 1, r * nCols + c)
            }
        }
        for r in 1..<nRows {
            for c in 0..<nCols where !covered(hs, at: ys[r], from: xs[c], to: xs[c + 1]) {
                join((r - 1) * nCols + c, r * nCols + c)
            }
        }
        var members: [Int: [Int]] = [:]
        for i in 0..<(nRows * nCols) { members[root(i), default: []].append(i) }
        var cells: [Cell] = []
        for slots in members.values {
            let rows = slots.map { $0 / nCols }, cols = slots.map { $0 % nCols }
            guard let r0 = rows.min(), let r1 = rows.max(), let c0 = cols.min(), let c1 = cols.max() else { continue }
            if (r1 - r0 + 1) * (c1 - c0 + 1) == slots.count {
                cells.append(
                    Cell(
                        row: r0, col: c0, rowSpan: r1 - r0 + 1, colSpan: c1 - c0 + 1,
                        rect: Rect(x0: xs[c0], y0: ys[r0], x1: xs[c1 + 1], y1: ys[r1 + 1])))
            } else {
                // Not a rectangle (a title band over a header of the same shading with no
                // rule between them in the outer columns, a broken ruling): cut at the rows,
                // each row's runs of joined slots a cell, a run repeated in the row below
                // one cell over both.
                cells += rowRuns(Set(slots), nCols: nCols).map { run in
                    Cell(
                        row: run.row, col: run.col, rowSpan: run.rowSpan, colSpan: run.colSpan,
                        rect: Rect(x0: xs[run.col], y0: ys[run.row], x1: xs[run.col + run.colSpan], y1: ys[run.row + run.rowSpan]))
                }
            }
        }
        cells.sort { $0.row != $1.row ? $0.row < $1.row : $0.col < $1.col }
        return RuledGrid(xs: xs, ys: ys, cells: cells)
    }
}
