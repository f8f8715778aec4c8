//! The word lists behind the candidate rules, all folded (lowercase, no accents).
//! Each list says what a capitalised word *is* when brief meets it next to a name.

use std::sync::OnceLock;

use crate::text::FnvMap;

/// What a folded word is, for the candidate rules. A word may be several things.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Class(u16);

impl Class {
    /// Precedes a person's name: président, porte-parole, minister, General.
    pub(crate) const TITLE: Class = Class(1);
    /// A function or sentence-starting word, never a name: Le, Cette, Malgré, The.
    pub(crate) const STOP: Class = Class(2);
    /// Makes a name an organisation: Group, Bank, Oil, Ministry, Parti.
    pub(crate) const ORG: Class = Class(4);
    /// Makes a name a place: Sea, Gulf, Mont, Province.
    pub(crate) const PLACE: Class = Class(8);
    /// Makes a name an event: War, Summit, Accord.
    pub(crate) const EVENT: Class = Class(16);
    /// Lowercase glue inside a title ("ministre des Affaires", "Secretary of State").
    pub(crate) const CONNECTOR: Class = Class(32);
    /// Lowercase particle inside a name: al, bin, de, van, von.
    pub(crate) const PARTICLE: Class = Class(64);
    /// A common noun for companies: "entreprises russes … notamment Rosneft".
    pub(crate) const ORG_NOUN: Class = Class(128);
    /// A geographic common noun that, written right before a name, makes it a place:
    /// "le détroit d'Ormuz", "la province d'Idleb", "the Strait of Hormuz".
    pub(crate) const PLACE_HEAD: Class = Class(256);
    /// A ship prefix (BRP, USS, HMS…), when written in capitals: "BRP Sierra Madre".
    pub(crate) const VESSEL: Class = Class(512);

    /// Whether the word is any of the classes in `other`.
    pub(crate) fn has(self, other: Class) -> bool {
        self.0 & other.0 != 0
    }

    pub(crate) const fn union(self, other: Class) -> Class {
        Class(self.0 | other.0)
    }
}

#[rustfmt::skip]
const TITLES: &[&str] = &[
    // French
    "president", "presidente", "premier", "premiere", "ministre", "porte-parole", "homologue",
    "chef", "cheffe", "secretaire", "general", "generale", "chancelier", "chanceliere", "roi",
    "reine", "prince", "princesse", "ambassadeur", "ambassadrice", "emissaire", "envoye",
    "envoyee", "dirigeant", "dirigeante", "patron", "patronne", "directeur", "directrice",
    "marechal", "colonel", "commandant", "senateur", "senatrice", "gouverneur", "maire",
    "cheikh", "emir", "monsieur", "madame", "m", "mme", "dr", "affaires", "etrangeres", "etat",
    "vice-president", "vice-presidente", "pdg", "conseiller", "conseillere", "depute",
    "deputee", "juge", "pape", "ayatollah", "guide", "leader", "me", "maitre", "capitaine",
    "lieutenant", "sergent", "contre-amiral", "vice-amiral", "amiral",
    // English
    "president", "vice", "prime", "minister", "foreign", "defence", "defense", "interior",
    "finance", "secretary", "state", "spokesman", "spokeswoman", "spokesperson", "chancellor",
    "king", "queen", "sheikh", "emir", "ambassador", "envoy", "senator", "governor", "mayor",
    "commander", "colonel", "lieutenant", "captain", "admiral", "chairman", "chairwoman",
    "chair", "chief", "executive", "ceo", "director", "leader", "supreme", "counterpart", "mr",
    "mrs", "ms", "sir", "dame", "lord", "judge", "pope", "rep", "sen", "gov", "gen",
    "vice-president", "deputy", "adviser", "advisor", "official", "officials", "rear", "major",
    "brigadier", "sergeant", "marshal", "corporal",
];

