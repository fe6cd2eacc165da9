use ratatui::text::{Line, Span};

use super::bubble;
use crate::bidi::Direction;
use crate::content::FieldKind;
use crate::content::channel::Sms;
use crate::i18n::Catalog;
use crate::tui::text::{View, field_lines, inline_field};

pub fn lines(t: &Catalog, s: &Sms, view: &View<'_>) -> Vec<Line<'static>> {
    let mut header = Line::from(Span::styled(
        format!("{} ", crate::t!(t, "round-sms-from")),
        view.palette.dim(),
    ));
    header.spans.extend(inline_field(
        &s.sender,
        FieldKind::Sender,
        view.palette.strong(),
        view,
    ));
    let mut out = vec![header, Line::default()];
    // A message received: a bubble on the side lines start from, its time under it.
    let mirrored = t.direction() == Direction::RightToLeft;
    for line in field_lines(s.text.trim_end(), FieldKind::Text, Default::default(), view) {
        out.extend(bubble(
            line,
            usize::from(view.width) * 3 / 4,
            false,
            mirrored,
            view.palette.dim(),
        ));
    }
    if !s.received.is_empty() {
        let mut time = Line::from(Span::styled("  ", view.palette.dim()));
        time.spans.extend(inline_field(
            &s.received,
            FieldKind::Received,
            view.palette.dim(),
            view,
        ));
        if mirrored {
            time = crate::tui::rtl::in_order(time, Direction::RightToLeft).right_aligned();
        }
        out.push(time);
    }
    out
}
