# Cedar Valley Unified School District, Board of Education special meeting, April 6, 2016.
# US Letter, DejaVu Sans. Decimal item numbers (6.0 / 6.1), "Superintendent's Recommendation:"
# lines, minutes with motions and recorded ayes/noes, staff reports, a resolution.

ITEMS = [
    {"number": "1", "printed": "1.0", "title": "CALL TO ORDER"},
    {"number": "1.1", "parent": "1", "title": "Roll Call"},
    {"number": "1.2", "parent": "1", "title": "Pledge of Allegiance"},
    {"number": "2", "printed": "2.0", "title": "APPROVAL OF AGENDA"},
    {"number": "3", "printed": "3.0", "title": "PUBLIC COMMENT ON NON-AGENDA ITEMS"},
    {"number": "4", "printed": "4.0", "title": "REPORTS"},
    {"number": "4.1", "parent": "4", "title": "Superintendent's Report"},
    {"number": "4.2", "parent": "4", "title": "Student Board Member Report"},
    {"number": "5", "printed": "5.0", "title": "CONSENT CALENDAR"},
    {"number": "5.1", "parent": "5", "title": "Minutes of the Regular Meeting of [[d:2016-03-16|March 16, 2016]]", "docs": ["minutes"],
     "rec": "Approve the minutes of the regular meeting of [[d:2016-03-16|03/16/2016]] as presented."},
    {"number": "5.2", "parent": "5", "title": "Personnel Report No. 14", "docs": ["personnel"],
     "rec": "Ratify the personnel actions listed in Personnel Report No. 14."},
    {"number": "5.3", "parent": "5", "title": "Field Trip Request - Cedar Valley High School Robotics Team",
     "rec": "Approve overnight travel to the state championship in Sacramento, [[d:2016-04-21/2016-04-23|April 21-23, 2016]]."},
    {"number": "5.4", "parent": "5", "title": "Donations",
     "rec": "Accept the donations listed with gratitude."},
    {"number": "6", "printed": "6.0", "title": "ACTION ITEMS"},
    {"number": "6.1", "parent": "6", "title": "Second Interim Financial Report, Fiscal Year [[d:2015/2016|2015-16|p=financial_year]]", "docs": ["interim"],
     "rec": "Adopt a positive certification of the Second Interim Financial Report for fiscal year [[d:2015/2016|2015-16|p=financial_year]]."},
    {"number": "6.2", "parent": "6", "title": "Resolution No. 15-27, Reduction of Classified Services", "docs": ["reso"],
     "rec": "Adopt Resolution No. [[x:15-27]] eliminating 3.5 FTE classified positions effective [[d:2016-06-30|June 30, 2016]]."},
    {"number": "6.3", "parent": "6", "title": "Facilities Use Agreement with Cedar Valley Youth Soccer League", "docs": ["facilities"],
     "rec": "Approve the five-year facilities use agreement as presented."},
    {"number": "7", "printed": "7.0", "title": "BOARD MEMBER COMMENTS"},
    {"number": "8", "printed": "8.0", "title": "ADJOURNMENT"},
]


def front_html(ranges):
    h = ["""<p align="center" style="font-size:15pt"><b>CEDAR VALLEY UNIFIED SCHOOL DISTRICT</b></p>
<p align="center"><b>BOARD OF EDUCATION - SPECIAL MEETING</b></p>
<p align="center">[[d:2016-04-06|Wednesday, April 6, 2016 · 6:30 p.m.|t=18:30]]<br>District Office Board Room, 880 Orchard Way, Cedar Valley, CA 95014</p>
<p align="center"><i>Board of Education: Karen Whitley, President; Luis Moreno, Vice President; Jean Park, Clerk; Tom Ellison; Maya Srinivasan<br>
Student Board Member: Olivia Grant &middot; Superintendent: Dr. Harold Benton</i></p>
<p><i>Members of the public may address the Board on any agenda item when it is considered. Speakers are asked to complete a
card and give it to the Executive Assistant. Each speaker is limited to three minutes.</i></p>"""]
    for it in ITEMS:
        if it.get("parent"):
            h.append('<p style="margin-left:1.0cm"><b>%s&nbsp;&nbsp;%s</b></p>' % (it["number"], it["title"]))
            if it.get("rec"):
                h.append('<p style="margin-left:1.9cm">Superintendent\'s Recommendation: <rec item="%s">%s</rec></p>' % (it["number"], it["rec"]))
        else:
            h.append('<p><b>%s&nbsp;&nbsp;%s</b></p>' % (it["printed"], it["title"]))
            if it["number"] == "5":
                h.append('<p style="margin-left:1.0cm">Items on the consent calendar are routine and are acted on by one motion. Any Board member may ask for an item to be removed for separate discussion.</p>')
    h.append("""<p>&nbsp;</p><p>The next regular meeting of the Board of Education will be held on [[d:2016-04-20|April 20, 2016 at 6:30 p.m.|t=18:30]]</p>
<p><i>Posted [[d:2016-04-04|04/04/2016|amb]]. In compliance with the Americans with Disabilities Act, individuals who need special assistance to
attend the meeting should contact the Superintendent's Office at (408) 555-0190 at least 24 hours before the meeting.</i></p>""")
    return "\n".join(h)


