import Foundation
import LayoutModel
import PopplerVector

/// SHA-256 of a file (`agendapack_sha256_file` in PopplerVector), reading in blocks so a
/// large file is never held whole.
public enum FileDigest {
    /// The lower-case hex digest and the size in bytes, or nil when the file cannot be read.
    public static func sha256(path: String) -> (hex: String, bytes: Int)? {
        var hex = [CChar](repeating: 0, count: 65)
        var bytes: UInt64 = 0
        guard agendapack_sha256_file(path, &hex, &bytes) == 0 else { return nil }
        return (String(cString: hex), Int(bytes))
    }
}
