//! Unit tests of the classes of sentence fixed against the development corpus
//! (docs/accuracy.md): each case is a sentence written for the test, not taken from
//! the corpus, so a rule that only fits the corpus fails here.

use super::check;
use crate::model::RelationKind::*;

#[test]
fn a_verb_whose_object_is_a_sum_gives_it() {
    check(&[
        (
            "en",
            "Norway released $15 million for Yemen on Tuesday.",
            &[("norway", "yemen", Aid)],
            &[],
        ),
        (
            "en",
            "The World Bank approved an additional $200 million credit for Malawi.",
            &[("world-bank", "malawi", Aid)],
            &[],
        ),
        (
            "en",
            "Qatar has earmarked a further US$50 million for Lebanon's army.",
            &[("qatar", "lebanon", Aid)],
            &[],
        ),
        (
            "fr",
            "L'Espagne a débloqué 5 millions d'euros pour le Maroc après le séisme.",
            &[("spain", "morocco", Aid)],
            &[],
        ),
        (
            "fr",
            "Le Japon a alloué 300 millions de dollars à l'Indonésie.",
            &[("japan", "indonesia", Aid)],
            &[],
        ),
        (
            "fr",
            "La Belgique a attribué près de 20 millions au Rwanda.",
            &[("belgium", "rwanda", Aid)],
            &[],
        ),
    ]);
}

#[test]
fn a_sum_spent_owed_or_drawn_from_an_actor_gives_nothing() {
    check(&[
        (
            "en",
            "Germany spent €2 billion on Norwegian gas last winter.",
            &[],
            &[("germany", "norway")],
        ),
        (
            "en",
            "Kenya owes $6 billion to China.",
            &[],
            &[("kenya", "china")],
        ),
        (
            "en",
            "Italy approved €12 million from the World Bank's trust fund.",
            &[],
            &[("italy", "world-bank")],
        ),
        (
            "fr",
            "La Zambie a emprunté 1 milliard de dollars au FMI.",
            &[],
            &[("zambia", "imf")],
        ),
        (
            "fr",
            "Le conflit a déplacé 2 millions de personnes vers le Tchad.",
            &[],
            &[],
        ),
    ]);
}

#[test]
fn putting_an_actor_on_a_list_sanctions_it() {
    check(&[
        (
            "en",
            "Canada added three Iranian airlines to its sanctions list on Friday.",
            &[("canada", "iran", Sanctions)],
            &[],
        ),
        (
            "en",
            "The European Union placed Belarus on its blacklist of high-risk states.",
            &[("european-union", "belarus", Sanctions)],
            &[],
        ),
        (
            "fr",
            "Le Royaume-Uni a ajouté le Venezuela à sa liste de pays sous surveillance.",
            &[("united-kingdom", "venezuela", Sanctions)],
            &[],
        ),
        (
            "en",
            "Australia designated Iran's Revolutionary Guard Corps a terrorist organisation.",
            &[("australia", "revolutionary-guard-corps", Sanctions)],
            &[],
        ),
        (
            "en",
            "Japan added a clause on Vietnam to the draft text.",
            &[],
            &[("japan", "vietnam")],
        ),
    ]);
}

#[test]
fn a_name_two_countries_share_is_the_one_the_text_names() {
    const DRC: &str = "democratic-republic-of-the-congo";
    check(&[
        (
            "en",
            "The Democratic Republic of the Congo met Rwanda in Doha.\nThe Congolese government later accused Rwanda of shelling Goma.",
            &[(DRC, "rwanda", Tension)],
            &[],
        ),
        (
            "en",
            "South Korea held talks with Japan on Monday.\nKorean officials then signed a deal with Vietnam.",
            &[("south-korea", "vietnam", Cooperation)],
            &[],
        ),
        (
            "fr",
            "Le président de la République démocratique du Congo était à Luanda.\nLes Congolais ont signé un accord avec l'Angola.",
            &[(DRC, "angola", Cooperation)],
            &[],
        ),
        (
            "en",
            "The Republic of the Congo and the Democratic Republic of the Congo met.\nCongolese troops attacked Rwanda.",
            &[],
            &[(DRC, "rwanda"), ("republic-of-the-congo", "rwanda")],
        ),
    ]);
}

#[test]
fn two_actors_glued_by_a_hyphen_after_a_noun_are_its_parties() {
    check(&[
        (
            "fr",
            "Les pourparlers Iran-États-Unis reprendront à Mascate.",
            &[("iran", "united-states", Dialogue)],
            &[],
        ),
        (
            "fr",
            "L'accord Maroc-Mauritanie sur la pêche a été renouvelé.",
            &[("mauritania", "morocco", Cooperation)],
            &[],
        ),
        (
            "fr",
            "Le dernier sommet UE-Canada s'est tenu à Ottawa.",
            &[("canada", "european-union", Dialogue)],
            &[],
        ),
        ("fr", "Le sommet Chine-Afrique s'est ouvert.", &[], &[]),
    ]);
}
