import Contract
import Foundation
import LayoutModel
import PDFLayout

/// How a batch worker that did not succeed ended, read into a failure reason and class.
/// Pure, so each case is tested without a process (`BatchFailureClassTests`).
public struct WorkerFailure: Sendable, Equatable {
    public var reason: String
    public var failureClass: ManifestEntry.FailureClass

    public init(reason: String, failureClass: ManifestEntry.FailureClass) {
        self.reason = reason
        self.failureClass = failureClass
    }

    /// Signals a worker only gets from outside the batch (the batch's own time limit is
    /// recorded as a timeout before the signal is looked at).
    public static let signalsFromOutside: Set<Int32> = [SIGKILL, SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGXCPU, SIGXFSZ]

    static let memoryWords = ["bad_alloc", "out of memory", "cannot allocate memory", "failed to allocate"]

    /// The failure for a worker's end, or nil when it exited 0 in time (whether it left a
    /// result is the caller's to check).
    ///
    /// - `timedOut`: killed by the batch at `timeout` seconds: machine.
    /// - died of a signal: the memory limit (an allocation failure on standard error, or a
    ///   peak near `memoryLimit` MiB) and a signal from outside (SIGKILL, SIGTERM, ...) are
    ///   the machine's; any other signal (SIGSEGV, SIGABRT, SIGILL) is a crash on the input.
    /// - exited non-zero: its last line on standard error, without the `agendapack: ` prefix
    ///   and the input's or the staging file's path, is the reason; 73 (its output cannot be
    ///   written), 75 (the batch has gone) and allocation failures are the machine's, the
    ///   rest (not a PDF, damaged, encrypted, internal error 70) the input's.
    public static func read(
        timedOut: Bool, status: Int32, stderr: String, maxResidentKB: Int, memoryLimit: Int, timeout: Double,
        inputPath: String, stagingPath: String
    ) -> WorkerFailure? {
        let signalNumber = status & 0x7f
        let exitCode = (status >> 8) & 0xff
        if timedOut {
            return WorkerFailure(reason: "timeout (no result after \(BatchRunner.formatSeconds(timeout)) s)", failureClass: .machine)
        }
        if signalNumber != 0 {
            if memoryWords.contains(where: stderr.lowercased().contains) || maxResidentKB >= memoryLimit * 1024 * 9 / 10 {
                return WorkerFailure(reason: "memory limit exceeded (\(memoryLimit) MB; \(SignalName.of(signalNumber)))", failureClass: .machine)
            }
            if signalsFromOutside.contains(signalNumber) {
                // Something outside (the OOM killer, an operator, a shutdown) stopped it.
                return WorkerFailure(reason: "killed from outside (\(SignalName.of(signalNumber)))", failureClass: .machine)
            }
            return WorkerFailure(reason: "crashed (\(SignalName.of(signalNumber)))", failureClass: .input)
        }
        guard exitCode != 0 else { return nil }
        let line = stderr.split(separator: "\n").last.map(String.init) ?? "exit status \(exitCode)"
        var reason = line.hasPrefix("agendapack: ") ? String(line.dropFirst("agendapack: ".count)) : line
        if reason.hasPrefix(inputPath + ": ") { reason = String(reason.dropFirst(inputPath.count + 2)) }
        // The staging file's name means nothing to the reader.
        if reason.hasPrefix(stagingPath + ": ") { reason = "the output " + reason.dropFirst(stagingPath.count + 2) }
        var failureClass = ManifestEntry.FailureClass.input
        if memoryWords.contains(where: reason.lowercased().contains) {
            reason = "memory limit exceeded (\(memoryLimit) MB): " + reason
            failureClass = .machine
        }
        if exitCode == 73 || exitCode == 75 { failureClass = .machine }
        return WorkerFailure(reason: reason, failureClass: failureClass)
    }
}
