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
import TestSupport
import Testing

/// Runs the pipeline over every corpus pack and scores each section against the expected
/// file written by the corpus generator from the pack's sources (corpus/expected).
///
/// Matching, per section (text compared case-folded with white space and quotes normalised):
/// - meeting: each non-null field (authority, body, date, start_time, venue) is a record;
/// - agenda_items: number, title, parent, business, printed_pages and pages all equal;
/// - documents: kind, first_page, last_page and agenda_item equal;
/// - recommendations: text equal (the kind is checked on every matched record);
/// - tables: the same pages; cell accuracy is the share of expected cells whose text is
///   at the same row and column;
/// - dates: page, text, value, end and precision equal.
///
/// The levels each section must keep are in corpus/baseline.json; a section below its
/// level fails the test, so a regression shows as a number. `CORPUS_REPORT=path` writes
/// the table to a file as well.
@Suite("corpus scores")
struct CorpusScoreTests {
    static let corpus = TestPaths.root.appendingPathComponent("corpus")
    static let sections = ["meeting", "agenda_items", "documents", "recommendations", "tables", "dates"]

    struct Count {
        var truePositives = 0
        var predicted = 0
        var expected = 0
        mutating func add(_ other: Count) {
            truePositives += other.truePositives
            predicted += other.predicted
            expected += other.expected
        }
        var precision: Double { predicted == 0 ? (expected == 0 ? 1 : 0) : Double(truePositives) / Double(predicted) }
        var recall: Double { expected == 0 ? 1 : Double(truePositives) / Double(expected) }
    }

    static func fold(_ value: Any?) -> String {
        guard let value, !(value is NSNull) else { return "<null>" }
        var s = "\(value)".lowercased()
        for (a, b) in [("’", "'"), ("‘", "'"), ("“", "\""), ("”", "\""), ("–", "-"), ("—", "-")] { s = s.replacingOccurrences(of: a, with: b) }
        s = s.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if s.hasPrefix("the ") { s = String(s.dropFirst(4)) }
        return s
    }

    static func span(_ value: Any?) -> String {
        guard let d = value as? [String: Any] else { return "<null>" }
        return "\(d["first"] ?? "?")-\(d["last"] ?? "?")"
    }

    /// Counts matches of keyed records, each expected record used once.
    static func match(_ predicted: [[String: Any]], _ expected: [[String: Any]], key: ([String: Any]) -> String) -> (Count, [String]) {
        var pool: [String: Int] = [:]
        for e in expected { pool[key(e), default: 0] += 1 }
        var count = Count(truePositives: 0, predicted: predicted.count, expected: expected.count)
        var misses: [String] = []
        for p in predicted {
            let k = key(p)
            if let n = pool[k], n > 0 {
                pool[k] = n - 1
                count.truePositives += 1
            } else {
                misses.append("extra: \(k)")
            }
        }
        for (k, n) in pool where n > 0 { misses.append("missed: \(k)") }
        return (count, misses.sorted())
    }

    struct PackScore {
        var name: String
        var counts: [String: Count] = [:]
        var cellsRight = 0
        var cellsExpected = 0
        var kindErrors = 0
        var misses: [String: [String]] = [:]
    }

    static func score(name: String, predicted: [String: Any], expected: [String: Any]) -> PackScore {
        var result = PackScore(name: name)
        func records(_ doc: [String: Any], _ key: String) -> [[String: Any]] { doc[key] as? [[String: Any]] ?? [] }

        // Meeting fields.
        var meeting = Count()
        let pm = predicted["meeting"] as? [String: Any] ?? [:]
        let em = expected["meeting"] as? [String: Any] ?? [:]
        var meetingMisses: [String] = []
        for field in ["authority", "body", "date", "start_time", "venue"] {
            let p = fold(pm[field]), e = fold(em[field])
            if p != "<null>" { meeting.predicted += 1 }
            if e != "<null>" { meeting.expected += 1 }
            if p != "<null>" && p == e { meeting.truePositives += 1 } else if p != e { meetingMisses.append("\(field): got \(p), want \(e)") }
        }
        result.counts["meeting"] = meeting
        result.misses["meeting"] = meetingMisses

        let itemKey: ([String: Any]) -> String = { r in
            [fold(r["number"]), fold(r["title"]), fold(r["parent"]), fold(r["business"]), span(r["printed_pages"]), span(r["pages"])].joined(separator: " | ")
        }
        (result.counts["agenda_items"], result.misses["agenda_items"]) = match(records(predicted, "agenda_items"), records(expected, "agenda_items"), key: itemKey)

        let docKey: ([String: Any]) -> String = { r in
            [fold(r["kind"]), fold(r["first_page"]), fold(r["last_page"]), fold(r["agenda_item"])].joined(separator: " | ")
        }
        (result.counts["documents"], result.misses["documents"]) = match(records(predicted, "documents"), records(expected, "documents"), key: docKey)

        let recText: ([String: Any]) -> String = { r in fold(r["text"]) }
        let predictedRecs = records(predicted, "recommendations"), expectedRecs = records(expected, "recommendations")
        (result.counts["recommendations"], result.misses["recommendations"]) = match(predictedRecs, expectedRecs, key: recText)
        var kinds: [String: [String]] = [:]
        for e in expectedRecs { kinds[recText(e), default: []].append(fold(e["kind"])) }
        for p in predictedRecs {
            if let want = kinds[recText(p)], !want.contains(fold(p["kind"])) { result.kindErrors += 1 }
        }

        let tableKey: ([String: Any]) -> String = { r in "pages \((r["pages"] as? [Int])?.map(String.init).joined(separator: ",") ?? "?")" }
        let predictedTables = records(predicted, "tables"), expectedTables = records(expected, "tables")
        (result.counts["tables"], result.misses["tables"]) = match(predictedTables, expectedTables, key: tableKey)
        var used = Set<Int>()
        for e in expectedTables {
            let rows = e["rows"] as? [[String]] ?? []
            let expectedCells = rows.enumerated().flatMap { r, row in row.enumerated().filter { !$0.element.isEmpty }.map { (r, $0.offset, $0.element) } }
            result.cellsExpected += expectedCells.count
            guard let index = predictedTables.indices.first(where: { !used.contains($0) && tableKey(predictedTables[$0]) == tableKey(e) }) else { continue }
            used.insert(index)
            let got = predictedTables[index]["rows"] as? [[String]] ?? []
            for (r, c, text) in expectedCells where r < got.count && c < got[r].count && fold(got[r][c]) == fold(text) {
                result.cellsRight += 1
            }
        }

        let dateKey: ([String: Any]) -> String = { r in
            [fold(r["page"]), fold(r["text"]), fold(r["value"]), fold(r["end"]), fold(r["precision"])].joined(separator: " | ")
        }
        (result.counts["dates"], result.misses["dates"]) = match(records(predicted, "dates"), records(expected, "dates"), key: dateKey)
        return result
    }

