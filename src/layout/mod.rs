//! The article laid out for reading: a list of blocks (headings, paragraphs, skim
//! leads), each wrapped on demand at the pane's width into byte ranges of its text.
//! Pure, no terminal: the reader's `update` asks for the lines it is about to show and
//! the view reads them.
//!
//! Wrapping is lazy and per block, so the first frame of a 20 MB article wraps only the
//! paragraphs on screen, and a keystroke costs the same on any article. A position is
//! a (block, line) pair; an [`Anchor`] (section, part, byte) survives re-wrapping.

mod spans;
mod wrap;

use std::ops::Range;
use std::sync::Arc;

use crate::model::{Analysis, Briefing, Doc, Part};

pub(crate) use spans::Seg;
pub(crate) use wrap::wrap;

/// Columns the reader puts before each line of a skim-mode entity list (`→ `).
const ENTITIES_INDENT: usize = 2;

/// What a block shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BlockKind {
    /// A section title.
    Heading,
    /// A paragraph of the body.
    Para,
    /// The first sentence of a section's first paragraph (skim mode).
    Lead,
    /// The entities a section mentions, as a synthesised line (skim mode); the value
    /// indexes the layout's skim lines.
    Entities(u32),
}

/// One wrappable unit: a byte range of one string of one section. A paragraph longer
/// than a window (`text::WINDOW_BYTES`) is several blocks, cut where sentences start,
/// so that showing any part of it wraps at most a window or two: wrapping a paragraph
/// of 20 MB whole held twenty times its size and took seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Block {
    pub(crate) section: u32,
    pub(crate) part: Part,
    pub(crate) start: u32,
    pub(crate) end: u32,
    pub(crate) kind: BlockKind,
    /// The paragraph goes on in the next block: no blank line after this one.
    continued: bool,
}

/// A line of the layout: line `line` of block `block`. Each block but a `continued` one
/// ends with one blank line (its index equals the block's wrapped line count), which
/// separates paragraphs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Pos {
    pub(crate) block: usize,
    pub(crate) line: usize,
}

/// A place in the text that outlives a layout: keeps the reading position on resize
/// and mode changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Anchor {
    pub(crate) section: u32,
    pub(crate) part: Part,
    pub(crate) byte: u32,
}

/// A synthesised skim line: entity names separated by dots, with their ranges.
#[derive(Debug, Clone, Default)]
struct SkimLine {
    text: String,
    marks: Vec<(Range<u32>, u32)>,
}

/// The article at one width, in normal or skim mode.
#[derive(Debug, Clone)]
pub struct Layout {
    doc: Arc<Doc>,
    width: usize,
    skim: bool,
    blocks: Vec<Block>,
    /// Bytes of text before each block, for the percentage read.
    before: Vec<u64>,
    total: u64,
    wrapped: Vec<Option<Box<[Range<u32>]>>>,
    /// The mentions inside each block (a range of `Analysis::mentions`), found with
    /// the block's first wrap: a frame then reads a few neighbouring mentions instead
    /// of searching hundreds of thousands per line.
    mentions: Vec<Option<Range<usize>>>,
    skim_lines: Vec<SkimLine>,
}

impl Layout {
    pub(crate) fn new(doc: Arc<Doc>, width: usize, skim: bool) -> Layout {
        // A heading and a block per paragraph, in the usual case: sized once (the first
        // frame of a 20 MB article builds ninety thousand of them).
        let sections = &doc.briefing.sections;
        let mut blocks = Vec::with_capacity(sections.iter().map(|s| 1 + s.body.len()).sum());
        let mut skim_lines = Vec::new();
        for (i, section) in doc.briefing.sections.iter().enumerate() {
            let s = i as u32;
            let title = (s, Part::Title, section.title.as_str());
            push_windows(&mut blocks, title, section.title.len(), BlockKind::Heading);
            if skim {
                if let Some(first) = section.body.first() {
                    let lead = lead_end(first) as usize;
                    push_windows(
                        &mut blocks,
                        (s, Part::Para(0), first),
                        lead,
                        BlockKind::Lead,
                    );
                }
                let line = skim_line(&doc.analysis, s);
                if !line.text.is_empty() {
                    blocks.push(Block {
                        section: s,
                        part: Part::Title,
                        start: 0,
                        end: len32(&line.text),
                        kind: BlockKind::Entities(skim_lines.len() as u32),
                        continued: false,
                    });
                    skim_lines.push(line);
                }
            } else {
                for (j, para) in section.body.iter().enumerate() {
                    let part = (s, Part::Para(j as u32), para.as_str());
                    push_windows(&mut blocks, part, para.len(), BlockKind::Para);
                }
            }
        }
        let mut before = Vec::with_capacity(blocks.len());
        let mut total = 0u64;
        for b in &blocks {
            before.push(total);
            total += u64::from(b.end.saturating_sub(b.start));
        }
        let wrapped = vec![None; blocks.len()];
        let mentions = vec![None; blocks.len()];
        Layout {
            doc,
            width: width.max(1),
            skim,
            blocks,
            before,
            total,
            wrapped,
            mentions,
            skim_lines,
        }
    }

