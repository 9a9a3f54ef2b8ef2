# Brackenfold Borough Council (invented), Overview and Scrutiny Committee, 21 November 2024. A4,
# Liberation Sans. A CMIS-style agenda laid out as a ruled TABLE: columns "Item" (the number) |
# "Subject" (the title in bold with a short line under it: a purpose, or "Report of …", the
# item's description) | "Pages" (the bare printed range "9 - 12", or "–") | "Time" ("10.05") |
# "Lead" (the presenting officer or member). A "PART 2 – ITEMS CONSIDERED IN PRIVATE" row
# spanning the table heads the exempt item. The agenda table is the agenda, not a data table
# (not in tables[], as a front sheet's item list is layout). The reports carry an "Agenda
# Item N" stamp and "Page N" on every page.

ITEMS = [
    {"number": "1", "title": "Apologies for Absence",
     "note": "To receive apologies for absence and notification of substitute members.",
     "time": "10.00", "lead": "Chair"},
    {"number": "2", "title": "Declarations of Interest",
     "note": "Members to declare any disclosable pecuniary or other registrable interests in items on this agenda.",
     "time": "10.02", "lead": "Chair"},
    {"number": "3", "title": "Minutes of the Meeting held on [[d:2024-10-17|17 October 2024]]", "docs": ["minutes"],
     "note": "To approve the minutes as a correct record.",
     "time": "10.05", "lead": "Chair"},
    {"number": "4", "title": "Public Question Time",
     "note": "To answer questions submitted by members of the public under Council Procedure Rule 10.",
     "time": "10.10", "lead": "Chair"},
    {"number": "5", "title": "Revenue Budget Monitoring, [[d:2024-07/2024-09|Quarter 2 2024/25|p=quarter]]", "docs": ["budget"],
     "description": "Report of the Director of Resources",
     "time": "10.20", "lead": "Gareth Pellow, Director of Resources"},
    {"number": "6", "title": "Call-in of Cabinet Decision: Changes to Garden Waste Charges", "docs": ["callin"],
     "description": "Report of the Head of Legal and Democratic Services",
     "time": "11.00", "lead": "Councillor Rhona Castell, Cabinet Member for Environment, and Ian Tebbutt, Head of Waste Services"},
    {"number": "7", "title": "Committee Work Programme",
     "note": "To review the committee's work programme for the rest of the municipal year.",
     "time": "11.45", "lead": "Nadia Ferrand, Scrutiny Officer"},
    {"number": "8", "title": "Exclusion of the Press and Public",
     "note": "To resolve that the press and public be excluded for the following item, which involves exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Local Government Act.",
     "time": "11.55", "lead": "Chair"},
    {"number": "9", "title": "Leisure Centres Management Contract: Procurement Update", "business": "private",
     "description": "Report of the Director of Communities",
     "time": "12.00", "lead": "Olusegun Adeyemi, Director of Communities"},
]

BORDER = 'style="border:1px solid #000000"'


