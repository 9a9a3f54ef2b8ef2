import Contract
import Foundation
import LayoutModel
import PDFLayout

/// The lines a serving worker (`agendapack _worker --serve`) and the batch coordinator
/// exchange: one job per line on the worker's standard input, one answer per line on its
/// standard output, in order. A worker converts one job at a time and answers it before it
/// reads the next.
public enum WorkerProtocol {
    /// One file to convert: the PDF and the staging file the document is written to.
    public struct Job: Codable, Sendable, Equatable {
        public var input: String
        public var output: String

        public init(input: String, output: String) {
            self.input = input
            self.output = output
        }
    }

    /// What became of a job. Either `facts` (converted; the document is at the job's output),
    /// or `status` and `error`: the exit status and the one line on standard error that a
    /// one-shot worker (`agendapack _worker FILE`) would have ended with. `residentKB` and
    /// `virtualKB` are the worker's sizes after the job, for the coordinator's recycling rule.
    public struct Answer: Codable, Sendable, Equatable {
        public var facts: WorkerFacts?
        public var status: Int32?
        public var error: String?
        public var residentKB: Int
        public var virtualKB: Int

        public init(facts: WorkerFacts? = nil, status: Int32? = nil, error: String? = nil, residentKB: Int, virtualKB: Int) {
            self.facts = facts
            self.status = status
            self.error = error
            self.residentKB = residentKB
            self.virtualKB = virtualKB
        }

        package enum CodingKeys: String, CodingKey {
            case facts, status, error, residentKB = "resident_kb", virtualKB = "virtual_kb"
        }
    }

    /// `value` as one JSON line (sorted keys, a newline at the end).
    public static func line<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }

    /// This process's virtual and resident sizes in KiB, from /proc/self/statm (zeros where
    /// there is none).
    public static func sizes() -> (virtualKB: Int, residentKB: Int) {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return (0, 0) }
        let fields = text.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard fields.count >= 2 else { return (0, 0) }
        let pageKB = Int(sysconf(Int32(_SC_PAGESIZE))) / 1024
        return (fields[0] * pageKB, fields[1] * pageKB)
    }
}
