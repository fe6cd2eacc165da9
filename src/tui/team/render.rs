//! Drawing the trainer's view: the people table with the team's weak points beneath it, and one
//! person's answers, round by round. Words come from the catalog; right-to-left languages run
//! from the right, through the same bidi layer as the game's screens.

mod notes;
mod person;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Padding, Paragraph, Widget, Wrap};

use super::table::row;
use super::{Dashboard, View};
use crate::bidi::Direction;
use crate::cohort::Person;
use crate::t;
use crate::tui::palette::Palette;
use crate::tui::screens::{MIN_HEIGHT, MIN_WIDTH, readable};
use crate::tui::text::fit;

/// People table columns: the chosen mark, name, last seen, modules, answers, accuracy, missed
/// scams, false alarms (as wide as what is left): 76 columns with the spaces between them.
const PEOPLE: [usize; 8] = [1, 11, 10, 7, 8, 8, 12, 12];
/// Answer rows: number, scenario, what it was, what was answered, the result.
const ANSWERS: [usize; 5] = [3, 36, 9, 9, 0];
/// Lines fitted to `width` as the game's screens fit them, each then narrowed until a terminal
/// gives it no more than `width` cells (lam then alef counts one column when measured, two cells
/// when drawn, and the last word would be cut off).
fn fit_cells(lines: Vec<Line<'static>>, width: u16) -> Vec<Line<'static>> {
    let cells = crate::tui::rtl::line_cells;
    let mut out = Vec::with_capacity(lines.len());
    for line in lines {
        let mut room = width;
        loop {
            let fitted = fit(vec![line.clone()], room);
            let widest = fitted.iter().map(cells).max().unwrap_or(0);
            if widest <= usize::from(width) || room <= width / 2 {
                out.extend(fitted);
                break;
            }
            room = room.saturating_sub(
                u16::try_from(widest - usize::from(width))
                    .unwrap_or(1)
                    .max(1),
            );
        }
    }
    out
}

fn percent(rate: Option<f64>) -> String {
    rate.map_or("–".to_string(), |r| format!("{:.0}%", r * 100.0))
}

impl Widget for &Dashboard {
    fn render(self, area: Rect, buf: &mut Buffer) {
        crate::tui::rtl::drawing_with(self.look.display);
        let t = self.look.t;
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            let text = t!(
                t,
                "team-too-small",
                width = MIN_WIDTH,
                height = MIN_HEIGHT,
                cols = area.width,
                rows = area.height
            );
            Paragraph::new(fit(vec![Line::raw(text)], area.width))
                .wrap(Wrap { trim: true })
                .render(area, buf);
            return;
        }
        let palette = Palette {
            color: self.look.color,
        };
        let area = readable(area);
        let body = Rect {
            height: area.height - 1,
            ..area
        };
        let footer = Rect {
            y: area.bottom() - 1,
            height: 1,
            ..area
        };
        let keys: &[(&str, &str)] = match self.view {
            View::People => {
                self.render_people(body, buf, palette);
                &[
                    ("↑↓", "team-keys-choose"),
                    ("Enter", "team-keys-answers"),
                    ("e", "team-keys-export"),
                    ("q", "team-keys-quit"),
                ]
            }
            View::Person { scroll } => {
                self.render_person(scroll, body, buf, palette);
                &[
                    ("↑↓", "team-keys-scroll"),
                    ("Esc", "team-keys-back"),
                    ("e", "team-keys-export"),
                    ("q", "team-keys-quit"),
                ]
            }
        };
        let mut line = Line::default();
        for (i, (key, id)) in keys.iter().enumerate() {
            if i > 0 {
                line.spans.push(Span::styled(" · ", palette.dim()));
            }
            line.spans
                .push(Span::styled(key.to_string(), palette.key()));
            line.spans.push(Span::raw(format!(" {}", t.t(id, &[]))));
        }
        // A paragraph places a right-aligned line by its cells (a line alone undercounts Arabic).
        Paragraph::new(fit(vec![line], footer.width)).render(footer, buf);
    }
}

