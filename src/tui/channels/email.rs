use ratatui::text::{Line, Span};

use super::{attachment_lines, link_lines, rule};
use crate::content::FieldKind;
use crate::content::channel::Email;
use crate::i18n::Catalog;
use crate::tui::text::{View, field_lines, hidden_hint, inline_field, labelled};

pub fn lines(t: &Catalog, e: &Email, view: &View<'_>) -> Vec<Line<'static>> {
    let mut out = labelled(
        &crate::t!(t, "round-label-from"),
        &e.from_name,
        FieldKind::FromName,
        view,
    );
    if let Some(first) = out.first_mut() {
        first.spans.push(Span::raw("  "));
        if view.reveals() {
            first.spans.push(Span::styled("<", view.palette.revealed()));
            first.spans.extend(inline_field(
                &e.from,
                FieldKind::From,
                view.palette.revealed(),
                view,
            ));
            first.spans.push(Span::styled(">", view.palette.revealed()));
        } else {
            first
                .spans
                .push(hidden_hint(t, view, &crate::t!(t, "round-hidden-address")));
        }
    }
    if view.reveals() && !e.reply_to.is_empty() {
        let mut reply = labelled(
            &crate::t!(t, "round-label-reply-to"),
            "",
            FieldKind::ReplyTo,
            view,
        );
        reply[0].spans.extend(inline_field(
            &e.reply_to,
            FieldKind::ReplyTo,
            view.palette.revealed(),
            view,
        ));
        out.extend(reply);
    }
    out.extend(labelled(
        &crate::t!(t, "round-label-to"),
        &e.to,
        FieldKind::To,
        view,
    ));
    if !e.date.is_empty() {
        out.extend(labelled(
            &crate::t!(t, "round-label-date"),
            &e.date,
            FieldKind::Date,
            view,
        ));
    }
    let mut subject = labelled(
        &crate::t!(t, "round-label-subject"),
        &e.subject,
        FieldKind::Subject,
        view,
    );
    for line in &mut subject {
        for span in line.spans.iter_mut().skip(1) {
            span.style = span.style.patch(view.palette.strong());
        }
    }
    out.extend(subject);
    out.push(rule(t));
    out.extend(field_lines(
        e.body.trim_end(),
        FieldKind::Body,
        Default::default(),
        view,
    ));
    if !e.links.is_empty() || !e.attachments.is_empty() {
        out.push(rule(t));
    }
    out.extend(link_lines(t, &e.links, view, true));
    out.extend(attachment_lines(t, &e.attachments, view));
    out
}
