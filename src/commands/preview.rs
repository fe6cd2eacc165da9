//! `redflag preview FILE`: one scenario as the player sees it, what inspecting shows, then the
//! feedback, with any problem `check` would report.

use std::path::Path;

use anyhow::bail;

use crate::cli::PreviewArgs;
use crate::content::check::check_scenario;
use crate::content::load::{MANIFEST, parse, read_source};
use crate::content::{Manifest, Scenario, Verdict};
use crate::i18n::Catalog;
use crate::plain::{describe, feedback, revealed};
use crate::scoring::OutcomeKind;

/// The allowed domains of the pack the file sits in, if a pack.toml is found above it.
fn allowed_domains(file: &Path) -> Vec<String> {
    file.ancestors()
        .skip(1)
        .map(|dir| dir.join(MANIFEST))
        .find(|m| m.is_file())
        .and_then(|m| std::fs::read_to_string(m).ok())
        .and_then(|t| toml::from_str::<Manifest>(&t).ok())
        .map(|m| m.allowed_domains)
        .unwrap_or_default()
}

pub fn run(
    args: &PreviewArgs,
    out: &mut impl std::io::Write,
) -> anyhow::Result<std::process::ExitCode> {
    let mut problems = Vec::new();
    let Some(source) = read_source(&args.file, &mut problems) else {
        bail!(
            "{}",
            problems
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        );
    };
    let scenario: Scenario = parse(&source).map_err(|p| anyhow::anyhow!("{p}"))?;
    let problems = check_scenario(&source, &scenario, &allowed_domains(&args.file));
    writeln!(
        out,
        "== {} · {} (as the player sees it) ==",
        scenario.id,
        scenario.channel.label()
    )?;
    // English until the command's language reaches here.
    let t = Catalog::english();
    for line in describe(t, &scenario, false) {
        writeln!(out, "{line}")?;
    }
    writeln!(out, "\n== What inspecting reveals ==")?;
    for line in revealed(t, &scenario) {
        writeln!(out, "{line}")?;
    }
    let right = if scenario.verdict == Verdict::Dangerous {
        OutcomeKind::Hit
    } else {
        OutcomeKind::CorrectRejection
    };
    writeln!(
        out,
        "\n== Feedback ({}, {}) ==",
        scenario.verdict,
        scenario
            .difficulty()
            .map_or("no difficulty", |d| d.phish_scale_label())
    )?;
    for line in feedback(t, &scenario, right, 0) {
        writeln!(out, "{line}")?;
    }
    if problems.is_empty() {
        return Ok(std::process::ExitCode::SUCCESS);
    }
    writeln!(out, "\n== Problems `redflag check` would report ==")?;
    for p in &problems {
        writeln!(out, "error: {p}")?;
    }
    Ok(std::process::ExitCode::from(1))
}
