//! Synthetic articles for benchmarks: real-looking news sentences in English and
//! French, laid out in the seed's plain-text shape (a lead, then heading lines each
//! followed by paragraphs), deterministic for a given size and seed so figures repeat.
//!
//! Development only, so not in the shipped crate: the benchmarks and examples include
//! it with `#[path = "generate.rs"] mod generate;`; tests/it/generate.rs tests it.

/// Sentences in the register of the articles brief reads. `{A}`/`{B}` are replaced by
/// actors so the text names many countries, capitals, leaders and organisations.
const SENTENCES: &[&str] = &[
    "The talks in {CAP} focused on energy cooperation between {A} and {B}, officials said on Tuesday.",
    "{A} announced new sanctions against {B} after months of rising tension over the border.",
    "According to the foreign ministry, trade between {A} and {B} grew by 3.5 per cent last year.",
    "Analysts in {CAP} expect the summit to produce a joint declaration on regional security.",
    "The agreement opens the way to joint projects in natural gas, transport and industry.",
    "Critics warned that the deal could deepen {A}'s dependence on its larger neighbour.",
    "{A} and {B} signed a strategic partnership covering defence, energy and investment.",
    "Humanitarian aid from {A} reached the northern provinces of {B} despite the fighting.",
    "Le président de {A} a reçu à {CAP} son homologue de {B} pour des entretiens sur l’énergie.",
    "Les sanctions imposées par {A} contre {B} pèsent sur les exportations de pétrole.",
    "Selon le ministère des Affaires étrangères, le dialogue entre {A} et {B} reste actif.",
    "Cette coopération, centrée sur la sécurité régionale, ne semble pas affecter les échanges.",
    "Le rapprochement entre {A} et {B} inquiète plusieurs capitales de la région.",
    "Les deux dirigeants ont évoqué des projets conjoints dans le domaine du gaz naturel.",
    "Des tensions persistent à la frontière, où des incidents ont été signalés la semaine dernière.",
    "Le commerce bilatéral a progressé de 12 % en un an, selon les chiffres officiels.",
];

const ACTORS: &[(&str, &str)] = &[
    ("Russia", "Moscow"),
    ("Kazakhstan", "Astana"),
    ("Uzbekistan", "Tashkent"),
    ("Syria", "Damascus"),
    ("the United States", "Washington"),
    ("China", "Beijing"),
    ("Turkey", "Ankara"),
    ("Iran", "Tehran"),
    ("la France", "Paris"),
    ("l’Allemagne", "Berlin"),
    ("le Japon", "Tokyo"),
    ("l’Inde", "New Delhi"),
    ("Brazil", "Brasília"),
    ("Nigeria", "Abuja"),
    ("Egypt", "Cairo"),
    ("Armenia", "Yerevan"),
];

const HEADINGS: &[&str] = &[
    "Energy cooperation in the region",
    "Sanctions and their consequences",
    "Une alliance à dimension stratégique",
    "Trade flows under pressure",
    "Équilibre diplomatique entre les puissances",
    "Humanitarian aid and reconstruction",
    "Maintien du dialogue régional",
    "Border tensions",
];

/// A small deterministic generator (xorshift64*): benchmarks need repeatable text,
/// not statistical quality.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[(self.next() % items.len() as u64) as usize]
    }
}

/// A plain-text article of about `bytes` bytes (at least one section), with a section
/// every few paragraphs, so 20 MB gives thousands of sections.
pub fn article(bytes: usize, seed: u64) -> String {
    let mut rng = Rng(seed | 1);
    let mut out = String::with_capacity(bytes + 1024);
    out.push_str(&paragraph(&mut rng, 3));
    out.push('\n');
    let mut section = 0usize;
    while out.len() < bytes {
        section += 1;
        out.push_str(&format!("{} {section}\n", rng.pick(HEADINGS)));
        let paragraphs = 1 + (rng.next() % 3) as usize;
        for _ in 0..paragraphs {
            let sentences = 3 + (rng.next() % 4) as usize;
            out.push_str(&paragraph(&mut rng, sentences));
            out.push('\n');
        }
    }
    out
}

fn paragraph(rng: &mut Rng, sentences: usize) -> String {
    let mut text = String::new();
    for i in 0..sentences {
        let (a, cap) = rng.pick(ACTORS);
        let (mut b, _) = rng.pick(ACTORS);
        if b == a {
            b = ACTORS[0].0;
        }
        if i > 0 {
            text.push(' ');
        }
        let sentence = rng
            .pick(SENTENCES)
            .replace("{A}", a)
            .replace("{B}", b)
            .replace("{CAP}", cap);
        text.push_str(&sentence);
    }
    text
}
