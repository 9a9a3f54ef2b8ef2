import Contract
import Foundation
import GRDB

/// A SQLite database of converted packs, through GRDB.
///
/// Tables: `packs` (one row per input, keyed by its input folder `root` and its path
/// under it `file`, with the content hash `sha256`: same-named files of two input folders
/// are two packs), and
/// `documents`, `agenda_items`, `recommendations`, `tables`, `table_cells`, `dates`, whose
/// rows belong to a pack (`pack_id`, ON DELETE CASCADE) and keep the pack's record ids.
/// `search` is an FTS5 table over agenda item titles and recommendation texts.
///
/// Loading a pack replaces all its rows in one transaction, so re-running never duplicates
/// and a reader never sees half a pack. A pack already loaded from the same bytes by the
/// same tool and schema versions is left alone, which keeps re-runs cheap.
///
/// The file carries a marker (`PRAGMA application_id`, `user_version` the schema's
/// version): the store creates its tables only in a new, empty database and opens only
/// databases that carry the marker, so it never writes into someone else's SQLite file.
/// The database is in WAL mode and waits up to a minute for a lock, so batch shards in
/// separate processes can load into one database at once.
///
/// Threading: a `DatabaseQueue` serialises access; the store may be used from any thread.
public final class PackStore: Sendable {
    public let path: String
    private let queue: DatabaseQueue

    public struct StoreError: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// The marker in `PRAGMA application_id` ("APKD").
    public static let applicationID: Int32 = 0x4150_4B44
    /// The schema's version, in `PRAGMA user_version`. 2: packs keyed by (root, file).
    public static let schemaVersion = 2

    public enum Mode: Sendable {
        /// Create the database (or open one this store made) to load packs into.
        case write
        /// Open, read-only, a database this store made; anything else is refused.
        case read
    }

    public init(path: String, mode: Mode = .write) throws {
        self.path = path
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(60)
        configuration.readonly = mode == .read
        do {
            if mode == .write {
                try FileManager.default.createDirectory(
                    at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
            }
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            self.queue = queue
            // Shards starting at once all find a new database and race to set it up: the
            // switch to WAL cannot wait for a lock (SQLite answers busy at once rather than
            // deadlock), so a busy answer there is tried again, briefly.
            var attempt = 0
            while true {
                do {
                    try Self.prepare(queue, path: path, mode: mode)
                    break
                } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && attempt < Self.setupAttempts {
                    attempt += 1
                    usleep(20_000)
                }
            }
        } catch let error as DatabaseError {
            throw StoreError(path: path, reason: error.message ?? error.description)
        }
    }

    /// How many times setting up a new database is tried while another process holds it
    /// (20 ms apart).
    static let setupAttempts = 250

    /// Checks the marker of the database behind `queue`, or creates the schema in a new one.
    private static func prepare(_ queue: DatabaseQueue, path: String, mode: Mode) throws {
        let (marker, version, tables) = try queue.read { db in
            (
                try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
                try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
            )
        }
        if marker == Self.applicationID {
            guard version == Self.schemaVersion else {
                throw StoreError(
                    path: path, reason: "made by another agendapack version (database schema \(version), this one reads \(Self.schemaVersion)); rebuild it")
            }
        } else if mode == .read || tables > 0 || marker != 0 {
            let hint = tables > 0 && marker == 0 ? " (an older agendapack database has no marker: rebuild it)" : ""
            throw StoreError(path: path, reason: "not a database made by agendapack\(hint); it is left untouched")
        } else {
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = WAL")
                try db.inTransaction(.immediate) {
                    // Another shard may have created it meanwhile.
                    if try Int32.fetchOne(db, sql: "PRAGMA application_id") != Self.applicationID {
                        try Self.createSchema(db)
                        try db.execute(sql: "PRAGMA application_id = \(Self.applicationID)")
                        try db.execute(sql: "PRAGMA user_version = \(Self.schemaVersion)")
                    }
                    return .commit
                }
            }
        }
    }

