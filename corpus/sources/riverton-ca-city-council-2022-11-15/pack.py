# City of Riverton (California), City Council regular meeting, November 15, 2022. US Letter.
# Agenda with consent calendar and "RECOMMENDATION:" lines, mm/dd/yyyy dates, "6:00 p.m.",
# followed by a staff report and a draft resolution. No page stamps.

ITEMS = [
    {"number": "1", "title": "CALL TO ORDER"},
    {"number": "2", "title": "ROLL CALL"},
    {"number": "3", "title": "PLEDGE OF ALLEGIANCE"},
    {"number": "4", "title": "PRESENTATIONS"},
    {"number": "4a", "parent": "4", "title": "Proclamation - Native American Heritage Month"},
    {"number": "5", "title": "PUBLIC COMMENTS"},
    {"number": "6", "title": "CONSENT CALENDAR"},
    {"number": "6a", "parent": "6", "title": "Approval of Minutes",
     "rec": "Approve the minutes of the Regular Meeting of [[d:2022-11-01|11/01/2022|amb]]."},
    {"number": "6b", "parent": "6", "title": "Warrant Register",
     "rec": "Ratify the warrant register for the period [[d:2022-10-14/2022-10-27|10/14/2022 through 10/27/2022]] in the amount of $2,416,903.18."},
    {"number": "6c", "parent": "6", "title": "Treasurer's Report for [[d:2022-09|September 2022]]",
     "rec": "Receive and file the Treasurer's Report for the month ended [[d:2022-09-30|09/30/2022]]."},
    {"number": "6d", "parent": "6", "title": "Award of Contract - Slurry Seal Project, Phase 3 (Project No. 22-107)",
     "rec": "Award a construction contract to Valle Pavement Inc. in the amount of $618,440.00 and authorize the City Manager to approve change orders up to 10%."},
    {"number": "6e", "parent": "6", "title": "Second Reading - Ordinance No. 1194 (Accessory Dwelling Units)",
     "rec": "Waive full reading and adopt Ordinance No. 1194 amending Chapter 17.42 of the Riverton Municipal Code."},
    {"number": "7", "title": "PUBLIC HEARINGS"},
    {"number": "7a", "parent": "7", "title": "Fiscal Year [[d:2022/2023|2022-23|p=financial_year]] Master Fee Schedule Update", "docs": ["staff", "reso"],
     "rec": "Conduct the public hearing and adopt Resolution No. [[x:2022-88]] approving the updated Master Fee Schedule, effective [[d:2023-01-01|January 1, 2023]]."},
    {"number": "8", "title": "ADMINISTRATIVE REPORTS"},
    {"number": "8a", "parent": "8", "title": "Citywide Street Tree Master Plan - Status Update", "docs": ["trees"],
     "rec": "Receive and file."},
    {"number": "9", "title": "CITY COUNCIL COMMENTS AND COMMITTEE REPORTS"},
    {"number": "10", "title": "CITY MANAGER'S REPORT"},
    {"number": "11", "title": "CLOSED SESSION", "business": "private"},
    {"number": "11a", "parent": "11", "business": "private",
     "title": "Conference with Labor Negotiators (Gov. Code Section 54957.6)"},
    {"number": "12", "title": "ADJOURNMENT"},
]


