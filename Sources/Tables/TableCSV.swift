import Contract
import Foundation
import LayoutModel
import Parsing

/// RFC 4180 CSV of a table's `rows`.
///
/// Records end with CRLF (the last one too); a field holding a comma, a double quote, a
/// CR or an LF is enclosed in double quotes, with quotes inside doubled.
public enum TableCSV {
    public static func field(_ text: String) -> String {
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func csv(_ rows: [[String]]) -> String {
        rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// Writes `rows` to `url` atomically: a temporary file in the same folder, then a rename.
    public static func write(_ rows: [[String]], to url: URL) throws {
        let data = Data(csv(rows).utf8)
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        try data.write(to: temporary)
        // rename(2) replaces the target in one step.
        guard rename(temporary.path, url.path) == 0 else {
            let code = errno
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path, "errno": code])
        }
    }
}