    static func createSchema(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE IF NOT EXISTS packs (
                    id INTEGER PRIMARY KEY,
                    root TEXT NOT NULL, file TEXT NOT NULL,
                    sha256 TEXT, bytes INTEGER,
                    tool_version TEXT NOT NULL, schema_version TEXT NOT NULL,
                    output TEXT, source_file TEXT, page_count INTEGER, pdf_version TEXT, producer TEXT, title TEXT,
                    meeting_authority TEXT, meeting_body TEXT, meeting_date TEXT, meeting_start_time TEXT, meeting_venue TEXT,
                    UNIQUE (root, file));
                CREATE INDEX IF NOT EXISTS packs_sha256 ON packs(sha256);
                CREATE INDEX IF NOT EXISTS packs_meeting_date ON packs(meeting_date);
                CREATE TABLE IF NOT EXISTS documents (
                    pack_id INTEGER NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
                    id TEXT NOT NULL, kind TEXT NOT NULL, title TEXT, "to" TEXT, "from" TEXT, subject TEXT, date TEXT,
                    agenda_item TEXT, first_page INTEGER, last_page INTEGER, authors TEXT,
                    PRIMARY KEY (pack_id, id));
                CREATE INDEX IF NOT EXISTS documents_kind ON documents(kind);
                CREATE TABLE IF NOT EXISTS agenda_items (
                    pack_id INTEGER NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
                    id TEXT NOT NULL, number TEXT, parent TEXT, title TEXT NOT NULL, description TEXT, business TEXT,
                    printed_first_page INTEGER, printed_last_page INTEGER, first_page INTEGER, last_page INTEGER, page INTEGER,
                    PRIMARY KEY (pack_id, id));
                CREATE INDEX IF NOT EXISTS agenda_items_number ON agenda_items(number);
                CREATE TABLE IF NOT EXISTS recommendations (
                    pack_id INTEGER NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
                    id TEXT NOT NULL, kind TEXT NOT NULL, label TEXT, text TEXT NOT NULL, lead_in TEXT, addressee TEXT,
                    status TEXT, outcome TEXT, votes_for INTEGER, votes_against INTEGER, votes_abstentions INTEGER,
                    decided_by TEXT, date TEXT, document TEXT, agenda_item TEXT, page INTEGER,
                    PRIMARY KEY (pack_id, id));
                CREATE INDEX IF NOT EXISTS recommendations_kind ON recommendations(kind);
                CREATE INDEX IF NOT EXISTS recommendations_outcome ON recommendations(outcome);
                CREATE TABLE IF NOT EXISTS "tables" (
                    pack_id INTEGER NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
                    id TEXT NOT NULL, title TEXT, document TEXT, agenda_item TEXT, page INTEGER, pages TEXT,
                    ruled INTEGER, n_rows INTEGER, n_cols INTEGER, header_rows INTEGER,
                    PRIMARY KEY (pack_id, id));
                CREATE TABLE IF NOT EXISTS table_cells (
                    pack_id INTEGER NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
                    table_id TEXT NOT NULL, "row" INTEGER NOT NULL, col INTEGER NOT NULL,
                    row_span INTEGER NOT NULL DEFAULT 1, col_span INTEGER NOT NULL DEFAULT 1, text TEXT NOT NULL,
                    header INTEGER NOT NULL DEFAULT 0,
                    PRIMARY KEY (pack_id, table_id, "row", col),
                    FOREIGN KEY (pack_id, table_id) REFERENCES "tables"(pack_id, id) ON DELETE CASCADE);
                CREATE TABLE IF NOT EXISTS dates (
                    pack_id INTEGER NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
                    id TEXT NOT NULL, text TEXT NOT NULL, value TEXT NOT NULL, end_value TEXT, precision TEXT,
                    time TEXT, ambiguous INTEGER, page INTEGER, document TEXT,
                    PRIMARY KEY (pack_id, id));
                CREATE INDEX IF NOT EXISTS dates_value ON dates(value);
                CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5(
                    text, pack_id UNINDEXED, kind UNINDEXED, record UNINDEXED, page UNINDEXED,
                    tokenize = 'porter unicode61 remove_diacritics 2');
                """)
    }

    /// Whether the pack for `file` under `root` is loaded from these bytes by this tool and schema.
    public func isCurrent(root: String, file: String, sha256: String?) throws -> Bool {
        guard let sha256 else { return false }
        return try queue.read { db in
            try Bool.fetchOne(
                db, sql: "SELECT 1 FROM packs WHERE root = ? AND file = ? AND sha256 = ? AND tool_version = ? AND schema_version = ?",
                arguments: [root, file, sha256, AgendaPackVersion.tool, AgendaPackVersion.schema]) ?? false
        }
    }

    /// Loads the pack document at `output` (JSON) as the pack of input `file` under input
    /// folder `root`, replacing its earlier rows. Returns false, doing nothing, when it is
    /// already current and not `force`.
    @discardableResult
    public func load(output: URL, root: String, file: String, sha256: String?, outputName: String? = nil, force: Bool = false) throws -> Bool {
        if !force, try isCurrent(root: root, file: file, sha256: sha256) { return false }
        guard let data = FileManager.default.contents(atPath: output.path) else {
            throw StoreError(path: output.path, reason: "cannot be read")
        }
        let pack: PackDocument
        do {
            pack = try PackJSON.decode(PackDocument.self, from: data)
        } catch {
            throw StoreError(path: output.path, reason: "not a pack document (\(error))")
        }
        try queue.write { db in try Self.insert(pack, root: root, file: file, sha256: sha256 ?? pack.source.sha256, outputName: outputName, db: db) }
        return true
    }

    /// Removes the pack of `file` under `root`, if loaded.
    public func remove(root: String, file: String) throws {
        try queue.write { db in try Self.delete(root: root, file: file, db: db) }
    }

    private static func delete(root: String, file: String, db: Database) throws {
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM packs WHERE root = ? AND file = ?", arguments: [root, file]) {
            try db.execute(sql: "DELETE FROM search WHERE pack_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM packs WHERE id = ?", arguments: [id])
        }
    }

    private static func insert(_ pack: PackDocument, root: String, file: String, sha256: String?, outputName: String?, db: Database) throws {
        try delete(root: root, file: file, db: db)
        let source = pack.source
        try db.execute(
            sql: """
                INSERT INTO packs (root, file, sha256, bytes, tool_version, schema_version, output, source_file, page_count, pdf_version,
                    producer, title, meeting_authority, meeting_body, meeting_date, meeting_start_time, meeting_venue)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                root, file, sha256, source.bytes, AgendaPackVersion.tool, pack.schemaVersion, outputName,
                source.file, source.pageCount, source.pdfVersion, source.producer, source.title, pack.meeting?.authority,
                pack.meeting?.body, pack.meeting?.date, pack.meeting?.startTime, pack.meeting?.venue,
            ])
        let packID = db.lastInsertedRowID
        let search = try db.cachedStatement(sql: "INSERT INTO search (text, pack_id, kind, record, page) VALUES (?, ?, ?, ?, ?)")

        let documents = try db.cachedStatement(
            sql: """
                INSERT INTO documents (pack_id, id, kind, title, "to", "from", subject, date, agenda_item, first_page, last_page, authors)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for d in pack.documents {
            let authors = String(decoding: try JSONEncoder().encode(d.authors), as: UTF8.self)
            try documents.execute(arguments: [
                packID, d.id, d.kind.rawValue, d.title, d.to, d.from, d.subject, d.date, d.agendaItem, d.firstPage, d.lastPage, authors,
            ])
        }
        let items = try db.cachedStatement(
            sql: """
                INSERT INTO agenda_items (pack_id, id, number, parent, title, description, business, printed_first_page,
                    printed_last_page, first_page, last_page, page)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for item in pack.agendaItems {
            try items.execute(arguments: [
                packID, item.id, item.number, item.parent, item.title, item.description, item.business.rawValue, item.printedPages?.first,
                item.printedPages?.last, item.pages?.first, item.pages?.last, item.page,
            ])
            try search.execute(arguments: [item.title, packID, "agenda_item", item.id, item.page])
        }
        let recommendations = try db.cachedStatement(
            sql: """
                INSERT INTO recommendations (pack_id, id, kind, label, text, lead_in, addressee, status, outcome, votes_for,
                    votes_against, votes_abstentions, decided_by, date, document, agenda_item, page)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for r in pack.recommendations {
            try recommendations.execute(arguments: [
                packID, r.id, r.kind.rawValue, r.label, r.text, r.leadIn, r.addressee, r.status, r.outcome?.rawValue, r.votes?.for,
                r.votes?.against, r.votes?.abstentions, r.decidedBy, r.date, r.document, r.agendaItem, r.page,
            ])
            try search.execute(arguments: [r.text, packID, r.kind.rawValue, r.id, r.page])
        }
        let tables = try db.cachedStatement(
            sql: """
                INSERT INTO "tables" (pack_id, id, title, document, agenda_item, page, pages, ruled, n_rows, n_cols, header_rows)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let cells = try db.cachedStatement(
            sql: """
                INSERT OR REPLACE INTO table_cells (pack_id, table_id, "row", col, row_span, col_span, text, header)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for t in pack.tables {
            let pages = String(decoding: try JSONEncoder().encode(t.pages), as: UTF8.self)
            try tables.execute(arguments: [
                packID, t.id, t.title, t.document, t.agendaItem, t.page, pages, t.ruled, t.nRows, t.nCols, t.headerRows,
            ])
            if !t.cells.isEmpty {
                for c in t.cells {
                    try cells.execute(arguments: [packID, t.id, c.row, c.col, c.rowSpan, c.colSpan, c.text, c.header])
                }
            } else {
                for (r, row) in t.rows.enumerated() {
                    for (c, text) in row.enumerated() {
                        try cells.execute(arguments: [packID, t.id, r, c, 1, 1, text, r < t.headerRows])
                    }
                }
            }
        }
        let dates = try db.cachedStatement(
            sql: """
                INSERT INTO dates (pack_id, id, text, value, end_value, precision, time, ambiguous, page, document)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for d in pack.dates {
            try dates.execute(arguments: [packID, d.id, d.text, d.value, d.end, d.precision.rawValue, d.time, d.ambiguous, d.page, d.document])
        }
    }

    /// One full-text match.
    public struct SearchHit: Sendable, Equatable {
        public var file: String
        public var page: Int?
        /// `agenda_item`, or the recommendation's kind (`recommendation`, `resolution`, ...).
        public var kind: String
        public var record: String
        public var snippet: String

        public init(file: String, page: Int?, kind: String, record: String, snippet: String) {
            self.file = file
            self.page = page
            self.kind = kind
            self.record = record
            self.snippet = snippet
        }
    }

    /// A query the store refuses to run, or that ran past its time.
    public enum QueryError: Error, CustomStringConvertible {
        /// Not valid FTS5 syntax (an unbalanced quote, a lone operator, an unknown column).
        case malformed(String)
        /// Ran longer than its time limit and was stopped.
        case tooSlow(Double)

        public var description: String {
            switch self {
            case .malformed(let reason): return "malformed query (\(reason))"
            case .tooSlow(let seconds): return "the query took longer than \(String(format: "%g", seconds)) s and was stopped"
            }
        }
    }

    /// The longest query accepted, in characters.
    public static let maxQueryLength = 1000

    /// Full-text search over agenda item titles and recommendation texts, best first.
    /// `query` is FTS5 syntax; a query that does not parse is a `QueryError.malformed`, and
    /// one still running after `timeLimit` seconds is interrupted (`QueryError.tooSlow`).
    public func search(_ query: String, limit: Int = 20, timeLimit: Double = 10) throws -> [SearchHit] {
        guard query.count <= Self.maxQueryLength else {
            throw QueryError.malformed("longer than \(Self.maxQueryLength) characters")
        }
        guard query.contains(where: { $0.isLetter || $0.isNumber }) else { throw QueryError.malformed("no word to look for") }
        let timer = DispatchWorkItem { [queue] in queue.interrupt() }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeLimit, execute: timer)
        defer { timer.cancel() }
        do {
            return try run(query, limit: limit)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_INTERRUPT {
            throw QueryError.tooSlow(timeLimit)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            throw QueryError.malformed(error.message ?? "syntax error")
        }
    }

    private func run(_ match: String, limit: Int) throws -> [SearchHit] {
        try queue.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT packs.file AS file, search.page AS page, search.kind AS kind, search.record AS record,
                           snippet(search, 0, '[', ']', '…', 12) AS snippet
                    FROM search JOIN packs ON packs.id = search.pack_id
                    WHERE search MATCH ?
                    ORDER BY rank, packs.file, search.page
                    LIMIT ?
                    """,
                arguments: [match, limit]
            ).map { row in
                SearchHit(file: row["file"], page: row["page"], kind: row["kind"], record: row["record"], snippet: row["snippet"])
            }
        }
    }

    /// Runs `body` with read access (for tests and tools that query the tables directly).
    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        try queue.read(body)
    }
}