def front_html(ranges):
    h = ["""<p align="center" style="font-size:16pt"><b>CITY OF RIVERTON</b></p>
<p align="center" style="font-size:14pt"><b>CITY COUNCIL REGULAR MEETING AGENDA</b></p>
<p align="center">[[d:2022-11-15|Tuesday, November 15, 2022 - 6:00 p.m.|t=18:00]]<br>City Hall Council Chambers, 2100 Alder Avenue, Riverton, CA 95601</p>
<p align="center">Mayor Daniel Ortega &middot; Mayor Pro Tem Linda Nakamura &middot; Councilmember Aaron Whitfield &middot;
Councilmember Rosa Delgado &middot; Councilmember Peter Haas</p>
<p><i>Copies of staff reports and other public records relating to items on this agenda are available for review at City
Hall and on the City's website. In compliance with the Americans with Disabilities Act, if you need special assistance
to participate in this meeting, please contact the City Clerk at (530) 555-0142 at least 48 hours before the meeting.</i></p>"""]
    for it in ITEMS:
        if it.get("parent"):
            letter = it["number"][-1].upper()
            h.append('<p style="margin-left:1.2cm; text-indent:-0.7cm"><b>%s.</b>&nbsp;&nbsp;<b>%s</b></p>' % (letter, it["title"]))
            if it.get("rec"):
                h.append('<p style="margin-left:1.2cm">RECOMMENDATION: <rec item="%s">%s</rec></p>' % (it["number"], it["rec"]))
            continue
        h.append('<p><b>%s.&nbsp;&nbsp;%s</b></p>' % (it["number"], it["title"]))
        if it["number"] == "5":
            h.append('<p style="margin-left:1.2cm">Members of the public may address the Council on any item within its jurisdiction that is not on the agenda. Comments are limited to three minutes per speaker.</p>')
        if it["number"] == "6":
            h.append('<p style="margin-left:1.2cm">All matters listed under the Consent Calendar are considered routine and will be enacted by one motion. There will be no separate discussion of these items unless a Councilmember requests that an item be removed for separate action.</p>')
        if it["number"] == "12":
            h.append('<p style="margin-left:1.2cm">Adjourn to the Regular Meeting of [[d:2022-12-06|December 6, 2022 at 6:00 p.m.|t=18:00]]</p>')
    h.append("""<p>&nbsp;</p><p><b>CERTIFICATION OF POSTING</b></p>
<p>I, Marisol Vega, City Clerk of the City of Riverton, certify that this agenda was posted at City Hall and on the
City's website on [[d:2022-11-10|11/10/2022 at 4:30 p.m.|t=16:30,amb]], at least 72 hours before the meeting.</p>
<p>Marisol Vega, City Clerk</p>""")
    return "\n".join(h)


STAFF = """
<p align="center" style="font-size:14pt"><b>CITY OF RIVERTON<br>STAFF REPORT</b></p>
<table data-layout="1" width="100%" cellpadding="2">
<tr><td width="18%"><b>TO:</b></td><td>Honorable Mayor and Members of the City Council</td></tr>
<tr><td><b>FROM:</b></td><td>Karen Liu, Finance Director</td></tr>
<tr><td><b>DATE:</b></td><td>[[d:2022-11-15|November 15, 2022]]</td></tr>
<tr><td><b>SUBJECT:</b></td><td>Fiscal Year [[d:2022/2023|2022-23|p=financial_year]] Master Fee Schedule Update</td></tr>
</table>
<hr>
<p><b>RECOMMENDATION:</b></p>
<p>It is recommended that the City Council:</p>
<p style="margin-left:1cm">1. <rec label="1." lead="It is recommended that the City Council">Conduct a public hearing to receive comments on the proposed fee schedule</rec>; and</p>
<p style="margin-left:1cm">2. <rec label="2." lead="It is recommended that the City Council">Adopt Resolution No. [[x:2022-88]] approving the updated Master Fee Schedule, effective [[d:2023-01-01|January 1, 2023]]</rec>.</p>
<p><b>BACKGROUND:</b></p>
<p>The City charges fees for services such as building permits, planning applications, facility rentals and recreation
programs. State law allows the City to recover the reasonable cost of providing these services. The Master Fee Schedule
was last comprehensively updated on [[d:2019-06-18|June 18, 2019]], and has been adjusted each year since then by the
change in the Consumer Price Index.</p>
<p>In [[d:2022-03|March 2022]], the City engaged a consultant to prepare a cost of service study. The study compared the full
cost of each service with the fee now charged and found that building and planning fees recover about 78 percent of cost
on average, while recreation fees recover about 41 percent.</p>
<p><b>DISCUSSION:</b></p>
<p>Staff proposes to set development-related fees at full cost recovery, phased over two years, and to keep recreation
fees for youth programs below cost as a matter of policy. The table below summarizes the proposed changes for the most
frequently used fees.</p>
<table data-title="Proposed changes to selected fees" border="1" cellspacing="0" cellpadding="4" width="100%">
<thead><tr><th>Fee</th><th>Current Fee</th><th>Proposed Fee</th><th>Change</th></tr></thead>
<tbody>
<tr><td>Residential building permit (new single-family)</td><td align="right">$3,215</td><td align="right">$3,690</td><td align="right">14.8%</td></tr>
<tr><td>Conditional use permit</td><td align="right">$4,100</td><td align="right">$4,780</td><td align="right">16.6%</td></tr>
<tr><td>Encroachment permit</td><td align="right">$265</td><td align="right">$298</td><td align="right">12.5%</td></tr>
<tr><td>Community center rental (per hour)</td><td align="right">$85</td><td align="right">$95</td><td align="right">11.8%</td></tr>
<tr><td>Youth soccer registration</td><td align="right">$60</td><td align="right">$60</td><td align="right">0.0%</td></tr>
</tbody></table>
<p>Notice of the public hearing was published in the Riverton Ledger on [[d:2022-11-04|November 4, 2022]] and
[[d:2022-11-11|November 11, 2022]]. A workshop for the development community was held on [[d:2022-10-20|10/20/2022]].</p>
<p><b>FISCAL IMPACT:</b></p>
<p>The updated fees are expected to increase General Fund revenue by approximately $385,000 in Fiscal Year
[[d:2022/2023|2022-23|p=financial_year]] (half year) and $770,000 in a full year.</p>
<p><b>ATTACHMENTS:</b></p>
<p>1. Resolution No. [[x:2022-88]]<br>2. Cost of Service Study (available on the City's website)</p>
<p>Prepared by: Karen Liu, Finance Director<br>Approved by: Michael Strand, City Manager</p>
"""

