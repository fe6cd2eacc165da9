//! The menu side's screens as the player's language runs: in a right-to-left language each line
//! of the interface's own words is put in visual order and right-aligned, the key line starts at
//! the right, and a page's title sits at the right of its frame. Left-to-right languages draw
//! exactly as before.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{draw_lines, framed};
use crate::bidi::Direction;
use crate::i18n::Catalog;
use crate::settings::Bidi;
use crate::tui::app::App;
use crate::tui::palette::Palette;
use crate::tui::rtl::{cells as text_cells, line_cells};

/// A key line: each key (as pressed, so in Latin letters) and what it does, in the player's
/// language.
pub type KeyLine = Vec<(&'static str, String)>;

/// A key line of the round's screens, which name each key's words by message id.
pub(super) fn as_worded(t: &Catalog, keys: &[(&'static str, &'static str)]) -> KeyLine {
    keys.iter()
        .map(|(key, what)| (*key, t.t(what, &[])))
        .collect()
}

/// The footer: each key in key style, then what it does; in a right-to-left language the first
/// key is at the right end (see [`mirrored`]).
pub(super) fn key_line(
    app: &App,
    keys: &[(&str, String)],
    area: Rect,
    buf: &mut Buffer,
    palette: Palette,
) {
    let mut line = Line::default();
    for (i, (key, what)) in keys.iter().enumerate() {
        if i > 0 {
            line.spans.push(Span::styled(" · ", palette.dim()));
        }
        line.spans
            .push(Span::styled(key.to_string(), palette.key()));
        line.spans.push(Span::raw(format!(" {what}")));
    }
    draw_lines(vec![mirrored(app, line)], area, buf);
}

/// One line of the interface's own words, laid out as the player's language runs: as it is in a
/// left-to-right language; in a right-to-left one put in visual order and right-aligned, its
/// first word at the right end. With `--bidi terminal` the line stays in reading order (the
/// terminal orders it). The language decides, not the line's first letter: a line that starts
/// with a key letter or a number still reads right to left in Arabic.
pub fn mirrored(app: &App, line: Line<'static>) -> Line<'static> {
    if app.t().direction() == Direction::LeftToRight {
        return line;
    }
    crate::tui::rtl::visual_line(line, Direction::RightToLeft, app.display)
}

/// [`mirrored`] for lines that may be wider than `width`: in a right-to-left language each is
/// wrapped first (its continuation rows under its own indent), then every row mirrored. Lines
/// left as they are (left-to-right, or `--bidi terminal`) are wrapped later, where they are
/// drawn. A line with an alignment is already placed (see [`columns`], or centred after
/// [`mirrored`]) and is left alone: mirroring it twice would turn it back.
pub fn mirrored_lines(app: &App, lines: Vec<Line<'static>>, width: u16) -> Vec<Line<'static>> {
    if app.t().direction() == Direction::LeftToRight || app.display.bidi == Bidi::Terminal {
        return lines;
    }
    let width = usize::from(width);
    let mut out = Vec::with_capacity(lines.len());
    for line in lines {
        if line.alignment.is_some() {
            out.push(line);
            continue;
        }
        if line_cells(&line) <= width {
            out.push(mirrored(app, line));
            continue;
        }
        let indent = hanging_indent(&line).min(width / 2);
        out.extend(
            wrap_cells(line, width, indent)
                .into_iter()
                .map(|row| mirrored(app, row)),
        );
    }
    out
}

/// The columns of one row, given in reading order, as the language runs: in a right-to-left
/// language the first column at the right, each column's text mirrored on its own, and the row
/// right-aligned; otherwise (or with `--bidi terminal`) the columns side by side as given. A
/// row's layout then never depends on which words its columns happen to hold.
pub fn columns(app: &App, columns: Vec<Line<'static>>) -> Line<'static> {
    if app.t().direction() == Direction::LeftToRight || app.display.bidi == Bidi::Terminal {
        return Line::from(
            columns
                .into_iter()
                .flat_map(|c| c.spans)
                .collect::<Vec<_>>(),
        );
    }
    let spans: Vec<Span<'static>> = columns
        .into_iter()
        .rev()
        .flat_map(|column| mirrored(app, column).spans)
        .collect();
    Line::from(spans).right_aligned()
}

/// How far a line's continuation rows are indented: past its leading spaces and its bullet.
fn hanging_indent(line: &Line<'_>) -> usize {
    let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
    let rest = text.trim_start_matches(' ');
    let bullet = ["• ", "– ", "- "]
        .iter()
        .find(|b| rest.starts_with(*b))
        .map_or(0, |b| b.chars().count());
    text.len() - rest.len() + bullet
}

/// Word-wraps a line in reading order to `width` cells, counted a character at a time (see
/// [`cells`]: `text::wrap` counts lam-alef as one and leaves Arabic rows a cell or two too
/// wide), with its continuation rows under `indent` spaces. Styles, the line's style and its
/// alignment are kept; the spaces at a break are dropped.
fn wrap_cells(line: Line<'static>, width: usize, indent: usize) -> Vec<Line<'static>> {
    let row = |spans: Vec<Span<'static>>| Line {
        style: line.style,
        alignment: line.alignment,
        spans,
    };
    let mut rows: Vec<Line<'static>> = Vec::new();
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    for span in &line.spans {
        for word in span.content.split_inclusive(' ') {
            let core: usize = text_cells(word.trim_end_matches(' '));
            if used > indent && used + core > width {
                rows.push(row(trimmed(std::mem::take(&mut spans))));
                spans.push(Span::raw(" ".repeat(indent)));
                used = indent;
            }
            if used == indent && !rows.is_empty() && core == 0 {
                continue; // the spaces at the start of a continued row
            }
            spans.push(Span::styled(word.to_string(), span.style));
            used += text_cells(word);
        }
    }
    rows.push(row(trimmed(spans)));
    rows
}

/// The spans without the spaces at their end (they would push right-aligned text left).
fn trimmed(mut spans: Vec<Span<'static>>) -> Vec<Span<'static>> {
    while let Some(last) = spans.last_mut() {
        let kept = last.content.trim_end_matches(' ');
        if kept.is_empty() {
            spans.pop();
            continue;
        }
        if kept.len() != last.content.len() {
            *last = Span::styled(kept.to_string(), last.style);
        }
        break;
    }
    spans
}

/// Pads `text` with spaces to `width` columns, as `{:<width$}` does for ASCII text, but counting
/// columns (a combining mark takes none).
pub(super) fn padded(text: &str, width: usize) -> String {
    format!(
        "{text}{}",
        " ".repeat(width.saturating_sub(text_cells(text)))
    )
}

/// [`framed`] with the title as the player's language runs: at the right of the top border in a
/// right-to-left language.
pub fn framed_in(app: &App, title: &str, area: Rect, buf: &mut Buffer, palette: Palette) -> Rect {
    if app.t().direction() == Direction::LeftToRight || app.display.bidi == Bidi::Terminal {
        return framed(title, area, buf, palette);
    }
    let inner = framed("", area, buf, palette);
    let title = mirrored(app, Line::styled(title.to_string(), palette.title()));
    // Placed by hand: the border's own right-aligned title counts lam-alef as one cell.
    let room = area.width.saturating_sub(2);
    let width = u16::try_from(line_cells(&title)).unwrap_or(room).min(room);
    super::cells::set_line(
        buf,
        area.right().saturating_sub(width + 1),
        area.y,
        &title,
        width,
    );
    inner
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row_text(line: &Line<'_>) -> String {
        line.spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn rows_fit_in_cells_even_full_of_lam_alef_and_continue_under_the_bullet() {
        // "لا" counts as one column to `Line::width`, two cells on a terminal.
        let text = format!("  • {}", ["لا الاسم الأول"; 12].join(" "));
        let rows = wrap_cells(
            Line::raw(text.clone()),
            30,
            hanging_indent(&Line::raw(text)),
        );
        assert!(rows.len() > 3, "{rows:?}");
        for row in &rows {
            assert!(
                line_cells(row) <= 30,
                "{:?} is {} cells",
                row_text(row),
                line_cells(row)
            );
        }
        assert!(row_text(&rows[0]).starts_with("  • لا"));
        for row in &rows[1..] {
            let text = row_text(row);
            assert!(
                text.starts_with("    ") && !text.starts_with("     "),
                "under the bullet: {text:?}"
            );
            assert!(!text.ends_with(' '), "{text:?}");
        }
        let words = |t: &str| t.split_whitespace().map(str::to_string).collect::<Vec<_>>();
        let joined: Vec<String> = rows.iter().flat_map(|r| words(&row_text(r))).collect();
        assert_eq!(
            joined,
            words(&format!("• {}", ["لا الاسم الأول"; 12].join(" ")))
        );
    }

    #[test]
    fn padding_counts_columns_not_characters() {
        assert_eq!(padded("Myths", 8), format!("{:<8}", "Myths"));
        // A shadda takes no column: the word is five columns wide, so three spaces follow.
        assert_eq!(padded("تقدّمك", 8), "تقدّمك   ");
    }
}
