import Contract
import Foundation
import LayoutModel
import PDFLayout

/// What a batch knows about one input after converting it (or failing to).
public struct ManifestEntry: Sendable, Codable, Equatable {
    public enum Outcome: String, Sendable, Codable { case converted, failed }

    /// Whose fault a failure is. `input`: the file itself (not a PDF, damaged, encrypted, a
    /// crash on its bytes); trying it again gives the same failure, so a plain re-run keeps
    /// it (`--retry-failed` retries). `machine`: the run, not the file (a full disk or an I/O
    /// error, the memory limit, a worker killed from outside, the time limit, a worker that
    /// could not start); a plain re-run tries it again.
    public enum FailureClass: String, Sendable, Codable { case input, machine }

    /// The input's path relative to its input folder.
    public var file: String
    /// The input folder `file` is under (absolute); nil in manifests of older versions.
    public var root: String?
    public var sha256: String?
    public var bytes: Int?
    public var toolVersion: String
    public var schemaVersion: String
    public var outcome: Outcome
    /// Why it failed (`timeout after 120 s`, `crashed (SIGSEGV)`, the worker's error), or nil.
    public var reason: String?
    /// For a failure, whose fault it is; nil (read as `input`) in manifests of older versions.
    public var failureClass: FailureClass?
    public var pages: Int?
    /// The output's path relative to the output folder, when converted.
    public var output: String?
    public var seconds: Double?

    public init(file: String, root: String? = nil, sha256: String?, bytes: Int?, toolVersion: String = AgendaPackVersion.tool,
                schemaVersion: String = AgendaPackVersion.schema, outcome: Outcome, reason: String? = nil,
                failureClass: FailureClass? = nil, pages: Int? = nil, output: String? = nil, seconds: Double? = nil) {
        self.file = file
        self.root = root.flatMap { $0.isEmpty ? nil : $0 }
        self.sha256 = sha256
        self.bytes = bytes
        self.toolVersion = toolVersion
        self.schemaVersion = schemaVersion
        self.outcome = outcome
        self.reason = reason
        self.failureClass = outcome == .failed ? (failureClass ?? .input) : nil
        self.pages = pages
        self.output = output
        self.seconds = seconds
    }

    package enum CodingKeys: String, CodingKey {
        case file, root, sha256, bytes, toolVersion = "tool_version", schemaVersion = "schema_version", outcome, reason, failureClass = "failure_class", pages, output, seconds
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encodeIfPresent(root, forKey: .root)
        try c.encode(sha256, forKey: .sha256)
        try c.encode(bytes, forKey: .bytes)
        try c.encode(toolVersion, forKey: .toolVersion)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(outcome, forKey: .outcome)
        try c.encode(reason, forKey: .reason)
        if outcome == .failed { try c.encode(failureClass ?? .input, forKey: .failureClass) }
        try c.encode(pages, forKey: .pages)
        try c.encode(output, forKey: .output)
        try c.encode(seconds, forKey: .seconds)
    }

    /// The key an entry is read under: its input folder and relative path, so two input
    /// folders holding `x.pdf` keep an entry each. An entry without a folder (older
    /// versions, tests) is keyed by its file alone.
    public static func key(root: String?, file: String) -> String {
        guard let root, !root.isEmpty else { return file }
        return root + "\u{0}" + file
    }
    public var key: String { Self.key(root: root, file: file) }

    /// Whether this earlier outcome still stands for an input with `sha256`: same bytes,
    /// same tool and schema, and either converted with its output still present, or failed
    /// because of the input (a hostile file is not tried again unless asked). A failure of
    /// the machine (full disk, memory, a kill from outside, the time limit) never stands.
    public func stands(forSHA256 sha256: String?, outputExists: Bool, retryFailed: Bool) -> Bool {
        guard let sha256, self.sha256 == sha256, toolVersion == AgendaPackVersion.tool,
            schemaVersion == AgendaPackVersion.schema
        else { return false }
        switch outcome {
        case .converted: return outputExists
        case .failed: return !retryFailed && failureClass != .machine
        }
    }
}

/// The manifest: JSON Lines in the output folder, one entry appended after each outcome.
///
/// Append-only, so a run killed with SIGKILL loses at most the files in flight; each line
/// is written with one `write` and flushed to disk. Reading takes the last entry per file
/// and ignores a line that does not parse (the torn end of a killed write).
public final class Manifest {
    public let url: URL
    private let descriptor: Int32
    /// Set when a write was cut short: the next entry starts with a newline, so a torn line
    /// stays a line of its own (skipped by `read`) and never merges with a whole entry.
    private var torn = false
    /// The write used for entries: `write(2)`, or a test's writer that fails on demand.
    public var writer: (Int32, UnsafeRawBufferPointer) -> Int = { fd, buffer in write(fd, buffer.baseAddress, buffer.count) }

    public struct CannotOpen: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): cannot open the manifest (\(reason))" }
    }

    /// Opens the manifest for appending, creating it when absent. A torn last line (no final
    /// newline) is ended first, so the next entry starts on a line of its own.
    public init(url: URL) throws(CannotOpen) {
        self.url = url
        let fd = open(url.path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw CannotOpen(path: url.path, reason: String(cString: strerror(errno))) }
        descriptor = fd
        if let data = FileManager.default.contents(atPath: url.path), let last = data.last, last != 0x0A {
            _ = "\n".withCString { write(fd, $0, 1) }
        }
    }

    deinit { close(descriptor) }

    /// The last entry per input, keyed by `ManifestEntry.key` (input folder and file).
    public static func read(_ url: URL) -> [String: ManifestEntry] {
        guard let data = FileManager.default.contents(atPath: url.path) else { return [:] }
        var entries: [String: ManifestEntry] = [:]
        let decoder = JSONDecoder()
        for line in data.split(separator: 0x0A) where !line.isEmpty {
            guard let entry = try? decoder.decode(ManifestEntry.self, from: Data(line)) else { continue }
            entries[entry.key] = entry
        }
        return entries
    }

    /// Rewrites the manifest with only the last entry per file (sorted by file) when
    /// superseded lines outnumber the live ones three to one. Atomic: a rename.
    public static func compactIfLong(_ url: URL, entries: [String: ManifestEntry]) {
        guard let data = FileManager.default.contents(atPath: url.path) else { return }
        let lines = data.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        guard lines > 4 * entries.count + 100 else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var out = Data()
        for file in entries.keys.sorted() {
            guard let entry = entries[file], let line = try? encoder.encode(entry) else { return }
            out.append(line)
            out.append(0x0A)
        }
        try? PackEncoder.writeAtomically(out, to: url)
    }

    public func append(_ entry: ManifestEntry) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var line = Data(torn ? [0x0A] : [])
        line.append(try encoder.encode(entry))
        line.append(0x0A)
        let written = line.withUnsafeBytes { writer(descriptor, $0) }
        guard written == line.count else {
            let reason = written < 0 ? String(cString: strerror(errno)) : "short write"
            // Whatever reached the file is a torn line: end it before the next entry.
            torn = written > 0
            if torn, "\n".withCString({ write(descriptor, $0, 1) }) == 1 { torn = false }
            throw CannotOpen(path: url.path, reason: reason)
        }
        torn = false
        fsync(descriptor)
    }
}
