import Foundation

/// One PDF of a batch: where it is, and the path under its input folder that names its output.
public struct BatchInput: Sendable, Equatable {
    /// The path to open (as found: absolute when the input folder was given absolute).
    public var path: String
    /// The path under the input folder (`council/uk/x.pdf`); a file given directly is its name.
    public var relativePath: String

    public init(path: String, relativePath: String) {
        self.path = path
        self.relativePath = relativePath
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
        var result: [BatchInput] = []
        let excludedID = excluded.flatMap(fileID)
        for argument in arguments {
            var info = stat()
            guard stat(argument, &info) == 0 else { throw Missing(path: argument) }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                var visited: Set<FileID> = []
                if let excludedID { visited.insert(excludedID) }
                var found: [BatchInput] = []
                walk(folder: argument, prefix: "", visited: &visited, into: &found)
                found.sort { $0.relativePath.utf8.lexicographicallyPrecedes($1.relativePath.utf8) }
                result += found
            } else {
                result.append(BatchInput(path: argument, relativePath: URL(fileURLWithPath: argument).lastPathComponent))
            }
        }
        return result
    }

    struct FileID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    static func fileID(_ path: String) -> FileID? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    private static func walk(folder: String, prefix: String, visited: inout Set<FileID>, into found: inout [BatchInput]) {
        guard let id = fileID(folder), visited.insert(id).inserted else { return }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var info = stat()
            // stat follows links: a link to a folder is walked (once), a dangling link is skipped.
            guard stat(path, &info) == 0 else { continue }
            let relative = prefix.isEmpty ? name : prefix + "/" + name
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                walk(folder: path, prefix: relative, visited: &visited, into: &found)
            case S_IFREG where name.lowercased().hasSuffix(".pdf"):
                found.append(BatchInput(path: path, relativePath: relative))
            default:
                continue
            }
        }
    }
}
