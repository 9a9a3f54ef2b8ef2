import Foundation
import LayoutModel

/// A file written whole or not at all: the bytes go to a temporary file beside the
/// destination (`.NAME.PID.RANDOM.tmp`, which `OutputLayout.removeStrayTemporaries` clears),
/// are flushed to disk, and the file is renamed into place by `commit`.
///
/// Written with `write(2)` in a loop that goes on after a short write from where it
/// stopped and fails on an error (ENOSPC, EIO). Foundation's `Data.write(to:)` on Linux
/// does not: after a short write it writes the start of the buffer again, so a file can
/// end up the right size but corrupt (seen with a fault-injection library; the batch
/// fault test keeps it honest).
public final class AtomicFile {
    public let url: URL
    public let temporary: URL
    private var descriptor: Int32

    public struct WriteError: LocalizedError, CustomStringConvertible {
        public var path: String
        /// strerror's words: "No space left on device".
        public var reason: String
        public var description: String { "\(path): cannot be written (\(reason))" }
        public var errorDescription: String? { reason }
    }

    public init(url: URL) throws(WriteError) {
        self.url = url
        let dir = url.deletingLastPathComponent()
        temporary = dir.appendingPathComponent(
            ".\(url.lastPathComponent).\(getpid()).\(UUID().uuidString.prefix(8)).tmp", isDirectory: false)
        descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw WriteError(path: url.path, reason: String(cString: strerror(errno))) }
    }

    deinit { discard() }

    /// Appends `data`, all of it.
    public func write(_ data: Data) throws(WriteError) {
        let failure: Int32? = data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                if written == 0 { return EIO }
                offset += written
            }
            return nil
        }
        if let failure {
            discard()
            throw WriteError(path: url.path, reason: String(cString: strerror(failure)))
        }
    }

    /// Flushes the file to disk and renames it into place.
    public func commit() throws(WriteError) {
        guard descriptor >= 0 else { throw WriteError(path: url.path, reason: "already closed") }
        if fsync(descriptor) != 0 && errno != EINVAL {
            let reason = String(cString: strerror(errno))
            discard()
            throw WriteError(path: url.path, reason: reason)
        }
        let closed = close(descriptor)
        descriptor = -1
        guard closed == 0, rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw WriteError(path: url.path, reason: reason)
        }
    }

    /// Abandons the file: the temporary file is removed, the destination left as it was.
    public func discard() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
        unlink(temporary.path)
    }

    /// Writes `data` to `url` whole, or throws leaving `url` as it was.
    public static func write(_ data: Data, to url: URL) throws(WriteError) {
        let file = try AtomicFile(url: url)
        try file.write(data)
        try file.commit()
    }
}
