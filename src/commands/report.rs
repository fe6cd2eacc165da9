//! `redflag report` and `redflag certificate`: what a trainer collects, written where asked.

use std::path::Path;

use anyhow::{Context, bail};
use chrono::Utc;

use crate::cli::{CertificateArgs, PackArgs, ProfileArgs, ReportArgs, ReportFormat};
use crate::commands::packs;
use crate::commands::profile::read_profile;
use crate::content::Pack;
use crate::report::record::PackRef;
use crate::report::{Report, csv_export, markdown, team, xapi};
use crate::training::path;

fn pass_mark(packs: &[Pack]) -> u8 {
    crate::training::pass_mark(packs.iter().map(|p| &p.manifest))
}

fn write_out(output: Option<&Path>, text: &str) -> anyhow::Result<()> {
    match output {
        Some(path) => {
            std::fs::write(path, text).with_context(|| format!("cannot write {}", path.display()))
        }
        None => {
            print!("{text}");
            Ok(())
        }
    }
}

pub fn run(
    packs_args: &PackArgs,
    profile_args: &ProfileArgs,
    args: &ReportArgs,
) -> anyhow::Result<()> {
    let packs = packs::load(packs_args)?;
    let current: Vec<PackRef> = packs
        .iter()
        .map(|p| PackRef {
            id: p.manifest.id.clone(),
            version: p.manifest.version.clone(),
        })
        .collect();
    if !args.team.is_empty() {
        let mut reports = Vec::new();
        for file in &args.team {
            match team::read(file) {
                Ok(report) => reports.push(report),
                Err(skipped) => eprintln!(
                    "redflag: skipped {}: it {}",
                    skipped.file.display(),
                    skipped.reason
                ),
            }
        }
        if reports.is_empty() {
            bail!(
                "none of the {} file(s) given with --team is a readable redflag report",
                args.team.len()
            );
        }
        let summary = team::merge(reports, current);
        let text = match args.format {
            ReportFormat::Md => summary.to_markdown(),
            ReportFormat::Csv => summary.to_csv()?,
            ReportFormat::Json | ReportFormat::Xapi => {
                bail!("a team summary is written as md or csv: use --format md or --format csv")
            }
        };
        return write_out(args.output.as_deref(), &text);
    }
    let reading = read_profile(profile_args)?;
    let (history, skipped) = reading.history();
    let profile = reading.profile;
    for file in skipped {
        eprintln!("redflag: {}", crate::strings::skipped_history(&file));
    }
    if history.is_empty()
        && profile
            .current
            .as_ref()
            .is_none_or(|c| c.answers.is_empty())
    {
        bail!(
            "profile \"{}\" has no history yet: play a round first",
            profile.name
        );
    }
    let pool: Vec<_> = packs
        .iter()
        .flat_map(|p| p.scenarios.iter().cloned())
        .collect();
    let manifests: Vec<_> = packs.iter().map(|p| p.manifest.clone()).collect();
    let report = Report::new(
        &profile,
        history,
        &manifests,
        &path(&pool),
        pass_mark(&packs),
        Utc::now(),
    );
    let text = match args.format {
        ReportFormat::Md => markdown::to_markdown(&report),
        ReportFormat::Csv => csv_export::to_csv(&report)?,
        ReportFormat::Json => serde_json::to_string_pretty(&report)? + "\n",
        ReportFormat::Xapi => serde_json::to_string_pretty(&xapi::statements(&report))? + "\n",
    };
    write_out(args.output.as_deref(), &text)
}

pub fn certificate(
    packs_args: &PackArgs,
    profile_args: &ProfileArgs,
    args: &CertificateArgs,
) -> anyhow::Result<()> {
    let packs = packs::load(packs_args)?;
    let profile = read_profile(profile_args)?.profile;
    let pool: Vec<_> = packs
        .iter()
        .flat_map(|p| p.scenarios.iter().cloned())
        .collect();
    let modules = path(&pool);
    let manifest = &packs.first().context("no pack loaded")?.manifest;
    let Some(text) = crate::report::certificate(&profile, &modules, manifest, pass_mark(&packs))
    else {
        let passed = modules
            .iter()
            .filter(|m| profile.modules.get(&m.id).is_some_and(|r| r.passed))
            .count();
        bail!(
            "{} has passed {passed} of {} training modules: the certificate comes once every module is passed",
            profile.name,
            modules.len()
        );
    };
    write_out(args.output.as_deref(), &text)
}
