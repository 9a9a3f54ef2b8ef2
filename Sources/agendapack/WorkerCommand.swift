import AgendaPack
import ArgumentParser
import Batch
import Contract
import Foundation
import LayoutModel
import PDFLayout
import Tables

/// The worker a batch converts its files in, a process apart from the coordinator. It limits
/// its own address space first, then either converts one PDF (`_worker FILE --output X`, what
/// `extract --isolated` runs) or, with `--serve`, converts one job per line of standard input
/// until it ends (what `batch` runs). Each conversion writes the JSON atomically and gives one
/// JSON line of facts; a file that cannot be converted gives the documented exit status and
/// one line — on standard error and as the exit status for one file, in the answer line when
/// serving (the worker then goes on with the next job). Only a crash, a kill or the memory
/// limit ends a serving worker before its input does.
struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "_worker", abstract: "Convert PDFs for a batch (internal).", shouldDisplay: false)

    @Argument(help: "The PDF file (without --serve).")
    var file: String?

    @Option(help: "Where to write the pack document (without --serve).")
    var output: String?

    @Flag(help: "Read jobs from standard input, one JSON line each ({\"input\": PDF, \"output\": FILE}); answer each with one JSON line on standard output.")
    var serve = false

    @Option(help: "The address-space limit in MiB (0: none).")
    var memoryLimit: Int = 4096

    @Option(help: "The password of an encrypted PDF (or AGENDAPACK_WORKER_PASSWORD in the environment).")
    var password: String?

    @Option(help: "The coordinator's process id: when it has gone, nothing is written.")
    var parent: Int32?

    func validate() throws {
        if serve && (file != nil || output != nil) { throw ValidationError("--serve takes its files from standard input") }
        if !serve && (file == nil || output == nil) { throw ValidationError("give FILE and --output, or --serve") }
    }

    /// A file not converted: the exit status and the one line of a one-shot worker.
    struct Failure: Error {
        var status: Int32
        var message: String
    }

    func run() throws {
        // The reader is code, not the conversion's memory: mapped before the cap (a failure
        // to load it is reported for each file, when it is opened).
        _ = PDFDocument.loadReader()
        var limit = rlimit(rlim_cur: rlim_t(memoryLimit) << 20, rlim_max: rlim_t(memoryLimit) << 20)
        if memoryLimit > 0, setrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit) != 0 {
            Console.error("agendapack: cannot set the memory limit\n")
            throw ExitCode(70)
        }
        let password = password ?? Self.environment("AGENDAPACK_WORKER_PASSWORD")
        if serve { return try serveJobs(password: password) }
        guard let file, let output else { throw ExitCode(64) }
        do {
            let facts = try convert(file: file, output: output, password: password)
            try emit(String(decoding: try WorkerProtocol.line(facts), as: UTF8.self))
        } catch let failure as Failure {
            Console.error(failure.message + "\n")
            throw ExitCode(failure.status)
        }
    }

    /// Converts the jobs of standard input in turn, answering each, until standard input ends.
    private func serveJobs(password: String?) throws {
        // The answers get a descriptor of their own; anything else written to standard output
        // (by a library) goes to standard error instead of into an answer.
        let answers = dup(1)
        guard answers >= 0, dup2(2, 1) >= 0 else {
            Console.error("agendapack: cannot set up the worker's output\n")
            throw ExitCode(70)
        }
        let decoder = JSONDecoder()
        while let line = readLine(strippingNewline: true) {
            if line.isEmpty { continue }
            var answer: WorkerProtocol.Answer
            if let job = try? decoder.decode(WorkerProtocol.Job.self, from: Data(line.utf8)) {
                do {
                    let facts = try convert(file: job.input, output: job.output, password: password)
                    answer = WorkerProtocol.Answer(facts: facts, residentKB: 0, virtualKB: 0)
                } catch let failure as Failure {
                    answer = WorkerProtocol.Answer(status: failure.status, error: failure.message, residentKB: 0, virtualKB: 0)
                }
            } else {
                answer = WorkerProtocol.Answer(status: 64, error: "agendapack: the worker cannot read the job line", residentKB: 0, virtualKB: 0)
            }
            let sizes = WorkerProtocol.sizes()
            answer.residentKB = sizes.residentKB
            answer.virtualKB = sizes.virtualKB
            let data = try WorkerProtocol.line(answer)
            let written = data.withUnsafeBytes { buffer -> Bool in
                var offset = 0
                while offset < buffer.count {
                    let count = write(answers, buffer.baseAddress! + offset, buffer.count - offset)
                    if count < 0 && errno == EINTR { continue }
                    guard count > 0 else { return false }
                    offset += count
                }
                return true
            }
            // The coordinator has gone.
            if !written { throw ExitCode(75) }
        }
    }

    /// Converts `file` into `output` (atomically) and returns its facts, or throws the
    /// `Failure` a one-shot worker would end with.
    private func convert(file: String, output: String, password: String?) throws -> WorkerFacts {
        Self.testHooks(file: file)
        let pack: PackDocument
        do {
            let ocr = Self.environment("AGENDAPACK_WORKER_NO_OCR") == nil
            pack = try Extractor().extract(path: file, options: .init(password: password, ocr: ocr))
        } catch {
            // `extract` throws only PDFError.
            throw Failure(status: ExitStatus.of(error), message: "agendapack: \(error.description)")
        }
        let data: Data
        do {
            data = try PackEncoder.encode(pack)
        } catch let error as PackEncoder.InvalidOutput {
            throw Failure(status: 70, message: "agendapack: \(error.description)")
        }
        if let parent, getppid() != parent {
            throw Failure(status: 75, message: "agendapack: the batch has gone; nothing written")
        }
        do {
            try PackEncoder.writeAtomically(data, to: URL(fileURLWithPath: output, isDirectory: false))
        } catch {
            throw Failure(status: 73, message: "agendapack: \(output): cannot be written (\(error.localizedDescription))")
        }
        Self.testLog(file: file)
        return WorkerFacts(pack: pack)
    }

    /// One variable of the environment (`getenv`: `ProcessInfo`'s dictionary of them all
    /// is made afresh on every read, three times a file here).
    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// Test hooks, honoured only when their variable is set: `NAME-PART:SECONDS` in
    /// AGENDAPACK_WORKER_TEST_SLEEP sleeps, `NAME-PART:SIGNAL` in AGENDAPACK_WORKER_TEST_SIGNAL
    /// dies of that signal, for files whose path contains NAME-PART. They let the tests show a
    /// hang and a crash without a real hostile PDF that does so.
    static func testHooks(file: String) {
        func hook(_ name: String) -> String? {
            guard let value = environment(name), let colon = value.lastIndex(of: ":") else { return nil }
            let part = String(value[..<colon])
            return !part.isEmpty && file.contains(part) ? String(value[value.index(after: colon)...]) : nil
        }
        if let seconds = hook("AGENDAPACK_WORKER_TEST_SLEEP").flatMap(Double.init) {
            usleep(UInt32(min(seconds, 3600) * 1_000_000))
        }
        if let number = hook("AGENDAPACK_WORKER_TEST_SIGNAL").flatMap(SignalName.number) {
            var set = sigset_t()
            sigemptyset(&set)
            sigaddset(&set, number)
            pthread_sigmask(SIG_UNBLOCK, &set, nil)
            signal(number, SIG_DFL)
            raise(number)
        }
    }

    /// Test hook: with AGENDAPACK_WORKER_TEST_LOG set to a file, each conversion a worker
    /// finishes appends "PID FILE" to it, so a test can see which process converted what.
    static func testLog(file: String) {
        guard let path = environment("AGENDAPACK_WORKER_TEST_LOG"), !path.isEmpty else { return }
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return }
        defer { close(fd) }
        let line = Array("\(getpid()) \(file)\n".utf8)
        _ = line.withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count) }
    }
}
