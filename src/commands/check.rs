//! `redflag check`: human or JSON output of the pack checks and the fairness gate.

mod fairness;
mod tells;

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;

use crate::builtin;
use crate::cli::Format;
use crate::commands::problem_words;
use crate::content::Scenario;
use crate::content::check::{CheckReport, check_loaded, check_pack};
use crate::content::fairness::{Item, measure};
use crate::content::load::load_dir;
use crate::content::tells::measure as measure_tells;
use crate::i18n::{Catalog, Lang};
use crate::t;

/// Checks the given folders, or the built-in pack in `lang` when there are none; the human
/// output is in `t`'s language, the JSON keeps its English messages for scripts.
pub fn run(
    t: &Catalog,
    dirs: &[PathBuf],
    lang: Lang,
    format: Format,
    out: &mut impl Write,
) -> anyhow::Result<ExitCode> {
    let builtin_pack;
    let loaded: Vec<_>;
    let (report, items) = if dirs.is_empty() {
        builtin_pack = builtin::pack_in(lang).with_context(|| t!(t, "cmd-builtin-undecodable"))?;
        let items: Vec<Item<'_>> = builtin_pack
            .scenarios
            .iter()
            .map(|scenario| Item {
                scenario,
                manifest: Some(&builtin_pack.manifest),
            })
            .collect();
        (check_pack(&builtin_pack, Path::new(builtin::ORIGIN)), items)
    } else {
        loaded = dirs.iter().map(|d| load_dir(d)).collect();
        let items = loaded
            .iter()
            .flat_map(|l| {
                let manifest = l.manifest.as_ref().map(|(_, m)| m);
                l.scenarios
                    .iter()
                    .map(move |(_, scenario)| Item { scenario, manifest })
            })
            .collect();
        (check_loaded(&loaded), items)
    };
    let fairness = measure(&items);
    match format {
        Format::Json => {
            let mut json = serde_json::to_value(&report)?;
            if let Some(fields) = json.as_object_mut() {
                fields.insert("fairness".into(), fairness::to_json(&fairness));
            }
            writeln!(out, "{}", serde_json::to_string_pretty(&json)?)?;
        }
        Format::Human => {
            write_human(t, &report, dirs.len().max(1), out)?;
            let scenarios: Vec<Scenario> = items.iter().map(|i| i.scenario.clone()).collect();
            if scenarios.len() >= TELLS_MIN {
                tells::write(t, &measure_tells(&scenarios), out)?;
            }
            if fairness.scenarios > 0 {
                fairness::write_human(t, &fairness, out)?;
            }
        }
    }
    Ok(if report.is_clean() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// Below this many scenarios the balance figures say little.
const TELLS_MIN: usize = 20;

fn counts(t: &Catalog, map: &BTreeMap<String, usize>) -> String {
    if map.is_empty() {
        return t!(t, "cmd-none");
    }
    map.iter()
        .map(|(k, v)| format!("{k} {v}"))
        .collect::<Vec<_>>()
        .join(&t!(t, "cmd-list-separator"))
}

fn write_human(
    t: &Catalog,
    report: &CheckReport,
    packs: usize,
    out: &mut impl Write,
) -> std::io::Result<()> {
    for problem in &report.errors {
        let problem = problem_words::problem(t, problem);
        writeln!(out, "{}", t!(t, "cmd-error", problem = problem))?;
    }
    if !report.errors.is_empty() {
        writeln!(out)?;
    }
    let summary = t!(
        t,
        "check-summary",
        scenarios = t!(t, "check-scenarios", count = report.scenarios),
        packs = t!(t, "check-packs", count = packs),
        errors = t!(t, "check-errors", count = report.errors.len())
    );
    writeln!(out, "{summary}")?;
    for line in [
        t!(
            t,
            "check-by-channel",
            counts = counts(t, &report.by_channel)
        ),
        t!(
            t,
            "check-by-verdict",
            counts = counts(t, &report.by_verdict)
        ),
        t!(t, "check-by-theme", counts = counts(t, &report.by_theme)),
        t!(
            t,
            "check-by-difficulty",
            counts = counts(t, &report.by_difficulty)
        ),
    ] {
        writeln!(out, "  {line}")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn output(dirs: &[PathBuf], format: Format) -> String {
        let mut out = Vec::new();
        run(Catalog::english(), dirs, Lang::ENGLISH, format, &mut out).expect("runs");
        String::from_utf8(out).expect("utf-8")
    }

    #[test]
    fn json_keeps_its_keys_and_adds_the_fairness_figures() {
        let json: serde_json::Value =
            serde_json::from_str(&output(&[], Format::Json)).expect("json");
        for key in [
            "scenarios",
            "errors",
            "by_channel",
            "by_verdict",
            "by_theme",
        ] {
            assert!(!json[key].is_null(), "{key} is still there");
        }
        let fairness = &json["fairness"];
        let channels = json["by_channel"].as_object().expect("channels").len();
        for player in ["briefing_lookup", "surface_words", "majority"] {
            let baseline = &fairness["baselines"][player];
            let accuracy = baseline["overall"]["accuracy"].as_f64().expect("accuracy");
            assert!((0.0..=1.0).contains(&accuracy), "{player}: {accuracy}");
            assert_eq!(
                baseline["overall"]["total"].as_u64(),
                json["scenarios"].as_u64(),
                "{player} guesses every scenario"
            );
            let by_channel = baseline["by_channel"].as_object().expect("per channel");
            assert_eq!(by_channel.len(), channels, "{player}");
        }
        let leans = fairness["baselines"]["surface_words"]["leans_dangerous"]
            .as_array()
            .expect("words");
        assert!(
            leans
                .iter()
                .all(|w| w["words"].is_string() && w["weight"].as_f64() > Some(0.0))
        );
        let email = &fairness["surfaces"]["email"];
        assert!(email["reply_to"]["safe"]["of"].as_u64() > Some(0));
        assert!(email["faint_buttons"].is_null(), "emails have no buttons");
        assert!(fairness["surfaces"]["consent"]["pre_ticked"]["dangerous"]["share"].is_f64());
        assert!(fairness["verdict_balance"]["by_theme"]["myths"]["safe_share"].is_f64());
        assert!(fairness["budget"]["breaches"].is_array());
        assert_eq!(fairness["budget"]["overall"].as_f64(), Some(0.65));
    }

    #[test]
    fn a_pack_folder_gets_its_figures_per_channel() {
        let text = output(&[PathBuf::from("tests/packs/minimal")], Format::Human);
        for needle in [
            "briefing lookup   100% (2/2); email 100% (2/2)",
            "surface words     not measured",
            "majority verdict  50% (1/2)",
            "surface per channel (safe vs dangerous):",
            "email        1 safe, 1 dangerous: length",
            "links 0% vs 100%",
        ] {
            assert!(text.contains(needle), "{needle}:\n{text}");
        }
        assert!(
            !text.contains("over budget"),
            "two items are too few to judge:\n{text}"
        );
    }

    #[test]
    fn the_built_in_pack_gets_every_player_and_channel_in_words() {
        let text = output(&[], Format::Human);
        for needle in [
            "briefing lookup   ",
            "surface words     ",
            "the word model leans dangerous on: \"",
            "the word model leans safe on:      \"",
        ] {
            assert!(text.contains(needle), "{needle}:\n{text}");
        }
        for channel in crate::content::Channel::ALL {
            assert!(
                text.contains(&format!("    {:<12} ", channel.name())),
                "{channel}"
            );
        }
    }
}
