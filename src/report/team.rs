//! Several players' JSON reports merged into one team summary.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::io::Read;
use std::path::{Path, PathBuf};

use super::csv_export::{number_cell, text_cell};
use super::markdown::{Vocabulary, weakest};
use super::record::{PackRef, REPORT_KIND, REPORT_SCHEMA, Report};
use crate::inert::inert;
use crate::progress::model::Count;

/// A file that could not be used, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub file: PathBuf,
    pub reason: String,
}

/// The largest report read: a player's whole record with thousands of rounds stays well below
/// it, and a larger file is refused by its size before any of it is parsed.
pub const MAX_REPORT_BYTES: u64 = 20 * 1024 * 1024;

/// Reads one report, or says why it is not one.
pub fn read(path: &Path) -> Result<Report, Skipped> {
    let skip = |reason: String| Skipped {
        file: path.to_path_buf(),
        reason,
    };
    let unreadable = |e: std::io::Error| skip(format!("cannot be read: {e}"));
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let size = file.metadata().map_err(unreadable)?.len();
    let too_large = |size: u64| {
        skip(format!(
            "is {:.0} MiB, larger than the {} MiB a redflag report can be",
            size as f64 / 1024.0 / 1024.0,
            MAX_REPORT_BYTES / 1024 / 1024
        ))
    };
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
        serde_json::from_str(&text).map_err(|e| skip(format!("is not JSON ({e})")))?;
    if label.kind.as_ref().and_then(|k| k.as_str()) != Some(REPORT_KIND) {
        return Err(skip(
            "is JSON but not a redflag report (make one with `redflag report --format json`)"
                .into(),
        ));
    }
    let schema = label.schema.and_then(|s| s.as_u64()).unwrap_or(0);
    if schema > u64::from(REPORT_SCHEMA) {
        return Err(skip(format!(
            "was made by a newer redflag (report schema {schema})"
        )));
    }
    serde_json::from_str(&text).map_err(|e| skip(format!("is a damaged redflag report ({e})")))
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
pub fn version_note(r: &Report, current: &[PackRef]) -> Option<String> {
    let differs = r.packs.iter().any(|p| {
        current
            .iter()
            .any(|c| c.id == p.id && c.version != p.version)
    });
    differs.then(|| {
        let theirs: Vec<String> = r
            .packs
            .iter()
            .map(|p| format!("{} {}", p.id, p.version))
            .collect();
        format!("made with {}", theirs.join(", "))
    })
}

impl Team {
    pub fn to_markdown(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "# redflag team summary\n");
        let _ = writeln!(out, "{} people.\n", self.reports.len());
        let _ = writeln!(
            out,
            "| Person | Modules passed | Path | Answers | Accuracy | Missed scams | False alarms | Note |\n|---|---|---|---|---|---|---|---|"
        );
        for r in &self.reports {
            let (done, all) = passed(r);
            let path = if r.path_complete {
                "complete"
            } else {
                "not finished"
            };
            let note = inert(&self.note(r)).into_owned();
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
        let _ = writeln!(out, "\n## Not finished\n");
        if unfinished.is_empty() {
            let _ = writeln!(out, "Everyone has completed the training path.");
        } else {
            for name in unfinished {
                let _ = writeln!(out, "- {name}");
            }
        }
        for (title, counts, vocabulary) in [
            ("Weakest themes", &self.by_theme, Vocabulary::Theme),
            ("Weakest red flags", &self.by_cue, Vocabulary::Cue),
        ] {
            let _ = writeln!(out, "\n## {title}\n");
            let _ = writeln!(
                out,
                "| Name | Right | Answers | Accuracy |\n|---|---|---|---|"
            );
            for (name, c) in weakest(counts, 1).into_iter().take(5) {
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {} |",
                    vocabulary.label(name),
                    c.right,
                    c.total,
                    pct(c.accuracy())
                );
            }
        }
        out
    }

    /// What the Note column says of a person: another pack version, or a report given twice.
    pub fn note(&self, r: &Report) -> String {
        let repeated = self
            .repeated
            .iter()
            .find(|p| p.profile == r.profile)
            .map(|p| {
                format!(
                    "given {} times: counted once, from {}",
                    p.others.len() + 1,
                    p.kept.display()
                )
            });
        [version_note(r, &self.current), repeated]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// Writes one row per person to `out`.
    pub fn write_csv(&self, out: impl std::io::Write) -> Result<(), csv::Error> {
        let mut w = csv::Writer::from_writer(out);
        w.write_record([
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
        ])?;
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
                text_cell(&self.note(r)).into_owned(),
            ])?;
        }
        w.flush()?;
        Ok(())
    }

    /// The CSV as text (tests).
    pub fn to_csv(&self) -> Result<String, csv::Error> {
        let mut bytes = Vec::new();
        self.write_csv(&mut bytes)?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }
}
