//! A push notification as a phone's lock screen or a desktop's corner shows it: a card with the
//! app, the time and how many times it has arrived, the title, the text and its buttons; the
//! detail view (where the request came from) once inspected.

use ratatui::text::{Line, Span};

use super::button_line;
use crate::bidi::{self, Direction};
use crate::content::FieldKind;
use crate::content::channel::{Device, Notification};
use crate::i18n::Catalog;
use crate::tui::rtl;
use crate::tui::text::{View, field_lines, hidden_hint, inline_field, wrap};

pub fn lines(t: &Catalog, n: &Notification, view: &View<'_>) -> Vec<Line<'static>> {
    let device = match n.device {
        Device::Phone => crate::t!(t, "round-device-phone"),
        Device::Desktop => crate::t!(t, "round-device-desktop"),
    };
    let edge = "─".repeat(usize::from(view.width).clamp(10, 48) - 1);
    let mut out = vec![
        Line::styled(device, view.palette.dim()),
        Line::styled(format!("╭{edge}"), view.palette.dim()),
    ];
    let bar = Span::styled("│ ", view.palette.dim());
    let mut head = Line::from(bar.clone());
    head.spans.extend(inline_field(
        &n.app,
        FieldKind::App,
        view.palette.strong(),
        view,
    ));
    if !n.received.is_empty() {
        head.spans.push(Span::styled(" · ", view.palette.dim()));
        head.spans.extend(inline_field(
            &n.received,
            FieldKind::Received,
            view.palette.dim(),
            view,
        ));
    }
    if let Some(repeats) = &n.repeats {
        // The count a phone stacks on a repeated push: the sign of MFA fatigue.
        head.spans.push(Span::raw("   "));
        head.spans.push(Span::styled("×", view.palette.key()));
        head.spans.extend(inline_field(
            repeats.text(),
            FieldKind::Repeats,
            view.palette.key(),
            view,
        ));
    }
    out.push(head);
    let width = usize::from(view.width).saturating_sub(1);
    let boxed = |lines: Vec<Line<'static>>, out: &mut Vec<Line<'static>>| {
        for line in lines {
            out.extend(wrap(line, width, bar.clone(), bar.clone()));
        }
    };
    boxed(
        field_lines(&n.title, FieldKind::Title, view.palette.title(), view),
        &mut out,
    );
    boxed(
        field_lines(n.text.trim_end(), FieldKind::Text, Default::default(), view),
        &mut out,
    );
    if !n.buttons.is_empty() {
        out.push(Line::from(bar.clone()));
        let mut buttons = button_line(&n.buttons, view);
        buttons.spans.insert(0, bar.clone());
        out.push(buttons);
    }
    out.push(Line::styled(format!("╰{edge}"), view.palette.dim()));
    if t.direction() == Direction::RightToLeft {
        out = out.into_iter().map(mirrored).collect();
    }
    if !n.details.is_empty() {
        let mut details = Line::from(Span::styled(
            format!("{} ", crate::t!(t, "round-label-details")),
            view.palette.label(),
        ));
        if view.reveals() {
            details.spans.extend(inline_field(
                &n.details,
                FieldKind::Details,
                view.palette.revealed(),
                view,
            ));
        } else {
            details
                .spans
                .push(hidden_hint(t, view, &crate::t!(t, "round-hidden-details")));
        }
        out.push(details);
    }
    out
}

/// A line of the card as a right-to-left phone draws it: the card's edge on the right, each row
/// in visual order against it. Lines outside the card (the device) are only put on the right.
fn mirrored(line: Line<'static>) -> Line<'static> {
    let Some(first) = line.spans.first() else {
        return line;
    };
    let corner = match first.content.chars().next() {
        Some('╭') => Some('╮'),
        Some('╰') => Some('╯'),
        _ => None,
    };
    if let Some(corner) = corner {
        let style = first.style;
        let edge: String = first.content.chars().skip(1).chain([corner]).collect();
        return Line::styled(edge, style).right_aligned();
    }
    if first.content != "│ " {
        return line;
    }
    let mut spans = line.spans;
    let bar = spans.remove(0);
    let row = Line::from(spans);
    let text: String = row.spans.iter().map(|s| s.content.as_ref()).collect();
    let mut row = rtl::in_order(row, bidi::direction(&text, Direction::RightToLeft));
    row.spans.push(Span::styled(" │", bar.style));
    row.right_aligned()
}
