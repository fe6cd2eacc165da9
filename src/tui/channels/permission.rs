use ratatui::text::Line;

use super::{button_line, rule};
use crate::content::FieldKind;
use crate::content::channel::Permission;
use crate::i18n::Catalog;
use crate::tui::text::{View, field_lines, labelled};

pub fn lines(t: &Catalog, p: &Permission, view: &View<'_>) -> Vec<Line<'static>> {
    let mut out = vec![Line::styled(
        crate::t!(t, "round-permission-context"),
        view.palette.label(),
    )];
    out.extend(field_lines(
        &p.context,
        FieldKind::Context,
        view.palette.dim(),
        view,
    ));
    out.push(rule(t));
    // Who asks and for what, each on its own labelled line: the app's name is whatever the pack
    // gives ("Web browser: wallpaper-hd.example"), which no sentence template reads well around.
    for (label, text, at) in [
        (crate::t!(t, "round-label-app"), &p.app, FieldKind::App),
        (
            crate::t!(t, "round-label-asks"),
            &p.permission,
            FieldKind::Permission,
        ),
    ] {
        let mut lines = labelled(&label, text, at, view);
        for line in &mut lines {
            for span in line.spans.iter_mut().skip(1) {
                span.style = span.style.patch(view.palette.title());
            }
        }
        out.extend(lines);
    }
    out.push(Line::default());
    out.extend(field_lines(
        p.text.trim_end(),
        FieldKind::Text,
        Default::default(),
        view,
    ));
    out.push(Line::default());
    out.push(button_line(&p.buttons, view));
    out
}
