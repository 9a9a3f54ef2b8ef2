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


@Suite("InlineRecommendationParser")
struct InlineRecommendationParserTests {
    func parse(_ fixture: LineFixture) -> [RecommendationRecord] {
        InlineRecommendationParser().parse(fixture.lines).found.map(\.record)
    }

    @Test("SCR body, section 4.2: the paragraph announcing it is not one, the 'Recommendation:' after it is")
    func adoptionBreakdown() {
        let fixture = LineFixture {
            $0.line("4.2.18.\tGiven the significance of adoption breakdown that has been highlighted in this")
            $0.line("Review, a recommendation has been made to the Board as follows:", x: 108)
            $0.gap()
            $0.line("Recommendation:\tThe Board to ensure that learning from this SCR regarding the", x: 108)
            $0.line("vulnerabilities following adoption breakdown are shared with relevant professionals", x: 108)
            $0.line("and the implications for pre and post adoption support in Coventry considered.", x: 108)
            $0.gap()
            $0.line("Looking beyond the behaviour: recognising CSE", bold: true)
        }
        let records = parse(fixture)
        #expect(records.count == 1)
        #expect(records.first?.text == "The Board to ensure that learning from this SCR regarding the vulnerabilities following adoption breakdown are shared with relevant professionals and the implications for pre and post adoption support in Coventry considered.")
        #expect(records.first?.label == nil)
        #expect(records.first?.addressee == "The Board")
        #expect(records.first?.page == 1)
    }

