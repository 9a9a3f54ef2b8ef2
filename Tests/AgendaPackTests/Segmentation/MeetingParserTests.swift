@testable import AgendaPack
import AgendaPackTestSupport
@testable import Batch
@testable import Contract
@testable import Dates
@testable import LayoutModel
@testable import Parsing
@testable import Recommendations
@testable import Segmentation
@testable import Tables
import Testing


@Suite("MeetingParser")
struct MeetingParserTests {
    static let uk = DateContext(convention: .dayFirst)

    @Test("a ModernGov front sheet: Time and Date, Place, the body as the largest heading")
    func frontSheet() throws {
        let sheet = [
            Line("Coventry City Council", x: 56, y: 60, size: 14, bold: true),
            Line("Education and Children's Services Scrutiny Board (2)", x: 56, y: 90, size: 20, bold: true),
            Line("Time and Date", x: 56, y: 125, size: 12, bold: true),
            Line("2.00 pm on Thursday, 21st July, 2016", x: 56, y: 148, size: 12),
            Line("Place", x: 56, y: 171, size: 12, bold: true),
            Line("Committee Rooms 2 and 3 - Council House", x: 56, y: 194, size: 12),
        ]
        let meeting = try #require(MeetingParser().parse(sheet, context: Self.uk))
        #expect(meeting.authority == "Coventry City Council")
        #expect(meeting.body == "Education and Children's Services Scrutiny Board (2)")
        #expect(meeting.date == "2016-07-21")
        #expect(meeting.startTime == "14:00")
        #expect(meeting.venue == "Committee Rooms 2 and 3 - Council House")
    }

    @Test("a summons: A meeting of the County Council will be held in ... on ... at ...")
    func summons() throws {
        let sheet = [
            Line("A meeting of the County Council will be held in the Council Chamber, County Hall,", x: 56, y: 300),
            Line("Maidstone, Kent, ME14 1XQ on Thursday, 13th February, 2025 at 9.30 am to deal with the", x: 56, y: 314),
            Line("following business.", x: 56, y: 328),
        ]
        let meeting = try #require(MeetingParser().parse(sheet, context: Self.uk))
        #expect(meeting.body == "County Council")
        #expect(meeting.date == "2025-02-13")
        #expect(meeting.startTime == "09:30")
        #expect(meeting.venue == "Council Chamber, County Hall, Maidstone, Kent, ME14 1XQ")
    }

    @Test("a town council's summons: Members of the X Committee are summoned to attend a meeting of the Committee in VENUE on DATE at TIME")
    func townCouncilSummons() throws {
        let sheet = [
            Line("TARNBRIDGE TOWN COUNCIL", x: 56, y: 56, size: 15, bold: true),
            Line("Members of the Finance and General Purposes Committee are summoned to attend a meeting of", x: 56, y: 105),
            Line("the Committee in the Council Chamber, Town Hall, Bridge Street, Tarnbridge on Tuesday 4 March", x: 56, y: 119),
            Line("2025 at 7.00 pm to transact the business below.", x: 56, y: 133),
            Line("Diane Calloway, Town Clerk", x: 56, y: 191),
            Line("25 February 2025", x: 56, y: 205),
        ]
        let meeting = try #require(MeetingParser().parse(sheet, context: Self.uk))
        #expect(meeting.body == "Finance and General Purposes Committee")
        #expect(meeting.date == "2025-03-04")
        #expect(meeting.startTime == "19:00")
        #expect(meeting.venue == "Council Chamber, Town Hall, Bridge Street, Tarnbridge")
        let parish = [Line("You are hereby summoned to attend a meeting of Lowfield Parish Council to be held at the Village Hall,", x: 56, y: 100),
                      Line("Church Lane on Monday 10 March 2025 at 7.30 pm.", x: 56, y: 114)]
        let m = try #require(MeetingParser().parse(parish, context: Self.uk))
        #expect(m.date == "2025-03-10")
        #expect(m.venue == "Village Hall, Church Lane")
    }

    @Test("a minutes heading: Minutes of the Meeting of X held at 3.30 pm on Thursday, 16 June 2016")
    func minutes() throws {
        let sheet = [
            Line("Coventry City Council", x: 56, y: 60, size: 12, bold: true),
            Line("Minutes of the Meeting of Education and Children's Services Scrutiny Board (2)", x: 56, y: 80, size: 12, bold: true),
            Line("held at 3.30 pm on Thursday, 16 June 2016", x: 56, y: 94, size: 12, bold: true),
        ]
        let meeting = try #require(MeetingParser().parse(sheet, context: Self.uk))
        #expect(meeting.body == "Education and Children's Services Scrutiny Board (2)")
        #expect(meeting.date == "2016-06-16")
        #expect(meeting.startTime == "15:30")
        #expect(meeting.venue == nil)
        #expect(meeting.authority == "Coventry City Council")
    }

