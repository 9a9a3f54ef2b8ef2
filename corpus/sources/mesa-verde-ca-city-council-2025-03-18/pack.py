# City of Mesa Verde (California, invented), City Council regular meeting, March 18, 2025. US
# Letter, Liberation Sans. An agenda-centre (PrimeGov / CivicPlus style) agenda: unnumbered
# section headings in capitals (CALL TO ORDER, PUBLIC HEARINGS, CONSENT CALENDAR, NEW BUSINESS,
# CLOSED SESSION …), and under each heading items numbered from 1 again: PUBLIC HEARINGS 1.,
# CONSENT CALENDAR 1.-4., NEW BUSINESS 1.-3., CLOSED SESSION 1. The headings are not items
# (the contract's items carry a number); the items are read section by section, a number
# printed again taking "-2", "-3" in reading order (item-1, item-1-2, item-1-3 …). Each item's
# title is bold, with "Recommendation:" and "Presenter:" lines under some. No page stamps.

SECTIONS = [
    ("CALL TO ORDER", []),
    ("ROLL CALL", []),
    ("PLEDGE OF ALLEGIANCE", []),
    ("PUBLIC COMMENT", []),
    ("PUBLIC HEARINGS", [
        {"title": "Ordinance No. 1287 - Zoning Map Amendment ZMA 24-06 for 4410 Canyon Vista Road",
         "rec": "Conduct the public hearing and introduce for first reading Ordinance No. 1287 rezoning the site from Light Industrial to Mixed Use.",
         "presenter": "Alicia Moreno, Community Development Director"},
    ]),
    ("CONSENT CALENDAR", [
        {"title": "Minutes of the Regular Meeting of [[d:2025-03-04|March 4, 2025]]",
         "rec": "Approve the minutes as presented."},
        {"title": "Warrant Register for [[d:2025-02|February 2025]]",
         "rec": "Ratify the warrant register in the amount of $3,118,402.77."},
        {"title": "Second Reading - Ordinance No. 1285 (Sidewalk Vending)",
         "rec": "Waive full reading and adopt Ordinance No. 1285 amending Chapter 5.62 of the Mesa Verde Municipal Code."},
        {"title": "Agreement with Tri-County Animal Services for Shelter Services",
         "rec": "Authorize the City Manager to execute a three-year agreement with Tri-County Animal Services in an amount not to exceed $412,500."},
    ]),
    ("NEW BUSINESS", [
        {"title": "Mid-Year Budget Review for Fiscal Year [[d:2024/2025|2024-25|p=financial_year]]",
         "rec": "Receive the mid-year budget report and adopt Resolution No. [[x:2025-19]] amending the budget.",
         "presenter": "Daniel Whitaker, Finance Director"},
        {"title": "Pickleball Courts at Arroyo Seco Park - Design Options",
         "rec": "Provide direction to staff on the preferred design option.",
         "presenter": "Keisha Durant, Parks and Recreation Manager"},
        {"title": "Appointments to the Planning Commission",
         "rec": "Appoint two members to the Planning Commission for terms ending [[d:2029-01-31|January 31, 2029]]."},
    ]),
    ("COUNCIL AND STAFF REPORTS", []),
    ("CLOSED SESSION", [
        {"title": "CONFERENCE WITH LEGAL COUNSEL - ANTICIPATED LITIGATION (Gov. Code Section 54956.9(d)(2)): One potential case",
         "private": True},
    ]),
    ("ADJOURNMENT", []),
]

ITEMS = []
for _heading, _items in SECTIONS:
    for _n, _it in enumerate(_items, 1):
        ITEMS.append({"number": str(_n), "title": _it["title"], "business": "private" if _it.get("private") else "public"})


def front_html(ranges):
    h = ["""<p align="center" style="font-size:15pt"><b>CITY OF MESA VERDE</b></p>
<p align="center" style="font-size:13pt"><b>CITY COUNCIL REGULAR MEETING AGENDA</b></p>
<p align="center">[[d:2025-03-18|Tuesday, March 18, 2025 at 6:00 PM|t=18:00]]<br>Council Chambers, 300 Civic Center Drive, Mesa Verde, CA 92870</p>
<p align="center">Mayor Rosalind Achebe &middot; Mayor Pro Tem Ernesto Villalobos &middot; Councilmember Hannah Lindqvist &middot;
Councilmember Marcus Tran &middot; Councilmember Beverly Osei</p>
<p><i>Agendas and staff reports are available on the City's agenda center. Members of the public may comment in person or
by submitting an eComment before 3:00 PM on the day of the meeting. Comments are limited to three minutes per speaker.</i></p>"""]
    k = 0
    for heading, items in SECTIONS:
        h.append('<p style="margin-top:0.35cm"><b>%s</b></p>' % heading)
        if heading == "PUBLIC COMMENT":
            h.append('<p style="margin-left:0.8cm">This is the time for members of the public to address the Council on matters not on the agenda.</p>')
        if heading == "CONSENT CALENDAR":
            h.append('<p style="margin-left:0.8cm">Consent Calendar items are considered routine and will be approved by one motion unless a Councilmember removes an item for discussion.</p>')
        for n, it in enumerate(items, 1):
            num = ITEMS[k]["key"] if "key" in ITEMS[k] else str(n)
            k += 1
            h.append('<p style="margin-left:0.8cm; text-indent:-0.6cm"><b>%d.&nbsp;&nbsp;%s</b></p>' % (n, it["title"]))
            if it.get("rec"):
                h.append('<p style="margin-left:0.8cm">Recommendation: <rec item="%s">%s</rec></p>' % (num, it["rec"]))
            if it.get("presenter"):
                h.append('<p style="margin-left:0.8cm">Presenter: %s</p>' % it["presenter"])
        if heading == "CLOSED SESSION":
            h.append('<p style="margin-left:0.8cm">The City Attorney will report any reportable action taken in closed session.</p>')
        if heading == "ADJOURNMENT":
            h.append('<p style="margin-left:0.8cm">The next regular meeting of the City Council will be held on [[d:2025-04-01|April 1, 2025 at 6:00 PM|t=18:00]].</p>')
    h.append("""<p>&nbsp;</p><p><b>CERTIFICATION OF POSTING</b></p>
<p>I, Lorena Castillo, City Clerk of the City of Mesa Verde, certify that this agenda was posted on the City's website and at
City Hall on [[d:2025-03-13|March 13, 2025 at 4:00 PM|t=16:00]].</p>
<p>Lorena Castillo, City Clerk</p>""")
    return "\n".join(h)


LETTER = {"paper": "Letter", "font": "Liberation Sans", "font_size": "10.5pt", "margin": "0.9in"}

PACK = {
    "name": "mesa-verde-ca-city-council-2025-03-18",
    "title": "City Council Regular Meeting Agenda, March 18, 2025",
    "meeting": {"authority": "City of Mesa Verde", "body": "City Council", "date": "2025-03-18", "start_time": "18:00",
                "venue": "Council Chambers, 300 Civic Center Drive, Mesa Verde, CA 92870"},
    "items": ITEMS,
    "documents": [
        dict(LETTER, key="agenda", kind="front_sheet", title="CITY COUNCIL REGULAR MEETING AGENDA", date="2025-03-13",
             authors=["Lorena Castillo"]),
    ],
}
