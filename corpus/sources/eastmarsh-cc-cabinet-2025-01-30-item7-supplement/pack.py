# Eastmarsh County Council, Cabinet, 30 January 2025: supplement pack for item 7.
# A covering letter (unnumbered) and its blank back page, then the late report and its appendix
# with an "Agenda Item 7" stamp at the top of the report's first page and "Page N" from 1.

def front_html(ranges):
    return """
<p align="center" style="font-size:14pt"><b>EASTMARSH COUNTY COUNCIL</b></p>
<table data-layout="1" width="100%" cellpadding="1">
<tr><td width="55%"></td><td align="right" width="20%">Direct Dial/Ext:</td><td>01632 960 214</td></tr>
<tr><td></td><td align="right">e-mail:</td><td>harriet.quayle@eastmarsh.example.gov.uk</td></tr>
<tr><td></td><td align="right">Ask for:</td><td>Harriet Quayle</td></tr>
<tr><td></td><td align="right">Date:</td><td>[[d:2025-01-29|29 January 2025]]</td></tr>
</table>
<p>&nbsp;</p>
<p>Dear Member</p>
<p><b>CABINET - [[d:2025-01-30|THURSDAY, 30 JANUARY 2025]]</b></p>
<p>I am now able to enclose, for consideration at the next meeting of the Cabinet, to be held on
[[d:2025-01-30|Thursday, 30 January 2025]], the following report that was unavailable when the agenda was published.</p>
<table data-layout="1" width="100%" cellpadding="3">
<tr><td width="12%">Item No</td><td></td></tr>
<tr><td>7.</td><td>Local Nature Recovery Strategy - Consultation Response """ + ranges["7"] + """</td></tr>
</table>
<p>Yours sincerely</p>
<p>Gideon Marsh<br>General Counsel</p>
"""

NFILL = [
    "Local nature recovery strategies are a new system of spatial strategies for nature, covering the whole of England.",
    "Each strategy maps the most valuable existing areas for nature and proposes where action would make the biggest difference.",
    "The County Council has been appointed as the responsible authority for Eastmarsh and must work with the district councils and other partners.",
    "The draft strategy was developed with more than two hundred organisations through workshops held across the county.",
    "Farmers and landowners asked for clear advice on how the strategy will relate to future agri-environment payments.",
    "District councils welcomed the maps but asked how the strategy will be weighed in planning decisions.",
    "The strategy does not oblige any landowner to take action and does not create new designations.",
    "Responses from town and parish councils focused on access to green space and on the condition of local rivers.",
    "A revised draft will be published once the responses have been considered and the statutory partners have been consulted.",
]


def nfill(seed, n):
    return " ".join(NFILL[(seed * 5 + j) % len(NFILL)] for j in range(n))


def numbered(sec, title, paras):
    out = ["<p><b>%s. %s</b></p>" % (sec, title)]
    for i, p in enumerate(paras, 1):
        out.append('<p style="margin-left:1.3cm; text-indent:-1.3cm">%s.%d&nbsp;&nbsp;&nbsp;&nbsp;%s</p>' % (sec, i, p))
    return "\n".join(out)