    @Test("SCR body, sections 4.4 and 4.5: two more inline recommendations, one running onto the next page")
    func moreInline() {
        let fixture = LineFixture {
            $0.line("4.4.7. Although none of the children had reached the age of 18 by the end of the period")
            $0.line("under review, this would have been a point when access to support would have ended.", x: 108)
            $0.gap()
            $0.line("Recommendation: The LSCB share this SCR with the Adult Safeguarding Board and review", x: 108)
            $0.line("options for joint working or commissioning of services for the victims of CSE.", x: 108)
            $0.gap()
            $0.line("4.5.12. To summarise, the strongest themes emerging from this analysis are in relation")
            $0.gap()
            $0.line("Recommendation: That the LSCB and partners consider how to promote and develop a", x: 108)
            $0.line("relationship based model of working with older children who present as vulnerable", x: 108)
            $0.newPage()
            $0.line("and at risk.", x: 108)
        }
        let records = parse(fixture)
        #expect(records.texts == [
            "The LSCB share this SCR with the Adult Safeguarding Board and review options for joint working or commissioning of services for the victims of CSE.",
            "That the LSCB and partners consider how to promote and develop a relationship based model of working with older children who present as vulnerable and at risk.",
        ])
        #expect(records.map(\.addressee) == ["The LSCB", "the LSCB and partners"])
        #expect(records.map(\.page) == [1, 1])
    }

    @Test("SCR closing list '7.1. Recommendation: ...': six records, decimal labels without their closing stop")
    func closingList() {
        let fixture = LineFixture {
            $0.line("7. RECOMMENDATIONS FOR THE BOARD", bold: true)
            $0.gap()
            $0.line("7.1.\tRecommendation: The LSCB to ensure that assessing the impact of Coventry's CSE")
            $0.line("strategy on outcomes for children is identified as a priority including giving", x: 108)
            $0.line("consideration to the option of commissioning a research led project to identify the", x: 108)
            $0.line("outcomes.", x: 108)
            $0.line("7.2.\tRecommendation:\tThat the LSCB and partners consider how to promote and develop")
            $0.line("a relationship based model of working with children who present as vulnerable and at risk.", x: 108)
            $0.line("7.3. Recommendation: The Board to co-ordinate a task and finish group to consider the")
            $0.line("longer term needs of those children and young people who have experienced abuse and", x: 108)
            $0.line("how these can be met within Coventry.", x: 108)
            $0.line("7.4.\tRecommendation: The LSCB share this SCR with the Adult Safeguarding Board and")
            $0.line("review options for joint working or commissioning of services for the victims of CSE.", x: 108)
            $0.newPage()
            $0.line("7.5.\tRecommendation: The Board to ensure that learning from this SCR regarding the")
            $0.line("vulnerabilities following adoption breakdown are shared with relevant professionals in", x: 108)
            $0.line("order for the implications for post adoption support in Coventry to be considered.", x: 108)
            $0.line("7.6.\tRecommendation: This SCR to be shared with YMCA England in order for the lessons")
            $0.line("to be considered within the wider organisation, including access to safeguarding", x: 108)
            $0.line("support for members of the Federation.", x: 108)
            $0.gap()
            $0.line("REFERENCES", bold: true)
        }
        let records = parse(fixture)
        #expect(records.labels == ["7.1", "7.2", "7.3", "7.4", "7.5", "7.6"])
        #expect(records.map(\.page) == [1, 1, 1, 1, 2, 2])
        #expect(records.map(\.addressee) == ["The LSCB", "the LSCB and partners", "The Board", "The LSCB", "The Board", nil])
        #expect(records[0].text == "The LSCB to ensure that assessing the impact of Coventry's CSE strategy on outcomes for children is identified as a priority including giving consideration to the option of commissioning a research led project to identify the outcomes.")
        #expect(records[5].text == "This SCR to be shared with YMCA England in order for the lessons to be considered within the wider organisation, including access to safeguarding support for members of the Federation.")
        #expect(records.allSatisfy { $0.kind == .recommendation && $0.leadIn == nil })
    }

    @Test("SCR body, sections 4.3 and 5.2: a passive recommendation names no addressee")
    func passive() {
        let fixture = LineFixture {
            $0.line("4.3.20. The YMCA project in Coventry is part of the national YMCA Federation but is not")
            $0.line("directly managed by YMCA England.", x: 108)
            $0.gap()
            $0.line("Recommendation: This SCR to be shared with YMCA England in order for the lessons to", x: 108)
            $0.line("be considered within the wider organisation, including access to safeguarding", x: 108)
            $0.line("support for members of the Federation.", x: 108)
            $0.gap()
            $0.line("5.2.11. Whilst this Review has not been in a position to comment in detail on the approach")
            $0.gap()
            $0.line("Recommendation: The Board to co-ordinate a task and finish group to consider the", x: 108)
            $0.line("longer term needs of those children and young people who have experienced abuse", x: 108)
            $0.line("and how these can be met within Coventry.", x: 108)
        }
        let records = parse(fixture)
        #expect(records.count == 2)
        #expect(records.map(\.addressee) == [nil, "The Board"])
        #expect(records.last?.text == "The Board to co-ordinate a task and finish group to consider the longer term needs of those children and young people who have experienced abuse and how these can be met within Coventry.")
    }

    @Test("A numbered recommendation keeps its own number when the paragraph has none")
    func ownNumber() {
        let fixture = LineFixture { $0.line("Recommendation 3: The Trust to publish its discharge protocol.") }
        #expect(parse(fixture).first?.label == "3")
    }

    @Test("Paragraphs that merely mention recommendations", arguments: [
        "4.2.18. Given the significance of adoption breakdown that has been highlighted in this Review, a recommendation has been made to the Board as follows:",
        "3.4 Recommendations that are multi-agency are the responsibility of the LSCB, and an action plan to address these recommendations is currently being progressed.",
        "Members discussed with officers whether there could be useful recommendations resulting from focussing on these issues.",
        "6.3. Any number of detailed recommendations could be made for consideration as part of the current CSE strategy.",
        "Full review has been undertaken by Indigo Recommendations from the report being implemented",
        "1. Recommendation for approval of the minutes of the December 13, 2021,",
        "The SB noted progress of the recommendations of the Task and Finish Group and requested a further update",
        "So, where one of the PAC’s first recommendations is for the Department to:",
        "Recommendation:",
    ])
    func nearMiss(text: String) {
        let fixture = LineFixture { $0.line(text) }
        #expect(RecommendationExtractor().extract(lines: fixture.lines, documentKind: "report").records.isEmpty)
    }
}
