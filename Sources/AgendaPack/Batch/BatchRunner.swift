import Foundation
import PDFLayout

/// How a batch runs: what to convert, where, with how many workers and what limits.
public struct BatchOptions: Sendable {
    public var inputs: [BatchInput]
    public var layout: OutputLayout
    public var jobs: Int
    /// Seconds a worker may take on one file before it is killed.
    public var timeout: Double
    /// The worker's address-space limit in MiB.
    public var memoryLimit: Int
    public var password: String?
    public var force: Bool
    public var retryFailed: Bool
    /// The executable and leading arguments of a worker (`agendapack _worker`).
    public var workerCommand: [String]
    public var progress: BatchProgress.Mode

    public init(inputs: [BatchInput], layout: OutputLayout, jobs: Int, timeout: Double, memoryLimit: Int, password: String? = nil,
                force: Bool = false, retryFailed: Bool = false, workerCommand: [String], progress: BatchProgress.Mode = .quiet) {
        self.inputs = inputs
        self.layout = layout
        self.jobs = jobs
        self.timeout = timeout
        self.memoryLimit = memoryLimit
        self.password = password
        self.force = force
        self.retryFailed = retryFailed
        self.workerCommand = workerCommand
        self.progress = progress
    }
}

/// What became of one input.
public struct BatchOutcome: Sendable {
    public enum State: String, Sendable {
        /// Converted by this run.
        case converted
        /// Converted by an earlier run, unchanged since.
        case skipped
        /// Failed in this run.
        case failed
        /// Failed in an earlier run, unchanged since, not retried.
        case failedBefore = "failed_before"
        /// Not finished: the run was interrupted first.
        case interrupted
    }
    public var input: BatchInput
    public var state: State
    public var entry: ManifestEntry?
}

/// The result of a run, outcomes in input order.
public struct BatchReport: Sendable {
    public var outcomes: [BatchOutcome]
    public var seconds: Double
    public var interrupted: Bool

    public func count(_ states: BatchOutcome.State...) -> Int { outcomes.filter { states.contains($0.state) }.count }
    /// Pages converted by this run.
    public var pages: Int { outcomes.filter { $0.state == .converted }.reduce(0) { $0 + ($1.entry?.pages ?? 0) } }
    /// Every input that ends the run converted (now or before), in input order.
    public var convertedOutcomes: [BatchOutcome] { outcomes.filter { $0.state == .converted || $0.state == .skipped } }
    public var allConverted: Bool { !interrupted && outcomes.allSatisfy { $0.state == .converted || $0.state == .skipped } }
}

/// A problem that stops the whole batch (not one file's failure).
public struct BatchError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Set by SIGINT/SIGTERM; read by the coordinator's loop. A signal handler may only store
/// to a plain global, and the loop only reads it, so no lock is needed.
nonisolated(unsafe) private var receivedSignal: Int32 = 0

/// The coordinator: plans which inputs need converting, runs each in its own worker process
/// (at most `jobs` at once), kills a worker past the timeout, records every outcome in the
/// manifest as it happens, and renames finished outputs into place.
///
/// Threading: `run` is synchronous and single-threaded; workers are child processes,
/// polled with `wait4(WNOHANG)`. Workers write into the staging folder only, so a
/// killed run never leaves a partial output where outputs belong.
public final class BatchRunner {
    public let options: BatchOptions
    /// Called after each input this run converts, once its output is in place.
    public var onConverted: ((BatchOutcome) -> Void)?
    private let progress: BatchProgress

    public init(options: BatchOptions) {
        self.options = options
        self.progress = BatchProgress(mode: options.progress)
    }

    private struct Running {
        var outcomeIndex: Int
        var pid: pid_t
        var started: Date
        var stagingOutput: URL
        var stdoutFile: URL
        var stderrFile: URL
        var sha256: String?
        var bytes: Int?
        var outputRelative: String
    }

