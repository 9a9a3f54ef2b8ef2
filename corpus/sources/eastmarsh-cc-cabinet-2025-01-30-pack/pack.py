# Eastmarsh County Council, Cabinet, 30 January 2025: a summons-style public reports pack.
# Front sheet with right-aligned page ranges, UNRESTRICTED ITEMS / EXEMPT ITEMS, items without
# pages, an exempt item; unnumbered front sheet, "Page N" stamps from the first report.

AUTH = "Eastmarsh County Council"

ITEMS = [
    {"number": "1", "title": "Apologies"},
    {"number": "2", "title": "Declarations of Interest"},
    {"number": "3", "title": "Minutes of the Meeting held on [[d:2024-12-12|12th December 2024]]", "docs": ["minutes"]},
    {"number": "4", "title": "Cabinet Member Updates"},
    {"number": "5", "title": "24/00131 - Revenue and Capital Budget Monitoring Report - [[d:2024-11|November|p=month]] [[d:2024/2025|2024-25|p=financial_year]]", "docs": ["budget"]},
    {"number": "6", "title": "24/00135 - Home to School Transport Policy [[d:2025/2026|2025-26|p=financial_year]]", "docs": ["transport", "transport-app"]},
    {"number": "7", "title": "Local Nature Recovery Strategy - Consultation Response"},
    {"number": "8", "title": "Exclusion of the Press and Public", "business": "private"},
    {"number": "9", "title": "24/00140 - Disposal of Former Depot, Harbour Road, Saltley", "business": "private"},
]


def front_html(ranges):
    def row(it):
        rng = ranges.get(it["number"], "")
        return ('<tr><td width="7%%" valign="top">%s.</td><td valign="top">%s</td>'
                '<td width="18%%" align="right" valign="top">%s</td></tr>' % (it["number"], it["title"], rng))
    pub = "".join(row(it) for it in ITEMS if it.get("business", "public") == "public")
    priv = "".join(row(it) for it in ITEMS if it.get("business") == "private")
    return """
<p align="center" style="font-size:12pt">EASTMARSH COUNTY COUNCIL</p>
<p align="center" style="font-size:16pt"><b>AGENDA</b></p>
<p align="center" style="font-size:16pt"><b>CABINET</b></p>
<table data-layout="1" width="100%" cellpadding="2">
<tr><td width="55%">[[d:2025-01-30|Thursday, 30th January, 2025, at 10.00 am|t=10:00]]</td><td width="18%">Ask for:</td><td>Harriet Quayle</td></tr>
<tr><td>Council Chamber, County Hall, Eastmarsh</td><td>Telephone:</td><td>01632 960 214</td></tr>
<tr><td></td><td>Email:</td><td>harriet.quayle@eastmarsh.example.gov.uk</td></tr>
</table>
<p>Membership (10)</p>
<p>Conservative (10): Mr R Ashworth (Chair), Mrs S Blyth, Mr P Cardew, Mrs E Dunstan, Mr N Edevane, Mr T Fordyce,
Mrs L Greaves, Mr D Halloran, Mrs J Inchbald and Mr K Jarrold</p>
<p>&nbsp;</p>
<p align="center"><b>UNRESTRICTED ITEMS</b><br>(During these items the meeting is likely to be open to the public)</p>
<table data-layout="1" width="100%" cellpadding="4">""" + pub + """</table>
<p align="center"><b>EXEMPT ITEMS</b><br>(During these items the meeting is likely NOT to be open to the public)</p>
<table data-layout="1" width="100%" cellpadding="4">""" + priv + """</table>
<p>&nbsp;</p>
<p>Gideon Marsh<br>General Counsel<br>01632 960 100</p>
<p>[[d:2025-01-22|Wednesday, 22 January 2025]]</p>
<p>Please note that any background documents referred to in the accompanying papers may be inspected by
arrangement with the officer responsible for preparing the relevant report.</p>
"""


MEETING = {"authority": AUTH, "body": "Cabinet", "date": "2025-01-30", "start_time": "10:00",
           "venue": "Council Chamber, County Hall, Eastmarsh"}

