import Contract
import Foundation
import LayoutModel
import PDFLayout

/// One PDF of a batch: where it is, and the path under its input folder that names its output.
public struct BatchInput: Sendable, Equatable {
    /// The path to open (as found: absolute when the input folder was given absolute).
    public var path: String
    /// The path under the input folder (`council/uk/x.pdf`); a file given directly is its name.
    public var relativePath: String
    /// The input folder it was found under (absolute, standardised); for a file given
    /// directly, its folder. With `relativePath` it names the input in the manifest and the
    /// database, so same-named files of two input folders never stand for each other.
    public var root: String

    public init(path: String, relativePath: String, root: String = "") {
        self.path = path
        self.relativePath = relativePath
        self.root = root
    }
}

/// Finds the PDFs named by a batch's INPUTS: files as given, folders recursed.
///
/// - A folder contributes every file whose name ends in `.pdf` (any case), sorted by
///   relative path, so the order does not depend on the file system.
/// - Symbolic links are followed, but a folder already visited (same device and inode)
///   is not entered again, so a link loop ends.
/// - Names starting with `.` are skipped (editor and OS litter, our own staging folder),
///   and so is the folder given in `excluding` (the output folder, when it sits inside an input).
public enum BatchInputs {
    public struct Missing: Error, CustomStringConvertible {
        public var path: String
        public var description: String { "\(path): no such file or folder" }
    }

    public static func discover(_ arguments: [String], excluding excluded: String? = nil) throws -> [BatchInput] {
        try discoverReporting(arguments, excluding: excluded).inputs
    }

    /// What `discover` found, and the files it cannot take: names that are not valid UTF-8
    /// (shown with their bad bytes as `\xNN`), which the caller reports.
    public struct Found: Sendable {
        public var inputs: [BatchInput] = []
        public var badNames: [String] = []
    }

    public static func discoverReporting(_ arguments: [String], excluding excluded: String? = nil) throws -> Found {
        var result = Found()
        let excludedID = excluded.flatMap(fileID)
        for argument in arguments {
            var info = stat()
            guard stat(argument, &info) == 0 else { throw Missing(path: argument) }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                var visited: Set<FileID> = []
                if let excludedID { visited.insert(excludedID) }
                var found: [BatchInput] = []
                let root = URL(fileURLWithPath: argument, isDirectory: true).standardizedFileURL.path
                walk(folder: argument, prefix: "", root: root, visited: &visited, into: &found, badNames: &result.badNames)
                found.sort { $0.relativePath.utf8.lexicographicallyPrecedes($1.relativePath.utf8) }
                result.inputs += found
            } else {
                let url = URL(fileURLWithPath: argument).standardizedFileURL
                result.inputs.append(
                    BatchInput(path: argument, relativePath: url.lastPathComponent, root: url.deletingLastPathComponent().path))
            }
        }
        result.badNames.sort()
        return result
    }

    /// The names in a folder as bytes (readdir), so a name that is not UTF-8 is seen, not
    /// silently dropped as FileManager does.
    package static func names(in folder: String) -> [(name: String?, shown: String, isFolder: Bool)]? {
        guard let dir = opendir(folder) else { return nil }
        defer { closedir(dir) }
        var names: [(String?, String, Bool)] = []
        while let entry = readdir(dir) {
            let bytes: [UInt8] = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix(while: { $0 != 0 }))
            }
            if bytes == Array(".".utf8) || bytes == Array("..".utf8) { continue }
            if let name = String(validating: bytes, as: UTF8.self) {
                names.append((name, name, false))
            } else {
                let shown = bytes.map { $0 < 0x80 ? String(UnicodeScalar($0)) : String(format: "\\x%02X", $0) }.joined()
                names.append((nil, shown, entry.pointee.d_type == UInt8(DT_DIR)))
            }
        }
        return names
    }

    struct FileID: Hashable {
        package var device: UInt64
        var inode: UInt64
    }

    static func fileID(_ path: String) -> FileID? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    private static func walk(
        folder: String, prefix: String, root: String, visited: inout Set<FileID>, into found: inout [BatchInput], badNames: inout [String]
    ) {
        guard let id = fileID(folder), visited.insert(id).inserted else { return }
        guard let entries = names(in: folder) else { return }
        for entry in entries where !entry.shown.hasPrefix(".") {
            guard let name = entry.name else {
                if entry.isFolder || entry.shown.lowercased().hasSuffix(".pdf") {
                    badNames.append((folder.hasSuffix("/") ? folder : folder + "/") + entry.shown)
                }
                continue
            }
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var info = stat()
            // stat follows links: a link to a folder is walked (once), a dangling link is skipped.
            guard stat(path, &info) == 0 else { continue }
            let relative = prefix.isEmpty ? name : prefix + "/" + name
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                walk(folder: path, prefix: relative, root: root, visited: &visited, into: &found, badNames: &badNames)
            case S_IFREG where name.lowercased().hasSuffix(".pdf"):
                found.append(BatchInput(path: path, relativePath: relative, root: root))
            default:
                continue
            }
        }
    }
}
