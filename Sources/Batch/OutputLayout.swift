import Contract
import Foundation
import LayoutModel
import PDFLayout

/// Where a batch writes the output of an input, and which names it keeps for itself.
///
/// The output of `council/uk/x.pdf` is `DIR/council/uk/x.json`. A relative path is split
/// on `/`; empty and `.` parts are dropped, and a `..` part, a NUL or an absolute path is
/// refused, so no input name can place a file outside DIR. The resolved path is checked
/// again against DIR as a last guard.
public struct OutputLayout: Sendable {
    /// The output folder, absolute and standardised.
    public let root: URL

    /// The append-only record of outcomes.
    public static let manifestName = "manifest.jsonl"
    public static let summaryName = "summary.json"
    /// Workers write here; the coordinator renames finished outputs into place.
    public static let stagingName = ".agendapack-staging"
    public static let lockName = ".agendapack.lock"

    public struct UnsafeName: Error, CustomStringConvertible {
        public var relativePath: String
        public var description: String { "\(relativePath): the name cannot be used for an output inside the output folder" }
    }

    public init(root: String) {
        let url = URL(fileURLWithPath: root, isDirectory: true).standardizedFileURL
        self.root = url
    }

    public var manifest: URL { root.appendingPathComponent(Self.manifestName) }
    public var summary: URL { root.appendingPathComponent(Self.summaryName) }
    public var staging: URL { root.appendingPathComponent(Self.stagingName, isDirectory: true) }
    public var lock: URL { root.appendingPathComponent(Self.lockName) }

    /// The output's path relative to DIR: the input's relative path with `.pdf` (any case)
    /// replaced by `.json`.
    public static func outputRelativePath(for relativePath: String) throws(UnsafeName) -> String {
        if relativePath.hasPrefix("/") || relativePath.contains("\0") { throw UnsafeName(relativePath: relativePath) }
        var parts = relativePath.split(separator: "/", omittingEmptySubsequences: true).map(String.init).filter { $0 != "." }
        guard let last = parts.last, !parts.contains("..") else { throw UnsafeName(relativePath: relativePath) }
        let stem = last.lowercased().hasSuffix(".pdf") ? String(last.dropLast(4)) : last
        guard !stem.isEmpty else { throw UnsafeName(relativePath: relativePath) }
        parts[parts.count - 1] = stem + ".json"
        let joined = parts.joined(separator: "/")
        if parts.count == 1 && [summaryName, manifestName].contains(joined) { throw UnsafeName(relativePath: relativePath) }
        if parts.contains(where: { $0.hasPrefix(".agendapack") }) { throw UnsafeName(relativePath: relativePath) }
        return joined
    }

    /// The output file for an input, guaranteed to lie inside `root`.
    public func outputURL(for relativePath: String) throws(UnsafeName) -> URL {
        let relative = try Self.outputRelativePath(for: relativePath)
        let url = root.appendingPathComponent(relative).standardizedFileURL
        guard url.path.hasPrefix(root.path.hasSuffix("/") ? root.path : root.path + "/") else {
            throw UnsafeName(relativePath: relativePath)
        }
        return url
    }

    /// Removes what a killed run can leave: the staging folder and `.*.tmp` files written
    /// by atomic writes that never reached their rename.
    public func removeStrayTemporaries() {
        let fm = FileManager.default
        try? fm.removeItem(at: staging)
        guard let walker = fm.enumerator(atPath: root.path) else { return }
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") && name.hasSuffix(".tmp") {
                try? fm.removeItem(atPath: root.appendingPathComponent(relative).path)
            }
        }
    }
}