    @Test("Kent printed minutes: MINUTES of a meeting of the Cabinet held in VENUE on DATE")
    func kentMinutes() throws {
        let sheet = [
            Line("KENT COUNTY COUNCIL", x: 224, y: 57, size: 12, bold: true),
            Line("CABINET", x: 263, y: 95, size: 15, bold: true),
            Line("MINUTES of a meeting of the Cabinet held in the Council Chamber, Sessions", x: 71, y: 127, size: 12),
            Line("House, County Hall, Maidstone on Thursday, 30 January 2025.", x: 71, y: 141, size: 12),
        ]
        let meeting = try #require(MeetingParser().parse(sheet, context: Self.uk))
        #expect(meeting.body == "Cabinet")
        #expect(meeting.date == "2025-01-30")
        #expect(meeting.venue == "Council Chamber, Sessions House, County Hall, Maidstone")
        #expect(meeting.authority == "Kent County Council")
    }

    @Test("a US title block: the date printed largest, the time below it, AGENDA is not the body")
    func usAgenda() throws {
        let sheet = [
            Line("CITY OF RIVERTON", x: 228, y: 72, size: 16, bold: true),
            Line("CITY COUNCIL REGULAR MEETING AGENDA", x: 149, y: 100, size: 14, bold: true),
            Line("Tuesday, November 15, 2022 - 6:00 p.m.", x: 207, y: 125, size: 12),
            Line("Copies of staff reports are available at City Hall on 11/10/2022.", x: 72, y: 203, size: 12),
        ]
        let meeting = try #require(MeetingParser().parse(sheet, context: DateContext(convention: .monthFirst)))
        #expect(meeting.body == "CITY COUNCIL")
        #expect(meeting.date == "2022-11-15")
        #expect(meeting.startTime == "18:00")
        #expect(meeting.authority == "City of Riverton")
    }

    @Test("a letter's Date: at the right is not the meeting date; the heading is")
    func coveringLetter() throws {
        let sheet = [
            Line("Date:\t27 January 2025", x: 392, y: 321, size: 9),
            Line("Dear Member", x: 57, y: 355, size: 11),
            Line("CABINET - THURSDAY, 30 JANUARY 2025", x: 57, y: 381, size: 11, bold: true),
        ]
        let meeting = try #require(MeetingParser().parse(sheet, context: Self.uk))
        #expect(meeting.date == "2025-01-30")
        #expect(meeting.body == "CABINET")
    }

    @Test("'Dated this 28th day of October' is not a Date label")
    func datedIsNotALabel() throws {
        let sheet = [
            Line("A G E N D A", x: 265, y: 140, size: 14, bold: true),
            Line("TUESDAY, November 1, 2022", x: 209, y: 156, size: 14, bold: true),
            Line("7:00 P.M.", x: 275, y: 172, size: 14, bold: true),
            Line("Dated this 28th day of October 2022.", x: 54, y: 506, size: 12),
        ]
        let meeting = try #require(MeetingParser().parse(sheet, context: DateContext(convention: .monthFirst)))
        #expect(meeting.date == "2022-11-01")
        #expect(meeting.startTime == "19:00")
    }

    @Test("authorities", arguments: [
        ("Coventry City Council", "Coventry City Council"), ("KENT COUNTY COUNCIL", "KENT COUNTY COUNCIL"),
        ("London Borough of Hackney", "London Borough of Hackney"), ("Isle of Wight Council", "Isle of Wight Council"),
        ("Minutes of the County Council", nil), ("email democratic.services@kent.gov.uk", nil),
        // A special-purpose board named for its county or city is its own authority; a board
        // that governs the county ("Board of Supervisors") is not, nor is an unnamed board.
        ("CUYAHOGA COUNTY BOARD OF HEALTH", "CUYAHOGA COUNTY BOARD OF HEALTH"),
        ("Marion County Board of Education regular meeting", "Marion County Board of Education"),
        ("Lake County Board of Supervisors", nil), ("the County Board of Health", nil),
        // A city's own department or authority is named after the city; its whole name is
        // the authority. A phrase that only mentions the city is not.
        ("DEPARTMENT OF WATER AND POWER OF THE CITY OF LOS ANGELES", "DEPARTMENT OF WATER AND POWER OF THE CITY OF LOS ANGELES"),
        ("Housing Authority of the City of Norwalk", "Housing Authority of the City of Norwalk"),
        ("Minutes of the meeting of the City of Alameda", "City of Alameda"),
        ("a report of the City of Gardena", "City of Gardena"),
        ("PLANNING COMMISSION OF THE CITY OF GARDENA", "CITY OF GARDENA"),
    ])
    func authorities(text: String, want: String?) {
        #expect(MeetingParser().authority(in: [text]) == want)
    }
}

