# Holloway Borough Council, Health and Wellbeing Board, 21 March 2019: a ModernGov-style pack in
# Carlito with a front sheet, minutes, a long needs-assessment report with footnotes and a cover
# sheet of recommendations (a) (b) (c), an indicators appendix over several pages with a repeated
# header and merged theme cells, a Better Care Fund report and a forward plan. "Page N" stamps.

BODY_NAME = "Health and Wellbeing Board"
COUNCIL = "Holloway Borough Council"

ITEMS = [
    {"number": "1", "title": "Welcome and Apologies"},
    {"number": "2", "title": "Declarations of Interest"},
    {"number": "3", "title": "Minutes of the previous meeting", "docs": ["minutes"]},
    {"number": "4", "title": "Public Questions"},
    {"number": "5", "title": "Joint Strategic Needs Assessment [[d:2019|2019]]", "docs": ["jsna", "jsna-app"],
     "description": "Report of the Director of Public Health"},
    {"number": "6", "title": "Better Care Fund Plan [[d:2019/2020|2019-20|p=financial_year]]", "docs": ["bcf"],
     "description": "Report of the Director of Adult Social Care and the Accountable Officer, Holloway CCG"},
    {"number": "7", "title": "Forward Plan", "docs": ["forward"],
     "description": "Report of the Board Secretary"},
    {"number": "8", "title": "Any Other Business"},
    {"number": "9", "title": "Pharmaceutical Needs Assessment - Contract Matters", "business": "private",
     "description": "Report of the Director of Public Health (not for publication: paragraph 3 of Schedule 12A)"},
]


def front_html(ranges):
    h = ['<p style="font-size:13pt"><b>%s</b></p>' % COUNCIL,
         '<p style="font-size:22pt"><b>%s</b></p>' % BODY_NAME,
         '<table data-layout="1" width="100%" cellpadding="3">'
         '<tr><td width="25%"><b>Date:</b></td><td>[[d:2019-03-21|Thursday, 21 March 2019]]</td></tr>'
         '<tr><td><b>Time:</b></td><td>10.00 am</td></tr>'
         '<tr><td><b>Venue:</b></td><td>Committee Room A, Civic Centre, Holloway</td></tr></table>',
         '<p><b>Membership:</b> Councillor J Maddox (Chair), Dr R Naidoo (Vice-Chair, Holloway CCG), Councillor E Penhale, '
         'Councillor T Quarry, Ms A Redfern (Director of Adult Social Care), Mr B Solomon (Director of Children\'s Services), '
         'Dr C Tregear (Director of Public Health), Ms D Underhill (Healthwatch Holloway) and Mr F Vance (Holloway Community Trust)</p>',
         '<p align="center" style="font-size:14pt"><b>AGENDA</b></p>',
         '<p><b>PART I - PUBLIC BUSINESS</b></p>']
    for it in ITEMS:
        if it.get("business") == "private":
            continue
        h.append('<p><b>%s.&nbsp;&nbsp;%s</b> %s</p>' % (it["number"], it["title"], ranges.get(it["number"], "")))
        if it.get("description"):
            h.append('<p style="margin-left:1cm"><i>%s</i></p>' % it["description"])
    h.append('<p><b>PART II - PRIVATE BUSINESS</b></p>')
    h.append('<p>The Board is asked to resolve that the public be excluded for the following item because it involves the likely disclosure of exempt information.</p>')
    for it in ITEMS:
        if it.get("business") == "private":
            h.append('<p><b>%s.&nbsp;&nbsp;%s</b></p><p style="margin-left:1cm"><i>%s</i></p>' % (it["number"], it["title"], it["description"]))
    h.append('<p>&nbsp;</p><p>Sarah Whitcombe, Head of Democratic Services<br>Civic Centre, Holloway<br>Published: [[d:2019-03-13|13/03/2019|amb]]</p>')
    h.append('<p><i>Contact: Nadia Ferris, Board Secretary, 01632 962 118, nadia.ferris@holloway.example.gov.uk</i></p>')
    return "\n".join(h)


