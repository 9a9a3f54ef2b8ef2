import Contract
import LayoutModel
import PDFLayout

/// A deterministic share of a batch's inputs: `--shard I/N` keeps the inputs whose relative
/// path hashes (FNV-1a, 64-bit, over its UTF-8 bytes) to I-1 modulo N.
///
/// The hash depends on nothing but the relative path, so every machine given the same
/// archive computes the same split: the shards are disjoint and together cover the set.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    /// 1-based.
    public var index: Int
    public var count: Int

    public init?(index: Int, count: Int) {
        guard count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// Parses `I/N` with 1 <= I <= N.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else { return nil }
        self.init(index: index, count: count)
    }

    public var description: String { "\(index)/\(count)" }

    public func contains(_ relativePath: String) -> Bool {
        Int(Self.fnv1a64(relativePath) % UInt64(count)) == index - 1
    }

    /// FNV-1a 64: offset basis 0xcbf29ce484222325, prime 0x100000001b3.
    public static func fnv1a64(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
