# Commune de Villers-sous-Brèves (France), procès-verbal du conseil municipal, séance du 12 mars
# 2024. A4, Liberation Serif. Items "1 – FINANCES" with sub-items "1-1 : Subventions ..." (numbered
# "1.1"), délibérations numbered "Délibération n° 2024-012" ("Le Conseil Municipal, après en avoir
# délibéré, à l'unanimité, décide ..."; kind resolution, label and motion.number the
# délibération's number), a decision with a list of tariffs (its parts) and recorded votes
# "Pour : 12, Contre : 2, Abstention : 1", the minutes of the last meeting "adopté à
# l'unanimité" (a decision with no number). French dates "12 mars 2024", "à 20 h 30". No stamps.

ITEMS = [
    ("1", "FINANCES"),
    ("1.1", "Subventions aux associations communales"),
    ("1.2", "Tarifs de location de la salle polyvalente"),
    ("2", "URBANISME"),
    ("2.1", "Prescription de la révision du plan local d'urbanisme"),
    ("2.2", "Dénomination d'une voie nouvelle"),
    ("3", "PERSONNEL"),
    ("3.1", "Création d'un poste d'adjoint technique territorial"),
    ("4", "QUESTIONS DIVERSES"),
]

TARIFS = [
    ("-", "habitants de la commune : 180 € le week-end"),
    ("-", "associations de la commune : gratuité, deux fois par an"),
    ("-", "personnes extérieures à la commune : 320 € le week-end."),
]

# item -> (délibération number, exposé, decision text, parts key or None, vote (for, against, abstain) or None)
DELIBS = {
    "1.1": ("2024-012",
            "Madame le Maire présente les demandes de subvention reçues des associations communales pour l'année en cours. La commission des finances, réunie le [[d:2024-02-27|27 février 2024]], propose de maintenir le montant total de l'an dernier.",
            "Le Conseil Municipal, après en avoir délibéré, à l'unanimité, décide d'attribuer une subvention de 1 200 € au comité des fêtes, de 850 € à l'Amicale des Sapeurs-Pompiers et de 600 € à l'Association Sportive Villersoise",
            None, None),
    "1.2": ("2024-013",
            "Monsieur Girardot, adjoint aux finances, rappelle que les tarifs de la salle polyvalente n'ont pas été modifiés depuis [[d:2019|2019]] alors que les charges de chauffage ont fortement augmenté.",
            "Le Conseil Municipal, après en avoir délibéré, décide de fixer comme suit les tarifs de location de la salle polyvalente à compter du [[d:2024-04-01|1er avril 2024]] :",
            "tarifs", (12, 2, 1)),
    "2.1": ("2024-014",
            "Madame le Maire expose que le plan local d'urbanisme approuvé le [[d:2013-06-20|20 juin 2013]] ne permet plus de répondre aux besoins de logement des jeunes ménages ni de protéger les zones humides de la vallée de la Brève.",
            "Le Conseil Municipal, après en avoir délibéré, décide de prescrire la révision générale du plan local d'urbanisme et de fixer les modalités de la concertation avec la population telles qu'exposées par Madame le Maire",
            None, (12, 2, 1)),
    "2.2": ("2024-015",
            "La voie desservant le lotissement du Moulin, dont les travaux seront achevés en [[d:2024-06|juin 2024]], doit recevoir un nom.",
            "Le Conseil Municipal, après en avoir délibéré, à l'unanimité, décide de dénommer « allée des Tisserands » la voie nouvelle du lotissement du Moulin",
            None, None),
    "3.1": ("2024-016",
            "Pour faire face au départ en retraite d'un agent des services techniques le [[d:2024-05-31|31 mai 2024]], il est proposé de créer un poste d'adjoint technique territorial à temps complet.",
            "Le Conseil Municipal, après en avoir délibéré, décide de créer un poste d'adjoint technique territorial à temps complet à compter du [[d:2024-05-01|1er mai 2024]] et de modifier en conséquence le tableau des effectifs",
            None, (13, 0, 2)),
}


