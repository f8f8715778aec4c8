//! Word classes of the clause reader: the closed classes of English and French
//! (articles, prepositions, auxiliaries, negation, pronouns…) and the open classes it
//! needs to know by name (role nouns, reporting and refusal verbs). Words are compared
//! folded (`text::fold_str`); a word can be in several classes ("a" is an English
//! article and a French auxiliary and preposition).
//!
//! These lists are grammar, not vocabulary of the articles: each entry is a word of a
//! class, never a phrase picked to pass one sentence.

use std::collections::HashMap;
use std::sync::LazyLock;

/// A set of word classes (bit flags).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Class(pub u32);

impl Class {
    pub(crate) const DET: Class = Class(1);
    /// Possessive determiners: "its", "their", "son", "leurs".
    pub(crate) const POSS: Class = Class(1 << 1);
    pub(crate) const PREP: Class = Class(1 << 2);
    /// "and", "or", "et", "ou", "puis", "nor".
    pub(crate) const CONJ: Class = Class(1 << 3);
    /// Relative pronouns that open a clause: "which", "who", "qui", "dont".
    pub(crate) const REL: Class = Class(1 << 4);
    pub(crate) const AUX: Class = Class(1 << 5);
    /// Modals that make an act hypothetical: "could", "might", "pourrait".
    pub(crate) const MODAL: Class = Class(1 << 6);
    pub(crate) const NEG: Class = Class(1 << 7);
    /// Personal pronouns that can stand for an actor: "it", "they", "il", "elle".
    pub(crate) const PRON: Class = Class(1 << 8);
    /// People and bodies by their role: "minister", "officials", "lawyer", "armée".
    pub(crate) const ROLE: Class = Class(1 << 9);
    pub(crate) const ADV: Class = Class(1 << 10);
    /// Connectives that start a new clause: "while", "whereas", "but", "tandis", "mais".
    pub(crate) const SPLIT: Class = Class(1 << 11);
    /// Conditions: "if", "unless", "si".
    pub(crate) const IF: Class = Class(1 << 12);
    /// Reporting verbs: "said", "told", "a déclaré", "selon".
    pub(crate) const REPORT: Class = Class(1 << 13);
    /// Refusal and denial: "refused", "declined", "denied", "rejected", "dément".
    pub(crate) const REFUSE: Class = Class(1 << 14);
    /// Intentions, wishes and plans whose object is not (yet) an act: "plans",
    /// "wants", "hopes", "threatened", "veut", "envisage".
    pub(crate) const INTEND: Class = Class(1 << 15);
    /// Verbs of watching, welcoming or commenting: their object's act is someone
    /// else's ("followed the talks", "welcomed the agreement", "a salué").
    pub(crate) const OBSERVE: Class = Class(1 << 16);
    /// Verbs that hand their subject to the noun cue they govern ("signed an
    /// agreement", "imposed sanctions", "a conclu un accord").
    pub(crate) const LIGHT: Class = Class(1 << 17);
    /// Time words: days, months, "week", "year", "mardi", "soir".
    pub(crate) const TIME: Class = Class(1 << 18);
    /// Group words after "two" / "deux" / "both": "countries", "sides", "pays".
    pub(crate) const GROUP: Class = Class(1 << 19);
    /// Verbs of answering a demand or an offer: "rejected", "ignored", "accepted".
    pub(crate) const RESPOND: Class = Class(1 << 20);
    /// Contrast that takes the following act out: "rather", "instead", "plutôt".
    pub(crate) const CONTRAST: Class = Class(1 << 21);
    /// Goods sold, not given: "gas", "oil", "crude", "cargoes", "gaz", "pétrole".
    pub(crate) const GOODS: Class = Class(1 << 22);
    /// Goods given or sent in support: "weapons", "troops", "relief", "armes".
    pub(crate) const SUPPORT: Class = Class(1 << 23);
    /// Copulas: "is", "became", "remains", "est", "devenu", "reste".
    pub(crate) const BE: Class = Class(1 << 24);
    /// Other verbs a verb test cannot see by their ending: English irregular past
    /// forms, frequent French present forms.
    pub(crate) const VERB: Class = Class(1 << 25);

