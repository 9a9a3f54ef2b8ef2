# City of Alder Creek (California), City Council regular meeting minutes, April 16, 2024. US
# Letter, Liberation Serif. Minutes with no agenda before them: their numbered headings (1. ...
# 9.) and lettered consent items (A. B. C. under 5, numbered "5A") are the meeting's items.
# Motions: "X moved to ...; Y seconded. Motion carried 5-0." (kind decision), a roll call
# "AYES: ... NOES: None ABSENT: ...", "Motion by X, second by Y; motion carried unanimously"
# after the sentence it decides (kind resolution), and a failed motion. No page stamps.

MOTIONS = {
    "agenda": {"mover": "Councilmember Sato", "seconder": "Councilmember Whitcombe", "outcome": "carried",
               "votes": {"for": 4, "against": 0}},
    "consent": {"mover": "Vice Mayor Okafor", "seconder": "Councilmember Sato", "outcome": "carried",
                "votes": {"for": ["Ibarra", "Okafor", "Sato", "Whitcombe"], "against": [], "absent": ["Pruitt"]}},
    "invest": {"mover": "Sato", "seconder": "Pruitt", "outcome": "carried"},
    "hearing": {"mover": "Councilmember Pruitt", "seconder": "Mayor Ibarra", "outcome": "carried",
                "votes": {"for": 4, "against": 1}},
    "lost": {"mover": "Councilmember Whitcombe", "seconder": "Councilmember Sato", "outcome": "lost",
             "votes": {"for": 2, "against": 3}},
    "direct": {"mover": "Mayor Ibarra", "seconder": "Vice Mayor Okafor", "outcome": "carried",
               "votes": {"for": 5, "against": 0}},
}

ITEMS = [
    ("1", "CALL TO ORDER"),
    ("2", "ROLL CALL"),
    ("3", "APPROVAL OF THE AGENDA"),
    ("4", "PUBLIC COMMENT"),
    ("5", "CONSENT CALENDAR"),
    ("5A", "Approval of Minutes of the Regular Meeting of [[d:2024-04-02|April 2, 2024]]"),
    ("5B", "Check Register for [[d:2024-03|March 2024]]"),
    ("5C", "Quarterly Investment Report"),
    ("6", "PUBLIC HEARING - APPEAL OF USE PERMIT UP 23-11 (745 FOOTHILL ROAD)"),
    ("7", "NEW BUSINESS - PARKLET PILOT PROGRAM"),
    ("8", "COUNCIL REPORTS"),
    ("9", "ADJOURNMENT"),
]


def head(num, title):
    if len(num) > 1 and not num.isdigit():
        return '<p style="margin-left:0.8cm"><b>%s.&nbsp;&nbsp;%s</b></p>' % (num[-1], title)
    return '<p><b>%s.&nbsp;&nbsp;%s</b></p>' % (num, title)


