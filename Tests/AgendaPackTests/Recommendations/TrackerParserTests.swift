@testable import AgendaPack
@testable import Batch
@testable import Contract
@testable import Dates
@testable import LayoutModel
@testable import Parsing
@testable import Recommendations
@testable import Segmentation
@testable import Tables
import Testing


@Suite("TrackerParser")
struct TrackerParserTests {
    /// The Coventry "Outstanding Issues" tracker of 21 July 2016, as the table stage gives it.
    static let outstandingIssues = TableRecord(
        pages: [91], bbox: nil, ruled: true, headerRows: 1,
        rows: [
            ["Meeting Date", "Agenda Item", "Cabinet Member/ Responsible Officer", "Rec', Action or Information", "Recommendations/ Actions", "Officer contact", "Response/ Status"],
            ["10/09/2015", "Adoption Annual Report", "", "I", "Information regarding numbers of older children in long term foster care to be sent to members", "Liz Gosling", "Members updated at matters arising 14/10/15 COMPLETE"],
            ["18 June 2015", "Serious Case Review – Child T", "LSCB", "R", "Recommendations to LSCB re: Housing Providers and functioning boilers", "Cat Parker", "Briefing note sent to the LSCB COMPLETE"],
            ["10 December 2015", "Progress of Recommendations of the Task and Finish Group on Fostering", "", "A", "The SB noted progress of the recommendations of the Task and Finish Group and requested a further update in 6 months on 'Staying Put'", "Gennie Holmes", "Added to the work programme for next Municipal Year COMPLETE"],
        ], cells: [])

    @Test("Coventry tracker: I, R and A rows with COMPLETE")
    func coventry() {
        let records = RecommendationExtractor().records(fromTracker: Self.outstandingIssues)
        #expect(records.map(\.kind) == [.information, .recommendation, .action])
        #expect(records.map(\.status) == ["COMPLETE", "COMPLETE", "COMPLETE"])
        #expect(records.map(\.addressee) == [nil, "LSCB", nil])
        #expect(records[1].text == "Recommendations to LSCB re: Housing Providers and functioning boilers")
        #expect(records.allSatisfy { $0.page == 91 && $0.label == nil && $0.id == "" })
    }

    @Test("A risk register's RAG rating (R, A, G) is not an R/A/I column")
    func ragIsNotRAI() {
        let register = TableRecord(
            pages: [3], bbox: nil, ruled: true, headerRows: 1,
            rows: [
                ["Risk", "Description", "Rating", "Owner"],
                ["R1", "Savings not delivered in full", "R", "Corporate Director Finance"],
                ["R2", "Demand for home to school transport", "A", "Director of Education"],
                ["R3", "Pay award above the budget", "A", "Head of HR"],
                ["R4", "Capital receipts delayed", "G", "Head of Property"],
            ], cells: [])
        #expect(RecommendationExtractor().records(fromTracker: register).isEmpty)
        // Without a header naming the kinds, one kind alone is not evidence either.
        let allR = TableRecord(pages: [3], bbox: nil, ruled: true, headerRows: 1,
            rows: [["Ref", "Item", "Rating"], ["1", "A first thing to watch", "R"], ["2", "A second thing to watch", "R"]], cells: [])
        #expect(RecommendationExtractor().records(fromTracker: allR).isEmpty)
    }

    @Test("Numbered tracker with a Type column: repeated header skipped, a split row joined, a plain status kept")
    func numbered() {
        let table = TableRecord(
            document: "doc-3", agendaItem: "item-7", pages: [4, 5], bbox: nil, ruled: true, headerRows: 1,
            rows: [
                ["No", "Type", "Recommendation / Action", "Lead", "Status"],
                ["1", "R", "Publish the parking review", "Head of Transport", "Ongoing"],
                ["2", "A", "Circulate the survey results to", "Scrutiny Officer", ""],
                ["", "", "all Members", "", "Complete"],
                ["No", "Type", "Recommendation / Action", "Lead", "Status"],
                ["3", "I", "Briefing on bus subsidies", "", "Awaiting response"],
            ], cells: [])
        let records = TrackerParser().parse(table).records
        #expect(records.labels == ["1", "2", "3"])
        #expect(records.map(\.kind) == [.recommendation, .action, .information])
        #expect(records[1].text == "Circulate the survey results to all Members")
        #expect(records.map(\.status) == ["Ongoing", "Complete", "Awaiting response"])
        #expect(records.map(\.addressee) == ["Head of Transport", "Scrutiny Officer", nil])
        #expect(records.allSatisfy { $0.document == "doc-3" && $0.agendaItem == "item-7" && $0.page == 4 })
    }

    @Test("A table without an R/A/I column gives nothing")
    func notATracker() {
        let table = TableRecord(
            pages: [2], bbox: nil, ruled: false, headerRows: 1,
            rows: [["Date", "Title", "Lead"], ["16th June 16", "Recruitment and Retention of Social Work Staff", "John Gregg"]], cells: [])
        let result = TrackerParser().parse(table)
        #expect(result.records.isEmpty)
        #expect(result.diagnostics.map(\.code) == ["tracker-without-type-column"])
    }
}