MINUTES = """
<p align="center"><b>CEDAR VALLEY UNIFIED SCHOOL DISTRICT<br>MINUTES OF THE REGULAR MEETING OF THE BOARD OF EDUCATION</b></p>
<p align="center">[[d:2016-03-16|March 16, 2016]]</p>
<p><b>1.0 CALL TO ORDER</b></p>
<p>President Whitley called the meeting to order at 6:31 p.m. Present: Whitley, Moreno, Park, Ellison, Srinivasan. Student Board Member Grant was present.</p>
<p><b>2.0 APPROVAL OF AGENDA</b></p>
<p>Motion by Moreno, second by Park, to approve the agenda as presented. <rec k="resolution" outcome="carried" votes="5,0,0">Approve the agenda as presented</rec>. Motion carried 5-0.</p>
<p><b>3.0 PUBLIC COMMENT</b></p>
<p>Two parents spoke about traffic safety at the Orchard Way entrance to Cedar Valley Elementary. The Superintendent said
that staff would meet with the City traffic engineer and report back.</p>
<p><b>5.0 CONSENT CALENDAR</b></p>
<p>Motion by Ellison, second by Srinivasan, to approve the consent calendar. <rec k="resolution" outcome="carried" votes="5,0,0">Approve the consent calendar</rec>. Ayes: Whitley, Moreno, Park, Ellison, Srinivasan. Noes: none. Motion carried 5-0.</p>
<p><b>6.1 [[d:2016/2017|2016-17|p=financial_year]] Instructional Calendar</b></p>
<p>The Assistant Superintendent, Educational Services, presented the proposed calendar, with the first day of school on
[[d:2016-08-17|August 17, 2016]] and the last day on [[d:2017-06-02|June 2, 2017]]. Board members discussed the length of the
winter break and the timing of professional development days.</p>
<p>Motion by Park, second by Moreno, to <rec k="resolution" outcome="carried" votes="4,1,0">adopt the [[d:2016/2017|2016-17|p=financial_year]] instructional calendar as presented</rec>. Ayes: Whitley, Moreno, Park, Srinivasan. Noes: Ellison. Motion carried 4-1.</p>
<p><b>6.2 Solar Power Purchase Agreement</b></p>
<p>Staff recommended a twenty-year power purchase agreement for solar canopies at four sites. Board members asked about
the termination provisions and the condition of the parking lots.</p>
<p>Motion by Srinivasan, second by Whitley, to <rec k="resolution" outcome="lost" votes="2,3,0">approve the solar power purchase agreement</rec>. Ayes: Srinivasan, Whitley. Noes: Moreno, Park, Ellison. Motion failed 2-3.</p>
<p>Motion by Moreno, second by Ellison, to <rec k="resolution" outcome="carried" votes="5,0,0">direct staff to return with an alternative financing option by [[d:2016-05|May 2016]]</rec>. Motion carried 5-0.</p>
<p><b>8.0 ADJOURNMENT</b></p>
<p>The meeting was adjourned at 9:12 p.m.</p>
<p>&nbsp;</p><p>Jean Park, Clerk of the Board</p>
"""

