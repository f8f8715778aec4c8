//! The status bar: title, section n/N, percent read, the analysis's progress while it
//! runs, focused and cursor entities, the search being typed, key hints.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::Theme;
use crate::app::keymap::Keys;
use crate::app::state::Reader;
use crate::text::unjoined;

pub(crate) fn draw(frame: &mut Frame, area: Rect, r: &Reader, keys: &Keys, theme: Theme) {
    let width = usize::from(area.width);
    let doc = r.doc();
    let n = doc.briefing.sections.len();
    let mut left = String::new();
    // In ASCII: `|` between fields, `>` for the cursor's entity, `_` for the caret.
    let (bar, caret, pointer, section) = if theme.ascii {
        (" | ", "_", ">", "sec ")
    } else {
        (" │ ", "▏", "▸", "§")
    };
    if let Some(draft) = &r.note {
        // The caret stays in view: a long note shows its end.
        let (before, after) = draft.input.text.split_at(draft.input.caret);
        let before = crate::text::clean(before);
        let keep = width.saturating_sub(30);
        let shown: String = {
            let chars: Vec<char> = before.chars().collect();
            let from = chars.len().saturating_sub(keep);
            chars[from..].iter().collect()
        };
        left.push_str(&format!(
            " note: {}{caret}{}",
            unjoined(&shown),
            unjoined(&crate::text::clean(after))
        ));
    } else if r.search.editing {
        left.push_str(&format!(
            " {}{}{caret}",
            prompt(r),
            unjoined(&r.search.query)
        ));
        left.push_str(&match_counter(r));
    } else {
        // The percentage is how far through the text the last line shown is.
        left.push_str(&format!(
            " {section}{}/{}{bar}{}% read",
            (r.reading_section() + 1).min(n),
            n,
            r.percent()
        ));
        if doc.loading.is_some() {
            // Early in the bar: it is what changes while the reader waits.
            left.push_str(&format!("{bar}loading the rest"));
        } else if doc.pending {
            left.push_str(&format!("{bar}indexing {} %", r.progress));
        }
        if r.layout.skim() {
            left.push_str(&format!("{bar}skim"));
        }
        if !r.search.matches.is_empty() {
            left.push_str(&format!(
                "{bar}{}{}{}",
                prompt(r),
                unjoined(&r.search.query),
                match_counter(r)
            ));
        }
        let entity = |i: usize| doc.analysis.entities.get(i);
        let focused = r.focused.as_ref().map(|f| f.entity);
        let cursor = r
            .view
            .cursor
            .and_then(|c| doc.analysis.mentions.get(c))
            .map(|m| m.entity as usize);
        if let Some(e) = focused.and_then(entity) {
            left.push_str(&format!("{bar}focus: {}", e.name));
        }
        // The cursor on a mention of the focused entity would repeat its name, which
        // on a narrow screen crowds out everything after it.
        if let Some(e) = cursor.filter(|&c| Some(c) != focused).and_then(entity) {
            left.push_str(&format!("{bar}{pointer} {} ({})", e.name, e.kind.as_str()));
        }
        if let Some(why) = &r.stale {
            left.push_str(&format!(
                "{bar}reload failed, last good version shown: {why}"
            ));
        }
        if let Some(msg) = &r.message {
            left.push_str(&format!("{bar}{msg}"));
        }
        // The title goes last: it is also on the reading pane's border, so it is the
        // first thing to give way on a narrow screen.
        left.push_str(&format!("{bar}{}", doc.briefing.title));
    }
    // The keys named are those of the key table, so a rebinding shows here too.
    let first = |name: &str| keys.label(name);
    let dot = if theme.ascii { "-" } else { "·" };
    let (full, short) = if r.note.is_some() {
        let cancel = format!("{} cancel ", first("note-cancel"));
        (
            format!("{} keep {dot} {cancel}", first("note-keep")),
            cancel,
        )
    } else if r.search.editing {
        let cancel = format!("{} cancel ", first("search-cancel"));
        (
            format!("{} keep {dot} {cancel}", first("search-keep")),
            cancel,
        )
    } else {
        let help = format!("{} help ", first("help"));
        (format!("{help}{dot} {} quit ", first("quit")), help)
    };
    let line = status_line(&left, &full, &short, width, theme);
    frame.render_widget(Paragraph::new(line).style(theme.status()), area);
}

/// A status line: `left` cut to what the hints leave of `width`, and the hints at the
/// right end (`full`, or `short` when the screen is narrow).
pub(crate) fn status_line(
    left: &str,
    full: &str,
    short: &str,
    width: usize,
    theme: Theme,
) -> Line<'static> {
    // On a narrow screen the hint shrinks to its first key rather than vanishing: a
    // newcomer still learns where the help is.
    let hints = if width > full.chars().count() + 40 {
        full
    } else {
        short
    };
    let hint_w = hints.chars().count();
    let room = if width > hint_w + 20 {
        width - hint_w - 1
    } else {
        width
    };
    let left = theme.fit(left, room);
    let used = unicode_width::UnicodeWidthStr::width(left.as_str());
    if used + hint_w < width {
        let pad = width - used - hint_w;
        Line::from(vec![
            Span::from(left),
            Span::from(" ".repeat(pad)),
            Span::from(hints.to_owned()),
        ])
    } else {
        Line::from(left)
    }
}

/// `/` or `?`, as the search was started.
fn prompt(r: &Reader) -> char {
    if r.search.backward { '?' } else { '/' }
}

/// ` 3/17`, with a `+` when the matches were capped; ` no match` when there is none.
fn match_counter(r: &Reader) -> String {
    let n = r.search.matches.len();
    if n == 0 && !r.search.query.is_empty() {
        return " no match".into();
    }
    let at = r.search.current.map_or(0, |i| i + 1);
    let more = if n >= crate::app::MAX_MATCHES {
        "+"
    } else {
        ""
    };
    format!(" {at}/{n}{more}")
}