RESO = """
<p align="center"><b>RESOLUTION NO. [[x:2022-88]]</b></p>
<p align="center"><b>A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF RIVERTON, CALIFORNIA, APPROVING AN UPDATED MASTER FEE SCHEDULE</b></p>
<p>WHEREAS, the City provides services for which it is appropriate to charge fees to the persons who receive them; and</p>
<p>WHEREAS, a cost of service study completed in [[d:2022-09|September 2022]] determined the reasonable cost of providing those services; and</p>
<p>WHEREAS, a duly noticed public hearing was held on [[d:2022-11-15|November 15, 2022]];</p>
<p>NOW, THEREFORE, THE CITY COUNCIL OF THE CITY OF RIVERTON DOES RESOLVE AS FOLLOWS:</p>
<p><b>Section 1.</b> <rec k="resolution" label="Section 1." lead="THE CITY COUNCIL OF THE CITY OF RIVERTON DOES RESOLVE AS FOLLOWS">The Master Fee Schedule attached as Exhibit A is approved</rec>.</p>
<p><b>Section 2.</b> <rec k="resolution" label="Section 2." lead="THE CITY COUNCIL OF THE CITY OF RIVERTON DOES RESOLVE AS FOLLOWS">The fees shall take effect on [[d:2023-01-01|January 1, 2023]], and shall be adjusted once a year thereafter by the change in the Consumer Price Index</rec>.</p>
<p><b>Section 3.</b> <rec k="resolution" label="Section 3." lead="THE CITY COUNCIL OF THE CITY OF RIVERTON DOES RESOLVE AS FOLLOWS">All prior resolutions setting fees that conflict with this resolution are repealed</rec>.</p>
<p>PASSED, APPROVED AND ADOPTED this [[d:2022-11-15|15th day of November, 2022]].</p>
<p>AYES:<br>NOES:<br>ABSENT:<br>ABSTAIN:</p>
<p>&nbsp;</p><p>______________________________<br>Daniel Ortega, Mayor</p>
<p>ATTEST:</p><p>______________________________<br>Marisol Vega, City Clerk</p>
"""

TFILL = [
    "The City maintains approximately 21,400 street trees along 186 miles of public right-of-way.",
    "Tree canopy covers about 17 percent of the city, compared with a goal of 25 percent adopted in the General Plan.",
    "Canopy is lowest in the neighborhoods south of the railroad, which also have the highest summer surface temperatures.",
    "Most of the trees planted in the [[x:1960s]] and [[x:1970s]] are reaching the end of their useful life and will need to be replaced over the next twenty years.",
    "The inventory found that 9 percent of trees are in poor condition and 2 percent are dead or dying and should be removed.",
    "Public Works crews currently prune each tree about once every nine years, compared with an industry standard of five to seven years.",
    "Residents who responded to the online survey strongly supported more shade trees, but many were concerned about sidewalk damage and leaf litter.",
    "The draft plan recommends a list of approved species that are suited to the local climate and less likely to damage sidewalks.",
    "Staff will seek grant funding from the state urban forestry program to plant trees in the neighborhoods with the least canopy.",
    "The plan also proposes a simpler process for residents who wish to request a street tree in front of their home.",
]


