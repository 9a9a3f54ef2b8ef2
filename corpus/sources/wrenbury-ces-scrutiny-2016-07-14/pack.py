# Wrenbury City Council, Children and Education Scrutiny Board (2), 14 July 2016.
# A full ModernGov-style pack: front sheet, previous minutes, briefing notes, a long
# independent review with footnotes and a key-dates table, an action plan over several
# pages, a recommendations tracker and a work programme. Every page stamped "Page N".

BOARD = "Children and Education Scrutiny Board (2)"
COUNCIL = "Wrenbury City Council"

MEETING = {
    "authority": COUNCIL,
    "body": BOARD,
    "date": "2016-07-14",
    "start_time": "14:00",
    "venue": "Committee Rooms 1 and 2 - Guildhall",
}

ITEMS = [
    {"number": "1", "title": "Apologies and Substitutions"},
    {"number": "2", "title": "Declarations of Interests"},
    {"number": "3", "title": "Minutes", "docs": ["minutes"]},
    {"number": "3a", "parent": "3", "title": "To agree the minutes of the meeting held on [[d:2016-06-09|9th June, 2016]]"},
    {"number": "3b", "parent": "3", "title": "Matters Arising"},
    {"number": "4", "title": "Independent Review of Missing Children Episodes", "docs": ["bn-review", "review"],
     "description": "Report of the Independent Chair of the Local Safeguarding Children Board (LSCB)"},
    {"number": "5", "title": "Early Help Strategy Progress Report", "docs": ["bn-earlyhelp", "actionplan"],
     "description": "Briefing Note of the Director of Children's Services"},
    {"number": "6", "title": "Improvement Board Progress Review", "docs": ["bn-improvement", "imp-appendix"],
     "description": "Briefing Note of the Director of Children's Services"},
    {"number": "7", "title": "Outstanding Issues", "docs": ["tracker", "tracker-table"],
     "description": "Briefing Note of the Scrutiny Co-ordinator"},
    {"number": "8", "title": "Work Programme", "docs": ["workprog"],
     "description": "Briefing Note of the Scrutiny Co-ordinator"},
    {"number": "9", "title": "Any Other Business"},
    {"number": "10", "title": "Meeting Evaluation"},
]

ITEM_NOTES = {
    "9": "Any other items of business which the Chair decides to take as matters of urgency because of the special circumstances involved.",
    "10": "To discuss and evaluate how well the meeting worked.",
}


def front_html(ranges):
    out = ['<p style="font-size:16pt"><b>%s</b></p>' % COUNCIL,
           '<h1 style="font-size:20pt">%s</h1>' % BOARD,
           '<p><b>Time and Date</b></p>',
           '<p>[[d:2016-07-14|2.00 pm on Thursday, 14th July, 2016|t=14:00]]</p>',
           '<p><b>Place</b></p>', '<p>Committee Rooms 1 and 2 - Guildhall</p>',
           '<h2>Public Business</h2>']
    for it in ITEMS:
        if it.get("parent"):
            continue
        rng = ranges.get(it["number"], "")
        out.append('<p style="margin-left:0cm"><b>%s.&nbsp;&nbsp;&nbsp;%s</b> %s</p>' % (it["number"], it["title"], rng))
        for sub in ITEMS:
            if sub.get("parent") == it["number"]:
                out.append('<p style="margin-left:1.2cm">%s)&nbsp;&nbsp;%s</p>' % (sub["number"][-1], sub["title"]))
        if it.get("description"):
            out.append('<p style="margin-left:1.2cm">%s</p>' % it["description"])
        if it["number"] in ITEM_NOTES:
            out.append('<p style="margin-left:1.2cm">%s</p>' % ITEM_NOTES[it["number"]])
    out += ['<h2>Private Business</h2>', '<p>Nil</p>', '<p>&nbsp;</p>',
            '<p>Martin Ashdown, Executive Director, Resources, Guildhall, Wrenbury</p>',
            '<p>[[d:2016-07-06|Wednesday, 6 July 2016]]</p>',
            '<p><b>Notes:</b> 1) The person to contact about the agenda and documents for this meeting is '
            'Ruth Calloway, Democratic Services, Guildhall, Wrenbury, telephone 0191 496 0342. Papers are also '
            'published on the council website.</p>',
            '<p>2) Council Members who cannot attend the meeting should tell Ruth Calloway as soon as possible and '
            'no later than [[d:2016-07-14|11.00 a.m. on 14th July, 2016|t=11:00]] giving their reasons for absence and '
            'the name of the Council Member (if any) who will attend as their substitute.</p>',
            '<p>3) Members of other scrutiny boards who have an interest in a report to this meeting may ask the '
            'Chair, by 12 noon on the day before the meeting, for leave to speak on that item, saying why they '
            'wish to speak and what they wish to raise.</p>',
            '<p><b>Membership:</b> Councillors F Abara, T Birkett, L Chowdhury (By Invitation), P Dransfield, '
            'M Ellery (Co-opted Member), J Fairweather (Co-opted Member), R Gillan, S Hebden, A Iqbal, '
            'C Jessop (Chair), D Keane (By Invitation), V Lomax, N Marwood (Co-opted Member) and '
            'H Nuttall (By Invitation)</p>',
            '<p>Please note: a hearing loop is available in the committee rooms</p>',
            '<p>If you need a British Sign Language interpreter for this meeting OR would like this information '
            'in another format or language please contact us.</p>',
            '<p>Ruth Calloway / Owen Peart<br>Telephone: 0191 496 0342 / 0345<br>'
            'e-mail: ruth.calloway@wrenbury.example.gov.uk owen.peart@wrenbury.example.gov.uk</p>']
    return "\n".join(out)


