# Fenbridge Borough Council (invented), budget meeting of the full Council, 20 February 2025:
# printed minutes, A4, Liberation Sans, no stamps. The budget-amendment convention of UK full
# council minutes: the Leader moves the Cabinet's recommendations; "X moved and Y seconded the
# following amendment:" then the amendment's text as its own paragraph ("To replace
# Recommendation (d) with ..."), debate, a recorded vote of names (For / Against / Abstain) and
# "The amendment was LOST."; a second amendment adding a new recommendation "put to the vote
# and was CARRIED"; then the substantive motion as amended carried on a recorded vote and
# "RESOLVED that the Council:" (a)-(g). Each amendment is one record (kind recommendation)
# with its motion (mover, seconder, outcome, names of the recorded vote, amends: the label it
# replaces, null for a new recommendation).

FY = "[[d:2025/2026|2025/26|p=financial_year]]"

AMENDMENT_1 = ("To replace Recommendation (d) with &ldquo;approve the fees and charges for " + FY
               + " at Appendix 5, except that the annual charge for garden waste collection remain at &pound;48, "
               "the cost of &pound;96,000 to be met from the Budget Risk Reserve&rdquo;")
AMENDMENT_2 = ("To add a new recommendation (g): &ldquo;ask the Cabinet to report to the Council by "
               "[[d:2025-09|September 2025]] on the cost of extending free swimming to all residents aged under 18&rdquo;")

VOTE_1 = {"for": ["Haddad", "Lindqvist", "Pryce"],
          "against": ["Beaumont", "Callow", "Draycott", "Fenwick", "Iqbal", "Marsh", "Okoro"],
          "abstain": ["Councillor Jarrold"]}
VOTE_S = {"for": ["Beaumont", "Callow", "Draycott", "Fenwick", "Haddad", "Iqbal", "Jarrold", "Marsh", "Okoro"],
          "against": ["Lindqvist", "Pryce"], "abstain": []}

MOTIONS = {
    "am1": {"mover": "Councillor Pryce", "seconder": "Councillor Lindqvist", "outcome": "lost", "votes": VOTE_1,
            "amends": "(d)"},
    "am2": {"mover": "Councillor Haddad", "seconder": "Councillor Pryce", "outcome": "carried", "votes": None,
            "amends": None},
}

RESOLVED = [
    ("(a)", "approve a net revenue budget for " + FY + " of &pound;21,364,000, as set out in Appendix 1"),
    ("(b)", "approve a Band D council tax for the Borough Council of &pound;212.67 for " + FY
     + ", an increase of 2.99%"),
    ("(c)", "approve a capital programme for " + FY + " of &pound;38,420,000, as set out in Appendix 3"),
    ("(d)", "approve the fees and charges for " + FY + " at Appendix 5"),
    ("(e)", "note the report of the Chief Finance Officer on the robustness of the estimates and the adequacy of reserves"),
    ("(f)", "delegate authority to the Chief Finance Officer, after consultation with the Leader, to make any technical "
     "changes to the budget needed once the final local government finance settlement is known"),
    ("(g)", "ask the Cabinet to report to the Council by [[d:2025-09|September 2025]] on the cost of extending free swimming "
     "to all residents aged under 18"),
]


def names(side):
    if not side:
        return "None"
    if side[0].startswith("Councillor "):
        return ", ".join(side)
    return "Councillors " + (", ".join(side[:-1]) + " and " + side[-1] if len(side) > 1 else side[0])


def vote(v):
    return ('<p style="margin-left:1cm">For: %s<br>Against: %s<br>Abstain: %s</p>'
            % (names(v["for"]), names(v["against"]), names(v["abstain"])))


