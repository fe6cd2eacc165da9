//! The line-by-line front end for screen readers and scripts: one answer per input line.

pub mod input;
mod missed;
mod text;

use std::io::{BufRead, Write};
use std::time::{Duration, Instant};

use chrono::Utc;

pub use text::{
    describe, describe_numbered, feedback, mark_fields, revealed, spot_result, summary,
};

use crate::content::{FieldPath, Manifest, Scenario, Verdict};
use crate::inert::inert;
use crate::plan::{Chosen, Ground, Plan, Refusal, daily_done};
use crate::progress::{Mode, Session};
use crate::quiz::Round;
use crate::settings::PlaySettings;
use crate::strings;

const HELP: &str = "Type s (safe), d (dangerous), i (inspect the details), q (quit the round).";

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
    for notice in std::mem::take(&mut session.notices) {
        writeln!(out, "Note: {}", strings::notice(&notice))?;
    }
    let Some(chosen) = choose(pool, manifests, settings, session, plan, out)? else {
        return Ok(());
    };
    let Chosen {
        mut round,
        mode,
        seed,
    } = chosen;
    begin(pool, manifests, session, &round, &mode, seed, out)?;
    let spotting = mode == Mode::Spot;
    while let Some(index) = round.current() {
        let scenario = &pool[index];
        let Some(reply) = ask(scenario, &round, spotting, input, out)? else {
            break;
        };
        answer(pool, session, &mut round, reply, spotting, out)?;
    }
    close(pool, session, &round, out)?;
    if round.is_finished() {
        missed::revisit(pool, &round, input, out)?;
    }
    Ok(())
}

/// The planned round, or None once the player is told why there is none (a review with nothing
/// due). A module that cannot be played is an error, as a wrong command-line argument is.
fn choose(
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
                resumed(session, &chosen.round, out)?;
            }
            if let Some(done) = done_today {
                writeln!(out, "{}", strings::daily_replay(done))?;
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
            writeln!(out, "{}", strings::refusal(&refusal))?;
            Ok(None)
        }
        Refusal::UnknownModule { id, known } => {
            anyhow::bail!("{}", strings::unknown_module(&id, &known))
        }
        Refusal::LockedModule { id, after } => {
            anyhow::bail!(
                "module \"{id}\" ({}) is locked: pass {after} ({}) first",
                strings::module_name(&id),
                strings::module_name(&after)
            )
        }
    }
}

/// Tells the player that last time's round goes on, and how far it got.
fn resumed(session: &Session, round: &Round, out: &mut impl Write) -> anyhow::Result<()> {
    let started = session
        .profile
        .current
        .as_ref()
        .map(|c| c.started.format("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_default();
    writeln!(
        out,
        "Resuming your unfinished round from {started}: {} of {} answered. (Use --new-round to start afresh.)",
        round.answers.len(),
        round.items.len()
    )?;
    Ok(())
}

/// Records a new round in the profile and announces the round, the player, and the role they
/// play in the pack's world.
fn begin(
    pool: &[Scenario],
    manifests: &[Manifest],
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
    writeln!(
        out,
        "redflag: {}, {}{}, playing as {}. {HELP}",
        strings::mode(mode),
        strings::count(round.items.len() as u64, "item", "items"),
        if drawn {
            format!(", seed {seed}")
        } else {
            String::new()
        },
        inert(&session.profile.name)
    )?;
    if let Some(m) = manifests.first() {
        writeln!(out, "{}", strings::role(&m.world, true))?;
    }
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
    scenario: &Scenario,
    round: &Round,
    spotting: bool,
    input: &mut impl BufRead,
    out: &mut impl Write,
) -> anyhow::Result<Option<Reply>> {
    writeln!(
        out,
        "\n== Item {} of {}: {} ==",
        round.position(),
        round.items.len(),
        scenario.channel.label()
    )?;
    let show = |inspected: bool| {
        if spotting {
            describe_numbered(scenario, inspected)
        } else {
            describe(scenario, inspected)
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
            write!(out, "Mark fields (m 1 3), or your verdict (s/d/i/q)? ")?;
        } else {
            write!(out, "Your verdict (s/d/i/q)? ")?;
        }
        out.flush()?;
        line.clear();
        if input.read_line(&mut line)? == 0 {
            writeln!(out)?;
            return Ok(None);
        }
        let given = match line.trim().to_ascii_lowercase().as_str() {
            "s" | "safe" => Verdict::Safe,
            "d" | "dangerous" => Verdict::Dangerous,
            "i" | "inspect" if spotting => {
                inspected = true;
                for l in show(true) {
                    writeln!(out, "{l}")?;
                }
                continue;
            }
            "i" | "inspect" => {
                inspected = true;
                for l in revealed(scenario) {
                    writeln!(out, "  {l}")?;
                }
                continue;
            }
            command if spotting && command.starts_with('m') => {
                writeln!(
                    out,
                    "{}",
                    mark_fields(scenario, inspected, command, &mut marks)
                )?;
                continue;
            }
            "q" | "quit" => return Ok(None),
            _ => {
                writeln!(out, "{HELP}")?;
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
    for l in feedback(scenario, outcome.kind, outcome.points) {
        writeln!(out, "{l}")?;
    }
    if let Some(spot) = &answer.spot {
        writeln!(out, "{}", spot_result(spot))?;
    }
    if let Some(error) = &session.save_error {
        writeln!(out, "Warning: {}", strings::failed_save(error))?;
    }
    Ok(())
}

/// The round's summary, then what finishing it brought (a module result, achievements), or that
/// an unfinished round is kept for next time.
fn close(
    pool: &[Scenario],
    session: &mut Session,
    round: &Round,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    writeln!(out, "\n== Round over ==")?;
    for l in summary(pool, round, &round.summary(pool)) {
        writeln!(out, "{l}")?;
    }
    if round.is_finished() {
        let (earned, module) = session.finish(Utc::now());
        if let Some(result) = module {
            writeln!(out, "module: {}", strings::module_result(&result))?;
        }
        for achievement in earned {
            writeln!(
                out,
                "achievement: {} ({})",
                strings::achievement(achievement),
                strings::achievement_how(achievement)
            )?;
        }
    } else if session.saving() {
        writeln!(out, "Your answers are saved; this round resumes next time.")?;
    }
    if let Some(error) = &session.save_error {
        writeln!(out, "Warning: {}", strings::failed_save(error))?;
    }
    Ok(())
}