#[rustfmt::skip]
const STOPS: &[&str] = &[
    // French sentence starters and function words
    "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "ce", "cet", "cette", "ces",
    "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "selon", "malgre", "en", "au",
    "aux", "a", "dans", "pour", "par", "sur", "sous", "avec", "sans", "entre", "apres", "avant",
    "depuis", "pendant", "si", "mais", "et", "ou", "donc", "or", "ni", "car", "comme", "lors",
    "alors", "ainsi", "pourtant", "cependant", "toutefois", "neanmoins", "enfin", "puis",
    "quant", "tandis", "lorsque", "quand", "dont", "qui", "que", "quoi", "ou", "son", "sa",
    "ses", "leur", "leurs", "notre", "votre", "mon", "ma", "mes", "tout", "tous", "toute",
    "toutes", "plusieurs", "certains", "certaines", "aucun", "aucune", "chaque", "face",
    "outre", "parallelement", "desormais", "deja", "encore", "aussi", "meme", "hier",
    "aujourd'hui", "demain", "mardi", "lundi", "mercredi", "jeudi", "vendredi", "samedi",
    "dimanche", "ici", "la-bas", "voici",
    // English sentence starters and function words
    "the", "a", "an", "this", "that", "these", "those", "however", "but", "and", "or", "nor",
    "so", "yet", "in", "on", "at", "to", "for", "from", "with", "without", "by", "of", "as",
    "after", "before", "during", "since", "while", "when", "where", "which", "who", "whom",
    "whose", "what", "why", "how", "if", "although", "though", "because", "meanwhile",
    "moreover", "furthermore", "nevertheless", "still", "also", "then", "thus", "there", "here",
    "it", "its", "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "your",
    "my", "some", "many", "most", "several", "each", "every", "all", "both", "no", "not",
    "despite", "amid", "according", "under", "over", "about", "against", "between", "among",
    "across", "through", "into", "onto", "upon", "within", "yesterday", "today", "tomorrow",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet",
    "aout", "septembre", "octobre", "novembre", "decembre", "mr", "mrs", "ms", "last", "next",
    "first", "second", "such", "other", "another", "more", "less", "only", "even", "one",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "deux", "trois",
    "quatre", "cinq", "sept", "huit", "neuf", "dix",
];

#[rustfmt::skip]
const ORGS: &[&str] = &[
    "inc", "ltd", "llc", "plc", "sa", "sas", "ag", "gmbh", "nv", "bv", "spa", "co", "corp",
    "corporation", "company", "companies", "compagnie", "group", "groupe", "holding",
    "holdings", "bank", "banque", "oil", "gas", "energy", "energies", "petroleum", "airlines",
    "airways", "motors", "telecom", "capital", "partners", "fund", "fonds", "foundation",
    "fondation", "institute", "institut", "university", "universite", "ministry", "ministere",
    "agency", "agence", "council", "conseil", "party", "parti", "front", "army", "armee",
    "forces", "committee", "comite", "commission", "organisation", "organization", "union",
    "association", "federation", "court", "cour", "assembly", "assemblee", "parliament",
    "parlement", "senate", "senat", "congress", "congres", "office", "department",
    "departement", "bureau", "tribunal", "church", "eglise", "movement", "mouvement", "brigade",
    "brigades", "guard", "garde", "house", "times", "post", "news", "press", "watch", "rights",
    "amnesty", "network", "media", "tv", "radio", "journal", "agence", "industries",
    "industrie", "systems", "technologies", "pharma", "mining", "steel", "shipping", "exchange",
    "bourse", "police", "navy", "marine", "tech", "center", "centre", "centres", "centers",
    "alliance", "authority", "autorite", "club", "air", "petrochemical", "petrochemicals",
    "daily", "herald", "tribune", "gazette", "programme", "program", "observatoire",
    "observatory", "direction", "directorate", "facilite", "facility", "mecanisme",
    "mechanism", "communaute", "community", "coalition", "mission", "secretariat", "caisse",
    "chambre", "chamber", "confederation", "delegation", "service", "services", "gendarmerie",
    "force", "societe", "commissariat", "haut-commissariat", "team", "area", "maritime",
    "logistics", "board", "corps", "panel", "academie", "academy", "regie", "syndicat", "syndicats",
];

#[rustfmt::skip]
const PLACES: &[&str] = &[
    "sea", "mer", "river", "fleuve", "lake", "lac", "gulf", "golfe", "ocean", "mount", "mont",
    "monts", "mountains", "montagnes", "island", "islands", "ile", "iles", "strait", "detroit",
    "valley", "vallee", "desert", "province", "region", "city", "ville", "county", "district",
    "peninsula", "peninsule", "bay", "baie", "canal", "coast", "cote", "street", "rue",
    "avenue", "square", "place", "port", "airport", "aeroport", "east", "west", "north",
    "south", "middle", "central", "new", "eastern", "western", "northern", "southern", "saint",
    "st", "sainte", "fort", "basin", "bassin", "corridor", "border", "frontiere", "oblast",
    "krai", "shoal", "shoals", "reef", "reefs", "atoll", "atolls", "cay", "cays", "seas",
    "straits", "detroits", "cape", "archipelago", "archipel", "lagoon", "lagune", "plateau",
    "delta", "hills", "collines", "riviere", "regions", "provinces", "dam", "barrage",
    "pipeline", "gazoduc", "oleoduc", "bridge", "pont", "tunnel", "field", "gisement",
    "atlantic", "atlantique", "pacific", "pacifique", "arctic", "arctique",
];

/// Geographic heads that name what follows them (see `Class::PLACE_HEAD`): only words
/// that are places by themselves, not qualifiers like "new" or "central".
#[rustfmt::skip]
const PLACE_HEADS: &[&str] = &[
    "sea", "seas", "mer", "mers", "strait", "straits", "detroit", "gulf", "golfe", "bay",
    "baie", "river", "fleuve", "riviere", "valley", "vallee", "mount", "mont", "monts",
    "mountains", "montagnes", "peninsula", "peninsule", "province", "region", "island",
    "islands", "ile", "iles", "shoal", "reef", "lake", "lac", "archipelago", "archipel",
    "oblast", "desert", "plateau", "canal", "city", "ville", "port", "atoll", "provinces",
    "regions", "cities", "villes", "barrage", "dam", "camp", "aeroport", "airport",
];