/// A bordered page with its title on the top border (from the right in a right-to-left
/// language); returns the area inside it.
fn framed(title: String, area: Rect, buf: &mut Buffer, palette: Palette) -> Rect {
    let block = Block::bordered().padding(Padding::horizontal(1));
    let inner = block.inner(area);
    block.render(area, buf);
    let room = Rect {
        x: area.x + 1,
        width: area.width.saturating_sub(2),
        height: 1,
        ..area
    };
    let title = fit(
        vec![Line::styled(format!(" {title} "), palette.title())],
        room.width,
    );
    let width = title.first().map_or(0, crate::tui::rtl::line_cells);
    let room = match title.first().and_then(|l| l.alignment) {
        Some(ratatui::layout::Alignment::Right) => Rect {
            x: room
                .right()
                .saturating_sub(u16::try_from(width).unwrap_or(room.width)),
            ..room
        },
        _ => room,
    };
    let room = Rect {
        width: room.width.min(u16::try_from(width).unwrap_or(room.width)),
        ..room
    };
    Paragraph::new(title.into_iter().take(1).collect::<Vec<_>>()).render(room, buf);
    inner
}

impl Dashboard {
    fn direction(&self) -> Direction {
        self.look.t.direction()
    }

    fn render_people(&self, area: Rect, buf: &mut Buffer, palette: Palette) {
        let t = self.look.t;
        let people = &self.cohort.people;
        let title = t!(
            t,
            "team-title",
            people = people.len(),
            online = self.online.playing().count()
        );
        let inner = framed(title, area, buf, palette);
        let below = fit_cells(self.summary_lines(palette), inner.width);
        // The table keeps at least its heading and a few rows; the summary takes what is left.
        let room = usize::from(inner.height);
        let below_rows = below.len().min(room.saturating_sub(4));
        let table_rows = room - below_rows;
        let heading = [
            "",
            "team-col-person",
            "team-col-seen",
            "team-col-modules",
            "team-col-answers",
            "team-col-accuracy",
            "team-col-missed",
            "team-col-false",
        ]
        .map(|id| {
            let text = if id.is_empty() {
                String::new()
            } else {
                t.t(id, &[])
            };
            (text, palette.label())
        });
        let mut lines = vec![row(
            heading.to_vec(),
            &PEOPLE,
            usize::from(inner.width),
            self.direction(),
            self.look.display,
        )];
        let visible = table_rows.saturating_sub(1).max(1);
        let first = self.selected.saturating_sub(visible - 1);
        for (i, person) in people.iter().enumerate().skip(first).take(visible) {
            lines.push(self.person_row(person, i == self.selected, inner.width, palette));
        }
        if people.is_empty() {
            let dir = self.data_root().display().to_string();
            lines.push(Line::styled(t!(t, "team-none", dir = dir), palette.dim()));
        }
        let mut lines = fit(lines, inner.width);
        lines.truncate(table_rows);
        lines.resize(table_rows, Line::default());
        lines.extend(below.into_iter().take(below_rows));
        // A paragraph places a right-aligned line by its cells (a line alone undercounts Arabic).
        Paragraph::new(lines).render(inner, buf);
    }

    fn seen(&self, person: &Person) -> (String, Style, bool) {
        let t = self.look.t;
        let palette = Palette {
            color: self.look.color,
        };
        if self.online.session_of(person.name()).is_some() {
            return (t!(t, "team-seen-online"), palette.right(), true);
        }
        let minutes = self
            .now
            .signed_duration_since(person.last_activity)
            .num_minutes()
            .max(0);
        let text = match minutes {
            0 => t!(t, "team-seen-now"),
            1..60 => t!(t, "team-seen-minutes", count = minutes),
            60..2880 => t!(t, "team-seen-hours", count = minutes / 60),
            _ => t!(t, "team-seen-days", count = minutes / 1440),
        };
        (text, palette.dim(), false)
    }

    fn person_row(
        &self,
        person: &Person,
        chosen: bool,
        width: u16,
        palette: Palette,
    ) -> Line<'static> {
        let r = &person.report;
        let (passed, modules) = person.modules_passed();
        let (seen, seen_style, _) = self.seen(person);
        let base = if chosen {
            palette.selected()
        } else {
            Style::default()
        };
        let count = |n: u32| {
            let style = if n > 0 { palette.wrong() } else { base };
            (n.to_string(), style)
        };
        let cells = vec![
            (if chosen { "▸" } else { " " }.to_string(), base),
            (person.name().to_string(), base),
            (seen, seen_style),
            (format!("{passed}/{modules}"), base),
            (r.answered.to_string(), base),
            (percent(r.accuracy()), base),
            count(r.misses),
            count(r.false_alarms),
        ];
        row(
            cells,
            &PEOPLE,
            usize::from(width),
            self.direction(),
            self.look.display,
        )
    }
}