MINUTES = """
<p><b>Wrenbury City Council</b></p>
<h2>Minutes of the Meeting of Children and Education Scrutiny Board (2) held at [[d:2016-06-09|3.30 pm on Thursday, 9 June 2016|t=15:30]]</h2>
<table data-layout="1" cellpadding="2">
<tr><td width="35%"><b>Present:</b></td><td></td></tr>
<tr><td>Members:</td><td>Councillor C Jessop (Chair)<br>Councillor F Abara<br>Councillor T Birkett<br>Councillor P Dransfield<br>Councillor R Gillan<br>Councillor S Hebden<br>Councillor A Iqbal<br>Councillor V Lomax</td></tr>
<tr><td>Co-Opted Members:</td><td>Mr M Ellery, Mrs J Fairweather and Ms N Marwood</td></tr>
<tr><td>Cabinet Member:</td><td>Councillor Keane</td></tr>
<tr><td>Employees (by Directorate):</td><td>K Osei, People Directorate<br>B Pollard, Resources Directorate<br>R Calloway, Resources Directorate</td></tr>
<tr><td>Apologies:</td><td>Councillor L Chowdhury and Councillor H Nuttall</td></tr>
</table>
<h3>Public Business</h3>
<p><b>1. Declarations of Interests</b></p>
<p>There were no disclosable pecuniary interests.</p>
<p><b>2. Minutes</b></p>
<p>The minutes of the meeting held on [[d:2016-04-07|7th April, 2016]] were agreed and signed as a true record.</p>
<p>Further to minute 68/15 'Looked After Children Placement Stability', members had received the figures on
children with three or more placements in a year and were still waiting for the breakdown by age that they had asked for.</p>
<p><b>3. Improvement Board Progress Review from [[d:2016-05-18|18th May, 2016]]</b></p>
<p>Further to Minute 70/15 the Scrutiny Board noted a joint briefing note on progress against the Children's
Services Improvement Plan, as reported to the Improvement Board on [[d:2016-05-18|18th May, 2016]] using data
from [[d:2016-03|March, 2016]].</p>
<p>The progress report gave an update on each of the five themes of the Department for Education improvement notice,
including the work of the Local Safeguarding Children Board.</p>
<p>The Scrutiny Board questioned officers on the following matters:</p>
<ul>
<li>the national scheme to increase student placements in social work</li>
<li>whether recent recruitment had filled the teams with the greatest need</li>
<li>support to keep experienced staff and new ways of working</li>
<li>developing team managers and senior practitioners</li>
<li>how Wrenbury compared with its statistical neighbours</li>
<li>links between social workers and schools</li>
</ul>
<p>RESOLVED that <rec k="resolution" lead="RESOLVED that" outcome="agreed">the Director of Children's Services provide the comparison with statistical neighbours to the next meeting</rec>.</p>
<p><b>4. Establish a Task and Finish Group on Social Work Recruitment and Retention</b></p>
<p>Further to Minute 70/15 the Scrutiny Board considered a report of the Scrutiny Co-ordinator proposing a task and
finish group of the Board to look at how the Council recruits and keeps social work staff.</p>
<p>Members discussed with officers what such a group could usefully recommend. Officers welcomed a member-led
inquiry into steps that could steady the workforce.</p>
<p>RESOLVED that <rec k="resolution" lead="RESOLVED that" outcome="agreed">the task and finish group be established and that membership be sought from members of the Scrutiny Boards</rec>.</p>
<p><b>5. Children's Social Care Performance Report</b></p>
<p>The Scrutiny Board considered a report of the Director of Children's Services on performance in children's social
care for the year ending [[d:2016-03-31|31 March 2016]]. The report set out the number of contacts, referrals and
assessments, the timeliness of child protection conferences and the stability of placements for children in care.</p>
<p>Officers reported that the number of referrals had fallen by 9% compared with [[d:2014/2015|2014/15|p=financial_year]], while
the proportion of assessments completed within 45 working days had risen to 83%. Repeat referrals within twelve
months remained above the national average and were the subject of a joint audit with the LSCB.</p>
<p>Members asked about the use of agency social workers, caseloads in the assessment teams, the effect of the new
front door arrangements and the reasons for the rise in the number of children subject to a child protection plan
for a second or subsequent time. Officers undertook to provide a breakdown of repeat plans by category of abuse.</p>
<p>Members welcomed the improvement in the timeliness of initial child protection conferences but noted that the
number of children in care placed more than twenty miles from home had not changed since the previous year.</p>
<p>RESOLVED that:</p>
<p style="margin-left:1cm">(a) <rec k="resolution" label="(a)" lead="RESOLVED that" outcome="agreed">the performance report be noted</rec>;</p>
<p style="margin-left:1cm">(b) <rec k="resolution" label="(b)" lead="RESOLVED that" outcome="agreed">a breakdown of repeat child protection plans by category of abuse be circulated to members</rec>; and</p>
<p style="margin-left:1cm">(c) <rec k="resolution" label="(c)" lead="RESOLVED that" outcome="agreed">the Board receive a further report on placements at distance at its meeting on [[d:2016-12-08|8 December 2016]]</rec>.</p>
<p><b>6. Draft Work Programme</b></p>
<p>The Scrutiny Board considered the draft work programme and asked that the following areas be considered during the year:</p>
<ul>
<li>educational attainment of vulnerable groups, especially children educated at home and those excluded</li>
<li>special educational needs and short breaks</li>
<li>child and adolescent mental health services</li>
<li>the multi-agency safeguarding hub</li>
<li>young people and anti-social behaviour</li>
</ul>
<p>RESOLVED that <rec k="resolution" lead="RESOLVED that" outcome="agreed">the work programme be updated to include the areas listed above</rec>.</p>
<p><b>7. Any Other Business</b></p>
<p>There were no other items of business.</p>
<p>(Meeting closed at 4.40 pm)</p>
"""


def briefing(to, date_markup, subject, purpose, recs_intro, recs, background, author, job, contact, appendices=None):
    h = ['<p style="font-size:14pt"><b>Wrenbury City Council</b></p>',
         '<p style="font-size:16pt"><b>Briefing note</b></p>',
         '<table data-layout="1" cellpadding="3"><tr><td width="20%"><b>To</b></td><td>' + to + '</td></tr>',
         '<tr><td><b>Date</b></td><td>' + date_markup + '</td></tr>',
         '<tr><td><b>Subject</b></td><td>' + subject + '</td></tr></table>',
         '<h3>1 Purpose of the Note</h3>']
    for i, p in enumerate(purpose, 1):
        h.append('<p style="margin-left:1.2cm; text-indent:-1.2cm">1.%d&nbsp;&nbsp;&nbsp;%s</p>' % (i, p))
    h.append('<h3>2 Recommendations</h3>')
    if recs_intro:
        h.append('<p style="margin-left:1.2cm; text-indent:-1.2cm">2.1&nbsp;&nbsp;&nbsp;%s:</p>' % recs_intro)
        for i, r in enumerate(recs, 1):
            h.append('<p style="margin-left:2cm; text-indent:-0.8cm">%d)&nbsp;&nbsp;<rec label="%d)" lead="%s">%s</rec></p>'
                     % (i, i, recs_intro, r))
    else:
        h.append('<p style="margin-left:1.2cm; text-indent:-1.2cm">2.1&nbsp;&nbsp;&nbsp;<rec label="2.1">%s</rec></p>' % recs[0])
    h.append('<h3>3 Information/Background</h3>')
    i = 0
    for p in background:
        if p.startswith("<"):
            h.append(p)
            continue
        i += 1
        h.append('<p style="margin-left:1.2cm; text-indent:-1.2cm">3.%d&nbsp;&nbsp;&nbsp;%s</p>' % (i, p))
    if appendices:
        h.append('<p><b>Appendices</b></p>')
        for a in appendices:
            h.append('<p>%s</p>' % a)
    h.append('<p>&nbsp;</p><p>%s</p><p>Job Title: %s</p><p>Contact Details: %s</p>' % (author, job, contact))
    return "\n".join(h)