    pub(crate) fn doc(&self) -> &Arc<Doc> {
        &self.doc
    }

    /// The same briefing, now with its analysis: the marks are looked up again. The
    /// lines stay wrapped (the text did not change), except in skim mode, whose blocks
    /// list each section's entities: that layout is built anew.
    pub(crate) fn set_doc(&mut self, doc: Arc<Doc>) {
        if self.skim {
            *self = Layout::new(doc, self.width, true);
            return;
        }
        self.doc = doc;
        self.mentions.iter_mut().for_each(|m| *m = None);
    }

    /// Another text (the whole of an article shown from its start), already laid out
    /// elsewhere: it takes this layout's place, width and mode.
    pub(crate) fn replace(&mut self, mut other: Layout) {
        if other.skim != self.skim {
            other = Layout::new(other.doc, self.width, self.skim);
        } else {
            other.set_width(self.width);
        }
        *self = other;
    }

    pub(crate) fn width(&self) -> usize {
        self.width
    }

    pub(crate) fn skim(&self) -> bool {
        self.skim
    }

    pub(crate) fn blocks(&self) -> &[Block] {
        &self.blocks
    }

    /// Change the wrapping width; forgets the wrapped lines when it differs.
    pub(crate) fn set_width(&mut self, width: usize) {
        let width = width.max(1);
        if width != self.width {
            self.width = width;
            self.wrapped.iter_mut().for_each(|w| *w = None);
        }
    }

    /// The text a block is a range of.
    pub(crate) fn text(&self, block: &Block) -> &str {
        match block.kind {
            BlockKind::Entities(i) => self
                .skim_lines
                .get(i as usize)
                .map_or("", |l| l.text.as_str()),
            _ => part_text(&self.doc.briefing, block.section, block.part),
        }
    }

    /// Wrap block `i` if it is not yet; returns its line count, blank line included.
    pub(crate) fn ensure(&mut self, i: usize) -> usize {
        let Some(block) = self.blocks.get(i).copied() else {
            return 0;
        };
        if self.wrapped[i].is_none() {
            let text = self.text(&block);
            let slice = text
                .get(block.start as usize..block.end as usize)
                .unwrap_or("");
            // The reader draws `→ ` before an entity list (and indents its later lines
            // as much), so the list wraps that much narrower.
            let width = match block.kind {
                BlockKind::Entities(_) => self.width.saturating_sub(ENTITIES_INDENT).max(1),
                _ => self.width,
            };
            let lines: Box<[Range<u32>]> = wrap(slice, width)
                .into_iter()
                .map(|r| r.start + block.start..r.end + block.start)
                .collect();
            self.wrapped[i] = Some(lines);
        }
        if self.mentions[i].is_none() {
            let all = &self.doc.analysis.mentions;
            let key = |m: &crate::model::Mention| (m.loc.section, m.loc.part);
            let first = all.partition_point(|m| key(m) < (block.section, block.part));
            let last =
                first + all[first..].partition_point(|m| key(m) <= (block.section, block.part));
            self.mentions[i] = Some(first..last);
        }
        let blank = usize::from(!block.continued);
        self.wrapped[i].as_ref().map_or(0, |l| l.len() + blank)
    }

    /// The wrapped lines of block `i`, if `ensure` has wrapped it at this width.
    pub(crate) fn lines(&self, i: usize) -> Option<&[Range<u32>]> {
        self.wrapped.get(i).and_then(|w| w.as_deref())
    }

