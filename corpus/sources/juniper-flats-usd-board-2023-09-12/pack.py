# Juniper Flats Unified School District, Board of Trustees regular meeting, September 12, 2023.
# US Letter, DejaVu Serif. A board agenda lettered A-N under session headings ("CLOSED SESSION -
# 5:00 p.m.", "OPEN SESSION - 6:00 p.m.", not items), with numbered sub-items under some letters
# ("F.1" ...; I is the ninth letter, so "I.1" ... "I.8"): the numbering restarts under each
# lettered section (closed session 1-3, regular business 1-8). No page stamps.

ITEMS = [
    ("A", "CALL TO ORDER", None),
    ("B", "ROLL CALL", None),
    ("C", "PUBLIC COMMENT ON CLOSED SESSION ITEMS", None),
    ("D", "ADJOURN TO CLOSED SESSION", None),
    ("E", "CLOSED SESSION", "private"),
    ("E.1", "Public Employee Discipline/Dismissal/Release (Gov. Code Section 54957)", "private"),
    ("E.2", "Conference with Labor Negotiator - Juniper Flats Teachers Association", "private"),
    ("E.3", "Conference with Real Property Negotiators - Former Mesquite Elementary Site", "private"),
    ("F", "RECONVENE IN OPEN SESSION AND PLEDGE OF ALLEGIANCE", None),
    ("G", "REPORT OF ACTION TAKEN IN CLOSED SESSION", None),
    ("H", "APPROVAL OF THE AGENDA", None),
    ("I", "REGULAR BUSINESS", None),
    ("I.1", "Approval of Minutes of the Regular Meeting of [[d:2023-08-22|August 22, 2023]]", None),
    ("I.2", "Unaudited Actuals Financial Report for [[d:2022/2023|2022-23|p=financial_year]]", None),
    ("I.3", "Gann Limit Resolution No. 24-07", None),
    ("I.4", "Agreement with Canyon Bus Lines for Athletic Transportation", None),
    ("I.5", "Surplus Property Declaration - Portable Classrooms P-14 and P-15", None),
    ("I.6", "First Reading - Board Policy 5141.52 (Suicide Prevention)", None),
    ("I.7", "Ratification of Field Trips Over 150 Miles", None),
    ("I.8", "Acceptance of Gifts and Donations", None),
    ("J", "SUPERINTENDENT'S REPORT", None),
    ("K", "STUDENT BOARD MEMBER REPORT", None),
    ("L", "BOARD MEMBER REPORTS AND REQUESTS", None),
    ("M", "FUTURE AGENDA ITEMS", None),
    ("N", "ADJOURNMENT", None),
]
ITEM_RECS = {
    "I.2": "Approve the Unaudited Actuals Financial Report for fiscal year [[d:2022/2023|2022-23|p=financial_year]] as presented.",
    "I.4": "Approve the agreement with Canyon Bus Lines for athletic transportation in an amount not to exceed $96,000.",
}


def front_html(ranges):
    h = ["""<p align="center" style="font-size:14pt"><b>JUNIPER FLATS UNIFIED SCHOOL DISTRICT</b></p>
<p align="center"><b>BOARD OF TRUSTEES</b><br><b>REGULAR MEETING AGENDA</b></p>
<p align="center">[[d:2023-09-12|Tuesday, September 12, 2023|p=day]]<br>District Office Board Room, 1200 Sage Hen Road, Juniper Flats, CA 93527</p>
<p align="center"><i>Trustees: Marisela Ocampo, President &middot; Dean Halvorsen, Clerk &middot; Priya Raman &middot;
Curtis Yellowhorse &middot; Annette Kowalczyk</i></p>"""]
    for num, title, business in ITEMS:
        if num == "A":
            h.append('<p align="center"><b><u>CLOSED SESSION - 5:00 p.m.</u></b></p>')
        if num == "F":
            h.append('<p align="center"><b><u>OPEN SESSION - 6:00 p.m.</u></b></p>')
        if "." not in num:
            h.append('<p><b>%s.&nbsp;&nbsp;&nbsp;%s</b></p>' % (num, title))
        else:
            h.append('<p style="margin-left:1.6cm; text-indent:-0.6cm">%s.&nbsp;&nbsp;%s</p>' % (num.split(".")[1], title))
            if num in ITEM_RECS:
                h.append('<p style="margin-left:1.6cm">Superintendent\'s Recommendation: <rec item="%s">%s</rec></p>' % (num, ITEM_RECS[num]))
        if num == "C":
            h.append('<p style="margin-left:1.0cm">Speakers may address the Board on closed session items only. Each speaker is limited to three minutes.</p>')
        if num == "I":
            h.append('<p style="margin-left:1.0cm">Items in this section may be approved by one motion unless a Trustee asks that an item be discussed separately.</p>')
        if num == "N":
            h.append('<p style="margin-left:1.0cm">The next regular meeting of the Board will be held on [[d:2023-09-26|Tuesday, September 26, 2023 at 6:00 p.m.|t=18:00]]</p>')
    h.append("""<p>&nbsp;</p><p style="font-size:9pt"><i>Agenda materials are available for public inspection at the District Office during business hours.
Persons who need a disability-related accommodation to take part in the meeting should contact the Superintendent's
office at (760) 555-0133 at least 48 hours before the meeting.</i></p>
<p style="font-size:9pt">Posted: [[d:2023-09-08|September 8, 2023]]</p>""")
    return "\n".join(h)


PACK = {
    "name": "juniper-flats-usd-board-2023-09-12",
    "title": "Board of Trustees Regular Meeting Agenda, September 12, 2023",
    "meeting": {"authority": "Juniper Flats Unified School District", "body": "Board of Trustees", "date": "2023-09-12",
                "start_time": "17:00", "venue": "District Office Board Room, 1200 Sage Hen Road, Juniper Flats, CA 93527"},
    "items": [dict({"number": n, "title": t, "business": b or "public"}, **({"parent": n.split(".")[0]} if "." in n else {}))
              for n, t, b in ITEMS],
    "documents": [
        {"key": "agenda", "kind": "front_sheet", "title": "REGULAR MEETING AGENDA", "date": "2023-09-08", "authors": [],
         "paper": "Letter", "font": "DejaVu Serif", "font_size": "10.5pt", "margin": "0.85in"},
    ],
}
