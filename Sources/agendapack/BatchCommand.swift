import AgendaPack
import AgendaPackStore
import ArgumentParser
import Batch
import Contract
import Foundation
import LayoutModel
import Tables

struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Convert many PDFs in parallel in worker processes; resumable.",
        discussion: """
            INPUTS are PDFs and folders (recursed; .pdf in any case). Each input's output is
            DIR/<path under its input folder, .pdf replaced by .json>, written atomically.
            DIR/manifest.jsonl records every outcome; a re-run skips inputs whose bytes and tool
            version are unchanged and redoes the rest. DIR/summary.json sums the run up.
            Each of the --jobs workers converts one file at a time, many files in turn; a
            worker that crashes or passes --timeout costs only the file it was converting and
            is replaced. A worker is replaced after --files-per-worker files (1: a fresh
            process for every file).
            Exit status: 0 all converted (or unchanged), 1 some failed, 64 usage error,
            130 interrupted (Ctrl-C or SIGTERM).
            """)

    @Argument(help: "PDF files and folders.")
    var inputs: [String]

    @Option(help: "The output folder.")
    var out: String

    @Option(help: "Worker processes at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Seconds a worker may spend on one file before it is killed.")
    var timeout: Double = 120

    @Option(name: [.customLong("memory-limit"), .customLong("max-memory")], help: "Each worker's address-space limit in MiB.")
    var memoryLimit: Int = 2048

    @Option(help: "The password of encrypted PDFs (user or owner).")
    var password: String?

    @Flag(name: .customLong("no-ocr"), help: "Leave pages printed without text (scans) unread instead of reading them with tesseract.")
    var noOCR = false

    @Option(help: "Files a worker process converts before a fresh one replaces it (1: one per file).")
    var filesPerWorker: Int = BatchOptions.defaultFilesPerWorker

    @Flag(help: "Convert every input again, even when unchanged.")
    var force = false

    @Flag(help: "Try again inputs that failed in an earlier run (they are skipped otherwise).")
    var retryFailed = false

    @Flag(help: "No progress on standard error.")
    var quiet = false

    @Option(help: "Also write every record as JSON Lines to this file.")
    var jsonl: String?

    @Option(help: "Also load every converted pack into this SQLite database.")
    var db: String?

    @Option(help: "Take only share I of N of the inputs (1-based), e.g. 2/8.")
    var shard: String?

    @Flag(name: .customLong("report"), help: "Also write an HTML report of every converted pack, and an index, into DIR/report/.")
    var writeReports = false

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if filesPerWorker < 1 { throw ValidationError("--files-per-worker must be at least 1") }
        if !(timeout > 0) { throw ValidationError("--timeout must be a positive number of seconds") }
        if memoryLimit < 64 { throw ValidationError("--memory-limit must be at least 64 (MiB)") }
        if let shard, Shard(shard) == nil { throw ValidationError("--shard takes I/N with 1 <= I <= N, e.g. 2/8") }
    }

    func run() throws {
        let layout = OutputLayout(root: out)
        var found: [BatchInput]
        var badNames: [String]
        do {
            let discovered = try BatchInputs.discoverReporting(inputs, excluding: layout.root.path)
            found = discovered.inputs
            badNames = discovered.badNames
        } catch let error as BatchInputs.Missing {
            throw ValidationError(error.description)
        }
        let share = shard.flatMap(Shard.init)
        if let share { found = found.filter { share.contains($0.relativePath) } }

        let store: PackStore?
        do {
            store = try db.map { try PackStore(path: $0) }
        } catch {
            Console.error("agendapack: \(error)\n")
            throw ExitCode(73)
        }
        var storeErrors: [String] = []
        let progress: BatchProgress.Mode = quiet ? .quiet : (isatty(2) != 0 ? .live : .lines)
        var options = BatchOptions(
            inputs: found, layout: layout, jobs: jobs, timeout: timeout, memoryLimit: memoryLimit, password: password, force: force,
            retryFailed: retryFailed, workerCommand: [Self.executablePath(), "_worker"], progress: progress,
            filesPerWorker: filesPerWorker)
        options.ocr = !noOCR
        let runner = BatchRunner(options: options)
        if let store {
            runner.onConverted = { outcome in
                Self.load(outcome, layout: layout, store: store, force: true, errors: &storeErrors)
            }
        }
        let report: BatchReport
        do {
            report = try runner.run()
        } catch {
            Console.error("agendapack: \(error)\n")
            throw ExitCode(73)
        }
        if let store {
            // Unchanged inputs too, so a database can be (re)built from existing outputs.
            for outcome in report.outcomes where outcome.state == .skipped {
                Self.load(outcome, layout: layout, store: store, force: false, errors: &storeErrors)
            }
            // A pack whose input now fails is no longer a pack of this archive.
            for outcome in report.outcomes where outcome.state == .failed {
                do {
                    try store.remove(root: outcome.input.root, file: outcome.input.relativePath)
                } catch {
                    storeErrors.append("\(store.path): \(outcome.input.relativePath) not removed: \(error)")
                }
            }
        }
        var status: Int32 = report.interrupted ? 130 : (report.allConverted ? 0 : 1)
        // Names that are not UTF-8 cannot be named in the manifest or the outputs: each is
        // reported, and the run does not count as complete.
        for name in badNames {
            Console.error("agendapack: \(name): the file name is not valid UTF-8; not converted (rename it)\n")
            if status == 0 { status = 1 }
        }
        if let jsonl, !report.interrupted {
            do {
                // A shard keeps the other shards' records in a shared file.
                try RecordStream.write(
                    report.convertedOutcomes, layout: layout, to: URL(fileURLWithPath: jsonl),
                    others: share.map { share in { !share.contains($0) } })
            } catch {
                Console.error("agendapack: \(jsonl): \(error)\n")
                if status == 0 { status = 1 }
            }
        }
        for message in storeErrors {
            Console.error("agendapack: \(message)\n")
            if status == 0 { status = 1 }
        }
        let summary = BatchSummary(report: report, shard: share)
        do {
            try PackEncoder.writeAtomically(try summary.encoded(), to: layout.summary)
        } catch {
            Console.error("agendapack: \(layout.summary.path): cannot be written (\(error))\n")
            if status == 0 { status = 73 }
        }
        if writeReports && !report.interrupted {
            for message in BatchReports.write(report: report, summary: summary, layout: layout, jobs: jobs, password: password) {
                Console.error("agendapack: \(message)\n")
                if status == 0 { status = 1 }
            }
        }
        try emit(summary.text)
        if status != 0 { throw ExitCode(status) }
    }

    private static func load(_ outcome: BatchOutcome, layout: OutputLayout, store: PackStore, force: Bool, errors: inout [String]) {
        guard let output = outcome.entry?.output else { return }
        do {
            try store.load(
                output: layout.root.appendingPathComponent(output), root: outcome.input.root, file: outcome.input.relativePath, sha256: outcome.entry?.sha256,
                outputName: output, force: force)
        } catch {
            errors.append("\(store.path): \(outcome.input.relativePath) not loaded: \(error)")
        }
    }

    /// This executable, for starting workers: /proc/self/exe where there is one, else the
    /// first argument resolved against the search path.
    static func executablePath() -> String {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        let first = CommandLine.arguments[0]
        if first.contains("/") { return URL(fileURLWithPath: first).standardizedFileURL.path }
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let candidate = "\(dir)/\(first)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return first
    }
}