    /// The byte range shown on line `pos`; `None` for a blank line or a block not yet
    /// wrapped.
    pub(crate) fn line_range(&self, pos: Pos) -> Option<Range<u32>> {
        self.lines(pos.block)?.get(pos.line).cloned()
    }

    /// The line after `pos`, wrapping the next block if needed.
    pub(crate) fn next(&mut self, pos: Pos) -> Option<Pos> {
        let count = self.ensure(pos.block);
        if pos.line + 1 < count {
            Some(Pos {
                block: pos.block,
                line: pos.line + 1,
            })
        } else if pos.block + 1 < self.blocks.len() {
            self.ensure(pos.block + 1);
            Some(Pos {
                block: pos.block + 1,
                line: 0,
            })
        } else {
            None
        }
    }

    /// The line before `pos`.
    fn prev(&mut self, pos: Pos) -> Option<Pos> {
        if pos.line > 0 {
            self.ensure(pos.block);
            Some(Pos {
                block: pos.block,
                line: pos.line - 1,
            })
        } else if pos.block > 0 {
            let count = self.ensure(pos.block - 1);
            Some(Pos {
                block: pos.block - 1,
                line: count.saturating_sub(1),
            })
        } else {
            None
        }
    }

    /// `n` lines further, stopping at the last line.
    pub(crate) fn advance(&mut self, pos: Pos, n: usize) -> Pos {
        self.walk(pos, n, Self::next)
    }

    /// `n` lines back, stopping at the first line.
    pub(crate) fn retreat(&mut self, pos: Pos, n: usize) -> Pos {
        self.walk(pos, n, Self::prev)
    }

    /// `n` steps of `step` from `pos`, stopping where it has nowhere to go.
    fn walk(&mut self, mut pos: Pos, n: usize, step: fn(&mut Self, Pos) -> Option<Pos>) -> Pos {
        for _ in 0..n {
            match step(self, pos) {
                Some(p) => pos = p,
                None => break,
            }
        }
        pos
    }

    /// The last line of the article (the blank after the last block is not shown).
    pub(crate) fn last(&mut self) -> Pos {
        let Some(block) = self.blocks.len().checked_sub(1) else {
            return Pos::default();
        };
        let count = self.ensure(block);
        Pos {
            block,
            line: count.saturating_sub(2),
        }
    }

    /// The first block of `section` (its heading), or the end when out of range.
    pub fn section_start(&self, section: usize) -> Pos {
        let block = self
            .blocks
            .partition_point(|b| (b.section as usize) < section)
            .min(self.blocks.len().saturating_sub(1));
        Pos { block, line: 0 }
    }

    /// Where `pos` is in the text.
    pub(crate) fn anchor(&self, pos: Pos) -> Anchor {
        let Some(block) = self.blocks.get(pos.block) else {
            return Anchor {
                section: 0,
                part: Part::Title,
                byte: 0,
            };
        };
        let byte = match self.lines(pos.block).and_then(|l| l.get(pos.line)) {
            Some(r) => r.start,
            None => block.end,
        };
        let (part, byte) = match block.kind {
            // A synthesised line is no place in the text: anchor on its section.
            BlockKind::Entities(_) => (Part::Title, 0),
            _ => (block.part, byte),
        };
        Anchor {
            section: block.section,
            part,
            byte,
        }
    }

    /// The line holding `anchor`; in skim mode a place outside the shown blocks falls
    /// back to the nearest block before it.
    pub(crate) fn locate(&mut self, anchor: Anchor) -> Pos {
        let key = (anchor.section, anchor.part, anchor.byte);
        let after = self.blocks.partition_point(|b| {
            !matches!(b.kind, BlockKind::Entities(_)) && (b.section, b.part, b.start) <= key
                || matches!(b.kind, BlockKind::Entities(_)) && b.section < anchor.section
        });
        let block = after.saturating_sub(1);
        let Some(b) = self.blocks.get(block).copied() else {
            return Pos::default();
        };
        self.ensure(block);
        if (b.section, b.part) != (anchor.section, anchor.part) || anchor.byte > b.end {
            return Pos { block, line: 0 };
        }
        let lines = self.lines(block).unwrap_or(&[]);
        let line = lines
            .partition_point(|r| r.start <= anchor.byte)
            .saturating_sub(1);
        Pos { block, line }
    }

