# Thornbury District Council, Planning Committee, 11 April 2023: agenda pack with application
# reports (site, proposal, planning history table, consultations, assessment, recommendation with
# numbered conditions), Liberation Serif, "Page N" stamps and blank pages.

AUTH = "Thornbury District Council"

APPS = [
    dict(no="5", ref="22/02210/FUL", site="Former Garage Site, Station Road, Thornbury", ward="Thornbury North",
         desc="Demolition of vehicle repair garage and erection of 14 flats with parking and landscaping",
         applicant="Marlow Homes Ltd", received=("2022-12-05", "5 December 2022"), rec="GRANT",
         history=[("19/00871/FUL", "Replacement canopy", "Approved", "2019-08-14", "14/08/2019"),
                  ("08/01422/ADV", "Illuminated fascia signs", "Approved", "2008-11-03", "03/11/2008")]),
    dict(no="6", ref="23/00087/OUT", site="Land east of Hollins Lane, Ashcombe", ward="Ashcombe and Kelham",
         desc="Outline application for up to 60 dwellings with all matters reserved except access",
         applicant="Greyfield Land Promotions", received=("2023-01-18", "18 January 2023"), rec="REFUSE",
         history=[("17/01933/OUT", "Up to 75 dwellings", "Refused; appeal dismissed", "2018-07-02", "02/07/2018")]),
    dict(no="7", ref="23/00190/FUL", site="Kelham Village Hall, Church Lane, Kelham", ward="Ashcombe and Kelham",
         desc="Single storey extension to form meeting room, and installation of solar panels",
         applicant="Kelham Village Hall Trust", received=("2023-02-02", "2 February 2023"), rec="GRANT",
         history=[("11/00341/FUL", "Replacement windows", "Approved", "2011-05-20", "20/05/2011")]),
    dict(no="8", ref="23/00231/LBC", site="The Old Rectory, High Street, Thornbury", ward="Thornbury Central",
         desc="Listed building consent for internal alterations and replacement of rear windows",
         applicant="Mr and Mrs D Faulkner", received=("2023-02-10", "10 February 2023"), rec="GRANT",
         history=[("96/00410/LBC", "Rear conservatory", "Approved", "1996-09-12", "12/09/1996"),
                  ("15/01102/LBC", "Re-roofing in natural slate", "Approved", "2015-10-30", "30/10/2015")]),
]

PF = [
    "The site lies within the settlement boundary defined in the Local Plan, where the principle of development is acceptable subject to the other policies of the plan.",
    "The surrounding area is mixed in character, with two storey terraced houses to the north and commercial premises to the south.",
    "The Highway Authority raises no objection subject to conditions on visibility splays and the provision of cycle parking.",
    "The Environmental Health Officer has asked for a contaminated land investigation because of the previous use of the site.",
    "Eleven letters of objection have been received, raising concerns about traffic, parking, overlooking and the loss of light to neighbouring gardens.",
    "The scale and massing of the building have been reduced during the application following officer advice.",
    "The separation distances to the nearest habitable room windows meet the standards in the Residential Design Guide.",
    "The development would make efficient use of previously developed land in a sustainable location close to the railway station.",
    "The Council can currently demonstrate a five year supply of deliverable housing land, so the policies of the Local Plan carry full weight.",
    "The Conservation Officer considers that the proposal would preserve the special architectural and historic interest of the building.",
    "The drainage strategy shows that surface water can be managed on site with discharge restricted to the greenfield rate.",
    "The proposal would result in a modest increase in traffic which the local road network can accommodate without harm to safety.",
    "Biodiversity net gain of at least ten per cent can be secured through the landscaping scheme and a financial contribution.",
    "On balance, the benefits of the proposal are considered to outweigh the limited harm identified, and the application accords with the development plan.",
]


def pf(seed, n):
    return " ".join(PF[(seed * 5 + j * 3) % len(PF)] for j in range(n))