INTERIM = """
<p align="center"><b>CEDAR VALLEY UNIFIED SCHOOL DISTRICT<br>BOARD AGENDA ITEM REPORT</b></p>
<table data-layout="1" width="100%" cellpadding="2">
<tr><td width="22%"><b>TO:</b></td><td>Board of Education</td></tr>
<tr><td><b>FROM:</b></td><td>Dr. Harold Benton, Superintendent<br>Rachel Kim, Chief Business Official</td></tr>
<tr><td><b>DATE:</b></td><td>[[d:2016-04-06|April 6, 2016]]</td></tr>
<tr><td><b>SUBJECT:</b></td><td>Second Interim Financial Report, Fiscal Year [[d:2015/2016|2015-16|p=financial_year]]</td></tr>
</table><hr>
<p><b>BACKGROUND</b></p>
<p>Education Code Section 42130 requires the Board to certify twice a year whether the District will be able to meet its
financial obligations for the current year and the two subsequent years. The second interim report covers the period
from [[d:2015-07-01/2016-01-31|July 1, 2015 through January 31, 2016]].</p>
<p>The Governor's budget proposal released on [[d:2016-01-07|January 7, 2016]] continued the implementation of the Local
Control Funding Formula and included a one-time discretionary block grant of approximately $214 per student.</p>
<p><b>ANALYSIS</b></p>
<p>General Fund revenues are projected at $96.4 million, an increase of $1.9 million over the first interim report, mainly
because of the one-time discretionary funds. Expenditures are projected at $97.1 million, resulting in a planned deficit of
$0.7 million that will be met from the fund balance.</p>
<table data-title="Multi-year projection, Unrestricted General Fund" border="1" cellspacing="0" cellpadding="4" width="100%">
<thead><tr><th>($ millions)</th><th>[[d:2015/2016|2015-16|p=financial_year]]</th><th>[[d:2016/2017|2016-17|p=financial_year]]</th><th>[[d:2017/2018|2017-18|p=financial_year]]</th></tr></thead>
<tbody>
<tr><td>Revenues</td><td align="right">82.6</td><td align="right">85.1</td><td align="right">87.0</td></tr>
<tr><td>Expenditures</td><td align="right">80.9</td><td align="right">84.3</td><td align="right">87.9</td></tr>
<tr><td>Contributions to restricted programs</td><td align="right">(2.4)</td><td align="right">(2.6)</td><td align="right">(2.8)</td></tr>
<tr><td>Net change in fund balance</td><td align="right">(0.7)</td><td align="right">(1.8)</td><td align="right">(3.7)</td></tr>
<tr><td>Ending fund balance</td><td align="right">11.2</td><td align="right">9.4</td><td align="right">5.7</td></tr>
<tr><td>Reserve for economic uncertainties (3%)</td><td align="right">2.9</td><td align="right">3.0</td><td align="right">3.1</td></tr>
</tbody></table>
<p>The projection shows that the District will meet the minimum reserve requirement in each of the three years, but that
ongoing expenditures exceed ongoing revenues from [[d:2017/2018|2017-18|p=financial_year]]. Staff will bring budget
reduction options to the Board in the spring.</p>
<p><b>FISCAL IMPACT</b></p>
<p>None from the certification itself.</p>
<p><b>RECOMMENDATION</b></p>
<p>It is recommended that the Board of Education <rec lead="It is recommended that the Board of Education">adopt a positive certification of the Second Interim Financial Report for fiscal year [[d:2015/2016|2015-16|p=financial_year]]</rec>.</p>
"""

RESO = """
<p align="center"><b>CEDAR VALLEY UNIFIED SCHOOL DISTRICT<br>RESOLUTION NO. [[x:15-27]]</b></p>
<p align="center"><b>REDUCTION OF CLASSIFIED SERVICES DUE TO LACK OF WORK OR LACK OF FUNDS</b></p>
<p>WHEREAS, the Board of Education has determined that it is in the best interest of the District to reduce classified
services because of lack of funds; and</p>
<p>WHEREAS, Education Code Section 45117 requires that affected employees receive notice at least 60 days before layoff;</p>
<p>NOW, THEREFORE, BE IT RESOLVED that:</p>
<p style="margin-left:1cm">1. <rec k="resolution" label="1." lead="BE IT RESOLVED that">the following classified positions be eliminated effective [[d:2016-06-30|June 30, 2016]]: 2.0 FTE Library Technician; 1.0 FTE Clerk Typist II; 0.5 FTE Campus Supervisor</rec>;</p>
<p style="margin-left:1cm">2. <rec k="resolution" label="2." lead="BE IT RESOLVED that">the Superintendent or designee give notice of layoff to the affected employees in accordance with law</rec>.</p>
<p>PASSED AND ADOPTED this [[d:2016-04-06|6th day of April, 2016]], by the following vote:</p>
<p>AYES: ______ NOES: ______ ABSENT: ______</p>
<p>&nbsp;</p><p>______________________________<br>Jean Park, Clerk of the Board of Education</p>
"""