    /// The section line `pos` belongs to.
    pub(crate) fn section_of(&self, pos: Pos) -> usize {
        self.blocks.get(pos.block).map_or(0, |b| b.section as usize)
    }

    /// How much of the text lies up to the end of line `pos`, from 0.0 to 1.0.
    pub(crate) fn progress(&self, pos: Pos) -> f64 {
        let Some(block) = self.blocks.get(pos.block) else {
            return 1.0;
        };
        let within = match self.lines(pos.block).and_then(|l| l.get(pos.line)) {
            Some(r) => r.end.saturating_sub(block.start),
            None => block.end.saturating_sub(block.start),
        };
        if self.total == 0 {
            return 1.0;
        }
        (self.before[pos.block] + u64::from(within)) as f64 / self.total as f64
    }

    /// The styled pieces of line `pos`: entity marks, search matches (`matches`,
    /// sorted) and the highlighted sentence.
    pub(crate) fn segments(
        &self,
        pos: Pos,
        matches: &[crate::model::Loc],
        highlight: Option<crate::model::Loc>,
    ) -> Vec<Seg> {
        let (Some(block), Some(range)) = (self.blocks.get(pos.block), self.line_range(pos)) else {
            return Vec::new();
        };
        match block.kind {
            BlockKind::Entities(i) => {
                let marks = self
                    .skim_lines
                    .get(i as usize)
                    .map_or(&[][..], |l| l.marks.as_slice());
                spans::synthetic(range, marks)
            }
            _ => {
                let all = &self.doc.analysis.mentions;
                let near = self
                    .mentions
                    .get(pos.block)
                    .cloned()
                    .flatten()
                    .unwrap_or(0..0);
                spans::segments(
                    block.section,
                    block.part,
                    range,
                    (near.start, all.get(near).unwrap_or(&[])),
                    matches,
                    highlight,
                )
            }
        }
    }
}

/// The blocks of the first `len` bytes of `text` (string `part` of section `section`):
/// one, or one per sentence-aligned window when it is longer than a window.
fn push_windows(
    blocks: &mut Vec<Block>,
    (section, part, text): (u32, Part, &str),
    len: usize,
    kind: BlockKind,
) {
    let text = text.get(..len).unwrap_or(text);
    let first = blocks.len();
    for window in crate::text::windows(text, crate::text::WINDOW_BYTES) {
        blocks.push(Block {
            section,
            part,
            start: to32(window.start),
            end: to32(window.end),
            kind,
            continued: true,
        });
    }
    match blocks.get_mut(first..).and_then(<[Block]>::last_mut) {
        Some(last) => last.continued = false,
        // An empty string still takes its line (an empty title, as before).
        None => blocks.push(Block {
            section,
            part,
            start: 0,
            end: 0,
            kind,
            continued: false,
        }),
    }
}

/// The string of a section that `part` names ("" when out of range).
pub fn part_text(briefing: &Briefing, section: u32, part: Part) -> &str {
    briefing
        .sections
        .get(section as usize)
        .and_then(|s| s.part(part))
        .unwrap_or("")
}

/// Where the first sentence of `text` ends: the splitter's, so that skim mode shows
/// the sentence evidence and inference call sentence 0 (UAX #29, used here before,
/// ended it at `M.` of `M. Poutine`).
fn lead_end(text: &str) -> u32 {
    crate::text::first_sentence(text).map_or(0, |r| len32(&text[..r.end]))
}

fn skim_line(analysis: &Analysis, section: u32) -> SkimLine {
    let first = analysis
        .mentions
        .partition_point(|m| m.loc.section < section);
    let mut seen: Vec<u32> = Vec::new();
    for m in analysis.mentions[first..]
        .iter()
        .take_while(|m| m.loc.section == section)
    {
        if !seen.contains(&m.entity) {
            seen.push(m.entity);
        }
    }
    let mut line = SkimLine::default();
    for e in seen {
        let Some(entity) = analysis.entities.get(e as usize) else {
            continue;
        };
        if !line.text.is_empty() {
            line.text.push_str(" · ");
        }
        let start = len32(&line.text);
        line.text.push_str(&entity.name);
        line.marks.push((start..len32(&line.text), e));
    }
    line
}

fn len32(s: &str) -> u32 {
    to32(s.len())
}

fn to32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
pub(crate) mod tests;
