# City of Alder Creek (California), City Council regular meeting, May 7, 2024. US Letter.
# Legistar/Granicus-style agenda: roman-numeral outline (I. ... IX.), lettered sub-items under
# roman headings (numbered "V.A"), numbered actions 1. 2. under a lettered item ("V.C.1"),
# "RECOMMENDATION:" lines, one with lettered parts A./B. (parts of the recommendation, not
# items), a numbered "ways to participate" list introduced by a sentence ending with ":"
# before the agenda (not items), "6:00 p.m." and a closed session. No page stamps.

ITEMS = [
    {"number": "I", "title": "CALL TO ORDER"},
    {"number": "II", "title": "ROLL CALL"},
    {"number": "III", "title": "PLEDGE OF ALLEGIANCE"},
    {"number": "IV", "title": "PUBLIC COMMENT"},
    {"number": "V", "title": "CONSENT CALENDAR"},
    {"number": "V.A", "parent": "V", "title": "Approval of Minutes",
     "rec": "Approve the minutes of the Regular Meeting of [[d:2024-04-16|April 16, 2024]]."},
    {"number": "V.B", "parent": "V", "title": "Check Register",
     "rec": "Ratify the check register for the period [[d:2024-04-05/2024-04-25|April 5 through April 25, 2024]] in the amount of $1,184,227.40."},
    {"number": "V.C", "parent": "V", "title": "Fleet Replacement Purchases"},
    {"number": "V.C.1", "parent": "V.C", "title": "Purchase of two hybrid patrol vehicles from Sierra Fleet Sales"},
    {"number": "V.C.2", "parent": "V.C", "title": "Purchase of one regenerative street sweeper from Basin Municipal Equipment"},
    {"number": "V.D", "parent": "V", "title": "Second Reading - Ordinance No. 702 (Short-Term Rentals)",
     "rec": "Waive full reading and adopt Ordinance No. 702 amending Chapter 9.18 of the Alder Creek Municipal Code."},
    {"number": "VI", "title": "PUBLIC HEARINGS"},
    {"number": "VI.A", "parent": "VI", "title": "Zoning Text Amendment ZTA 24-02 (Outdoor Dining on Private Property)",
     "rec": "Conduct the public hearing and introduce an ordinance approving Zoning Text Amendment ZTA 24-02."},
    {"number": "VII", "title": "NEW BUSINESS"},
    {"number": "VII.A", "parent": "VII", "title": "Downtown Parking Study - Final Report",
     "rec": "Receive the report and provide direction to staff."},
    {"number": "VIII", "title": "CLOSED SESSION", "business": "private"},
    {"number": "VIII.A", "parent": "VIII", "business": "private",
     "title": "Conference with Legal Counsel - Existing Litigation (Gov. Code Section 54956.9(d)(1))"},
    {"number": "IX", "title": "ADJOURNMENT"},
]

# the recommendation of V.C, kept whole with its lettered parts
PARTS = [
    ("A.", "Authorize the City Manager to issue purchase orders for the vehicles listed in items 1 and 2 in a total amount not to exceed $612,300.00"),
    ("B.", "Appropriate $145,000.00 from the Equipment Replacement Fund balance to the Fleet Services budget."),
]
LEAD = "It is recommended that the City Council"