    public func run() throws -> BatchReport {
        let started = Date()
        let layout = options.layout
        let fm = FileManager.default
        do {
            try fm.createDirectory(at: layout.root, withIntermediateDirectories: true)
        } catch {
            throw BatchError("\(layout.root.path): cannot create the output folder (\(error.localizedDescription))")
        }
        let lockFD = open(layout.lock.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard lockFD >= 0, flock(lockFD, LOCK_EX | LOCK_NB) == 0 else {
            throw BatchError("\(layout.root.path): another batch is writing to this folder")
        }
        defer { close(lockFD) }
        layout.removeStrayTemporaries()
        try? fm.createDirectory(at: layout.staging, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: layout.staging) }

        let previous = Manifest.read(layout.manifest)
        Manifest.compactIfLong(layout.manifest, entries: previous)
        let manifest: Manifest
        do {
            manifest = try Manifest(url: layout.manifest)
        } catch {
            throw BatchError(error.description)
        }

        // Plan: decide for each input whether an earlier outcome stands.
        var outcomes: [BatchOutcome] = []
        var queue: [(index: Int, sha256: String?, bytes: Int?, output: String)] = []
        var outputsSeen: [String: String] = [:]
        let digests = Self.digests(options.inputs.map(\.path), threads: options.jobs)
        for (input, digest) in zip(options.inputs, digests) {
            let index = outcomes.count
            outcomes.append(BatchOutcome(input: input, state: .interrupted, entry: nil))
            let outputRelative: String
            do {
                outputRelative = try OutputLayout.outputRelativePath(for: input.relativePath)
                _ = try layout.outputURL(for: input.relativePath)
            } catch {
                record(failure: error.description, index: index, sha256: digest?.hex, bytes: digest?.bytes, into: &outcomes, manifest: manifest)
                continue
            }
            if let first = outputsSeen[outputRelative] {
                record(
                    failure: "has the same output name as \(first)", index: index, sha256: digest?.hex, bytes: digest?.bytes,
                    removingStaleOutput: false, into: &outcomes, manifest: manifest)
                continue
            }
            outputsSeen[outputRelative] = input.relativePath
            // Entries of older versions carry no input folder.
            if !options.force,
                let entry = previous[ManifestEntry.key(root: input.root, file: input.relativePath)]
                    ?? previous[ManifestEntry.key(root: nil, file: input.relativePath)]
            {
                let outputExists = entry.output.map { fm.fileExists(atPath: layout.root.appendingPathComponent($0).path) } ?? false
                if entry.stands(forSHA256: digest?.hex, outputExists: outputExists, retryFailed: options.retryFailed) {
                    outcomes[index].state = entry.outcome == .converted ? .skipped : .failedBefore
                    outcomes[index].entry = entry
                    continue
                }
            }
            queue.append((index, digest?.hex, digest?.bytes, outputRelative))
        }
        // Largest files first: a big pack started last would leave the other workers idle
        // at the end (what is written does not depend on the order).
        queue.sort { a, b in (a.bytes ?? 0) != (b.bytes ?? 0) ? (a.bytes ?? 0) > (b.bytes ?? 0) : a.index < b.index }
        progress.start(
            total: outcomes.count, toDo: queue.count, skipped: outcomes.filter { $0.state == .skipped }.count,
            failedBefore: outcomes.filter { $0.state == .failedBefore }.count)

        receivedSignal = 0
        // A parent may have left these blocked (a blocked mask is inherited through exec).
        var interrupts = sigset_t()
        sigemptyset(&interrupts)
        sigaddset(&interrupts, SIGINT)
        sigaddset(&interrupts, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &interrupts, nil)
        let previousINT = signal(SIGINT) { receivedSignal = $0 }
        let previousTERM = signal(SIGTERM) { receivedSignal = $0 }
        defer {
            signal(SIGINT, previousINT)
            signal(SIGTERM, previousTERM)
        }

        var running: [Running] = []
        var next = 0
        var serial = 0
        while next < queue.count || !running.isEmpty {
            if receivedSignal != 0 { break }
            while running.count < max(1, options.jobs), next < queue.count {
                let planned = queue[next]
                next += 1
                serial += 1
                let base = layout.staging.appendingPathComponent("\(getpid())-\(serial)")
                let job = Running(
                    outcomeIndex: planned.index, pid: 0, started: Date(), stagingOutput: base.appendingPathExtension("json"),
                    stdoutFile: base.appendingPathExtension("out"), stderrFile: base.appendingPathExtension("err"),
                    sha256: planned.sha256, bytes: planned.bytes, outputRelative: planned.output)
                do {
                    var launched = job
                    launched.pid = try launch(input: outcomes[planned.index].input, job: job)
                    running.append(launched)
                } catch {
                    record(failure: "cannot start a worker (\(error))", failureClass: .machine, index: planned.index, sha256: planned.sha256, bytes: planned.bytes, into: &outcomes, manifest: manifest)
                    progress.finished(outcomes[planned.index])
                }
            }
            var progressed = false
            var index = 0
            while index < running.count {
                let job = running[index]
                var status: Int32 = 0
                var usage = rusage()
                let result = wait4(job.pid, &status, WNOHANG, &usage)
                if result == job.pid || (result < 0 && errno == ECHILD) {
                    running.remove(at: index)
                    finish(job, status: status, maxResidentKB: Int(usage.ru_maxrss), timedOut: false, outcomes: &outcomes, manifest: manifest)
                    progressed = true
                    continue
                }
                if Date().timeIntervalSince(job.started) > options.timeout {
                    kill(-job.pid, SIGKILL)
                    kill(job.pid, SIGKILL)
                    _ = wait4(job.pid, &status, 0, &usage)
                    running.remove(at: index)
                    finish(job, status: status, maxResidentKB: Int(usage.ru_maxrss), timedOut: true, outcomes: &outcomes, manifest: manifest)
                    progressed = true
                    continue
                }
                index += 1
            }
            progress.tick()
            // Short: a worker that finished leaves its core idle until the next look.
            if !progressed { usleep(1_000) }
        }

        let interrupted = receivedSignal != 0
        if interrupted {
            // Stop the workers; what they were doing is not recorded, so the next run redoes it.
            for job in running { kill(-job.pid, SIGTERM) }
            let deadline = Date().addingTimeInterval(2)
            while !running.isEmpty {
                running.removeAll { job in
                    var status: Int32 = 0
                    return waitpid(job.pid, &status, WNOHANG) != 0
                }
                if Date() > deadline {
                    for job in running {
                        kill(-job.pid, SIGKILL)
                        var status: Int32 = 0
                        waitpid(job.pid, &status, 0)
                    }
                    running.removeAll()
                }
                usleep(10_000)
            }
        }
        progress.end()
        return BatchReport(outcomes: outcomes, seconds: Date().timeIntervalSince(started), interrupted: interrupted)
    }

