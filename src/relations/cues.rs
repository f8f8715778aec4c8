//! The cue lexicon: verbs and nouns that state a relation, in English and French, with
//! the argument frame that says where their actors are (docs/relations.md, "The cue
//! lexicon", lists every entry; a test checks it).
//!
//! Words are compared folded (`text::fold_str`: lower case, accents stripped). A pattern
//! word ending in `*` is a stem and matches any word it begins; other pattern words
//! match exactly (stems that would catch unrelated words are spelt out). Multi-word cues
//! match consecutive words; an elided article is a word of its own (`livraison d'armes`
//! → `livraison d arme*`). Where two cues start at one word the longer wins.

use std::sync::LazyLock;

use crate::model::RelationKind;

/// Which part of speech a cue word is: a verb (`sanctioned`), a noun (`sanctions`
/// after an article), or either, decided by the words around it (English `sanctions`,
/// `talks`, `trade`; French `aide`, `menace`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pos {
    Verb,
    Noun,
    Either,
}

/// How a cue's actors are found (docs/relations.md, "Argument frames").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frame {
    /// The agent acts on the target: subject → object, or "on", "against", "contre"…
    Act,
    /// The agent gives to the recipient: "to", "for", "à", "pour", or "supply X with".
    Give,
    /// `Give`, but goods that are sold ("gas", "crude") make it trade.
    Transfer,
    /// Parties of a mutual act: the subject with "with" / "avec" / the object, or
    /// "between A and B"; alone, a list of parties links pairwise.
    Mutual,
    /// Trade between the subject and its counterpart: "buy from", "sell to", "with".
    Exchange,
    /// A visitor and where they go: "visited Moscow", "s'est rendu en Russie".
    Visit,
    /// A host and a guest: "received", "hosted", "accueille".
    Host,
    /// A mediator and the parties, and the parties with each other.
    Mediate,
    /// An investor and where it invests: "invest in", "investissement au Vietnam".
    Into,
    /// Relations or ties: no kind of their own; the verb that governs them gives one
    /// ("restored ties" is a rapprochement, "broke off relations" a tension).
    Ties,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Fr,
    Any,
}

/// One entry of the lexicon.
pub struct CueWord {
    pub pattern: &'static [&'static str],
    pub kind: RelationKind,
    pub pos: Pos,
    pub frame: Frame,
    pub lang: Lang,
}

const fn c(
    lang: Lang,
    pos: Pos,
    frame: Frame,
    kind: RelationKind,
    pattern: &'static [&'static str],
) -> CueWord {
    CueWord {
        pattern,
        kind,
        pos,
        frame,
        lang,
    }
}

use Frame::*;
use Lang::*;
use Pos::*;
use RelationKind::*;

