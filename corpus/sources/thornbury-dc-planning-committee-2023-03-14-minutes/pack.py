# Thornbury District Council, Planning Committee, 14 March 2023: printed minutes with numbered
# minutes, RESOLVED (a) (b) (c) and recorded votes. Liberation Serif, A4, no stamps.

def minute(no, title, paras):
    return "<p><b>%s&nbsp;&nbsp;&nbsp;%s</b></p>\n%s" % (no, title, "\n".join("<p>%s</p>" % p for p in paras))


APPS = [
    ("22/01544/FUL", "Land north of Mill Lane, Ashcombe",
     "Erection of 38 dwellings with associated access, parking and open space",
     "The application site is an arable field of 1.9 hectares on the northern edge of the village, outside the settlement boundary but allocated for housing in the emerging neighbourhood plan.",
     "Mrs P Lacey spoke in objection on behalf of Ashcombe Parish Council. Mr R Dyer, the agent, spoke in support.",
     "Members discussed the capacity of the village school, the width of Mill Lane at its junction with the High Street and the proportion of affordable homes, which at 40% met the policy requirement.",
     [("(a)", "planning permission be granted subject to the conditions set out in the report and the completion of a legal agreement securing the affordable housing and a contribution of &pound;212,000 towards education"),
      ("(b)", "an additional condition be imposed requiring a construction management plan to be agreed before works begin"),
      ("(c)", "authority be delegated to the Head of Planning to refuse the application if the legal agreement is not completed by [[d:2023-09-14|14 September 2023]]")],
     "carried", (7, 2, 1)),
    ("22/01961/HOU", "14 Orchard Rise, Thornbury",
     "Two storey side extension and single storey rear extension",
     "The application was brought to the Committee because the applicant is a member of staff of the Council.",
     "There were no public speakers.",
     "Members noted that the extension would be set back from the front of the house and that no objections had been received.",
     [("(a)", "planning permission be granted subject to the conditions set out in the report")],
     "carried", (10, 0, 0)),
    ("23/00102/FUL", "The Old Forge, Brook Street, Kelham",
     "Change of use of workshop to a single dwelling",
     "The Old Forge is a single storey brick building in the Kelham conservation area, last used as a vehicle repair workshop.",
     "Mr A Whitlow spoke in support of the application.",
     "Some members felt that the loss of employment floor space in the village should be resisted; others considered the building unsuited to modern business use. A motion to refuse, moved by Councillor Ormerod and seconded by Councillor Pike, was put to the vote.",
     [("(a)", "planning permission be refused because the applicant has not shown that the building has been marketed for employment use for at least twelve months, contrary to Policy EC4 of the Local Plan")],
     "lost", (4, 5, 1)),
]


def body():
    h = ["""<p align="center" style="font-size:15pt"><b>THORNBURY DISTRICT COUNCIL</b></p>
<p align="center"><b>PLANNING COMMITTEE</b></p>
<p>Minutes of the meeting of the Planning Committee held in the Council Chamber, Riverside House, Thornbury on
[[d:2023-03-14|Tuesday, 14 March 2023 at 6.30 pm|t=18:30]]</p>
<p><b>Present:</b> Councillor G Halse (Chair); Councillors M Abbott, J Bellamy, S Corrigan, T Danvers, K Ellwood,
R Ormerod, L Pike, D Quinton and H Sowerby</p>
<p><b>Officers:</b> N Tavener (Head of Planning), C Udall (Principal Planning Officer), B Varga (Legal Adviser)
and E Wren (Democratic Services Officer)</p>
<p><b>Apologies:</b> Councillor F Yeo</p>"""]
    h.append(minute("PC/61", "Declarations of Interest", [
        "Councillor Corrigan declared a personal interest in application 22/01544/FUL as a member of Ashcombe Parish Council. She had not taken part in the parish council's consideration of the application and remained in the meeting."]))
    h.append(minute("PC/62", "Minutes", [
        "RESOLVED that <rec k=\"resolution\" lead=\"RESOLVED that\" outcome=\"agreed\">the minutes of the meeting held on [[d:2023-02-14|14 February 2023]] be approved as a correct record and signed by the Chair</rec>."]))
    n = 63
    for ref, site, desc, p1, p2, p3, res, outcome, votes in APPS:
        h.append("<p><b>PC/%d&nbsp;&nbsp;&nbsp;%s - %s</b></p>" % (n, ref, site))
        h.append("<p><i>%s</i></p>" % desc)
        h.append("<p>The Principal Planning Officer presented the report. %s</p><p>%s</p><p>%s</p>" % (p1, p2, p3))
        h.append("<p>On being put to the vote the motion was %s. (For %d, Against %d, Abstentions %d)</p>"
                 % (outcome.upper(), votes[0], votes[1], votes[2]))
        if outcome == "lost":
            h.append("<p>A motion to approve the application in accordance with the officer recommendation was then moved, seconded and put to the vote.</p>")
            h.append("<p>RESOLVED that:</p><p style=\"margin-left:1cm\">(a) <rec k=\"resolution\" label=\"(a)\" lead=\"RESOLVED that\" outcome=\"carried\" votes=\"6,3,1\">planning permission be granted subject to the conditions set out in the report</rec>.</p>")
            h.append("<p>(For 6, Against 3, Abstentions 1)</p>")
            # the lost motion is recorded as well
            h.insert(len(h) - 4, "<p>The motion was: <rec k=\"resolution\" outcome=\"lost\" votes=\"%d,%d,%d\">%s</rec>.</p>" % (votes + (res[0][1],)))
        else:
            h.append("<p>RESOLVED that:</p>")
            for lab, txt in res:
                h.append("<p style=\"margin-left:1cm\">%s <rec k=\"resolution\" label=\"%s\" lead=\"RESOLVED that\" outcome=\"%s\" votes=\"%d,%d,%d\">%s</rec>;</p>"
                         % ((lab, lab, outcome) + votes + (txt,)))
        n += 1
    h.append(minute("PC/%d" % n, "Planning Appeals", [
        "The Committee received a list of appeals lodged and decided since the last meeting. Appeals had been dismissed at Kelham Road, Thornbury (decision dated [[d:2023-02-20|20/02/2023]]) and at Upper Farm, Ashcombe (decision dated [[d:2023-03-03|03/03/2023|amb]]).",
        "RESOLVED that <rec k=\"resolution\" lead=\"RESOLVED that\" outcome=\"noted\">the list of appeals be noted</rec>."]))
    n += 1
    h.append(minute("PC/%d" % n, "Date of Next Meeting", [
        "The next meeting will be held on [[d:2023-04-11|Tuesday, 11 April 2023 at 6.30 pm|t=18:30]]."]))
    h.append("<p>The meeting ended at 8.47 pm.</p><p>&nbsp;</p><p>Chair ..........................................</p>")
    return "\n".join(h)


PACK = {
    "name": "thornbury-dc-planning-committee-2023-03-14-minutes",
    "title": "Planning Committee minutes, 14 March 2023",
    "meeting": {"authority": "Thornbury District Council", "body": "Planning Committee", "date": "2023-03-14",
                "start_time": "18:30", "venue": "Council Chamber, Riverside House, Thornbury"},
    "documents": [
        {"key": "minutes", "kind": "minutes", "title": "PLANNING COMMITTEE", "date": "2023-03-14", "authors": [],
         "font": "Liberation Serif", "font_size": "12pt", "margin": "2.5cm", "html": body()},
    ],
}