    /// SHA-256 of every input, `threads` files at a time: on a large archive the digests
    /// are what a re-run spends its time on.
    static func digests(_ paths: [String], threads: Int) -> [(hex: String, bytes: Int)?] {
        final class Results: @unchecked Sendable {
            // Each slot is written by exactly one iteration and read only after all have
            // finished (concurrentPerform returns when they have), so no lock is needed.
            let slots: UnsafeMutableBufferPointer<(hex: String, bytes: Int)?>
            init(count: Int) {
                slots = .allocate(capacity: count)
                slots.initialize(repeating: nil)
            }
            deinit {
                _ = slots.deinitialize()
                slots.deallocate()
            }
        }
        let results = Results(count: paths.count)
        let stride = max(1, min(threads, paths.count))
        DispatchQueue.concurrentPerform(iterations: stride) { first in
            for index in Swift.stride(from: first, to: paths.count, by: stride) {
                results.slots[index] = FileDigest.sha256(path: paths[index])
            }
        }
        return Array(results.slots)
    }

    private func record(failure reason: String, failureClass: ManifestEntry.FailureClass = .input, index: Int, sha256: String?, bytes: Int?, seconds: Double? = nil,
                        removingStaleOutput: Bool = true, into outcomes: inout [BatchOutcome], manifest: Manifest) {
        let entry = ManifestEntry(
            file: outcomes[index].input.relativePath, root: outcomes[index].input.root, sha256: sha256, bytes: bytes, outcome: .failed, reason: reason,
            failureClass: failureClass, seconds: seconds)
        try? manifest.append(entry)
        // An output left by an earlier run is of other bytes (or other code): it must not
        // outlive the input's new outcome.
        if removingStaleOutput, let stale = try? options.layout.outputURL(for: outcomes[index].input.relativePath) {
            try? FileManager.default.removeItem(at: stale)
        }
        outcomes[index].state = .failed
        outcomes[index].entry = entry
    }