MINUTES = """
<p style="font-size:13pt"><b>HOLLOWAY BOROUGH COUNCIL</b></p>
<p><b>Minutes of the meeting of the Health and Wellbeing Board held on [[d:2019-01-17|Thursday, 17 January 2019]] at the Civic Centre, Holloway</b></p>
<p><b>Present:</b> Councillor J Maddox (Chair), Dr R Naidoo, Councillor E Penhale, Ms A Redfern, Mr B Solomon, Dr C Tregear and Ms D Underhill</p>
<p><b>Also present:</b> N Ferris (Board Secretary), K Winslow (Head of Commissioning)</p>
<p><b>Apologies:</b> Councillor T Quarry and Mr F Vance</p>
<p><b>41. Declarations of Interest</b></p><p>None.</p>
<p><b>42. Minutes</b></p>
<p>The minutes of the meeting held on [[d:2018-11-15|15 November 2018]] were agreed as a correct record.</p>
<p><b>43. Winter Pressures Update</b></p>
<p>Dr Naidoo reported that attendances at the emergency department had been 6% higher than in the previous winter, but
that the proportion of patients seen within four hours had improved. Delayed transfers of care had fallen to the lowest
level for three years because of the joint discharge team.</p>
<p>Members asked about the effect of the flu season on care homes and about the availability of home care in the rural wards.</p>
<p>RESOLVED:</p>
<p style="margin-left:1cm">(1) <rec k="resolution" label="(1)" lead="RESOLVED" outcome="noted">That the update be noted.</rec></p>
<p style="margin-left:1cm">(2) <rec k="resolution" label="(2)" lead="RESOLVED" outcome="agreed">That a report on home care capacity in the rural wards be presented to the meeting in [[d:2019-07|July 2019]].</rec></p>
<p><b>44. Children and Young People's Mental Health Transformation Plan</b></p>
<p>Mr Solomon presented the refreshed transformation plan. Waiting times for a first appointment with the specialist
service had fallen from 14 weeks to 9 weeks since [[d:2018-04|April 2018]]. The schools mental health support teams
would start in [[d:2019-09|September 2019]].</p>
<p>RESOLVED: <rec k="resolution" lead="RESOLVED" outcome="agreed">That the refreshed transformation plan be endorsed.</rec></p>
<p><b>45. Any Other Business</b></p>
<p>The Chair thanked Ms Underhill, who would be leaving Healthwatch Holloway at the [[d:2019-03|end of March|p=month]].</p>
<p>The meeting closed at 11.55 am.</p>
"""

HFILL = [
    "Life expectancy in Holloway is close to the national average for women but below it for men.",
    "The gap in life expectancy between the most and least deprived wards is 8.9 years for men and 6.2 years for women.",
    "Circulatory disease, cancer and respiratory disease together account for most of the gap.",
    "The population aged 85 and over is expected to grow by 40 per cent over the next fifteen years.",
    "Smoking prevalence among adults has fallen, but remains twice as high among routine and manual workers.",
    "Around one in five children are overweight or obese when they start primary school, rising to one in three by the time they leave.",
    "Self-reported wellbeing has improved since the last assessment, although loneliness is more common among older people living alone.",
    "Hospital admissions for self-harm among young people aged 10 to 24 are significantly higher than the regional average.",
    "The number of people diagnosed with diabetes continues to rise, in line with the ageing of the population and rising obesity.",
    "Uptake of cancer screening is lower in the wards with the highest levels of deprivation.",
    "Excess winter deaths vary from year to year but are consistently associated with cold, poorly insulated homes.",
    "Housing conditions, employment and income have a greater influence on health than health services alone.",
    "Partners have agreed to focus on a small number of priorities where joint action can make a measurable difference.",
    "The assessment draws on national data, local service data and the views of more than 1,100 residents.",
]


def hfill(seed, n):
    return " ".join(HFILL[(seed * 5 + j * 2) % len(HFILL)] for j in range(n))


JSNA_SECTIONS = [("Introduction", 4), ("Population", 9), ("Starting Well", 11), ("Living Well", 12),
                 ("Ageing Well", 11), ("Wider Determinants", 9), ("Community Views", 6), ("Priorities", 4)]


