import AgendaPack
import Batch
import Contract
import Dates
import Foundation
import LayoutModel
import Parsing
import Recommendations
import Segmentation
import Tables
import Testing

@Suite("RFC 4180 CSV of tables")
struct TableCSVTests {
    @Test(
        "fields are quoted only when they must be",
        arguments: [
            ("plain", "plain"),
            ("", ""),
            ("1,234", "\"1,234\""),
            ("say \"no\"", "\"say \"\"no\"\"\""),
            ("two\nlines", "\"two\nlines\""),
            ("carriage\rreturn", "\"carriage\rreturn\""),
            ("(1,234)", "\"(1,234)\""),
            ("£120.00", "£120.00"),
        ])
    func field(_ input: String, _ expected: String) {
        #expect(TableCSV.field(input) == expected)
    }

    @Test("records end with CRLF, the last one too")
    func records() {
        #expect(TableCSV.csv([["a", "b"], ["", "c,d"]]) == "a,b\r\n,\"c,d\"\r\n")
    }

    @Test("writing replaces the file atomically and leaves no temporary file")
    func write() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agendapack-csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("pack-tbl-1.csv")
        try TableCSV.write([["old"]], to: url)
        try TableCSV.write([["Ref", "Cost"], ["1", "(1,234)"]], to: url)
        #expect(try String(contentsOf: url, encoding: .utf8) == "Ref,Cost\r\n1,\"(1,234)\"\r\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["pack-tbl-1.csv"])
    }
}
