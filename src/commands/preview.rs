//! `redflag preview FILE`: one scenario as the player sees it, what inspecting shows, then the
//! feedback, with any problem `check` would report.

use std::path::Path;

use anyhow::bail;

use crate::cli::PreviewArgs;
use crate::commands::problem_words;
use crate::content::check::check_scenario;
use crate::content::load::{MANIFEST, parse, read_source};
use crate::content::{Channel, Difficulty, Manifest, Scenario, Verdict};
use crate::i18n::Catalog;
use crate::plain::{describe, feedback, revealed};
use crate::scoring::OutcomeKind;
use crate::t;

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

/// The channel as the player reads its name.
fn channel_label(t: &Catalog, channel: Channel) -> String {
    match channel {
        Channel::Email => t!(t, "preview-channel-email"),
        Channel::Post => t!(t, "preview-channel-post"),
        Channel::Message => t!(t, "preview-channel-message"),
        Channel::Sms => t!(t, "preview-channel-sms"),
        Channel::Consent => t!(t, "preview-channel-consent"),
        Channel::Permission => t!(t, "preview-channel-permission"),
        Channel::Web => t!(t, "preview-channel-web"),
        Channel::Call => t!(t, "preview-channel-call"),
        Channel::Notification => t!(t, "preview-channel-notification"),
    }
}

pub fn run(
    t: &Catalog,
    args: &PreviewArgs,
    out: &mut impl std::io::Write,
) -> anyhow::Result<std::process::ExitCode> {
    let mut problems = Vec::new();
    let Some(source) = read_source(&args.file, &mut problems) else {
        bail!(
            "{}",
            problems
                .iter()
                .map(|p| problem_words::problem(t, p))
                .collect::<Vec<_>>()
                .join("\n")
        );
    };
    let scenario: Scenario =
        parse(&source).map_err(|p| anyhow::anyhow!("{}", problem_words::problem(t, &p)))?;
    let problems = check_scenario(&source, &scenario, &allowed_domains(&args.file));
    let heading = t!(
        t,
        "preview-as-seen",
        id = scenario.id.as_str(),
        channel = channel_label(t, scenario.channel)
    );
    writeln!(out, "{heading}")?;
    for line in describe(t, &scenario, false) {
        writeln!(out, "{line}")?;
    }
    writeln!(out, "\n{}", t!(t, "preview-inspecting"))?;
    for line in revealed(t, &scenario) {
        writeln!(out, "{line}")?;
    }
    let right = if scenario.verdict == Verdict::Dangerous {
        OutcomeKind::Hit
    } else {
        OutcomeKind::CorrectRejection
    };
    let verdict = match scenario.verdict {
        Verdict::Safe => t!(t, "preview-safe"),
        Verdict::Dangerous => t!(t, "preview-dangerous"),
    };
    let difficulty = match scenario.difficulty() {
        None => t!(t, "preview-no-difficulty"),
        Some(Difficulty::Easy) => t!(t, "preview-easy"),
        Some(Difficulty::Medium) => t!(t, "preview-medium"),
        Some(Difficulty::Hard) => t!(t, "preview-hard"),
    };
    let heading = t!(
        t,
        "preview-feedback",
        verdict = verdict,
        difficulty = difficulty
    );
    writeln!(out, "\n{heading}")?;
    for line in feedback(t, &scenario, right, 0) {
        writeln!(out, "{line}")?;
    }
    if problems.is_empty() {
        return Ok(std::process::ExitCode::SUCCESS);
    }
    writeln!(out, "\n{}", t!(t, "preview-problems"))?;
    for p in &problems {
        let problem = problem_words::problem(t, p);
        writeln!(out, "{}", t!(t, "cmd-error", problem = problem))?;
    }
    Ok(std::process::ExitCode::from(1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn channels_are_named_as_before_in_english_and_in_arabic_otherwise() {
        let arabic = Catalog::get(Lang::parse("ar").expect("Arabic"));
        for &channel in Channel::ALL {
            assert_eq!(channel_label(Catalog::english(), channel), channel.label());
            let said = channel_label(arabic, channel);
            assert!(said.chars().all(|c| !c.is_ascii_alphabetic()), "{said}");
        }
    }
}
