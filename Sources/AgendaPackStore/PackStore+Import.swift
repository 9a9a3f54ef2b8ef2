import Batch
import Contract
import Foundation

extension PackStore {
    /// What an import did.
    public struct ImportCount: Sendable, Equatable {
        public var loaded = 0
        /// Already loaded from the same bytes by this tool version.
        public var current = 0
        public init() {}
    }

    /// Loads the converted packs of a batch output folder: the inputs its manifest records as
    /// converted whose output is present, keyed by their relative paths. A folder without a
    /// manifest is read as a tree of pack documents: `x/y.json` is the pack of `x/y.pdf`.
    public func importFolder(_ folder: String, force: Bool = false) throws -> ImportCount {
        let layout = OutputLayout(root: folder)
        var count = ImportCount()
        let fm = FileManager.default
        let entries = Manifest.read(layout.manifest)
        if !entries.isEmpty {
            for entry in entries.values.sorted(by: { $0.file < $1.file }) where entry.outcome == .converted {
                guard let output = entry.output else { continue }
                let url = layout.root.appendingPathComponent(output)
                guard fm.fileExists(atPath: url.path) else { continue }
                // Entries of older versions carry no input folder: the output folder stands for it.
                if try load(output: url, root: entry.root ?? layout.root.path, file: entry.file, sha256: entry.sha256, outputName: output, force: force) {
                    count.loaded += 1
                } else {
                    count.current += 1
                }
            }
            return count
        }
        guard let walker = fm.enumerator(atPath: layout.root.path) else {
            throw StoreError(path: folder, reason: "not a folder")
        }
        var outputs: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasSuffix(".json") && !name.hasPrefix(".") && relative != OutputLayout.summaryName { outputs.append(relative) }
        }
        for output in outputs.sorted() {
            let file = String(output.dropLast(".json".count)) + ".pdf"
            if try load(output: layout.root.appendingPathComponent(output), root: layout.root.path, file: file, sha256: nil, outputName: output, force: true) {
                count.loaded += 1
            }
        }
        return count
    }
}
