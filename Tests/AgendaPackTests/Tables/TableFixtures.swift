import AgendaPack
import Batch
import Contract
import Dates
import LayoutModel
import PDFLayout
import Parsing
import Recommendations
import Segmentation
import Tables

/// Small token fixtures for the table strategies: lines built from segments, and the
/// shapes of a drawn grid.
enum TableFixture {
    /// A line of cells `(text, x0, x1)` at `y`, 10 pt high.
    static func row(_ cells: [(String, Double, Double)], y: Double, page: Int = 1) -> Line {
        let segments = cells.map { text, x0, x1 in
            Segment(text: text, bbox: Rect(x0: x0, y0: y, x1: x1, y1: y + 10), fontName: "Helvetica", fontSize: 10, bold: false, italic: false)
        }
        let x0 = cells.map(\.1).min() ?? 72, x1 = cells.map(\.2).max() ?? 72
        return Line(page: page, bbox: Rect(x0: x0, y0: y, x1: x1, y1: y + 10), segments: segments, pageWidth: 595)
    }

    static let budget = [
        ["Service", "2023/24", "2024/25", "Change"],
        ["Adult social care", "12,345", "13,579", "1,234"],
        ["Highways", "4,321", "3,087", "(1,234)"],
        ["Libraries", "2,100", "1,950", "(150)"],
        ["Total", "18,766", "18,616", "(150)"],
    ]

    /// A budget table without rules (five rows of four columns, figures right-aligned at
    /// 300, 390 and 480), rows 16 pt apart from `top`.
    static func aligned(top: Double = 300) -> [Line] {
        budget.enumerated().map { r, texts in
            var cells = [(texts[0], 72.0, 72 + Double(texts[0].count) * 5.6)]
            for (c, text) in texts.dropFirst().enumerated() {
                let right = 300 + Double(c) * 90
                cells.append((text, right - Double(text.count) * 5.6, right))
            }
            return row(cells, y: top + Double(r) * 16)
        }
    }

    /// The strokes of a grid with rulings at `columns` and `rows`.
    static func grid(columns: [Double], rows: [Double], width: Double = 0.5) -> [PaintedShape] {
        columns.map { PaintedShape(kind: .stroke, x0: $0, y0: rows[0], x1: $0, y1: rows[rows.count - 1], lineWidth: width) }
            + rows.map { PaintedShape(kind: .stroke, x0: columns[0], y0: $0, x1: columns[columns.count - 1], y1: $0, lineWidth: width) }
    }

    /// `aligned` drawn in a grid: rulings between the rows and around the cells (verticals
    /// 80 pt long), as page `number`, the rulings moved `shift` points right.
    static func ruledPage(settings: TableSettings = TableSettings(), number: Int = 1, shift: Double = 0) -> TablePage {
        let lines = aligned(top: 302)
        let shapes = grid(columns: [68, 190, 305, 395, 485].map { $0 + shift }, rows: [300, 316, 332, 348, 364, 380])
        return TablePage(number: number, lines: lines, width: 595, height: 842, shapes: { shapes })
    }
}