BN_REVIEW = briefing(
    BOARD, "[[d:2016-07-14|14th July 2016]]", "Independent Review of Missing Children Episodes",
    ["The purpose of this note is to inform the Scrutiny Board of the findings of the independent review of "
     "episodes in which children looked after by the Council went missing, which the Wrenbury Safeguarding "
     "Children Board published on [[d:2016-07-04|4th July 2016]]."],
    None, ["Scrutiny Board are asked to note the recommendations made by the review and to comment on the "
           "response of partner agencies."],
    ["The main purpose of an independent review is to help agencies learn from what happened and to use that "
     "learning to improve practice across the partnership.",
     "The Independent Chair of the Wrenbury Local Safeguarding Children Board (LSCB) commissioned the review in "
     "[[d:2015-03|March 2015]] after a referral from the police district commander.",
     "Each agency may make recommendations for improving practice within its own organisation. Carrying out and "
     "monitoring those actions is the responsibility of the agency concerned, which reports progress to the LSCB "
     "at each quarterly meeting.",
     "Recommendations that involve more than one agency are the responsibility of the LSCB, and a multi-agency "
     "action plan to deliver them is being prepared."],
    "Imogen Varley", "Review Co-ordinator for the Adult and Children Safeguarding Boards",
    "imogen.varley@wrenbury.example.gov.uk 0191 496 0517",
    ["1 - Independent Review Report"])

# ------------------------------------------------------------------ the long review (appendix to item 4)
S_CONTEXT = [
    "Agencies in Wrenbury had been aware for some time that a small number of young people were repeatedly reported missing from their placements.",
    "The review panel read the records of every agency that had contact with the young people during the period under review.",
    "Practitioners who took part in the learning events spoke openly about the pressures on their services at the time.",
    "The panel has tried throughout to judge practice by the standards and knowledge that applied at the time, not with hindsight.",
    "Several agencies held pieces of information that, taken together, would have given a much clearer picture of the risk.",
    "There was no shared understanding between agencies of what counted as a missing episode and what counted as an unauthorised absence.",
    "Return home interviews were offered in most cases, but the young people often declined them or did not attend.",
    "Where interviews did take place, the information gathered was not always passed to the social worker or to the police.",
    "The residential provider kept detailed daily logs which recorded the times young people left and returned.",
    "Those logs were rarely read by anyone outside the home, and patterns in them went unnoticed for several months.",
    "Managers in children's social care were carrying high caseloads and a number of posts were filled by agency staff.",
    "Changes of social worker meant that some young people had to tell their stories again to people they did not know.",
    "The police response to each report was prompt, but each episode tended to be treated as a separate event.",
    "School staff had noticed changes in attendance and behaviour but did not always know who to tell.",
    "Health professionals saw two of the young people at the sexual health clinic and made appropriate referrals.",
    "The referrals were acknowledged but the information in them was not linked to the missing episodes.",
    "Strategy discussions were held in most of the cases where the threshold was met, although some were delayed.",
    "Minutes of strategy discussions were not always circulated to everyone who had attended.",
    "The panel found examples of thoughtful and persistent work by individual practitioners.",
    "Young people later told the review that the workers they trusted were the ones who kept in touch and did what they said.",
    "The use of placements outside the city made it harder for local services to keep contact with the young people.",
    "Information sharing with the host authority depended heavily on the goodwill of individual officers.",
    "Risk assessment tools were completed, but the scores did not always lead to a change in the plan.",
    "The voluntary sector service had strong relationships with the young people but was not invited to planning meetings.",
    "Senior managers were not told about the growing number of episodes until the summer of the second year.",
    "Once the pattern was recognised, agencies worked together quickly and effectively to protect the young people.",
    "The multi-agency safeguarding hub now screens every missing report and shares relevant information within a day.",
    "A single missing children co-ordinator post was created to bring together the records of all agencies.",
    "Training on exploitation has been delivered to more than four hundred staff across the partnership.",
    "Audits carried out since then show that return home interviews now take place in most cases within three days.",
    "The panel recognises that these changes are recent and that their effect on outcomes is not yet known.",
    "Some of the young people have moved on to settled lives; others continue to need a great deal of support.",
]


def para_text(seed, n=5):
    k = len(S_CONTEXT)
    return " ".join(S_CONTEXT[(seed * 7 + j * 3) % k] for j in range(n))


SECTIONS = [
    ("1", "INTRODUCTION", [("1.1", "The circumstances that led to this review", 4), ("1.2", "Methodology", 6)]),
    ("2", "SUMMARY OF THE YOUNG PEOPLE'S EXPERIENCE", [(None, None, 8)]),
    ("3", "THE LINKS BETWEEN THE YOUNG PEOPLE AND THE ADULTS WHO HARMED THEM", [(None, None, 2)]),
    ("4", "APPRAISAL OF PRACTICE", [("4.1", "Introduction and context", 5), ("4.2", "[[d:2010-01/2012-05|January 2010 - May 2012]]", 26),
                                    ("4.3", "[[d:2012-06|June 2012]]: recognition and the multi-agency response", 14),
                                    ("4.4", "Working with the young people over the longer term", 10)]),
    ("5", "CURRENT PRACTICE AND IMPLICATIONS FOR FUTURE WORK", [("5.1", "Introduction", 5), ("5.2", "Changes in practice", 12)]),
    ("6", "CONCLUDING COMMENTS", [(None, None, 5)]),
]

INLINE_RECS = {
    "4.2.18": ("Given how significant the breakdown of an adoptive placement was in this case, the review makes "
               "the following recommendation to the Board:",
               "The Board to ensure that learning from this review about the vulnerability of young people after "
               "an adoption breakdown is shared with relevant professionals and that the implications for support "
               "before and after adoption in Wrenbury are considered."),
    "4.3.9": ("The residential provider is part of a national federation of providers.",
              "This review to be shared with the national federation of residential providers so that its lessons "
              "can be considered across the federation, including access to safeguarding advice for its members."),
    "4.4.6": ("Several of the young people are now adults and the risks to them have not ended.",
              "The LSCB to share this review with the Safeguarding Adults Board and consider options for joint "
              "working or joint commissioning of services for adult victims of exploitation."),
    "5.2.7": ("The young people valued above all the workers who stayed with them.",
              "The LSCB and partners to consider how to promote a relationship-based model of working with older "
              "children who are vulnerable and at risk."),
}

