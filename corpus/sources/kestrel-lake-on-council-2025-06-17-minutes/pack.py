# Township of Kestrel Lake (Ontario), regular Council meeting minutes, June 17, 2025. US Letter,
# Liberation Sans. Canadian minutes with numbered headings (1. ... 9.) and sub-items that print
# their parent's number (4.1, 6.2), and numbered resolutions "R2025-191 / Moved by ... /
# Seconded by ... / That Council ... / CARRIED." (kind resolution, label and motion.number the
# resolution number), one DEFEATED with a recorded vote. No page stamps.

MEMBERS = {"F": "Mayor Fournier", "A": "Deputy Mayor Achterberg", "M": "Councillor Mackie",
           "D": "Councillor Dhillon", "L": "Councillor Lalonde"}

ITEMS = [
    ("1", "Call to Order"),
    ("2", "Disclosure of Pecuniary Interest"),
    ("3", "Adoption of the Agenda"),
    ("4", "Adoption of Minutes"),
    ("4.1", "Regular Council Meeting of [[d:2025-06-03|June 3, 2025]]"),
    ("5", "Delegations"),
    ("5.1", "Kestrel Lake Lions Club - Canada Day Fireworks"),
    ("6", "Staff Reports"),
    ("6.1", "Report PW-[[x:2025-14]] Gravel Resurfacing Tender"),
    ("6.2", "Report CL-[[x:2025-07]] Noise By-law Exemption Request"),
    ("6.3", "Report FIN-[[x:2025-09]] Year-End Operating Surplus"),
    ("7", "By-laws"),
    ("7.1", "By-law [[x:2025-31]] Appointment of a Deputy Fire Chief"),
    ("8", "Confirmatory By-law"),
    ("9", "Adjournment"),
]

# (after item, number, mover, seconder, text, outcome, votes or None, recorded vote line or None)
RESOLUTIONS = [
    ("3", "R2025-188", "M", "D", "That Council adopt the agenda for the [[d:2025-06-17|June 17, 2025]] regular meeting as circulated", "CARRIED", None, None),
    ("4.1", "R2025-189", "L", "M", "That the minutes of the regular meeting of Council held on [[d:2025-06-03|June 3, 2025]] be adopted as circulated", "CARRIED", None, None),
    ("5.1", "R2025-190", "D", "A", "That Council receive the delegation from the Kestrel Lake Lions Club for information and thank the Club for organizing the Canada Day fireworks at Heron Point Park", "CARRIED", None, None),
    ("6.1", "R2025-191", "A", "L", "That Council award Tender PW-T-[[x:2025-03]] for gravel resurfacing of Concession 4 and Sideroad 12 to Northshield Aggregates Ltd. in the amount of $284,650.00 plus HST", "CARRIED", None, None),
    ("6.2", "R2025-192", "L", "D", "That Council grant an exemption from Noise By-law [[x:2019-22]] to the Kestrel Lake Speedway for races on Saturday evenings until 11:30 p.m. from [[d:2025-07-05/2025-08-30|July 5 to August 30, 2025]]", "DEFEATED", {"for": ["Councillor Dhillon", "Councillor Lalonde"], "against": ["Mayor Fournier", "Deputy Mayor Achterberg", "Councillor Mackie"]},
     "Recorded vote requested by Councillor Lalonde. For: Councillor Dhillon, Councillor Lalonde. Against: Mayor Fournier, Deputy Mayor Achterberg, Councillor Mackie."),
    ("6.3", "R2025-193", "M", "A", "That Council direct the [[d:2024|2024]] operating surplus of $118,300 to the Roads Capital Reserve", "CARRIED", None, None),
    ("7.1", "R2025-194", "D", "M", "That By-law [[x:2025-31]], being a by-law to appoint Kevin Osei as Deputy Fire Chief, be read a first, second and third time and finally passed", "CARRIED", None, None),
    ("8", "R2025-195", "A", "D", "That By-law [[x:2025-32]], being a by-law to confirm the proceedings of Council at its meeting held on [[d:2025-06-17|June 17, 2025]], be read a first, second and third time and finally passed", "CARRIED", None, None),
    ("9", "R2025-196", "L", "M", "That this meeting of Council now adjourn", "CARRIED", None, None),
]

