//! Several players' JSON reports merged into one team summary.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::io::Read;
use std::path::{Path, PathBuf};

use super::csv_export::{number_cell, text_cell};
use super::markdown::{Vocabulary, pack_list, table_head, weakest};
use super::record::{PackRef, REPORT_KIND, REPORT_SCHEMA, Report};
use crate::i18n::Catalog;
use crate::inert::inert;
use crate::progress::model::Count;

/// A file that could not be used, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub file: PathBuf,
    pub reason: Unusable,
}

/// Why a file given for a team summary is not a report it can use (the front end words it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unusable {
    /// The file cannot be read (the system's error).
    Unreadable(String),
    /// Larger than [`MAX_REPORT_BYTES`]: its size in bytes.
    TooLarge(u64),
    /// Not JSON (the parser's error).
    NotJson(String),
    /// JSON, but not a redflag report.
    NotReport,
    /// A report of a newer schema than this build reads.
    Newer(u64),
    /// A redflag report that does not parse (the parser's error).
    Damaged(String),
}

/// The largest report read: a player's whole record with thousands of rounds stays well below
/// it, and a larger file is refused by its size before any of it is parsed.
pub const MAX_REPORT_BYTES: u64 = 20 * 1024 * 1024;

/// Reads one report, or says why it is not one.
pub fn read(path: &Path) -> Result<Report, Skipped> {
    let skip = |reason: Unusable| Skipped {
        file: path.to_path_buf(),
        reason,
    };
    let unreadable = |e: std::io::Error| skip(Unusable::Unreadable(e.to_string()));
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let size = file.metadata().map_err(unreadable)?.len();
    let too_large = |size: u64| skip(Unusable::TooLarge(size));
    if size > MAX_REPORT_BYTES {
        return Err(too_large(size));
    }
    // Read no more than the limit even if the file grows meanwhile.
    let mut text = String::new();
    file.take(MAX_REPORT_BYTES + 1)
        .read_to_string(&mut text)
        .map_err(unreadable)?;
    if text.len() as u64 > MAX_REPORT_BYTES {
        return Err(too_large(text.len() as u64));
    }
    // The kind and schema first, read without building the document, so that foreign JSON and
    // a newer report are told as such rather than as damaged.
    #[derive(serde::Deserialize)]
    struct Label {
        kind: Option<serde_json::Value>,
        schema: Option<serde_json::Value>,
    }
    let label: Label =
        serde_json::from_str(&text).map_err(|e| skip(Unusable::NotJson(e.to_string())))?;
    if label.kind.as_ref().and_then(|k| k.as_str()) != Some(REPORT_KIND) {
        return Err(skip(Unusable::NotReport));
    }
    let schema = label.schema.and_then(|s| s.as_u64()).unwrap_or(0);
    if schema > u64::from(REPORT_SCHEMA) {
        return Err(skip(Unusable::Newer(schema)));
    }
    serde_json::from_str(&text).map_err(|e| skip(Unusable::Damaged(e.to_string())))
}

/// A player whose report was given more than once: counted once, from the latest report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repeated {
    pub profile: String,
    /// The file counted, then the others, in the order given.
    pub kept: PathBuf,
    pub others: Vec<PathBuf>,
}

/// The team summary, built from the readable reports.
#[derive(Debug, Clone, PartialEq)]
pub struct Team {
    pub reports: Vec<Report>,
    pub by_theme: BTreeMap<String, Count>,
    pub by_cue: BTreeMap<String, Count>,
    /// Packs the summary is measured against (the ones loaded now).
    pub current: Vec<PackRef>,
    /// Players given more than once.
    pub repeated: Vec<Repeated>,
}

/// Merges the reports read from the given files. A player given twice (the same profile name)
/// is counted once, from the report generated last, so nobody's answers count double.
pub fn merge(read: Vec<(PathBuf, Report)>, current: Vec<PackRef>) -> Team {
    let mut latest: BTreeMap<String, usize> = BTreeMap::new();
    for (i, (_, report)) in read.iter().enumerate() {
        let best = latest.entry(report.profile.clone()).or_insert(i);
        if report.generated > read[*best].1.generated {
            *best = i;
        }
    }
    let mut repeated = Vec::new();
    for (profile, &kept) in &latest {
        let others: Vec<PathBuf> = read
            .iter()
            .enumerate()
            .filter(|(i, (_, r))| *i != kept && &r.profile == profile)
            .map(|(_, (file, _))| file.clone())
            .collect();
        if !others.is_empty() {
            repeated.push(Repeated {
                profile: profile.clone(),
                kept: read[kept].0.clone(),
                others,
            });
        }
    }
    let reports: Vec<Report> = read
        .into_iter()
        .enumerate()
        .filter(|(i, (_, r))| latest.get(&r.profile) == Some(i))
        .map(|(_, (_, r))| r)
        .collect();
    let mut by_theme: BTreeMap<String, Count> = BTreeMap::new();
    let mut by_cue: BTreeMap<String, Count> = BTreeMap::new();
    for r in &reports {
        for (into, from) in [(&mut by_theme, &r.by_theme), (&mut by_cue, &r.by_cue)] {
            for (k, c) in from {
                let entry = into.entry(k.clone()).or_default();
                entry.right = entry.right.saturating_add(c.right);
                entry.total = entry.total.saturating_add(c.total);
            }
        }
    }
    Team {
        reports,
        by_theme,
        by_cue,
        current,
        repeated,
    }
}

fn passed(r: &Report) -> (usize, usize) {
    (
        r.modules.iter().filter(|m| m.status == "passed").count(),
        r.modules.len(),
    )
}

fn pct(r: Option<f64>) -> String {
    r.map_or("–".into(), |v| format!("{:.0}%", v * 100.0))
}