FACILITIES = """
<p align="center"><b>CEDAR VALLEY UNIFIED SCHOOL DISTRICT<br>BOARD AGENDA ITEM REPORT</b></p>
<table data-layout="1" width="100%" cellpadding="2">
<tr><td width="22%"><b>TO:</b></td><td>Board of Education</td></tr>
<tr><td><b>FROM:</b></td><td>Marcus Dean, Director of Facilities</td></tr>
<tr><td><b>DATE:</b></td><td>[[d:2016-04-06|April 6, 2016]]</td></tr>
<tr><td><b>SUBJECT:</b></td><td>Facilities Use Agreement with Cedar Valley Youth Soccer League</td></tr>
</table><hr>
<p><b>BACKGROUND</b></p>
<p>The Cedar Valley Youth Soccer League has used District fields under annual permits since [[d:2004|2004]]. The League has
asked for a multi-year agreement so that it can invest in field improvements.</p>
<p><b>ANALYSIS</b></p>
<p>Under the proposed agreement the League would use the fields at Orchard Middle School and Cedar Valley High School on
weekday evenings and Saturdays outside school hours from [[d:2016-08-01/2021-07-31|08/01/2016 to 07/31/2021|amb]].
The League would pay an annual fee of $18,500 and contribute $40,000 toward new irrigation at Orchard Middle School.</p>
<table data-title="Field allocation" border="1" cellspacing="0" cellpadding="4" width="100%">
<thead><tr><th>Site</th><th>Field</th><th>Days</th><th>Hours</th></tr></thead>
<tbody>
<tr><td rowspan="2">Orchard Middle School</td><td>Upper field</td><td>Mon - Fri</td><td>4:30 p.m. - 8:00 p.m.</td></tr>
<tr><td>Lower field</td><td>Saturday</td><td>8:00 a.m. - 5:00 p.m.</td></tr>
<tr><td>Cedar Valley High School</td><td>Stadium field</td><td>Saturday</td><td>8:00 a.m. - 2:00 p.m.</td></tr>
</tbody></table>
<p><b>FISCAL IMPACT</b></p>
<p>Revenue of $92,500 over five years plus the capital contribution.</p>
<p><b>RECOMMENDATION</b></p>
<p>It is recommended that the Board of Education <rec lead="It is recommended that the Board of Education">approve the five-year facilities use agreement with the Cedar Valley Youth Soccer League</rec>.</p>
"""

ACTIONS = [
    ("Employment", "Certificated", "Alvarez, Maria", "Teacher, Grade 3", "Cedar Valley Elementary", "2016-08-15", "08/15/2016"),
    ("Employment", "Certificated", "Brooks, Daniel", "Teacher, Mathematics", "Cedar Valley High", "2016-08-15", "08/15/2016"),
    ("Employment", "Certificated", "Chen, Wei", "Speech-Language Pathologist", "District Office", "2016-08-15", "08/15/2016"),
    ("Employment", "Classified", "Dawson, Lena", "Instructional Aide", "Orchard Middle", "2016-04-11", "04/11/2016"),
    ("Employment", "Classified", "Esposito, Frank", "Custodian I", "Cedar Valley High", "2016-04-18", "04/18/2016"),
    ("Resignation", "Certificated", "Fischer, Anna", "Teacher, English", "Cedar Valley High", "2016-06-10", "06/10/2016"),
    ("Resignation", "Classified", "Garcia, Rosa", "Food Service Worker", "Orchard Middle", "2016-03-31", "03/31/2016"),
    ("Retirement", "Certificated", "Hughes, Patricia", "Teacher, Kindergarten", "Valley Oak Elementary", "2016-06-10", "06/10/2016"),
    ("Retirement", "Classified", "Ingram, Robert", "Maintenance Worker II", "District Office", "2016-06-30", "06/30/2016"),
    ("Leave of Absence", "Certificated", "Jensen, Kara", "Teacher, Grade 5", "Valley Oak Elementary", "2016-08-15", "08/15/2016"),
    ("Change of Assignment", "Classified", "Khan, Samir", "Account Clerk II to Account Clerk III", "District Office", "2016-04-01", "04/01/2016"),
    ("Change of Assignment", "Certificated", "Lopez, Daniela", "Teacher to Assistant Principal", "Orchard Middle", "2016-07-01", "07/01/2016"),
    ("Substitute", "Certificated", "Moore, Jacob", "Day-to-day substitute", "Districtwide", "2016-03-21", "03/21/2016"),
    ("Substitute", "Classified", "Nguyen, Thu", "Substitute Instructional Aide", "Districtwide", "2016-03-28", "03/28/2016"),
]