MINUTES = """
<p align="center"><b>EASTMARSH COUNTY COUNCIL</b></p>
<p align="center"><b>CABINET</b></p>
<p>MINUTES of a meeting of the Cabinet held in the Council Chamber, County Hall, Eastmarsh on
[[d:2024-12-12|Thursday, 12 December 2024]].</p>
<p>PRESENT: Mr R Ashworth (Chair), Mrs S Blyth, Mr P Cardew, Mrs E Dunstan, Mr N Edevane, Mr T Fordyce,
Mrs L Greaves and Mr D Halloran</p>
<p>IN ATTENDANCE: Ms F Okonjo (Chief Executive), Mr G Marsh (General Counsel), Mr A Penrose (Corporate Director
Finance) and Ms H Quayle (Democratic Services Officer)</p>
<p align="center"><b>UNRESTRICTED ITEMS</b></p>
<p><b>71. Apologies</b><br>(Item 1)</p>
<p>Apologies were received from Mrs Inchbald and Mr Jarrold.</p>
<p><b>72. Declarations of Interest</b><br>(Item 2)</p>
<p>Mr Cardew declared an interest in item 6 as a governor of a school named in the report.</p>
<p><b>73. Minutes of the Meeting held on [[d:2024-11-21|21st November 2024]]</b><br>(Item 3)</p>
<p>RESOLVED that <rec k="resolution" lead="RESOLVED that" outcome="agreed">the minutes of the meeting held on [[d:2024-11-21|21 November 2024]] are correctly recorded and that they be signed by the Chair</rec>.</p>
<p><b>74. Cabinet Member Updates</b><br>(Item 4)</p>
<p>(1) Mrs Blyth, Cabinet Member for Adult Social Care, said that the winter plan agreed with the two hospital
trusts had started on [[d:2024-12-02|2 December|p=day]] and that delayed discharges had fallen for the third month running.</p>
<p>(2) Mr Fordyce, Cabinet Member for Highways, reported that 1,240 potholes had been repaired in [[d:2024-11|November|p=month]],
and that the gritting fleet had been out on eleven nights since the start of the season.</p>
<p>(3) RESOLVED that <rec k="resolution" lead="RESOLVED that" outcome="noted">the updates be noted</rec>.</p>
<p><b>75. 24/00120 - Draft Revenue Budget [[d:2025/2026|2025-26|p=financial_year]] and Medium Term Financial Plan [[d:2025/2028|2025-28|p=range]]</b><br>(Item 5)</p>
<p>(1) Mr Edevane introduced the report, which set out the draft budget for consultation. He explained that the
settlement announced on [[d:2024-12-18|18 December 2024]] was expected to be close to the planning assumptions but
that pressures in children's placements and home to school transport remained severe.</p>
<p>(2) Mr Penrose said that the draft budget was balanced only with the planned use of one-off reserves of
&pound;12.4m and that further savings would be needed in [[d:2026/2027|2026-27|p=financial_year]].</p>
<p>(3) RESOLVED that Cabinet:</p>
<p style="margin-left:1cm">(a) <rec k="resolution" label="(a)" lead="RESOLVED that Cabinet" outcome="agreed">note the draft revenue budget and medium term financial plan</rec>;</p>
<p style="margin-left:1cm">(b) <rec k="resolution" label="(b)" lead="RESOLVED that Cabinet" outcome="agreed">agree that the draft budget be published for consultation until [[d:2025-01-10|10 January 2025]]</rec>; and</p>
<p style="margin-left:1cm">(c) <rec k="resolution" label="(c)" lead="RESOLVED that Cabinet" outcome="agreed">ask the Corporate Director Finance to report the outcome of the consultation to the meeting on [[d:2025-01-30|30 January 2025]]</rec>.</p>
<p><b>76. 24/00126 - Eastmarsh Minerals and Waste Local Plan Review</b><br>(Item 6)</p>
<p>(1) Mr Halloran introduced the report, which sought agreement to publish the reviewed plan for its final stage of
consultation before submission to the Secretary of State. He thanked the officers for the work done since the
consultation in [[d:2024-03|March 2024]].</p>
<p>(2) Members asked about the effect of the plan on the landscape of the northern marshes and about lorry movements
through the villages near the two proposed extensions. The Head of Planning Policy said that each site allocation
carried conditions on routeing and hours of working.</p>
<p>(3) RESOLVED that <rec k="resolution" lead="RESOLVED that" outcome="agreed">the reviewed Minerals and Waste Local Plan be approved for publication and submission</rec>.</p>
<p>The meeting closed at 11.52 am.</p>
"""

FILL = [
    "The forecast position reflects spending to the end of the month and the latest assumptions about activity for the rest of the year.",
    "Directorates have been asked to hold vacancies where it is safe to do so and to defer spending that is not essential.",
    "The largest pressure continues to be in placements for children in care, where the number of high-cost residential placements has risen.",
    "Adult social care is reporting a smaller overspend than at the last quarter because of additional hospital discharge funding.",
    "The capital programme is forecast to underspend, mainly because of slippage on school building projects that will now complete next year.",
    "Treasury management income is higher than budgeted because interest rates have remained above the levels assumed when the budget was set.",
    "The general reserve remains at the level agreed by Council and no drawdown is proposed in this report.",
    "Cabinet Members will continue to receive monthly reports on the delivery of agreed savings.",
    "Where savings are at risk, alternative proposals have been identified and are summarised in the appendix.",
    "The outturn for the year will be reported to Cabinet in the summer.",
]


