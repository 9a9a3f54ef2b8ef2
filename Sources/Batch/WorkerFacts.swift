import Contract
import LayoutModel
import PDFLayout

/// What a worker prints on standard output after converting one file: one JSON line.
public struct WorkerFacts: Sendable, Codable, Equatable {
    public var pages: Int
    public var documents: Int
    public var agendaItems: Int
    public var recommendations: Int
    public var tables: Int
    public var dates: Int

    public init(pack: PackDocument) {
        pages = pack.source.pageCount
        documents = pack.documents.count
        agendaItems = pack.agendaItems.count
        recommendations = pack.recommendations.count
        tables = pack.tables.count
        dates = pack.dates.count
    }

    package enum CodingKeys: String, CodingKey {
        case pages, documents, agendaItems = "agenda_items", recommendations, tables, dates
    }
}

/// Names of the signals a worker can die of, for failure reasons.
public enum SignalName {
    public static func of(_ signal: Int32) -> String {
        let names: [Int32: String] = [
            1: "SIGHUP", 2: "SIGINT", 3: "SIGQUIT", 4: "SIGILL", 5: "SIGTRAP", 6: "SIGABRT", 7: "SIGBUS", 8: "SIGFPE",
            9: "SIGKILL", 11: "SIGSEGV", 13: "SIGPIPE", 14: "SIGALRM", 15: "SIGTERM", 24: "SIGXCPU", 25: "SIGXFSZ",
        ]
        return names[signal] ?? "signal \(signal)"
    }

    /// The number of a signal named `SIGSEGV` or `SEGV`.
    public static func number(_ name: String) -> Int32? {
        let wanted = name.uppercased().hasPrefix("SIG") ? name.uppercased() : "SIG" + name.uppercased()
        return (1...31).first { of(Int32($0)) == wanted }.map(Int32.init)
    }
}