FINAL_RECS = [
    "The LSCB to make the evaluation of the effect of the Wrenbury exploitation strategy on outcomes for young people a priority, including whether to commission a research-led project to measure those outcomes.",
    "The LSCB and partners to consider how to promote a relationship-based model of working with older children who are vulnerable and at risk.",
    "The Board to set up a task and finish group on the longer term needs of young people who have been exploited and how those needs can be met in Wrenbury.",
    "The LSCB to share this review with the Safeguarding Adults Board and consider options for joint working or joint commissioning of services for adult victims of exploitation.",
    "The Board to ensure that learning from this review about the vulnerability of young people after an adoption breakdown is shared with relevant professionals.",
    "This review to be shared with the national federation of residential providers so that its lessons can be considered across the federation.",
]

KEY_DATES = [
    ("2010-01", "January 2010", "Young person A: made an allegation against older males which she later withdrew. No prosecution was possible."),
    ("2011-03", "March 2011", "Young person D: moved into the supported housing project."),
    ("2011-08", "August 2011", "Young person C: the social worker for her younger brother raised concerns that both children were at risk. Young person C became a child in need."),
    ("2011-09", "Sept 2011", "Young person C: social care recorded general concerns about possible grooming."),
    ("2011-10", "Oct 2011", "Young person B admitted to hospital after self-harm and referred to CAMHS and to social care."),
    ("2011-12", "Dec 2011", "Young person B: CAMHS records noted that she was at risk of exploitation."),
    ("2012-04", "April 2012", "Young person B moved into emergency housing for young people."),
    ("2012-05", "May 2012", "Young person C identified by statutory agencies as visiting an address where she was at risk."),
    ("2012-06", "June 2012", "Neighbourhood police officers raised concerns about anti-social behaviour and drug use at a house near the project (House A)."),
    ("2012-06-10", "10 th June 2012", "Project staff recorded that three of the young people had been seen going into House A, where drugs were believed to be used. Staff began to log each incident and tell the police."),
    ("2012-06-12", "12 th June 2012", "One young person told staff that another was staying at House A."),
    ("2012-06-23", "23 rd June 2012", "Young person B: CAMHS referred her to social care because of her history of sexual vulnerability. A strategy meeting was planned."),
    ("2012-06-26", "26 th June 2012", "A social worker established that three of the young people were friends."),
    ("2012-07-05", "5 th July 2012", "Young person E referred to the voluntary sector service as at risk. A strategy meeting was held about three of the young people and one other young person."),
    ("2012-07-10", "10 th July 2012", "Young person B: CAMHS made a further referral to social care."),
    ("2012-07-19", "19 th July 2012", "Police told the project that the men at House A appeared to have moved to another address."),
]


def review_html():
    h = ['<p style="font-size:18pt; text-align:center"><b>Wrenbury Local Safeguarding Children Board</b></p>',
         '<p style="font-size:16pt; text-align:center"><b>Independent Review of Missing Children Episodes</b></p>',
         '<p style="text-align:center">Independent reviewer: Dr Alison Threlfall</p>',
         '<p style="text-align:center">Final report, [[d:2016-06|June 2016]]</p>']
    fn = 0
    seed = 0
    for num, title, subs in SECTIONS:
        h.append('<h2>%s. %s</h2>' % (num, title))
        for sub, subtitle, count in subs:
            if sub:
                h.append('<h3>%s %s</h3>' % (sub, subtitle))
            for i in range(1, count + 1):
                seed += 1
                label = "%s.%d." % (sub, i) if sub else "%s.%d." % (num, i)
                key = label.rstrip(".")
                extra = ""
                if key == "1.1.1":
                    extra = (" The review covers the period [[d:2010-01/2012-07|January 2010 - July 2012]] and was "
                             "completed between [[d:2015-11-02/2016-03-31|2 November 2015 - 31 March 2016]].")
                if key == "1.2.2":
                    fn += 1
                    extra = (" The review followed the learning model set out in national guidance" + FN(fn) +
                             " and met the Board's own standards for case reviews.")
                    h_fn1 = fn
                if key == "2.3":
                    fn += 1
                    extra = (" In two cases a strategy discussion" + FN(fn) + " was held within a day of the referral.")
                if key == "4.2.5":
                    fn += 1
                    extra = (" The allegation made in [[d:2010-01|January 2010]] was recorded by the police as a crime" + FN(fn) + ".")
                if key == "4.2.12":
                    extra = " By [[d:2012-05|May 2012]] four of the young people were living at the same supported housing project."
                if key == "4.3.2":
                    extra = (" The first strategy meeting took place on [[d:2012-07-05|5 th July 2012]] and a second on "
                             "[[d:2012-07-16|16 th July 2012]].")
                if key in INLINE_RECS:
                    lead, rec = INLINE_RECS[key]
                    h.append('<p style="margin-left:1.4cm; text-indent:-1.4cm">%s&nbsp;&nbsp;%s</p>' % (label, lead))
                    h.append('<p style="margin-left:1.4cm"><b>Recommendation:</b> <rec>%s</rec></p>' % rec)
                    continue
                h.append('<p style="margin-left:1.4cm; text-indent:-1.4cm; text-align:justify">%s&nbsp;&nbsp;%s%s</p>'
                         % (label, para_text(seed, 4 + seed % 3), extra))
                if key == "3.2":
                    h.append('<p><b>Key dates table</b></p>')
                    rows = "".join('<tr><td width="22%%">[[d:%s|%s]]</td><td>%s</td></tr>' % r for r in KEY_DATES)
                    h.append('<table data-title="Key dates table" border="1" cellspacing="0" cellpadding="4" width="100%">'
                             '<thead><tr><th>Date</th><th>Event</th></tr></thead><tbody>' + rows + '</tbody></table>')
                    h.append('<p>&nbsp;</p>')
    h.append('<h2>7. RECOMMENDATIONS FOR THE BOARDS</h2>')
    for i, r in enumerate(FINAL_RECS, 1):
        h.append('<p style="margin-left:1.4cm; text-indent:-1.4cm">7.%d.&nbsp;&nbsp;<b>Recommendation:</b> <rec label="7.%d">%s</rec></p>'
                 % (i, i, r))
    h.append('<h2>References</h2>')
    h.append('<p>HM Government ([[d:2015|2015]]) Working Together to Safeguard Children. London.</p>')
    h.append('<p>Wrenbury LSCB ([[d:2014|2014]]) Multi-agency Protocol for Children Missing from Home and Care.</p>')
    h.append(FNTEXT(1, "The learning model asks practitioners to reflect together on what helped and what hindered their work at the time."))
    h.append(FNTEXT(2, "A strategy discussion is needed whenever there is reasonable cause to suspect that a child is suffering, or is likely to suffer, significant harm."))
    h.append(FNTEXT(3, "Crime recording rules require an allegation to be recorded even where the victim later withdraws it."))
    return "\n".join(h)