NOTES = {
    "1": "Mayor Fournier called the meeting to order at 6:00 p.m.",
    "2": "None declared.",
    "9": "The business of the meeting being concluded, the meeting adjourned at 7:42 p.m.",
    "5.1": "Ruth Vandermeer presented the Club's plans for the fireworks display, including its insurance certificate and the road closure on Shoreline Drive.",
    "6.1": "The Director of Public Works reported that three bids were received and that the lowest bid is within the approved budget.",
    "6.2": "The Clerk reported that eleven letters opposing the request had been received from residents of Speedway Road.",
    "6.3": "The Treasurer presented the year-end results and the recommended transfers to reserves.",
}


def body():
    motions = {}
    h = ["""<p align="center" style="font-size:14pt"><b>THE CORPORATION OF THE TOWNSHIP OF KESTREL LAKE</b></p>
<p align="center"><b>REGULAR COUNCIL MEETING MINUTES</b></p>
<p align="center">[[d:2025-06-17|Tuesday, June 17, 2025 at 6:00 p.m.|t=18:00]]<br>Council Chambers, 55 Ridge Road, Kestrel Lake, Ontario</p>
<p><b>Present:</b> Mayor Linda Fournier, Deputy Mayor Sam Achterberg, Councillor Joanne Mackie, Councillor Ravi Dhillon,
Councillor Pierre Lalonde</p>
<p><b>Staff:</b> Megan Thiessen, CAO/Clerk; Rob Kowal, Director of Public Works; Hanna Lindqvist, Treasurer</p>"""]
    for num, title in ITEMS:
        if "." in num:
            h.append('<p style="margin-left:0.6cm"><b>%s&nbsp;&nbsp;&nbsp;%s</b></p>' % (num, title))
        else:
            h.append('<p><b>%s.&nbsp;&nbsp;&nbsp;%s</b></p>' % (num, title))
        if num in NOTES:
            h.append("<p>%s</p>" % NOTES[num])
        for after, rno, mv, sc, text, outcome, names, recorded in RESOLUTIONS:
            if after != num:
                continue
            votes = None
            if names:
                votes = {"for": names["for"], "against": names["against"]}
            motions[rno] = {"number": rno, "mover": MEMBERS[mv], "seconder": MEMBERS[sc],
                            "outcome": "carried" if outcome == "CARRIED" else "lost", "votes": votes}
            v = ' votes="%d,%d,0"' % (len(names["for"]), len(names["against"])) if names else ""
            h.append('<p style="margin-left:0.6cm"><b>%s</b><br>Moved by %s<br>Seconded by %s<br>'
                     '<rec k="resolution" label="%s" motion="%s" outcome="%s"%s>%s</rec>.</p>'
                     % (rno, MEMBERS[mv], MEMBERS[sc], rno, rno, motions[rno]["outcome"], v, text))
            if recorded:
                h.append('<p style="margin-left:0.6cm">%s</p>' % recorded)
            h.append('<p style="margin-left:0.6cm"><b>%s.</b></p>' % outcome)
    h.append("""<p>&nbsp;</p><p>______________________________<br>Linda Fournier, Mayor</p>
<p>______________________________<br>Megan Thiessen, CAO/Clerk</p>""")
    return "\n".join(h), motions


BODY, MOTIONS = body()

PACK = {
    "name": "kestrel-lake-on-council-2025-06-17-minutes",
    "title": "Regular Council Meeting Minutes, June 17, 2025",
    "meeting": {"authority": "Township of Kestrel Lake", "body": "Council", "date": "2025-06-17", "start_time": "18:00",
                "venue": "Council Chambers, 55 Ridge Road, Kestrel Lake, Ontario"},
    "items_in": "minutes",
    "items": [dict({"number": n, "title": t}, **({"parent": n.split(".")[0]} if "." in n else {})) for n, t in ITEMS],
    "motions": MOTIONS,
    "documents": [
        {"key": "minutes", "kind": "minutes", "title": "REGULAR COUNCIL MEETING MINUTES", "date": "2025-06-17",
         "authors": [], "paper": "Letter", "font": "Liberation Sans", "font_size": "11pt", "margin": "1in", "html": BODY},
    ],
}
