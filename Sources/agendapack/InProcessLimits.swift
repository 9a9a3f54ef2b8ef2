import Batch
import Contract
import Foundation
import LayoutModel
import PDFLayout
import Tables

/// The limits of `extract` in its own process: an address-space cap (setrlimit) and an alarm
/// per file. Starting a worker process per file, as batch does, doubled the cost of a
/// conversion; in one process a limit that is hit ends the process instead, with the same one
/// line and status as a worker's: "FILE: memory limit exceeded (N MiB; --max-memory)" or
/// "FILE: time limit exceeded (…)", exit 8 — or, for a crash that is not the memory cap,
/// "FILE: internal error (the conversion crashed: SIG…)", exit 70. Outputs written for earlier
/// files stay; nothing is written for the file being converted.
///
/// The handlers only call async-signal-safe functions (open, read, write, _exit) on messages
/// prepared before the conversion starts.
enum InProcessLimits {
    nonisolated(unsafe) private static var memoryMessage: [UInt8] = []
    nonisolated(unsafe) private static var timeMessage: [UInt8] = []
    nonisolated(unsafe) private static var crashPrefix: [UInt8] = []
    nonisolated(unsafe) private static var limitKB: Int = 0

    /// Sets the address-space cap (0: none) and installs the handlers, once per process.
    static func install(maxMemoryMiB: Int) {
        if maxMemoryMiB > 0 {
            // The reader is code, not the conversion's memory: mapped before the cap.
            _ = PDFDocument.loadReader()
            var limit = rlimit(rlim_cur: rlim_t(maxMemoryMiB) * 1024 * 1024, rlim_max: rlim_t(maxMemoryMiB) * 1024 * 1024)
            _ = setrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit)
            limitKB = maxMemoryMiB * 1024
        }
        // A parent may have started this process with signals blocked: the alarm must arrive.
        var set = sigset_t()
        sigemptyset(&set)
        for signal in [SIGALRM, SIGABRT, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE] { sigaddset(&set, signal) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        for signal in [SIGALRM, SIGABRT, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signal in InProcessLimits.handle(signal) }
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(bitPattern: UInt32(truncatingIfNeeded: SA_RESETHAND))
            sigaction(signal, &action, nil)
        }
    }

    /// Standard error as it was, where the handlers write; during a conversion the process's
    /// standard error points at /dev/null so that a runtime's own crash report (libstdc++'s
    /// "terminate called after …", Swift's "Fatal error") does not add lines to the one line.
    nonisolated(unsafe) private static var errorFD: Int32 = 2
    nonisolated(unsafe) private static var nullFD: Int32 = -1

    /// Prepares the messages for `file` and arms the alarm (0: none).
    static func begin(file: String, maxMemoryMiB: Int, timeout: Double, formatSeconds: (Double) -> String) {
        if errorFD == 2 { errorFD = dup(2) }
        if nullFD < 0 { nullFD = open("/dev/null", O_WRONLY) }
        if errorFD >= 0 && nullFD >= 0 { dup2(nullFD, 2) }
        memoryMessage = Array("agendapack: \(file): memory limit exceeded (\(maxMemoryMiB) MiB; --max-memory)\n".utf8)
        timeMessage = Array("agendapack: \(file): time limit exceeded (no result after \(formatSeconds(timeout)) s; --timeout)\n".utf8)
        crashPrefix = Array("agendapack: \(file): internal error (the conversion crashed: ".utf8)
        alarm(timeout > 0 ? UInt32(max(1, timeout.rounded(.up))) : 0)
    }

    static func end() {
        alarm(0)
        if errorFD >= 0 && errorFD != 2 { dup2(errorFD, 2) }
    }

    private static func handle(_ signal: Int32) {
        if signal == SIGALRM {
            emit(timeMessage)
            _exit(8)
        }
        if limitKB > 0, virtualKB() >= limitKB * 8 / 10 {
            emit(memoryMessage)
            _exit(8)
        }
        emit(crashPrefix)
        let name: StaticString
        switch signal {
        case SIGABRT: name = "SIGABRT)\n"
        case SIGSEGV: name = "SIGSEGV)\n"
        case SIGBUS: name = "SIGBUS)\n"
        case SIGILL: name = "SIGILL)\n"
        case SIGTRAP: name = "SIGTRAP)\n"
        default: name = "SIGFPE)\n"
        }
        _ = write(errorFD >= 0 ? errorFD : 2, name.utf8Start, name.utf8CodeUnitCount)
        _exit(70)
    }

    private static func emit(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in _ = write(errorFD >= 0 ? errorFD : 2, buffer.baseAddress, buffer.count) }
    }

    /// The process's address space in KB, from /proc/self/statm (its first field, in pages).
    private static func virtualKB() -> Int {
        let fd = open("/proc/self/statm", O_RDONLY)
        guard fd >= 0 else { return 0 }
        defer { close(fd) }
        // On the stack: the heap may be exhausted when this runs.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer in
            let count = read(fd, buffer.baseAddress, 63)
            guard count > 0 else { return 0 }
            var pages = 0
            for k in 0..<count {
                let byte = buffer[k]
                guard byte >= 48 && byte <= 57 else { break }
                pages = pages * 10 + Int(byte - 48)
            }
            return pages * Int(sysconf(Int32(_SC_PAGESIZE))) / 1024
        }
    }
}