    static var packs: [String] {
        let dir = corpus.appendingPathComponent("expected")
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
            .map { String($0.dropLast(5)) }
    }

    static func format(_ v: Double) -> String { String(format: "%.3f", v) }

    @Test("every corpus pack scores at or above the recorded level in each section")
    func corpusScores() throws {
        let names = Self.packs
        #expect(names.count >= 12, "the corpus should hold at least 12 packs")
        var totals: [String: Count] = [:]
        var cellsRight = 0, cellsExpected = 0, kindErrors = 0
        var report = "pack".padding(toLength: 48, withPad: " ", startingAt: 0)
            + Self.sections.map { $0.padding(toLength: 17, withPad: " ", startingAt: 0) }.joined() + "\n"
        var details = ""
        for name in names {
            let pdf = Self.corpus.appendingPathComponent("pdf/\(name).pdf").path
            let expectedData = try Data(contentsOf: Self.corpus.appendingPathComponent("expected/\(name).json"))
            let expected = try #require(try JSONSerialization.jsonObject(with: expectedData) as? [String: Any])
            let pack = try Extractor().extract(path: pdf)
            let predicted = try #require(try JSONSerialization.jsonObject(with: try PackEncoder.encode(pack)) as? [String: Any])
            let score = Self.score(name: name, predicted: predicted, expected: expected)
            report += name.padding(toLength: 48, withPad: " ", startingAt: 0)
            for section in Self.sections {
                let c = score.counts[section] ?? Count()
                totals[section, default: Count()].add(c)
                report += "\(Self.format(c.precision))/\(Self.format(c.recall))".padding(toLength: 17, withPad: " ", startingAt: 0)
                for miss in (score.misses[section] ?? []).prefix(12) { details += "  \(name) \(section) \(miss)\n" }
            }
            report += "\n"
            cellsRight += score.cellsRight
            cellsExpected += score.cellsExpected
            kindErrors += score.kindErrors
        }
        report += "ALL (precision/recall)".padding(toLength: 48, withPad: " ", startingAt: 0)
        for section in Self.sections {
            let c = totals[section] ?? Count()
            report += "\(Self.format(c.precision))/\(Self.format(c.recall))".padding(toLength: 17, withPad: " ", startingAt: 0)
        }
        let cellAccuracy = cellsExpected == 0 ? 1 : Double(cellsRight) / Double(cellsExpected)
        report += "\ntable cell accuracy \(Self.format(cellAccuracy)) (\(cellsRight)/\(cellsExpected)); recommendation kind errors \(kindErrors)\n"
        print(report)
        if ProcessInfo.processInfo.environment["CORPUS_DETAILS"] != nil { print(details) }
        if let path = ProcessInfo.processInfo.environment["CORPUS_REPORT"] {
            try (report + "\n" + details).write(toFile: path, atomically: true, encoding: .utf8)
        }

        // The recorded levels.
        let baselineData = try Data(contentsOf: Self.corpus.appendingPathComponent("baseline.json"))
        let baseline = try #require(try JSONSerialization.jsonObject(with: baselineData) as? [String: [String: Double]])
        for section in Self.sections {
            let c = totals[section] ?? Count()
            let level = baseline[section] ?? [:]
            #expect(c.precision + 1e-9 >= level["precision"] ?? 0, "\(section): precision \(Self.format(c.precision)) is below \(level["precision"] ?? 0)")
            #expect(c.recall + 1e-9 >= level["recall"] ?? 0, "\(section): recall \(Self.format(c.recall)) is below \(level["recall"] ?? 0)")
        }
        #expect(cellAccuracy + 1e-9 >= baseline["tables"]?["cell_accuracy"] ?? 0, "table cell accuracy \(Self.format(cellAccuracy)) fell")
        #expect(kindErrors == 0 || baseline["recommendations"]?["kind_errors_allowed"] ?? 0 >= Double(kindErrors))
    }
}
