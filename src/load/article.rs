//! What the plain-text and Markdown loaders share: turning a title, a lead and headed
//! sections into a `Briefing` (section ids, language, a title when the text has none).
//! Ids are `text::slug`s, a derived title is `text::first_sentence`.

use std::path::Path;

use crate::model::{Briefing, Section};
use crate::text::{Ids, first_sentence, slug};

/// Longest title made from a lead sentence, in characters, before "…".
const MAX_DERIVED_TITLE: usize = 80;

/// How much text language detection reads.
const LANGUAGE_SAMPLE_BYTES: usize = 64 * 1024;

/// The id and title of the section made from the text before the first heading.
const LEAD_ID: &str = "introduction";
const LEAD_TITLE: &str = "Introduction";

/// An article as its loader read it, before ids and metadata are decided.
#[derive(Debug, Default)]
pub(crate) struct Article {
    pub(crate) title: Option<String>,
    pub(crate) lead: Vec<String>,
    /// Heading and paragraphs, in order.
    pub(crate) sections: Vec<(String, Vec<String>)>,
}

impl Article {
    /// Build the briefing. Sections without a paragraph are dropped (a heading directly
    /// followed by another has nothing to show); the title falls back to the lead's
    /// first sentence, then to the file name.
    pub(crate) fn into_briefing(self, path: &Path) -> Briefing {
        let mut parts: Vec<(String, Vec<String>)> = Vec::new();
        if !self.lead.is_empty() {
            parts.push((LEAD_TITLE.to_owned(), self.lead));
        }
        parts.extend(
            self.sections
                .into_iter()
                .filter(|(_, body)| !body.is_empty()),
        );
        // A title says something: a first line of `...` or `* * *` is a rule, not a
        // title (issue 12 item 8: it gave an empty title, which an import's YAML then
        // failed), so the first paragraph that yields words is taken instead.
        let says_something = |t: &String| t.chars().any(char::is_alphanumeric);
        let title = self
            .title
            .filter(says_something)
            .or_else(|| {
                parts
                    .iter()
                    .flat_map(|(_, body)| body)
                    .map(|p| title_from(p))
                    .find(says_something)
            })
            .unwrap_or_else(|| file_title(path));
        // The first few thousand words tell French from English as well as all would.
        let mut sample = title.clone();
        for text in parts
            .iter()
            .flat_map(|(t, body)| std::iter::once(t).chain(body))
        {
            let room = LANGUAGE_SAMPLE_BYTES.saturating_sub(sample.len());
            if room == 0 {
                break;
            }
            // At most what is left of the sample: one paragraph may be the whole file.
            let cut = (0..=room.min(text.len()))
                .rev()
                .find(|&i| text.is_char_boundary(i))
                .unwrap_or(0);
            sample.push(' ');
            sample.push_str(&text[..cut]);
        }
        let language = detect_language(&sample).to_owned();
        let mut ids = Ids::default();
        let sections = parts
            .into_iter()
            .enumerate()
            .map(|(i, (title, mut body))| {
                // Pushed one by one: without this a 20 MB article keeps ~1 MB of
                // spare paragraph slots for the whole session.
                body.shrink_to_fit();
                let base = if i == 0 && title == LEAD_TITLE {
                    LEAD_ID.to_owned()
                } else {
                    slug(&title, "section")
                };
                let id = ids.unique(base);
                Section { id, title, body }
            })
            .collect();
        Briefing {
            title,
            date: None,
            source: None,
            language,
            summary: None,
            sections,
            entities: Vec::new(),
            relations: Vec::new(),
        }
    }
}

const FRENCH: &[&str] = &[
    "le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "dans", "pour", "que", "qui",
    "sur", "avec", "au", "aux", "ne", "pas", "par", "son", "ses", "leur", "leurs", "cette", "ces",
    "entre", "mais", "ont", "sont", "été", "à",
];
const ENGLISH: &[&str] = &[
    "the", "and", "of", "to", "in", "is", "that", "for", "with", "on", "as", "by", "it", "was",
    "are", "from", "at", "this", "be", "its", "has", "have", "their", "which", "were", "an", "or",
    "not", "but", "between",
];