    pub(crate) fn has(self, other: Class) -> bool {
        self.0 & other.0 != 0
    }
}

impl std::ops::BitOr for Class {
    type Output = Class;
    fn bitor(self, o: Class) -> Class {
        Class(self.0 | o.0)
    }
}

/// The classes of a folded word in a text of the given language; empty for content
/// words. The lists below mix both languages: the few words that are function words
/// of one language and something else in the other are settled here.
pub(super) fn class(word: &str, french: bool) -> Class {
    match (word, french) {
        ("a" | "an", false) => Class::DET,
        ("a", true) => Class::AUX | Class::PREP,
        ("an", true) => Class::TIME,
        ("son" | "plus" | "ne" | "pas" | "est" | "en" | "face" | "fin" | "mi" | "sans", false) => {
            Class::default()
        }
        ("once" | "should" | "set" | "due" | "about" | "going", true) => Class::default(),
        _ => TABLE.get(word).copied().unwrap_or_default(),
    }
}

#[rustfmt::skip]
const DET: &[&str] = &[
    "the", "a", "an", "this", "these", "that", "those", "every", "each", "any", "some", "le",
    "la", "les", "l", "un", "une", "des", "du", "ce", "cet", "cette", "ces", "chaque", "tout",
    "toute", "tous", "toutes", "plusieurs", "aucun", "aucune",
];
#[rustfmt::skip]
const POSS: &[&str] = &[
    "its", "their", "his", "her", "our", "son", "sa", "ses", "leur", "leurs", "notre", "nos",
];
#[rustfmt::skip]
const PREP: &[&str] = &[
    "of", "in", "on", "to", "with", "by", "from", "for", "against", "at", "into", "between",
    "among", "amongst", "over", "under", "through", "via", "since", "during", "after", "before",
    "near", "across", "around", "toward", "towards", "targeting", "despite", "du", "des",
    "without", "about", "along", "off", "outside", "inside", "within", "beyond", "upon",
    "alongside", "amid", "per", "de", "d", "a", "au", "aux", "par", "pour", "avec", "contre",
    "sur", "entre", "envers", "vers", "dans", "en", "chez", "depuis", "selon", "sans",
    "pendant", "apres", "avant", "pres", "visant", "malgre", "aupres", "parmi", "sous",
    "durant", "encontre", "face",
];
const CONJ: &[&str] = &["and", "or", "nor", "et", "ou", "puis", "ni"];
#[rustfmt::skip]
const REL: &[&str] = &[
    "which", "who", "whom", "whose", "qui", "dont", "lequel", "laquelle", "lesquels",
    "lesquelles", "where",
];
#[rustfmt::skip]
const AUX: &[&str] = &[
    "has", "have", "had", "having", "is", "are", "was", "were", "be", "been", "being", "will",
    "shall", "do", "does", "did", "didn", "doesn", "don", "hasn", "haven", "hadn", "isn",
    "aren", "wasn", "weren", "won", "a", "ont", "avait", "avaient", "aura", "auront", "est",
    "sont", "etait", "etaient", "sera", "seront", "ete", "va", "vont", "doit", "doivent", "s",
    "se", "fait", "fera", "feront", "vient", "viennent", "due", "set", "about", "going",
];
#[rustfmt::skip]
const MODAL: &[&str] = &[
    "would", "could", "might", "may", "should", "must", "can", "wouldn", "couldn", "shouldn",
    "cannot", "pourrait", "pourraient", "devrait", "devraient", "serait", "seraient", "aurait",
    "auraient", "pourra", "pourront", "peut", "peuvent", "puisse",
];
#[rustfmt::skip]
const NEG: &[&str] = &[
    "not", "t", "never", "no", "neither", "none", "nor", "nothing", "nobody", "ne", "n", "pas",
    "jamais", "plus", "aucun", "aucune", "sans", "without", "ni", "personne", "rien",
];
#[rustfmt::skip]
const PRON: &[&str] = &[
    "it", "they", "he", "she", "them", "him", "il", "elle", "ils", "elles", "lui", "itself",
    "themselves",
];
#[rustfmt::skip]
const ROLE: &[&str] = &[
    "minister", "ministers", "ministry", "ministries", "official", "officials", "government",
    "governments", "authorities", "administration", "president", "prime", "leader", "leaders",
    "envoy", "envoys", "ambassador", "ambassadors", "diplomat", "diplomats", "spokesman",
    "spokeswoman", "spokesperson", "army", "troops", "forces", "military", "navy", "delegation",
    "delegations", "negotiators", "lawyer", "lawyers", "attorney", "attorneys", "expert",
    "experts", "specialist", "specialists", "analyst", "analysts", "economist", "economists",
    "adviser", "advisers", "military", "militaire", "militaires", "patrol", "humanitarian",
    "humanitaire", "emergency", "advisor", "advisors", "counterpart", "regime", "cabinet",
    "parliament", "foreign", "department", "office", "agency", "firm", "firms", "company",
    "companies", "group", "regulator", "regulators", "court", "judge", "chief", "head",
    "commander", "general", "king", "chancellor", "secretary", "director", "researcher",
    "fellow", "professor", "state", "coast", "guard", "guards", "ministre", "ministres",
    "ministere", "gouvernement", "gouvernements", "autorites", "president", "presidente",
    "dirigeant", "dirigeants", "dirigeante", "emissaire", "envoye", "envoyee", "ambassadeur",
    "ambassadrice", "diplomate", "diplomates", "diplomatie", "diplomaties", "porte", "parole",
    "armee", "troupes", "forces", "delegation", "delegations", "negociateurs", "avocat",
    "avocate", "avocats", "juriste", "juristes", "specialiste", "specialistes", "analyste",
    "analystes", "economiste", "chercheur", "chercheuse", "conseiller", "conseillers",
    "homologue", "chef", "chefs", "chancelier", "roi", "premier", "responsable", "responsables",
    "regime", "etat", "major", "officiers", "observateurs", "observateur", "observers",
    "observer", "soldats", "soldiers", "militaires", "garde", "gardes", "buyers", "consumers",
    "refugees", "families", "victims", "civilians", "residents", "acheteurs", "consommateurs",
    "refugies", "familles", "victimes", "sinistres", "populations", "importers", "importateurs",
    "exporters", "exportateurs", "clients", "customers",
];
#[rustfmt::skip]
const ADV: &[&str] = &[
    "also", "already", "still", "again", "repeatedly", "quietly", "publicly", "formally",
    "jointly", "now", "then", "once", "recently", "later", "first", "further", "however",
    "meanwhile", "nonetheless", "nevertheless", "so", "far", "yet", "just", "even", "only",
    "reportedly", "separately", "directly", "previously", "aussi", "egalement", "deja",
    "encore", "toujours", "desormais", "alors", "aussitot", "recemment", "ensuite", "toutefois",
    "pourtant", "cependant", "neanmoins", "publiquement", "officiellement", "separement",
    "directement", "regulierement", "ailleurs", "revanche", "bien", "enfin", "quant", "note",
    "effectively", "apparently", "largely", "lui", "meme",
];
#[rustfmt::skip]
const SPLIT: &[&str] = &[
    "while", "whereas", "but", "although", "though", "because", "tandis", "alors", "mais",
    "bien", "parce", "puisque", "cependant", "whilst", "whereby",
];
const IF: &[&str] = &["if", "unless", "si", "whether"];
#[rustfmt::skip]
const REPORT: &[&str] = &[
    "said", "says", "say", "told", "tell", "tells", "stated", "added", "argued", "argues",
    "claimed", "claims", "insisted", "noted", "explained", "wrote", "according", "declared",
    "dit", "dire", "declare", "indique", "affirme", "affirmant", "assure", "assurant", "estime",
    "estimant", "explique", "ajoute", "souligne", "rappele", "rappelle", "selon", "precise",
    "confie", "resume", "reported", "reports", "acknowledged", "reconnait",
];
#[rustfmt::skip]
const REFUSE: &[&str] = &[
    "refused", "refuses", "refuse", "refusing", "declined", "declines", "decline", "declining",
    "denied", "denies", "deny", "denying", "rejected", "rejects", "reject", "resisted",
    "resists", "resist", "ruled", "dismissed", "dismisses", "refuserait", "refusent", "refuse",
    "refusait", "decline", "declinee", "declinent", "dement", "dementi", "dementent", "nie",
    "nient", "niait", "rejete", "rejette", "rejettent", "ecarte", "exclu", "exclut", "stopped",
    "halted", "suspended", "suspendu", "abandoned", "renonce", "lifted", "lifts", "lift", "eased", "eases", "leve", "levee", "lever",
    "levent", "ceased", "ended", "cesse",
    "opposed", "opposes", "blocked", "bloque", "veto", "vetoed",
];
#[rustfmt::skip]
const INTEND: &[&str] = &[
    "plans", "plan", "planned", "planning", "wants", "want", "wanted", "hopes", "hope", "hoped",
    "seeks", "seek", "sought", "intends", "intend", "intended", "considering", "considers",
    "consider", "considered", "proposed", "proposes", "propose", "offered", "offers", "offer",
    "threatened", "threatens", "threaten", "threatening", "warned", "warns", "warn", "vowed",
    "vows", "promised", "promises", "promise", "aims", "aim", "expects", "expect", "envisage",
    "envisagent", "veut", "veulent", "voulait", "souhaite", "souhaitent", "espere", "esperent",
    "compte", "comptent", "projette", "propose", "proposent", "offre", "offrait", "menace",
    "menacent", "menacait", "averti", "avertit", "promis", "promet", "cherche", "cherchent",
    "tente", "tentent", "demande", "demandent", "exige", "exigent", "appele", "appelle",
    "appellent", "urged", "urges", "urge", "asked", "asks", "pressed", "presses", "demanded",
    "demands", "exhorte", "invite", "invited", "pousse", "presse", "prepare", "prepares",
    "preparing", "floated", "floats", "evoque", "evoquee", "dreams", "ready", "willing",
    "vouloir", "possible", "possibles", "potential", "eventuel", "eventuelle",
];
#[rustfmt::skip]
const OBSERVE: &[&str] = &[
    "followed", "follow", "follows", "following", "watched", "watch", "watches", "watching",
    "monitored", "monitor", "monitors", "observed", "observe", "observes", "welcomed",
    "welcome", "welcomes", "hailed", "hail", "hails", "praised", "commended", "attended",
    "attend", "noted", "note", "discussed", "suivent", "suivi", "suit", "suivre", "salue",
    "saluent", "observent", "observe", "assiste", "assistent", "commente", "evoque",
    "suivaient", "surveille", "surveillent", "applaudi", "felicite", "appreciation", "took",
    "briefed", "covered", "couvre", "expressed", "concern", "criticised", "criticized",
];
#[rustfmt::skip]
const LIGHT: &[&str] = &[
    "signed", "sign", "signs", "signing", "held", "hold", "holds", "holding", "imposed",
    "impose", "imposes", "imposing", "announced", "announce", "announces", "reached", "reach",
    "concluded", "conclude", "extended", "extend", "extends", "levies", "levy", "levied",
    "launched", "launch", "opened", "open", "opens", "began", "begin", "begun", "started",
    "start", "resumed", "resume", "conducted", "conduct", "carried", "set", "created", "create",
    "established", "establish", "ratified", "ratify", "upgraded", "upgrade", "tightened",
    "tighten", "agreed", "agree", "approved", "approve", "granted", "grant", "released",
    "release", "offered", "renewed", "renew", "struck", "sealed", "completed", "finalised",
    "finalized", "implemented", "answered", "responded", "retaliated", "has", "have", "had",
    "having", "continue", "continued", "continues", "maintains", "maintained", "keep", "keeps", "kept",
    "provides", "signe", "signent", "signer", "signeront", "signeraient", "tenu", "tient",
    "tiennent", "tenir", "impose", "imposees", "impose", "imposes", "imposer", "annonce",
    "annoncent", "conclu", "conclure", "concluent", "prolonge", "prolonger", "lance", "lancent",
    "lancer", "ouvert", "ouvre", "ouvrir", "entame", "engage", "mene", "menent", "mener",
    "cree", "creer", "creeront", "etabli", "etablir", "ratifie", "ratifier", "renforce",
    "convenu", "convenus", "convenues", "approuve", "accorde", "accorder", "debloque",
    "renouvele", "scelle", "finalise", "riposte", "repondu", "avoir", "poursuit", "poursuivent",
    "poursuivre", "maintient", "declenche", "decide", "decided", "decides", "decidee",
    "adopted", "adopte", "inked", "brokered", "negotiated", "negocie", "negociee", "lie", "liee", "lies", "liees", "tied", "bound",
    "linked",
];
#[rustfmt::skip]
const TIME: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "week", "weeks", "month", "months", "year", "years", "day", "days",
    "today", "yesterday", "tomorrow", "morning", "evening", "night", "last", "next", "earlier",
    "ago", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier",
    "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
    "novembre", "decembre", "semaine", "semaines", "mois", "an", "ans", "annee", "annees",
    "jour", "jours", "hier", "aujourd", "demain", "matin", "soir", "soiree", "nuit", "dernier",
    "derniere", "prochain", "prochaine", "fin", "debut", "mi", "spring", "summer", "autumn",
    "winter", "printemps", "ete", "automne", "hiver", "quarter", "trimestre",
];
#[rustfmt::skip]
const GROUP: &[&str] = &[
    "countries", "sides", "governments", "capitals", "states", "neighbours", "neighbors",
    "nations", "parties", "leaders", "allies", "partners", "ministers", "presidents", "envoys",
    "ministres", "presidents", "emissaires", "pays", "parties", "gouvernements", "capitales",
    "etats", "voisins", "nations", "dirigeants", "allies", "partenaires", "camps",
    "delegations",
];
#[rustfmt::skip]
const RESPOND: &[&str] = &[
    "rejected", "rejects", "reject", "dismissed", "dismisses", "ignored", "ignores", "ignore",
    "brushed", "accepted", "accepts", "accept", "heeded", "heeds", "declined", "declines",
    "refused", "rejete", "rejette", "rejettent", "ignore", "ignorent", "accepte", "acceptent",
    "decline", "declinee", "repousse", "ecarte", "refuse",
];
const CONTRAST: &[&str] = &["rather", "instead", "plutot", "lieu"];
#[rustfmt::skip]
const GOODS: &[&str] = &[
    "gas", "oil", "crude", "lng", "barrels", "cargoes", "cargo", "coal", "wheat", "grain",
    "soy", "soya", "beef", "steel", "goods", "products", "cars", "vans",
    "chips", "gaz", "gnl", "petrole", "brut", "barils", "cargaisons",
    "charbon", "ble", "cereales", "soja", "boeuf", "viande", "acier", "marchandises",
    "produits", "voitures", "vins", "machines", "electricity", "electricite", "uranium",
    "minerai", "tonnes", "shipments",
];
#[rustfmt::skip]
const SUPPORT: &[&str] = &[
    "weapons", "arms", "troops", "soldiers", "relief", "aid", "assistance", "drones",
    "missiles", "munitions", "ammunition", "shells", "tents", "food", "rations", "rice",
    "medicine", "medicines", "supplies", "fuel", "armes", "troupes", "soldats", "aide",
    "drones", "missiles", "munitions", "obus", "tentes", "vivres", "rations", "riz",
    "medicaments", "carburant", "secours", "pilots", "instructors", "advisers",
];
#[rustfmt::skip]
const BE: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "become", "became", "becomes", "remains",
    "remain", "remained", "est", "sont", "etait", "etaient", "devenu", "devenue", "devenus",
    "reste", "restent", "demeure", "sera", "seront",
];

