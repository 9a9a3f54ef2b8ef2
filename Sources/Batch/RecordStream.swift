import JSONSchema
import Contract
import Foundation
import LayoutModel
import PDFLayout

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
    ///
    /// `others`, for a shard: the files that belong to other shards. Their lines already in
    /// `url` are kept, this shard's replaced, and the packs ordered by file, so shards
    /// writing one file in any order (or at once: an exclusive lock on `.NAME.lock` beside
    /// it serialises them) end with every shard's records.
    public static func write(_ outcomes: [BatchOutcome], layout: OutputLayout, to url: URL, others: ((String) -> Bool)? = nil) throws {
        let fm = FileManager.default
        try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        var lockFD: Int32 = -1
        if others != nil {
            let lock = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).lock")
            lockFD = open(lock.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard lockFD >= 0, flock(lockFD, LOCK_EX) == 0 else {
                if lockFD >= 0 { close(lockFD) }
                throw BatchError("\(lock.path): cannot be locked (\(String(cString: strerror(errno))))")
            }
        }
        defer { if lockFD >= 0 { close(lockFD) } }
        // The blocks of lines, per file.
        var blocks: [(file: String, text: String)] = []
        if let others, let existing = fm.contents(atPath: url.path) {
            var kept: [String: String] = [:]
            for line in existing.split(separator: 0x0A) where !line.isEmpty {
                guard case .string(let file)? = (try? JSONValue(parsing: Data(line)))?["file"], others(file) else { continue }
                kept[file, default: ""] += String(decoding: line, as: UTF8.self) + "\n"
            }
            blocks += kept.map { ($0.key, $0.value) }
        }
        for outcome in outcomes {
            guard let output = outcome.entry?.output else { continue }
            let path = layout.root.appendingPathComponent(output)
            guard let data = fm.contents(atPath: path.path) else { throw BatchError("\(path.path): cannot be read") }
            let pack = try JSONValue(parsing: data)
            let text = lines(pack: pack, file: outcome.input.relativePath, sha256: outcome.entry?.sha256).map { $0 + "\n" }.joined()
            blocks.append((outcome.input.relativePath, text))
        }
        if others != nil {
            blocks = blocks.enumerated().sorted { a, b in
                a.element.file != b.element.file
                    ? a.element.file.utf8.lexicographicallyPrecedes(b.element.file.utf8) : a.offset < b.offset
            }.map(\.element)
        }
        let file = try AtomicFile(url: url)
        for block in blocks { try file.write(Data(block.text.utf8)) }
        try file.commit()
    }
}
