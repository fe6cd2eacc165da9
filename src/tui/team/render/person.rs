//! One person's page: their figures, the round in progress answer by answer, and their last
//! rounds, newest first.

use chrono::{DateTime, Utc};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use super::super::Dashboard;
use super::super::table::row;
use super::{ANSWERS, fit_cells, framed, percent};
use crate::cohort::Person;
use crate::content::Verdict;
use crate::i18n::Catalog;
use crate::inert::inert;
use crate::progress::{AnswerRecord, Fallback, Mode};
use crate::scoring::OutcomeKind;
use crate::t;
use crate::tui::palette::Palette;

impl Dashboard {
    pub(super) fn render_person(
        &self,
        scroll: u16,
        area: Rect,
        buf: &mut Buffer,
        palette: Palette,
    ) {
        let Some(person) = self.selected_person() else {
            return;
        };
        let t = self.look.t;
        let name = inert(person.name()).into_owned();
        let title = if self.online.session_of(person.name()).is_some() {
            t!(t, "team-person-online", name = name)
        } else {
            t!(
                t,
                "team-person-seen",
                name = name,
                time = stamp(person.last_activity)
            )
        };
        let mut inner = framed(title, area, buf, palette);
        // An export's notice keeps the bottom rows, whatever the scroll.
        let notice = fit_cells(self.notice_line(palette).into_iter().collect(), inner.width);
        let rows = u16::try_from(notice.len())
            .unwrap_or(0)
            .min(inner.height / 2);
        inner.height -= rows;
        Paragraph::new(notice).render(
            Rect {
                y: inner.bottom(),
                height: rows,
                ..inner
            },
            buf,
        );
        let lines = fit_cells(self.person_lines(person, inner.width, palette), inner.width);
        let total = u16::try_from(lines.len()).unwrap_or(u16::MAX);
        let max = total.saturating_sub(inner.height);
        self.max_scroll.set(max);
        Paragraph::new(lines)
            .scroll((scroll.min(max), 0))
            .render(inner, buf);
    }

    fn person_lines(&self, person: &Person, width: u16, palette: Palette) -> Vec<Line<'static>> {
        let t = self.look.t;
        let r = &person.report;
        let (passed, modules) = person.modules_passed();
        let mut lines = vec![
            Line::raw(t!(
                t,
                "team-person-figures",
                passed = passed,
                modules = modules,
                answers = r.answered,
                accuracy = percent(r.accuracy()),
                missed = r.misses,
                alarms = r.false_alarms,
                rounds = person.rounds
            )),
            Line::styled(
                if person.finished() {
                    t!(t, "team-person-finished")
                } else {
                    t!(t, "team-person-not-finished")
                },
                palette.dim(),
            ),
        ];
        // An interrupted save is what a save looks like for an instant: not worth a word.
        if matches!(
            person.fallback,
            Some(Fallback::Damaged { .. } | Fallback::Rebuilt { .. })
        ) {
            lines.push(Line::styled(t!(t, "team-person-fallback"), palette.wrong()));
        }
        lines.push(Line::default());
        match &person.in_progress {
            Some(round) => {
                lines.push(Line::styled(
                    t!(
                        t,
                        "team-in-progress",
                        mode = mode(t, &round.mode),
                        answered = round.answers.len(),
                        items = round.items
                    ),
                    palette.title(),
                ));
                if round.answers.is_empty() {
                    lines.push(Line::styled(t!(t, "team-no-answer-yet"), palette.dim()));
                } else {
                    lines.extend(self.answer_rows(&round.answers, width, palette));
                }
            }
            None => lines.push(Line::styled(t!(t, "team-no-round"), palette.dim())),
        }
        if !person.recent.is_empty() {
            lines.push(Line::default());
            lines.push(Line::styled(t!(t, "team-recent"), palette.title()));
        }
        for round in person.recent.iter().rev() {
            let s = &round.summary;
            lines.push(Line::default());
            lines.push(Line::styled(
                t!(
                    t,
                    "team-round",
                    mode = mode(t, &s.mode),
                    time = stamp(s.finished),
                    right = s.correct,
                    answered = s.answered
                ),
                palette.label(),
            ));
            lines.extend(self.answer_rows(&round.answers, width, palette));
        }
        lines
    }

    fn answer_rows(
        &self,
        answers: &[AnswerRecord],
        width: u16,
        palette: Palette,
    ) -> Vec<Line<'static>> {
        let width = usize::from(width);
        let t = self.look.t;
        let heading = [
            "team-col-number",
            "team-col-scenario",
            "team-col-truth",
            "team-col-given",
            "team-col-result",
        ]
        .map(|id| (t.t(id, &[]), palette.dim()));
        let mut rows = vec![row(
            heading.to_vec(),
            &ANSWERS,
            width,
            self.direction(),
            self.look.display,
        )];
        for (i, a) in answers.iter().enumerate() {
            let (result, style) = match a.outcome {
                OutcomeKind::Hit | OutcomeKind::CorrectRejection => {
                    (t!(t, "team-result-right"), palette.right())
                }
                OutcomeKind::MissedScam => (t!(t, "team-result-missed"), palette.wrong()),
                OutcomeKind::FalseAlarm => (t!(t, "team-result-false"), palette.wrong()),
            };
            let cells = vec![
                (format!("{}.", i + 1), palette.dim()),
                (a.scenario.clone(), Style::default()),
                (verdict(t, a.verdict), Style::default()),
                (verdict(t, a.given), style),
                (result, style),
            ];
            rows.push(row(
                cells,
                &ANSWERS,
                width,
                self.direction(),
                self.look.display,
            ));
        }
        rows
    }
}

fn verdict(t: &Catalog, v: Verdict) -> String {
    match v {
        Verdict::Safe => t!(t, "team-verdict-safe"),
        Verdict::Dangerous => t!(t, "team-verdict-dangerous"),
    }
}

fn mode(t: &Catalog, mode: &Mode) -> String {
    match mode {
        Mode::Practice => t!(t, "team-mode-practice"),
        Mode::Review => t!(t, "team-mode-review"),
        Mode::Module(id) => t!(t, "team-mode-module", id = inert(id).into_owned()),
        Mode::Daily(date) => t!(t, "team-mode-daily", date = inert(date).into_owned()),
        Mode::Spot => t!(t, "team-mode-spot"),
    }
}

/// A moment as the view shows it (UTC: a server's trainer and its learners may be anywhere).
pub(super) fn stamp(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%d %H:%M").to_string()
}
