//! The relationship pane: a border whose title says what is shown, around the link
//! chart widget (`ui::graph`), which draws the graph, the list or one link's evidence.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::Theme;
use super::graph::GraphPane;
use crate::app::state::{Focus, Reader};

pub(crate) fn draw(frame: &mut Frame, area: Rect, r: &Reader, theme: Theme) {
    let focused = r.focus == Focus::Relations;
    let pane = &r.relations.pane;
    let doc = r.doc();
    let mut title = pane.title();
    let graph = pane.view() == crate::graph::View::Graph;
    if graph && pane.evidence().is_none() && !pane.shows_graph() && !doc.pending {
        // The widget falls back to the list when the chart does not fit, or while a
        // worker lays it out: say so.
        let instead = match pane.deferred() {
            Some(_) => "list (laying out the graph…)",
            None => "list (no room for the graph)",
        };
        title = title.replacen("graph", instead, 1);
    }
    if r.relations.zoomed {
        title.push_str(" · z back");
    } else if focused {
        title.push_str(" · z zoom");
    }
    let title = format!(" {title} ");
    let block = theme
        .block()
        .border_style(theme.border(focused))
        .title(theme.fit(&title, usize::from(area.width.saturating_sub(2))));
    frame.render_widget(block, area);
    if doc.pending {
        let waiting = format!("Finding relations… {} %", r.progress);
        frame.render_widget(
            ratatui::widgets::Paragraph::new(super::note(&waiting)),
            crate::geometry::inner(area),
        );
        return;
    }
    frame.render_widget(
        GraphPane {
            pane,
            analysis: &doc.analysis,
            briefing: &doc.briefing,
            theme,
            focused,
            focus: r.focused.as_ref().map(|f| f.entity),
        },
        crate::geometry::inner(area),
    );
}
