//! `redflag check`: human or JSON output of the pack checks.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;

use crate::builtin;
use crate::cli::Format;
use crate::content::check::{CheckReport, check_loaded, check_pack};
use crate::content::load::load_dir;
use crate::content::tells::measure;

/// Checks the given folders, or the built-in pack when there are none.
pub fn run(dirs: &[PathBuf], format: Format, out: &mut impl Write) -> anyhow::Result<ExitCode> {
    let (report, scenarios) = if dirs.is_empty() {
        let pack = builtin::pack().context("the built-in pack cannot be decoded")?;
        (
            check_pack(&pack, Path::new(builtin::ORIGIN)),
            pack.scenarios,
        )
    } else {
        let loaded: Vec<_> = dirs.iter().map(|d| load_dir(d)).collect();
        let scenarios = loaded
            .iter()
            .flat_map(|l| l.scenarios.iter().map(|(_, s)| s.clone()))
            .collect();
        (check_loaded(&loaded), scenarios)
    };
    match format {
        Format::Json => writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?,
        Format::Human => {
            write_human(&report, dirs.len().max(1), out)?;
            write_tells(&scenarios, out)?;
        }
    }
    Ok(if report.is_clean() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// The tell check's figures; differences beyond its bounds are warnings, since a small pack
/// cannot always be balanced.
fn write_tells(
    scenarios: &[crate::content::Scenario],
    out: &mut impl Write,
) -> std::io::Result<()> {
    if scenarios.len() < TELLS_MIN {
        return Ok(());
    }
    let tells = measure(scenarios);
    writeln!(out, "  balance (safe vs dangerous):")?;
    for line in tells.lines() {
        writeln!(out, "    {line}")?;
    }
    for problem in tells.problems() {
        writeln!(
            out,
            "warning: a tell: {problem}: players could learn this instead of checking"
        )?;
    }
    Ok(())
}

/// Below this many scenarios the balance figures say little.
const TELLS_MIN: usize = 20;

fn counts(map: &BTreeMap<String, usize>) -> String {
    if map.is_empty() {
        return "none".into();
    }
    map.iter()
        .map(|(k, v)| format!("{k} {v}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn write_human(report: &CheckReport, packs: usize, out: &mut impl Write) -> std::io::Result<()> {
    for problem in &report.errors {
        writeln!(out, "error: {problem}")?;
    }
    if !report.errors.is_empty() {
        writeln!(out)?;
    }
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let verdict = if report.is_clean() {
        "no errors".to_string()
    } else {
        plural(report.errors.len(), "error")
    };
    writeln!(
        out,
        "Checked {} in {}: {verdict}.",
        plural(report.scenarios, "scenario"),
        plural(packs, "pack")
    )?;
    writeln!(out, "  by channel:    {}", counts(&report.by_channel))?;
    writeln!(out, "  by verdict:    {}", counts(&report.by_verdict))?;
    writeln!(out, "  by theme:      {}", counts(&report.by_theme))?;
    writeln!(out, "  by difficulty: {}", counts(&report.by_difficulty))?;
    Ok(())
}
