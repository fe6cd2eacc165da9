//! The line-by-line front end for screen readers and scripts: one answer per input line.

pub mod input;
mod missed;
mod text;
mod words;

use std::io::{BufRead, Write};
use std::time::{Duration, Instant};

use chrono::Utc;

pub use text::{
    describe, describe_numbered, feedback, mark_fields, revealed, spot_result, summary,
};

use crate::content::{FieldPath, Manifest, Scenario, Verdict};
use crate::i18n::Catalog;
use crate::inert::inert;
use crate::plan::{Chosen, Ground, Plan, Refusal, daily_done};
use crate::progress::{Mode, Session};
use crate::quiz::Round;
use crate::settings::PlaySettings;
use crate::strings;
use words::Said;

/// Plays one round reading answers line by line; end of input ends the round with its summary.
/// Every answer is saved at once; an unfinished round resumes next time. `Plan::Resume` plays a
/// new practice round from `settings` when there is nothing to resume.
pub fn play(
    pool: &[Scenario],
    manifests: &[Manifest],
    settings: &PlaySettings,
    session: &mut Session,
    plan: Plan,
    input: &mut impl BufRead,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let t = Catalog::get(settings.lang);
    for notice in std::mem::take(&mut session.notices) {
        let text = strings::notice(t, &notice);
        writeln!(out, "{}", crate::t!(t, "plain-note", text = text))?;
    }
    let Some(chosen) = choose(t, pool, manifests, settings, session, plan, out)? else {
        return Ok(());
    };
    let Chosen {
        mut round,
        mode,
        seed,
    } = chosen;
    begin(t, pool, session, &round, &mode, seed, out)?;
    if let Some(m) = manifests.first() {
        writeln!(out, "{}", strings::role(t, &m.world, true))?;
    }
    let spotting = mode == Mode::Spot;
    while let Some(index) = round.current() {
        let scenario = &pool[index];
        let Some(reply) = ask(t, scenario, &round, spotting, input, out)? else {
            break;
        };
        answer(t, pool, session, &mut round, reply, spotting, out)?;
    }
    close(t, pool, session, &round, out)?;
    if round.is_finished() {
        missed::revisit(t, pool, &round, input, out)?;
    }
    Ok(())
}

/// The planned round, or None once the player is told why there is none (a review with nothing
/// due). A module that cannot be played is an error, as a wrong command-line argument is.
fn choose(
    t: &Catalog,
    pool: &[Scenario],
    manifests: &[Manifest],
    settings: &PlaySettings,
    session: &Session,
    plan: Plan,
    out: &mut impl Write,
) -> anyhow::Result<Option<Chosen>> {
    let modules = crate::training::path(pool);
    let ground = Ground {
        pool,
        manifests,
        modules: &modules,
        session: Some(session),
    };
    let resuming = plan == Plan::Resume;
    // Today's challenge once done: the same items again, as practice, not recorded as the daily.
    let done_today = match &plan {
        Plan::Daily { date, .. } => daily_done(&session.profile, *date),
        _ => None,
    };
    let refusal = match plan.choose(&ground) {
        Ok(mut chosen) => {
            if resuming {
                resumed(t, session, &chosen.round, out)?;
            }
            if let Some(done) = done_today {
                writeln!(out, "{}", strings::daily_replay(t, done))?;
                chosen.mode = Mode::Practice;
            }
            return Ok(Some(chosen));
        }
        Err(refusal) => refusal,
    };
    match refusal {
        Refusal::NothingToResume => {
            let fresh = Plan::Practice {
                count: settings.count,
                seed: settings.seed,
            };
            Ok(fresh.choose(&ground).ok())
        }
        Refusal::NothingDue | Refusal::NoScenariosForDue => {
            writeln!(out, "{}", strings::refusal(t, &refusal))?;
            Ok(None)
        }
        Refusal::UnknownModule { id, known } => {
            anyhow::bail!("{}", strings::unknown_module(t, &id, &known))
        }
        Refusal::LockedModule { id, after } => {
            anyhow::bail!(
                "{}",
                crate::t!(
                    t,
                    "plain-module-locked",
                    id = id.as_str(),
                    name = strings::module_name(t, &id),
                    after = after.as_str(),
                    after_name = strings::module_name(t, &after)
                )
            )
        }
    }
}