def personnel_html():
    rows = []
    i = 0
    while i < len(ACTIONS):
        j = i
        while j < len(ACTIONS) and ACTIONS[j][0] == ACTIONS[i][0]:
            j += 1
        for k in range(i, j):
            a = ACTIONS[k]
            first = '<td rowspan="%d"><b>%s</b></td>' % (j - i, a[0]) if k == i else ""
            rows.append("<tr>%s<td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>[[d:%s|%s%s]]</td></tr>"
                        % (first, a[1], a[2], a[3], a[4], a[5], a[6], "" if int(a[6][3:5]) > 12 else "|amb"))
        i = j
    return ("""<p align="center"><b>CEDAR VALLEY UNIFIED SCHOOL DISTRICT<br>PERSONNEL REPORT NO. 14</b></p>
<p>Board meeting of [[d:2016-04-06|April 6, 2016]]. The following personnel actions are submitted for ratification.</p>
<table data-title="Personnel Report No. 14" border="1" cellspacing="0" cellpadding="5" width="100%">
<thead><tr><th width="15%">Action</th><th width="13%">Unit</th><th width="16%">Name</th><th>Position</th><th width="17%">Location</th><th width="13%">Effective</th></tr></thead>
<tbody>""" + "".join(rows) + """</tbody></table>
<p>&nbsp;</p><p>Submitted by: Angela Ruiz, Assistant Superintendent, Human Resources</p>""")


LETTER = {"paper": "Letter", "font": "DejaVu Sans", "font_size": "10pt", "margin": "0.9in"}

PACK = {
    "name": "cedar-valley-usd-board-2016-04-06",
    "title": "Board of Education Special Meeting, April 6, 2016",
    "meeting": {"authority": "Cedar Valley Unified School District", "body": "Board of Education", "date": "2016-04-06",
                "start_time": "18:30", "venue": "District Office Board Room, 880 Orchard Way, Cedar Valley, CA 95014"},
    "items": ITEMS,
    "documents": [
        dict(LETTER, key="agenda", kind="front_sheet", title="BOARD OF EDUCATION - SPECIAL MEETING", date="2016-04-04", authors=[]),
        dict(LETTER, key="minutes", kind="minutes", item="5.1", date="2016-03-16",
             title="MINUTES OF THE REGULAR MEETING OF THE BOARD OF EDUCATION", html=MINUTES),
        dict(LETTER, key="personnel", kind="report", item="5.2", date="2016-04-06", title="PERSONNEL REPORT NO. 14",
             authors=["Angela Ruiz"], html=personnel_html(), landscape=True),
        dict(LETTER, key="interim", kind="report", item="6.1", date="2016-04-06", title="BOARD AGENDA ITEM REPORT",
             to="Board of Education", subject="Second Interim Financial Report, Fiscal Year 2015-16",
             authors=["Rachel Kim"], html=INTERIM,
             **{"from": "Dr. Harold Benton, Superintendent; Rachel Kim, Chief Business Official"}),
        dict(LETTER, key="reso", kind="other", item="6.2", date="2016-04-06", title="RESOLUTION NO. 15-27", html=RESO),
        dict(LETTER, key="facilities", kind="report", item="6.3", date="2016-04-06", title="BOARD AGENDA ITEM REPORT",
             to="Board of Education", subject="Facilities Use Agreement with Cedar Valley Youth Soccer League",
             authors=["Marcus Dean"], html=FACILITIES, **{"from": "Marcus Dean, Director of Facilities"}),
    ],
}
