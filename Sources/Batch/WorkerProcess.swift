import Contract
import Foundation
import LayoutModel
import PDFLayout

/// One worker process run to its end under a time limit, for `extract`'s limits: the
/// worker (`agendapack _worker`) limits its own address space; this kills it past
/// `timeout` seconds and says how it ended.
public enum WorkerProcess {
    public struct Result: Sendable {
        public enum Ending: Sendable, Equatable {
            case exited(Int32)
            case signalled(Int32)
            case timedOut
        }
        public var ending: Ending
        /// What the worker wrote on standard error.
        public var stderr: String
        /// Its peak resident size in KiB.
        public var maxResidentKB: Int
    }

    /// Where a worker's standard stream goes: /dev/null, a file (created or truncated), or a
    /// descriptor of ours (a pipe's end).
    public enum Stream: Sendable {
        case null
        case file(String)
        case descriptor(Int32)
    }

    /// Starts `arguments` (the executable first) in a process group of its own, standard input
    /// from /dev/null and standard output and error to the given files, with `defaultSignals`
    /// back at their default action and no signal blocked.
    public static func spawn(_ arguments: [String], stdout: String, stderr: String, defaultSignals: [Int32], environment: [String]) throws -> pid_t {
        try spawn(arguments, stdin: .null, stdout: .file(stdout), stderr: .file(stderr), defaultSignals: defaultSignals, environment: environment)
    }

    /// Starts `arguments` (the executable first) in a process group of its own, its standard
    /// streams as given, with `defaultSignals` back at their default action and no signal
    /// blocked. The one way batch and extract start a worker. Descriptors given are duplicated
    /// onto the worker's 0, 1 or 2; the caller's own descriptors should be close-on-exec, so
    /// that a worker holds no other worker's pipe.
    public static func spawn(_ arguments: [String], stdin: Stream, stdout: Stream, stderr: Stream, defaultSignals: [Int32],
                             environment: [String]) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for (fd, stream, flags, mode) in [
            (Int32(0), stdin, O_RDONLY, mode_t(0)), (1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644), (2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o600),
        ] {
            switch stream {
            case .null: posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0)
            case .file(let path): posix_spawn_file_actions_addopen(&actions, fd, path, flags, mode)
            case .descriptor(let source): posix_spawn_file_actions_adddup2(&actions, source, fd)
            }
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setpgroup(&attributes, 0)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in defaultSignals { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer { for pointer in envp { free(pointer) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp)
        guard status == 0 else { throw BatchError(String(cString: strerror(status))) }
        return pid
    }

    /// Runs `arguments` (the executable first) with standard input from /dev/null, standard
    /// output discarded and standard error captured, in its own process group; kills the
    /// group after `timeout` seconds (0: no limit).
    public static func run(_ arguments: [String], environment: [String: String] = [:], timeout: Double) throws -> Result {
        let errFile = FileManager.default.temporaryDirectory.appendingPathComponent(
            "agendapack-worker-\(getpid())-\(UUID().uuidString.prefix(8)).err")
        defer { try? FileManager.default.removeItem(at: errFile) }
        var env = ProcessInfo.processInfo.environment
        // A symbolicated backtrace of a worker that hit its limit costs seconds; nobody reads it.
        if env["SWIFT_BACKTRACE"] == nil { env["SWIFT_BACKTRACE"] = "enable=no" }
        env.merge(environment) { $1 }
        let pid: pid_t
        do {
            pid = try spawn(arguments, stdout: "/dev/null", stderr: errFile.path, defaultSignals: [SIGPIPE],
                            environment: env.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
        } catch let error as BatchError {
            throw BatchError("cannot start a worker (\(error.description))")
        }

        let started = Date()
        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        while true {
            let result = wait4(pid, &status, WNOHANG, &usage)
            if result == pid { break }
            if result < 0 && errno != EINTR { throw BatchError("lost the worker (\(String(cString: strerror(errno))))") }
            if timeout > 0, Date().timeIntervalSince(started) > timeout {
                kill(-pid, SIGKILL)
                kill(pid, SIGKILL)
                _ = wait4(pid, &status, 0, &usage)
                timedOut = true
                break
            }
            usleep(2_000)
        }
        let stderr = (try? String(contentsOf: errFile, encoding: .utf8)) ?? ""
        let ending: Result.Ending
        if timedOut {
            ending = .timedOut
        } else if status & 0x7f != 0 {
            ending = .signalled(status & 0x7f)
        } else {
            ending = .exited((status >> 8) & 0xff)
        }
        return Result(ending: ending, stderr: stderr, maxResidentKB: Int(usage.ru_maxrss))
    }

    /// Whether a worker's end reads as its memory limit: an allocation failure in its
    /// messages, or a crash near the limit.
    public static func hitMemoryLimit(_ result: Result, limitMiB: Int) -> Bool {
        let lower = result.stderr.lowercased()
        if ["bad_alloc", "out of memory", "cannot allocate memory", "failed to allocate", "could not allocate"].contains(where: lower.contains) {
            return true
        }
        if case .signalled = result.ending, limitMiB > 0, result.maxResidentKB >= limitMiB * 1024 * 9 / 10 { return true }
        return false
    }
}