def front_html(ranges):
    h = ["""<p align="center" style="font-size:15pt"><b>BRACKENFOLD BOROUGH COUNCIL</b></p>
<p align="center" style="font-size:14pt"><b>OVERVIEW AND SCRUTINY COMMITTEE</b></p>
<table data-layout="1" width="100%" cellpadding="2">
<tr><td width="18%"><b>Date:</b></td><td>[[d:2024-11-21|Thursday, 21 November 2024]]</td></tr>
<tr><td><b>Time:</b></td><td>10.00 am</td></tr>
<tr><td><b>Venue:</b></td><td>Committee Room 2, Civic Centre, Market Street, Brackenfold</td></tr>
<tr><td><b>Contact:</b></td><td>Nadia Ferrand, Scrutiny Officer, 01632 960 775</td></tr>
</table>
<p><b>Membership:</b> Councillors Wendy Ashworth (Chair), Paul Kilbride (Vice-Chair), Sunita Bhamra, Desmond Ogle,
Fiona Lockyer, Rashid Talukdar, Maureen Penhale and Gordon Strachan-Hayes</p>
<p align="center" style="font-size:13pt"><b>AGENDA</b></p>
<p><b>PART 1 – ITEMS CONSIDERED IN PUBLIC</b></p>
<table data-layout="1" width="100%" cellpadding="5" cellspacing="0" border="1">
<thead><tr valign="top"><th width="7%" align="left">Item</th><th width="47%" align="left">Subject</th><th width="9%" align="left">Pages</th>
<th width="8%" align="left">Time</th><th width="29%" align="left">Lead</th></tr></thead>
<tbody>"""]
    for it in ITEMS:
        if it["number"] == "9":
            h.append('<tr><td colspan="5"><b>PART 2 – ITEMS CONSIDERED IN PRIVATE</b></td></tr>')
        under = it.get("description") or it.get("note")
        h.append('<tr valign="top"><td>%s</td><td><b>%s</b><br>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>'
                 % (it["number"], it["title"], under, ranges.get(it["key"], "–"), it["time"], it["lead"]))
    h.append("""</tbody></table>
<p>&nbsp;</p>
<p>Julian Marchbank, Chief Executive<br>Civic Centre, Market Street, Brackenfold<br>[[d:2024-11-13|13 November 2024]]</p>
<p><i>Timings are a guide only. Item 9 will be considered in private because its report contains information about the
financial affairs of bidders. The report is not published.</i></p>""")
    return "\n".join(h)


MINUTES = """
<p><b>BRACKENFOLD BOROUGH COUNCIL</b></p>
<p><b>MINUTES of the meeting of the OVERVIEW AND SCRUTINY COMMITTEE held on [[d:2024-10-17|Thursday, 17 October 2024]] at the Civic Centre, Brackenfold</b></p>
<p><b>Present:</b> Councillors Wendy Ashworth (Chair), Paul Kilbride, Sunita Bhamra, Desmond Ogle, Fiona Lockyer and
Rashid Talukdar</p>
<p><b>Also present:</b> Gareth Pellow (Director of Resources) and Nadia Ferrand (Scrutiny Officer)</p>
<p><b>24. Apologies for Absence</b></p>
<p>Apologies were received from Councillors Maureen Penhale and Gordon Strachan-Hayes.</p>
<p><b>25. Declarations of Interest</b></p>
<p>There were no declarations of interest.</p>
<p><b>26. Minutes</b></p>
<p>RESOLVED that <rec k="resolution" lead="RESOLVED that" outcome="agreed">the minutes of the meeting held on [[d:2024-09-12|12 September 2024]] be approved as a correct record and signed by the Chair</rec>.</p>
<p><b>27. Town Centre Car Parking Review</b></p>
<p>The committee considered the findings of its task group on town centre car parking. Members noted that occupancy of the
Riverside car park had fallen to 41 per cent on weekdays and asked whether the evening tariff could be reduced to support
the night-time economy.</p>
<p>RESOLVED that <rec k="resolution" lead="RESOLVED that" outcome="agreed">the task group's report be referred to Cabinet with a request that the evening tariff at Riverside car park be reviewed before [[d:2025-04|April 2025]]</rec>.</p>
<p><b>28. Committee Work Programme</b></p>
<p>RESOLVED that <rec k="resolution" lead="RESOLVED that" outcome="noted">the work programme be noted</rec>.</p>
<p>The meeting ended at 12.10 pm.</p>
"""