REPORT = """
<table data-layout="1" width="100%" cellpadding="3">
<tr><td width="25%"><b>From:</b></td><td>Thomas Fordyce, Cabinet Member for Environment<br>Simon Lytton, Corporate Director Growth, Environment and Transport</td></tr>
<tr><td><b>To:</b></td><td>Cabinet - [[d:2025-01-30|30th January 2025]]</td></tr>
<tr><td><b>Subject:</b></td><td>Local Nature Recovery Strategy - Consultation Response</td></tr>
<tr><td><b>Classification:</b></td><td>Unrestricted</td></tr>
<tr><td><b>Electoral Division:</b></td><td>All</td></tr>
</table>
<p><b>Summary:</b> This report summarises the responses to the consultation on the draft Local Nature Recovery
Strategy, held between [[d:2024-10-07/2024-12-02|7 October and 2 December 2024]], and sets out the changes proposed in response.</p>
<p><b>Recommendation(s):</b> Cabinet is asked to:</p>
<p style="margin-left:1cm">(1) <rec label="(1)" lead="Cabinet is asked to">NOTE the responses to the consultation summarised in Appendix 1</rec>;</p>
<p style="margin-left:1cm">(2) <rec label="(2)" lead="Cabinet is asked to">AGREE the changes to the draft strategy set out in section 4</rec>; and</p>
<p style="margin-left:1cm">(3) <rec label="(3)" lead="Cabinet is asked to" to="Corporate Director Growth, Environment and Transport">DELEGATE to the Corporate Director Growth, Environment and Transport, in consultation with the Cabinet Member for Environment, authority to make minor changes before publication</rec>.</p>
""" + numbered("1", "Introduction", [nfill(1, 3), nfill(2, 4)]) + numbered("2", "The consultation", [nfill(3, 4), nfill(4, 3), nfill(5, 4)]) \
    + numbered("3", "Main themes of the responses", [nfill(6, 4), nfill(7, 4), nfill(8, 3), nfill(9, 4)]) \
    + numbered("4", "Proposed changes", ["The revised strategy will be published in [[d:2025-03|March 2025]] and reviewed every three to ten years, as the regulations require.", nfill(10, 4), nfill(11, 3)]) \
    + numbered("5", "Financial implications", ["The Council received a grant of &pound;312,000 for [[d:2024/2025|2024/25|p=financial_year]] to prepare the strategy. No further costs are expected this year."]) + """
<p><b>6. Recommendation(s):</b> Cabinet is asked to note the responses, agree the changes in section 4 and delegate minor changes.</p>
<p><b>7. Contact details</b></p>
<p>Report Author: Olivia Brent, Nature Recovery Manager, 01632 960 512</p>
"""

APPENDIX = """
<p><b>Appendix 1 - Consultation responses by type of respondent</b></p>
<table data-title="Appendix 1 - Consultation responses by type of respondent" border="1" cellspacing="0" cellpadding="5" width="100%">
<thead><tr><th>Type of respondent</th><th>Online survey</th><th>Email or letter</th><th>Total</th></tr></thead>
<tbody>
<tr><td>Members of the public</td><td align="right">412</td><td align="right">37</td><td align="right">449</td></tr>
<tr><td>Farmers and landowners</td><td align="right">96</td><td align="right">14</td><td align="right">110</td></tr>
<tr><td>Town and parish councils</td><td align="right">58</td><td align="right">21</td><td align="right">79</td></tr>
<tr><td>District councils</td><td align="right">3</td><td align="right">9</td><td align="right">12</td></tr>
<tr><td>Environmental organisations</td><td align="right">41</td><td align="right">18</td><td align="right">59</td></tr>
<tr><td>Businesses</td><td align="right">27</td><td align="right">5</td><td align="right">32</td></tr>
<tr><td><b>Total</b></td><td align="right"><b>637</b></td><td align="right"><b>104</b></td><td align="right"><b>741</b></td></tr>
</tbody></table>
<p>&nbsp;</p>
<p>Responses received after the closing date of [[d:2024-12-02|2nd December 2024]] have been read and are reflected in the summary where they raised new points.</p>
"""

A4 = {"font": "Liberation Sans", "font_size": "12pt", "margin": "2.2cm"}

PACK = {
    "name": "eastmarsh-cc-cabinet-2025-01-30-item7-supplement",
    "title": "Cabinet, 30 January 2025, supplementary agenda item 7",
    "stamp": "page", "number_front": False, "pad_blank": True,
    "meeting": {"authority": "Eastmarsh County Council", "body": "Cabinet", "date": "2025-01-30",
                "start_time": None, "venue": None},
    "items": [{"number": "7", "title": "Local Nature Recovery Strategy - Consultation Response",
               "docs": ["report", "appendix"]}],
    "documents": [
        dict(A4, key="front", kind="letter", title="CABINET - THURSDAY, 30 JANUARY 2025", date="2025-01-29",
             authors=["Gideon Marsh"], front=True),
        dict(A4, key="report", kind="report", item="7", date="2025-01-30", agenda_stamp="7",
             title="Local Nature Recovery Strategy - Consultation Response",
             **{"from": "Thomas Fordyce, Cabinet Member for Environment; Simon Lytton, Corporate Director Growth, Environment and Transport"},
             to="Cabinet - 30th January 2025", subject="Local Nature Recovery Strategy - Consultation Response",
             authors=["Olivia Brent"], html=REPORT),
        dict(A4, key="appendix", kind="appendix", item="7", date=None,
             title="Appendix 1 - Consultation responses by type of respondent", html=APPENDIX),
    ],
}
