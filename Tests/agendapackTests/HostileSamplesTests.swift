import Batch
import Contract
import Foundation
import LayoutModel
import TestSupport
import Testing

/// Every file in ../shared/samples/hostile ends in time with exit 0 or its documented error
/// status and a one-line message; none is killed by a signal.
@Suite("hostile samples")
struct HostileSamplesTests {
    /// Expected exit status of `agendapack text` per file (0: readable). Files not listed
    /// must read (status 0). Statuses: 3 not a PDF, 4 damaged, 5 encrypted, 7 no pages.
    static let expected: [String: Int32] = [
        "encrypted_user-pw_40bit-r3.pdf": 5, "encrypted_user-pw_aes128.pdf": 5,
        "encrypted_user-pw_password-test.pdf": 5, "encrypted_user-pw_rc4-40.pdf": 5,
        "encrypted_user-pw_real-table.pdf": 5, "encrypted_user-pw_userpass.pdf": 5,
        "fuzzed_poppler-85140_no-xref-size.pdf": 7, "fuzzed_redhat-1531897_missing-endstream.pdf": 4,
        "not-a-pdf_5-bytes-oops.pdf": 3, "truncated_23-bytes-startxref-only.pdf": 3, "zero-bytes_empty.pdf": 3,
        "zero-pages.pdf": 7,
    ]

    /// Passwords from the samples' README: the right one opens the file.
    static let passwords: [String: String] = [
        "encrypted_user-pw_40bit-r3.pdf": "623", "encrypted_user-pw_aes128.pdf": "baz",
        "encrypted_user-pw_password-test.pdf": "test", "encrypted_user-pw_rc4-40.pdf": "baz",
        "encrypted_user-pw_real-table.pdf": "userpassword", "encrypted_user-pw_userpass.pdf": "userpass",
    ]

    static var files: [String] {
        guard let samples = TestPaths.samples else { return [] }
        let dir = samples.appendingPathComponent("hostile")
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".pdf") }.sorted()
            .map { dir.appendingPathComponent($0).path }
    }

    @Test("../shared/samples is present (otherwise the sample tests are skipped)")
    func presence() {
        if TestPaths.samples == nil {
            print("skipped: ../shared/samples is absent, so the hostile-file tests did not run")
        }
        #expect(TestPaths.samples == nil || !Self.files.isEmpty)
    }

    /// The scanned files' OCR takes seconds a page on a slow machine, which says nothing
    /// about hostile input (OCR has tests of its own): the text layer is what is timed.
    @Test("ends within 10 s with its documented status", .enabled(if: TestPaths.samples != nil, "../shared/samples is absent"),
        arguments: files)
    func hostile(path: String) throws {
        let name = URL(fileURLWithPath: path).lastPathComponent
        let result = try AgendaPackBinary.run(["text", path, "--no-ocr"], timeLimit: 10)
        #expect(!result.timedOut, "\(name) ran past 10 s")
        #expect(!result.signalled, "\(name) was killed by a signal")
        let want = Self.expected[name] ?? 0
        #expect(result.status == want, "\(name): \(result.stderr)")
        if want != 0 {
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.hasPrefix("agendapack: ") && result.stderr.filter { $0 == "\n" }.count == 1, "\(name): \(result.stderr)")
        }
        if let password = Self.passwords[name] {
            let opened = try AgendaPackBinary.run(["text", path, "--password", password], timeLimit: 10)
            #expect(opened.status == 0, "\(name) with its password: \(opened.stderr)")
            let wrong = try AgendaPackBinary.run(["text", path, "--password", "not-it"], timeLimit: 10)
            #expect(wrong.status == 6, "\(name) with a wrong password")
        }
    }
}