# ------------------------------------------------------------------ item 5: early help
BN_EARLYHELP = briefing(
    BOARD, "[[d:2016-07-14|14th July 2016]]", "Early Help Strategy Progress Report",
    ["To update the Scrutiny Board on progress with the Early Help Strategy [[d:2015/2018|2015 - 2018|p=range]] "
     "and the second phase of the Stronger Families programme."],
    "The Scrutiny Board is recommended to",
    ["Note the progress made in delivering the Early Help Strategy and the action plan at Appendix 1",
     "Identify any areas where it wishes to receive a further report in [[d:2017|2017]]"],
    ["The Early Help Strategy was agreed by Cabinet on [[d:2015-03-10|10 March 2015]] and sets out how the "
     "Council and its partners will help families at the first sign of difficulty.",
     "The number of early help assessments held is rising each year and now stands at just under 1,900. In the "
     "year [[d:2015/2016|2015/16|p=financial_year]], 164 staff from education, health and the voluntary sector "
     "completed lead professional training.",
     "Phase 2 of Stronger Families started on [[d:2015-01-01|1st January 15]], four months ahead of schedule, and "
     "the first payment-by-results claim was made in [[d:2016-03|March 2016]].",
     "The action plan at Appendix 1 is shared by partners across all sectors and reports to the Improvement Board "
     "and the Children and Young People's Partnership."],
    "Frances Dunmore", "Head of Early Help", "frances.dunmore@wrenbury.example.gov.uk 0191 496 0711",
    ["Appendix 1 - Early Help and Prevention Action Plan [[d:2015/2018|2015 - 2018|p=range]]"])

AP_ROWS = [
    # (area, level, action no, description, achievement, next steps, lead, timescale)
    ("SERVICE DELIVERY", "3", "1", "Deliver phase 2 of Stronger Families. Wider criteria now include domestic abuse, long term health conditions and mental health.",
     "The family support team of 12 keyworkers works with 188 children in 76 families ([[d:2016-04|April 16|amb]]). The first claim covered 31 families.",
     "Proposal for mainstreaming the keyworker model to be completed. Evidence against outcomes to be ready by the [[d:2016-05|End of May 16|amb]].",
     "Lena Mortimer - Service Manager", "[[d:2016-06|June 2016]]"),
    (None, None, "2", "Sufficiency and quality of childcare, including the offer for two, three and four year olds linked to school readiness.",
     "Eleven nurseries have improved their inspection grade since the last review. Take-up of the two year old offer is 71%.",
     "Link health visiting and early years so that children receive a single integrated check at two years.",
     "Paul Okafor - Early Years Lead", "[[d:2016-06|June 16|amb]]"),
    (None, "2", "3", "Acting early for children aged 0 - 5: universal contact points to track progress, with health visiting, midwifery and children's centre staff.",
     "Core integrated team meets monthly in each of the three localities. Shared data set agreed.",
     "Extend the integrated model to the remaining children's centres and agree an information sharing protocol.",
     "Anita Shah - Programme Manager", "[[d:2016-09|September 16|amb]]"),
    (None, "1", "4", "Acting early for school age children and young people aged 5 - 19.",
     "Four secondary schools and six primary schools are taking part in the pilot. Headteachers were briefed in [[d:2016-01|Jan 16|amb]].",
     "Hold co-production events with the next four schools and review workforce development needs.",
     "Anita Shah - Programme Manager", "[[d:2017-03|March 2017]]"),
    ("QUALITY ASSURANCE", "1", "5", "Reduce repeat referrals by improving the quality of early help assessments and plans.",
     "Audit of 60 assessments completed in [[d:2016-03|March 16|amb]]; 68% rated good or better.",
     "Introduce case supervision for school staff every four weeks, starting with schools in the most deprived areas.",
     "Lena Mortimer - Service Manager", "[[d:2016-09|September 16|amb]]"),
    (None, "2", "6", "Step up and step down between early help and social care.",
     "Threshold document reviewed and updated in [[d:2016-03|March 16|amb]].",
     "Brief all staff on the revised process and audit a sample of cases after three months.",
     "Tom Ridley and Lena Mortimer", "[[d:2016-06|June 16|amb]]"),
    ("WORKFORCE", "2", "7", "Develop a shared training offer for the early help workforce across all partners.",
     "Lead professional training delivered to 164 staff in [[d:2015/2016|2015/16|p=financial_year]].",
     "Add a module on working with fathers and on neglect. Evaluate impact with partners.",
     "Grace Allinson - Workforce Lead", "[[d:2016-12|December 2016]]"),
    (None, "3", "8", "Embed the signs of safety approach across early help teams.",
     "Two-day training delivered to all early help teams. Practice leads identified in each locality.",
     "Observe practice and hold quarterly reflective sessions.",
     "Grace Allinson - Workforce Lead", "[[d:2017-03|March 2017]]"),
    ("COMMUNICATION AND ENGAGEMENT", "2", "9", "Six-monthly early help newsletter; team visits; blogs by the Director.",
     "Winter newsletter circulated. Director's blog set up and sent to all children's services staff.",
     "Next newsletter due [[d:2016-06|June 16|amb]].",
     "Frances Dunmore", "[[d:2016-06|June 16|amb]]"),
    (None, "2", "10", "Involve parents and young people in the design of services.",
     "Parent panel established with 14 members. Young people's survey completed by 312 pupils.",
     "Publish a 'you said, we did' summary and refresh the panel membership.",
     "Frances Dunmore", "[[d:2016-10|October 2016]]"),
    ("PERFORMANCE", "1", "11", "Single performance framework for early help across the partnership.",
     "Draft framework agreed by the Early Help Board on [[d:2016-04-20|20 April 2016]].",
     "Produce the first quarterly dashboard and report it to the Improvement Board.",
     "Mark Tennant - Performance Manager", "[[d:2016-07|July 2016]]"),
    (None, "2", "12", "Measure outcomes for families after early help ends.",
     "Sample of 40 families contacted six months after closure.",
     "Repeat the follow-up twice a year and report results to the Board.",
     "Mark Tennant - Performance Manager", "[[d:2016-11|November 2016]]"),
    (None, "3", "13", "Publish the early help offer on the family information website in plain language.",
     "New pages launched in [[d:2016-02|February 2016]] and visited 6,400 times in the first quarter.",
     "Add a self-referral form and translations into the five most used community languages.",
     "Frances Dunmore", "[[d:2016-10|October 2016]]"),
    ("COMMISSIONING", "2", "14", "Recommission parenting programmes so that they match assessed need in each locality.",
     "Needs analysis completed. Providers' market event held on [[d:2016-05-11|11 May 2016]].",
     "Tender to be issued with contracts starting [[d:2017-04-01|1 April 2017]].",
     "Helen Marsh - Commissioning Manager", "[[d:2017-04|April 2017]]"),
    (None, "1", "15", "Joint commissioning of emotional wellbeing support in schools with the clinical commissioning group.",
     "Outline agreement reached with the clinical commissioning group. Budget to be confirmed.",
     "Draft specification to be agreed with schools forum and the clinical commissioning group.",
     "Helen Marsh - Commissioning Manager", "[[d:2016-12|December 2016]]"),
    (None, "2", "16", "Review the contract for the domestic abuse support service for families with younger children.",
     "Contract extended for twelve months while the review takes place.",
     "Consult survivors and partner agencies on the new model of support.",
     "Helen Marsh - Commissioning Manager", "[[d:2017-01|January 2017]]"),
    ("LOCALITY WORKING", "2", "17", "Three locality early help hubs bringing together children's centres, family support and school staff.",
     "North hub open since [[d:2015-09|September 2015]]. East hub building works completed.",
     "Open the east hub and agree the location of the west hub with partners.",
     "Anita Shah - Programme Manager", "[[d:2016-11|November 2016]]"),
    (None, "2", "18", "Locality panels to allocate cases that need a multi-agency response below the social care threshold.",
     "Panels meet fortnightly in each locality. 212 cases considered since they began.",
     "Review panel terms of reference and invite housing and police representatives.",
     "Lena Mortimer - Service Manager", "[[d:2016-09|September 2016]]"),
    (None, "3", "19", "Closer working with adult services where parents have mental health, substance misuse or learning disability needs.",
     "Joint protocol drafted with adult social care and the substance misuse service.",
     "Protocol to be signed off by both directors and briefed to all teams.",
     "Tom Ridley", "[[d:2016-10|October 2016]]"),

]