@Suite("MeetingParser body names")
struct MeetingBodyTests {
    func body(_ rows: [(x: Double, text: String)], bold: Set<Int> = [], sizes: [Int: Double] = [:]) -> String? {
        let ls = rows.enumerated().map { i, row in
            Line(row.text, page: 1, x: row.x, y: 80 + Double(i) * 16, size: sizes[i] ?? 11, bold: bold.contains(i))
        }
        return MeetingParser().parse(ls, context: DateContext())?.body
    }

    @Test("the body named in a minutes heading, without the words of the meeting")
    func minutesHeading() {
        #expect(body([(137, "MINUTES OF THE OPEN GOVERNMENT COMMISSION MEETING"), (179, "MONDAY - - - SEPTEMBER 19, 2022 - - - 7:00 P.M.")]) == "OPEN GOVERNMENT COMMISSION")
        #expect(body([(200, "MINUTES OF THE REGULAR MEETING"), (280, "OF THE"), (190, "PENSION BOARD OF THE CITY OF ALAMEDA"), (200, "HELD 4:30 P.M., OCTOBER 29, 2018")]) == "PENSION BOARD")
    }

    @Test("a board named by its members, over two heading lines")
    func boardOf() {
        #expect(body([(171, "BOARD OF WATER AND POWER"), (171, "COMMISSIONERS"), (174, "REGULAR MEETING AGENDA"), (132, "Tuesday, January 25, 2022, at 10:00 A.M.")],
                     bold: [0, 1, 2], sizes: [0: 16, 1: 16, 2: 18]) == "BOARD OF WATER AND POWER COMMISSIONERS")
    }

    @Test("French bodies: conseil municipal, comité de …")
    func french() {
        #expect(body([(227, "COMITÉ DE DÉMOLITION"), (259, "PROCÈS-VERBAL"), (125, "Séance publique tenue le 20 juin 2023, à 16h00")], bold: [0, 1, 2]) == "COMITÉ DE DÉMOLITION")
        #expect(body([(210, "PROCES VERBAL DU CONSEIL MUNICIPAL"), (204, "DE LA COMMUNE DE PREUILLY"), (254, "Séance du 23 juillet 2020")], bold: [0, 1, 2])?.lowercased() == "conseil municipal")
    }

    @Test("a place's council names the authority and the body is the council")
    func councilOfPlace() {
        #expect(body([(280, "AGENDA"), (247, "REGULAR MEETING"), (238, "LOMITA CITY COUNCIL"), (218, "TUESDAY, DECEMBER 6, 2022")], bold: [0, 1, 2, 3]) == "CITY COUNCIL")
    }
}

@Suite("MeetingParser dates from the heading")
struct MeetingHeadingDateTests {
    func meeting(_ rows: [String], bold: Set<Int> = []) -> Meeting? {
        let ls = rows.enumerated().map { i, text in Line(text, page: 1, x: 70, y: 80 + Double(i) * 16, size: 11, bold: bold.contains(i)) }
        return MeetingParser().parse(ls, context: DateContext(convention: .dayFirst, language: .french))
    }

    @Test("a heading date printed without its year takes the year the paper prints, not a date further down")
    func yearlessHeading() {
        let m = meeting([
            "COMITÉ DE DÉMOLITION", "PROCÈS-VERBAL", "Séance publique tenue le 20 juin, à 16h00 à la salle du conseil",
            "Présences", "Membres :", "1. Ouverture de la séance", "La séance est ouverte à 16h00.",
            "2. Adoption de l’ordre du jour", "L’ordre du jour est adopté.", "3. Période de question du public", "Aucune question.",
            "ATTENDU QU’aucune opposition n’a été reçue à la suite de l’avis public du 7 juin 2023;",
        ], bold: [0, 1, 2])
        #expect(m?.date == "2023-06-20")
        #expect(m?.startTime == "16:00")
    }

    @Test("'Date de convocation :' dates the notice, not the meeting")
    func convocationDate() {
        let m = meeting(["Réunion du Conseil Municipal", "du 12 juillet 2023", "Le douze juillet deux mil vingt-trois, à 20 heures, les membres se sont réunis.",
                         "Date de convocation : 06 juillet 2023"], bold: [0, 1])
        #expect(m?.date == "2023-07-12")
    }
}

