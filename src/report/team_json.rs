//! The team summary as JSON: the same rows as its CSV, the people who have not finished and the
//! weakest themes and red flags as its Markdown, with stable field names and exact figures.

use serde::{Deserialize, Serialize};

use super::markdown::weakest;
use super::team::Team;

/// Marks the file as a redflag team summary.
pub const TEAM_KIND: &str = "redflag-team-summary";
/// Bumped when the summary's shape changes incompatibly.
pub const TEAM_SCHEMA: u32 = 1;
/// Themes and red flags listed, weakest first, as the Markdown lists them.
const WEAKEST_LISTED: usize = 5;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PersonRow {
    pub person: String,
    pub modules_passed: usize,
    pub modules: usize,
    pub path_complete: bool,
    pub answers: u32,
    pub accuracy: Option<f64>,
    pub missed_scams: u32,
    pub false_alarms: u32,
    pub weakest_theme: Option<String>,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Weak {
    /// The theme's or red flag's name as reports keep it (`credential-request`).
    pub name: String,
    pub right: u32,
    pub answers: u32,
    pub accuracy: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamSummary {
    pub kind: String,
    pub schema: u32,
    pub people: Vec<PersonRow>,
    pub not_finished: Vec<String>,
    pub weakest_themes: Vec<Weak>,
    pub weakest_red_flags: Vec<Weak>,
}

impl Team {
    /// The summary as the JSON export carries it.
    pub fn summary(&self) -> TeamSummary {
        let people = self
            .reports
            .iter()
            .map(|r| PersonRow {
                person: r.profile.clone(),
                modules_passed: r.modules.iter().filter(|m| m.status == "passed").count(),
                modules: r.modules.len(),
                path_complete: r.path_complete,
                answers: r.answered,
                accuracy: r.accuracy(),
                missed_scams: r.misses,
                false_alarms: r.false_alarms,
                weakest_theme: weakest(&r.by_theme, 1).first().map(|(k, _)| (*k).clone()),
                // JSON keeps its values the same in every language, as the CSV keys do.
                note: self.note(crate::i18n::Catalog::english(), r),
            })
            .collect();
        let weak = |counts| {
            weakest(counts, 1)
                .into_iter()
                .take(WEAKEST_LISTED)
                .map(|(name, c)| Weak {
                    name: name.clone(),
                    right: c.right,
                    answers: c.total,
                    accuracy: c.accuracy(),
                })
                .collect()
        };
        TeamSummary {
            kind: TEAM_KIND.to_string(),
            schema: TEAM_SCHEMA,
            people,
            not_finished: self
                .reports
                .iter()
                .filter(|r| !r.path_complete)
                .map(|r| r.profile.clone())
                .collect(),
            weakest_themes: weak(&self.by_theme),
            weakest_red_flags: weak(&self.by_cue),
        }
    }

    /// Writes the summary as pretty JSON, with a final newline.
    pub fn write_json(&self, mut out: impl std::io::Write) -> std::io::Result<()> {
        serde_json::to_writer_pretty(&mut out, &self.summary()).map_err(std::io::Error::from)?;
        writeln!(out)
    }
}
