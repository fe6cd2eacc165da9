use ratatui::text::{Line, Span};

use super::{link_lines, rule, verified};
use crate::content::channel::Post;
use crate::tui::text::{View, field_lines};

pub fn lines(p: &Post, view: &View<'_>) -> Vec<Line<'static>> {
    let mut top = Line::default();
    top.spans.extend(
        field_lines(&p.platform, "platform", view.palette.dim(), view)
            .remove(0)
            .spans,
    );
    if p.sponsored {
        top.spans
            .push(Span::styled(" · Sponsored", view.palette.dim()));
    }
    let mut author = Line::default();
    author.spans.extend(
        field_lines(&p.author, "author", view.palette.strong(), view)
            .remove(0)
            .spans,
    );
    author.spans.push(verified(p.verified, view));
    author.spans.push(Span::raw(" "));
    author.spans.extend(
        field_lines(&p.handle, "handle", view.palette.dim(), view)
            .remove(0)
            .spans,
    );
    if !p.posted.is_empty() {
        author.spans.push(Span::styled(" · ", view.palette.dim()));
        author.spans.extend(
            field_lines(&p.posted, "posted", view.palette.dim(), view)
                .remove(0)
                .spans,
        );
    }
    let mut out = vec![top, author, Line::default()];
    out.extend(field_lines(
        p.text.trim_end(),
        "text",
        Default::default(),
        view,
    ));
    if let Some(link) = &p.link {
        out.push(Line::default());
        out.extend(link_lines(std::slice::from_ref(link), view, false));
    }
    if !p.image.is_empty() {
        let mut image = Line::from(Span::styled("[Image] ", view.palette.label()));
        image.spans.extend(
            field_lines(&p.image, "image", view.palette.dim(), view)
                .remove(0)
                .spans,
        );
        out.push(image);
    }
    if !p.reactions.is_empty() {
        out.extend(field_lines(
            &p.reactions,
            "reactions",
            view.palette.dim(),
            view,
        ));
    }
    if !p.replies.is_empty() {
        out.push(rule());
        out.push(Line::styled("Replies", view.palette.label()));
    }
    for (i, r) in p.replies.iter().enumerate() {
        let n = i + 1;
        let mut who = Line::from(Span::raw("  "));
        who.spans.extend(
            field_lines(
                &r.author,
                &format!("reply.{n}.author"),
                view.palette.strong(),
                view,
            )
            .remove(0)
            .spans,
        );
        who.spans.push(verified(r.verified, view));
        who.spans.push(Span::raw(" "));
        who.spans.extend(
            field_lines(
                &r.handle,
                &format!("reply.{n}.handle"),
                view.palette.dim(),
                view,
            )
            .remove(0)
            .spans,
        );
        out.push(who);
        for line in field_lines(
            &r.text,
            &format!("reply.{n}.text"),
            Default::default(),
            view,
        ) {
            let mut indented = Line::from(Span::raw("    "));
            indented.spans.extend(line.spans);
            out.push(indented);
        }
    }
    out
}