CONDITIONS = [
    "The development hereby permitted shall be begun before the expiration of three years from the date of this permission.",
    "The development shall be carried out in accordance with the approved plans listed in the schedule.",
    "No development above slab level shall take place until samples of the external materials have been submitted to and approved in writing by the Local Planning Authority.",
    "No development shall take place until a construction management plan has been submitted to and approved in writing by the Local Planning Authority.",
    "The parking spaces shown on the approved plans shall be provided before the first occupation of the development and kept available for parking thereafter.",
    "No development shall take place until a scheme for the disposal of surface water has been submitted to and approved in writing by the Local Planning Authority.",
    "The landscaping scheme shall be carried out in the first planting season following completion of the development.",
    "Construction work shall only take place between 08:00 and 18:00 on weekdays and 08:00 and 13:00 on Saturdays.",
]


def app_report(a, seed):
    hist = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>[[d:%s|%s]]</td></tr>" % h for h in a["history"])
    h = ["""<p align="right"><b>Item %s</b></p>
<p style="font-size:14pt"><b>THORNBURY DISTRICT COUNCIL - PLANNING COMMITTEE - [[d:2023-04-11|11 APRIL 2023]]</b></p>
<table data-layout="1" width="100%%" cellpadding="3" border="1" cellspacing="0">
<tr><td width="28%%"><b>Application number:</b></td><td>%s</td></tr>
<tr><td><b>Site:</b></td><td>%s</td></tr>
<tr><td><b>Proposal:</b></td><td>%s</td></tr>
<tr><td><b>Applicant:</b></td><td>%s</td></tr>
<tr><td><b>Ward:</b></td><td>%s</td></tr>
<tr><td><b>Date received:</b></td><td>[[d:%s|%s]]</td></tr>
<tr><td><b>Case officer:</b></td><td>Claire Udall</td></tr>
</table>""" % (a["no"], a["ref"], a["site"], a["desc"], a["applicant"], a["ward"], a["received"][0], a["received"][1])]
    verb = {"GRANT": "GRANT planning permission subject to the conditions set out in section 8",
            "REFUSE": "REFUSE planning permission for the reasons set out in section 8"}[a["rec"]]
    if a["ref"].endswith("LBC"):
        verb = "GRANT listed building consent subject to the conditions set out in section 8"
    h.append("<p><b>RECOMMENDATION:</b> <rec item=\"%s\">%s</rec></p>" % (a["no"], verb))
    secs = [("1", "Site and Surroundings", 2), ("2", "Proposal", 2)]
    for no, t, n in secs:
        h.append("<p><b>%s. %s</b></p>" % (no, t))
        for i in range(1, n + 1):
            seed += 1
            h.append('<p style="margin-left:1.1cm; text-indent:-1.1cm; text-align:justify">%s.%d&nbsp;&nbsp;&nbsp;%s</p>' % (no, i, pf(seed, 3)))
    h.append("<p><b>3. Relevant Planning History</b></p>")
    h.append('<table data-title="Relevant Planning History - %s" border="1" cellspacing="0" cellpadding="3" width="100%%">'
             '<thead><tr><th width="20%%">Reference</th><th>Description</th><th width="24%%">Decision</th><th width="16%%">Date</th></tr></thead>'
             '<tbody>%s</tbody></table>' % (a["ref"], hist))
    for no, t, n in [("4", "Consultations", 3), ("5", "Representations", 2), ("6", "Planning Policy", 3), ("7", "Assessment", 14)]:
        h.append("<p><b>%s. %s</b></p>" % (no, t))
        for i in range(1, n + 1):
            seed += 1
            extra = ""
            if (no, i) == ("4", 1):
                extra = " The consultation period ended on [[d:%s|%s]]." % ({"5": ("2023-01-06", "6th January 2023"), "6": ("2023-02-17", "17th February 2023"),
                                                                              "7": ("2023-03-03", "3rd March 2023"), "8": ("2023-03-10", "10th March 2023")}[a["no"]])
            h.append('<p style="margin-left:1.1cm; text-indent:-1.1cm; text-align:justify">%s.%d&nbsp;&nbsp;&nbsp;%s%s</p>' % (no, i, pf(seed, 3 + seed % 2), extra))
    h.append("<p><b>8. Recommendation</b></p>")
    if a["rec"] == "REFUSE":
        h.append("<p>That planning permission be REFUSED for the following reasons:</p>")
        h.append("<p style=\"margin-left:1cm\">1. The site lies outside the settlement boundary in open countryside, and the proposal is contrary to Policy H1 of the Local Plan.</p>")
        h.append("<p style=\"margin-left:1cm\">2. The proposed access onto Hollins Lane would not provide adequate visibility, to the detriment of highway safety.</p>")
    else:
        h.append("<p>That %s, subject to the following conditions:</p>" % ("listed building consent be GRANTED" if a["ref"].endswith("LBC") else "planning permission be GRANTED"))
        for i, c in enumerate(CONDITIONS[: 5 + int(a["no"]) % 4], 1):
            h.append("<p style=\"margin-left:1cm; text-indent:-0.6cm\">%d.&nbsp;&nbsp;%s</p>" % (i, c))
    h.append("<p><b>Background papers:</b> application file %s.</p>" % a["ref"])
    return "\n".join(h)


