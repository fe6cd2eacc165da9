use ratatui::text::{Line, Span};

use super::{link_lines, rule, verified};
use crate::content::channel::Post;
use crate::content::{FieldKind, FieldPath, Part};
use crate::i18n::Catalog;
use crate::tui::text::{View, field_lines, inline_field};

pub fn lines(t: &Catalog, p: &Post, view: &View<'_>) -> Vec<Line<'static>> {
    let mut top = Line::default();
    top.spans.extend(inline_field(
        &p.platform,
        FieldKind::Platform,
        view.palette.dim(),
        view,
    ));
    if p.sponsored {
        top.spans.push(Span::styled(
            format!(" · {}", crate::t!(t, "round-sponsored")),
            view.palette.dim(),
        ));
    }
    let mut author = Line::default();
    author.spans.extend(inline_field(
        &p.author,
        FieldKind::Author,
        view.palette.strong(),
        view,
    ));
    author.spans.push(verified(t, p.verified, view));
    author.spans.push(Span::raw(" "));
    author.spans.extend(inline_field(
        &p.handle,
        FieldKind::Handle,
        view.palette.dim(),
        view,
    ));
    if !p.posted.is_empty() {
        author.spans.push(Span::styled(" · ", view.palette.dim()));
        author.spans.extend(inline_field(
            &p.posted,
            FieldKind::Posted,
            view.palette.dim(),
            view,
        ));
    }
    let mut out = vec![top, author, Line::default()];
    out.extend(field_lines(
        p.text.trim_end(),
        FieldKind::Text,
        Default::default(),
        view,
    ));
    if let Some(link) = &p.link {
        out.push(Line::default());
        out.extend(link_lines(t, std::slice::from_ref(link), view, false));
    }
    if !p.image.is_empty() {
        let mut image = Line::from(Span::styled(
            format!("{} ", crate::t!(t, "round-image")),
            view.palette.label(),
        ));
        image.spans.extend(inline_field(
            &p.image,
            FieldKind::Image,
            view.palette.dim(),
            view,
        ));
        out.push(image);
    }
    if !p.reactions.is_empty() {
        out.extend(field_lines(
            &p.reactions,
            FieldKind::Reactions,
            view.palette.dim(),
            view,
        ));
    }
    if !p.replies.is_empty() {
        out.push(rule(t));
        out.push(Line::styled(
            crate::t!(t, "round-replies"),
            view.palette.label(),
        ));
    }
    for (i, r) in p.replies.iter().enumerate() {
        let reply = FieldPath::nth(FieldKind::Reply, i);
        let mut who = Line::from(Span::raw("  "));
        who.spans.extend(inline_field(
            &r.author,
            reply.with(Part::Author),
            view.palette.strong(),
            view,
        ));
        who.spans.push(verified(t, r.verified, view));
        who.spans.push(Span::raw(" "));
        who.spans.extend(inline_field(
            &r.handle,
            reply.with(Part::Handle),
            view.palette.dim(),
            view,
        ));
        out.push(who);
        for line in field_lines(&r.text, reply.with(Part::Text), Default::default(), view) {
            let mut indented = Line::from(Span::raw("    "));
            indented.spans.extend(line.spans);
            out.push(indented);
        }
    }
    out
}
