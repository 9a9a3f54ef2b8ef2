import Batch
import AgendaPack
@testable import AgendaPackReport
@testable import Contract
import Foundation
@testable import LayoutModel
import Testing


@Suite("The index page of a batch's reports")
struct BatchIndexTests {
    @Test("one row per input, sorted by file, with counts, warnings and a link; failures without one")
    func rows() throws {
        let pack = ReportModelTests.pack()
        let summary = try JSONDecoder().decode(BatchSummary.self, from: Data("""
            {"files": 2, "converted": 1, "skipped": 0, "failed": 1, "unfinished": 0, "failures": [{"file": "a.pdf", "reason": "damaged", "class": "input", "previous": false}],
             "pages": 3, "seconds": 1.5, "pages_per_second": 2, "interrupted": false, "shard": null, "tool_version": "t", "schema_version": "1.1"}
            """.utf8))
        let index = BatchIndex(summary: summary, rows: [
            BatchIndex.Row(file: "uk/x & y.pdf", report: "uk/x & y.html", pack: pack),
            BatchIndex.Row(file: "a.pdf", report: nil, pack: nil, problem: "damaged"),
        ])
        #expect(index.rows.map(\.file) == ["a.pdf", "uk/x & y.pdf"])
        let h = index.html
        #expect(h.contains(#"<a href="uk/x%20&amp;%20y.html">uk/x &amp; y.pdf</a>"#))
        #expect(h.contains(#"<td class="num" data-v="3">3</td><td class="num" data-v="2">2</td><td class="num" data-v="3">3</td>"#))
        #expect(h.contains(#"<td class="num bad" data-v="1">1</td>"#))  // one warning
        #expect(h.contains(#"<div class="problem">damaged</div>"#))
        #expect(h.contains("<b>1</b> failed"))
        #expect(h.contains("<b>3</b> pages converted"))
    }
}
