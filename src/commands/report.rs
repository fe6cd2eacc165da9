//! `redflag report` and `redflag certificate`: what a trainer collects, written where asked.

use std::cell::RefCell;
use std::io::Write;

use anyhow::{Context, bail};
use chrono::Utc;

use crate::cli::{CertificateArgs, PackArgs, ProfileArgs, ReportArgs, ReportFormat};
use crate::commands::packs;
use crate::commands::profile::read_profile;
use crate::content::Pack;
use crate::i18n::Catalog;
use crate::output::{Kind, Output, warn};
use crate::progress::history::{Skipped, history_files, read_round};
use crate::report::record::PackRef;
use crate::report::team::Unusable;
use crate::report::{Report, csv_export, markdown, team, xapi};
use crate::training::path;

fn pass_mark(packs: &[Pack]) -> u8 {
    crate::training::pass_mark(packs.iter().map(|p| &p.manifest))
}

/// Markdown and CSV are text for people; JSON and xAPI keep their data exact.
fn kind(format: ReportFormat) -> Kind {
    match format {
        ReportFormat::Md | ReportFormat::Csv => Kind::Text,
        ReportFormat::Json | ReportFormat::Xapi => Kind::Json,
    }
}

fn skipped_round(t: &crate::i18n::Catalog, skipped: &Skipped) {
    warn(format_args!(
        "{}",
        crate::strings::skipped_history(t, skipped)
    ));
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
        return run_team(Catalog::get(packs_args.language), args, current);
    }
    let reading = read_profile(profile_args)?;
    let profile = &reading.profile;
    let pool: Vec<_> = packs
        .iter()
        .flat_map(|p| p.scenarios.iter().cloned())
        .collect();
    let manifests: Vec<_> = packs.iter().map(|p| p.manifest.clone()).collect();
    let report = |history| {
        Report::new(
            profile,
            history,
            &manifests,
            &path(&pool),
            pass_mark(&packs),
            Utc::now(),
        )
    };
    let t = Catalog::get(packs_args.language);
    let nothing_unfinished = profile
        .current
        .as_ref()
        .is_none_or(|c| c.answers.is_empty());
    let no_history = || {
        anyhow::anyhow!(
            "{}",
            crate::t!(t, "report-no-history", name = profile.name.as_str())
        )
    };
    if args.format == ReportFormat::Xapi {
        // Streamed: each round is read, written and dropped before the next; a round closed on
        // reading (its game stopped before writing it) comes last unless it was on disk after all.
        let files = history_files(&reading.dir);
        let closed = reading.closed_round();
        if files.is_empty() && closed.is_none() && nothing_unfinished {
            return Err(no_history());
        }
        let skipped = RefCell::new(Vec::new());
        let closed_on_disk = std::cell::Cell::new(false);
        let rounds = files
            .into_iter()
            .filter_map(|path| match read_round(&path) {
                Ok(round) => {
                    if closed.is_some_and(|c| c.same_round(&round)) {
                        closed_on_disk.set(true);
                    }
                    Some(round)
                }
                Err(kind) => {
                    skipped.borrow_mut().push(Skipped { path, kind });
                    None
                }
            })
            .chain(
                std::iter::once_with(|| closed.filter(|_| !closed_on_disk.get()).cloned())
                    .flatten(),
            );
        let mut out = Output::to(args.output.as_deref(), Kind::Json)?;
        xapi::write_statements(&mut out, &report(Vec::new()), rounds)
            .map_err(std::io::Error::from)?;
        writeln!(out)?;
        out.finish()?;
        skipped.take().iter().for_each(|s| skipped_round(t, s));
        return Ok(());
    }
    let (history, skipped) = reading.history();
    skipped.iter().for_each(|s| skipped_round(t, s));
    if history.is_empty() && nothing_unfinished {
        return Err(no_history());
    }
    let report = report(history);
    let mut out = Output::to(args.output.as_deref(), kind(args.format))?;
    match args.format {
        ReportFormat::Md => out.write_all(markdown::to_markdown(t, &report).as_bytes())?,
        ReportFormat::Csv => csv_export::write_csv(&report, &mut out)?,
        ReportFormat::Json | ReportFormat::Xapi => {
            serde_json::to_writer_pretty(&mut out, &report).map_err(std::io::Error::from)?;
            writeln!(out)?;
        }
    }
    out.finish()?;
    Ok(())
}