/// The lexicon. Ties between entries of one length at one word go to the earlier.
pub const LEXICON: &[CueWord] = &[
    // Sanctions.
    c(Any, Either, Act, Sanctions, &["sanction"]),
    c(Any, Either, Act, Sanctions, &["sanctions"]),
    c(En, Verb, Act, Sanctions, &["sanctioned"]),
    c(En, Verb, Act, Sanctions, &["sanctioning"]),
    c(Fr, Verb, Act, Sanctions, &["sanctionn*"]),
    c(Any, Noun, Act, Sanctions, &["embargo*"]),
    c(En, Either, Act, Sanctions, &["blacklist*"]),
    c(Fr, Noun, Act, Sanctions, &["liste*", "noire*"]),
    c(En, Noun, Act, Sanctions, &["asset", "freeze*"]),
    c(En, Verb, Act, Sanctions, &["froze", "the", "assets"]),
    c(En, Verb, Act, Sanctions, &["frozen", "the", "assets"]),
    c(En, Verb, Act, Sanctions, &["freeze", "the", "assets"]),
    c(Fr, Verb, Act, Sanctions, &["gel*", "les", "avoirs"]),
    c(Fr, Noun, Act, Sanctions, &["gel", "des", "avoirs"]),
    c(Fr, Noun, Act, Sanctions, &["amende*"]),
    // Pressure.
    c(Any, Noun, Act, Pressure, &["pressure"]),
    c(En, Verb, Act, Pressure, &["pressured"]),
    c(En, Verb, Act, Pressure, &["pressed"]),
    c(Fr, Noun, Act, Pressure, &["pression*"]),
    c(Fr, Verb, Act, Pressure, &["presse"]),
    c(Any, Noun, Act, Pressure, &["ultimatum*"]),
    c(Any, Either, Act, Pressure, &["coerc*"]),
    c(Fr, Noun, Act, Pressure, &["chantage*"]),
    c(En, Verb, Act, Pressure, &["urged"]),
    c(En, Verb, Act, Pressure, &["urges"]),
    c(En, Verb, Act, Pressure, &["urge"]),
    c(En, Either, Act, Pressure, &["demand"]),
    c(En, Either, Act, Pressure, &["demands"]),
    c(En, Verb, Act, Pressure, &["demanded"]),
    c(En, Verb, Act, Pressure, &["called", "on"]),
    c(En, Verb, Act, Pressure, &["calls", "on"]),
    c(En, Verb, Act, Pressure, &["call", "on"]),
    c(En, Noun, Act, Pressure, &["appeal"]),
    c(En, Noun, Act, Pressure, &["appeals"]),
    c(En, Verb, Act, Pressure, &["threaten*"]),
    c(En, Noun, Act, Pressure, &["threat"]),
    c(En, Noun, Act, Pressure, &["threats"]),
    c(En, Verb, Act, Pressure, &["warn"]),
    c(En, Verb, Act, Pressure, &["warns"]),
    c(En, Verb, Act, Pressure, &["warned"]),
    c(En, Noun, Act, Pressure, &["warning*"]),
    c(En, Verb, Act, Pressure, &["caution*"]),
    c(En, Verb, Act, Pressure, &["summon*"]),
    c(En, Verb, Act, Pressure, &["expel*"]),
    c(En, Either, Act, Pressure, &["penali*"]),
    c(En, Verb, Act, Pressure, &["punish*"]),
    c(Fr, Verb, Act, Pressure, &["exhort*"]),
    c(Fr, Verb, Act, Pressure, &["appele"]),
    c(Fr, Verb, Act, Pressure, &["appelle"]),
    c(Fr, Verb, Act, Pressure, &["appellent"]),
    c(Fr, Verb, Act, Pressure, &["appeler"]),
    c(Fr, Noun, Act, Pressure, &["appel"]),
    c(Fr, Noun, Act, Pressure, &["appels"]),
    c(Fr, Either, Act, Pressure, &["demande*"]),
    c(Fr, Noun, Act, Pressure, &["exigence*"]),
    c(Fr, Verb, Act, Pressure, &["exig*"]),
    c(Fr, Either, Act, Pressure, &["menac*"]),
    c(Fr, Noun, Act, Pressure, &["avertissement*"]),
    c(Fr, Verb, Act, Pressure, &["averti*"]),
    c(Fr, Verb, Act, Pressure, &["mis", "en", "garde"]),
    c(Fr, Verb, Act, Pressure, &["met", "en", "garde"]),
    c(Fr, Noun, Act, Pressure, &["mise", "en", "garde"]),
    c(Fr, Verb, Act, Pressure, &["convoqu*"]),
    c(Fr, Either, Act, Pressure, &["expuls*"]),
    c(En, Verb, Act, Tension, &["recall*"]),
    c(Fr, Verb, Act, Tension, &["rappele"]),
    c(Fr, Verb, Act, Tension, &["rappeler"]),
    c(Fr, Verb, Act, Tension, &["rappelle"]),
    c(Fr, Verb, Act, Pressure, &["penalis*"]),
    // Aid.
    c(En, Either, Give, Aid, &["aid"]),
    c(En, Verb, Give, Aid, &["aided"]),
    c(Any, Noun, Give, Aid, &["assistance"]),
    c(En, Verb, Give, Aid, &["assist"]),
    c(En, Verb, Give, Aid, &["assisted"]),
    c(En, Verb, Give, Aid, &["assists"]),
    c(En, Noun, Give, Aid, &["loan"]),
    c(En, Noun, Give, Aid, &["loans"]),
    c(En, Noun, Give, Aid, &["funding"]),
    c(En, Noun, Give, Aid, &["backing"]),
    c(En, Verb, Give, Aid, &["backed"]),
    c(En, Verb, Give, Aid, &["backs"]),
    c(En, Noun, Give, Aid, &["contribution*"]),
    c(En, Verb, Give, Aid, &["contribute*"]),
    c(En, Noun, Give, Aid, &["donation*"]),
    c(En, Verb, Give, Aid, &["donate*"]),
    c(En, Either, Give, Aid, &["support"]),
    c(En, Verb, Give, Aid, &["supported"]),
    c(En, Verb, Give, Aid, &["supports"]),
    c(En, Either, Give, Aid, &["help"]),
    c(En, Verb, Give, Aid, &["helped"]),
    c(En, Verb, Give, Aid, &["helps"]),
    c(En, Verb, Give, Aid, &["pledge*"]),
    c(En, Either, Give, Aid, &["fund"]),
    c(En, Verb, Give, Aid, &["funded"]),
    c(En, Verb, Give, Aid, &["funds"]),
    c(En, Either, Give, Aid, &["finance"]),
    c(En, Verb, Give, Aid, &["financed"]),
    c(En, Verb, Give, Aid, &["finances"]),
    c(En, Verb, Give, Aid, &["train"]),
    c(En, Verb, Give, Aid, &["trained"]),
    c(En, Verb, Give, Aid, &["trains"]),
    c(En, Noun, Give, Aid, &["training"]),
    c(En, Verb, Give, Aid, &["armed"]),
    c(En, Verb, Give, Aid, &["arming"]),
    c(En, Verb, Give, Aid, &["lend*"]),
    c(En, Verb, Give, Aid, &["lent"]),
    c(En, Verb, Give, Aid, &["paid"]),
    c(En, Verb, Give, Aid, &["give"]),
    c(En, Verb, Give, Aid, &["gives"]),
    c(En, Verb, Give, Aid, &["gave"]),
    c(En, Verb, Give, Aid, &["giving"]),
    c(En, Verb, Transfer, Aid, &["supplied"]),
    c(En, Verb, Transfer, Aid, &["supplies"]),
    c(En, Verb, Transfer, Aid, &["supply"]),
    c(En, Verb, Transfer, Aid, &["supplying"]),
    c(En, Verb, Transfer, Aid, &["deliver"]),
    c(En, Verb, Transfer, Aid, &["delivers"]),
    c(En, Verb, Transfer, Aid, &["delivered"]),
    c(En, Noun, Transfer, Aid, &["deliver*"]),
    c(En, Verb, Transfer, Aid, &["send"]),
    c(En, Verb, Transfer, Aid, &["sends"]),
    c(En, Verb, Transfer, Aid, &["sent"]),
    c(En, Verb, Transfer, Aid, &["sending"]),
    c(En, Verb, Transfer, Aid, &["shipped"]),
    c(En, Verb, Transfer, Aid, &["ships", "to"]),
    c(En, Verb, Transfer, Aid, &["provide*"]),
    c(En, Verb, Transfer, Aid, &["providing"]),
    c(En, Verb, Transfer, Aid, &["dispatch*"]),
    c(Fr, Either, Give, Aid, &["aide"]),
    c(Fr, Noun, Give, Aid, &["aides"]),
    c(Fr, Verb, Give, Aid, &["aider"]),
    c(Fr, Noun, Give, Aid, &["soutien*"]),
    c(Fr, Verb, Give, Aid, &["soutenir"]),
    c(Fr, Verb, Give, Aid, &["soutient"]),
    c(Fr, Verb, Give, Aid, &["soutiennent"]),
    c(Fr, Verb, Give, Aid, &["soutenu*"]),
    c(Fr, Noun, Give, Aid, &["appui"]),
    c(Fr, Noun, Give, Aid, &["pret"]),
    c(Fr, Noun, Give, Aid, &["prets"]),
    c(Fr, Noun, Give, Aid, &["financement*"]),
    c(Fr, Verb, Give, Aid, &["finance"]),
    c(Fr, Verb, Give, Aid, &["financent"]),
    c(Fr, Verb, Give, Aid, &["financer"]),
    c(Fr, Verb, Give, Aid, &["finances"]),
    c(Fr, Verb, Give, Aid, &["financees"]),
    c(Fr, Verb, Give, Aid, &["financera"]),
    c(Fr, Verb, Give, Aid, &["financeront"]),
    c(Fr, Verb, Give, Aid, &["financait"]),
    c(Fr, Noun, Give, Aid, &["octroi"]),
    c(Fr, Noun, Give, Aid, &["contribution*"]),
    c(Fr, Verb, Give, Aid, &["verse"]),
    c(Fr, Verb, Give, Aid, &["verser"]),
    c(Fr, Verb, Give, Aid, &["distribue*"]),
    c(Fr, Noun, Transfer, Aid, &["livraison*"]),
    c(Fr, Verb, Transfer, Aid, &["livr*"]),
    c(Fr, Verb, Transfer, Aid, &["fourni"]),
    c(Fr, Verb, Transfer, Aid, &["fournir"]),
    c(Fr, Verb, Transfer, Aid, &["fournit"]),
    c(Fr, Verb, Transfer, Aid, &["fournissent"]),
    c(Fr, Verb, Transfer, Aid, &["fournira"]),
    c(Fr, Noun, Transfer, Aid, &["fourniture*"]),
    c(Fr, Verb, Transfer, Aid, &["envoie"]),
    c(Fr, Verb, Transfer, Aid, &["envoyer"]),
    c(Fr, Verb, Transfer, Aid, &["envoient"]),
    c(Fr, Verb, Transfer, Aid, &["envoye"]),
    c(Fr, Verb, Transfer, Aid, &["depech*"]),
    // Alliance.
    c(Any, Noun, Mutual, Alliance, &["alliance*"]),
    c(En, Noun, Mutual, Alliance, &["ally"]),
    c(En, Noun, Mutual, Alliance, &["allies"]),
    c(En, Verb, Mutual, Alliance, &["allied", "with"]),
    c(Fr, Noun, Mutual, Alliance, &["allie"]),
    c(Fr, Noun, Mutual, Alliance, &["allies"]),
    c(Fr, Noun, Mutual, Alliance, &["alliee*"]),
    c(Any, Noun, Mutual, Alliance, &["pact"]),
    c(Any, Noun, Mutual, Alliance, &["pacts"]),
    c(Fr, Noun, Mutual, Alliance, &["pacte*"]),
    c(En, Noun, Mutual, Alliance, &["partnership*"]),
    c(Fr, Noun, Mutual, Alliance, &["partenariat*"]),
    c(En, Noun, Mutual, Alliance, &["partner"]),
    c(En, Noun, Mutual, Alliance, &["partners"]),
    c(Fr, Noun, Mutual, Alliance, &["partenaire*"]),
    // Cooperation.
    c(Any, Noun, Mutual, Cooperation, &["cooperation"]),
    c(En, Noun, Mutual, Cooperation, &["co", "operation"]),
    c(En, Verb, Mutual, Cooperation, &["cooperate*"]),
    c(En, Verb, Mutual, Cooperation, &["cooperating"]),
    c(Fr, Noun, Mutual, Cooperation, &["cooperation*"]),
    c(Fr, Verb, Mutual, Cooperation, &["cooper*"]),
    c(Any, Noun, Mutual, Cooperation, &["collaboration*"]),
    c(En, Verb, Mutual, Cooperation, &["collaborate*"]),
    c(Fr, Verb, Mutual, Cooperation, &["collabore*"]),
    c(Any, Noun, Mutual, Cooperation, &["coordination"]),
    c(En, Verb, Mutual, Cooperation, &["coordinate"]),
    c(En, Verb, Mutual, Cooperation, &["coordinated"]),
    c(En, Verb, Mutual, Cooperation, &["coordinates"]),
    c(En, Verb, Mutual, Cooperation, &["coordinating"]),
    c(Fr, Verb, Mutual, Cooperation, &["coordonne*"]),
    c(En, Noun, Mutual, Cooperation, &["agreement*"]),
    c(Any, Noun, Mutual, Cooperation, &["accord"]),
    c(Any, Noun, Mutual, Cooperation, &["accords"]),
    c(En, Noun, Mutual, Cooperation, &["deal"]),
    c(En, Noun, Mutual, Cooperation, &["deals"]),
    c(En, Noun, Mutual, Cooperation, &["memorand*"]),
    c(Fr, Noun, Mutual, Cooperation, &["memorandum*"]),
    c(En, Noun, Mutual, Alliance, &["treaty"]),
    c(En, Noun, Mutual, Alliance, &["treaties"]),
    c(Fr, Noun, Mutual, Alliance, &["traite"]),
    c(Fr, Noun, Mutual, Alliance, &["traites"]),
    c(Any, Noun, Mutual, Cooperation, &["convention"]),
    c(Any, Noun, Mutual, Cooperation, &["protocol*"]),
    c(En, Noun, Mutual, Cooperation, &["framework"]),
    c(En, Noun, Mutual, Cooperation, &["arrangement*"]),
    c(Fr, Noun, Mutual, Cooperation, &["coentreprise*"]),
    c(Any, Noun, Mutual, Cooperation, &["coproduction"]),
    c(En, Noun, Mutual, Cooperation, &["joint"]),
    c(En, Verb, Mutual, Cooperation, &["jointly"]),
    c(Fr, Noun, Mutual, Cooperation, &["conjoint*"]),
    c(Fr, Noun, Mutual, Cooperation, &["projet*", "conjoint*"]),
    c(En, Noun, Mutual, Cooperation, &["joint", "venture*"]),
    c(En, Verb, Mutual, Cooperation, &["signed"]),
    c(En, Verb, Mutual, Cooperation, &["set", "up"]),
    c(En, Verb, Mutual, Cooperation, &["founded"]),
    c(En, Verb, Mutual, Cooperation, &["formed"]),
    c(Fr, Verb, Mutual, Cooperation, &["signe"]),
    c(Fr, Verb, Mutual, Cooperation, &["signent"]),
    c(Fr, Verb, Mutual, Cooperation, &["signer"]),
    c(Fr, Verb, Mutual, Cooperation, &["signera"]),
    c(Fr, Verb, Mutual, Cooperation, &["signeront"]),
    c(Fr, Verb, Mutual, Cooperation, &["signeraient"]),
    c(Any, Either, Into, Cooperation, &["invest"]),
    c(En, Verb, Into, Cooperation, &["invested"]),
    c(En, Verb, Into, Cooperation, &["invests"]),
    c(En, Noun, Into, Cooperation, &["investment*"]),
    c(Fr, Noun, Into, Cooperation, &["investissement*"]),
    c(Fr, Verb, Into, Cooperation, &["investi"]),
    c(Fr, Verb, Into, Cooperation, &["investir"]),
    c(Fr, Verb, Into, Cooperation, &["investit"]),
    c(Fr, Verb, Into, Cooperation, &["investissent"]),
    // Dialogue.
    c(Any, Noun, Mutual, Dialogue, &["dialog*"]),
    c(En, Either, Mutual, Dialogue, &["talks"]),
    c(En, Either, Mutual, Dialogue, &["talk"]),
    c(En, Verb, Mutual, Dialogue, &["talked"]),
    c(En, Verb, Mutual, Dialogue, &["talking"]),
    c(En, Noun, Mutual, Dialogue, &["summit*"]),
    c(Fr, Noun, Mutual, Dialogue, &["sommet*"]),
    c(En, Verb, Mutual, Dialogue, &["met"]),
    c(En, Verb, Mutual, Dialogue, &["meet"]),
    c(En, Verb, Mutual, Dialogue, &["meets"]),
    c(En, Noun, Mutual, Dialogue, &["meeting*"]),
    c(En, Noun, Mutual, Dialogue, &["negotiation*"]),
    c(En, Verb, Mutual, Dialogue, &["negotiate"]),
    c(En, Verb, Mutual, Dialogue, &["negotiated"]),
    c(En, Verb, Mutual, Dialogue, &["negotiates"]),
    c(En, Verb, Mutual, Dialogue, &["negotiating"]),
    c(En, Noun, Mutual, Dialogue, &["consultation*"]),
    c(En, Noun, Mutual, Dialogue, &["discussion*"]),
    c(En, Verb, Mutual, Dialogue, &["discuss*"]),
    c(En, Noun, Mutual, Dialogue, &["phone", "call*"]),
    c(En, Noun, Mutual, Dialogue, &["phone"]),
    c(En, Verb, Mutual, Dialogue, &["spoke", "with"]),
    c(En, Verb, Mutual, Dialogue, &["speak", "with"]),
    c(En, Either, Visit, Dialogue, &["visit"]),
    c(En, Verb, Visit, Dialogue, &["visited"]),
    c(En, Either, Visit, Dialogue, &["visits"]),
    c(En, Verb, Host, Dialogue, &["host"]),
    c(En, Verb, Host, Dialogue, &["hosts"]),
    c(En, Verb, Host, Dialogue, &["hosted"]),
    c(En, Verb, Host, Dialogue, &["hosting"]),
    c(En, Verb, Host, Dialogue, &["received"]),
    c(En, Verb, Host, Dialogue, &["receives"]),
    c(En, Noun, Mediate, Dialogue, &["mediation*"]),
    c(En, Verb, Mediate, Dialogue, &["mediate"]),
    c(En, Verb, Mediate, Dialogue, &["mediated"]),
    c(En, Verb, Mediate, Dialogue, &["mediates"]),
    c(En, Verb, Mediate, Dialogue, &["mediating"]),
    c(En, Noun, Mediate, Dialogue, &["mediator*"]),
    c(En, Verb, Mediate, Dialogue, &["shuttled"]),
    c(Fr, Noun, Mutual, Dialogue, &["pourparlers"]),
    c(Fr, Noun, Mutual, Dialogue, &["negociation*"]),
    c(Fr, Verb, Mutual, Dialogue, &["negocie*"]),
    c(Fr, Verb, Mutual, Dialogue, &["negocier"]),
    c(Fr, Verb, Mutual, Dialogue, &["negocient"]),
    c(Fr, Noun, Mutual, Dialogue, &["discussion*"]),
    c(Fr, Verb, Mutual, Dialogue, &["discut*"]),
    c(Fr, Noun, Mutual, Dialogue, &["reunion*"]),
    c(Fr, Verb, Mutual, Dialogue, &["reunis"]),
    c(Fr, Verb, Mutual, Dialogue, &["reunies"]),
    c(Fr, Either, Mutual, Dialogue, &["rencontr*"]),
    c(Fr, Noun, Mutual, Dialogue, &["entretien*"]),
    c(Fr, Verb, Mutual, Dialogue, &["entretenu*"]),
    c(Fr, Verb, Mutual, Dialogue, &["entretenir"]),
    c(Fr, Verb, Mutual, Dialogue, &["entretient"]),
    c(Fr, Noun, Mutual, Dialogue, &["consultation*"]),
    c(Fr, Verb, Mutual, Dialogue, &["telephon*"]),
    c(Fr, Either, Visit, Dialogue, &["visite*"]),
    c(Fr, Verb, Visit, Dialogue, &["rendu"]),
    c(Fr, Verb, Visit, Dialogue, &["rendue"]),
    c(Fr, Verb, Host, Dialogue, &["recu"]),
    c(Fr, Verb, Host, Dialogue, &["recoit"]),
    c(Fr, Verb, Host, Dialogue, &["recevra"]),
    c(Fr, Verb, Host, Dialogue, &["accueill*"]),
    c(Fr, Noun, Mediate, Dialogue, &["mediation*"]),
    c(Fr, Noun, Mediate, Dialogue, &["egide"]),
    c(En, Noun, Mediate, Dialogue, &["auspices"]),
    c(Fr, Noun, Mediate, Dialogue, &["mediateur*"]),
    // Rapprochement.
    c(Any, Noun, Mutual, Rapprochement, &["rapprochement*"]),
    c(Fr, Verb, Mutual, Rapprochement, &["rapproch*"]),
    c(Any, Noun, Mutual, Rapprochement, &["normalisation"]),
    c(Any, Verb, Mutual, Rapprochement, &["normalis*"]),
    c(En, Either, Mutual, Rapprochement, &["normaliz*"]),
    c(Any, Noun, Mutual, Rapprochement, &["detente"]),
    c(En, Noun, Mutual, Rapprochement, &["thaw"]),
    c(Fr, Noun, Mutual, Rapprochement, &["degel"]),
    c(Any, Either, Mutual, Rapprochement, &["reconcil*"]),
    c(Any, Noun, Ties, Rapprochement, &["relations"]),
    c(En, Noun, Ties, Rapprochement, &["ties"]),
    c(Fr, Noun, Ties, Rapprochement, &["liens"]),
    // Tension.
    c(Any, Noun, Act, Tension, &["tension*"]),
    c(En, Noun, Act, Tension, &["conflict*"]),
    c(Fr, Noun, Act, Tension, &["conflit*"]),
    c(En, Noun, Act, Tension, &["war"]),
    c(En, Noun, Act, Tension, &["wars"]),
    c(Fr, Noun, Act, Tension, &["guerre*"]),
    c(En, Noun, Act, Tension, &["crisis"]),
    c(Fr, Noun, Act, Tension, &["crise"]),
    c(Fr, Noun, Act, Tension, &["crises"]),
    c(En, Either, Act, Tension, &["dispute"]),
    c(En, Noun, Act, Tension, &["disputes"]),
    c(Fr, Noun, Act, Tension, &["differend*"]),
    c(Fr, Noun, Act, Tension, &["litige*"]),
    c(Any, Either, Act, Tension, &["clash*"]),
    c(En, Noun, Act, Tension, &["confrontation*"]),
    c(Fr, Noun, Act, Tension, &["affrontement*"]),
    c(Fr, Verb, Act, Tension, &["affront*"]),
    c(Fr, Noun, Act, Tension, &["accrochage*"]),
    c(En, Noun, Act, Tension, &["rivalry"]),
    c(Any, Noun, Act, Tension, &["collision*"]),
    c(En, Verb, Act, Tension, &["intercept*"]),
    c(Fr, Verb, Act, Tension, &["intercept*"]),
    c(Any, Noun, Act, Tension, &["destruction"]),
    c(En, Verb, Act, Tension, &["destroyed"]),
    c(Fr, Verb, Act, Tension, &["detruit*"]),
    c(Fr, Noun, Act, Tension, &["rivalite*"]),
    c(En, Noun, Act, Tension, &["quarrel*"]),
    c(Fr, Noun, Act, Tension, &["querelle*"]),
    c(Fr, Noun, Act, Tension, &["brouille"]),
    c(Any, Noun, Act, Tension, &["hostilit*"]),
    c(En, Noun, Act, Tension, &["fighting"]),
    c(En, Verb, Act, Tension, &["fight"]),
    c(En, Verb, Act, Tension, &["fought"]),
    c(En, Either, Act, Tension, &["attack"]),
    c(En, Either, Act, Tension, &["attacks"]),
    c(En, Verb, Act, Tension, &["attacked"]),
    c(Fr, Either, Act, Tension, &["attaque*"]),
    c(Fr, Verb, Act, Tension, &["attaqu*"]),
    c(En, Either, Act, Tension, &["strike"]),
    c(En, Either, Act, Tension, &["strikes"]),
    c(En, Verb, Act, Tension, &["struck"]),
    c(Fr, Either, Act, Tension, &["frappe*"]),
    c(Fr, Verb, Act, Tension, &["frapp*"]),
    c(En, Verb, Act, Tension, &["fire", "at"]),
    c(En, Verb, Act, Tension, &["fired"]),
    c(En, Verb, Act, Tension, &["shelled"]),
    c(En, Verb, Act, Tension, &["shelling"]),
    c(En, Verb, Act, Tension, &["bomb*"]),
    c(Fr, Either, Act, Tension, &["bombard*"]),
    c(Any, Noun, Act, Tension, &["offensive*"]),
    c(En, Verb, Act, Tension, &["invade*"]),
    c(En, Noun, Act, Tension, &["invasion*"]),
    c(Fr, Noun, Act, Tension, &["echange*", "de", "tirs"]),
    c(En, Noun, Act, Tension, &["exchange*", "of", "fire"]),
    c(Any, Either, Act, Tension, &["accus*"]),
    c(En, Either, Act, Tension, &["condemn*"]),
    c(Fr, Either, Act, Tension, &["condamn*"]),
    c(En, Verb, Act, Tension, &["denounce*"]),
    c(Fr, Verb, Act, Tension, &["denonc*"]),
    c(Fr, Verb, Act, Tension, &["reproch*"]),
    c(Fr, Verb, Act, Tension, &["contest*"]),
    c(En, Verb, Act, Tension, &["blame*"]),
    c(Any, Noun, Act, Tension, &["provocation*"]),
    c(Fr, Noun, Act, Tension, &["ingerence*"]),
    c(En, Noun, Act, Tension, &["interference"]),
    // Trade.
    c(En, Noun, Exchange, Trade, &["free", "trade"]),
    c(Fr, Noun, Exchange, Trade, &["libre", "echange"]),
    c(En, Either, Exchange, Trade, &["trade"]),
    c(En, Verb, Exchange, Trade, &["traded"]),
    c(En, Verb, Exchange, Trade, &["trading"]),
    c(Fr, Noun, Exchange, Trade, &["commerce"]),
    c(Fr, Noun, Exchange, Trade, &["echange*", "commerciaux"]),
    c(En, Either, Exchange, Trade, &["export"]),
    c(En, Either, Exchange, Trade, &["exports"]),
    c(En, Verb, Exchange, Trade, &["exported"]),
    c(En, Verb, Exchange, Trade, &["exporting"]),
    c(Fr, Noun, Exchange, Trade, &["exportation*"]),
    c(Fr, Verb, Exchange, Trade, &["exporte"]),
    c(Fr, Verb, Exchange, Trade, &["exportent"]),
    c(Fr, Verb, Exchange, Trade, &["exporter"]),
    c(Fr, Verb, Exchange, Trade, &["exportait"]),
    c(Fr, Verb, Exchange, Trade, &["exportaient"]),
    c(En, Either, Exchange, Trade, &["import"]),
    c(En, Either, Exchange, Trade, &["imports"]),
    c(En, Verb, Exchange, Trade, &["imported"]),
    c(En, Verb, Exchange, Trade, &["importing"]),
    c(Fr, Noun, Exchange, Trade, &["importation*"]),
    c(Fr, Verb, Exchange, Trade, &["importe"]),
    c(Fr, Verb, Exchange, Trade, &["importent"]),
    c(Fr, Verb, Exchange, Trade, &["importer"]),
    c(Fr, Verb, Exchange, Trade, &["importait"]),
    c(Fr, Verb, Exchange, Trade, &["importaient"]),
    c(En, Noun, Exchange, Trade, &["tariff*"]),
    c(Fr, Noun, Exchange, Trade, &["tarif*"]),
    c(En, Noun, Exchange, Trade, &["duty"]),
    c(En, Noun, Exchange, Trade, &["duties"]),
    c(En, Noun, Exchange, Trade, &["customs", "union"]),
    c(Fr, Noun, Exchange, Trade, &["droit*", "de", "douane"]),
    c(Fr, Noun, Exchange, Trade, &["union", "douaniere"]),
    c(En, Verb, Exchange, Trade, &["buy"]),
    c(En, Verb, Exchange, Trade, &["buys"]),
    c(En, Verb, Exchange, Trade, &["bought"]),
    c(En, Verb, Exchange, Trade, &["buying"]),
    c(En, Either, Exchange, Trade, &["purchas*"]),
    c(En, Verb, Exchange, Trade, &["sell"]),
    c(En, Verb, Exchange, Trade, &["sells"]),
    c(En, Verb, Exchange, Trade, &["sold"]),
    c(En, Verb, Exchange, Trade, &["selling"]),
    c(En, Noun, Exchange, Trade, &["sale"]),
    c(En, Noun, Exchange, Trade, &["sales"]),
    c(En, Noun, Exchange, Trade, &["contract*"]),
    c(En, Noun, Exchange, Trade, &["supplier*"]),
    c(En, Noun, Exchange, Trade, &["customer*"]),
    c(Fr, Noun, Exchange, Trade, &["achat*"]),
    c(Fr, Verb, Exchange, Trade, &["achet*"]),
    c(Fr, Verb, Exchange, Trade, &["achete*"]),
    c(Fr, Noun, Exchange, Trade, &["vente*"]),
    c(Fr, Verb, Exchange, Trade, &["vend"]),
    c(Fr, Verb, Exchange, Trade, &["vendent"]),
    c(Fr, Verb, Exchange, Trade, &["vendre"]),
    c(Fr, Verb, Exchange, Trade, &["vendu*"]),
    c(Fr, Verb, Exchange, Trade, &["vendait"]),
    c(Fr, Noun, Exchange, Trade, &["contrat*"]),
    c(Fr, Noun, Exchange, Trade, &["fournisseur*"]),
    c(Fr, Noun, Exchange, Trade, &["client"]),
    c(Fr, Noun, Exchange, Trade, &["clients"]),
];