ITEMS = [
    {"number": "1", "title": "Apologies for Absence"},
    {"number": "2", "title": "Declarations of Interest"},
    {"number": "3", "title": "Minutes", "docs": ["minutes"],
     "description": "To confirm the minutes of the meeting held on [[d:2023-03-14|14 March 2023]]"},
    {"number": "4", "title": "Planning Applications"},
] + [{"number": a["no"], "title": "%s - %s" % (a["ref"], a["site"]), "docs": ["app" + a["no"]],
      "description": a["desc"]} for a in APPS] + [
    {"number": "9", "title": "Planning Appeals Update", "docs": ["appeals"]},
]


def front_html(ranges):
    h = ["""<p align="center" style="font-size:18pt"><b>Thornbury District Council</b></p>
<p align="center" style="font-size:15pt"><b>Planning Committee</b></p>
<p align="center">[[d:2023-04-11|Tuesday, 11 April 2023 at 6.30 pm|t=18:30]]<br>Council Chamber, Riverside House, Thornbury</p>
<p><b>Members:</b> Councillors G Halse (Chair), M Abbott (Vice-Chair), J Bellamy, S Corrigan, T Danvers, K Ellwood, R Ormerod, L Pike, D Quinton, H Sowerby and F Yeo</p>
<p align="center"><b>AGENDA</b></p>"""]
    for it in ITEMS:
        h.append("<p><b>%s.&nbsp;&nbsp;&nbsp;%s</b> %s</p>" % (it["number"], it["title"], ranges.get(it["number"], "")))
        if it.get("description"):
            h.append('<p style="margin-left:1.1cm">%s</p>' % it["description"])
    h.append("""<p>&nbsp;</p><p>Nicola Tavener, Head of Planning<br>Riverside House, Thornbury<br>[[d:2023-03-31|31 March 2023]]</p>
<p><i>Members of the public who wish to speak on an application must register with Democratic Services by
[[d:2023-04-06|12 noon on Thursday 6 April 2023|t=12:00]]. Enquiries: Emma Wren, 01632 963 020.</i></p>""")
    return "\n".join(h)