#[rustfmt::skip]
const VERB: &[&str] = &[
    "brought", "took", "made", "gave", "sent", "held", "met", "left", "kept", "told", "said",
    "began", "came", "went", "saw", "found", "led", "paid", "sold", "bought", "built", "won",
    "lost", "struck", "fought", "spoke", "wrote", "drew", "chose", "rose", "fell", "ran",
    "shot", "stood", "sought", "thought", "felt", "meant", "spent", "lent", "dealt", "froze",
    "broke", "became", "grew", "knew", "threw", "drove", "flew", "withdrew", "overran",
    "undertook", "got", "put", "let", "hit", "cut", "taken", "given", "shown", "known", "seen",
    "done", "gone", "driven", "chosen", "broken", "frozen", "grown", "drawn", "brings", "takes",
    "makes", "gives", "sends", "holds", "meets", "keeps", "tells", "begins", "comes", "goes",
    "sees", "finds", "leads", "pays", "sells", "builds", "wins", "runs", "seeks", "thinks",
    "feels", "means", "spends", "needs", "wants", "remains", "reste", "restent", "suit",
    "suivent", "porte", "portent", "vise", "visent", "lie", "lient", "relie", "oppose",
    "opposent", "permet", "permettent", "offre", "prevoit", "entend", "veut", "doit", "peut",
    "fait", "font", "dit", "disent", "va", "vont", "joue", "jouent", "mene", "menent", "compte",
    "comptent", "tient", "tiennent", "prend", "prennent", "garde", "gardent", "cherche",
    "cherchent", "devient", "deviennent",
];

