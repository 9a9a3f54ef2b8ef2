import AgendaPack
import AgendaPackReport
import Batch
import Contract
import Foundation
import LayoutModel
import Tables

/// `batch --report`: the report of every converted pack under DIR/report/ and an index page.
///
/// Each report is made by a child `agendapack report --pack` (rendering reads the whole PDF
/// again, so a PDF that crashes poppler takes only its own report down, as with the
/// batch's workers), `jobs` at a time.
enum BatchReports {
    static let folderName = "report"

    /// Writes the reports and DIR/report/index.html; returns one message per failure.
    static func write(report: BatchReport, summary: BatchSummary, layout: OutputLayout, jobs: Int, password: String?) -> [String] {
        let root = layout.root.appendingPathComponent(folderName, isDirectory: true)
        struct Job {
            var outcome: BatchOutcome
            var pack: URL
            var folder: URL
            var name: String
            var indexLink: String
            var relative: String
        }
        var jobsToRun: [Job] = []
        for outcome in report.convertedOutcomes {
            guard let output = outcome.entry?.output else { continue }
            let relative = String(output.dropLast(output.hasSuffix(".json") ? 5 : 0))
            let parts = relative.split(separator: "/").map(String.init)
            guard let stem = parts.last else { continue }
            var folder = root
            for part in parts.dropLast() { folder.appendPathComponent(part, isDirectory: true) }
            let back = String(repeating: "../", count: parts.count - 1) + "index.html"
            jobsToRun.append(Job(outcome: outcome, pack: layout.root.appendingPathComponent(output), folder: folder, name: stem, indexLink: back, relative: relative))
        }

        let results = Results(count: jobsToRun.count)
        let executable = BatchCommand.executablePath()
        let queue = DispatchQueue(label: "agendapack.reports", attributes: .concurrent)
        let slots = DispatchSemaphore(value: max(1, jobs))
        let group = DispatchGroup()
        for (i, job) in jobsToRun.enumerated() {
            slots.wait()
            group.enter()
            queue.async {
                defer {
                    slots.signal()
                    group.leave()
                }
                var arguments = [
                    "report", job.outcome.input.path, "--pack", job.pack.path, "--out", job.folder.path, "--name", job.name,
                    "--index-link", job.indexLink,
                ]
                if let password { arguments += ["--password", password] }
                do {
                    let process = Process()
                    process.executableURL = URL(fileURLWithPath: executable)
                    process.arguments = arguments
                    process.standardOutput = FileHandle.nullDevice
                    let errors = Pipe()
                    process.standardError = errors
                    process.standardInput = FileHandle.nullDevice
                    try process.run()
                    let message = errors.fileHandleForReading.readDataToEndOfFile()
                    process.waitUntilExit()
                    if process.terminationReason == .uncaughtSignal {
                        results.set(i, "report crashed (signal \(process.terminationStatus))")
                    } else if process.terminationStatus != 0 {
                        let text = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                        results.set(i, text.isEmpty ? "report failed (status \(process.terminationStatus))" : text)
                    }
                } catch {
                    results.set(i, "report not started (\(error))")
                }
            }
        }
        group.wait()

        var rows: [BatchIndex.Row] = []
        var messages: [String] = []
        for (i, job) in jobsToRun.enumerated() {
            let pack = (try? Data(contentsOf: job.pack)).flatMap { try? PackJSON.decode(PackDocument.self, from: $0) }
            let problem = results.get(i)
            // The report mirrors the output's path under DIR/report/, as the index sits at its root.
            let link = problem == nil ? job.relative + ".html" : nil
            if let problem { messages.append("\(job.outcome.input.relativePath): \(problem)") }
            rows.append(BatchIndex.Row(file: job.outcome.input.relativePath, report: link, pack: pack, problem: problem))
        }
        for failure in summary.failures {
            rows.append(BatchIndex.Row(file: failure.file, report: nil, pack: nil, problem: failure.reason))
        }
        do {
            try PackEncoder.writeAtomically(Data(BatchIndex(summary: summary, rows: rows).html.utf8), to: root.appendingPathComponent("index.html"))
        } catch {
            messages.append("\(root.appendingPathComponent("index.html").path): cannot be written (\(Console.reason(error)))")
        }
        return messages
    }

    /// The outcome of each report, written from the worker threads.
    final class Results: @unchecked Sendable {
        // Safe: every access holds `lock`.
        private let lock = NSLock()
        private var problems: [String?]
        init(count: Int) { problems = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ problem: String) { lock.withLock { problems[i] = problem } }
        func get(_ i: Int) -> String? { lock.withLock { problems[i] } }
    }
}
