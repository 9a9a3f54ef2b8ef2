import AgendaPack
import Batch
import Contract
import Dates
import LayoutModel
import Parsing
import Recommendations
import Segmentation
import Tables
import Testing

@Suite("Shard: a deterministic share of the inputs")
struct BatchShardTests {
    @Test("FNV-1a 64 gives the published test vectors", arguments: [
        ("", UInt64(0xcbf2_9ce4_8422_2325)), ("a", 0xaf63_dc4c_8601_ec8c), ("foobar", 0x8594_4171_f739_67e8),
    ])
    func vectors(text: String, hash: UInt64) {
        #expect(Shard.fnv1a64(text) == hash)
    }

    @Test("I/N parses only with 1 <= I <= N", arguments: [
        ("1/1", true), ("2/8", true), ("8/8", true), ("0/8", false), ("9/8", false), ("1/0", false), ("1", false), ("a/b", false),
        ("1/2/3", false), ("-1/2", false),
    ])
    func parsing(text: String, valid: Bool) {
        #expect((Shard(text) != nil) == valid)
    }

    @Test("the shards of a set are disjoint and together cover it", arguments: [1, 2, 3, 5, 8])
    func partition(count: Int) throws {
        let paths = (0..<400).map { "council/\($0 % 7)/pack-\($0).pdf" }
        var seen: [String: Int] = [:]
        for index in 1...count {
            let shard = try #require(Shard(index: index, count: count))
            for path in paths where shard.contains(path) {
                #expect(seen[path] == nil, "\(path) is in shards \(seen[path] ?? 0) and \(index)")
                seen[path] = index
            }
        }
        #expect(seen.count == paths.count)
        if count > 1 {
            // Not all in one shard: the hash spreads them.
            #expect(Set(seen.values).count == count)
        }
    }

    @Test("the share depends only on the relative path")
    func stable() throws {
        let shard = try #require(Shard("2/3"))
        let paths = (0..<50).map { "a/\($0).pdf" }
        #expect(paths.filter(shard.contains) == paths.filter(shard.contains))
        #expect(paths.filter(shard.contains) == paths.filter { Shard.fnv1a64($0) % 3 == 1 })
    }
}
