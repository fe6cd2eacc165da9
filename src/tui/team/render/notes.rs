//! Beneath the people table: the team's weak points, who has not finished, and what the
//! trainer should know (an export, folders not read, the online list).

use ratatui::text::Line;

use super::super::{Dashboard, Notice};
use super::percent;
use super::person::stamp;
use crate::cohort::online::{MAX_ONLINE_BYTES, Online, OnlineProblem};
use crate::cohort::{Problem, weakest_of};
use crate::i18n::Catalog;
use crate::inert::inert;
use crate::progress::error::FileKind;
use crate::report::markdown::Vocabulary;
use crate::t;
use crate::tui::palette::Palette;

/// Themes and red flags listed as the team's weakest.
const WEAKEST: usize = 3;

impl Dashboard {
    /// Beneath the table: the team's weakest themes and red flags, who has not finished, and
    /// anything the trainer should know (an export, folders not read, the online list).
    pub(super) fn summary_lines(&self, palette: Palette) -> Vec<Line<'static>> {
        let t = self.look.t;
        let weakest = |counts, vocabulary: Vocabulary| {
            let listed: Vec<String> = weakest_of(counts, WEAKEST)
                .iter()
                .map(|(name, c)| format!("{} {}", vocabulary.label(t, name), percent(c.accuracy())))
                .collect();
            if listed.is_empty() {
                t!(t, "team-weakest-none")
            } else {
                listed.join(" · ")
            }
        };
        let mut lines = vec![
            Line::default(),
            Line::raw(t!(
                t,
                "team-weakest-themes",
                list = weakest(&self.team.by_theme, Vocabulary::Theme)
            )),
            Line::raw(t!(
                t,
                "team-weakest-flags",
                list = weakest(&self.team.by_cue, Vocabulary::Cue)
            )),
        ];
        let unfinished: Vec<String> = self
            .cohort
            .not_finished()
            .map(|p| inert(p.name()).into_owned())
            .collect();
        lines.push(if unfinished.is_empty() {
            Line::raw(t!(t, "team-all-finished"))
        } else {
            Line::raw(t!(t, "team-not-finished", names = unfinished.join(", ")))
        });
        if !self.cohort.unreadable.is_empty() {
            let list: Vec<String> = self
                .cohort
                .unreadable
                .iter()
                .map(|u| {
                    let folder = inert(&u.folder).into_owned();
                    match &u.problem {
                        Problem::NotAFolder(FileKind::Link) => {
                            t!(t, "team-unreadable-link", folder = folder)
                        }
                        Problem::NotAFolder(_) => t!(t, "team-unreadable-other", folder = folder),
                        Problem::Store(e) => t!(
                            t,
                            "team-unreadable-store",
                            folder = folder,
                            reason = crate::strings::store_error(t, e)
                        ),
                    }
                })
                .collect();
            lines.push(Line::styled(
                t!(t, "team-unreadable", list = list.join(", ")),
                palette.wrong(),
            ));
        }
        if let Some(warning) = online_warning(t, &self.online) {
            lines.push(Line::styled(warning, palette.dim()));
        }
        lines.extend(self.notice_line(palette));
        lines
    }

    /// What the last export did, on every page until the next.
    pub(super) fn notice_line(&self, palette: Palette) -> Option<Line<'static>> {
        let t = self.look.t;
        match &self.notice {
            Some(Notice::Exported(files)) => {
                let files: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
                Some(Line::styled(
                    t!(t, "team-exported", files = files.join(", ")),
                    palette.right(),
                ))
            }
            Some(Notice::ExportFailed(reason)) => Some(Line::styled(
                t!(t, "team-export-failed", reason = reason.as_str()),
                palette.wrong(),
            )),
            None => None,
        }
    }
}

/// What the trainer is told when the online list cannot be trusted.
pub fn online_warning(t: &Catalog, online: &Online) -> Option<String> {
    match online {
        Online::Live(_) => None,
        Online::NoServer => Some(t!(t, "team-online-no-server")),
        Online::Stale(heartbeat) => Some(t!(t, "team-online-stale", time = stamp(*heartbeat))),
        Online::Unreadable(problem) => {
            let reason = match problem {
                OnlineProblem::NotAFile(_) => t!(t, "team-online-not-a-file"),
                OnlineProblem::TooLarge(_) => {
                    t!(
                        t,
                        "team-online-too-large",
                        mib = MAX_ONLINE_BYTES / 1024 / 1024
                    )
                }
                OnlineProblem::NotOnlineFile(_) => t!(t, "team-online-not-ours"),
                OnlineProblem::Newer(_) => t!(t, "team-online-newer"),
                OnlineProblem::Unreadable(reason) => inert(reason).into_owned(),
            };
            Some(t!(t, "team-online-unreadable", reason = reason))
        }
    }
}