def trees_html():
    paras = "".join("<p>%s</p>" % " ".join(TFILL[(k * 3 + j) % len(TFILL)] for j in range(4)) for k in range(9))
    return """
<p align="center" style="font-size:14pt"><b>CITY OF RIVERTON<br>STAFF REPORT</b></p>
<table data-layout="1" width="100%" cellpadding="2">
<tr><td width="18%"><b>TO:</b></td><td>Honorable Mayor and Members of the City Council</td></tr>
<tr><td><b>FROM:</b></td><td>Victor Salas, Public Works Director</td></tr>
<tr><td><b>DATE:</b></td><td>[[d:2022-11-15|November 15, 2022]]</td></tr>
<tr><td><b>SUBJECT:</b></td><td>Citywide Street Tree Master Plan - Status Update</td></tr>
</table>
<hr>
<p><b>RECOMMENDATION:</b></p>
<p>It is recommended that the City Council <rec lead="It is recommended that the City Council">receive and file this status report on the Citywide Street Tree Master Plan</rec>.</p>
<p><b>BACKGROUND:</b></p>
<p>On [[d:2021-08-17|August 17, 2021]], the City Council approved a contract for a citywide tree inventory and master plan. The inventory
was completed in [[d:2022-06|June 2022]], and a community survey was open from [[d:2022-07-11/2022-09-02|07/11/2022 to 09/02/2022|amb]].</p>
<p><b>DISCUSSION:</b></p>""" + paras + """
<table data-title="Street tree inventory by condition" border="1" cellspacing="0" cellpadding="4" width="100%">
<thead><tr><th>Condition</th><th>Number of trees</th><th>Percent</th></tr></thead>
<tbody>
<tr><td>Good</td><td align="right">12,884</td><td align="right">60.2</td></tr>
<tr><td>Fair</td><td align="right">6,141</td><td align="right">28.7</td></tr>
<tr><td>Poor</td><td align="right">1,926</td><td align="right">9.0</td></tr>
<tr><td>Dead or dying</td><td align="right">449</td><td align="right">2.1</td></tr>
<tr><td><b>Total</b></td><td align="right"><b>21,400</b></td><td align="right"><b>100.0</b></td></tr>
</tbody></table>
<p><b>NEXT STEPS:</b></p>
<p>The draft plan will be released for public review in [[d:2023-01|January 2023]] and presented to the Planning Commission and
City Council for adoption in the spring.</p>
<p><b>FISCAL IMPACT:</b></p><p>None from receiving this report.</p>
<p>Prepared by: Victor Salas, Public Works Director<br>Approved by: Michael Strand, City Manager</p>
"""


LETTER = {"paper": "Letter", "font": "Liberation Serif", "font_size": "12pt", "margin": "1in"}

PACK = {
    "name": "riverton-ca-city-council-2022-11-15",
    "title": "City Council Regular Meeting Agenda, November 15, 2022",
    "meeting": {"authority": "City of Riverton", "body": "City Council", "date": "2022-11-15", "start_time": "18:00",
                "venue": "City Hall Council Chambers, 2100 Alder Avenue, Riverton, CA 95601"},
    "items": ITEMS,
    "documents": [
        dict(LETTER, key="agenda", kind="front_sheet", title="CITY COUNCIL REGULAR MEETING AGENDA", date="2022-11-10",
             authors=["Marisol Vega"]),
        dict(LETTER, key="staff", kind="report", item="7a", date="2022-11-15", title="STAFF REPORT",
             to="Honorable Mayor and Members of the City Council", subject="Fiscal Year 2022-23 Master Fee Schedule Update",
             authors=["Karen Liu"], html=STAFF, **{"from": "Karen Liu, Finance Director"}),
        dict(LETTER, key="reso", kind="other", item="7a", date=None, title="RESOLUTION NO. 2022-88", html=RESO),
        dict(LETTER, key="trees", kind="report", item="8a", date="2022-11-15", title="STAFF REPORT",
             to="Honorable Mayor and Members of the City Council", subject="Citywide Street Tree Master Plan - Status Update",
             authors=["Victor Salas"], html=trees_html(), **{"from": "Victor Salas, Public Works Director"}),
    ],
}