MINUTES = """
<p align="center"><b>THORNBURY DISTRICT COUNCIL<br>PLANNING COMMITTEE</b></p>
<p>Minutes of the meeting held on [[d:2023-03-14|14 March 2023]]</p>
<p>The minutes of this meeting are printed in full in the published minutes. In summary, the Committee determined three
applications and noted the planning appeals list.</p>
<p><b>PC/63 22/01544/FUL - Land north of Mill Lane, Ashcombe</b></p>
<p>RESOLVED that <rec k="resolution" lead="RESOLVED that" outcome="carried" votes="7,2,1">planning permission be granted subject to conditions and a legal agreement</rec>. (For 7, Against 2, Abstentions 1)</p>
<p><b>PC/64 22/01961/HOU - 14 Orchard Rise, Thornbury</b></p>
<p>RESOLVED that <rec k="resolution" lead="RESOLVED that" outcome="carried" votes="10,0,0">planning permission be granted subject to conditions</rec>. (For 10, Against 0, Abstentions 0)</p>
<p><b>PC/65 23/00102/FUL - The Old Forge, Brook Street, Kelham</b></p>
<p>RESOLVED that <rec k="resolution" lead="RESOLVED that" outcome="carried" votes="6,3,1">planning permission be granted subject to conditions</rec>. (For 6, Against 3, Abstentions 1)</p>
<p><b>PC/66 Planning Appeals</b></p><p>RESOLVED that <rec k="resolution" lead="RESOLVED that" outcome="noted">the list of appeals be noted</rec>.</p>
<p>The meeting ended at 8.47 pm.</p>
"""

APPEALS = """
<p style="font-size:14pt"><b>Planning Appeals Update</b></p>
<p>Report of the Head of Planning. Appeals lodged and decided between [[d:2023-03-01/2023-03-31|1 and 31 March 2023]].</p>
<table data-title="Appeals decided" border="1" cellspacing="0" cellpadding="4" width="100%">
<thead><tr><th>Reference</th><th>Site</th><th>Decision</th><th>Date</th></tr></thead>
<tbody>
<tr><td>APP/T1234/W/22/3301456</td><td>Land at Kelham Road, Thornbury</td><td>Dismissed</td><td>[[d:2023-02-20|20/02/2023]]</td></tr>
<tr><td>APP/T1234/D/22/3309981</td><td>Upper Farm, Ashcombe</td><td>Dismissed</td><td>[[d:2023-03-03|03/03/2023|amb]]</td></tr>
<tr><td>APP/T1234/W/22/3312007</td><td>22 Mill Lane, Ashcombe</td><td>Allowed</td><td>[[d:2023-03-22|22/03/2023]]</td></tr>
</tbody></table>
<p>&nbsp;</p>
<p><b>Recommendation:</b> <rec item="9">That the report be noted.</rec></p>
"""

BASE = {"font": "Liberation Serif", "font_size": "12pt", "margin": "2.2cm"}

PACK = {
    "name": "thornbury-dc-planning-committee-2023-04-11-agenda",
    "title": "Planning Committee, 11 April 2023, agenda pack",
    "stamp": "page", "number_front": True, "pad_blank": True,
    "meeting": {"authority": AUTH, "body": "Planning Committee", "date": "2023-04-11", "start_time": "18:30",
                "venue": "Council Chamber, Riverside House, Thornbury"},
    "items": ITEMS,
    "documents": [dict(BASE, key="front", kind="front_sheet", title="Planning Committee", date="2023-03-31", authors=["Nicola Tavener"]),
                  dict(BASE, key="minutes", kind="minutes", item="3", date="2023-03-14", title="PLANNING COMMITTEE", html=MINUTES)]
    + [dict(BASE, key="app" + a["no"], kind="report", item=a["no"], date="2023-04-11",
            title="THORNBURY DISTRICT COUNCIL - PLANNING COMMITTEE - 11 APRIL 2023", subject=a["desc"],
            authors=["Claire Udall"], html=app_report(a, 10 * k)) for k, a in enumerate(APPS)]
    + [dict(BASE, key="appeals", kind="report", item="9", date=None, title="Planning Appeals Update",
            authors=["Nicola Tavener"], html=APPEALS)],
}
