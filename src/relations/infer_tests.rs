//! Unit tests of inference on whole sentences, read with the built-in gazetteer and
//! matcher (as `brief` reads an article).

use crate::entities::Gazetteer;
use crate::model::{Briefing, RelationKind, Section};

/// (from id, to id, kind, negated) of every typed link of a one-paragraph article.
pub(super) fn read(lang: &str, text: &str) -> Vec<(String, String, RelationKind, bool)> {
    let section = Section {
        id: "s".into(),
        title: "T".into(),
        body: text.split('\n').map(str::to_string).collect(),
    };
    let b = Briefing::new("T", lang, vec![section]);
    let a = crate::analysis::analyse(&b, &Gazetteer::builtin());
    let mut out: Vec<_> = a
        .links
        .iter()
        .filter(|l| l.kind != RelationKind::CoMention)
        .map(|l| {
            let (f, t) = (a.entities[l.from].id.clone(), a.entities[l.to].id.clone());
            let (f, t) = if l.kind.is_directed() || f <= t {
                (f, t)
            } else {
                (t, f)
            };
            (f, t, l.kind, l.negated)
        })
        .collect();
    out.sort();
    out
}

/// Prints the reading of `BRIEF_SENTENCE` (language `BRIEF_LANG`, default `en`):
/// `BRIEF_SENTENCE='…' cargo test --lib debug_sentence -- --ignored --nocapture`.
#[test]
#[ignore]
fn debug_sentence() {
    let all = std::env::var("BRIEF_SENTENCE").unwrap_or_default();
    let lang = std::env::var("BRIEF_LANG").unwrap_or_else(|_| "en".into());
    for text in all.split("||") {
        debug_one(text.trim(), &lang);
    }
}

fn debug_one(text: &str, lang: &str) {
    let text = text.to_string();
    println!("=== {text}");
    let section = Section {
        id: "s".into(),
        title: "T".into(),
        body: vec![text.clone()],
    };
    let b = Briefing::new("T", lang, vec![section]);
    let a = crate::analysis::analyse(&b, &Gazetteer::builtin());
    for m in &a.mentions {
        let e = &a.entities[m.entity as usize];
        println!(
            "mention {:?} → {} ({:?})",
            &text[m.loc.range()],
            e.id,
            e.kind
        );
    }
    let ents = crate::relations::reader::Ents::new(&a.entities);
    let mentions: Vec<_> = a
        .mentions
        .iter()
        .map(|m| (m.loc.range(), m.entity as usize))
        .collect();
    let t = crate::relations::reader::Tokens::new(&text, &mentions, &ents, lang == "fr");
    let kinds: Vec<String> = (0..t.len())
        .map(|k| {
            format!(
                "{}{}",
                &text[t.toks[k].range.clone()],
                if t.actor(k).is_some() { "@" } else { "" }
            )
        })
        .collect();
    println!("tokens: {}", kinds.join(" "));
    for c in crate::relations::reader::clauses(&t) {
        let words: Vec<&str> = c
            .toks
            .iter()
            .map(|&k| &text[t.toks[k].range.clone()])
            .collect();
        println!("clause: {}", words.join(" "));
    }
    for l in a.links.iter().filter(|l| l.kind != RelationKind::CoMention) {
        println!(
            "{} {} {} negated={} cue={:?}",
            a.entities[l.from].id,
            l.kind.as_str(),
            a.entities[l.to].id,
            l.negated,
            l.evidence[0].cue
        );
    }
}

use RelationKind::*;

fn has(links: &[(String, String, RelationKind, bool)], a: &str, b: &str, k: RelationKind) -> bool {
    links.iter().any(|l| {
        l.2 == k && !l.3 && ((l.0 == a && l.1 == b) || (!k.is_directed() && l.0 == b && l.1 == a))
    })
}

