import Foundation
import JSONSchema

/// The JSON Lines stream of a batch (`--jsonl FILE`): one compact JSON object per record
/// (document, agenda item, recommendation, table, date), each the record as the pack holds
/// it plus `type`, `file` (the input's relative path) and `sha256`, packs in input order.
public enum RecordStream {
    /// The pack arrays streamed, and the `type` each record gets.
    public static let sections: [(key: String, type: String)] = [
        ("documents", "document"), ("agenda_items", "agenda_item"), ("recommendations", "recommendation"),
        ("tables", "table"), ("dates", "date"),
    ]

    /// The lines for one pack document.
    public static func lines(pack: JSONValue, file: String, sha256: String?) -> [String] {
        var lines: [String] = []
        for section in sections {
            guard case .array(let records)? = pack[section.key] else { continue }
            for record in records {
                guard case .object(var fields) = record else { continue }
                fields["type"] = .string(section.type)
                fields["file"] = .string(file)
                fields["sha256"] = sha256.map(JSONValue.string) ?? .null
                lines.append(JSONValue.object(fields).jsonText)
            }
        }
        return lines
    }

    /// Writes the stream of every pack that ends the run converted, reading their outputs,
    /// to a temporary file beside `url`, renamed into place at the end.
    public static func write(_ outcomes: [BatchOutcome], layout: OutputLayout, to url: URL) throws {
        let fm = FileManager.default
        try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        guard fm.createFile(atPath: temp.path, contents: nil), let handle = FileHandle(forWritingAtPath: temp.path) else {
            throw BatchError("\(url.path): cannot be written")
        }
        do {
            for outcome in outcomes {
                guard let output = outcome.entry?.output else { continue }
                let path = layout.root.appendingPathComponent(output)
                guard let data = fm.contents(atPath: path.path) else { throw BatchError("\(path.path): cannot be read") }
                let pack = try JSONValue(parsing: data)
                let text = lines(pack: pack, file: outcome.input.relativePath, sha256: outcome.entry?.sha256).map { $0 + "\n" }.joined()
                try handle.write(contentsOf: Data(text.utf8))
            }
            try handle.close()
            guard rename(temp.path, url.path) == 0 else { throw BatchError("\(url.path): cannot be written") }
        } catch {
            try? handle.close()
            try? fm.removeItem(at: temp)
            throw error
        }
    }
}