def jsna_html():
    h = ["""<p style="font-size:13pt"><b>HOLLOWAY BOROUGH COUNCIL</b></p>
<table data-layout="1" width="100%" cellpadding="4" border="1" cellspacing="0">
<tr><td width="30%"><b>Report to:</b></td><td>Health and Wellbeing Board</td></tr>
<tr><td><b>Date of meeting:</b></td><td>[[d:2019-03-21|21 March 2019]]</td></tr>
<tr><td><b>Report of:</b></td><td>Dr Clare Tregear, Director of Public Health</td></tr>
<tr><td><b>Title:</b></td><td>Joint Strategic Needs Assessment [[d:2019|2019]]</td></tr>
</table>
<p><b>1. Purpose of the report</b></p>
<p>To present the Joint Strategic Needs Assessment (JSNA) [[d:2019|2019]] and to ask the Board to agree the priorities that
will shape the refreshed Health and Wellbeing Strategy.</p>
<p><b>2. Recommendations</b></p>
<p>The Board is asked to:</p>
<p style="margin-left:1cm">(a) <rec label="(a)" lead="The Board is asked to">approve the Joint Strategic Needs Assessment [[d:2019|2019]] for publication</rec>;</p>
<p style="margin-left:1cm">(b) <rec label="(b)" lead="The Board is asked to">agree the five priorities set out in section 10 as the basis for the Health and Wellbeing Strategy [[d:2019/2024|2019-2024|p=range]]</rec>; and</p>
<p style="margin-left:1cm">(c) <rec label="(c)" lead="The Board is asked to" to="all partner organisations">ask all partner organisations to take the assessment into account when preparing their commissioning plans for [[d:2020/2021|2020/21|p=financial_year]]</rec>.</p>"""]
    seed = 0
    fn = 0
    for s, (title, n) in enumerate(JSNA_SECTIONS, 3):
        h.append("<p><b>%d. %s</b></p>" % (s, title))
        for i in range(1, n + 1):
            seed += 1
            extra = ""
            if (s, i) == (4, 2):
                fn += 1
                extra = " The mid-year population estimate for [[d:2017|2017]] was 187,400" + FN(fn) + "."
            if (s, i) == (6, 3):
                fn += 1
                extra = " Healthy life expectancy" + FN(fn) + " is 61.2 years for men and 62.8 years for women."
            if (s, i) == (8, 4):
                fn += 1
                extra = " Fuel poverty affected 11.3 per cent of households in [[d:2016|2016]]" + FN(fn) + "."
            h.append('<p style="margin-left:1.2cm; text-indent:-1.2cm; text-align:justify">%d.%d&nbsp;&nbsp;&nbsp;%s%s</p>'
                     % (s, i, hfill(seed, 3 + seed % 3), extra))
    h.append("<p><b>11. Priorities</b></p>")
    pri = ["Give every child the best start in life, with a focus on the first 1,001 days.",
           "Reduce smoking and excess weight in the wards with the lowest life expectancy.",
           "Improve mental wellbeing and reduce self-harm among young people.",
           "Help older people to live independently at home for longer.",
           "Make every contact count, so that staff in all services can offer brief advice."]
    for i, p in enumerate(pri, 1):
        h.append('<p style="margin-left:1.2cm; text-indent:-1.2cm">11.%d&nbsp;&nbsp;&nbsp;%s</p>' % (i, p))
    h.append("""<p><b>12. Financial implications</b></p><p>There are no direct financial implications. The JSNA informs the use of the public health grant of &pound;11.8m in [[d:2019/2020|2019/20|p=financial_year]].</p>
<p><b>13. Background papers</b></p><p>Joint Strategic Needs Assessment [[d:2016|2016]]; Public Health Outcomes Framework, [[d:2019-02|February 2019]] update.</p>
<p><b>Contact officer:</b> Rhys Lanyon, Public Health Intelligence Manager, 01632 962 410</p>""")
    h.append(FNTEXT(1, "Office for National Statistics, mid-year population estimates, published [[d:2018-06|June 2018]]."))
    h.append(FNTEXT(2, "Healthy life expectancy is the average number of years a person can expect to live in good health."))
    h.append(FNTEXT(3, "Households that would be pushed below the poverty line by the cost of heating their home adequately."))
    return "\n".join(h)


