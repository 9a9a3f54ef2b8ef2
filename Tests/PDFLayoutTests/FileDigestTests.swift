import Foundation
@testable import PDFLayout
import Testing

@Suite("SHA-256 of files")
struct FileDigestTests {
    /// FIPS 180-2's examples, and lengths around the block and padding boundaries.
    @Test("the standard's test vectors, with and without the processor's SHA extensions")
    func vectors() {
        let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        let cases: [([UInt8], String)] = [
            ([], "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            (Array("abc".utf8), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            (Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
            (million, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"),
        ]
        for (bytes, digest) in cases {
            #expect(FileDigest.sha256(bytes: bytes, portable: false) == digest)
            #expect(FileDigest.sha256(bytes: bytes, portable: true) == digest)
        }
        var seed: UInt32 = 12345
        let noise = (0..<1000).map { _ -> UInt8 in
            seed = seed &* 1_103_515_245 &+ 12345
            return UInt8(truncatingIfNeeded: seed >> 16)
        }
        for length in [1, 55, 56, 63, 64, 65, 119, 120, 127, 128, 129, 1000] {
            let bytes = Array(noise.prefix(length))
            #expect(FileDigest.sha256(bytes: bytes, portable: false) == FileDigest.sha256(bytes: bytes, portable: true), "\(length) bytes")
        }
    }

    @Test("a file's digest and size; nil for a file that cannot be opened")
    func file() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("digest-\(UUID().uuidString).bin")
        defer { try? FileManager.default.removeItem(at: url) }
        // Larger than one read block, not a whole number of SHA-256 blocks.
        let bytes = (0..<200_003).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try Data(bytes).write(to: url)
        let digest = try #require(FileDigest.sha256(path: url.path))
        #expect(digest.bytes == 200_003)
        #expect(digest.hex == FileDigest.sha256(bytes: bytes, portable: true))
        #expect(FileDigest.sha256(path: url.path + ".missing") == nil)
    }
}