def actionplan_html():
    head = ("<thead><tr><th>Matrix area</th><th>Progress level</th><th>[[d:2015/2018|15 - 18|p=range]] Action No.</th><th>Description</th>"
            "<th>Achievement to date</th><th>Next steps - Action</th><th>Lead</th><th>Timescale</th></tr></thead>")
    # compute rowspans for the matrix area column
    spans, i = {}, 0
    while i < len(AP_ROWS):
        j = i + 1
        while j < len(AP_ROWS) and AP_ROWS[j][0] is None:
            j += 1
        spans[i] = j - i
        i = j
    body = []
    for i, r in enumerate(AP_ROWS):
        cells = []
        if i in spans:
            cells.append('<td rowspan="%d"><b>%s</b></td>' % (spans[i], r[0]))
        cells.append("<td>%s</td>" % (r[1] or ""))
        cells += ["<td>%s</td>" % x for x in r[2:]]
        body.append("<tr>%s</tr>" % "".join(cells))
    filler = ("<p>The plan is reviewed every month by the Early Help Board. Progress levels are scored from 1 "
              "(not started) to 4 (complete and embedded).</p>")
    return ('<p style="font-size:14pt"><b>Appendix 1</b></p>'
            '<p style="font-size:14pt"><b>Early Help and Prevention Action Plan [[d:2015/2018|2015 - 2018|p=range]]</b></p>'
            + filler +
            '<table data-title="Early Help and Prevention Action Plan 2015 - 2018" border="1" cellspacing="0" cellpadding="4" width="100%">'
            + head + "<tbody>" + "".join(body) + "</tbody></table>")


# ------------------------------------------------------------------ item 6: improvement board
BN_IMPROVEMENT = briefing(
    BOARD, "[[d:2016-07-14|14th July 2016]]", "Improvement Board Progress Review",
    ["To give the Scrutiny Board an update on the Children's Services Improvement Plan as reported to the "
     "Improvement Board on [[d:2016-06-22|22 June 2016]]."],
    "Members of the Scrutiny Board are recommended to",
    ["Note the progress made against the improvement plan",
     "Agree whether any area of the plan should be examined in more detail at a future meeting"],
    ["The Improvement Board meets every six weeks and is chaired by the Chief Executive.",
     "Recruitment of permanent social workers has continued. Table 1 shows the recruitment activity for the period "
     "[[d:2016-02-11/2016-06-03|11 February - 3 June 2016]].",
     """<table data-title="Table 1: Recruitment Activity for the period 11 February - 3 June 2016" border="1" cellspacing="0" cellpadding="4" width="90%">
<thead><tr><th rowspan="2">Role</th><th colspan="3">Posts</th></tr>
<tr><th>Advertised</th><th>Offers made</th><th>Started</th></tr></thead>
<tbody>
<tr><td>Social Worker</td><td>24</td><td>15</td><td>9</td></tr>
<tr><td>Senior Practitioner</td><td>6</td><td>4</td><td>3</td></tr>
<tr><td>Team Manager</td><td>3</td><td>2</td><td>2</td></tr>
<tr><td><b>Total</b></td><td><b>33</b></td><td><b>21</b></td><td><b>14</b></td></tr>
</tbody></table><p>Table 1: Recruitment Activity for the period [[d:2016-02-11/2016-06-03|11 February - 3 June 2016]]</p>""",
     "In [[d:2016-04|April 2016]], a joint audit of thresholds and care planning was completed with the LSCB. "
     "Action plans have been developed and are being carried out.",
     "41 children were adopted in [[d:2015/2016|2015/16|p=financial_year]]. At the [[d:2016-05|end of May 2016]], "
     "27 children had been placed for adoption and a further 11 applications were before the courts."],
    "Kwame Osei", "Director of Children's Services", "kwame.osei@wrenbury.example.gov.uk 0191 496 0600",
    ["Appendix 1 - Improvement Plan Progress Summary"])