INDICATORS = [
    ("Starting Well", [
        ("Low birth weight of term babies (%)", "2.9", "2.8", "Better", "[[d:2017|2017]]"),
        ("Breastfeeding at 6 - 8 weeks (%)", "41.2", "42.7", "Similar", "[[d:2017/2018|2017/18|p=financial_year]]"),
        ("Reception: excess weight (%)", "23.4", "22.4", "Worse", "[[d:2017/2018|2017/18|p=financial_year]]"),
        ("Year 6: excess weight (%)", "35.1", "34.3", "Similar", "[[d:2017/2018|2017/18|p=financial_year]]"),
        ("Under 18 conceptions (rate per 1,000)", "19.8", "17.8", "Worse", "[[d:2017|2017]]"),
        ("Hospital admissions for self-harm, 10 - 24 (rate per 100,000)", "512", "421", "Worse", "[[d:2017/2018|2017/18|p=financial_year]]"),
        ("School readiness: good level of development (%)", "70.8", "71.5", "Similar", "[[d:2017/2018|2017/18|p=financial_year]]")]),
    ("Living Well", [
        ("Smoking prevalence in adults (%)", "15.9", "14.4", "Worse", "[[d:2017|2017]]"),
        ("Smoking in routine and manual occupations (%)", "27.5", "25.7", "Similar", "[[d:2017|2017]]"),
        ("Physically active adults (%)", "64.0", "66.3", "Similar", "[[d:2016/2017|2016/17|p=financial_year]]"),
        ("Excess weight in adults (%)", "64.8", "61.3", "Worse", "[[d:2016/2017|2016/17|p=financial_year]]"),
        ("Alcohol-related admissions (rate per 100,000)", "689", "632", "Worse", "[[d:2017/2018|2017/18|p=financial_year]]"),
        ("Diabetes diagnosed (% of expected)", "79.1", "77.1", "Better", "[[d:2018|2018]]"),
        ("Cancer screening coverage: bowel (%)", "57.0", "59.0", "Worse", "[[d:2018|2018]]"),
        ("Premature mortality from cardiovascular disease (rate per 100,000)", "78.2", "71.7", "Worse", "[[d:2015/2017|2015 - 17|p=range]]")]),
    ("Ageing Well", [
        ("Emergency admissions due to falls, 65+ (rate per 100,000)", "2,210", "2,170", "Similar", "[[d:2017/2018|2017/18|p=financial_year]]"),
        ("Hip fractures, 65+ (rate per 100,000)", "601", "578", "Similar", "[[d:2017/2018|2017/18|p=financial_year]]"),
        ("Dementia diagnosis rate, 65+ (%)", "70.3", "67.5", "Better", "[[d:2018|2018]]"),
        ("Excess winter deaths index (%)", "24.1", "21.1", "Similar", "[[d:2016-08/2017-07|Aug 2016 - Jul 2017]]"),
        ("Flu vaccination coverage, 65+ (%)", "73.4", "72.6", "Better", "[[d:2017/2018|2017/18|p=financial_year]]"),
        ("Older people still at home 91 days after discharge (%)", "84.2", "82.9", "Better", "[[d:2017/2018|2017/18|p=financial_year]]")]),
    ("Wider Determinants", [
        ("Children in low income families (%)", "18.6", "17.0", "Worse", "[[d:2016|2016]]"),
        ("Fuel poverty (% of households)", "11.3", "11.1", "Similar", "[[d:2016|2016]]"),
        ("Statutory homelessness (rate per 1,000 households)", "0.9", "0.8", "Similar", "[[d:2017/2018|2017/18|p=financial_year]]"),
        ("Employment rate, people with a learning disability (%)", "5.2", "6.0", "Worse", "[[d:2017/2018|2017/18|p=financial_year]]"),
        ("Killed and seriously injured on roads (rate per 100,000)", "44.1", "40.8", "Similar", "[[d:2015/2017|2015 - 17|p=range]]")]),
]


def jsna_app():
    rows = []
    for theme, inds in INDICATORS:
        first = True
        for ind in inds:
            cells = ('<td rowspan="%d"><b>%s</b></td>' % (len(inds), theme)) if first else ""
            first = False
            cells += "<td>%s</td><td align=\"right\">%s</td><td align=\"right\">%s</td><td>%s</td><td>%s</td>" % ind
            rows.append("<tr>%s</tr>" % cells)
    return ("""<p style="font-size:13pt"><b>Appendix 1 - JSNA Indicator Summary</b></p>
<p>Holloway compared with England. Status: Better, Similar or Worse than England at the 95% confidence level.</p>
<table data-title="Appendix 1 - JSNA Indicator Summary" border="1" cellspacing="0" cellpadding="6" width="100%">
<thead><tr><th width="15%">Theme</th><th>Indicator</th><th width="10%">Holloway</th><th width="10%">England</th><th width="11%">Status</th><th width="14%">Period</th></tr></thead>
<tbody>""" + "".join(rows) + "</tbody></table>")