def fill(seed, n):
    return " ".join(FILL[(seed * 3 + j) % len(FILL)] for j in range(n))


def report_head(frm, to, subject, decision_no, classification, extra=""):
    return ("""<table data-layout="1" width="100%" cellpadding="3">
<tr><td width="25%"><b>From:</b></td><td>""" + frm + """</td></tr>
<tr><td><b>To:</b></td><td>""" + to + """</td></tr>
<tr><td><b>Subject:</b></td><td>""" + subject + """</td></tr>
<tr><td><b>Decision No:</b></td><td>""" + decision_no + """</td></tr>
<tr><td><b>Classification:</b></td><td>""" + classification + """</td></tr>""" + extra + "</table>")


def numbered(sec, title, paras):
    out = ["<p><b>%s. %s</b></p>" % (sec, title)]
    for i, p in enumerate(paras, 1):
        out.append('<p style="margin-left:1.3cm; text-indent:-1.3cm">%s.%d&nbsp;&nbsp;&nbsp;&nbsp;%s</p>' % (sec, i, p))
    return "\n".join(out)


BUDGET = report_head(
    "Nathan Edevane, Deputy Leader and Cabinet Member for Finance<br>Alistair Penrose, Corporate Director Finance",
    "Cabinet - [[d:2025-01-30|30th January 2025]]",
    "Revenue and Capital Budget Monitoring Report - [[d:2024-11|November|p=month]] [[d:2024/2025|2024-25|p=financial_year]]", "24/00131", "Unrestricted") + """
<p><b>Summary:</b> This report sets out the forecast revenue and capital position for [[d:2024/2025|2024-25|p=financial_year]]
as at the [[d:2024-11|end of November 2024|p=month]].</p>
<p><b>Recommendation(s):</b></p>
<p>Cabinet is asked to:</p>
<p style="margin-left:1cm">(1) <rec label="(1)" lead="Cabinet is asked to">NOTE the forecast revenue overspend of &pound;8.7m and the actions being taken to reduce it</rec>;</p>
<p style="margin-left:1cm">(2) <rec label="(2)" lead="Cabinet is asked to">NOTE the forecast capital underspend of &pound;41.2m, of which &pound;38.9m is rephasing into [[d:2025/2026|2025-26|p=financial_year]]</rec>;</p>
<p style="margin-left:1cm">(3) <rec label="(3)" lead="Cabinet is asked to">AGREE the capital budget changes set out in Table 3</rec>.</p>
""" + numbered("1", "Introduction", [fill(1, 4), fill(2, 3)]) + numbered("2", "Revenue position", [fill(3, 4), fill(4, 4), fill(5, 3)]) + """
<p><b>Table 1: Forecast revenue variance by directorate</b></p>
<table data-title="Table 1: Forecast revenue variance by directorate" border="1" cellspacing="0" cellpadding="4" width="100%">
<thead><tr><th>Directorate</th><th>Budget &pound;m</th><th>Forecast &pound;m</th><th>Variance &pound;m</th></tr></thead>
<tbody>
<tr><td>Adult Social Care and Health</td><td align="right">512.6</td><td align="right">515.9</td><td align="right">3.3</td></tr>
<tr><td>Children, Young People and Education</td><td align="right">348.1</td><td align="right">361.4</td><td align="right">13.3</td></tr>
<tr><td>Growth, Environment and Transport</td><td align="right">201.7</td><td align="right">199.2</td><td align="right">(2.5)</td></tr>
<tr><td>Chief Executive's Department</td><td align="right">44.9</td><td align="right">43.8</td><td align="right">(1.1)</td></tr>
<tr><td>Non Attributable Costs</td><td align="right">121.0</td><td align="right">116.7</td><td align="right">(4.3)</td></tr>
<tr><td><b>Total</b></td><td align="right"><b>1,228.3</b></td><td align="right"><b>1,237.0</b></td><td align="right"><b>8.7</b></td></tr>
</tbody></table>
""" + numbered("3", "Capital position", [fill(6, 3), fill(7, 4)]) + """
<p><b>Table 3: Capital budget changes</b></p>
<table data-title="Table 3: Capital budget changes" border="1" cellspacing="0" cellpadding="4" width="100%">
<thead><tr><th>Scheme</th><th>Change &pound;m</th><th>Reason</th></tr></thead>
<tbody>
<tr><td>Basic Need - Saltley Primary</td><td align="right">1.8</td><td>Tender higher than estimate</td></tr>
<tr><td>Highways Major Maintenance</td><td align="right">4.0</td><td>Additional government grant</td></tr>
<tr><td>Country Parks Access</td><td align="right">(0.6)</td><td>Scheme reduced in scope</td></tr>
</tbody></table>
""" + numbered("4", "Conclusions", [fill(8, 3)]) + """
<p><b>Recommendation(s):</b></p>
<p>Cabinet is asked to:</p>
<p style="margin-left:1cm">(1) NOTE the forecast revenue overspend of &pound;8.7m and the actions being taken to reduce it;</p>
<p style="margin-left:1cm">(2) NOTE the forecast capital underspend of &pound;41.2m, of which &pound;38.9m is rephasing into [[d:2025/2026|2025-26|p=financial_year]];</p>
<p style="margin-left:1cm">(3) AGREE the capital budget changes set out in Table 3.</p>
<p><b>Contact details</b></p>
<p>Report Author: Wendy Tallis, Chief Accountant, 01632 960 377, wendy.tallis@eastmarsh.example.gov.uk</p>
"""