@Suite("MeetingParser authority names")
struct MeetingAuthorityTests {
    @Test("a place's council in capitals is the City of that place; names in capitals in title case", arguments: [
        ("LA HABRA HEIGHTS CITY COUNCIL", "City of La Habra Heights"),
        ("San Diego City Council", "City of San Diego"),
        ("CITY OF ALAMEDA", "City of Alameda"),
        ("Kent County Council", "Kent County Council"),
    ])
    func names(printed: String, name: String) {
        #expect(MeetingParser.authorityName(printed, usCity: true) == name)
    }

    @Test("French municipalities; an agenda entry's authority is not the meeting's")
    func frenchAndEntries() {
        let p = MeetingParser()
        #expect(p.authority(in: ["réunis à la mairie de la commune de Coulon sous la présidence de Madame"]) == "commune de Coulon")
        // A French place name joins its words with hyphens, but not after a leading article.
        #expect(p.authority(in: ["DE LA COMMUNE DE PREUILLY SUR CLAISE"]) == "COMMUNE DE PREUILLY-SUR-CLAISE")
        #expect(p.authority(in: ["Séance du conseil de la Ville de Sainte Adèle"]) == "Ville de Sainte-Adèle")
        #expect(p.authority(in: ["Ville de La Tuque"]) == "Ville de La Tuque")
        #expect(p.authority(in: ["Ville de La Malbaie Sur Mer"]) == "Ville de La Malbaie-Sur-Mer")
        let ls = [
            Line("CUYAHOGA COUNTY BOARD OF HEALTH", x: 180, y: 70, size: 12, bold: true),
            Line("AGENDA – April 24, 2019", x: 230, y: 100, size: 12, bold: true),
            Line("1. Call to Order.", x: 75, y: 130, size: 12),
            Line("2. Accept the grant to promote walking and biking in the", x: 75, y: 160, size: 12),
            Line("Maple Heights School District from May 1, 2019.", x: 93, y: 174, size: 12),
        ]
        // The board named in the heading is the authority, never the school district an
        // entry names.
        let meeting = p.parse(ls, context: DateContext(convention: .monthFirst))
        #expect(meeting?.authority == "Cuyahoga County Board of Health")
        #expect(meeting?.body == "BOARD OF HEALTH")
    }
}

@Suite("MeetingParser authority on UK papers")
struct MeetingAuthorityUKTests {
    @Test("a UK city council keeps its own name")
    func ukCityCouncil() {
        #expect(MeetingParser.authorityName("COVENTRY CITY COUNCIL", usCity: false) == "Coventry City Council")
    }
}

@Suite("MeetingParser form labels")
struct MeetingFormLabelTests {
    @Test("a joined label with an empty value takes no heading for its value")
    func emptyFormField() {
        let ls = ["City of Chicago", "NOTICE AND AGENDA OF DISTRICT COUNCIL MEETING", "Date/Time:", "Location/Address:", "MEETING AGENDA", "1. Roll Call", "2. Public comment"]
            .enumerated().map { i, t in Line(t, x: 100, y: 70 + Double(i) * 16, size: 11, bold: i < 2) }
        let m = MeetingParser().parse(ls, context: DateContext(convention: .monthFirst))
        #expect(m?.venue == nil)
        let filled = ["AGENDA", "Location/Address: Council Chamber, 337 E Randolph St", "Date/Time: June 6, 2023, 5:30 pm"]
            .enumerated().map { i, t in Line(t, x: 100, y: 70 + Double(i) * 16, size: 11) }
        let f = MeetingParser().parse(filled, context: DateContext(convention: .monthFirst))
        #expect(f?.venue == "Council Chamber, 337 E Randolph St")
        #expect(f?.date == "2023-06-06" && f?.startTime == "17:30")
    }

    @Test("a filled-in date field without its year takes the year the paper prints, not another full date")
    func yearlessField() {
        let ls = ["AGENDA OF DISTRICT COUNCIL MEETING", "Date/Time: June 6, 530pm", "Location/Address: Council Chamber",
                  "1. Roll Call", "2. Approval of minutes from meeting date: May 9, 2023", "3. Adjournment"]
            .enumerated().map { i, t in Line(t, x: 100, y: 70 + Double(i) * 16, size: 11) }
        let m = MeetingParser().parse(ls, context: DateContext(convention: .monthFirst))
        #expect(m?.date == "2023-06-06")
        #expect(m?.startTime == "17:30")
        // With no year anywhere on the paper, the field gives no date rather than a guess.
        let bare = ["AGENDA OF DISTRICT COUNCIL MEETING", "Date/Time: June 6, 530pm", "1. Roll Call", "2. Adjournment"]
            .enumerated().map { i, t in Line(t, x: 100, y: 70 + Double(i) * 16, size: 11) }
        #expect(MeetingParser().parse(bare, context: DateContext(convention: .monthFirst))?.date == nil)
    }
}