/// `--team`: the readable reports merged into one summary; the others named and skipped.
fn run_team(t: &Catalog, args: &ReportArgs, current: Vec<PackRef>) -> anyhow::Result<()> {
    let mut reports = Vec::new();
    for file in &args.team {
        match team::read(file) {
            Ok(report) => reports.push((file.clone(), report)),
            Err(skipped) => warn(format_args!("{}", skipped_file(t, &skipped))),
        }
    }
    if reports.is_empty() {
        bail!(
            "{}",
            crate::t!(t, "report-team-none-readable", count = args.team.len())
        );
    }
    if matches!(args.format, ReportFormat::Json | ReportFormat::Xapi) {
        bail!("{}", crate::t!(t, "report-team-formats"));
    }
    let summary = team::merge(reports, current);
    for repeated in &summary.repeated {
        let others: Vec<String> = repeated
            .others
            .iter()
            .map(|f| f.display().to_string())
            .collect();
        warn(format_args!(
            "{}",
            crate::t!(
                t,
                "report-team-given-twice",
                name = repeated.profile.as_str(),
                kept = repeated.kept.display().to_string(),
                others = others.join(", ")
            )
        ));
    }
    let mut out = Output::to(args.output.as_deref(), Kind::Text)?;
    match args.format {
        ReportFormat::Csv => summary.write_csv(t, &mut out)?,
        _ => out.write_all(summary.to_markdown(t).as_bytes())?,
    }
    out.finish()?;
    Ok(())
}

/// Why a file given with `--team` is not used, in `t`'s language.
fn skipped_file(t: &Catalog, skipped: &team::Skipped) -> String {
    let file = skipped.file.display().to_string();
    match &skipped.reason {
        Unusable::Unreadable(error) => {
            crate::t!(
                t,
                "report-skipped-unreadable",
                file = file,
                error = error.as_str()
            )
        }
        Unusable::TooLarge(size) => crate::t!(
            t,
            "report-skipped-too-large",
            file = file,
            size = format!("{:.0}", *size as f64 / 1024.0 / 1024.0),
            limit = team::MAX_REPORT_BYTES / 1024 / 1024
        ),
        Unusable::NotJson(error) => {
            crate::t!(
                t,
                "report-skipped-not-json",
                file = file,
                error = error.as_str()
            )
        }
        Unusable::NotReport => crate::t!(t, "report-skipped-not-report", file = file),
        Unusable::Newer(schema) => {
            crate::t!(t, "report-skipped-newer", file = file, schema = *schema)
        }
        Unusable::Damaged(error) => {
            crate::t!(
                t,
                "report-skipped-damaged",
                file = file,
                error = error.as_str()
            )
        }
    }
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
    let t = Catalog::get(packs_args.language);
    let manifest = &packs
        .first()
        .with_context(|| crate::t!(t, "report-no-pack"))?
        .manifest;
    let Some(text) = crate::report::certificate(t, &profile, &modules, manifest, pass_mark(&packs))
    else {
        let passed = modules
            .iter()
            .filter(|m| profile.modules.get(&m.id).is_some_and(|r| r.passed))
            .count();
        bail!(
            "{}",
            crate::t!(
                t,
                "report-certificate-not-yet",
                name = profile.name.as_str(),
                passed = passed,
                count = modules.len()
            )
        );
    };
    let mut out = Output::to(args.output.as_deref(), Kind::Text)?;
    out.write_all(text.as_bytes())?;
    out.finish()?;
    Ok(())
}
