//! Large generated articles for benchmarks and the hand measurements of
//! `docs/performance.md`: real sentences (the seed and the fixture articles) shuffled
//! into thousands of sections, deterministically.

use crate::model::{Briefing, Section};

const SOURCES: [&str; 2] = [
    include_str!("../../tests/fixtures/articles/seed.fr.txt"),
    include_str!("../../tests/fixtures/articles/sahel.en.txt"),
];

/// A small deterministic generator (xorshift64*): the same article on every run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % n.max(1)
    }
}

/// Sentences and headings of the source articles.
fn pieces() -> (Vec<&'static str>, Vec<&'static str>) {
    let mut sentences = Vec::new();
    let mut headings = Vec::new();
    for line in SOURCES.iter().flat_map(|s| s.lines()).map(str::trim) {
        if line.is_empty() {
            continue;
        }
        if !line.ends_with(['.', '”', '"']) {
            headings.push(line);
            continue;
        }
        // Split after ". " followed by a capital: good enough for these texts.
        let mut start = 0;
        let bytes = line.as_bytes();
        for (i, _) in line.match_indices(". ") {
            if bytes.get(i + 2).is_some_and(u8::is_ascii_uppercase) {
                sentences.push(&line[start..=i]);
                start = i + 2;
            }
        }
        sentences.push(&line[start..]);
    }
    (sentences, headings)
}

/// A plain-text article of about `bytes` bytes: a lead paragraph, then sections of a
/// heading line and one to four paragraphs of two to six sentences each.
pub fn article(bytes: usize) -> String {
    let (sentences, headings) = pieces();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut out = String::with_capacity(bytes + 4096);
    let mut section = 0;
    while out.len() < bytes {
        if section > 0 {
            out.push_str(headings[rng.below(headings.len())]);
            out.push_str(&format!(" {section}\n"));
        }
        for _ in 0..1 + rng.below(4) {
            for s in 0..2 + rng.below(5) {
                if s > 0 {
                    out.push(' ');
                }
                out.push_str(sentences[rng.below(sentences.len())]);
            }
            out.push('\n');
        }
        section += 1;
    }
    out
}

/// `article(bytes)` as a briefing, split the way the plain-text loader splits it
/// (without loading, so a benchmark measures indexing alone).
pub fn briefing(bytes: usize) -> Briefing {
    let text = article(bytes);
    let mut sections = vec![Section {
        id: "introduction".into(),
        title: "Introduction".into(),
        body: Vec::new(),
    }];
    let mut lines = text.lines();
    if let Some(lead) = lines.next() {
        sections[0].body.push(lead.to_string());
    }
    for line in lines {
        if line.ends_with(|c: char| c.is_ascii_digit()) {
            sections.push(Section {
                id: format!("s{}", sections.len()),
                title: line.to_string(),
                body: Vec::new(),
            });
        } else if let Some(s) = sections.last_mut() {
            s.body.push(line.to_string());
        }
    }
    Briefing {
        title: "Generated briefing".into(),
        date: None,
        source: None,
        language: "fr".into(),
        summary: None,
        sections,
        entities: Vec::new(),
        relations: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn generates_the_size_asked_in_many_sections() {
        let b = super::briefing(200_000);
        let size: usize = b
            .sections
            .iter()
            .flat_map(|s| &s.body)
            .map(String::len)
            .sum();
        assert!((190_000..220_000).contains(&size), "{size}");
        assert!(b.sections.len() > 50, "{}", b.sections.len());
        assert_eq!(super::article(10_000), super::article(10_000));
    }
}