@Suite("MeetingParser minutes headings")
struct MeetingMinutesHeadingTests {
    @Test("the meeting is the one the heading names, not the earlier meeting whose minutes a resolution adopts")
    func earlierMeetingInResolution() {
        let rows: [(String, Bool)] = [
            ("THE CORPORATION OF THE TOWNSHIP OF MAPLE BEND", true), ("REGULAR COUNCIL MEETING MINUTES", true),
            ("Tuesday, June 17, 2025 at 6:00 p.m.", false), ("Council Chambers, 12 Mill Road, Maple Bend, Ontario", false),
            ("1. Call to Order", true), ("4. Adoption of Minutes", true), ("R2025-189", true),
            ("That the minutes of the regular meeting of Council held on June 3, 2025 be adopted as circulated.", false),
        ]
        let ls = rows.enumerated().map { i, r in Line(r.0, x: 72, y: 70 + Double(i) * 15, size: 11, bold: r.1) }
        let m = MeetingParser().parse(ls, context: DateContext(convention: .monthFirst))
        #expect(m?.date == "2025-06-17" && m?.startTime == "18:00")
        #expect(m?.authority == "Township of Maple Bend")
        #expect(m?.body?.lowercased() == "council")
        #expect(m?.venue == "Council Chambers, 12 Mill Road, Maple Bend, Ontario")
    }

    @Test("French minutes: where the council met")
    func frenchVenue() {
        let ls = ["COMMUNE DE SAINT-MARTIN-SUR-LOIRE", "PROCÈS-VERBAL DU CONSEIL MUNICIPAL", "Séance du 12 mars 2024",
                  "Le 12 mars 2024 à 20 h 30, le Conseil Municipal, légalement convoqué, s'est réuni en séance publique à la mairie, salle du Conseil, sous la présidence de Madame la Maire."]
            .enumerated().map { i, t in Line(t, x: 62, y: 60 + Double(i) * 15, size: 11.5, bold: i < 3) }
        let m = MeetingParser().parse(ls, context: DateContext(convention: .dayFirst, language: .french))
        #expect(m?.venue == "mairie, salle du Conseil")
        #expect(m?.authority == "Commune de Saint-Martin-sur-Loire")
    }

    @Test("a Quebec ordre du jour: the sitting it convenes names the body, date, time and, on the centred line below, the place")
    func frenchConvocation() throws {
        let ls = [
            Line("MUNICIPALITÉ DE SAINT-ANSELME-DU-LAC", x: 150, y: 60, size: 15, bold: true),
            Line("ORDRE DU JOUR", x: 250, y: 84, size: 14, bold: true),
            Line("Séance ordinaire du conseil municipal qui se tiendra le lundi 5 février 2024 à 19 h 30", x: 105, y: 110, size: 11),
            Line("à la salle du conseil, 8, rue Principale, Saint-Anselme-du-Lac", x: 160, y: 124, size: 11),
            Line("1.\tOuverture de la séance", x: 57, y: 160, size: 11, bold: true),
            Line("2.\tAdoption de l'ordre du jour", x: 57, y: 180, size: 11, bold: true),
        ]
        let m = try #require(MeetingParser().parse(ls, context: DateContext(convention: .dayFirst, language: .french)))
        #expect(m.body == "Conseil municipal")
        #expect(m.date == "2024-02-05")
        #expect(m.startTime == "19:30")
        #expect(m.venue == "salle du conseil, 8, rue Principale, Saint-Anselme-du-Lac")
        #expect(m.authority == "Municipalité de Saint-Anselme-du-Lac")
    }
}

@Suite("MeetingParser: the authority pattern run only on text with one of its words")
struct AuthorityGuardTests {
    @Test("Every alternative of the authority pattern holds one of the guard's words")
    func everyAlternative() {
        let texts = ["Royal Borough of Kingston", "CITY AND COUNTY OF Denver", "City of Gardena", "County of Alameda", "Town of Wellesley",
                     "Township of Lower Merion", "Municipality of Anchorage", "Village of Oak Park", "Cuyahoga County Board of Health",
                     "Kent County Council", "Cupertino Unified School District", "Foothill-De Anza Community College District"]
        for text in texts {
            #expect(MeetingParser.authority.matches(text), "\(text)")
            #expect(TextTools.mayContainIgnoringCase(text, MeetingParser.authorityWords), "\(text)")
        }
    }
}