IMP_THEMES = [
    ("1. Leadership and governance", [
        ("1.1", "Improvement Board in place with independent challenge", "Chief Executive", "G", "Board has met eight times since [[d:2015-09|September 2015]]."),
        ("1.2", "Quarterly performance reports to Cabinet and scrutiny", "Director of Children's Services", "G", "Reports received in [[d:2016-01|January|p=month]] and [[d:2016-04|April 2016]]."),
        ("1.3", "Member development programme on corporate parenting", "Head of Democratic Services", "A", "Two of four sessions delivered; remaining sessions set for the autumn.")]),
    ("2. Workforce", [
        ("2.1", "Reduce reliance on agency social workers to below 15%", "Head of Workforce", "A", "Agency use at 19% in [[d:2016-05|May 2016]], down from 27%."),
        ("2.2", "Average caseload in assessment teams no more than 20", "Head of Service, Assessment", "R", "Average caseload 24 at the end of the quarter."),
        ("2.3", "Career pathway for social workers agreed and launched", "Head of Workforce", "G", "Launched on [[d:2016-04-01|1 April 2016]].")]),
    ("3. Front door and assessment", [
        ("3.1", "Multi-agency safeguarding hub fully staffed by police, health and education", "Head of Service, Assessment", "G", "All partner posts filled."),
        ("3.2", "Decisions on contacts made within one working day", "MASH Manager", "A", "91% within one working day against a target of 95%."),
        ("3.3", "Assessments completed within 45 working days", "Head of Service, Assessment", "G", "83% for the year, up from 71%.")]),
    ("4. Children in care and care leavers", [
        ("4.1", "Sufficiency strategy for local foster placements", "Head of Children in Care", "A", "Strategy drafted; to Cabinet in the autumn."),
        ("4.2", "Pathway plans reviewed for all care leavers aged 18 - 21", "Leaving Care Manager", "R", "64% of plans reviewed in the last six months."),
        ("4.3", "Children in care council consulted on the pledge", "Participation Officer", "G", "Revised pledge agreed.")]),
    ("5. Quality of practice", [
        ("5.1", "Monthly case audit programme with moderation", "Principal Social Worker", "G", "Audits completed every month since [[d:2015-11|November 2015]]."),
        ("5.2", "Supervision recorded at least monthly for all social workers", "Principal Social Worker", "A", "78% compliance in the last audit."),
        ("5.3", "Practice standards published and briefed to all staff", "Principal Social Worker", "G", "Complete.")]),
]


def improvement_appendix():
    rows = []
    for theme, acts in IMP_THEMES:
        rows.append('<tr><td colspan="5"><b>%s</b></td></tr>' % theme)
        for a in acts:
            rows.append("<tr>" + "".join("<td>%s</td>" % x for x in a) + "</tr>")
    return ('<p style="font-size:14pt"><b>Appendix 1 - Improvement Plan Progress Summary</b></p>'
            '<p>Position at [[d:2016-06-22|22 June 2016]]. RAG status: R - off track; A - some slippage; G - on track.</p>'
            '<table data-title="Improvement Plan Progress Summary" border="1" cellspacing="0" cellpadding="5" width="100%">'
            '<thead><tr><th width="8%">Ref</th><th width="32%">Action</th><th width="20%">Lead</th><th width="8%">RAG</th><th>Comment</th></tr></thead>'
            '<tbody>' + "".join(rows) + '</tbody></table>'
            '<p>&nbsp;</p><p>The Improvement Board will next review progress on [[d:2016-08-03|3 August 2016]], when the '
            'independent chair will report on the first year of the plan. The red rated actions will be examined in detail '
            'at that meeting and a recovery plan agreed for each.</p>')

# ------------------------------------------------------------------ item 7: tracker
TRACKER = briefing(
    BOARD, "[[d:2016-07-14|14th July 2016]]", "Outstanding Issues",
    ["This note tells members about recommendations and actions from previous meetings that are still outstanding, "
     "and about those completed since the last meeting."],
    "Members are recommended to",
    ["Note the tracker attached and the examples from [[d:2015/2016|2015-16|p=financial_year]]"],
    ["When recommendations and actions are made at a scrutiny meeting they are sent to the relevant Cabinet Member "
     "and officer and recorded on a recommendations tracker.",
     "Once a response has been received or an action completed, the entry is removed from this report and kept in "
     "the full tracker, which members can ask the Scrutiny Team to see."],
    "Bethan Pollard", "Scrutiny Co-ordinator", "bethan.pollard@wrenbury.example.gov.uk 0191 496 0388",
    ["Appendix 1 - Outstanding Issues"])

TRACKER_TABLE = """<p style="font-size:13pt"><b>Outstanding Issues</b></p>
<table data-title="Outstanding Issues" border="1" cellspacing="0" cellpadding="4" width="100%">
<thead><tr><th width="14%">Meeting Date</th><th width="15%">Agenda Item</th><th width="13%">Cabinet Member/ Responsible Officer</th><th width="11%">Rec', Action or Information</th><th width="20%">Recommendations/ Actions</th><th width="11%">Officer contact</th><th width="16%">Response/ Status</th></tr></thead>
<tbody>
<tr><td>[[d:2015-09-10|10/09/2015|amb]]</td><td>Adoption Annual Report</td><td></td><td>I</td><td><rec k="information" status="COMPLETE" item="7">Figures on older children in long term foster care to be sent to members</rec></td><td>Lucy Garland</td><td>Members updated at matters arising [[d:2015-10-14|14/10/15]] COMPLETE</td></tr>
<tr><td>[[d:2015-06-18|18 June 2015]]</td><td>Serious Case Review - Child P</td><td>LSCB</td><td>R</td><td><rec k="recommendation" status="COMPLETE" to="LSCB" item="7">Recommendations to LSCB on housing providers and heating safety checks.</rec></td><td>Tom Ridley</td><td>Briefing note sent to the LSCB COMPLETE</td></tr>
<tr><td>[[d:2015-12-10|10 December 2015]]</td><td>Progress of Recommendations of the Task and Finish Group on Fostering</td><td></td><td>A</td><td><rec k="action" status="COMPLETE" item="7">The Board noted progress and asked for a further update in six months on 'Staying Put'</rec></td><td>Bethan Pollard</td><td>Added to the work programme for next municipal year COMPLETE</td></tr>
<tr><td>[[d:2016-02-11|11 February 2016]]</td><td>Children's Social Care Workforce Strategy</td><td>Cllr Keane</td><td>A</td><td><rec k="action" status="ONGOING" item="7">Exit interview findings to be shared with members</rec></td><td>Kwame Osei</td><td>To be circulated in [[d:2016-09|September 2016]]</td></tr>
</tbody></table>
"""