def front_html(ranges):
    h = ["""<p align="center" style="font-size:15pt"><b>CITY OF ALDER CREEK</b></p>
<p align="center" style="font-size:13pt"><b>CITY COUNCIL REGULAR MEETING AGENDA</b></p>
<p align="center">[[d:2024-05-07|Tuesday, May 7, 2024 - 6:00 p.m.|t=18:00]]<br>Council Chambers, 410 Quarry Street, Alder Creek, CA 95730</p>
<p align="center">Mayor Helen Ibarra &middot; Vice Mayor Thomas Okafor &middot; Councilmember Grace Sato &middot;
Councilmember Wendell Pruitt &middot; Councilmember Nadia Whitcombe</p>
<p>Members of the public may participate in this meeting in the following ways:</p>
<p style="margin-left:1.2cm; text-indent:-0.6cm">1.&nbsp;&nbsp;In person in the Council Chambers, by filling out a speaker card and handing it to the City Clerk.</p>
<p style="margin-left:1.2cm; text-indent:-0.6cm">2.&nbsp;&nbsp;By video conference, using the link posted on the City's website, and raising a virtual hand when the Mayor calls the item.</p>
<p style="margin-left:1.2cm; text-indent:-0.6cm">3.&nbsp;&nbsp;By written comment sent to the City Clerk before noon on the day of the meeting.</p>
<p><i>In compliance with the Americans with Disabilities Act, if you need special assistance to participate in this
meeting, please contact the City Clerk at (530) 555-0187 at least two business days before the meeting.</i></p>"""]
    for it in ITEMS:
        num = it["number"]
        depth = num.count(".")
        if depth == 0:
            h.append('<p><b>%s.&nbsp;&nbsp;%s</b></p>' % (num, it["title"]))
        elif depth == 1:
            h.append('<p style="margin-left:1.2cm; text-indent:-0.7cm"><b>%s.</b>&nbsp;&nbsp;<b>%s</b></p>' % (num.split(".")[-1], it["title"]))
        else:
            h.append('<p style="margin-left:2.2cm; text-indent:-0.6cm">%s.&nbsp;&nbsp;%s</p>' % (num.split(".")[-1], it["title"]))
        if it.get("rec"):
            h.append('<p style="margin-left:1.2cm">RECOMMENDATION: <rec item="%s">%s</rec></p>' % (num, it["rec"]))
        if num == "IV":
            h.append('<p style="margin-left:1.2cm">Members of the public may address the Council on any matter within its jurisdiction that is not on the agenda. Each speaker is limited to three minutes.</p>')
        if num == "V":
            h.append('<p style="margin-left:1.2cm">Consent Calendar items are routine and will be approved by one motion unless a Councilmember asks that an item be considered separately.</p>')
        if num == "V.C.2":
            body = " ".join('<p style="margin-left:2.2cm; text-indent:-0.6cm">%s&nbsp;&nbsp;%s%s</p>' % (l, t, "; and" if k == 0 else "")
                            for k, (l, t) in enumerate(PARTS))
            # the record is kept whole: its text is all that follows "RECOMMENDATION:", the
            # lead-in and its lettered entries (as the labelled samples read a staff report's
            # recommendation), the lead-in also in lead_in
            h.append('<p style="margin-left:1.2cm">RECOMMENDATION: <rec item="V.C" lead="%s" parts="vc">%s:</p>%s</rec>' % (LEAD, LEAD, body))
        if num == "VIII":
            h.append('<p style="margin-left:1.2cm">The Council will recess to closed session in the Conference Room and report any action taken when it reconvenes.</p>')
        if num == "IX":
            h.append('<p style="margin-left:1.2cm">Adjourn to the Regular Meeting of [[d:2024-05-21|May 21, 2024 at 6:00 p.m.|t=18:00]]</p>')
    h.append("""<p>&nbsp;</p><p><b>AFFIDAVIT OF POSTING</b></p>
<p>I, Corinne Latham, City Clerk of the City of Alder Creek, declare that this agenda was posted at City Hall and on the
City's website on [[d:2024-05-02|May 2, 2024 at 3:15 p.m.|t=15:15]], at least 72 hours before the meeting.</p>
<p>Corinne Latham, City Clerk</p>""")
    return "\n".join(h)


LETTER = {"paper": "Letter", "font": "Liberation Sans", "font_size": "11pt", "margin": "0.9in"}

PACK = {
    "name": "alder-creek-ca-city-council-2024-05-07",
    "title": "City Council Regular Meeting Agenda, May 7, 2024",
    "meeting": {"authority": "City of Alder Creek", "body": "City Council", "date": "2024-05-07", "start_time": "18:00",
                "venue": "Council Chambers, 410 Quarry Street, Alder Creek, CA 95730"},
    "items": ITEMS,
    "parts": {"vc": PARTS},
    "documents": [
        dict(LETTER, key="agenda", kind="front_sheet", title="CITY COUNCIL REGULAR MEETING AGENDA", date="2024-05-02",
             authors=["Corinne Latham"]),
    ],
}
