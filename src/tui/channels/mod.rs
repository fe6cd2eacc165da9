//! One renderer per channel, each drawing its content the way that thing looks in real life.

mod call;
mod consent;
mod email;
mod message;
mod notification;
mod permission;
mod post;
mod sms;
mod web;

use ratatui::layout::Alignment;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::rtl;
use super::text::{View, hidden_hint, inline_field, wrap};
use crate::bidi::{self, Direction};
use crate::content::channel::{Attachment, Button, Link, Weight};
use crate::content::{Body, FieldKind, FieldPath, Part};
use crate::i18n::Catalog;
use crate::inert::inert;

/// The scenario's content as lines, ready for a scrolling paragraph.
/// Labels and buttons are worded in `t`'s language; in a right-to-left language the layout is
/// mirrored where the channel has sides (a chat's bubbles, a link's arrow).
pub fn render(t: &Catalog, body: Body<'_>, view: &View<'_>) -> Vec<Line<'static>> {
    match body {
        Body::Email(e) => email::lines(t, e, view),
        Body::Post(p) => post::lines(t, p, view),
        Body::Message(m) => message::lines(t, m, view),
        Body::Sms(s) => sms::lines(t, s, view),
        Body::Consent(c) => consent::lines(t, c, view),
        Body::Permission(p) => permission::lines(t, p, view),
        Body::Web(w) => web::lines(t, w, view),
        Body::Call(c) => call::lines(t, c, view),
        Body::Notification(n) => notification::lines(t, n, view),
    }
}

/// A dividing rule, from the side lines start on in the language.
fn rule(t: &Catalog) -> Line<'static> {
    let line = Line::styled(
        "─".repeat(40),
        Style::new().add_modifier(ratatui::style::Modifier::DIM),
    );
    match t.direction() {
        Direction::LeftToRight => line,
        Direction::RightToLeft => line.right_aligned(),
    }
}

/// Numbered links: the visible text, and where each goes once inspected.
fn link_lines(t: &Catalog, links: &[Link], view: &View<'_>, numbered: bool) -> Vec<Line<'static>> {
    // The arrow points the way the line reads: to the address after the link's text.
    let arrow = match t.direction() {
        Direction::LeftToRight => "  → ",
        Direction::RightToLeft => "  ← ",
    };
    let mut out = Vec::new();
    for (i, link) in links.iter().enumerate() {
        let at = if numbered {
            FieldPath::nth(FieldKind::Link, i)
        } else {
            FieldKind::Link.into()
        };
        let mut line = Line::from(vec![Span::styled(
            format!("{} ", crate::t!(t, "round-link", number = i + 1)),
            view.palette.label(),
        )]);
        line.spans.extend(inline_field(
            &link.text,
            at.with(Part::Text),
            view.palette.link(),
            view,
        ));
        line.spans.push(Span::raw(arrow));
        if view.reveals() {
            line.spans
                .extend(inline_field(&link.url, at, view.palette.revealed(), view));
        } else {
            line.spans.push(hidden_hint(
                t,
                view,
                &crate::t!(t, "round-hidden-real-address"),
            ));
        }
        out.push(line);
    }
    out
}

/// Attachments with their full names; before inspecting, long names are cut as mail clients do.
fn attachment_lines(t: &Catalog, items: &[Attachment], view: &View<'_>) -> Vec<Line<'static>> {
    items
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let mut line = Line::from(Span::styled(
                format!("{} ", crate::t!(t, "round-attachment", number = i + 1)),
                view.palette.label(),
            ));
            let name = inert(&a.name);
            if view.reveals() || name.chars().count() <= 28 {
                line.spans.extend(inline_field(
                    &a.name,
                    FieldPath::nth(FieldKind::Attachment, i),
                    view.palette.strong(),
                    view,
                ));
            } else {
                let head: String = name.chars().take(22).collect();
                line.spans
                    .push(Span::styled(format!("{head}…"), view.palette.strong()));
                line.spans.push(Span::raw(" "));
                line.spans.push(hidden_hint(
                    t,
                    view,
                    &crate::t!(t, "round-hidden-full-name"),
                ));
            }
            if !a.size.is_empty() {
                line.spans.push(Span::styled(
                    format!("  ({})", inert(&a.size)),
                    view.palette.dim(),
                ));
            }
            line
        })
        .collect()
}

