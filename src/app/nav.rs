//! Moving through the article: scrolling, section jumps and entity mentions (search
//! is `search`). Helpers of `update`; they touch only the lines they need.

use super::state::Reader;
use crate::layout::{Anchor, BlockKind};
use crate::model::Loc;

/// Scroll the reading pane by `delta` lines.
pub(crate) fn scroll(r: &mut Reader, delta: isize) {
    let n = delta.unsigned_abs();
    r.view.top = if delta >= 0 {
        r.layout.advance(r.view.top, n)
    } else {
        r.layout.retreat(r.view.top, n)
    };
}

/// Keep the last page full: the top line may not pass the line a page above the end,
/// except that the last section's heading may always reach the top (so a section jump
/// always shows its heading first, as on every other section).
pub(crate) fn clamp(r: &mut Reader) {
    let last = r.layout.last();
    let full_page = r.layout.retreat(last, r.view.height.saturating_sub(1));
    let sections = r.doc().briefing.sections.len();
    let last_heading = r.layout.section_start(sections.saturating_sub(1));
    let max_top = full_page.max(last_heading.min(last));
    if r.view.top > max_top {
        r.view.top = max_top;
    }
}

/// The rows on screen, and the read mark of each section whose end is among them.
pub(crate) fn fill_rows(r: &mut Reader) {
    r.view.rows.clear();
    let mut pos = Some(r.view.top);
    while let Some(p) = pos {
        if r.view.rows.len() >= r.view.height {
            break;
        }
        r.layout.ensure(p.block);
        r.view.rows.push(p);
        pos = r.layout.next(p);
    }
    let blocks = r.layout.blocks();
    for &p in &r.view.rows {
        let ends_section = blocks
            .get(p.block + 1)
            .is_none_or(|b| b.section != blocks[p.block].section);
        let lines = r.layout.lines(p.block).map_or(0, <[_]>::len);
        if ends_section && p.line + 1 >= lines {
            let s = blocks[p.block].section as usize;
            if let Some(mark) = r.sections.read.get_mut(s) {
                *mark = true;
            }
        }
    }
}

/// Per row shown: a mark (`Some(false)`) or a note (`Some(true)`) starts on it.
pub(crate) fn pinned_rows(r: &Reader) -> Vec<Option<bool>> {
    let Some(memo) = r.memo.as_ref() else {
        return Vec::new();
    };
    let blocks = r.layout.blocks();
    r.view
        .rows
        .iter()
        .map(|&p| {
            let b = blocks.get(p.block)?;
            if matches!(b.kind, BlockKind::Entities(_)) {
                return None;
            }
            let line = r.layout.line_range(p)?;
            let here = |loc: &Loc| {
                loc.section == b.section
                    && loc.part == b.part
                    && (line.contains(&loc.start) || loc.start == line.start)
            };
            let on: Vec<bool> = memo
                .starts
                .iter()
                .filter(|(l, _)| here(l))
                .map(|(_, n)| *n)
                .collect();
            (!on.is_empty()).then(|| on.contains(&true))
        })
        .collect()
}

/// Is the start of `loc` on a row shown?
pub(crate) fn loc_on_screen(r: &Reader, loc: Loc) -> bool {
    let blocks = r.layout.blocks();
    r.view.rows.iter().any(|&p| {
        blocks
            .get(p.block)
            .is_some_and(|b| b.section == loc.section && b.part == loc.part)
            && r.layout
                .line_range(p)
                .is_some_and(|l| l.contains(&loc.start) || l.start == loc.start)
    })
}

pub(crate) fn goto_section(r: &mut Reader, section: usize) {
    r.view.top = r.layout.section_start(section);
}

pub(crate) fn next_section(r: &mut Reader) {
    let next = r.current_section() + 1;
    if next < r.doc().briefing.sections.len() {
        goto_section(r, next);
    }
}

/// To this section's heading when inside it, else the previous section's.
pub(crate) fn prev_section(r: &mut Reader) {
    let current = r.current_section();
    let start = r.layout.section_start(current);
    if r.view.top > start {
        r.view.top = start;
    } else if current > 0 {
        goto_section(r, current - 1);
    }
}