static TABLE: LazyLock<HashMap<&'static str, Class>> = LazyLock::new(|| {
    let mut t: HashMap<&'static str, Class> = HashMap::new();
    let lists: [(&[&str], Class); 26] = [
        (VERB, Class::VERB),
        (DET, Class::DET),
        (POSS, Class::POSS),
        (PREP, Class::PREP),
        (CONJ, Class::CONJ),
        (REL, Class::REL),
        (AUX, Class::AUX),
        (MODAL, Class::MODAL),
        (NEG, Class::NEG),
        (PRON, Class::PRON),
        (ROLE, Class::ROLE),
        (ADV, Class::ADV),
        (SPLIT, Class::SPLIT),
        (IF, Class::IF),
        (REPORT, Class::REPORT),
        (REFUSE, Class::REFUSE),
        (INTEND, Class::INTEND),
        (OBSERVE, Class::OBSERVE),
        (LIGHT, Class::LIGHT),
        (TIME, Class::TIME),
        (GROUP, Class::GROUP),
        (RESPOND, Class::RESPOND),
        (CONTRAST, Class::CONTRAST),
        (GOODS, Class::GOODS),
        (SUPPORT, Class::SUPPORT),
        (BE, Class::BE),
    ];
    for (words, c) in lists {
        for w in words {
            let e = t.entry(w).or_default();
            *e = *e | c;
        }
    }
    t
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_folded_and_in_several_classes() {
        assert!(class("a", false).has(Class::DET) && !class("a", false).has(Class::AUX));
        assert!(class("a", true).has(Class::AUX) && class("a", true).has(Class::PREP));
        assert!(class("son", true).has(Class::POSS) && !class("son", false).has(Class::POSS));
        assert!(class("etaient", true).has(Class::AUX));
        assert!(class("dementi", true).has(Class::REFUSE));
        assert_eq!(class("sanctions", false), Class::default());
    }

    #[test]
    fn every_entry_is_folded() {
        for w in TABLE.keys() {
            assert_eq!(*w, crate::text::fold_str(w), "{w} is not folded");
        }
    }
}
