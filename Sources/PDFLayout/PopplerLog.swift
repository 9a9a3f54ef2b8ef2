import Foundation
import LayoutModel
import PopplerInterface

/// Captures poppler's messages (through its error callback, worded as poppler-glib worded
/// them) so they never reach standard error, and hands them to the document that was
/// working when they were logged.
///
/// poppler reports synchronously on the calling thread, and a `PDFDocument` is used from
/// one thread at a time, so messages are kept in a per-thread buffer (a pthread key) and
/// drained by the document after each call into poppler. A damaged file can log tens of
/// thousands of messages: the first `limit` are kept and the rest only counted.
enum PopplerLog {
    static let limit = 100

    /// One thread's buffer.
    final class Buffer {
        var messages: [String] = []
        var dropped = 0
    }

    /// Installs the handler once per process.
    static let installed: Bool = {
        agendapack_set_message_handler { message in
            guard let message else { return }
            let buffer = PopplerLog.buffer()
            if buffer.messages.count < PopplerLog.limit {
                buffer.messages.append(String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines))
            } else {
                buffer.dropped += 1
            }
        }
        return true
    }()

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            if let pointer { Unmanaged<Buffer>.fromOpaque(pointer).release() }
        }
        return key
    }()

    static func buffer() -> Buffer {
        if let existing = pthread_getspecific(key) {
            return Unmanaged<Buffer>.fromOpaque(existing).takeUnretainedValue()
        }
        let buffer = Buffer()
        pthread_setspecific(key, Unmanaged.passRetained(buffer).toOpaque())
        return buffer
    }

    /// Returns and clears the messages logged on this thread.
    static func drain() -> [String] {
        let buffer = buffer()
        var messages = buffer.messages
        if buffer.dropped > 0 { messages.append("(\(buffer.dropped) more poppler messages not kept)") }
        buffer.messages = []
        buffer.dropped = 0
        return messages
    }
}
