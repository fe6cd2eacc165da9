//! The whole record of one player as a report: what JSON carries, and what every other format
//! (CSV, xAPI, Markdown, team summaries) is made from.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::content::Manifest;
use crate::progress::model::Count;
use crate::progress::modules::passed;
use crate::progress::{AnswerRecord, HistoryRound, Mode, Profile};
use crate::training::{Module, Status, statuses};

/// Bumped when the report's shape changes incompatibly.
pub const REPORT_SCHEMA: u32 = 1;
/// Marks a file as a redflag report, so a team summary can tell foreign JSON apart.
pub const REPORT_KIND: &str = "redflag-report";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PackRef {
    pub id: String,
    pub version: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModuleLine {
    pub id: String,
    pub title: String,
    pub status: String,
    pub best: u32,
    pub attempts: u32,
    pub passed_at: Option<DateTime<Utc>>,
}

/// One answer as reports list it, with the round it belongs to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportAnswer {
    pub mode: Mode,
    #[serde(flatten)]
    pub answer: AnswerRecord,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub schema: u32,
    pub kind: String,
    pub generated: DateTime<Utc>,
    pub profile: String,
    pub packs: Vec<PackRef>,
    pub pass_mark: u8,
    pub answered: u32,
    pub correct: u32,
    pub misses: u32,
    pub false_alarms: u32,
    pub points: u64,
    pub by_theme: BTreeMap<String, Count>,
    pub by_channel: BTreeMap<String, Count>,
    pub by_cue: BTreeMap<String, Count>,
    pub modules: Vec<ModuleLine>,
    pub path_complete: bool,
    /// Finished rounds, oldest first, each with every answer.
    pub rounds: Vec<HistoryRound>,
    /// Answers of a round not yet finished.
    #[serde(default)]
    pub unfinished: Vec<AnswerRecord>,
    #[serde(default)]
    pub unfinished_mode: Option<Mode>,
}

impl Report {
    /// Builds the report from a profile, its history and the path of the loaded packs.
    pub fn new(
        profile: &Profile,
        history: Vec<HistoryRound>,
        manifests: &[Manifest],
        modules: &[Module],
        pass_mark: u8,
        now: DateTime<Utc>,
    ) -> Self {
        let t = &profile.totals;
        let status = statuses(modules, |id| passed(&profile.modules, id));
        let module_lines = modules
            .iter()
            .zip(&status)
            .map(|(m, s)| {
                let record = profile.modules.get(&m.id).cloned().unwrap_or_default();
                ModuleLine {
                    id: m.id.clone(),
                    // The record keeps the English title, the same in every language.
                    title: crate::strings::module_title(crate::i18n::Catalog::english(), m.topic),
                    status: match s {
                        Status::Passed => "passed",
                        Status::Open => "open",
                        Status::Locked => "locked",
                    }
                    .to_string(),
                    best: record.best,
                    attempts: record.attempts,
                    passed_at: record.passed_at,
                }
            })
            .collect();
        Report {
            schema: REPORT_SCHEMA,
            kind: REPORT_KIND.to_string(),
            generated: now,
            profile: profile.name.clone(),
            packs: manifests
                .iter()
                .map(|m| PackRef {
                    id: m.id.clone(),
                    version: m.version.clone(),
                })
                .collect(),
            pass_mark,
            answered: t.tally.total(),
            correct: t.tally.correct(),
            misses: t.tally.misses,
            false_alarms: t.tally.false_alarms,
            points: t.points,
            by_theme: t
                .by_theme
                .iter()
                .map(|(k, v)| (k.name().to_string(), *v))
                .collect(),
            by_channel: t
                .by_channel
                .iter()
                .map(|(k, v)| (k.name().to_string(), *v))
                .collect(),
            by_cue: t
                .by_cue
                .iter()
                .map(|(k, v)| (k.name().to_string(), *v))
                .collect(),
            path_complete: !modules.is_empty() && status.iter().all(|s| *s == Status::Passed),
            modules: module_lines,
            rounds: history,
            unfinished: profile
                .current
                .as_ref()
                .map(|c| c.answers.clone())
                .unwrap_or_default(),
            unfinished_mode: profile.current.as_ref().map(|c| c.mode.clone()),
        }
    }

    /// Every answer, finished rounds first, each with its round's mode.
    pub fn answers(&self) -> Vec<ReportAnswer> {
        let mut out: Vec<ReportAnswer> = self
            .rounds
            .iter()
            .flat_map(|r| {
                r.answers.iter().map(|a| ReportAnswer {
                    mode: r.summary.mode.clone(),
                    answer: a.clone(),
                })
            })
            .collect();
        if let Some(mode) = &self.unfinished_mode {
            out.extend(self.unfinished.iter().map(|a| ReportAnswer {
                mode: mode.clone(),
                answer: a.clone(),
            }));
        }
        out
    }

    pub fn accuracy(&self) -> Option<f64> {
        (self.answered > 0).then(|| f64::from(self.correct) / f64::from(self.answered))
    }
}
