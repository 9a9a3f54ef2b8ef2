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

    /// Writes `rows` to `url` atomically (`AtomicFile`: a temporary file in the same folder
    /// written whole or failing on a short write, then a rename), so a reader never sees a
    /// half-written table.
    public static func write(_ rows: [[String]], to url: URL) throws {
        try AtomicFile.write(Data(csv(rows).utf8), to: url)
    }
}
