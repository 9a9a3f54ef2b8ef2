# Holloway Borough Council members' bulletin, June 2023: a two-column document (DejaVu Serif),
# with headings, dates and a small ruled table inside the columns.

STORIES = [
    ("Council agrees new climate action plan",
     ["Full Council agreed the Climate Action Plan [[d:2023/2030|2023-2030|p=range]] at its meeting on [[d:2023-05-24|24 May 2023]].",
      "The plan commits the Council to net zero emissions from its own buildings and fleet by [[d:2030|2030]] and sets out 46 actions for the first three years.",
      "Members asked for an annual progress report, and the first will come to the Environment Overview and Scrutiny Committee in [[d:2024-06|June 2024]].",
      "The biggest single project is the replacement of the heating systems at the Civic Centre and the three leisure centres with heat pumps, supported by a government grant.",
      "Ward members will be offered a briefing on the plan and how residents can take part in the community energy fund."]),
    ("Budget monitoring: first quarter",
     ["The first quarter budget monitoring report for [[d:2023/2024|2023/24|p=financial_year]] will be considered by Cabinet on [[d:2023-07-11|11 July 2023]].",
      "Early indications are of a pressure on temporary accommodation for homeless households, where the number of families placed in bed and breakfast has risen for the fourth month in a row.",
      "Income from car parking is slightly above budget, while planning fee income is below the level expected.",
      "The table below shows the number of households in temporary accommodation at the end of each month."]),
    ("Elections review",
     ["The Returning Officer's report on the local elections held on [[d:2023-05-04|4 May 2023]] will be published later this month.",
      "Turnout across the borough was 31.6 per cent. The new requirement to show photographic identification was applied at all 48 polling stations, and 212 electors were initially turned away; 141 of them returned later with identification.",
      "Members are invited to send comments on the conduct of the elections to Electoral Services by [[d:2023-06-30|30/06/2023]]."]),
    ("Members' training programme",
     ["The summer training programme begins with a session on planning code of conduct on [[d:2023-06-19|Monday 19 June at 6.00 pm|t=18:00]] in the Council Chamber.",
      "Attendance at the planning training is compulsory for members who wish to sit on the Planning Committee.",
      "Further sessions on treasury management, corporate parenting and chairing skills will follow in [[d:2023-07|July]] and [[d:2023-09|September]]. All sessions will also be available online."]),
    ("Community grants",
     ["Ward members' community grants for [[d:2023/2024|2023/24|p=financial_year]] open on [[d:2023-07-03|3 July 2023]]. Each member has &pound;2,500 to allocate to local groups.",
      "Applications must be made on the online form and be supported by the ward member before they are assessed by the Community Development Team.",
      "Grants cannot be used for political or religious activity, or to fund the core running costs of a statutory service.",
      "Last year 164 grants were awarded, ranging from &pound;75 for a street party to &pound;2,500 for the restoration of a war memorial."]),
    ("Waste collection changes",
     ["The new waste and recycling contract starts on [[d:2023-10-02|2 October 2023]]. Food waste will be collected weekly from every household, and garden waste will move to a fortnightly subscription service.",
      "Every household will receive a leaflet and a new food caddy during [[d:2023-09|September]]. Members will be sent a briefing pack with the collection day changes for their ward.",
      "The contractor will operate a dedicated line for members' enquiries during the first eight weeks of the contract.",
      "Residents who need help putting their bins out can apply for an assisted collection; existing assisted collections will continue without a new application."]),
    ("Local Plan review",
     ["The consultation on the Local Plan issues and options closed on [[d:2023-05-26|26 May 2023]] and received 2,870 comments.",
      "The most frequently raised issues were the capacity of roads and schools, the protection of the green gap between Holloway and Marston, and the need for homes that local people can afford.",
      "A summary of the responses will be reported to the Local Plan Working Group in [[d:2023-07|July 2023]], and the preferred options consultation is planned for [[d:2024-01/2024-03|January - March 2024]].",
      "Ward members will be invited to a workshop on the site assessment methodology before the preferred options are drafted."]),
    ("Town centre regeneration",
     ["Demolition of the former department store on Market Street began on [[d:2023-06-05|5 June 2023]] and is expected to take sixteen weeks.",
      "The site will be used for a new public square and a building containing a library, community hub and 38 homes above.",
      "Traffic management on Market Street will be in place throughout the demolition. Businesses have been offered free advertising in the Council's residents' magazine while the works are under way.",
      "A public exhibition of the detailed designs will be held in the Civic Centre foyer from [[d:2023-07-10/2023-07-21|10 to 21 July 2023]]."]),
    ("Dates for your diary",
     ["Cabinet: [[d:2023-07-11|11 July 2023]]. Full Council: [[d:2023-07-19|19 July 2023]]. Audit and Governance Committee: [[d:2023-07-25|25 July 2023]].",
      "The Civic Centre will be closed on [[d:2023-08-28|Monday 28 August]] for the bank holiday.",
      "The next members' bulletin will be published in [[d:2023-09|September 2023]]."]),
]

TA = """<table data-title="Households in temporary accommodation" border="1" cellspacing="0" cellpadding="3" width="100%">
<thead><tr><th>Month</th><th>Families</th><th>Single people</th><th>Total</th></tr></thead>
<tbody>
<tr><td>[[d:2023-01|January 2023]]</td><td align="right">118</td><td align="right">64</td><td align="right">182</td></tr>
<tr><td>[[d:2023-02|February 2023]]</td><td align="right">124</td><td align="right">61</td><td align="right">185</td></tr>
<tr><td>[[d:2023-03|March 2023]]</td><td align="right">131</td><td align="right">66</td><td align="right">197</td></tr>
<tr><td>[[d:2023-04|April 2023]]</td><td align="right">139</td><td align="right">70</td><td align="right">209</td></tr>
</tbody></table>"""


def body():
    h = ['<p align="center" style="font-size:20pt"><b>Members\' Bulletin</b></p>',
         '<p align="center">Holloway Borough Council &middot; Issue 58 &middot; [[d:2023-06|June 2023]]</p><hr>',
         '<multicol cols="2" gutter="24">']
    for title, paras in STORIES:
        h.append('<h3>%s</h3>' % title)
        for p in paras:
            h.append('<p style="text-align:justify">%s</p>' % p)
        if title.startswith("Budget"):
            h.append(TA)
    h.append('<p><i>Contact: Members\' Services, Civic Centre, Holloway, 01632 962 000.</i></p>')
    h.append('</multicol>')
    return "\n".join(h)


PACK = {
    "name": "holloway-bc-members-bulletin-2023-06",
    "title": "Members' Bulletin, June 2023",
    "documents": [
        {"key": "bulletin", "kind": "other", "title": "Members' Bulletin", "date": "2023-06", "authors": [],
         "font": "DejaVu Serif", "font_size": "11pt", "margin": "2cm", "html": body()},
    ],
}