fn negated(links: &[(String, String, RelationKind, bool)], a: &str, b: &str) -> bool {
    links
        .iter()
        .any(|l| l.3 && ((l.0 == a && l.1 == b) || (l.0 == b && l.1 == a)))
}

/// Each case: language, sentence, the typed links it must state (from, to, kind), and
/// the pairs that must have no stated link.
pub(super) type Case = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str, RelationKind)],
    &'static [(&'static str, &'static str)],
);

pub(super) fn check(cases: &[Case]) {
    let mut problems = Vec::new();
    for (lang, text, want, not) in cases {
        let got = read(lang, text);
        for (a, b, k) in *want {
            if !has(&got, a, b, *k) {
                problems.push(format!(
                    "missing {a} {} {b} in {text:?}: {got:?}",
                    k.as_str()
                ));
            }
        }
        for (a, b) in *not {
            if got
                .iter()
                .any(|l| !l.3 && ((l.0 == *a && l.1 == *b) || (l.0 == *b && l.1 == *a)))
            {
                problems.push(format!("unwanted {a}–{b} in {text:?}: {got:?}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn verbs_link_their_subject_and_object() {
    check(&[
        (
            "en",
            "Germany sanctioned three Iranian banks on Monday.",
            &[("germany", "iran", Sanctions)],
            &[],
        ),
        (
            "en",
            "Canada accused India of interfering in its elections.",
            &[("canada", "india", Tension)],
            &[],
        ),
        (
            "en",
            "Japan will send 200 engineers to Ukraine, the defence ministry said.",
            &[("japan", "ukraine", Aid)],
            &[],
        ),
        (
            "fr",
            "La Chine a accusé les Philippines de provocation en mer.",
            &[("china", "philippines", Tension)],
            &[],
        ),
        (
            "fr",
            "L'Allemagne fournit des armes à l'Ukraine depuis 2022.",
            &[("germany", "ukraine", Aid)],
            &[],
        ),
        (
            "fr",
            "Le Sénégal a signé avec la Mauritanie un accord de pêche.",
            &[("senegal", "mauritania", Cooperation)],
            &[],
        ),
    ]);
}

#[test]
fn passives_swap_agent_and_target() {
    check(&[
        (
            "en",
            "Syria was sanctioned by the European Union in 2011.",
            &[("european-union", "syria", Sanctions)],
            &[],
        ),
        (
            "fr",
            "Le Venezuela a été sanctionné par les États-Unis en 2019.",
            &[("united-states", "venezuela", Sanctions)],
            &[],
        ),
        (
            "en",
            "The rebels are armed by Rwanda and funded by Uganda, Kenya says.",
            &[],
            &[("kenya", "rwanda"), ("kenya", "uganda")],
        ),
    ]);
}

#[test]
fn lists_pair_up_for_mutual_cues_only() {
    check(&[
        (
            "en",
            "Kenya, Uganda and Tanzania signed a customs pact on Friday.",
            &[
                ("kenya", "uganda", Trade),
                ("kenya", "tanzania", Trade),
                ("uganda", "tanzania", Trade),
            ],
            &[],
        ),
        (
            "en",
            "The United States imposed sanctions on Iran and Syria.",
            &[
                ("united-states", "iran", Sanctions),
                ("united-states", "syria", Sanctions),
            ],
            &[("iran", "syria")],
        ),
        (
            "fr",
            "Le Ghana et le Togo ont tenu des pourparlers à Lomé.",
            &[("ghana", "togo", Dialogue)],
            &[],
        ),
        (
            "en",
            "Poland and Hungary sell apples to Russia.",
            &[("poland", "russia", Trade), ("hungary", "russia", Trade)],
            &[("poland", "hungary")],
        ),
    ]);
}

#[test]
fn negation_refusal_denial_and_conditions_mark_the_link() {
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            "en",
            "Turkey did not join the sanctions against Russia.",
            "turkey",
            "russia",
        ),
        (
            "fr",
            "La France n'a jamais livré d'armes à l'Arabie saoudite.",
            "france",
            "saudi-arabia",
        ),
        (
            "en",
            "Egypt denied supplying weapons to Libya.",
            "egypt",
            "libya",
        ),
        (
            "en",
            "Ghana refused to sign the agreement with Togo.",
            "ghana",
            "togo",
        ),
        (
            "fr",
            "Le Maroc pourrait signer un accord avec l'Espagne.",
            "morocco",
            "spain",
        ),
        (
            "en",
            "If Iran attacks Israel, the region will burn.",
            "iran",
            "israel",
        ),
        (
            "fr",
            "Si la Serbie reconnaissait le Kosovo, l'Union européenne ouvrirait des négociations avec Belgrade.",
            "european-union",
            "serbia",
        ),
        (
            "en",
            "Washington warned Seoul against buying Russian oil.",
            "south-korea",
            "russia",
        ),
        (
            "fr",
            "Plutôt que de sanctionner l'Iran, la France a choisi le dialogue.",
            "france",
            "iran",
        ),
    ];
    let mut problems = Vec::new();
    for (lang, text, a, b) in cases {
        let got = read(lang, text);
        let stated = got
            .iter()
            .any(|l| !l.3 && ((l.0 == *a && l.1 == *b) || (l.0 == *b && l.1 == *a)));
        if stated || !negated(&got, a, b) {
            problems.push(format!("{a}–{b} should be negated in {text:?}: {got:?}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    check(&[(
        "en",
        "Washington warned Seoul against buying Russian oil.",
        &[("united-states", "south-korea", Pressure)],
        &[],
    )]);
}

#[test]
fn cue_words_as_modifiers_and_observers_state_nothing() {
    check(&[
        (
            "en",
            "A sanctions lawyer in London said France and Italy disagree.",
            &[],
            &[("france", "italy"), ("united-kingdom", "france")],
        ),
        (
            "fr",
            "Le ministre du Commerce extérieur a reçu des représentants du Japon et de la Corée du Sud.",
            &[],
            &[("japan", "south-korea")],
        ),
        (
            "en",
            "Diplomats in Berlin and Paris followed the talks between Serbia and Kosovo.",
            &[("serbia", "kosovo", Dialogue)],
            &[("germany", "france")],
        ),
        (
            "en",
            "Leaders of France and Brazil attended the funeral.",
            &[],
            &[("france", "brazil")],
        ),
        (
            "en",
            "Kenya and its neighbour Tanzania face a drought.",
            &[],
            &[("kenya", "tanzania")],
        ),
        (
            "fr",
            "Des analystes de Londres et de Tokyo suivent de près les négociations.",
            &[],
            &[("united-kingdom", "japan")],
        ),
    ]);
}

#[test]
fn places_are_venues_and_capitals_governments_in_argument_position() {
    check(&[
        (
            "en",
            "The Geneva talks between Armenia and Azerbaijan resumed on Monday.",
            &[("armenia", "azerbaijan", Dialogue)],
            &[("switzerland", "armenia")],
        ),
        (
            "fr",
            "La conférence de Berlin sur la Libye a réuni la Turquie et l'Égypte.",
            &[],
            &[("germany", "libya"), ("germany", "turkey")],
        ),
        (
            "en",
            "Ankara accused Athens of violating its airspace.",
            &[("turkey", "greece", Tension)],
            &[],
        ),
        (
            "fr",
            "Moscou et Pékin ont signé un accord énergétique.",
            &[("russia", "china", Cooperation)],
            &[],
        ),
        (
            "en",
            "Officials from Peru met their Chilean counterparts in Brasilia.",
            &[],
            &[("brazil", "peru")],
        ),
    ]);
}

#[test]
fn demonyms_name_agents_and_titles_belong_to_people() {
    check(&[
        (
            "fr",
            "Les sanctions américaines visent trois banques russes.",
            &[("united-states", "russia", Sanctions)],
            &[],
        ),
        (
            "en",
            "US sanctions target Rosneft and Lukoil.",
            &[
                ("united-states", "rosneft", Sanctions),
                ("united-states", "lukoil", Sanctions),
            ],
            &[],
        ),
        (
            "fr",
            "Le président français Emmanuel Macron a rencontré le chancelier allemand Friedrich Merz.",
            &[("emmanuel-macron", "friedrich-merz", Dialogue)],
            &[("france", "germany")],
        ),
        (
            "en",
            "Iranian drones struck Ukrainian power plants overnight.",
            &[("iran", "ukraine", Tension)],
            &[],
        ),
    ]);
}

#[test]
fn pronouns_and_the_two_countries_reach_back() {
    check(&[
        (
            "en",
            "Australia pledged new funds on Monday. It will send medical teams to Tonga.",
            &[("australia", "tonga", Aid)],
            &[],
        ),
        (
            "en",
            "Chile and Peru met in Lima. The two countries agreed to cooperate on fisheries.",
            &[("chile", "peru", Dialogue), ("chile", "peru", Cooperation)],
            &[],
        ),
        (
            "fr",
            "Le Mali et le Niger ont rompu avec la France. Les deux pays ont signé un pacte de défense.",
            &[("mali", "niger", Alliance)],
            &[],
        ),
        (
            "en",
            "Norway, which has long backed Ukraine, announced new funding for schools.",
            &[("norway", "ukraine", Aid)],
            &[],
        ),
    ]);
}

#[test]
fn wire_style_acts() {
    check(&[
        (
            "en",
            "Egypt's foreign minister met his Iranian counterpart in Oman on Sunday.",
            &[("egypt", "iran", Dialogue)],
            &[("oman", "egypt")],
        ),
        (
            "en",
            "Ukraine's army shelled Russian positions near Kursk.",
            &[("ukraine", "russia", Tension)],
            &[],
        ),
        (
            "en",
            "Poland expelled Belarus's ambassador on Tuesday.",
            &[("poland", "belarus", Pressure)],
            &[],
        ),
        (
            "en",
            "Lithuania recalled its ambassador from China last year.",
            &[("lithuania", "china", Tension)],
            &[],
        ),
        (
            "en",
            "Canada imposed tariffs on Chinese steel in October.",
            &[("canada", "china", Trade)],
            &[],
        ),
        (
            "en",
            "Morocco and Spain agreed to boost trade.",
            &[("morocco", "spain", Trade)],
            &[],
        ),
        (
            "en",
            "The United States urged Israel to allow more aid into Gaza.",
            &[("united-states", "israel", Pressure)],
            &[],
        ),
        (
            "en",
            "Japan condemned North Korea's missile launches.",
            &[("japan", "north-korea", Tension)],
            &[],
        ),
        (
            "en",
            "The World Bank granted Ghana a $500 million loan.",
            &[("world-bank", "ghana", Aid)],
            &[],
        ),
        (
            "en",
            "India's oil imports from Russia rose again in March.",
            &[("india", "russia", Trade)],
            &[],
        ),
        (
            "en",
            "Azerbaijani and Armenian troops clashed along the border.",
            &[("azerbaijan", "armenia", Tension)],
            &[],
        ),
        (
            "en",
            "Washington lifted sanctions on Syria in May.",
            &[],
            &[("united-states", "syria")],
        ),
        (
            "en",
            "China threatened Taiwan with economic sanctions.",
            &[("china", "taiwan", Pressure)],
            &[],
        ),
        (
            "fr",
            "L'Union européenne a annoncé une aide de 10 millions d'euros au Liban.",
            &[("european-union", "lebanon", Aid)],
            &[],
        ),
        (
            "fr",
            "L'Algérie a rappelé son ambassadeur en France.",
            &[("algeria", "france", Tension)],
            &[],
        ),
        (
            "fr",
            "Le Rwanda et le Burundi ont normalisé leurs relations.",
            &[("rwanda", "burundi", Rapprochement)],
            &[],
        ),
        (
            "fr",
            "Les relations entre le Mali et l'Algérie se sont fortement dégradées.",
            &[("mali", "algeria", Tension)],
            &[],
        ),
        (
            "fr",
            "Le Niger a suspendu sa coopération militaire avec la France.",
            &[],
            &[("niger", "france")],
        ),
        (
            "fr",
            "Le Japon et l'Inde ont signé un accord de coopération nucléaire.",
            &[("japan", "india", Cooperation)],
            &[],
        ),
        (
            "fr",
            "La Russie a menacé la Moldavie de représailles.",
            &[("russia", "moldova", Pressure)],
            &[],
        ),
    ]);
}

#[test]
fn second_verbs_postposed_demonyms_particles_and_calls() {
    check(&[
        // A verb after "and" / "et" takes the subject of the verb before.
        (
            "en",
            "Chile closed the crossing and accuses Bolivia of smuggling.",
            &[("chile", "bolivia", Tension)],
            &[],
        ),
        (
            "fr",
            "Le Tchad ferme sa frontière et accuse le Soudan de soutenir les rebelles.",
            &[("chad", "sudan", Tension)],
            &[],
        ),
        // A French subject ending on its demonym: the cue after it is the verb.
        (
            "fr",
            "L'armée nigérienne accuse le Bénin d'abriter des bases.",
            &[("niger", "benin", Tension)],
            &[],
        ),
        // A particle between the verb and the ties it governs.
        (
            "en",
            "Estonia broke off diplomatic relations with Belarus in 2024.",
            &[("estonia", "belarus", Tension)],
            &[],
        ),
        // Calls: the other end after "to" / "à", or as object.
        (
            "en",
            "Ghana's foreign minister spoke to Togo on Friday about the border.",
            &[("ghana", "togo", Dialogue)],
            &[],
        ),
        (
            "en",
            "The Kenyan president telephoned Ethiopia's prime minister on Friday.",
            &[("kenya", "ethiopia", Dialogue)],
            &[],
        ),
        (
            "fr",
            "Le Sénégal a téléphoné mardi au Mali puis à la Guinée.",
            &[
                ("senegal", "mali", Dialogue),
                ("senegal", "guinea", Dialogue),
            ],
            &[("mali", "guinea")],
        ),
        // A meeting "à Alger" is a venue: only calls take "à".
        (
            "fr",
            "Le Niger a discuté à Alger avec le Tchad.",
            &[("niger", "chad", Dialogue)],
            &[("niger", "algeria")],
        ),
    ]);
}

#[test]
fn gerund_complements_and_assaults() {
    check(&[
        // A gerund after a verb of continuing is a verb, its object the goods'
        // origin.
        (
            "en",
            "Kenya will continue buying Ugandan sugar.",
            &[("kenya", "uganda", Trade)],
            &[],
        ),
        (
            "en",
            "Chadian troops assaulted Sudanese positions near the border.",
            &[("chad", "sudan", Tension)],
            &[],
        ),
        (
            "fr",
            "L'armée malienne a lancé un assaut contre les positions algériennes.",
            &[("mali", "algeria", Tension)],
            &[],
        ),
        // A gerund after an article stays a noun: no act.
        (
            "en",
            "The buying of Ugandan sugar by traders in Kenya rose.",
            &[],
            &[("kenya", "uganda")],
        ),
    ]);
}

#[test]
fn a_subject_list_borrowed_by_a_distant_noun_is_one_side() {
    check(&[
        (
            "fr",
            "Le Ghana, le Togo et le Bénin ont fait le point sur l'accord commercial conclu avec le Nigeria.",
            &[],
            &[("ghana", "togo"), ("togo", "benin"), ("ghana", "benin")],
        ),
        (
            "en",
            "Kenya, Uganda and Tanzania reviewed progress on the trade deal with China.",
            &[],
            &[
                ("kenya", "uganda"),
                ("uganda", "tanzania"),
                ("kenya", "tanzania"),
            ],
        ),
        // The subject of the verb that governs the noun stays a party of it.
        (
            "fr",
            "Le Ghana et le Togo ont convenu de créer, avec le Bénin, une force conjointe.",
            &[
                ("ghana", "togo", Cooperation),
                ("ghana", "benin", Cooperation),
            ],
            &[],
        ),
    ]);
}

#[test]
fn a_new_subject_after_comma_and_opens_its_own_clause() {
    check(&[
        (
            "en",
            "Ghana shipped maize to Togo, and Nigeria sent tents to Benin.",
            &[("ghana", "togo", Aid), ("nigeria", "benin", Aid)],
            &[("ghana", "benin"), ("nigeria", "togo")],
        ),
        (
            "fr",
            "Le Ghana a livré du riz au Togo, et le Nigeria a envoyé des tentes au Bénin.",
            &[("ghana", "togo", Aid), ("nigeria", "benin", Aid)],
            &[("ghana", "benin")],
        ),
        // No verb before the "and": a list with a serial comma.
        (
            "en",
            "Mali, Niger, and Chad signed a defence pact.",
            &[("mali", "chad", Alliance), ("niger", "chad", Alliance)],
            &[],
        ),
        // Envoys and pressing.
        (
            "en",
            "Peru recalled its ambassador, and its foreign ministry summoned the Chilean chargé d'affaires.",
            &[("peru", "chile", Pressure)],
            &[],
        ),
        (
            "en",
            "Ankara has taken to pressing Athens on the islands.",
            &[("turkey", "greece", Pressure)],
            &[],
        ),
    ]);
}

#[test]
fn a_plural_pronoun_stands_for_the_whole_subject_list() {
    check(&[
        (
            "en",
            "Kenya and Uganda said they would sanction Sudan.",
            &[
                ("kenya", "sudan", Sanctions),
                ("uganda", "sudan", Sanctions),
            ],
            &[],
        ),
        (
            "fr",
            "Le Mali et le Niger ont indiqué qu'ils sanctionneront le Togo.",
            &[("mali", "togo", Sanctions), ("niger", "togo", Sanctions)],
            &[],
        ),
        // A singular pronoun keeps the first.
        (
            "en",
            "Kenya, with Uganda at its side, said it would sanction Sudan.",
            &[("kenya", "sudan", Sanctions)],
            &[("uganda", "sudan")],
        ),
    ]);
}

#[test]
fn french_partitive_goods_name_their_origin_after_the_noun() {
    check(&[
        (
            "fr",
            "Le Maroc achète du gaz nigérian depuis 2024.",
            &[("morocco", "nigeria", Trade)],
            &[],
        ),
        (
            "fr",
            "Le Mali a discuté du gaz algérien avec le Niger.",
            &[("mali", "niger", Dialogue)],
            &[("mali", "algeria")],
        ),
    ]);
}

#[test]
fn a_negated_cessation_states_the_act() {
    check(&[
        (
            "en",
            "Kenya never stopped buying Ugandan sugar.",
            &[("kenya", "uganda", Trade)],
            &[],
        ),
        (
            "fr",
            "Le Maroc n'a pas cessé d'acheter du gaz nigérian.",
            &[("morocco", "nigeria", Trade)],
            &[],
        ),
    ]);
    // A cessation alone, or a plain negation, still negates.
    let got = read("en", "Kenya stopped buying Ugandan sugar.");
    assert!(negated(&got, "kenya", "uganda"), "{got:?}");
    let got = read("fr", "Le Maroc a cessé d'acheter du gaz nigérian.");
    assert!(negated(&got, "morocco", "nigeria"), "{got:?}");
}

#[path = "class_tests.rs"]
mod classes;
