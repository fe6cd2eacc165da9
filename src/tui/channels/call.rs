//! A call as a phone or meeting screen shows it: the kind of call and the app, the caller ID
//! large in the middle, the number behind it once inspected, then what the voice said.

use ratatui::layout::Alignment;
use ratatui::text::{Line, Span};

use super::{link_lines, rule};
use crate::content::channel::{Call, CallKind, Speaker};
use crate::content::{FieldKind, FieldPath};
use crate::i18n::Catalog;
use crate::tui::rtl::in_own_order;
use crate::tui::text::{View, field_lines, hidden_hint, inline_field, labelled, wrap};

/// Where the speaker's name ends and the words start, for the transcript's hanging indent: at
/// least this, or past the longer of the two names in the player's language.
const SPEAKER_WIDTH: usize = 5;

pub fn lines(t: &Catalog, c: &Call, view: &View<'_>) -> Vec<Line<'static>> {
    let kind = match c.kind {
        CallKind::Voice => crate::t!(t, "round-call-voice"),
        CallKind::Voicemail => crate::t!(t, "round-call-voicemail"),
        CallKind::Video => crate::t!(t, "round-call-video"),
    };
    let mut top = Line::from(Span::styled(kind, view.palette.dim()));
    if !c.platform.is_empty() {
        top.spans.push(Span::styled(" · ", view.palette.dim()));
        top.spans.extend(inline_field(
            &c.platform,
            FieldKind::Platform,
            view.palette.dim(),
            view,
        ));
    }
    // Centred lines have a side of their own, so they are put in visual order here.
    let centred =
        |line: Line<'static>| in_own_order(line.alignment(Alignment::Center), t.direction());
    let mut out = vec![centred(top)];
    // The caller ID is the biggest thing on a ringing phone: set apart, bold, in the middle.
    out.push(Line::default());
    for line in field_lines(&c.caller, FieldKind::Caller, view.palette.title(), view) {
        out.push(centred(line));
    }
    let number = if view.reveals() {
        Line::from(inline_field(
            &c.number,
            FieldKind::Number,
            view.palette.revealed(),
            view,
        ))
    } else {
        Line::from(hidden_hint(t, view, &crate::t!(t, "round-hidden-number")))
    };
    out.push(centred(number));
    if !c.received.is_empty() {
        let received = inline_field(&c.received, FieldKind::Received, view.palette.dim(), view);
        out.push(centred(Line::from(received)));
    }
    out.push(Line::default());
    if !c.claims.is_empty() {
        out.extend(labelled(
            &crate::t!(t, "round-label-says"),
            &c.claims,
            FieldKind::Claims,
            view,
        ));
    }
    if !c.callback.is_empty() {
        out.extend(labelled(
            &crate::t!(t, "round-label-callback"),
            &c.callback,
            FieldKind::Callback,
            view,
        ));
    }
    out.push(rule(t));
    if c.kind == CallKind::Voicemail {
        out.push(Line::styled(
            crate::t!(t, "round-transcript"),
            view.palette.label(),
        ));
    }
    out.extend(transcript(t, c, view));
    if !c.links.is_empty() {
        out.push(rule(t));
        out.push(Line::styled(
            crate::t!(t, "round-meeting-chat"),
            view.palette.label(),
        ));
        out.extend(link_lines(t, &c.links, view, true));
    }
    out
}

/// The speech lines, each under its speaker: them in the caller's words, you in yours.
fn transcript(t: &Catalog, c: &Call, view: &View<'_>) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    let width = usize::from(view.width).saturating_sub(1);
    let (them, you) = (
        crate::t!(t, "round-speaker-them"),
        crate::t!(t, "round-speaker-you"),
    );
    let names = them.chars().count().max(you.chars().count());
    let column = (names + 1).max(SPEAKER_WIDTH);
    for (i, line) in c.lines.iter().enumerate() {
        let at = FieldPath::nth(FieldKind::Line, i);
        let (who, style, text) = match line.from {
            Speaker::Them => (them.clone(), view.palette.dim(), Default::default()),
            Speaker::You => (you.clone(), view.palette.label(), view.palette.strong()),
        };
        let first = Span::styled(format!("{who:<column$}│ "), style);
        let rest = Span::styled(format!("{:<column$}│ ", ""), style);
        for (n, piece) in field_lines(&line.text, at, text, view)
            .into_iter()
            .enumerate()
        {
            let lead = if n == 0 { first.clone() } else { rest.clone() };
            out.extend(wrap(piece, width, lead, rest.clone()));
        }
    }
    out
}
