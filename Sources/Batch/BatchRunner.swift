import Contract
import Foundation
import LayoutModel
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
    /// Read pages printed without text by OCR (workers get `AGENDAPACK_WORKER_NO_OCR` when not).
    public var ocr = true
    public var force: Bool
    public var retryFailed: Bool
    /// The executable and leading arguments of a worker (`agendapack _worker`).
    public var workerCommand: [String]
    public var progress: BatchProgress.Mode
    /// Files a worker converts before it is replaced by a fresh one (1: a worker per file).
    public var filesPerWorker: Int

    public init(inputs: [BatchInput], layout: OutputLayout, jobs: Int, timeout: Double, memoryLimit: Int, password: String? = nil,
                force: Bool = false, retryFailed: Bool = false, workerCommand: [String], progress: BatchProgress.Mode = .quiet,
                filesPerWorker: Int = BatchOptions.defaultFilesPerWorker) {
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
        self.filesPerWorker = max(1, filesPerWorker)
    }

    /// A worker is replaced after this many files, so that a slow leak cannot build up.
    public static let defaultFilesPerWorker = 200
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

/// The coordinator: plans which inputs need converting, hands them to at most `jobs` worker
/// processes one file at a time, kills a worker past the timeout, records every outcome in
/// the manifest as it happens, and renames finished outputs into place.
///
/// Workers (`agendapack _worker --serve`) live for many files: each reads one job line on
/// its standard input and answers it with one line on its standard output (the facts, or the
/// exit status and message a per-file worker would have ended with), then waits for the next.
/// A file that fails to convert is answered and the worker goes on; a worker that dies (a
/// crash, the memory limit, a kill from outside) or is killed at the timeout costs only the
/// file it was converting, and a fresh worker takes its place for the rest. A file whose
/// worker dies after converting others is tried once more in a fresh worker before its
/// failure is recorded, so that what is recorded is what the file does to a worker of its own.
/// A worker is replaced after `filesPerWorker` files, or sooner when its resident size after
/// a file is over `recycleResidentMiB` or its address space over half the memory limit, so
/// that every file starts with nearly the whole limit.
///
/// Threading: `run` is synchronous and single-threaded; workers are child processes whose
/// answers are waited for with poll(2). Workers write into the staging folder only, so a
/// killed run never leaves a partial output where outputs belong.
public final class BatchRunner {
    public let options: BatchOptions
    /// Called after each input this run converts, once its output is in place.
    public var onConverted: ((BatchOutcome) -> Void)?
    private let progress: BatchProgress

    /// A worker whose resident size after a file is over this is replaced.
    public static let recycleResidentMiB = 512

    public init(options: BatchOptions) {
        self.options = options
        self.progress = BatchProgress(mode: options.progress)
    }

    /// An input to convert.
    private struct Planned {
        package var index: Int
        package var sha256: String?
        package var bytes: Int?
        package var output: String
        /// Given to a fresh worker after a worker that had converted other files died on it.
        var retried = false
        /// Whether `sha256` has been taken (else it is taken once the file is given to a worker).
        var digested: Bool

        package init(index: Int, sha256: String?, bytes: Int?, output: String, digested: Bool) {
            self.index = index
            self.sha256 = sha256
            self.bytes = bytes
            self.output = output
            self.digested = digested
        }
    }

    /// A file given to a worker.
    private struct Job {
        var planned: Planned
        package var started: Date
        var stagingOutput: URL
    }

    /// A serving worker, converting one job at a time.
    private final class Worker {
        let pid: pid_t
        /// Our ends of its standard input and output (close-on-exec).
        var toWorker: Int32
        let fromWorker: Int32
        let stderrFile: URL
        package var received: [UInt8] = []
        package var job: Job?
        var filesDone = 0
        /// The size of its standard error when the job was given: what follows is the job's.
        var stderrOffset = 0
        /// Asked to end (its standard input closed); reaped when its output ends.
        var retiring = false

        package init(pid: pid_t, toWorker: Int32, fromWorker: Int32, stderrFile: URL) {
            self.pid = pid
            self.toWorker = toWorker
            self.fromWorker = fromWorker
            self.stderrFile = stderrFile
        }

        /// Closes our end of its standard input: it ends once it has read what is there.
        func closeInput() {
            if toWorker >= 0 { close(toWorker) }
            toWorker = -1
        }