def body():
    t = dict(ITEMS)
    h = ["""<p align="center" style="font-size:15pt"><b>CITY OF ALDER CREEK</b></p>
<p align="center"><b>MINUTES OF THE CITY COUNCIL REGULAR MEETING</b></p>
<p align="center">[[d:2024-04-16|Tuesday, April 16, 2024 - 6:00 p.m.|t=18:00]]<br>Council Chambers, 410 Quarry Street, Alder Creek, CA 95730</p>"""]
    h.append(head("1", t["1"]))
    h.append("<p>Mayor Ibarra called the meeting to order at 6:02 p.m.</p>")
    h.append(head("2", t["2"]))
    h.append("<p>Present: Mayor Helen Ibarra, Vice Mayor Thomas Okafor, Councilmembers Grace Sato and Nadia Whitcombe.</p>"
             "<p>Absent: Councilmember Wendell Pruitt (arrived at 6:24 p.m.).</p>"
             "<p>Staff present: Russell Dane, City Manager; Ana Ferreira, City Attorney; Corinne Latham, City Clerk.</p>")
    h.append(head("3", t["3"]))
    h.append('<p><rec k="decision" motion="agenda" outcome="carried" votes="4,0,0">Councilmember Sato moved to approve the agenda as posted; Councilmember Whitcombe seconded</rec>. Motion carried 4-0.</p>')
    h.append(head("4", t["4"]))
    h.append("<p>Two speakers addressed the Council. Lorna Beck asked about the schedule for repaving Cottonwood Lane. "
             "Ed Marquez spoke about the need for more shade at Quarry Park.</p>")
    h.append(head("5", t["5"]))
    h.append(head("5A", t["5A"]))
    h.append(head("5B", t["5B"]))
    h.append(head("5C", t["5C"]))
    h.append('<p>Councilmember Whitcombe asked that item 5C be considered separately.</p>')
    h.append('<p><rec k="decision" motion="consent" outcome="carried" votes="4,0,0">Vice Mayor Okafor moved and Councilmember Sato seconded to approve Consent Calendar items 5A and 5B</rec>. '
             'Motion carried by the following roll call vote:</p>'
             '<p style="margin-left:1cm">AYES: Ibarra, Okafor, Sato, Whitcombe<br>NOES: None<br>ABSENT: Pruitt</p>')
    h.append('<p>Councilmember Pruitt arrived at 6:24 p.m.</p>')
    h.append('<p>On item 5C, the Finance Director answered questions about the yield on the City\'s pooled investments. '
             '<rec k="resolution" motion="invest" outcome="carried">Receive and file the quarterly investment report for the quarter ended [[d:2024-03-31|March 31, 2024]]</rec>. '
             'Motion by Sato, second by Pruitt; motion carried unanimously.</p>')
    h.append(head("6", t["6"]))
    h.append("<p>The Mayor opened the public hearing at 6:40 p.m. The Planning Manager presented the staff report. The appellant, "
             "Jorge Villanueva, spoke in support of the appeal, and three neighbors spoke against it. The Mayor closed the public hearing at 7:18 p.m.</p>")
    h.append('<p><rec k="decision" motion="hearing" outcome="carried" votes="4,1,0">Councilmember Pruitt moved to deny the appeal and uphold the Planning Commission\'s approval of Use Permit UP 23-11 with the conditions in the staff report; Mayor Ibarra seconded</rec>. Motion carried 4-1 (Sato voting no).</p>')
    h.append(head("7", t["7"]))
    h.append("<p>The Economic Development Manager described a pilot program that would allow up to six parklets in the downtown core for one year.</p>")
    h.append('<p><rec k="decision" motion="lost" outcome="lost" votes="2,3,0">Councilmember Whitcombe moved to waive parklet permit fees for the pilot year; Councilmember Sato seconded</rec>. Motion failed 2-3.</p>')
    h.append('<p><rec k="decision" motion="direct" outcome="carried" votes="5,0,0">Mayor Ibarra moved to approve the parklet pilot program and direct staff to return with a report by [[d:2025-01|January 2025]]; Vice Mayor Okafor seconded</rec>. Motion carried 5-0.</p>')
    h.append(head("8", t["8"]))
    h.append("<p>Vice Mayor Okafor reported on the regional transportation authority meeting. Councilmember Sato reported on the library foundation's spring book sale.</p>")
    h.append(head("9", t["9"]))
    h.append("<p>Mayor Ibarra adjourned the meeting at 8:05 p.m. to the regular meeting of [[d:2024-05-07|May 7, 2024]].</p>"
             "<p>&nbsp;</p><p>Approved: ______________________<br>Helen Ibarra, Mayor</p><p>Attest: ______________________<br>Corinne Latham, City Clerk</p>")
    return "\n".join(h)


PACK = {
    "name": "alder-creek-ca-city-council-2024-04-16-minutes",
    "title": "City Council Regular Meeting Minutes, April 16, 2024",
    "meeting": {"authority": "City of Alder Creek", "body": "City Council", "date": "2024-04-16", "start_time": "18:00",
                "venue": "Council Chambers, 410 Quarry Street, Alder Creek, CA 95730"},
    "items_in": "minutes",
    "items": [dict({"number": n, "title": t}, **({"parent": n[:-1]} if not n.isdigit() else {})) for n, t in ITEMS],
    "motions": MOTIONS,
    "documents": [
        {"key": "minutes", "kind": "minutes", "title": "MINUTES OF THE CITY COUNCIL REGULAR MEETING", "date": "2024-04-16",
         "authors": [], "paper": "Letter", "font": "Liberation Serif", "font_size": "12pt", "margin": "1in",
         "html": body()},
    ],
}