    /// The workers' environment: ours, with Swift's crash backtracer off unless asked for,
    /// since a symbolicated backtrace of a crashing worker costs seconds and nobody reads it.
    private lazy var workerEnvironment: [String] = {
        var environment = ProcessInfo.processInfo.environment
        if environment["SWIFT_BACKTRACE"] == nil { environment["SWIFT_BACKTRACE"] = "enable=no" }
        // Through the environment rather than the arguments, which any user can list with ps.
        environment["AGENDAPACK_WORKER_PASSWORD"] = options.password
        return environment.map { "\($0.key)=\($0.value)" }.sorted()
    }()

    /// Starts a worker in its own process group (so a terminal's Ctrl-C reaches only the
    /// coordinator, which then stops the workers itself), its output going to staging files.
    private func launch(input: BatchInput, job: Running) throws -> pid_t {
        let arguments = options.workerCommand + [
            input.path, "--output", job.stagingOutput.path, "--memory-limit", String(options.memoryLimit),
            "--parent", String(getpid()),
        ]

        return try WorkerProcess.spawn(arguments, stdout: job.stdoutFile.path, stderr: job.stderrFile.path,
                                       defaultSignals: [SIGINT, SIGTERM, SIGPIPE], environment: workerEnvironment)
    }

    private func finish(_ job: Running, status: Int32, maxResidentKB: Int, timedOut: Bool, outcomes: inout [BatchOutcome], manifest: Manifest) {
        let fm = FileManager.default
        let seconds = (Date().timeIntervalSince(job.started) * 1000).rounded() / 1000
        let input = outcomes[job.outcomeIndex].input
        defer {
            try? fm.removeItem(at: job.stagingOutput)
            try? fm.removeItem(at: job.stdoutFile)
            try? fm.removeItem(at: job.stderrFile)
            progress.finished(outcomes[job.outcomeIndex])
        }
        let stderrText = (try? String(contentsOf: job.stderrFile, encoding: .utf8)) ?? ""
        let read = WorkerFailure.read(
            timedOut: timedOut, status: status, stderr: stderrText, maxResidentKB: maxResidentKB, memoryLimit: options.memoryLimit,
            timeout: options.timeout, inputPath: input.path, stagingPath: job.stagingOutput.path)
        var failure = read?.reason
        var failureClass = read?.failureClass ?? .input
        var facts: WorkerFacts?
        if failure == nil {
            let line = (try? Data(contentsOf: job.stdoutFile)) ?? Data()
            facts = try? JSONDecoder().decode(WorkerFacts.self, from: line)
            if facts == nil || !fm.fileExists(atPath: job.stagingOutput.path) {
                failure = "the worker ended without a result"
                failureClass = .machine
            }
        }
        if let failure {
            record(failure: failure, failureClass: failureClass, index: job.outcomeIndex, sha256: job.sha256, bytes: job.bytes, seconds: seconds, into: &outcomes, manifest: manifest)
            return
        }
        do {
            let destination = try options.layout.outputURL(for: input.relativePath)
            try fm.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            guard rename(job.stagingOutput.path, destination.path) == 0 else {
                throw BatchError("\(destination.path): \(String(cString: strerror(errno)))")
            }
        } catch {
            record(failure: "cannot write the output (\(error))", failureClass: .machine, index: job.outcomeIndex, sha256: job.sha256, bytes: job.bytes, seconds: seconds, into: &outcomes, manifest: manifest)
            return
        }
        let entry = ManifestEntry(
            file: input.relativePath, root: input.root, sha256: job.sha256, bytes: job.bytes, outcome: .converted, pages: facts?.pages,
            output: job.outputRelative, seconds: seconds)
        try? manifest.append(entry)
        outcomes[job.outcomeIndex].state = .converted
        outcomes[job.outcomeIndex].entry = entry
        onConverted?(outcomes[job.outcomeIndex])
    }

    public static func formatSeconds(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(format: "%.1f", seconds)
    }
}