        func closePipes() {
            closeInput()
            close(fromWorker)
        }
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
        var queue: [Planned] = []
        var outputsSeen: [String: String] = [:]
        // Digests are needed now only where an earlier outcome may stand; the others are taken
        // while a worker converts the file (see `give`), off the critical path.
        let needed = options.inputs.map { input in
            !options.force
                && (previous[ManifestEntry.key(root: input.root, file: input.relativePath)] ?? previous[ManifestEntry.key(root: nil, file: input.relativePath)]) != nil
        }
        let early = Self.digests(zip(options.inputs, needed).filter(\.1).map(\.0.path), threads: options.jobs)
        var earlyIndex = 0
        for (input, isNeeded) in zip(options.inputs, needed) {
            var digest: (hex: String, bytes: Int)?
            if isNeeded {
                digest = early[earlyIndex]
                earlyIndex += 1
            }
            let index = outcomes.count
            outcomes.append(BatchOutcome(input: input, state: .interrupted, entry: nil))
            let outputRelative: String
            do {
                outputRelative = try OutputLayout.outputRelativePath(for: input.relativePath)
                _ = try layout.outputURL(for: input.relativePath)
            } catch {
                if !isNeeded { digest = FileDigest.sha256(path: input.path) }
                record(failure: error.description, index: index, sha256: digest?.hex, bytes: digest?.bytes, into: &outcomes, manifest: manifest)
                continue
            }
            if let first = outputsSeen[outputRelative] {
                if !isNeeded { digest = FileDigest.sha256(path: input.path) }
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
            queue.append(Planned(index: index, sha256: digest?.hex, bytes: digest?.bytes ?? Self.fileSize(URL(fileURLWithPath: input.path)),
                                 output: outputRelative, digested: isNeeded))
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

        // A worker that has died must not take the coordinator with it when a job is written to it.
        let previousPIPE = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGPIPE, previousPIPE) }

        var workers: [Worker] = []
        var next = 0
        // Files to convert again, each in a fresh worker.
        var fresh: [Planned] = []
        let jobs = max(1, options.jobs)
        func active() -> Int { workers.filter { !$0.retiring }.count }
        func startWorker(for planned: Planned) {
            do {
                let worker = try launch()
                workers.append(worker)
                give(planned, path: outcomes[planned.index].input.path, to: worker)
            } catch {
                record(failure: "cannot start a worker (\(error))", failureClass: .machine, index: planned.index, sha256: planned.sha256, bytes: planned.bytes, into: &outcomes, manifest: manifest)
                progress.finished(outcomes[planned.index])
            }
        }
        while next < queue.count || !fresh.isEmpty || workers.contains(where: { $0.job != nil }) {
            if receivedSignal != 0 { break }
            // Hand out work: a file to try again goes to a fresh worker, the rest to idle
            // workers first, then to new ones up to `jobs`.
            while !fresh.isEmpty {
                if active() >= jobs, let idle = workers.first(where: { !$0.retiring && $0.job == nil }) { retire(idle) }
                guard active() < jobs else { break }
                startWorker(for: fresh.removeFirst())
            }
            for worker in workers where !worker.retiring && worker.job == nil && next < queue.count {
                give(queue[next], path: outcomes[queue[next].index].input.path, to: worker)
                next += 1
            }
            while active() < jobs, next < queue.count {
                next += 1
                startWorker(for: queue[next - 1])
            }

            // Wait for an answer, a worker's end, or the nearest time limit.
            var waitMS = 100
            for worker in workers {
                if let job = worker.job {
                    let left = options.timeout - Date().timeIntervalSince(job.started)
                    waitMS = min(waitMS, max(0, Int((left * 1000).rounded(.up))))
                }
            }
            var fds = workers.map { pollfd(fd: $0.fromWorker, events: Int16(POLLIN), revents: 0) }
            let ready = fds.isEmpty ? 0 : poll(&fds, nfds_t(fds.count), Int32(waitMS))
            if ready > 0 {
                var ended: [Worker] = []
                for (worker, fd) in zip(workers, fds) where fd.revents != 0 {
                    var buffer = [UInt8](repeating: 0, count: 65536)
                    let count = read(worker.fromWorker, &buffer, buffer.count)
                    if count > 0 {
                        worker.received.append(contentsOf: buffer[0..<count])
                        while let newline = worker.received.firstIndex(of: 0x0A) {
                            let line = Array(worker.received[..<newline])
                            worker.received.removeSubrange(...newline)
                            answered(worker, line: line, outcomes: &outcomes, manifest: manifest)
                        }
                    } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                        ended.append(worker)
                    }
                }
                for worker in ended {
                    workers.removeAll { $0 === worker }
                    if let retry = died(worker, outcomes: &outcomes, manifest: manifest) { fresh.append(retry) }
                }
            }
            // The time limit: the worker is killed, its file recorded; a fresh one takes over.
            for worker in workers {
                guard let job = worker.job, Date().timeIntervalSince(job.started) > options.timeout else { continue }
                kill(-worker.pid, SIGKILL)
                kill(worker.pid, SIGKILL)
                let (status, usage) = reap(worker)
                workers.removeAll { $0 === worker }
                let failure = WorkerFailure.read(
                    timedOut: true, status: status, stderr: "", maxResidentKB: Int(usage.ru_maxrss), memoryLimit: options.memoryLimit,
                    timeout: options.timeout, inputPath: outcomes[job.planned.index].input.path, stagingPath: job.stagingOutput.path)
                finish(job, failure: failure, facts: nil, outcomes: &outcomes, manifest: manifest)
            }
            progress.tick()
        }