# ------------------------------------------------------------------ item 8: work programme
WP = [
    ("2016-06-09", "9th June 16", [("Recruitment and Retention of Social Work Staff (task and finish group)", "Members wanted to look in depth at the recruitment of social workers, including why earlier campaigns drew little interest.", "Kwame Osei Cllr Keane"),
                                  ("Improvement Board - [[d:2016-05-18|18 May 2016]]", "A standing item reporting progress against the improvement notice.", "Kwame Osei Cllr Keane")]),
    ("2016-07-14", "14th July 16", [("Independent Review of Missing Children Episodes", "The Board will consider the recommendations of the review.", "Dr A Threlfall Cllr Keane"),
                                   ("Early Help Strategy", "Progress report on the Early Help Strategy including Stronger Families.", "Frances Dunmore Cllr Keane"),
                                   ("Improvement Board - [[d:2016-06-22|22 June 16]]", "A standing item reporting progress against the improvement notice.", "Kwame Osei")]),
    ("2016-09-15", "15th September 16", [("Step Up and Step Down Process", "Members asked for more information on the new process.", "Tom Ridley"),
                                        ("Quality Assurance Auditing", "How case audits ensure consistent practice.", "Tom Ridley")]),
    ("2016-10-13", "13th October 16", [("Supervision of Social Care Staff", "Progress on recommendations accepted by the Cabinet Member on [[d:2016-04-14|14/4/16]].", "Kwame Osei Cllr Keane"),
                                      ("Health Visiting Contract", "The role of health visitors in early help assessments.", "Cllr Keane")]),
    ("2016-11-10", "10th November 16", []),
    ("2016-12-08", "8th December 16", [("Improvement Board Report - [[d:2016-11-02|2 November 16]]", "A standing item reporting progress against the improvement notice.", "")]),
    ("2017-01-12", "12th January 17", [("Education Performance Report", "Annual headline results for schools, including vulnerable groups and excluded pupils.", "Cllr Dransfield")]),
    ("2017-02-09", "9th February 17", [("Improvement Board Report - [[d:2017-01-25|25 January 17]]", "A standing item reporting progress against the improvement notice.", "")]),
    ("2017-03-09", "9th March 17", [("Monitoring of Review Recommendations from [[d:2015/2016|15/16|p=financial_year]]", "How the outcomes of review recommendations are monitored.", "Tom Ridley")]),
]
WP_LATER = [
    ("Progress Reports", [("Regional adoption agency - progress report", "Members asked for a progress report and performance data.", "Kwame Osei Cllr Keane"),
                          ("Unaccompanied asylum seeking children - briefing note", "Numbers in the city and services to support them.", "Kwame Osei"),
                          ("LSCB Annual Report", "The annual report of the Local Safeguarding Children Board.", ""),
                          ("Youth Offending Service - progress report", "An update on the Youth Offending Service.", "Dana Whitlock Cllr Keane")]),
    ("Proposed Agenda Items", [("Voice of the Child", "Regular updates on the Children in Care Council and its surveys.", "Sheila Brandon"),
                               ("School Transport Consultation", "The revised proposals for home to school transport.", "Jonah Essery Cllr Dransfield"),
                               ("Staying Put Policy", "Support for young people staying with foster carers after 18.", "Kwame Osei"),
                               ("Young Carers", "Support for children who care for a family member.", "Cllr Keane"),
                               ("Short Breaks Review", "Short breaks for disabled children.", "Kwame Osei Cllr Keane"),
                               ("School Based Police Panels", "How the police support schools in tackling anti-social behaviour.", "Cllr Dransfield")]),
]


def workprog_html():
    rows = []
    for iso, txt, entries in WP:
        n = max(1, len(entries))
        first = True
        for e in entries or [("", "", "")]:
            cells = ""
            if first:
                cells += '<td rowspan="%d">[[d:%s|%s]]</td>' % (n, iso, txt)
                first = False
            cells += "<td>%s</td><td>%s</td><td>%s</td>" % e
            rows.append("<tr>%s</tr>" % cells)
    for label, entries in WP_LATER:
        first = True
        for e in entries:
            cells = ""
            if first:
                cells += '<td rowspan="%d">%s</td>' % (len(entries), label)
                first = False
            cells += "<td>%s</td><td>%s</td><td>%s</td>" % e
            rows.append("<tr>%s</tr>" % cells)
    return ('<p style="font-size:14pt"><b>Children and Education Scrutiny Board (2)</b></p>'
            '<p style="font-size:14pt"><b>Scrutiny Work Programme [[d:2016/2017|2016/17|p=financial_year]]</b></p>'
            '<p>Last updated [[d:2016-07-06|6th July 2016]]</p>'
            '<table data-title="Scrutiny Work Programme 2016/17" border="1" cellspacing="0" cellpadding="4" width="100%">'
            '<thead><tr><th width="16%">Date</th><th width="28%">Title</th><th>Detail</th><th width="18%">Cabinet Member/ Lead Officer</th></tr></thead>'
            '<tbody>' + "".join(rows) + '</tbody></table>')


BASE = {"font": "Liberation Sans", "font_size": "12pt", "margin": "2cm",
        "css": "h1, h2, h3 { font-family: 'Liberation Sans' }"}

PACK = {
    "name": "wrenbury-ces-scrutiny-2016-07-14",
    "title": "Children and Education Scrutiny Board (2), 14 July 2016, agenda reports pack",
    "stamp": "page", "number_front": True, "pad_blank": True,
    "meeting": MEETING,
    "items": ITEMS,
    "documents": [
        dict(BASE, key="front", kind="front_sheet", title=BOARD, date="2016-07-06", item=None,
             authors=["Martin Ashdown"], title_not_printed=False),
        dict(BASE, key="minutes", kind="minutes", item="3", date="2016-06-09",
             title="Minutes of the Meeting of Children and Education Scrutiny Board (2) held at 3.30 pm on Thursday, 9 June 2016",
             html=MINUTES),
        dict(BASE, key="bn-review", kind="briefing_note", item="4", date="2016-07-14", title="Briefing note",
             to=BOARD, subject="Independent Review of Missing Children Episodes", authors=["Imogen Varley"], html=BN_REVIEW),
        dict(BASE, key="review", kind="appendix", item="4", date="2016-06", font_size="11pt",
             title="Independent Review of Missing Children Episodes", authors=["Dr Alison Threlfall"], html=review_html()),
        dict(BASE, key="bn-earlyhelp", kind="briefing_note", item="5", date="2016-07-14", title="Briefing note",
             to=BOARD, subject="Early Help Strategy Progress Report", authors=["Frances Dunmore"], html=BN_EARLYHELP),
        dict(BASE, key="actionplan", kind="appendix", item="5", date=None, landscape=True, font_size="10pt", margin="1.5cm",
             title="Early Help and Prevention Action Plan 2015 - 2018", authors=[], html=actionplan_html()),
        dict(BASE, key="bn-improvement", kind="briefing_note", item="6", date="2016-07-14", title="Briefing note",
             to=BOARD, subject="Improvement Board Progress Review", authors=["Kwame Osei"], html=BN_IMPROVEMENT),
        dict(BASE, key="imp-appendix", kind="appendix", item="6", date="2016-06-22", font_size="11pt",
             title="Appendix 1 - Improvement Plan Progress Summary", authors=[], html=improvement_appendix()),
        dict(BASE, key="tracker", kind="briefing_note", item="7", date="2016-07-14", title="Briefing note",
             to=BOARD, subject="Outstanding Issues", authors=["Bethan Pollard"], html=TRACKER,
             ),
        dict(BASE, key="tracker-table", kind="appendix", item="7", date=None, landscape=True, font_size="10pt",
             title="Outstanding Issues", authors=[], html=TRACKER_TABLE),
        dict(BASE, key="workprog", kind="other", item="8", date="2016-07-06", font_size="11pt",
             title="Scrutiny Work Programme 2016/17", authors=[], html=workprog_html()),
    ],
}
