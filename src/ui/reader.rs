//! The reading pane: the rows `update` chose, cut into styled spans. Only the visible
//! lines are touched, so a frame costs the same on any article.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Theme, clean};
use crate::app::state::{Focus, Reader};
use crate::geometry::text_area;
use crate::layout::{BlockKind, Seg};

pub(crate) fn draw(frame: &mut Frame, area: Rect, r: &Reader, theme: Theme) {
    let doc = r.doc();
    let title = format!(" {} ", doc.briefing.title);
    let room = usize::from(area.width.saturating_sub(4));
    let block = theme
        .block()
        .border_style(theme.border(r.focus == Focus::Reader))
        .title(Span::from(theme.fit(&title, room)))
        .title_bottom(Span::styled(
            theme.fit(&byline(&doc.briefing), room),
            theme.dim(),
        ));
    frame.render_widget(block, area);
    let text = text_area(area);
    let lines: Vec<Line> = r
        .view
        .rows
        .iter()
        .take(usize::from(text.height))
        .map(|&pos| line(r, pos, theme))
        .collect();
    frame.render_widget(Paragraph::new(lines), text);
    // The margin column left of the text: a mark or a note starts on this row.
    if text.x > area.x + 1 {
        let (mark, note) = if theme.ascii {
            ("'", "*")
        } else {
            ("•", "✎")
        };
        for (row, pinned) in r
            .view
            .pinned
            .iter()
            .enumerate()
            .take(usize::from(text.height))
        {
            let Some(is_note) = pinned else { continue };
            let glyph = if *is_note { note } else { mark };
            let at = Rect::new(text.x - 1, text.y + row as u16, 1, 1);
            frame.render_widget(Span::styled(glyph, theme.focused()), at);
        }
    }
}

/// The line under the article: its date and source as the briefing gives them, and
/// the key that shows the rest (` 2025-11-12 · Le Monde · i: summary `).
fn byline(b: &crate::model::Briefing) -> String {
    let mut parts: Vec<&str> = [b.date.as_deref(), b.source.as_deref()]
        .into_iter()
        .flatten()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    let more = if b.summary.is_some() {
        "i: summary"
    } else {
        "i: about"
    };
    parts.push(more);
    format!(" {} ", parts.join(" · "))
}

/// One row of the article with its marks.
fn line(r: &Reader, pos: crate::layout::Pos, theme: Theme) -> Line<'static> {
    let Some(block) = r.layout.blocks().get(pos.block) else {
        return Line::default();
    };
    let text = r.layout.text(block);
    let base = match block.kind {
        BlockKind::Heading => theme.heading(),
        BlockKind::Entities(_) => theme.dim(),
        _ => Style::new(),
    };
    let current = r
        .search
        .current
        .and_then(|i| r.search.matches.get(i))
        .copied();
    let segs = r.layout.segments(pos, &r.search.matches, r.view.highlight);
    let mut spans = Vec::with_capacity(segs.len() + 1);
    // A hanging indent: the list's later lines start under its first word.
    if matches!(block.kind, BlockKind::Entities(_)) {
        let lead = if pos.line == 0 { "→ " } else { "  " };
        spans.push(Span::styled(lead, theme.dim()));
    }
    for seg in segs {
        let piece = text
            .get(seg.range.start as usize..seg.range.end as usize)
            .unwrap_or("");
        let style = seg_style(r, &seg, base, current, theme);
        spans.push(Span::styled(clean(piece).into_owned(), style));
    }
    Line::from(spans)
}

fn seg_style(
    r: &Reader,
    seg: &Seg,
    base: Style,
    current: Option<crate::model::Loc>,
    theme: Theme,
) -> Style {
    let entities = &r.doc().analysis.entities;
    let focused = r.focused.as_ref().map(|f| f.entity as u32);
    let mut style = base;
    match seg.mark {
        Some(mark) => {
            if let Some(e) = entities.get(mark.entity as usize) {
                style = style.patch(theme.entity(e.kind));
            }
            match focused {
                Some(f) if f == mark.entity => style = style.patch(theme.focused()),
                Some(_) => style = style.patch(theme.dim()),
                None => {}
            }
            if mark.mention.is_some() && mark.mention == r.view.cursor {
                style = style.patch(theme.cursor());
            }
        }
        None if focused.is_some() => style = style.patch(theme.dim()),
        None => {}
    }
    if seg.highlight {
        style = style.patch(theme.highlight());
    }
    if let Some(i) = seg.matched {
        let is_current = current.is_some_and(|c| r.search.matches.get(i) == Some(&c));
        style = style.patch(if is_current {
            theme.current_match()
        } else {
            theme.search()
        });
    }
    style
}
