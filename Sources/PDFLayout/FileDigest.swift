import CPoppler
import Foundation
import LayoutModel

/// SHA-256 of a file, computed with GLib's GChecksum (already linked through poppler-glib),
/// reading in 1 MiB blocks so a large file is never held whole.
public enum FileDigest {
    /// The lower-case hex digest and the size in bytes, or nil when the file cannot be read.
    public static func sha256(path: String) -> (hex: String, bytes: Int)? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let checksum = g_checksum_new(G_CHECKSUM_SHA256) else { return nil }
        defer { g_checksum_free(checksum) }
        var total = 0
        while true {
            guard let block = try? handle.read(upToCount: 1 << 20), !block.isEmpty else { break }
            total += block.count
            block.withUnsafeBytes { raw in
                g_checksum_update(checksum, raw.bindMemory(to: guchar.self).baseAddress, gssize(raw.count))
            }
        }
        guard let hex = g_checksum_get_string(checksum) else { return nil }
        return (String(cString: hex), total)
    }
}
