import Batch
import AgendaPack
import Contract
import Foundation
import LayoutModel
import Tables

/// The index page of a batch's reports: the run's figures (those of `summary.json`), then
/// one row per input with its counts, its diagnostics and a link to its report; the
/// columns sort on a click.
public struct BatchIndex: Sendable {
    public struct Row: Sendable, Equatable {
        public var file: String
        /// The report, relative to the index; nil when there is none.
        public var report: String?
        /// Why the input has no pack (the batch's failure reason), or why its report failed.
        public var problem: String?
        public var pages: Int?
        public var documents: Int?
        public var agendaItems: Int?
        public var recommendations: Int?
        public var tables: Int?
        public var dates: Int?
        public var diagnostics: [Diagnostic]

        public init(file: String, report: String?, pack: PackDocument?, problem: String? = nil) {
            self.file = file
            self.report = report
            self.problem = problem
            pages = pack?.source.pageCount
            documents = pack?.documents.count
            agendaItems = pack?.agendaItems.count
            recommendations = pack?.recommendations.count
            tables = pack?.tables.count
            dates = pack?.dates.count
            diagnostics = pack?.diagnostics ?? []
        }
    }

    public var summary: BatchSummary
    public var rows: [Row]

    public init(summary: BatchSummary, rows: [Row]) {
        self.summary = summary
        self.rows = rows.sorted { $0.file < $1.file }
    }

    public var html: String {
        var h = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>AgendaPack reports</title>\n<style>\n\(Self.css)</style>\n</head>\n<body>\n"
        h += "<h1>AgendaPack reports</h1>\n<p class=\"figures\">"
        let figures: [(String, String)] = [
            ("files", "\(summary.files)"), ("converted", "\(summary.converted)"), ("skipped (unchanged)", "\(summary.skipped)"),
            ("failed", "\(summary.failed)"), ("unfinished", "\(summary.unfinished)"), ("pages converted", "\(summary.pages)"),
            ("tool", summary.toolVersion), ("schema", summary.schemaVersion),
        ]
        h += figures.map { "<span><b>\(HTML.escape($0.1))</b> \(HTML.escape($0.0))</span>" }.joined(separator: " ")
        if summary.interrupted { h += " <span class=\"bad\">interrupted</span>" }
        h += "</p>\n<table id=\"packs\">\n<thead><tr>"
        let columns = ["File", "Pages", "Documents", "Agenda items", "Recommendations", "Tables", "Dates", "Warnings", "Diagnostics"]
        for (i, name) in columns.enumerated() {
            h += "<th data-col=\"\(i)\"\(i == 0 ? "" : " class=\"num\"")>\(name)</th>"
        }
        h += "</tr></thead>\n<tbody>\n"
        for row in rows {
            let warnings = row.diagnostics.filter { $0.severity != .info }.count
            h += "<tr\(row.report == nil ? " class=\"failed\"" : "")>"
            h += "<td data-v=\"\(HTML.escape(row.file))\">"
            if let report = row.report {
                h += "<a href=\"\(HTML.escape(HTML.url(report)))\">\(HTML.escape(row.file))</a>"
            } else {
                h += HTML.escape(row.file)
            }
            if let problem = row.problem { h += "<div class=\"problem\">\(HTML.escape(problem))</div>" }
            h += "</td>"
            for value in [row.pages, row.documents, row.agendaItems, row.recommendations, row.tables, row.dates] {
                h += "<td class=\"num\" data-v=\"\(value ?? -1)\">\(value.map(String.init) ?? "–")</td>"
            }
            h += "<td class=\"num\(warnings > 0 ? " bad" : "")\" data-v=\"\(warnings)\">\(warnings)</td>"
            h += "<td data-v=\"\(row.diagnostics.count)\">"
            if !row.diagnostics.isEmpty {
                h += "<details><summary>\(row.diagnostics.count)</summary><ul>"
                for d in row.diagnostics {
                    h += "<li class=\"\(d.severity.rawValue)\">\(d.page.map { "p\($0) " } ?? "")<b>\(HTML.escape(d.code))</b> \(HTML.escape(d.message))</li>"
                }
                h += "</ul></details>"
            }
            h += "</td></tr>\n"
        }
        h += "</tbody>\n</table>\n<script>\n\(Self.script)</script>\n</body>\n</html>\n"
        return h
    }

    static let css = """
        body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:20px;color:#111827}
        h1{font-size:20px;margin:0 0 8px}
        .figures span{margin-right:14px}
        table{border-collapse:collapse;width:100%}
        th,td{border-bottom:1px solid #e5e7eb;padding:4px 8px;text-align:left;vertical-align:top}
        th{cursor:pointer;background:#f3f4f6;position:sticky;top:0;user-select:none}
        th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
        .num{text-align:right;font-variant-numeric:tabular-nums}
        .bad{color:#b91c1c;font-weight:600}
        tr.failed td{color:#6b7280}
        .problem{color:#b91c1c;font-size:12px}
        details ul{margin:4px 0;padding-left:18px;font-size:12px}
        li.warning,li.error{color:#b91c1c}

        """

    static let script = """
        "use strict";
        (function () {
          var table = document.getElementById("packs");
          var body = table.tBodies[0];
          table.tHead.addEventListener("click", function (e) {
            var th = e.target.closest("th");
            if (!th) return;
            var col = Number(th.getAttribute("data-col"));
            var ascending = th.getAttribute("aria-sort") !== "ascending";
            table.tHead.querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
            th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
            var rows = Array.prototype.slice.call(body.rows);
            rows.sort(function (a, b) {
              var x = a.cells[col].getAttribute("data-v"), y = b.cells[col].getAttribute("data-v");
              var c = col === 0 ? (x < y ? -1 : x > y ? 1 : 0) : Number(x) - Number(y);
              return ascending ? c : -c;
            });
            rows.forEach(function (r) { body.appendChild(r); });
          });
        })();

        """
}