/// A note when a report was made with other pack versions than the ones loaded now.
pub fn version_note(t: &Catalog, r: &Report, current: &[PackRef]) -> Option<String> {
    let differs = r.packs.iter().any(|p| {
        current
            .iter()
            .any(|c| c.id == p.id && c.version != p.version)
    });
    differs.then(|| crate::t!(t, "report-team-made-with", packs = pack_list(&r.packs)))
}

impl Team {
    /// The summary in Markdown, worded in `t`'s language.
    pub fn to_markdown(&self, t: &Catalog) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "# {}\n", crate::t!(t, "report-team-title"));
        let people = u32::try_from(self.reports.len()).unwrap_or(u32::MAX);
        let _ = writeln!(
            out,
            "{}\n",
            crate::t!(t, "report-team-people", count = people)
        );
        let _ = writeln!(
            out,
            "{}",
            table_head(&[
                crate::t!(t, "report-col-person"),
                crate::t!(t, "report-col-modules-passed"),
                crate::t!(t, "report-col-path"),
                crate::t!(t, "report-col-answers"),
                crate::t!(t, "report-col-accuracy"),
                crate::t!(t, "report-col-missed-scams"),
                crate::t!(t, "report-col-false-alarms"),
                crate::t!(t, "report-col-note"),
            ])
        );
        for r in &self.reports {
            let (done, all) = passed(r);
            let complete = if r.path_complete { "yes" } else { "no" };
            let path = crate::t!(t, "report-team-path", complete = complete);
            let note = inert(&self.note(t, r)).into_owned();
            let _ = writeln!(
                out,
                "| {} | {done}/{all} | {path} | {} | {} | {} | {} | {note} |",
                inert(&r.profile),
                r.answered,
                pct(r.accuracy()),
                r.misses,
                r.false_alarms
            );
        }
        let unfinished: Vec<String> = self
            .reports
            .iter()
            .filter(|r| !r.path_complete)
            .map(|r| inert(&r.profile).into_owned())
            .collect();
        let _ = writeln!(out, "\n## {}\n", crate::t!(t, "report-team-not-finished"));
        if unfinished.is_empty() {
            let _ = writeln!(out, "{}", crate::t!(t, "report-team-everyone-done"));
        } else {
            for name in unfinished {
                let _ = writeln!(out, "- {name}");
            }
        }
        for (title, counts, vocabulary) in [
            (
                crate::t!(t, "report-team-weakest-themes"),
                &self.by_theme,
                Vocabulary::Theme,
            ),
            (
                crate::t!(t, "report-team-weakest-flags"),
                &self.by_cue,
                Vocabulary::Cue,
            ),
        ] {
            let _ = writeln!(out, "\n## {title}\n");
            let _ = writeln!(
                out,
                "{}",
                table_head(&[
                    crate::t!(t, "report-col-name"),
                    crate::t!(t, "report-col-right"),
                    crate::t!(t, "report-col-answers"),
                    crate::t!(t, "report-col-accuracy"),
                ])
            );
            for (name, c) in weakest(counts, 1).into_iter().take(5) {
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {} |",
                    vocabulary.label(t, name),
                    c.right,
                    c.total,
                    pct(c.accuracy())
                );
            }
        }
        out
    }

    /// What the Note column says of a person, in `t`'s language: another pack version, or a
    /// report given twice.
    pub fn note(&self, t: &Catalog, r: &Report) -> String {
        let repeated = self
            .repeated
            .iter()
            .find(|p| p.profile == r.profile)
            .map(|p| {
                let given = u32::try_from(p.others.len() + 1).unwrap_or(u32::MAX);
                crate::t!(
                    t,
                    "report-team-given-times",
                    count = given,
                    file = p.kept.display().to_string()
                )
            });
        [version_note(t, r, &self.current), repeated]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(&crate::t!(t, "report-note-separator"))
    }

    /// Writes one row per person to `out`.
    ///
    /// The column keys are the same in every language, and so is every value a program reads
    /// (numbers, `true`/`false`, the weakest theme's id): a spreadsheet or script built on one
    /// language's export reads another's. The one cell written for people, the note, is worded
    /// in `t`'s language, as the trainer who asked for the summary reads it.
    pub fn write_csv(&self, t: &Catalog, out: impl std::io::Write) -> Result<(), csv::Error> {
        let mut w = csv::Writer::from_writer(out);
        w.write_record(TEAM_HEADER)?;
        for r in &self.reports {
            let (done, all) = passed(r);
            let weakest_theme = weakest(&r.by_theme, 1)
                .first()
                .map(|(k, _)| text_cell(k).into_owned())
                .unwrap_or_default();
            w.write_record([
                text_cell(&r.profile).into_owned(),
                done.to_string(),
                all.to_string(),
                r.path_complete.to_string(),
                r.answered.to_string(),
                r.accuracy().map(|a| number_cell(a, 3)).unwrap_or_default(),
                r.misses.to_string(),
                r.false_alarms.to_string(),
                weakest_theme,
                text_cell(&self.note(t, r)).into_owned(),
            ])?;
        }
        w.flush()?;
        Ok(())
    }

    /// The CSV as text (tests).
    pub fn to_csv(&self, t: &Catalog) -> Result<String, csv::Error> {
        let mut bytes = Vec::new();
        self.write_csv(t, &mut bytes)?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }
}

/// The team CSV's column keys: the same in every language (see [`Team::write_csv`]).
pub const TEAM_HEADER: [&str; 10] = [
    "person",
    "modules_passed",
    "modules",
    "path_complete",
    "answers",
    "accuracy",
    "missed_scams",
    "false_alarms",
    "weakest_theme",
    "note",
];