BCF = """
<p style="font-size:13pt"><b>HOLLOWAY BOROUGH COUNCIL</b></p>
<table data-layout="1" width="100%" cellpadding="4" border="1" cellspacing="0">
<tr><td width="30%"><b>Report to:</b></td><td>Health and Wellbeing Board</td></tr>
<tr><td><b>Date of meeting:</b></td><td>[[d:2019-03-21|21 March 2019]]</td></tr>
<tr><td><b>Report of:</b></td><td>Alison Redfern, Director of Adult Social Care, and Dr Ravi Naidoo, Accountable Officer, Holloway CCG</td></tr>
<tr><td><b>Title:</b></td><td>Better Care Fund Plan [[d:2019/2020|2019-20|p=financial_year]]</td></tr>
</table>
<p><b>1. Purpose of the report</b></p>
<p>To seek the Board's approval of the Better Care Fund plan before it is submitted to NHS England by [[d:2019-04-05|5 April 2019]].</p>
<p><b>2. Recommendations</b></p>
<p>The Board is asked to:</p>
<p style="margin-left:1cm">(a) <rec label="(a)" lead="The Board is asked to">approve the Better Care Fund plan for [[d:2019/2020|2019-20|p=financial_year]]</rec>; and</p>
<p style="margin-left:1cm">(b) <rec label="(b)" lead="The Board is asked to" to="Director of Adult Social Care">delegate authority to the Director of Adult Social Care, in consultation with the Chair, to agree any minor changes required by NHS England</rec>.</p>
<p><b>3. Background</b></p>
<p style="margin-left:1.2cm; text-indent:-1.2cm">3.1&nbsp;&nbsp;&nbsp;The Better Care Fund pools health and social care money to support integrated services. The national conditions require the plan to be agreed by the Health and Wellbeing Board.</p>
<p style="margin-left:1.2cm; text-indent:-1.2cm">3.2&nbsp;&nbsp;&nbsp;The total pooled fund for [[d:2019/2020|2019-20|p=financial_year]] is &pound;21.64m, an increase of 3.4 per cent on the previous year.</p>
<p><b>Table 1: Better Care Fund contributions</b></p>
<table data-title="Table 1: Better Care Fund contributions" border="1" cellspacing="0" cellpadding="4" width="100%">
<thead><tr><th>Source</th><th>[[d:2018/2019|2018-19|p=financial_year]] &pound;000</th><th>[[d:2019/2020|2019-20|p=financial_year]] &pound;000</th><th>Change &pound;000</th></tr></thead>
<tbody>
<tr><td>CCG minimum contribution</td><td align="right">12,410</td><td align="right">13,115</td><td align="right">705</td></tr>
<tr><td>Disabled Facilities Grant</td><td align="right">1,820</td><td align="right">1,820</td><td align="right">0</td></tr>
<tr><td>Improved Better Care Fund</td><td align="right">5,960</td><td align="right">6,410</td><td align="right">450</td></tr>
<tr><td>Winter pressures grant</td><td align="right">0</td><td align="right">640</td><td align="right">640</td></tr>
<tr><td>Additional council contribution</td><td align="right">730</td><td align="right">(345)</td><td align="right">(1,075)</td></tr>
<tr><td><b>Total</b></td><td align="right"><b>20,920</b></td><td align="right"><b>21,640</b></td><td align="right"><b>720</b></td></tr>
</tbody></table>
<p><b>4. Performance</b></p>
<p style="margin-left:1.2cm; text-indent:-1.2cm">4.1&nbsp;&nbsp;&nbsp;Three of the four national metrics are on track. Non-elective admissions remain above the planned level, mainly because of short stay admissions of older people during the winter.</p>
<p style="margin-left:1.2cm; text-indent:-1.2cm">4.2&nbsp;&nbsp;&nbsp;Delayed transfers of care averaged 9.1 a day in [[d:2018-12|December 2018]], against a target of 10.4.</p>
<p><b>5. Contact officer</b></p><p>Kieran Winslow, Head of Commissioning, 01632 962 330</p>
"""

