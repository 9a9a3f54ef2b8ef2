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


@Suite("RecommendationExtractor")
struct RecommendationExtractorTests {
    @Test("An item of a Recommendations section is not reported again by the inline parser")
    func noDoubleCounting() {
        let fixture = LineFixture {
            $0.line("2. Recommendations", bold: true)
            $0.line("2.1 Recommendation: That the Board adopts the revised safeguarding procedures.")
            $0.line("2.2 Recommendation: That the Board receives a progress report in six months.")
            $0.line("3. Background", bold: true)
        }
        let records = RecommendationExtractor().extract(lines: fixture.lines, documentKind: "report").records
        #expect(records.labels == ["2.1", "2.2"])
        #expect(records.count == 2)
    }

    @Test("A pack's parts come back in reading order, each kind from its own parser")
    func readingOrder() {
        let fixture = LineFixture {
            $0.line("RESOLVED that the minutes of the meeting held on 16 June 2016 be agreed.")
            $0.gap()
            $0.line("2 Recommendations", bold: true)
            $0.line("2.1 Members are recommended to:")
            $0.line("1) Note the attached template and examples from 2015-16", x: 108)
            $0.line("3 Information/Background", bold: true)
            $0.newPage()
            $0.line("Recommendation: The Board to co-ordinate a task and finish group to consider the longer")
            $0.line("term needs of those children and young people who have experienced abuse.")
            $0.newPage()
            $0.line("RECOMMENDED ACTION: Receive and file the report.")
        }
        let (records, diagnostics) = RecommendationExtractor().extract(lines: fixture.lines, documentKind: nil)
        #expect(records.map(\.kind) == [.resolution, .recommendation, .recommendation, .recommendation])
        #expect(records.map(\.page) == [1, 1, 2, 3])
        #expect(records.first?.outcome == .agreed)
        #expect(records.allSatisfy { $0.id == "" && $0.document == nil && $0.agendaItem == nil && $0.bbox != nil })
        #expect(diagnostics.isEmpty)
    }

    @Test("Empty input gives nothing")
    func empty() {
        let result = RecommendationExtractor().extract(lines: [], documentKind: nil)
        #expect(result.records.isEmpty && result.diagnostics.isEmpty)
    }
}

@Suite("US staff-report recommendations")
struct StaffRecommendationTests {
    @Test("a singular RECOMMENDATION over lettered entries on the next page is one record with its parts")
    func leadInOverLetteredParts() throws {
        let fixture = LineFixture {
            $0.line("RECOMMENDATION: It is recommended that the City Council:", x: 99)
            $0.newPage()
            $0.line("A. Authorize the City Manager to issue purchase orders for the vehicles; and", x: 110)
            $0.line("B. Appropriate $145,000.00 from the Equipment Replacement Fund.", x: 110)
        }
        let records = RecommendationExtractor().extract(lines: fixture.lines, documentKind: "other").records
        #expect(records.count == 1)
        let record = try #require(records.first)
        #expect(record.parts?.map(\.label) == ["A.", "B."])
        #expect(record.text.hasPrefix("It is recommended that the City Council:"))
    }

    @Test("a sentence wrapped before a number goes on: '… amending Chapter' / '9.18 of the Code.'")
    func wrappedBeforeNumber() throws {
        let fixture = LineFixture {
            $0.line("RECOMMENDATION: Waive full reading and adopt Ordinance No. 702 amending Chapter", x: 99)
            $0.line("9.18 of the Municipal Code.", x: 99)
        }
        let records = RecommendationExtractor().extract(lines: fixture.lines, documentKind: "other").records
        #expect(records.map(\.text) == ["Waive full reading and adopt Ordinance No. 702 amending Chapter 9.18 of the Municipal Code"])
    }
}