/// Navy ship prefixes: Philippines, United States (and its naval auxiliaries), United
/// Kingdom, India, Russia, Australia, Canada, New Zealand, Japan, South Korea,
/// Indonesia, Turkey. China's navy (PLAN) puts no prefix before ship names.
#[rustfmt::skip]
const VESSELS: &[&str] = &[
    "brp", "uss", "usns", "usnsc", "hms", "ins", "rfs", "hmas", "hmcs", "hmnzs", "js", "roks",
    "kri", "tcg",
];

#[rustfmt::skip]
const EVENTS: &[&str] = &[
    "war", "guerre", "summit", "sommet", "conference", "forum", "crisis", "crise", "agreement",
    "accord", "accords", "treaty", "traite", "deal", "pact", "pacte", "games", "jeux", "cup",
    "coupe", "revolution", "spring", "printemps", "election", "elections", "olympics", "expo",
    "festival", "talks", "process", "processus", "declaration", "convention", "conventions",
    "agreements", "treaties", "list", "lists", "liste", "listes",
];

#[rustfmt::skip]
const CONNECTORS: &[&str] = &[
    "du", "de", "des", "la", "le", "les", "l", "d", "of", "the", "for", "a", "au", "aux", "et",
    "and", "en", "charge", "in", "on",
];

#[rustfmt::skip]
const PARTICLES: &[&str] = &[
    "al", "el", "bin", "ben", "ibn", "abu", "bint", "ould", "de", "del", "della", "di", "da",
    "dos", "das", "van", "von", "der", "den", "ter", "zu", "du",
];

#[rustfmt::skip]
const ORG_NOUNS: &[&str] = &[
    "entreprise", "entreprises", "societe", "societes", "compagnie", "compagnies", "firme",
    "firmes", "groupes", "banques", "producteurs", "operateurs", "exportateurs", "geants",
    "company", "companies", "firm", "firms", "banks", "producers", "operators", "exporters",
    "giants", "majors", "lenders", "insurers", "conglomerates", "conglomerats",
];

fn table() -> &'static FnvMap<&'static str, Class> {
    static TABLE: OnceLock<FnvMap<&'static str, Class>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t: FnvMap<&'static str, Class> = FnvMap::default();
        let lists = [
            (TITLES, Class::TITLE),
            (STOPS, Class::STOP),
            (ORGS, Class::ORG),
            (PLACES, Class::PLACE),
            (EVENTS, Class::EVENT),
            (CONNECTORS, Class::CONNECTOR),
            (PARTICLES, Class::PARTICLE),
            (ORG_NOUNS, Class::ORG_NOUN),
            (PLACE_HEADS, Class::PLACE_HEAD),
            (VESSELS, Class::VESSEL),
        ];
        for (list, class) in lists {
            for w in list {
                let c = t.entry(w).or_default();
                c.0 |= class.0;
            }
        }
        t
    })
}

/// The classes of a folded word (empty when it is in no list).
pub(super) fn class(folded: &str) -> Class {
    table().get(folded).copied().unwrap_or_default()
}

/// French elided articles and pronouns written before an apostrophe: l’, d’, qu’…
pub(super) fn is_elision(folded: &str) -> bool {
    matches!(
        folded,
        "l" | "d"
            | "j"
            | "m"
            | "n"
            | "s"
            | "t"
            | "c"
            | "qu"
            | "jusqu"
            | "lorsqu"
            | "puisqu"
            | "quoiqu"
    )
}

/// Lowercase prefixes of Arabic and other names that stay glued by a hyphen:
/// al-Sharaa, el-Sisi, bin-Salman.
pub(super) fn is_name_prefix(folded: &str) -> bool {
    matches!(
        folded,
        "al" | "el"
            | "ad"
            | "ag"
            | "as"
            | "ash"
            | "at"
            | "az"
            | "ar"
            | "an"
            | "bin"
            | "ben"
            | "ibn"
            | "abu"
            | "abd"
    )
}

/// Names and demonyms two countries share, which the gazetteer gives to neither
/// (assets/gazetteer-src/README.md): folded forms and the countries' ids. A text that
/// names one of the two in full means that one ("Democratic Republic of Congo …
/// the Congolese government").
#[rustfmt::skip]
pub(super) const SHARED: &[(&[&str], &[&str])] = &[
    (
        &["congo", "congolese", "congolais", "congolaise", "congolaises"],
        &["democratic-republic-of-the-congo", "republic-of-the-congo"],
    ),
    (
        &["korea", "korean", "koreans", "coree", "coreen", "coreens", "coreenne", "coreennes"],
        &["south-korea", "north-korea"],
    ),
];
