@testable import AgendaPack
@testable import Batch
@testable import Contract
@testable import Dates
import Foundation
@testable import LayoutModel
@testable import Parsing
@testable import Recommendations
@testable import Segmentation
@testable import Tables
import Testing


/// One hand-labelled row of `Fixtures/dates.tsv`.
struct DateFixtureRow: Sendable, CustomTestStringConvertible {
    var line: Int
    var text: String
    var convention: DateConvention
    var referenceYear: Int?
    var value: String?
    var end: String?
    var precision: String?
    var time: String?
    var ambiguous: Bool
    var source: String

    var testDescription: String { "line \(line): \(text) [\(convention.rawValue) \(referenceYear.map(String.init) ?? "-")]" }

    /// A row with no value, precision or time says the text is not a date expression.
    var expectsNothing: Bool { value == nil && precision == nil && time == nil }

    var context: DateContext { DateContext(convention: convention, referenceYear: referenceYear) }

    /// Compares a parse with the label; returns the mismatching fields.
    func mismatches(_ p: ParsedDate?) -> [String] {
        guard let p else { return expectsNothing ? [] : ["no parse"] }
        if expectsNothing { return ["parsed a non-date as \(p.value ?? "-")"] }
        var out: [String] = []
        if p.value != value { out.append("value \(p.value ?? "nil") != \(value ?? "nil")") }
        if p.end != end { out.append("end \(p.end ?? "nil") != \(end ?? "nil")") }
        if p.precision?.rawValue != precision { out.append("precision \(p.precision?.rawValue ?? "nil") != \(precision ?? "nil")") }
        if p.time != time { out.append("time \(p.time ?? "nil") != \(time ?? "nil")") }
        if p.ambiguous != ambiguous { out.append("ambiguous \(p.ambiguous) != \(ambiguous)") }
        return out
    }
}

enum DateFixture {
    static let path: String = {
        let here = URL(fileURLWithPath: #filePath)
        return here.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/dates.tsv").path
    }()

    static let rows: [DateFixtureRow] = {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        var rows: [DateFixtureRow] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where n > 0 && !line.isEmpty {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 9 else { continue }
            func opt(_ s: String) -> String? { s.isEmpty ? nil : s }
            rows.append(DateFixtureRow(
                line: n + 1, text: f[0], convention: DateConvention(rawValue: f[1]) ?? .unknown,
                referenceYear: Int(f[2]), value: opt(f[3]), end: opt(f[4]), precision: opt(f[5]),
                time: opt(f[6]), ambiguous: f[7] == "true", source: f[8]))
        }
        return rows
    }()
}

@Suite("Date fixture")
struct DateFixtureTests {
    @Test func fixtureHasAtLeast300Rows() {
        #expect(DateFixture.rows.count >= 300)
    }

    @Test("Labelled date strings", arguments: DateFixture.rows)
    func labelled(_ row: DateFixtureRow) {
        let parsed = DateParser.parse(row.text, context: row.context)
        let bad = row.mismatches(parsed)
        #expect(bad.isEmpty, "\(row.text): \(bad.joined(separator: "; "))")
        // A labelled non-date ("Resolution No. 2019-37") must not be found in running text either.
        if row.expectsNothing {
            let found = DateFinder.find(in: row.text, context: row.context)
            #expect(found.isEmpty, "\(row.text): found \(found.map(\.text))")
        }
    }

    /// The languages and identifier numbers the fixture covers (issue #20): at least 150
    /// French, Welsh and Spanish strings and 50 identifier-shaped non-dates.
    @Test func fixtureCoversLanguagesAndIdentifiers() {
        let foreign = DateFixture.rows.filter { $0.source.contains("French") || $0.source.contains("Welsh") || $0.source.contains("Spanish") }
        let identifiers = DateFixture.rows.filter { $0.expectsNothing && $0.source.contains("identifier") }
        #expect(foreign.count >= 150)
        #expect(identifiers.count >= 50)
    }

    /// Writes the per-row outcome to `$DATES_REPORT` (for scripts/dateparser-compare.py)
    /// and checks the acceptance bar of 99%.
    @Test func scoreAndReport() throws {
        var lines = ["text\tconvention\treference_year\tvalue\tend\tprecision\ttime\tambiguous\tok\tgot_value\tgot_end\tgot_precision\tgot_time\tgot_ambiguous"]
        var right = 0
        for row in DateFixture.rows {
            let p = DateParser.parse(row.text, context: row.context)
            let ok = row.mismatches(p).isEmpty
            if ok { right += 1 }
            lines.append([row.text, row.convention.rawValue, row.referenceYear.map(String.init) ?? "",
                          row.value ?? "", row.end ?? "", row.precision ?? "", row.time ?? "",
                          String(row.ambiguous), String(ok), p?.value ?? "", p?.end ?? "",
                          p?.precision?.rawValue ?? "", p?.time ?? "", p.map { String($0.ambiguous) } ?? ""]
                .joined(separator: "\t"))
        }
        if let out = ProcessInfo.processInfo.environment["DATES_REPORT"], !out.isEmpty {
            try (lines.joined(separator: "\n") + "\n").write(toFile: out, atomically: true, encoding: .utf8)
        }
        let total = DateFixture.rows.count
        #expect(total > 0)
        #expect(Double(right) >= 0.99 * Double(total), "\(right)/\(total) right")
    }
}