/// `fr` or `en`, by which language's common words the text uses more; `en` on a tie.
fn detect_language(text: &str) -> &'static str {
    let (mut fr, mut en) = (0usize, 0usize);
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        if word.is_empty() || word.len() > 8 {
            continue;
        }
        let word = word.to_lowercase();
        fr += usize::from(FRENCH.contains(&word.as_str()));
        en += usize::from(ENGLISH.contains(&word.as_str()));
    }
    if fr > en { "fr" } else { "en" }
}

/// A title from a paragraph: its first sentence without the final stop, cut at a word
/// boundary with "…" when longer than `MAX_DERIVED_TITLE` characters.
pub(crate) fn title_from(paragraph: &str) -> String {
    let sentence = first_sentence(paragraph).map_or("", |r| &paragraph[r]);
    let sentence = sentence.trim_end_matches(['.', ' ']);
    if sentence.chars().count() <= MAX_DERIVED_TITLE {
        return sentence.to_owned();
    }
    let mut cut = String::new();
    for word in sentence.split_whitespace() {
        let next = cut.chars().count() + word.chars().count() + usize::from(!cut.is_empty());
        if next > MAX_DERIVED_TITLE - 1 {
            break;
        }
        if !cut.is_empty() {
            cut.push(' ');
        }
        cut.push_str(word);
    }
    if cut.is_empty() {
        // One enormous word: cut it by characters.
        cut = sentence.chars().take(MAX_DERIVED_TITLE - 1).collect();
    }
    let cut = cut.trim_end_matches([',', ';', ':', ' ']);
    format!("{cut}…")
}

/// The file name as a title, for an article with no text to take one from.
fn file_title(path: &Path) -> String {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = stem.replace(['_', '-'], " ");
    let (title, _) = super::sanitize::sanitize_field(stem.trim(), true);
    if title.is_empty() {
        "Untitled".to_owned()
    } else {
        title
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_by_common_words() {
        assert_eq!(
            detect_language("Le président russe accueille à Moscou son homologue"),
            "fr"
        );
        assert_eq!(
            detect_language("The Russian president welcomes his counterpart in Moscow"),
            "en"
        );
        assert_eq!(detect_language(""), "en");
    }

    #[test]
    fn derived_titles() {
        assert_eq!(title_from("Short one. Then more."), "Short one");
        // The title is the splitter's first sentence (the loader's own cut at the first
        // stop made "M" of "M. Poutine…", "Mr" of "Mr. Smith…").
        assert_eq!(
            title_from("M. Poutine reçoit M. Tokaïev. La visite dure deux jours."),
            "M. Poutine reçoit M. Tokaïev"
        );
        assert_eq!(
            title_from("Mr. Smith went to Washington. Then he left."),
            "Mr. Smith went to Washington"
        );
        let long = "Le président russe Vladimir Poutine accueille à Moscou son homologue kazakh Kassym-Jomart Tokayev pour une série d’entretiens.";
        let t = title_from(long);
        assert!(t.ends_with('…'));
        assert!(t.chars().count() <= MAX_DERIVED_TITLE);
        assert!(long.starts_with(t.trim_end_matches('…')));
        assert_eq!(
            title_from(&"x".repeat(200)).chars().count(),
            MAX_DERIVED_TITLE
        );
    }

    #[test]
    fn empty_sections_are_dropped_and_title_falls_back() {
        let a = Article {
            title: None,
            lead: vec![],
            sections: vec![
                ("Empty".into(), vec![]),
                ("Full".into(), vec!["Text here.".into()]),
            ],
        };
        let b = a.into_briefing(Path::new("dir/my_article.txt"));
        assert_eq!(b.title, "Text here");
        assert_eq!(b.sections.len(), 1);
        assert_eq!(b.sections[0].id, "full");
        let b = Article::default().into_briefing(Path::new("dir/my_article.txt"));
        assert_eq!(b.title, "my article");
    }
}