BUDGET = """
<p><b>BRACKENFOLD BOROUGH COUNCIL</b></p>
<table data-layout="1" width="100%" cellpadding="3">
<tr><td width="24%"><b>Report to:</b></td><td>Overview and Scrutiny Committee</td></tr>
<tr><td><b>Date:</b></td><td>[[d:2024-11-21|21 November 2024]]</td></tr>
<tr><td><b>Report of:</b></td><td>Gareth Pellow, Director of Resources</td></tr>
<tr><td><b>Subject:</b></td><td>Revenue Budget Monitoring, [[d:2024-07/2024-09|Quarter 2 2024/25|p=quarter]]</td></tr>
</table>
<p><b>1. Purpose of the report</b></p>
<p>1.1 This report sets out the forecast outturn on the general fund revenue budget at the end of the second quarter of
[[d:2024/2025|2024/25|p=financial_year]], so that the committee can scrutinise the action being taken to bring spending back within budget.</p>
<p><b>2. Recommendations</b></p>
<p>2.1 The committee is recommended to:</p>
<p style="margin-left:1cm">(a) <rec label="(a)" lead="The committee is recommended to">note the forecast overspend of &pound;1.42m on the general fund</rec>; and</p>
<p style="margin-left:1cm">(b) <rec label="(b)" lead="The committee is recommended to">ask the Director of Resources to report on the temporary accommodation budget at its meeting in [[d:2025-01|January 2025]]</rec>.</p>
<p><b>3. Forecast outturn</b></p>
<p>3.1 At [[d:2024-09-30|30 September 2024]] the general fund is forecast to overspend by &pound;1.42m, or 2.9 per cent of the net budget
of &pound;48.6m. The largest pressure is on temporary accommodation for homeless households, where the number of families placed
in bed and breakfast has risen from 38 to 61 since [[d:2024-04|April 2024]].</p>
<p>3.2 Income from planning fees is &pound;0.21m below budget because fewer major applications have been received. Car parking
income is on budget.</p>
<p>3.3 Savings of &pound;0.35m have been identified from holding vacant posts and reducing agency staff. Directors have been asked to
find further savings of &pound;0.5m before the end of the financial year.</p>
<table data-title="Forecast outturn by directorate, Quarter 2" border="1" cellspacing="0" cellpadding="4" width="100%">
<thead><tr><th>Directorate</th><th>Net budget (&pound;m)</th><th>Forecast (&pound;m)</th><th>Variance (&pound;m)</th></tr></thead>
<tbody>
<tr><td>Communities</td><td align="right">14.20</td><td align="right">15.51</td><td align="right">1.31</td></tr>
<tr><td>Place</td><td align="right">18.75</td><td align="right">18.96</td><td align="right">0.21</td></tr>
<tr><td>Resources</td><td align="right">9.40</td><td align="right">9.30</td><td align="right">(0.10)</td></tr>
<tr><td>Corporate</td><td align="right">6.25</td><td align="right">6.25</td><td align="right">0.00</td></tr>
<tr><td><b>Total</b></td><td align="right"><b>48.60</b></td><td align="right"><b>50.02</b></td><td align="right"><b>1.42</b></td></tr>
</tbody></table>
<p>3.4 The temporary accommodation pressure is expected to continue into next year. The Housing Service is buying
twelve family homes with grant from the Local Authority Housing Fund, which will reduce the use of bed and breakfast
from the spring. The cost of each placement in bed and breakfast is about three times the cost of a family home owned by
the Council.</p>
<p>3.5 Pay costs are forecast to be &pound;0.18m above budget because the national pay award for [[d:2024/2025|2024/25|p=financial_year]] was
higher than the 4 per cent assumed when the budget was set. The difference will be met from the contingency.</p>
<p>3.6 Interest earned on cash balances is &pound;0.27m above budget because interest rates have stayed higher for longer than
forecast in [[d:2024-02|February 2024]]. This gain has been taken into account in the forecast above.</p>
<p><b>4. Financial implications</b></p>
<p>4.1 Any overspend left at the year end will be met from the general fund working balance, which stands at &pound;4.8m.</p>
<p><b>Contact officer:</b> Gareth Pellow, Director of Resources, 01632 960 701</p>
"""

