import Contract
import LayoutModel
import Parsing

/// Uses a tagged PDF's structure tree (Table / TR / TH / TD) as evidence for the tables
/// found from the layout.
///
/// The tree has no positions, so it never creates a table by itself. Where a found table's
/// rows read like a declared table's (the same first row, or at least half of the declared
/// cells found in it), the declared TH rows set `header_rows` and the cells' `header` flags.
/// A declared table of two or more columns and three or more rows with TH headings that no
/// found table matches is reported as a diagnostic: a table the layout did not show.
enum TaggedEvidence {
    package static func apply(_ tagged: [TaggedTable], to tables: [TableRecord], diagnostics: inout [Diagnostic]) -> [TableRecord] {
        guard !tagged.isEmpty else { return tables }
        var out = tables
        var used = Set<Int>()
        for (t, declared) in tagged.enumerated() {
            let declaredCells = declared.rows.flatMap { $0 }.map { TextTools.fold($0.text) }.filter { !$0.isEmpty }
            guard !declaredCells.isEmpty else { continue }
            let match = out.indices.first { i in
                guard !used.contains(i), declared.page == nil || out[i].pages.contains(declared.page!) else { return false }
                let found = Set(out[i].rows.flatMap { $0 }.map(TextTools.fold).filter { !$0.isEmpty })
                let firstDeclared = declared.rows.first.map { $0.map { TextTools.fold($0.text) } }
                let firstFound = out[i].rows.first.map { $0.map(TextTools.fold).filter { !$0.isEmpty } }
                let shared = declaredCells.filter(found.contains).count
                return firstDeclared == firstFound || shared * 2 >= declaredCells.count
            }
            guard let i = match else {
                let columns = declared.rows.map(\.count).max() ?? 0
                if columns >= 2, declared.rows.count >= 3, declared.rows.first?.contains(where: \.header) == true {
                    diagnostics.append(Diagnostic(.info, "tagged-table-not-found",
                        "the PDF's structure tree declares a table (\(declared.rows.count) rows, \(columns) columns, first row \"\(declared.rows[0].map(\.text).joined(separator: " | "))\") that the layout did not show",
                        page: declared.page))
                }
                continue
            }
            used.insert(i)
            _ = t
            // Leading rows whose cells are all headings are header rows.
            var headerRows = 0
            for row in declared.rows {
                guard !row.isEmpty, row.allSatisfy(\.header) else { break }
                headerRows += 1
            }
            guard headerRows > 0, headerRows < out[i].nRows else { continue }
            out[i].headerRows = headerRows
            for c in out[i].cells.indices { out[i].cells[c].header = out[i].cells[c].row < headerRows }
        }
        return out
    }
}