def body():
    h = ["""<p align="center" style="font-size:15pt"><b>FENBRIDGE BOROUGH COUNCIL</b></p>
<p align="center"><b>MINUTES OF THE BUDGET MEETING OF THE COUNCIL</b></p>
<p>Minutes of the budget meeting of the Council held in the Council Chamber, Guildhall, Fenbridge on
[[d:2025-02-20|Thursday, 20 February 2025 at 7.00 pm|t=19:00]]</p>
<p><b>Present:</b> The Mayor (Councillor E Draycott) (in the Chair); Councillors P Beaumont, R Callow, A Fenwick,
S Haddad, N Iqbal, T Jarrold, K Lindqvist, D Marsh, B Okoro and G Pryce</p>
<p><b>Officers:</b> J Whitlock (Chief Executive), M Ansell (Chief Finance Officer), L Moreby (Monitoring Officer)
and C Dufay (Democratic Services Manager)</p>
<p><b>Apologies:</b> Councillor H Vance</p>""",
         "<p><b>C/71&nbsp;&nbsp;&nbsp;Declarations of Interest</b></p>",
         "<p>Councillor Iqbal declared that she holds a garden waste permit. The Monitoring Officer advised that this "
         "was not an interest that prevented her from taking part.</p>",
         "<p><b>C/72&nbsp;&nbsp;&nbsp;Revenue Budget, Capital Programme and Council Tax " + FY + "</b></p>",
         "<p>The Council considered the recommendations of the Cabinet from its meeting on [[d:2025-02-06|6 February 2025]], "
         "set out in the report of the Chief Finance Officer. Councillor Marsh, the Leader of the Council, introduced the "
         "budget and moved the recommendations. Councillor Okoro seconded them.</p>",
         "<p>Councillor Pryce moved and Councillor Lindqvist seconded the following amendment:</p>",
         '<p style="margin-left:1cm"><rec k="recommendation" motion="am1" outcome="lost" votes="3,7,1">' + AMENDMENT_1 + "</rec>.</p>",
         "<p>Councillor Pryce said that the increase to the garden waste charge would fall hardest on households with "
         "large gardens in the rural wards. Councillor Marsh replied that the reserve was needed for the risks set out "
         "in the Chief Finance Officer's report.</p>",
         "<p>Following debate, the amendment was put to the vote. In accordance with Council Procedure Rule 19.4 a "
         "recorded vote was taken:</p>",
         vote(VOTE_1),
         "<p>The amendment was LOST.</p>",
         "<p>Councillor Haddad moved and Councillor Pryce seconded the following amendment:</p>",
         '<p style="margin-left:1cm"><rec k="recommendation" motion="am2" outcome="carried">' + AMENDMENT_2 + "</rec>.</p>",
         "<p>Councillor Marsh said that the administration would accept the amendment.</p>",
         "<p>The amendment was put to the vote and was CARRIED.</p>",
         "<p>The substantive motion, as amended, was put to the vote. In accordance with the Local Authorities "
         "(Standing Orders) (England) (Amendment) Regulations a recorded vote was taken:</p>",
         vote(VOTE_S),
         "<p>The substantive motion was CARRIED.</p>",
         "<p>RESOLVED that the Council:</p>"]
    for lab, txt in RESOLVED:
        h.append('<p style="margin-left:1cm">%s <rec k="resolution" label="%s" lead="RESOLVED that the Council" '
                 'outcome="carried" votes="9,2,0">%s</rec>;</p>' % (lab, lab, txt))
    h.append("<p><b>C/73&nbsp;&nbsp;&nbsp;Date of Next Meeting</b></p>")
    h.append("<p>The next ordinary meeting of the Council will be held on "
             "[[d:2025-04-10|Thursday, 10 April 2025 at 7.00 pm|t=19:00]].</p>")
    h.append("<p>The meeting ended at 9.12 pm.</p><p>&nbsp;</p><p>Mayor ..........................................</p>")
    return "\n".join(h)


PACK = {
    "name": "fenbridge-bc-budget-council-2025-02-20-minutes",
    "title": "Budget meeting of the Council, minutes, 20 February 2025",
    "meeting": {"authority": "Fenbridge Borough Council", "body": "Council", "date": "2025-02-20",
                "start_time": "19:00", "venue": "Council Chamber, Guildhall, Fenbridge"},
    "motions": MOTIONS,
    "documents": [
        {"key": "minutes", "kind": "minutes", "title": "MINUTES OF THE BUDGET MEETING OF THE COUNCIL", "date": "2025-02-20",
         "authors": [], "font": "Liberation Sans", "font_size": "11pt", "margin": "2.5cm", "html": body()},
    ],
}