/// Tells the player that last time's round goes on, and how far it got.
fn resumed(
    t: &Catalog,
    session: &Session,
    round: &Round,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let started = session
        .profile
        .current
        .as_ref()
        .map(|c| c.started.format("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_default();
    let resuming = crate::t!(
        t,
        "plain-resuming",
        started = started,
        answered = round.answers.len(),
        total = round.items.len()
    );
    writeln!(out, "{resuming}")?;
    Ok(())
}

/// Records a new round in the profile and announces the round and the player.
fn begin(
    t: &Catalog,
    pool: &[Scenario],
    session: &mut Session,
    round: &Round,
    mode: &Mode,
    seed: u64,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    if round.answers.is_empty() {
        let ids = round.items.iter().map(|&i| pool[i].id.clone()).collect();
        session.start(mode.clone(), seed, ids, Utc::now());
    }
    let drawn = matches!(mode, Mode::Practice | Mode::Spot);
    let (mode, items) = (
        strings::mode(t, mode),
        strings::items(t, round.items.len() as u64),
    );
    let (name, help) = (inert(&session.profile.name).into_owned(), words::help(t));
    let first = if drawn {
        let seed = seed.to_string();
        crate::t!(
            t,
            "plain-begin-seeded",
            mode = mode,
            items = items,
            seed = seed,
            name = name,
            help = help
        )
    } else {
        crate::t!(
            t,
            "plain-begin",
            mode = mode,
            items = items,
            name = name,
            help = help
        )
    };
    writeln!(out, "{first}")?;
    Ok(())
}

/// The player's verdict on an item and how they came to it.
struct Reply {
    given: Verdict,
    inspected: bool,
    /// Spot mode: the fields marked as suspicious.
    marks: Vec<FieldPath>,
    elapsed: Duration,
}

/// Shows the item and reads commands until a verdict; None when the player quits the round or
/// the input ends.
fn ask(
    t: &Catalog,
    scenario: &Scenario,
    round: &Round,
    spotting: bool,
    input: &mut impl BufRead,
    out: &mut impl Write,
) -> anyhow::Result<Option<Reply>> {
    let header = crate::t!(
        t,
        "plain-item",
        position = round.position(),
        total = round.items.len(),
        channel = strings::channel_label(t, scenario.channel)
    );
    writeln!(out, "\n{header}")?;
    let show = |inspected: bool| {
        if spotting {
            describe_numbered(t, scenario, inspected)
        } else {
            describe(t, scenario, inspected)
        }
    };
    for l in show(false) {
        writeln!(out, "{l}")?;
    }
    let shown = Instant::now();
    let mut inspected = false;
    let mut marks: Vec<FieldPath> = Vec::new();
    let mut line = String::new();
    loop {
        if spotting {
            write!(out, "{} ", crate::t!(t, "plain-prompt-spot"))?;
        } else {
            write!(out, "{} ", crate::t!(t, "plain-prompt"))?;
        }
        out.flush()?;
        line.clear();
        if input.read_line(&mut line)? == 0 {
            writeln!(out)?;
            return Ok(None);
        }
        let command = line.trim().to_lowercase();
        let given = match words::said(t, &command) {
            Some(Said::Safe) => Verdict::Safe,
            Some(Said::Dangerous) => Verdict::Dangerous,
            Some(Said::Inspect) if spotting => {
                inspected = true;
                for l in show(true) {
                    writeln!(out, "{l}")?;
                }
                continue;
            }
            Some(Said::Inspect) => {
                inspected = true;
                for l in revealed(t, scenario) {
                    writeln!(out, "  {l}")?;
                }
                continue;
            }
            Some(Said::Quit) => return Ok(None),
            None if spotting && command.starts_with('m') => {
                writeln!(
                    out,
                    "{}",
                    mark_fields(t, scenario, inspected, &command, &mut marks)
                )?;
                continue;
            }
            None => {
                writeln!(out, "{}", words::help(t))?;
                continue;
            }
        };
        return Ok(Some(Reply {
            given,
            inspected,
            marks,
            elapsed: shown.elapsed(),
        }));
    }
}

/// Scores the reply, saves it, and tells the player how it went.
fn answer(
    t: &Catalog,
    pool: &[Scenario],
    session: &mut Session,
    round: &mut Round,
    reply: Reply,
    spotting: bool,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let Some(index) = round.current() else {
        return Ok(());
    };
    let scenario = &pool[index];
    let marked = spotting.then_some(reply.marks.as_slice());
    let Some(outcome) =
        round.answer_marked(pool, reply.given, reply.inspected, reply.elapsed, marked)
    else {
        return Ok(());
    };
    let Some(answer) = round.answers.last() else {
        return Ok(());
    };
    session.answer(scenario, answer, Utc::now());
    for l in feedback(t, scenario, outcome.kind, outcome.points) {
        writeln!(out, "{l}")?;
    }
    if let Some(spot) = &answer.spot {
        writeln!(out, "{}", spot_result(t, spot))?;
    }
    warn_unsaved(t, session, out)
}

/// The round's summary, then what finishing it brought (a module result, achievements), or that
/// an unfinished round is kept for next time.
fn close(
    t: &Catalog,
    pool: &[Scenario],
    session: &mut Session,
    round: &Round,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    writeln!(out, "\n{}", crate::t!(t, "plain-round-over"))?;
    for l in summary(t, pool, round, &round.summary(pool)) {
        writeln!(out, "{l}")?;
    }
    if round.is_finished() {
        let (earned, module) = session.finish(Utc::now());
        if let Some(result) = module {
            let result = strings::module_result(t, &result);
            writeln!(
                out,
                "{}",
                crate::t!(t, "plain-module-result", result = result)
            )?;
        }
        for achievement in earned {
            let said = crate::t!(
                t,
                "plain-achievement",
                name = strings::achievement(t, achievement),
                how = strings::achievement_how(t, achievement)
            );
            writeln!(out, "{said}")?;
        }
    } else if session.saving() {
        writeln!(out, "{}", crate::t!(t, "plain-saved-for-later"))?;
    }
    warn_unsaved(t, session, out)
}

/// Says that the last save failed, if it did: the round goes on.
fn warn_unsaved(t: &Catalog, session: &Session, out: &mut impl Write) -> anyhow::Result<()> {
    if let Some(error) = &session.save_error {
        let text = strings::failed_save(t, error);
        writeln!(out, "{}", crate::t!(t, "plain-warning", text = text))?;
    }
    Ok(())
}
