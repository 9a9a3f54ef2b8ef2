import Contract
import Foundation
import LayoutModel
import PDFLayout

/// The end-of-run summary, printed and written as `DIR/summary.json` (keys sorted).
public struct BatchSummary: Sendable, Codable, Equatable {
    public struct Failure: Sendable, Codable, Equatable {
        package enum CodingKeys: String, CodingKey { case file, reason, failureClass = "class", previous }
        public var file: String
        public var reason: String
        /// `input` (the file's fault; kept until --retry-failed) or `machine` (a full disk,
        /// memory, a kill from outside, the time limit; a plain re-run retries it).
        public var failureClass: ManifestEntry.FailureClass
        /// True when the failure was recorded by an earlier run and not retried.
        public var previous: Bool
    }

    /// Inputs in this run (after sharding).
    public var files: Int
    public var converted: Int
    public var skipped: Int
    public var failed: Int
    /// Inputs not finished because the run was interrupted.
    public var unfinished: Int
    public var failures: [Failure]
    /// Pages converted by this run.
    public var pages: Int
    public var seconds: Double
    public var pagesPerSecond: Double
    public var interrupted: Bool
    public var shard: String?
    public var toolVersion: String
    public var schemaVersion: String

    package enum CodingKeys: String, CodingKey {
        case files, converted, skipped, failed, unfinished, failures, pages, seconds, pagesPerSecond = "pages_per_second"
        case interrupted, shard, toolVersion = "tool_version", schemaVersion = "schema_version"
    }

    public init(report: BatchReport, shard: Shard?) {
        files = report.outcomes.count
        converted = report.count(.converted)
        skipped = report.count(.skipped)
        failed = report.count(.failed, .failedBefore)
        unfinished = report.count(.interrupted)
        failures = report.outcomes.compactMap { outcome in
            guard outcome.state == .failed || outcome.state == .failedBefore else { return nil }
            return Failure(file: outcome.input.relativePath, reason: outcome.entry?.reason ?? "unknown",
                failureClass: outcome.entry?.failureClass ?? .input, previous: outcome.state == .failedBefore)
        }
        pages = report.pages
        seconds = (report.seconds * 1000).rounded() / 1000
        pagesPerSecond = report.seconds > 0 ? (Double(pages) / report.seconds * 10).rounded() / 10 : 0
        interrupted = report.interrupted
        self.shard = shard?.description
        toolVersion = AgendaPackVersion.tool
        schemaVersion = AgendaPackVersion.schema
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(files, forKey: .files)
        try c.encode(converted, forKey: .converted)
        try c.encode(skipped, forKey: .skipped)
        try c.encode(failed, forKey: .failed)
        try c.encode(unfinished, forKey: .unfinished)
        try c.encode(failures, forKey: .failures)
        try c.encode(pages, forKey: .pages)
        try c.encode(seconds, forKey: .seconds)
        try c.encode(pagesPerSecond, forKey: .pagesPerSecond)
        try c.encode(interrupted, forKey: .interrupted)
        try c.encode(shard, forKey: .shard)
        try c.encode(toolVersion, forKey: .toolVersion)
        try c.encode(schemaVersion, forKey: .schemaVersion)
    }

    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }

    /// The summary as printed on standard output.
    public var text: String {
        var out = "converted \(converted), skipped \(skipped) (unchanged), failed \(failed)"
        if unfinished > 0 { out += ", unfinished \(unfinished)" }
        out += "; \(pages) pages in \(String(format: "%.1f", seconds)) s (\(String(format: "%.1f", pagesPerSecond)) pages/s)"
        if interrupted { out += "; interrupted" }
        out += "\n"
        for failure in failures {
            let note = failure.failureClass == .machine
                ? " (temporary; a re-run retries)" : failure.previous ? " (earlier run; --retry-failed retries)" : ""
            out += "failed: \(failure.file): \(failure.reason)\(note)\n"
        }
        return out
    }
}