/// Buttons drawn with their visual weight: a filled primary, an outlined secondary, a faint link.
/// A right-to-left row of buttons is reversed when drawn, and the half blocks of a filled
/// button have no mirrored twin, so there they are written the other way round.
fn button_line(buttons: &[Button], view: &View<'_>) -> Line<'static> {
    let labels: String = buttons.iter().map(|b| inert(&b.label)).collect();
    let (fill_open, fill_close) = match bidi::direction(&labels, Direction::LeftToRight) {
        Direction::LeftToRight => ("▐ ", " ▌"),
        Direction::RightToLeft => ("▌ ", " ▐"),
    };
    let mut line = Line::default();
    for (i, b) in buttons.iter().enumerate() {
        let at = FieldPath::nth(FieldKind::Button, i);
        // Drawn as a field when evidence or spot mode's cursor or marks stand on it.
        let marked = view.marks.iter().any(|m| m.at == at)
            || view
                .spot
                .is_some_and(|s| s.cursor == Some(at) || s.marked.contains(&at));
        let (style, open, close) = match b.weight {
            Weight::Primary => (view.palette.primary_button(), fill_open, fill_close),
            Weight::Secondary => (view.palette.strong(), "[ ", " ]"),
            Weight::Link => (view.palette.faint_button(), "", ""),
        };
        if i > 0 {
            line.spans.push(Span::raw("   "));
        }
        let label = if b.weight == Weight::Primary {
            inert(&b.label).to_uppercase()
        } else {
            inert(&b.label).into_owned()
        };
        if marked {
            line.spans.push(Span::styled(open.to_string(), style));
            line.spans.extend(inline_field(&b.label, at, style, view));
            line.spans.push(Span::styled(close.to_string(), style));
        } else if view.spot.is_some() {
            // Spot mode points at a button and tags it when marked.
            line.spans.push(Span::styled(open.to_string(), style));
            line.spans.extend(inline_field(&label, at, style, view));
            line.spans.push(Span::styled(close.to_string(), style));
        } else {
            line.spans
                .push(Span::styled(format!("{open}{label}{close}"), style));
        }
    }
    line
}

/// A verified mark in symbol and word, so it reads without colour.
fn verified(t: &Catalog, is: bool, view: &View<'_>) -> Span<'static> {
    if is {
        Span::styled(
            format!(" {}", crate::t!(t, "round-verified")),
            view.palette.right(),
        )
    } else {
        Span::raw("")
    }
}

/// One bubble's rows, each with its bar on the outer edge and on its side of the screen: your
/// rows take the whole bubble width plus the bar, theirs the width with the bar. A row is put in
/// visual order here (as the frame's display says), since a row with a side of its own is not
/// ordered again; a row without right-to-left text keeps no side of its own on the left.
fn bubble(
    text_line: Line<'static>,
    width: usize,
    mine: bool,
    right: bool,
    bar_style: Style,
) -> Vec<Line<'static>> {
    let text: String = text_line.spans.iter().map(|s| s.content.as_ref()).collect();
    let rtl_text = bidi::has_rtl(&text);
    let direction = bidi::direction(&text, Direction::LeftToRight);
    let room = if mine { width } else { width.saturating_sub(2) };
    let mut out = Vec::new();
    for piece in wrap(text_line, room, Span::raw(""), Span::raw("")) {
        let mut piece = rtl::in_order(piece, direction);
        piece.spans.retain(|s| !s.content.is_empty());
        if right {
            piece.spans.push(Span::styled(" │", bar_style));
            piece.alignment = Some(Alignment::Right);
        } else {
            piece.spans.insert(0, Span::styled("│ ", bar_style));
            // Yours on the left only in a mirrored chat: it holds that side like theirs would.
            piece.alignment = (rtl_text || mine).then_some(Alignment::Left);
        }
        out.push(piece);
    }
    out
}
