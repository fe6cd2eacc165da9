//! Several players' JSON reports merged into one team summary.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::{Path, PathBuf};

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

/// Reads one report, or says why it is not one.
pub fn read(path: &Path) -> Result<Report, Skipped> {
    let skip = |reason: String| Skipped {
        file: path.to_path_buf(),
        reason,
    };
    let text = std::fs::read_to_string(path).map_err(|e| skip(format!("cannot be read: {e}")))?;
    let value: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| skip(format!("is not JSON ({e})")))?;
    if value.get("kind").and_then(|k| k.as_str()) != Some(REPORT_KIND) {
        return Err(skip(
            "is JSON but not a redflag report (make one with `redflag report --format json`)"
                .into(),
        ));
    }
    let schema = value.get("schema").and_then(|s| s.as_u64()).unwrap_or(0);
    if schema > u64::from(REPORT_SCHEMA) {
        return Err(skip(format!(
            "was made by a newer redflag (report schema {schema})"
        )));
    }
    serde_json::from_value(value).map_err(|e| skip(format!("is a damaged redflag report ({e})")))
}

/// The team summary, built from the readable reports.
#[derive(Debug, Clone, PartialEq)]
pub struct Team {
    pub reports: Vec<Report>,
    pub by_theme: BTreeMap<String, Count>,
    pub by_cue: BTreeMap<String, Count>,
    /// Packs the summary is measured against (the ones loaded now).
    pub current: Vec<PackRef>,
}

pub fn merge(reports: Vec<Report>, current: Vec<PackRef>) -> Team {
    let mut by_theme: BTreeMap<String, Count> = BTreeMap::new();
    let mut by_cue: BTreeMap<String, Count> = BTreeMap::new();
    for r in &reports {
        for (into, from) in [(&mut by_theme, &r.by_theme), (&mut by_cue, &r.by_cue)] {
            for (k, c) in from {
                let entry = into.entry(k.clone()).or_default();
                entry.right += c.right;
                entry.total += c.total;
            }
        }
    }
    Team {
        reports,
        by_theme,
        by_cue,
        current,
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
            let note = version_note(r, &self.current).unwrap_or_default();
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

    pub fn to_csv(&self) -> Result<String, csv::Error> {
        let mut w = csv::Writer::from_writer(Vec::new());
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
                .map(|(k, _)| k.to_string())
                .unwrap_or_default();
            w.write_record([
                r.profile.clone(),
                done.to_string(),
                all.to_string(),
                r.path_complete.to_string(),
                r.answered.to_string(),
                r.accuracy().map(|a| format!("{a:.3}")).unwrap_or_default(),
                r.misses.to_string(),
                r.false_alarms.to_string(),
                weakest_theme,
                version_note(r, &self.current).unwrap_or_default(),
            ])?;
        }
        let bytes = w.into_inner().map_err(|e| e.into_error())?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }
}