def body():
    # the approval of the last minutes is a decision of the council too (no number, no count)
    motions, parts = {"pv": {"number": None, "outcome": "carried", "votes": None}}, {"tarifs": TARIFS}
    h = ["""<p align="center" style="font-size:13pt"><b>COMMUNE DE VILLERS-SOUS-BRÈVES</b></p>
<p align="center" style="font-size:14pt"><b>PROCÈS-VERBAL DU CONSEIL MUNICIPAL</b></p>
<p align="center"><b>Séance du [[d:2024-03-12|12 mars 2024]]</b></p>
<p>Le [[d:2024-03-12|12 mars 2024 à 20 h 30|t=20:30]], le Conseil Municipal de la commune de Villers-sous-Brèves, légalement
convoqué le [[d:2024-03-05|5 mars 2024]], s'est réuni en séance publique à la mairie, salle du Conseil, sous la présidence de
Madame Hélène Marchetti, Maire.</p>
<p><b>Présents :</b> Hélène Marchetti, Luc Girardot, Sophie Aubertin, Yannick Le Floch, Claire Duvivier, Mathieu Rouquette,
Nadège Perrin, Olivier Santoni, Bernadette Clément, Thierry Vasseur, Amandine Loiseau, Karim Benali, Élise Fontaine</p>
<p><b>Absents excusés :</b> Patrick Henrion (pouvoir à Luc Girardot), Julie Maréchal (pouvoir à Sophie Aubertin)</p>
<p><b>Secrétaire de séance :</b> Amandine Loiseau</p>
<p><rec k="resolution" motion="pv" outcome="carried">Le procès-verbal de la séance du [[d:2024-01-30|30 janvier 2024]] est adopté à l'unanimité</rec>.</p>"""]
    for num, title in ITEMS:
        if "." in num:
            h.append('<p style="margin-left:0.8cm"><b>%s : %s</b></p>' % (num.replace(".", "-"), title))
        else:
            h.append('<p><b>%s – %s</b></p>' % (num, title))
        if num in DELIBS:
            no, expose, text, pkey, vote = DELIBS[num]
            h.append('<p style="margin-left:0.8cm"><b>Délibération n° [[x:%s]]</b></p>' % no)
            h.append("<p>%s</p>" % expose)
            m = {"number": no, "outcome": "carried", "votes": None}
            v = ""
            if vote:
                m["votes"] = {"for": vote[0], "against": vote[1], "abstain": vote[2]}
                v = ' votes="%d,%d,%d"' % vote
            motions[no] = m
            if pkey:
                items = "".join('<p style="margin-left:1.6cm">%s %s</p>' % (l, t) for l, t in TARIFS)
                h.append('<p><rec k="resolution" label="%s" motion="%s" parts="%s" outcome="carried"%s>%s</p>%s</rec>'
                         % (no, no, pkey, v, text, items))
            else:
                h.append('<p><rec k="resolution" label="%s" motion="%s" outcome="carried"%s>%s</rec>.</p>' % (no, no, v, text))
            if vote:
                h.append("<p>Pour : %d, Contre : %d, Abstention : %d</p>" % vote)
        if num == "4":
            h.append("<p>Madame le Maire informe le Conseil que la cérémonie du [[d:2024-05-08|8 mai]] aura lieu au monument aux morts à 11 heures.</p>"
                     "<p>Prochaine séance : le [[d:2024-04-16|16 avril 2024 à 20 h 30|t=20:30]].</p>"
                     "<p>La séance est levée à 22 h 10.</p>")
    h.append("""<p>&nbsp;</p><table data-layout="1" width="100%"><tr><td>La secrétaire de séance,<br>Amandine Loiseau</td>
<td align="right">Le Maire,<br>Hélène Marchetti</td></tr></table>""")
    return "\n".join(h), motions, parts


BODY, MOTIONS, PARTS = body()

PACK = {
    "name": "villers-sous-breves-conseil-municipal-2024-03-12-pv",
    "title": "Procès-verbal du Conseil Municipal, séance du 12 mars 2024",
    "lang": "fr",
    "meeting": {"authority": "Commune de Villers-sous-Brèves", "body": "Conseil Municipal", "date": "2024-03-12",
                "start_time": "20:30", "venue": "mairie, salle du Conseil"},
    "items_in": "pv",
    "items": [dict({"number": n, "title": t}, **({"parent": n.split(".")[0]} if "." in n else {})) for n, t in ITEMS],
    "motions": MOTIONS,
    "parts": {k: [(None if l == "-" else l, t.rstrip(" ;")) for l, t in v] for k, v in PARTS.items()},
    "documents": [
        {"key": "pv", "kind": "minutes", "title": "PROCÈS-VERBAL DU CONSEIL MUNICIPAL", "date": "2024-03-12",
         "authors": [], "font": "Liberation Serif", "font_size": "11.5pt", "margin": "2.2cm", "html": BODY},
    ],
}