TFILL = [
    "The Council has a duty to make travel arrangements for eligible children of compulsory school age.",
    "The cost of home to school transport has risen faster than any other budget line over the last three years.",
    "Most of the increase is in transport for children with special educational needs, where journeys are longer and often need a passenger assistant.",
    "The proposed policy keeps every statutory entitlement and changes only the discretionary elements.",
    "Families who would lose a discretionary entitlement will be given at least one full term's notice.",
    "An equality impact assessment has been completed and is attached as Appendix B.",
    "The consultation received 1,812 responses, of which 61% came from parents and carers.",
    "Respondents were most concerned about the safety of walking routes and about the cost of the post-16 contribution.",
    "Officers have reassessed the eleven walking routes that respondents identified as unsafe.",
    "Personal travel budgets will be offered as an alternative to a taxi where a family prefers to make its own arrangements.",
]


def tfill(seed, n):
    return " ".join(TFILL[(seed * 7 + j) % len(TFILL)] for j in range(n))


TRANSPORT = report_head(
    "Rebecca Dunstan, Cabinet Member for Education and Skills<br>Carl Whitfield, Corporate Director Children, Young People and Education",
    "Cabinet - [[d:2025-01-30|30 January 2025]]",
    "Home to School Transport Policy [[d:2025/2026|2025-26|p=financial_year]]", "24/00135", "Unrestricted",
    '<tr><td><b>Past Pathway:</b></td><td>Children\'s and Young People\'s Cabinet Committee - [[d:2025-01-14|14 January 2025]]</td></tr>'
    '<tr><td><b>Future Pathway:</b></td><td>Cabinet Member decision</td></tr>'
    '<tr><td><b>Electoral Division:</b></td><td>All</td></tr>') + """
<p><b>Summary:</b> This report sets out the outcome of the consultation on the Home to School Transport Policy and
asks Cabinet to endorse the revised policy before the Cabinet Member takes the decision.</p>
<p><b>Recommendation(s):</b> Cabinet is asked to:</p>
<p style="margin-left:1cm">(1) <rec label="(1)" lead="Cabinet is asked to">CONSIDER the outcome of the public consultation held from [[d:2024-09-30/2024-11-24|30 September to 24 November 2024]]</rec>;</p>
<p style="margin-left:1cm">(2) <rec label="(2)" lead="Cabinet is asked to">ENDORSE the revised Home to School Transport Policy at Appendix A</rec>; and</p>
<p style="margin-left:1cm">(3) <rec label="(3)" lead="Cabinet is asked to" to="Cabinet Member for Education and Skills">RECOMMEND that the Cabinet Member for Education and Skills adopts the policy with effect from [[d:2025-09-01|1 September 2025]]</rec>.</p>
""" + numbered("1", "Introduction", [tfill(1, 4), tfill(2, 3)]) + numbered("2", "Background", [tfill(3, 4), tfill(4, 4), tfill(5, 4)]) \
  + numbered("3", "Consultation", [tfill(6, 4), tfill(7, 3), tfill(8, 4), tfill(9, 3)]) \
  + numbered("4", "Financial Implications", ["The changes are expected to reduce spending by &pound;2.1m in a full year, of which &pound;1.2m falls in [[d:2025/2026|2025-26|p=financial_year]].", tfill(10, 3)]) \
  + numbered("5", "Legal Implications", [tfill(11, 3)]) + numbered("6", "Equalities Implications", [tfill(12, 3)]) + """
<p><b>7. Recommendation(s):</b></p>
<p>Cabinet is asked to:</p>
<p style="margin-left:1cm">(1) CONSIDER the outcome of the public consultation held from [[d:2024-09-30/2024-11-24|30 September to 24 November 2024]];</p>
<p style="margin-left:1cm">(2) ENDORSE the revised Home to School Transport Policy at Appendix A; and</p>
<p style="margin-left:1cm">(3) RECOMMEND that the Cabinet Member for Education and Skills adopts the policy with effect from [[d:2025-09-01|1 September 2025]].</p>
<p><b>8. Background Documents</b></p>
<p>Home to School Travel and Transport Statutory Guidance, Department for Education, [[d:2024-06|June 2024]].</p>
<p><b>9. Contact details</b></p>
<p>Report Author: Tamsin Royle, Head of Fair Access, 01632 960 455</p>
<p>Relevant Director: Carl Whitfield, Corporate Director Children, Young People and Education</p>
"""

