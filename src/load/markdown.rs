//! Markdown articles through pulldown-cmark: `#` is the title, `##` and `###` open
//! sections, text before the first of them is the lead; inline markup is reduced to
//! its text, lists and table rows become paragraphs, HTML is dropped.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::article::Article;

/// Read a Markdown article (already sanitised).
pub(crate) fn parse(text: &str) -> Article {
    let mut reader = Reader::default();
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    for event in Parser::new_ext(text, options) {
        reader.event(event);
    }
    reader.flush();
    reader.article
}

#[derive(Default)]
struct Reader {
    article: Article,
    /// Inline text of the block being read.
    buf: String,
    /// The level of the heading being read, if one is.
    heading: Option<HeadingLevel>,
    /// Inside a code block: keep line breaks, do not collapse spaces.
    code: bool,
    /// Inside front matter or a footnote definition: text that is not the article.
    hidden: usize,
}

impl Reader {
    fn event(&mut self, event: Event) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(t) | Event::Code(t) if self.hidden == 0 => self.buf.push_str(&t),
            Event::SoftBreak | Event::HardBreak => self.buf.push(' '),
            Event::Rule => self.flush(),
            // HTML, footnote markers, task boxes: not text a reader should see.
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag) {
        match tag {
            Tag::Heading { level, .. } => {
                self.flush();
                self.heading = Some(level);
            }
            Tag::CodeBlock(_) => {
                self.flush();
                self.code = true;
            }
            Tag::MetadataBlock(_) | Tag::FootnoteDefinition(_) => self.hidden += 1,
            Tag::TableCell if !self.buf.trim().is_empty() => self.buf.push_str(" · "),
            Tag::Item | Tag::List(_) | Tag::BlockQuote(_) | Tag::Paragraph | Tag::TableRow => {
                self.flush()
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(level) => {
                let text = collapse(std::mem::take(&mut self.buf));
                self.heading = None;
                self.heading_read(level, text);
            }
            TagEnd::CodeBlock => {
                self.flush();
                self.code = false;
            }
            TagEnd::MetadataBlock(_) | TagEnd::FootnoteDefinition => {
                self.hidden = self.hidden.saturating_sub(1);
                self.buf.clear();
            }
            TagEnd::Paragraph
            | TagEnd::Item
            | TagEnd::List(_)
            | TagEnd::BlockQuote(_)
            | TagEnd::TableRow
            | TagEnd::TableHead
            | TagEnd::DefinitionListTitle
            | TagEnd::DefinitionListDefinition => self.flush(),
            _ => {}
        }
    }

    fn heading_read(&mut self, level: HeadingLevel, text: String) {
        if text.is_empty() {
            return;
        }
        match level {
            HeadingLevel::H1 if self.article.title.is_none() => self.article.title = Some(text),
            HeadingLevel::H1 | HeadingLevel::H2 | HeadingLevel::H3 => {
                self.article.sections.push((text, Vec::new()))
            }
            // Deeper headings are too fine for the reader's section list: kept as text.
            _ => self.push_paragraph(text),
        }
    }

    /// The block read so far becomes a paragraph of the current section.
    fn flush(&mut self) {
        let raw = std::mem::take(&mut self.buf);
        let text = if self.code {
            raw.trim_end().to_owned()
        } else {
            collapse(raw)
        };
        if !text.trim().is_empty() && self.heading.is_none() {
            self.push_paragraph(text);
        }
    }

    fn push_paragraph(&mut self, text: String) {
        match self.article.sections.last_mut() {
            Some((_, body)) => body.push(text),
            None => self.article.lead.push(text),
        }
    }
}

/// `s` with each run of white space one space, none at either end. In place: a
/// Markdown file without blank lines is one paragraph of the whole file, and a list of
/// its words (16 bytes each) then a joined copy held four times its size.
fn collapse(s: String) -> String {
    let mut bytes = s.into_bytes();
    let (mut read, mut write) = (0, 0);
    let mut space = false;
    while let Some(&lead) = bytes.get(read) {
        // The char at `read`: its length from its lead byte (the bytes are UTF-8).
        let len = match lead.leading_ones() {
            0 => 1,
            n => n as usize,
        };
        let end = (read + len).min(bytes.len());
        let white = match lead {
            0..=0x7F => lead.is_ascii_whitespace() || lead == 0x0B,
            _ => std::str::from_utf8(&bytes[read..end])
                .ok()
                .and_then(|c| c.chars().next())
                .is_some_and(char::is_whitespace),
        };
        if white {
            space = write > 0;
        } else {
            // A run of white space is at least one byte: the text only shrinks.
            if space {
                bytes[write] = b' ';
                write += 1;
                space = false;
            }
            if len == 1 {
                bytes[write] = lead;
            } else {
                bytes.copy_within(read..end, write);
            }
            write += end - read;
        }
        read = end;
    }
    bytes.truncate(write);
    String::from_utf8(bytes).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn collapsing_in_place_is_splitting_and_joining(s in "[ a\t\n\u{b}\u{c}\r\u{85}\u{a0}\u{2003}\u{3000}é\u{1F600}-]{0,40}") {
            let words: Vec<&str> = s.split_whitespace().collect();
            proptest::prop_assert_eq!(collapse(s.clone()), words.join(" "));
        }
    }
    use std::path::Path;

    const DOC: &str = "\
---
title: front matter is not text
---

# The *real* title

Lead with a [link](http://x.org) and `code`
over two lines.

<div>html is dropped</div>

## First part

Text with ![an image](i.png) in it.

- item one
- item **two**
  - nested

### Sub part

> quoted words

#### Fine detail

```
let x = 1;
```

## Empty part
";

    #[test]
    fn structure_and_text() {
        let b = parse(DOC).into_briefing(Path::new("a.md"));
        assert_eq!(b.title, "The real title");
        let titles: Vec<_> = b.sections.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(titles, ["Introduction", "First part", "Sub part"]);
        assert_eq!(
            b.sections[0].body,
            ["Lead with a link and code over two lines."]
        );
        assert_eq!(
            b.sections[1].body,
            [
                "Text with an image in it.",
                "item one",
                "item two",
                "nested"
            ]
        );
        assert_eq!(
            b.sections[2].body,
            ["quoted words", "Fine detail", "let x = 1;"]
        );
        assert_eq!(b.sections[1].id, "first-part");
    }

    #[test]
    fn no_title_heading_takes_the_lead() {
        let b =
            parse("Just a lead. And more.\n\n## Part\n\nBody.\n").into_briefing(Path::new("x.md"));
        assert_eq!(b.title, "Just a lead");
        assert_eq!(b.sections.len(), 2);
    }

    #[test]
    fn tables_become_rows() {
        let b = parse("# T\n\n| a | b |\n|---|---|\n| 1 | 2 |\n").into_briefing(Path::new("x.md"));
        assert_eq!(b.sections[0].body, ["a · b", "1 · 2"]);
    }
}
