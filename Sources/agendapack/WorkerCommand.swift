import AgendaPack
import ArgumentParser
import Foundation
import PDFLayout

/// The worker a batch runs for each file, in a process of its own: it limits its own
/// address space first, converts one PDF, writes the JSON atomically and prints one JSON
/// line of facts. Errors are one line on standard error and the documented exit status.
struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "_worker", abstract: "Convert one PDF for a batch (internal).", shouldDisplay: false)

    @Argument(help: "The PDF file.")
    var file: String

    @Option(help: "Where to write the pack document.")
    var output: String

    @Option(help: "The address-space limit in MiB (0: none).")
    var memoryLimit: Int = 4096

    @Option(help: "The password of an encrypted PDF (or AGENDAPACK_WORKER_PASSWORD in the environment).")
    var password: String?

    @Option(help: "The coordinator's process id: when it has gone, nothing is written.")
    var parent: Int32?

    func run() throws {
        var limit = rlimit(rlim_cur: rlim_t(memoryLimit) << 20, rlim_max: rlim_t(memoryLimit) << 20)
        if memoryLimit > 0, setrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit) != 0 {
            Console.error("agendapack: cannot set the memory limit\n")
            throw ExitCode(70)
        }
        Self.testHooks(file: file)
        let password = password ?? ProcessInfo.processInfo.environment["AGENDAPACK_WORKER_PASSWORD"]
        let pack = try withExitStatus { try Extractor().extract(path: file, options: .init(password: password)) }
        let data: Data
        do {
            data = try PackEncoder.encode(pack)
        } catch let error as PackEncoder.InvalidOutput {
            Console.error("agendapack: \(error.description)\n")
            throw ExitCode(70)
        }
        if let parent, getppid() != parent {
            Console.error("agendapack: the batch has gone; nothing written\n")
            throw ExitCode(75)
        }
        do {
            try PackEncoder.writeAtomically(data, to: URL(fileURLWithPath: output, isDirectory: false))
        } catch {
            Console.error("agendapack: \(output): cannot be written (\(error.localizedDescription))\n")
            throw ExitCode(73)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try emit(String(decoding: try encoder.encode(WorkerFacts(pack: pack)), as: UTF8.self) + "\n")
    }

    /// Test hooks, honoured only when their variable is set: `NAME-PART:SECONDS` in
    /// AGENDAPACK_WORKER_TEST_SLEEP sleeps, `NAME-PART:SIGNAL` in AGENDAPACK_WORKER_TEST_SIGNAL
    /// dies of that signal, for files whose path contains NAME-PART. They let the tests show a
    /// hang and a crash without a real hostile PDF that does so.
    static func testHooks(file: String) {
        let environment = ProcessInfo.processInfo.environment
        func hook(_ name: String) -> String? {
            guard let value = environment[name], let colon = value.lastIndex(of: ":") else { return nil }
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
}
