import Foundation
import LayoutModel
import PopplerLoader

/// SHA-256 of a file (`agendapack_sha256_file` in PopplerLoader: the processor's SHA
/// extensions where it has them), reading in blocks so a large file is never held whole.
public enum FileDigest {
    /// The lower-case hex digest and the size in bytes, or nil when the file cannot be read.
    public static func sha256(path: String) -> (hex: String, bytes: Int)? {
        var hex = [CChar](repeating: 0, count: 65)
        var bytes: UInt64 = 0
        guard agendapack_sha256_file(path, &hex, &bytes) == 0 else { return nil }
        return (FileDigest.text(hex), Int(bytes))
    }

    /// The digest of `bytes`, with the SHA extensions where the processor has them or,
    /// `portable`, without: for tests that hold the two to each other.
    static func sha256(bytes: [UInt8], portable: Bool) -> String {
        var hex = [CChar](repeating: 0, count: 65)
        bytes.withUnsafeBytes { agendapack_sha256_data($0.baseAddress, $0.count, portable ? 1 : 0, &hex) }
        return FileDigest.text(hex)
    }

    /// The hex digits before the terminating NUL.
    private static func text(_ hex: [CChar]) -> String {
        String(decoding: hex.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
