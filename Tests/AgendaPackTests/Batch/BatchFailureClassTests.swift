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
import Testing

/// How a worker's end reads: the reason a batch records and whose fault it is.
@Suite("WorkerFailure: reasons and classes")
struct BatchFailureClassTests {
    static func read(
        timedOut: Bool = false, signal: Int32 = 0, exit: Int32 = 0, stderr: String = "", maxResidentKB: Int = 50_000
    ) -> WorkerFailure? {
        WorkerFailure.read(
            timedOut: timedOut, status: signal != 0 ? signal : exit << 8, stderr: stderr, maxResidentKB: maxResidentKB,
            memoryLimit: 2048, timeout: 120, inputPath: "/in/a.pdf", stagingPath: "/out/.agendapack-staging/7-1.json")
    }

    @Test("exit 0 in time is no failure")
    func success() {
        #expect(Self.read() == nil)
    }

    @Test("the batch's time limit is the machine's")
    func timeout() {
        #expect(Self.read(timedOut: true, signal: SIGKILL) == WorkerFailure(reason: "timeout (no result after 120 s)", failureClass: .machine))
    }

    @Test("a kill from outside is the machine's; a crash on the bytes is the input's", arguments: [
        (SIGKILL, "killed from outside (SIGKILL)", ManifestEntry.FailureClass.machine),
        (SIGTERM, "killed from outside (SIGTERM)", .machine),
        (SIGHUP, "killed from outside (SIGHUP)", .machine),
        (SIGSEGV, "crashed (SIGSEGV)", .input),
        (SIGABRT, "crashed (SIGABRT)", .input),
        (SIGILL, "crashed (SIGILL)", .input),
    ])
    func signals(signal: Int32, reason: String, failureClass: ManifestEntry.FailureClass) {
        #expect(Self.read(signal: signal) == WorkerFailure(reason: reason, failureClass: failureClass))
    }

    @Test("an allocation failure, or a death near the cap, is the memory limit: the machine's")
    func memory() {
        let aborted = Self.read(signal: SIGABRT, stderr: "terminate called after throwing an instance of 'std::bad_alloc'\n")
        #expect(aborted == WorkerFailure(reason: "memory limit exceeded (2048 MB; SIGABRT)", failureClass: .machine))
        #expect(Self.read(signal: SIGSEGV, maxResidentKB: 2000 * 1024)?.failureClass == .machine)
        let exited = Self.read(exit: 70, stderr: "agendapack: /in/a.pdf: Cannot allocate memory\n")
        #expect(exited == WorkerFailure(reason: "memory limit exceeded (2048 MB): Cannot allocate memory", failureClass: .machine))
    }

    @Test("an output the worker cannot write (exit 73) is the machine's, named without the staging path")
    func unwritable() {
        let failure = Self.read(exit: 73, stderr: "agendapack: /out/.agendapack-staging/7-1.json: cannot be written (No space left on device)\n")
        #expect(failure == WorkerFailure(reason: "the output cannot be written (No space left on device)", failureClass: .machine))
        #expect(Self.read(exit: 75, stderr: "agendapack: the batch has gone; nothing written\n")?.failureClass == .machine)
    }

    @Test("the worker's own error about the file is the input's, without the file's path", arguments: [
        (Int32(3), "agendapack: /in/a.pdf: not a PDF (no %PDF header)\n", "not a PDF (no %PDF header)"),
        (4, "poppler warning\nagendapack: /in/a.pdf: damaged PDF (xref)\n", "damaged PDF (xref)"),
        (70, "agendapack: internal error: the output for a.pdf violates the schema at /pages\n",
         "internal error: the output for a.pdf violates the schema at /pages"),
        (9, "", "exit status 9"),
    ])
    func inputErrors(exit: Int32, stderr: String, reason: String) {
        #expect(Self.read(exit: exit, stderr: stderr) == WorkerFailure(reason: reason, failureClass: .input))
    }
}
