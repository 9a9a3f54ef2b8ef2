import Contract
import Dates
import LayoutModel
import Parsing

/// Rows of a recommendations tracker table, one record each.
///
/// Grammar over a `TableRecord` (header rows first):
///
///     type column    = a column whose body cells are R, A or I (also "Rec", "Action",
///                      "Info"), or whose header reads "R/A/I", "Type", "Rec', Action or
///                      Information"; R gives recommendation, A action, I information
///     text column    = the header naming "Recommendation(s)" or "Action(s)" (not the type
///                      column), else the column with the longest cells
///     status column  = the header naming "Status"; a status word in it ("COMPLETE",
///                      "Ongoing", "In progress") is the status, or the whole cell when the
///                      column holds nothing but status
///     label column   = "No", "No.", "Ref", "#", "Rec No" with short values
///     addressee      = "Responsible Officer", "Cabinet Member", "Lead", "Owner", "To"
///
/// Rows without a type and without a label carry on the row before (a cell split over a
/// page); rows repeating the header are skipped. Excerpt (Coventry "Outstanding Issues",
/// 21 July 2016):
///
///     Meeting Date | Agenda Item | Cabinet Member/ Responsible Officer | Rec', Action or
///     Information | Recommendations/ Actions | Officer contact | Response/ Status
///     18 June 2015 | Serious Case Review – Child T | LSCB | R | Recommendations to LSCB re:
///     Housing Providers and functioning boilers. | Cat Parker | Briefing note sent to the LSCB COMPLETE
struct TrackerParser {
    package func parse(_ table: TableRecord) -> (records: [RecommendationRecord], diagnostics: [Diagnostic]) {
        let headerCount = max(1, table.headerRows)
        guard table.rows.count > headerCount, let width = table.rows.map(\.count).max(), width > 1 else { return ([], []) }
        let rows = table.rows.map { $0 + Array(repeating: "", count: width - $0.count) }
        let header = (0..<width).map { column in
            TextTools.squash(rows.prefix(headerCount).map { $0[column] }.joined(separator: " ")).lowercased()
        }
        // A table split over pages repeats its header; those rows are not entries.
        let body = rows.dropFirst(headerCount).filter { row in
            !row.enumerated().allSatisfy { TextTools.squash($0.element).lowercased() == header[$0.offset] || $0.element.isEmpty }
        }
        guard let typeColumn = Self.typeColumn(header: header, body: body) else {
            return ([], [Diagnostic(.info, "tracker-without-type-column", "table has no R/A/I column", page: table.page)])
        }
        let textColumn = Self.textColumn(header: header, body: body, excluding: typeColumn)
        let statusColumn = header.firstIndex { $0.contains("status") && !$0.contains("r/a/i") }
        let labelColumn = header.indices.first { column in
            column != typeColumn && RecommendationPatterns.trackerNumberHeader.matches(header[column])
                && body.allSatisfy { $0[column].count <= 8 }
        }
        let addresseeColumn = header.indices.first { column in
            column != typeColumn && column != textColumn
                && RecommendationPatterns.trackerAddresseeHeader.matches(header[column])
        }
        var records: [RecommendationRecord] = []
        var diagnostics: [Diagnostic] = []
        for row in body {
            let cells = row.map(TextTools.squash)
            let kind = Self.kind(cells[typeColumn])
            let label = labelColumn.map { cells[$0] }.flatMap { $0.isEmpty ? nil : $0 }
            let text = textColumn.map { cells[$0] } ?? ""
            if kind == nil && label == nil, !records.isEmpty {
                if !text.isEmpty { records[records.count - 1].text = TextTools.join([records[records.count - 1].text, text]) }
                if let statusColumn, let status = Self.status(in: cells[statusColumn], wholeCell: header[statusColumn] == "status") {
                    records[records.count - 1].status = status
                }
                continue
            }
            guard let kind else {
                diagnostics.append(Diagnostic(.warning, "tracker-row-without-type", "tracker row \(label ?? "") has no R, A or I", page: table.page))
                continue
            }
            let status = statusColumn.flatMap { Self.status(in: cells[$0], wholeCell: header[$0] == "status") }
            let addressee = addresseeColumn.map { cells[$0] }.flatMap { $0.isEmpty ? nil : $0 }
            records.append(
                RecommendationRecord(
                    kind: kind, label: label, text: text, addressee: addressee, status: status, document: table.document,
                    agendaItem: table.agendaItem, page: table.page, bbox: nil))
        }
        return (records, diagnostics)
    }

    package static func kind(_ cell: String) -> RecommendationRecord.Kind? {
        switch cell.lowercased().trimmingCharacters(in: .punctuationCharacters) {
        case "r", "rec", "recommendation": .recommendation
        case "a", "action": .action
        case "i", "info", "information": .information
        default: nil
        }
    }

    static func typeColumn(header: [String], body: [[String]]) -> Int? {
        let byHeader = header.indices.filter { RecommendationPatterns.trackerTypeHeader.matches(header[$0]) }
        let byValues = header.indices.filter { column in
            let values = body.map { TextTools.squash($0[column]) }.filter { !$0.isEmpty }
            guard !values.isEmpty, values.filter({ kind($0) != nil }).count * 5 >= values.count * 4 else { return false }
            if byHeader.contains(column) { return true }
            // A RAG rating (Red / Amber / Green) is not an R/A/I column: any G says so; without
            // a header saying R/A/I, the values must show at least two of the three kinds.
            if values.contains(where: { ["g", "green"].contains($0.lowercased()) }) { return false }
            return Set(values.compactMap { kind($0) }).count >= 2
        }
        return byValues.first { byHeader.contains($0) } ?? byValues.first
    }

    static func textColumn(header: [String], body: [[String]], excluding typeColumn: Int) -> Int? {
        let named = header.indices.filter { $0 != typeColumn && RecommendationPatterns.trackerNamedHeader.matches(header[$0]) }
        if let column = named.max(by: { averageLength(body, $0) < averageLength(body, $1) }) { return column }
        return header.indices.filter { $0 != typeColumn }.max { averageLength(body, $0) < averageLength(body, $1) }
    }

    static func averageLength(_ body: [[String]], _ column: Int) -> Double {
        body.isEmpty ? 0 : Double(body.map { $0[column].count }.reduce(0, +)) / Double(body.count)
    }

    /// A status word in a cell ("... 14/10/15 COMPLETE" gives "COMPLETE"), the last one
    /// printed; or the whole cell when the column is only a status column.
    package static func status(in cell: String, wholeCell: Bool) -> String? {
        let matches = cell.matches(of: /(?i)\b(?:complete[d]?|ongoing|on-going|in progress|on track|outstanding|not started|overdue|open|closed|done|superseded|withdrawn)\b/)
        if let last = matches.last { return String(last.0) }
        return wholeCell && !cell.isEmpty ? cell : nil
    }
}
