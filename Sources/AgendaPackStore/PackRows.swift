/// The parts of a pack document the store keeps, decoded from the JSON output with
/// snake_case keys. Every field the contract may leave out is optional, so an output from
/// another tool version still loads.
struct PackRows: Decodable {
    struct Source: Decodable {
        var file: String?
        var sha256: String?
        var bytes: Int?
        var pageCount: Int?
        var pdfVersion: String?
        var producer: String?
        var title: String?
    }
    struct Meeting: Decodable {
        var authority: String?
        var body: String?
        var date: String?
        var startTime: String?
        var venue: String?
    }
    struct Span: Decodable {
        var first: Int?
        var last: Int?
    }
    struct Document: Decodable {
        var id: String
        var kind: String
        var title: String?
        var to: String?
        var from: String?
        var subject: String?
        var date: String?
        var agendaItem: String?
        var firstPage: Int?
        var lastPage: Int?
        var authors: [String]?
    }
    struct AgendaItem: Decodable {
        var id: String
        var number: String?
        var parent: String?
        var title: String
        var description: String?
        var business: String?
        var printedPages: Span?
        var pages: Span?
        var page: Int?
    }
    struct Votes: Decodable {
        var `for`: Int?
        var against: Int?
        var abstentions: Int?
    }
    struct Recommendation: Decodable {
        var id: String
        var kind: String
        var label: String?
        var text: String
        var leadIn: String?
        var addressee: String?
        var status: String?
        var outcome: String?
        var votes: Votes?
        var decidedBy: String?
        var date: String?
        var document: String?
        var agendaItem: String?
        var page: Int?
    }
    struct Cell: Decodable {
        var row: Int
        var col: Int
        var rowSpan: Int?
        var colSpan: Int?
        var text: String
        var header: Bool?
    }
    struct Table: Decodable {
        var id: String
        var title: String?
        var document: String?
        var agendaItem: String?
        var pages: [Int]?
        var page: Int?
        var ruled: Bool?
        var nRows: Int?
        var nCols: Int?
        var headerRows: Int?
        var rows: [[String]]?
        var cells: [Cell]?
    }
    struct DateRow: Decodable {
        var id: String
        var text: String
        var value: String
        var end: String?
        var precision: String?
        var time: String?
        var ambiguous: Bool?
        var page: Int?
        var document: String?
    }

    var schemaVersion: String?
    var source: Source
    var meeting: Meeting?
    var documents: [Document]?
    var agendaItems: [AgendaItem]?
    var recommendations: [Recommendation]?
    var tables: [Table]?
    var dates: [DateRow]?
}
