//! `redflag play`: the TUI, or plain mode for screen readers and scripts.

use std::io::{BufRead, IsTerminal, Write};
use std::process::ExitCode;

use anyhow::Context;

use crate::builtin;
use crate::cli::{LanguageArgs, PackArgs, PlayArgs, ProfileArgs};
use crate::commands::profile::{data_dir, known_name, open_or_explain, open_or_explain_unsettled};
use crate::commands::{language, packs};
use crate::i18n::Catalog;
use crate::output::{Kind, Output};
use crate::plain;
use crate::plain::input::Input;
use crate::plan::Plan;
use crate::progress::opening::unsaved;
use crate::settings::PlaySettings;
use crate::t;
use crate::tui::{self, App};

/// The profile name plain mode uses when nobody is there to ask.
const DEFAULT_PLAYER: &str = "player";

pub fn run(
    packs_args: &PackArgs,
    profile_args: &ProfileArgs,
    language_args: &LanguageArgs,
    args: &PlayArgs,
) -> anyhow::Result<ExitCode> {
    // The saved settings are read once: who played last, their language, the display's.
    let data = data_dir(profile_args)?;
    let name = known_name(profile_args, &data)?;
    // A damaged settings file stops the game above unless a profile is named; then it is kept
    // aside when the profile opens, and the defaults serve meanwhile.
    let saved = data.settings().unwrap_or_default();
    let (chosen, mut choices) = language::resolve_later(language_args, &saved, name.as_deref());
    // Saved now, except in a game of a named profile, which saves it with the name after its
    // first frame (a convenience: a folder that cannot be written changes nothing).
    let with_the_name = !args.plain && !profile_args.no_save && name.is_some();
    if !with_the_name && let Some(settings) = choices.take() {
        let _ = data.save_settings(&settings);
    }
    crate::output::speak(chosen.lang);
    let t = Catalog::get(chosen.lang);
    let profile_args = &ProfileArgs {
        language: chosen.lang,
        ..profile_args.clone()
    };
    let packs_args = &PackArgs {
        language: chosen.lang,
        ..packs_args.clone()
    };
    // The game on the built-in pack alone draws its first frame from the pack's preview and
    // decodes the pack right after; otherwise every pack is loaded and checked first.
    let later = !args.plain && !packs_args.no_builtin && packs_args.content.is_empty();
    let (packs, preview) = if later {
        let preview =
            builtin::preview_in(chosen.lang).with_context(|| t!(t, "cmd-builtin-undecodable"))?;
        (Vec::new(), Some(preview))
    } else {
        (packs::load(packs_args)?, None)
    };
    let seed = args.seed.unwrap_or_else(time_seed);
    let color = !args.no_color && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let settings = PlaySettings {
        count: usize::from(args.count),
        seed,
        color,
        lang: chosen.lang,
    };
    let manifests: Vec<_> = packs.iter().map(|p| p.manifest.clone()).collect();
    // The first pack's scenarios stay where they were decoded; the others join them.
    let mut packs = packs.into_iter();
    let mut pool = packs.next().map(|p| p.scenarios).unwrap_or_default();
    for pack in packs {
        pool.extend(pack.scenarios);
    }
    if args.plain {
        // A module that does not exist is refused before a profile is made for the player.
        if let Some(id) = &args.module {
            let known: Vec<String> = crate::training::path(&pool)
                .into_iter()
                .map(|m| m.id)
                .collect();
            if !known.contains(id) {
                anyhow::bail!(
                    "{}",
                    crate::strings::unknown_module(
                        crate::i18n::Catalog::get(chosen.lang),
                        id,
                        &known
                    )
                );
            }
        }
        let mut out = Output::stdout(Kind::Text);
        let name = match name {
            Some(name) => name,
            None if std::io::stdin().is_terminal() => {
                ask_name(t, &mut std::io::stdin().lock(), &mut out)?
            }
            None => DEFAULT_PLAYER.to_string(),
        };
        let mut session = open_or_explain(profile_args, &data, &name)?;
        session.pass_mark = crate::training::pass_mark(&manifests);
        let count = settings.count;
        // An explicit seed asks for that round, so it does not resume an old one.
        let plan = if let Some(module) = &args.module {
            Plan::Module { id: module.clone() }
        } else if args.spot {
            Plan::Spot { count, seed }
        } else if args.daily {
            Plan::Daily {
                date: chrono::Local::now().date_naive(),
                count,
            }
        } else if args.review {
            Plan::Review {
                date: chrono::Utc::now().date_naive(),
                count,
            }
        } else if args.new_round || args.seed.is_some() {
            Plan::Practice { count, seed }
        } else {
            Plan::Resume
        };
        // From here a signal ends the round as the end of input does.
        let mut input = Input::stdin().with_context(|| t!(t, "cmd-stdin-unreadable"))?;
        plain::play(
            &pool,
            &manifests,
            &settings,
            &mut session,
            plan,
            &mut input,
            &mut out,
        )?;
        out.finish()?;
        return Ok(input.ending().exit_code());
    }
    tui::check_terminal(crate::i18n::Catalog::get(chosen.lang))?;
    let mut app = App::new(pool, manifests, settings).with_display(chosen.display);
    if let Some(preview) = preview {
        app = app.with_builtin_later(preview);
    }
    if args.new_round {
        app = app.with_new_round();
    }
    let app = match name {
        _ if profile_args.no_save => app.with_session(unsaved(
            name.as_deref().unwrap_or(DEFAULT_PLAYER),
            chrono::Utc::now(),
        )),
        Some(name) => {
            // The new profile's first save and the last-played setting wait for the first frame.
            let mut opening = open_or_explain_unsettled(profile_args, &data, &name)?;
            opening.pending.choices = choices;
            let mut app = app.with_session(opening.session);
            app.pending = Some((data, opening.pending));
            app
        }
        None => app.asking_name(data),
    };
    tui::run(app)
}

fn ask_name(t: &Catalog, input: &mut impl BufRead, out: &mut impl Write) -> anyhow::Result<String> {
    loop {
        write!(out, "{} ", t!(t, "cmd-ask-name"))?;
        out.flush()?;
        let mut line = String::new();
        if input.read_line(&mut line)? == 0 {
            return Ok(DEFAULT_PLAYER.to_string());
        }
        match crate::progress::data_dir::folder_name(&line) {
            Ok(_) => return Ok(line.trim().to_string()),
            Err(e) => {
                let error = crate::strings::store_error(t, &e);
                writeln!(out, "{}", t!(t, "cmd-bad-name", error = error))?
            }
        }
    }
}

/// A seed for when the player gives none: the clock is fine, the summary shows it for replay.
fn time_seed() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() ^ u64::from(d.subsec_nanos()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_that_cannot_be_used_is_refused_in_the_player_s_language() {
        let arabic = Catalog::get(crate::i18n::Lang::parse("ar").expect("Arabic"));
        let mut out = Vec::new();
        let name = ask_name(arabic, &mut "../x\nSam\n".as_bytes(), &mut out).expect("asks");
        assert_eq!(name, "Sam");
        let said = String::from_utf8(out).expect("text");
        assert!(
            said.contains("لا يمكن استخدام هذا الاسم: اسم الملف الشخصي"),
            "{said}"
        );
        assert!(!said.contains("profile name"), "{said}");
        let mut out = Vec::new();
        ask_name(Catalog::english(), &mut "../x\n".as_bytes(), &mut out).expect("asks");
        let said = String::from_utf8(out).expect("text");
        assert!(
            said.contains("That name cannot be used: profile name "),
            "{said}"
        );
    }
}
