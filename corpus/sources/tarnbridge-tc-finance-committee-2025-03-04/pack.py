# Tarnbridge Town Council (invented), Finance and General Purposes Committee, 4 March 2025. A4,
# Liberation Sans. An agenda laid out as an UNRULED table (no borders, no bold titles) with the
# columns "Item" | "Business" | "Paper" (a paper reference, not a page range) | "Lead" | "Time";
# the number column prints "Item 1", "Item 2" ..., decimal sub-items "5.1", "5.2" under
# "Item 5", and a purpose line in italics under some titles ("To note …", not the title). A
# front sheet alone: no page ranges, no stamps.

ITEMS = [
    {"number": "1", "title": "Apologies for absence", "paper": "–", "lead": "Chair", "time": "7.00"},
    {"number": "2", "title": "Declarations of interest", "paper": "–", "lead": "Chair", "time": "7.02",
     "note": "To receive declarations of interest and requests for dispensations."},
    {"number": "3", "title": "Minutes of the meeting held on [[d:2025-01-28|28 January 2025]]", "paper": "FGP/25/07", "lead": "Chair", "time": "7.05",
     "note": "To approve the minutes as a correct record."},
    {"number": "4", "title": "Public participation", "paper": "–", "lead": "Chair", "time": "7.10",
     "note": "To hear members of the public on matters on this agenda (15 minutes in all)."},
    {"number": "5", "title": "Budget monitoring to [[d:2025-02-28|28 February 2025]]", "paper": "", "lead": "Town Clerk", "time": "7.25"},
    {"number": "5.1", "parent": "5", "title": "Income and expenditure against budget", "paper": "FGP/25/08", "lead": "Responsible Financial Officer", "time": ""},
    {"number": "5.2", "parent": "5", "title": "Earmarked reserves and the general reserve", "paper": "FGP/25/09", "lead": "Responsible Financial Officer", "time": ""},
    {"number": "6", "title": "Grants to local organisations", "paper": "FGP/25/10", "lead": "Councillor Megan Arkwright", "time": "7.45",
     "note": "To consider six applications received under the community grants scheme."},
    {"number": "7", "title": "Renewal of the allotments water supply contract", "paper": "FGP/25/11", "lead": "Estates Officer", "time": "8.05"},
    {"number": "8", "title": "Internal audit plan", "paper": "FGP/25/12", "lead": "Town Clerk", "time": "8.20",
     "note": "To note the internal auditor's plan for the year ending [[d:2025-03-31|31 March 2025]]."},
    {"number": "9", "title": "Date of the next meeting", "paper": "–", "lead": "Chair", "time": "8.30"},
]


def front_html(ranges):
    h = ["""<p style="font-size:15pt"><b>TARNBRIDGE TOWN COUNCIL</b></p>
<p>Town Hall, Bridge Street, Tarnbridge</p>
<p>Members of the Finance and General Purposes Committee are summoned to attend a meeting of the Committee in the
Council Chamber, Town Hall, Bridge Street, Tarnbridge on [[d:2025-03-04|Tuesday 4 March 2025 at 7.00 pm|t=19:00]] to transact the
business below.</p>
<p>Committee members: Councillors Megan Arkwright (Chair), Tobias Fenwick, Lorraine Quigley, Samir Haddad, Eileen Moxon
and Peter Lund</p>
<p>Diane Calloway, Town Clerk<br>[[d:2025-02-25|25 February 2025]]</p>
<p align="center" style="font-size:13pt"><b>AGENDA</b></p>
<table data-layout="1" width="100%" cellpadding="3" cellspacing="0">
<tr valign="top"><td width="10%"><u>Item</u></td><td width="44%"><u>Business</u></td><td width="13%"><u>Paper</u></td>
<td width="23%"><u>Lead</u></td><td width="10%"><u>Time</u></td></tr>"""]
    for it in ITEMS:
        label = it["number"] if it.get("parent") else "Item %s" % it["number"]
        title = it["title"]
        if it.get("note"):
            title += "<br><i>%s</i>" % it["note"]
        h.append('<tr valign="top"><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>'
                 % (label, title, it["paper"], it["lead"], it["time"]))
    h.append("""</table>
<p>&nbsp;</p>
<p>Papers marked FGP are published with this agenda on the Council's website. Members of the public are welcome to attend.
Anyone wishing to film or record the meeting should tell the Town Clerk beforehand.</p>""")
    return "\n".join(h)


PACK = {
    "name": "tarnbridge-tc-finance-committee-2025-03-04",
    "title": "Finance and General Purposes Committee, 4 March 2025, agenda",
    "meeting": {"authority": "Tarnbridge Town Council", "body": "Finance and General Purposes Committee", "date": "2025-03-04",
                "start_time": "19:00", "venue": "Council Chamber, Town Hall, Bridge Street, Tarnbridge"},
    "items": ITEMS,
    "documents": [
        {"key": "front", "kind": "front_sheet", "title": "AGENDA", "date": "2025-02-25", "authors": ["Diane Calloway"],
         "paper": "A4", "font": "Liberation Sans", "font_size": "11pt", "margin": "2cm"},
    ],
}