CALLIN = """
<p><b>BRACKENFOLD BOROUGH COUNCIL</b></p>
<table data-layout="1" width="100%" cellpadding="3">
<tr><td width="24%"><b>Report to:</b></td><td>Overview and Scrutiny Committee</td></tr>
<tr><td><b>Date:</b></td><td>[[d:2024-11-21|21 November 2024]]</td></tr>
<tr><td><b>Report of:</b></td><td>Harriet Coyle, Head of Legal and Democratic Services</td></tr>
<tr><td><b>Subject:</b></td><td>Call-in of Cabinet Decision: Changes to Garden Waste Charges</td></tr>
</table>
<p><b>1. Purpose of the report</b></p>
<p>1.1 On [[d:2024-10-29|29 October 2024]] Cabinet decided to increase the annual charge for the garden waste service from &pound;45 to
&pound;58 and to end the discount for households that pay by direct debit. Five members of the committee have called in the
decision under the call-in procedure rules.</p>
<p><b>2. Recommendation</b></p>
<p>2.1 The committee is recommended to:</p>
<p style="margin-left:1cm">(a) <rec label="(a)" lead="The committee is recommended to">consider the reasons given for the call-in and the response of the Cabinet Member</rec>; and</p>
<p style="margin-left:1cm">(b) <rec label="(b)" lead="The committee is recommended to">decide whether to refer the decision back to Cabinet for reconsideration</rec>.</p>
<p><b>3. Reasons for the call-in</b></p>
<p>3.1 The members who called in the decision say that the increase is larger than the rise in the cost of the service, that
residents were not consulted and that the loss of the direct debit discount will fall hardest on older residents.</p>
<p><b>4. Options open to the committee</b></p>
<p>4.1 The committee may take no further action, in which case the decision takes effect from the date of this meeting, or
it may refer the decision back to Cabinet with its reasons. Cabinet would then reconsider the decision on
[[d:2024-12-10|10 December 2024]].</p>
<p><b>Contact officer:</b> Harriet Coyle, Head of Legal and Democratic Services, 01632 960 712</p>
"""

A4 = {"paper": "A4", "font": "Liberation Sans", "font_size": "11pt", "margin": "2cm"}

PACK = {
    "name": "brackenfold-bc-overview-scrutiny-2024-11-21",
    "title": "Overview and Scrutiny Committee, 21 November 2024, agenda",
    "stamp": "page", "number_front": True, "range_style": "column",
    "meeting": {"authority": "Brackenfold Borough Council", "body": "Overview and Scrutiny Committee", "date": "2024-11-21",
                "start_time": "10:00", "venue": "Committee Room 2, Civic Centre, Market Street, Brackenfold"},
    "items": ITEMS,
    "documents": [
        dict(A4, key="front", kind="front_sheet", title="OVERVIEW AND SCRUTINY COMMITTEE", date="2024-11-13", font_size="10pt",
             authors=["Julian Marchbank"]),
        dict(A4, key="minutes", kind="minutes", item="3", date="2024-10-17", agenda_stamp="3",
             title="MINUTES of the meeting of the OVERVIEW AND SCRUTINY COMMITTEE held on Thursday, 17 October 2024 at the Civic Centre, Brackenfold",
             html=MINUTES),
        dict(A4, key="budget", kind="report", item="5", date="2024-11-21", agenda_stamp="5",
             title="Revenue Budget Monitoring, Quarter 2 2024/25", to="Overview and Scrutiny Committee",
             subject="Revenue Budget Monitoring, Quarter 2 2024/25", authors=["Gareth Pellow"], html=BUDGET,
             **{"from": "Gareth Pellow, Director of Resources"}),
        dict(A4, key="callin", kind="report", item="6", date="2024-11-21", agenda_stamp="6",
             title="Call-in of Cabinet Decision: Changes to Garden Waste Charges", to="Overview and Scrutiny Committee",
             subject="Call-in of Cabinet Decision: Changes to Garden Waste Charges", authors=["Harriet Coyle"], html=CALLIN,
             **{"from": "Harriet Coyle, Head of Legal and Democratic Services"}),
    ],
}