/// Scroll so that `loc` is on screen, a third of the way down when it was not. Skim
/// mode is left when it hides `loc` (a search match or an evidence sentence past the
/// lead): the reader asked to see that place.
pub(crate) fn reveal(r: &mut Reader, loc: Loc) {
    if r.layout.skim() && !shown(r, loc) {
        let anchor = r.layout.anchor(r.view.top);
        let width = r.layout.width();
        r.layout = crate::layout::Layout::new(r.doc().clone(), width, false);
        r.view.top = r.layout.locate(anchor);
    }
    let pos = r.layout.locate(Anchor {
        section: loc.section,
        part: loc.part,
        byte: loc.start,
    });
    let bottom = r
        .layout
        .advance(r.view.top, r.view.height.saturating_sub(1));
    if pos < r.view.top || pos > bottom {
        r.view.top = r.layout.retreat(pos, r.view.height / 3);
    }
}

/// Is `loc` part of what the layout shows (skim mode shows only lead sentences)?
fn shown(r: &Reader, loc: Loc) -> bool {
    let blocks = r.layout.blocks();
    let key = (loc.section, loc.part, loc.start);
    let i = blocks.partition_point(|b| {
        !matches!(b.kind, BlockKind::Entities(_)) && (b.section, b.part, b.start) <= key
            || matches!(b.kind, BlockKind::Entities(_)) && b.section < loc.section
    });
    i.checked_sub(1)
        .and_then(|i| blocks.get(i))
        .is_some_and(|b| b.section == loc.section && b.part == loc.part && loc.end <= b.end)
}

/// `e` / `E`: the entity cursor to the next or previous mention shown (of the focused
/// entity only, when one is focused).
pub(crate) fn step_mention(r: &mut Reader, forward: bool) {
    let doc = r.doc().clone();
    let mentions = &doc.analysis.mentions;
    let focused = r.focused.as_ref().map(|f| f.entity as u32);
    let wanted = |i: usize| {
        mentions
            .get(i)
            .is_some_and(|m| focused.is_none_or(|e| m.entity == e) && shown(r, m.loc))
    };
    // Start from the cursor when it is on screen, else from the top of the screen.
    let start = match r.view.cursor.filter(|&c| on_screen(r, c)) {
        Some(c) => c,
        None => {
            let a = r.layout.anchor(r.view.top);
            let first = mentions.partition_point(|m| {
                (m.loc.section, m.loc.part, m.loc.start) < (a.section, a.part, a.byte)
            });
            if forward {
                first.wrapping_sub(1)
            } else {
                first
            }
        }
    };
    let found = if forward {
        (start.wrapping_add(1)..mentions.len()).find(|&i| wanted(i))
    } else {
        (0..start.min(mentions.len())).rev().find(|&i| wanted(i))
    };
    match found {
        Some(i) => {
            r.view.cursor = Some(i);
            reveal(r, mentions[i].loc);
        }
        None => r.message = Some("no more mentions".into()),
    }
}

/// Is mention `i` on one of the rows shown?
pub(crate) fn on_screen(r: &Reader, i: usize) -> bool {
    let Some(m) = r.doc().analysis.mentions.get(i) else {
        return false;
    };
    r.view.rows.iter().any(|&p| {
        let block = r.layout.blocks().get(p.block);
        let range = r.layout.line_range(p);
        match (block, range) {
            (Some(b), Some(range)) => {
                b.section == m.loc.section
                    && b.part == m.loc.part
                    && !matches!(b.kind, BlockKind::Entities(_))
                    && m.loc.start < range.end
                    && m.loc.end > range.start
            }
            _ => false,
        }
    })
}

/// The entity `f` focuses: the cursor's (which `settle` keeps on screen, and the status
/// bar names), else the first one mentioned on screen.
pub(crate) fn entity_under_cursor(r: &Reader) -> Option<usize> {
    let mentions = &r.doc().analysis.mentions;
    if let Some(c) = r.view.cursor.filter(|&c| on_screen(r, c)) {
        return mentions.get(c).map(|m| m.entity as usize);
    }
    r.view.rows.iter().find_map(|&p| {
        r.layout
            .segments(p, &[], None)
            .into_iter()
            .find_map(|s| s.mark.map(|m| m.entity as usize))
    })
}