/// Words that give a mutual noun cue another kind when they modify it: a trade
/// agreement, a defence pact, a free-trade zone.
pub fn kind_modifier(word: &str) -> Option<RelationKind> {
    match word {
        "trade" | "commercial" | "commerciale" | "commerciaux" | "commerciales" | "libre"
        | "supply" | "fourniture" | "customs" | "douanier" | "douaniere" | "quota" | "tariff"
        | "economic" | "economique" => Some(Trade),
        "defence" | "defense" | "security" | "mutual" | "military" | "mutuelle" | "militaire"
        | "securite" => Some(Alliance),
        _ => None,
    }
}

/// What a verb governing `relations` / `ties` makes of them.
pub fn ties_kind(verb: &str) -> Option<RelationKind> {
    const UP: &[&str] = &[
        "restor",
        "normal",
        "resum",
        "reopen",
        "re-establish",
        "reestablish",
        "upgrad",
        "improv",
        "mend",
        "rebuil",
        "retabl",
        "renou",
        "reprend",
        "repris",
        "amelior",
        "deepen",
        "approfond",
        "strengthen",
        "renforc",
    ];
    const DOWN: &[&str] = &[
        "broke", "break", "sever", "cut", "suspend", "rompu", "rompre", "romp", "gel", "froze",
        "downgrad", "sour", "strain", "deterior", "degrad",
    ];
    if UP.iter().any(|s| verb.starts_with(s)) {
        Some(Rapprochement)
    } else if DOWN.iter().any(|s| verb.starts_with(s)) {
        Some(Tension)
    } else {
        None
    }
}

