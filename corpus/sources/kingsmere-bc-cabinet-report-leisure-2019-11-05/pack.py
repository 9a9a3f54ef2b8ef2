# Kingsmere Borough Council: a cabinet report with From / To / Subject / Decision No / Classification
# and "Recommendation(s):" (1) (2) (3), in Caladea, followed by a landscape appendix page stored
# portrait with /Rotate 90 (the one rotated page).

LFILL = [
    "The Council owns three leisure centres, two of which were built in the [[x:1970s]] and are now expensive to run.",
    "Usage has recovered since the centres reopened and is now within five per cent of the level before the closures.",
    "The current operating contract ends on [[d:2021-03-31|31 March 2021]] and cannot be extended further.",
    "A condition survey found that the plant at Eastgate Pool is near the end of its life and that the roof needs replacing within five years.",
    "Options considered included refurbishing the existing centres, building a new combined centre and transferring the centres to a community trust.",
    "A new combined centre would cost more to build but would reduce running costs and carbon emissions substantially.",
    "The preferred site at Station Road is owned by the Council and is well served by public transport.",
    "Public engagement showed strong support for a new swimming pool with a learner pool and a sports hall.",
    "Some residents of the Eastgate ward were concerned about losing a centre within walking distance.",
    "The business case will be tested against the Council's capital strategy and prudential indicators before a final decision.",
]


def lfill(seed, n):
    return " ".join(LFILL[(seed * 3 + j) % len(LFILL)] for j in range(n))


def sec(no, title, paras):
    out = ["<h3>%s. %s</h3>" % (no, title)]
    for i, p in enumerate(paras, 1):
        out.append('<p style="margin-left:1.2cm; text-indent:-1.2cm">%s.%d&nbsp;&nbsp;&nbsp;%s</p>' % (no, i, p))
    return "\n".join(out)


REPORT = """
<p align="right"><b>KINGSMERE BOROUGH COUNCIL</b></p>
<table data-layout="1" width="100%" cellpadding="3">
<tr><td width="24%"><b>From:</b></td><td>Councillor Priya Lal, Portfolio Holder for Communities and Leisure<br>Dominic Harte, Director of Place</td></tr>
<tr><td><b>To:</b></td><td>Cabinet - [[d:2019-11-05|5 November 2019]]</td></tr>
<tr><td><b>Subject:</b></td><td>Future of Leisure Provision in Kingsmere</td></tr>
<tr><td><b>Decision No:</b></td><td>19/00087</td></tr>
<tr><td><b>Classification:</b></td><td>Unrestricted</td></tr>
<tr><td><b>Key Decision:</b></td><td>Yes - expenditure of more than &pound;500,000</td></tr>
</table>
<p><b>Summary:</b> This report sets out the options for the future of the Council's leisure centres when the current
operating contract ends and recommends that a business case for a new combined leisure centre is prepared.</p>
<p><b>Recommendation(s):</b></p>
<p>The Cabinet is recommended to:</p>
<p style="margin-left:1cm">(1) <rec label="(1)" lead="The Cabinet is recommended to">approve the preparation of a full business case for a new combined leisure centre on the Station Road site</rec>;</p>
<p style="margin-left:1cm">(2) <rec label="(2)" lead="The Cabinet is recommended to">allocate &pound;450,000 from the invest to save reserve to fund design work and the business case</rec>; and</p>
<p style="margin-left:1cm">(3) <rec label="(3)" lead="The Cabinet is recommended to" to="Director of Place">ask the Director of Place to begin the procurement of a new operator so that a contract can start on [[d:2021-04-01|1 April 2021]]</rec>.</p>
""" + sec("1", "Introduction", [lfill(1, 3), lfill(2, 4)]) + sec("2", "Current position", [lfill(3, 4), lfill(4, 3), lfill(5, 4)]) \
    + sec("3", "Options", [lfill(6, 4), lfill(7, 4), "The options are compared in the table at Appendix A, which shows the estimated capital cost and the net running cost over [[d:2021/2046|2021 - 2046|p=range]]."]) \
    + sec("4", "Consultation", [lfill(8, 4), "An online survey ran from [[d:2019-06-03/2019-07-28|3rd June 2019 to 28th July 2019]] and received 2,304 responses."]) \
    + sec("5", "Financial implications", [lfill(9, 3)]) + sec("6", "Timetable", [
        "If the Cabinet agrees the recommendations, the business case will be reported in [[d:2020-06|June 2020]], with construction from [[d:2021|2021]] and opening in [[d:2023|2023]]."]) + """
<p><b>Background papers:</b> Leisure Facilities Strategy [[d:2018/2028|2018 - 2028|p=range]]; condition survey, [[d:2019-02|February 2019]].</p>
<p><b>Contact officer:</b> Gemma Rowntree, Leisure Services Manager, 01632 961 220</p>
"""

APPENDIX = """
<p><b>Appendix A - Options appraisal summary</b></p>
<table data-title="Appendix A - Options appraisal summary" border="1" cellspacing="0" cellpadding="4" width="100%">
<thead><tr><th rowspan="2">Option</th><th colspan="2">Capital cost &pound;m</th><th colspan="2">Net running cost &pound;m a year</th><th rowspan="2">Carbon (tonnes a year)</th><th rowspan="2">Risk</th></tr>
<tr><th>Low</th><th>High</th><th>Year 1</th><th>Year 5</th></tr></thead>
<tbody>
<tr><td>1. Do minimum</td><td align="right">4.1</td><td align="right">6.3</td><td align="right">1.42</td><td align="right">1.77</td><td align="right">1,910</td><td>High</td></tr>
<tr><td>2. Refurbish all three centres</td><td align="right">14.8</td><td align="right">19.5</td><td align="right">1.18</td><td align="right">1.31</td><td align="right">1,540</td><td>Medium</td></tr>
<tr><td>3. New combined centre</td><td align="right">24.2</td><td align="right">28.9</td><td align="right">0.46</td><td align="right">(0.12)</td><td align="right">690</td><td>Medium</td></tr>
<tr><td>4. Transfer to community trust</td><td align="right">2.0</td><td align="right">3.5</td><td align="right">0.95</td><td align="right">0.95</td><td align="right">1,880</td><td>High</td></tr>
</tbody></table>
<p>Figures in brackets are a net surplus. All costs at [[d:2019-09|September 2019]] prices.</p>
"""

BASE = {"font": "Caladea", "font_size": "12pt", "margin": "2.3cm"}

PACK = {
    "name": "kingsmere-bc-cabinet-report-leisure-2019-11-05",
    "title": "Future of Leisure Provision in Kingsmere",
    "documents": [
        dict(BASE, key="report", kind="report", title="Future of Leisure Provision in Kingsmere", date="2019-11-05",
             subject="Future of Leisure Provision in Kingsmere", to="Cabinet - 5 November 2019",
             authors=["Gemma Rowntree"], html=REPORT,
             **{"from": "Councillor Priya Lal, Portfolio Holder for Communities and Leisure; Dominic Harte, Director of Place"}),
        dict(BASE, key="appendix", kind="appendix", title="Appendix A - Options appraisal summary", date=None,
             landscape=True, rotate=[1], html=APPENDIX),
    ],
}