        let interrupted = receivedSignal != 0
        if interrupted {
            // Stop the workers; what they were doing is not recorded, so the next run redoes it.
            for worker in workers { kill(-worker.pid, SIGTERM) }
        } else {
            // Idle workers end when their input does.
            for worker in workers where !worker.retiring { retire(worker) }
        }
        let deadline = Date().addingTimeInterval(2)
        while !workers.isEmpty {
            workers.removeAll { worker in
                var status: Int32 = 0
                guard waitpid(worker.pid, &status, WNOHANG) != 0 else { return false }
                worker.closePipes()
                try? FileManager.default.removeItem(at: worker.stderrFile)
                return true
            }
            if Date() > deadline {
                for worker in workers {
                    kill(-worker.pid, SIGKILL)
                    _ = reap(worker)
                }
                workers.removeAll()
            }
            usleep(2_000)
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
        if !options.ocr { environment["AGENDAPACK_WORKER_NO_OCR"] = "1" }
        return environment.map { "\($0.key)=\($0.value)" }.sorted()
    }()

    private var workerSerial = 0

    /// Starts a serving worker in its own process group (so a terminal's Ctrl-C reaches only
    /// the coordinator, which then stops the workers itself): its standard input and output
    /// are pipes to us, its standard error a file in the staging folder.
    private func launch() throws -> Worker {
        workerSerial += 1
        let stderrFile = options.layout.staging.appendingPathComponent("\(getpid())-worker-\(workerSerial).err")
        var input: [Int32] = [0, 0], output: [Int32] = [0, 0]
        // Close-on-exec, so that no other worker holds this one's pipes (the coordinator is
        // single-threaded here: nothing can spawn between pipe and fcntl).
        guard pipe(&input) == 0 else { throw BatchError(String(cString: strerror(errno))) }
        guard pipe(&output) == 0 else {
            let reason = String(cString: strerror(errno))
            close(input[0])
            close(input[1])
            throw BatchError(reason)
        }
        for fd in input + output { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        let arguments = options.workerCommand + [
            "--serve", "--memory-limit", String(options.memoryLimit), "--parent", String(getpid()),
        ]
        let pid: pid_t
        do {
            pid = try WorkerProcess.spawn(
                arguments, stdin: .descriptor(input[0]), stdout: .descriptor(output[1]), stderr: .file(stderrFile.path),
                defaultSignals: [SIGINT, SIGTERM, SIGPIPE], environment: workerEnvironment)
        } catch {
            for fd in input + output { close(fd) }
            throw error
        }
        close(input[0])
        close(output[1])
        return Worker(pid: pid, toWorker: input[1], fromWorker: output[0], stderrFile: stderrFile)
    }

    private var jobSerial = 0

    /// Gives `planned` to an idle worker. A worker that has died meanwhile does not read it;
    /// its end is seen on its output, and the file is then tried in a fresh worker.
    private func give(_ planned: Planned, path input: String, to worker: Worker) {
        jobSerial += 1
        let staging = options.layout.staging.appendingPathComponent("\(getpid())-\(jobSerial).json")
        worker.stderrOffset = Self.fileSize(worker.stderrFile)
        worker.job = Job(planned: planned, started: Date(), stagingOutput: staging)
        guard let line = try? WorkerProtocol.line(WorkerProtocol.Job(input: input, output: staging.path)) else { return }
        _ = line.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let written = write(worker.toWorker, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return false }
                offset += written
            }
            return true
        }
        // The digest of a file not digested in the plan, taken now while the worker reads it.
        if !planned.digested, let digest = FileDigest.sha256(path: input) {
            worker.job?.planned.sha256 = digest.hex
            worker.job?.planned.bytes = digest.bytes
            worker.job?.planned.digested = true
        } else {
            worker.job?.planned.digested = true
        }
    }

    /// Asks an idle worker to end: it does once its input ends.
    private func retire(_ worker: Worker) {
        worker.retiring = true
        // Reaped when its output ends (seen by poll), or at the end of the run.
        worker.closeInput()
    }

    /// Waits for a worker that has ended (or been killed) and closes our ends of its pipes.
    private func reap(_ worker: Worker) -> (Int32, rusage) {
        var status: Int32 = 0
        var usage = rusage()
        while wait4(worker.pid, &status, 0, &usage) < 0 && errno == EINTR {}
        worker.closePipes()
        try? FileManager.default.removeItem(at: worker.stderrFile)
        return (status, usage)
    }

    /// One answer line from a worker: its job's outcome. The worker then gets the next file,
    /// or is retired by the recycling rule.
    private func answered(_ worker: Worker, line: [UInt8], outcomes: inout [BatchOutcome], manifest: Manifest) {
        guard let job = worker.job, let answer = try? JSONDecoder().decode(WorkerProtocol.Answer.self, from: Data(line)) else { return }
        worker.job = nil
        worker.filesDone += 1
        var failure: WorkerFailure?
        if answer.facts == nil {
            let status = answer.status ?? 0
            failure = WorkerFailure.read(
                timedOut: false, status: (status & 0xff) << 8, stderr: answer.error ?? "", maxResidentKB: answer.residentKB,
                memoryLimit: options.memoryLimit, timeout: options.timeout, inputPath: outcomes[job.planned.index].input.path,
                stagingPath: job.stagingOutput.path)
                ?? WorkerFailure(reason: "the worker ended without a result", failureClass: .machine)
        }
        finish(job, failure: failure, facts: answer.facts, outcomes: &outcomes, manifest: manifest)
        if worker.filesDone >= options.filesPerWorker || answer.residentKB > Self.recycleResidentMiB * 1024
            || (options.memoryLimit > 0 && answer.virtualKB > options.memoryLimit * 1024 / 2)
        {
            retire(worker)
        }
    }

    /// A worker's output has ended: it has died (or, retired, ended). Reaps it; the file it was
    /// converting is recorded with how it ended, or returned to be tried in a fresh worker
    /// when this worker had converted other files before.
    private func died(_ worker: Worker, outcomes: inout [BatchOutcome], manifest: Manifest) -> Planned? {
        let stderrText = Self.text(of: worker.stderrFile, from: worker.stderrOffset)
        let (status, usage) = reap(worker)
        guard let job = worker.job else { return nil }
        try? FileManager.default.removeItem(at: job.stagingOutput)
        if worker.filesDone > 0 && !job.planned.retried {
            var again = job.planned
            again.retried = true
            return again
        }
        let failure = WorkerFailure.read(
            timedOut: false, status: status, stderr: stderrText, maxResidentKB: Int(usage.ru_maxrss), memoryLimit: options.memoryLimit,
            timeout: options.timeout, inputPath: outcomes[job.planned.index].input.path, stagingPath: job.stagingOutput.path)
            ?? WorkerFailure(reason: "the worker ended without a result", failureClass: .machine)
        finish(job, failure: failure, facts: nil, outcomes: &outcomes, manifest: manifest)
        return nil
    }

    static func fileSize(_ url: URL) -> Int {
        var info = stat()
        return stat(url.path, &info) == 0 ? Int(info.st_size) : 0
    }

    /// What `url` holds from byte `offset` on, as text.
    package static func text(of url: URL, from offset: Int) -> String {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return "" }
        defer { try? handle.close() }
        try? handle.seek(toOffset: UInt64(offset))
        let data = (try? handle.readToEnd()) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    private func finish(_ job: Job, failure: WorkerFailure?, facts: WorkerFacts?, outcomes: inout [BatchOutcome], manifest: Manifest) {
        let fm = FileManager.default
        let seconds = (Date().timeIntervalSince(job.started) * 1000).rounded() / 1000
        let planned = job.planned
        let input = outcomes[planned.index].input
        defer {
            try? fm.removeItem(at: job.stagingOutput)
            progress.finished(outcomes[planned.index])
        }
        var failure = failure
        if failure == nil && (facts == nil || !fm.fileExists(atPath: job.stagingOutput.path)) {
            failure = WorkerFailure(reason: "the worker ended without a result", failureClass: .machine)
        }
        if let failure {
            record(failure: failure.reason, failureClass: failure.failureClass, index: planned.index, sha256: planned.sha256, bytes: planned.bytes, seconds: seconds, into: &outcomes, manifest: manifest)
            return
        }
        do {
            let destination = try options.layout.outputURL(for: input.relativePath)
            try fm.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            guard rename(job.stagingOutput.path, destination.path) == 0 else {
                throw BatchError("\(destination.path): \(String(cString: strerror(errno)))")
            }
        } catch {
            record(failure: "cannot write the output (\(error))", failureClass: .machine, index: planned.index, sha256: planned.sha256, bytes: planned.bytes, seconds: seconds, into: &outcomes, manifest: manifest)
            return
        }
        let entry = ManifestEntry(
            file: input.relativePath, root: input.root, sha256: planned.sha256, bytes: planned.bytes, outcome: .converted, pages: facts?.pages,
            output: planned.output, seconds: seconds)
        try? manifest.append(entry)
        outcomes[planned.index].state = .converted
        outcomes[planned.index].entry = entry
        onConverted?(outcomes[planned.index])
    }

    public static func formatSeconds(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(format: "%.1f", seconds)
    }
}