pub fn matches(pattern: &str, word: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(stem) => word.starts_with(stem),
        None => word == pattern,
    }
}

/// Lexicon entries by the first two letters of their first word: a word is only
/// compared with the few entries that can match it. Every first pattern word starts
/// with two ASCII letters (checked by a test).
pub fn candidates(word: &str) -> &'static [usize] {
    static TABLE: LazyLock<Vec<Vec<usize>>> = LazyLock::new(|| {
        let mut table = vec![Vec::new(); 26 * 26];
        for (k, c) in LEXICON.iter().enumerate() {
            if let Some(slot) = slot(c.pattern[0]) {
                table[slot].push(k);
            }
        }
        table
    });
    slot(word).map_or(&[], |i| TABLE[i].as_slice())
}

fn slot(word: &str) -> Option<usize> {
    match word.as_bytes() {
        [a @ b'a'..=b'z', b @ b'a'..=b'z', ..] => {
            Some((a - b'a') as usize * 26 + (b - b'a') as usize)
        }
        _ => None,
    }
}

/// The longest entry for a text in French (or not) whose pattern matches the words
/// `word(0)`, `word(1)`… (`None` past the last word): its index and length in words.
pub fn find<'a>(french: bool, word: impl Fn(usize) -> Option<&'a str>) -> Option<(usize, usize)> {
    let first = word(0)?;
    candidates(first)
        .iter()
        .map(|&k| (k, &LEXICON[k]))
        .filter(|(_, c)| match c.lang {
            Lang::Any => true,
            Lang::En => !french,
            Lang::Fr => french,
        })
        .filter(|(_, c)| {
            c.pattern
                .iter()
                .enumerate()
                .all(|(j, p)| word(j).is_some_and(|w| matches(p, w)))
        })
        .max_by_key(|(k, c)| (c.pattern.len(), std::cmp::Reverse(*k)))
        .map(|(k, c)| (k, c.pattern.len()))
}

#[cfg(test)]
#[path = "cues_tests.rs"]
mod tests;