FORWARD = """
<p style="font-size:13pt"><b>Health and Wellbeing Board - Forward Plan [[d:2019/2020|2019/20|p=financial_year]]</b></p>
<table data-title="Health and Wellbeing Board - Forward Plan 2019/20" border="1" cellspacing="0" cellpadding="5" width="100%">
<thead><tr><th width="18%">Meeting</th><th>Item</th><th width="26%">Lead</th><th width="14%">Type</th></tr></thead>
<tbody>
<tr><td rowspan="3">[[d:2019-07-18|18 July 2019]]</td><td>Home care capacity in rural wards</td><td>Director of Adult Social Care</td><td>Report</td></tr>
<tr><td>Health and Wellbeing Strategy - draft for consultation</td><td>Director of Public Health</td><td>Decision</td></tr>
<tr><td>Healthwatch annual report</td><td>Healthwatch Holloway</td><td>Information</td></tr>
<tr><td rowspan="2">[[d:2019-09-19|19 September 2019]]</td><td>Safeguarding Adults Board annual report</td><td>Independent Chair</td><td>Information</td></tr>
<tr><td>Suicide prevention plan</td><td>Director of Public Health</td><td>Decision</td></tr>
<tr><td rowspan="2">[[d:2019-11-21|21 November 2019]]</td><td>Winter plan</td><td>Holloway CCG</td><td>Report</td></tr>
<tr><td>Health and Wellbeing Strategy - final</td><td>Director of Public Health</td><td>Decision</td></tr>
<tr><td>[[d:2020-01-16|16 January 2020]]</td><td>Better Care Fund - mid-year review</td><td>Head of Commissioning</td><td>Report</td></tr>
<tr><td>[[d:2020-03-19|19 March 2020]]</td><td>Pharmaceutical Needs Assessment refresh</td><td>Director of Public Health</td><td>Decision</td></tr>
<tr><td>To be scheduled</td><td>Air quality action plan</td><td>Head of Environmental Health</td><td>Report</td></tr>
</tbody></table>
"""

BASE = {"font": "Carlito", "font_size": "12pt", "margin": "2cm"}

PACK = {
    "name": "holloway-bc-health-wellbeing-board-2019-03-21",
    "title": "Health and Wellbeing Board, 21 March 2019, agenda reports pack",
    "stamp": "page", "number_front": True, "pad_blank": True,
    "meeting": {"authority": COUNCIL, "body": BODY_NAME, "date": "2019-03-21", "start_time": "10:00",
                "venue": "Committee Room A, Civic Centre, Holloway"},
    "items": ITEMS,
    "documents": [
        dict(BASE, key="front", kind="front_sheet", title=BODY_NAME, date="2019-03-13", authors=["Sarah Whitcombe"]),
        dict(BASE, key="minutes", kind="minutes", item="3", date="2019-01-17",
             title="Minutes of the meeting of the Health and Wellbeing Board held on Thursday, 17 January 2019", html=MINUTES),
        dict(BASE, key="jsna", kind="report", item="5", date="2019-03-21", title="Joint Strategic Needs Assessment 2019",
             to="Health and Wellbeing Board", subject="Joint Strategic Needs Assessment 2019",
             authors=["Dr Clare Tregear"], html=jsna_html(), **{"from": "Dr Clare Tregear, Director of Public Health"}),
        dict(BASE, key="jsna-app", kind="appendix", item="5", date=None, title="Appendix 1 - JSNA Indicator Summary", html=jsna_app()),
        dict(BASE, key="bcf", kind="report", item="6", date="2019-03-21", title="Better Care Fund Plan 2019-20",
             to="Health and Wellbeing Board", subject="Better Care Fund Plan 2019-20", authors=["Kieran Winslow"], html=BCF,
             **{"from": "Alison Redfern, Director of Adult Social Care, and Dr Ravi Naidoo, Accountable Officer, Holloway CCG"}),
        dict(BASE, key="forward", kind="other", item="7", date=None, title="Health and Wellbeing Board - Forward Plan 2019/20", html=FORWARD),
    ],
}