TRANSPORT_APP = """
<p><b>Appendix A - Summary of changes to the Home to School Transport Policy</b></p>
<table data-title="Appendix A - Summary of changes to the Home to School Transport Policy" border="1" cellspacing="0" cellpadding="5" width="100%">
<thead><tr><th width="22%">Policy area</th><th>Current policy ([[d:2024/2025|2024-25|p=financial_year]])</th><th>Proposed policy ([[d:2025/2026|2025-26|p=financial_year]])</th><th width="16%">Statutory or discretionary</th></tr></thead>
<tbody>
<tr><td>Walking distance, under 8</td><td>2 miles</td><td>2 miles (no change)</td><td>Statutory</td></tr>
<tr><td>Walking distance, 8 and over</td><td>3 miles</td><td>3 miles (no change)</td><td>Statutory</td></tr>
<tr><td>Post-16 transport</td><td>Travel pass, contribution &pound;350 a year</td><td>Travel pass, contribution &pound;420 a year</td><td>Discretionary</td></tr>
<tr><td>Denominational transport</td><td>Free to nearest faith school</td><td>Withdrawn for new applicants from [[d:2025-09|September 2025]]</td><td>Discretionary</td></tr>
<tr><td>Personal travel budgets</td><td>Not offered</td><td>Offered as an alternative to a taxi</td><td>Discretionary</td></tr>
<tr><td>Appeals</td><td colspan="2">Two-stage review and appeal process (no change)</td><td>Statutory guidance</td></tr>
</tbody></table>
"""

A4 = {"font": "Liberation Sans", "font_size": "12pt", "margin": "2.2cm",
      "css": "h1, h2, h3 { font-family: 'Liberation Sans' }"}

PACK = {
    "name": "eastmarsh-cc-cabinet-2025-01-30-pack",
    "title": "Cabinet, 30 January 2025, public reports pack",
    "stamp": "page", "number_front": False, "pad_blank": True,
    "meeting": MEETING, "items": ITEMS,
    "documents": [
        dict(A4, key="front", kind="front_sheet", title="CABINET", date="2025-01-22", authors=["Gideon Marsh"], font_size="11pt"),
        dict(A4, key="minutes", kind="minutes", item="3", date="2024-12-12", title="MINUTES of a meeting of the Cabinet", html=MINUTES),
        dict(A4, key="budget", kind="report", item="5", date="2025-01-30",
             title="Revenue and Capital Budget Monitoring Report - November 2024-25", title_not_printed=False,
             **{"from": "Nathan Edevane, Deputy Leader and Cabinet Member for Finance; Alistair Penrose, Corporate Director Finance"},
             to="Cabinet - 30th January 2025", subject="Revenue and Capital Budget Monitoring Report - November 2024-25",
             authors=["Wendy Tallis"], html=BUDGET),
        dict(A4, key="transport", kind="report", item="6", date="2025-01-30", title="Home to School Transport Policy 2025-26",
             **{"from": "Rebecca Dunstan, Cabinet Member for Education and Skills; Carl Whitfield, Corporate Director Children, Young People and Education"},
             to="Cabinet - 30 January 2025", subject="Home to School Transport Policy 2025-26", authors=["Tamsin Royle"], html=TRANSPORT),
        dict(A4, key="transport-app", kind="appendix", item="6", date=None, landscape=True,
             title="Appendix A - Summary of changes to the Home to School Transport Policy", html=TRANSPORT_APP),
    ],
}
