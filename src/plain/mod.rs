//! The line-by-line front end for screen readers and scripts: one answer per input line.

mod text;

use std::io::{BufRead, Write};
use std::time::Instant;

use chrono::Utc;
use rand::SeedableRng;
use rand::rngs::StdRng;

pub use text::{describe, describe_numbered, feedback, mark_fields, revealed, summary};

use crate::content::{FieldPath, Scenario, Verdict};
use crate::inert::inert;
use crate::progress::review::pick;
use crate::progress::{Mode, RECENT_ROUNDS, Session, achievements, recently_seen};
use crate::quiz::{Round, draw_round};
use crate::tui::Settings;

const HELP: &str = "Type s (safe), d (dangerous), i (inspect the details), q (quit the round).";

/// Which round plain mode plays.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Plan {
    /// The unfinished round if there is one, else a new one.
    ResumeOrFresh,
    Fresh,
    Review,
    /// A training-path module, by id.
    Module(String),
    /// Today's challenge for the first pack: (pack id, pack version).
    Daily(String, String),
    /// Spot the flags: mark suspicious fields before judging.
    Spot,
}

/// Chooses the round: resumed, review or freshly drawn. None when a review has nothing due.
fn choose_round(
    pool: &[Scenario],
    settings: &Settings,
    session: &mut Session,
    plan: Plan,
    out: &mut impl Write,
) -> anyhow::Result<Option<(Round, Mode, u64)>> {
    if let Plan::Module(id) = &plan {
        let modules = crate::training::path(pool);
        let Some(index) = modules.iter().position(|m| &m.id == id) else {
            let ids: Vec<&str> = modules.iter().map(|m| m.id.as_str()).collect();
            anyhow::bail!(
                "no training module \"{id}\": the modules are {}",
                ids.join(", ")
            );
        };
        let statuses = crate::training::statuses(&modules, &session.profile.modules);
        if statuses[index] == crate::training::Status::Locked {
            anyhow::bail!(
                "module \"{id}\" is locked: pass {} first",
                modules[index - 1].id
            );
        }
        let items = modules[index]
            .items
            .iter()
            .filter_map(|i| pool.iter().position(|s| &s.id == i))
            .collect();
        return Ok(Some((Round::new(items), Mode::Module(id.clone()), 0)));
    }
    if let Plan::Daily(pack, version) = &plan {
        let today = chrono::Local::now().date_naive();
        let seed = crate::training::daily_seed(today, pack, version);
        let mut rng = StdRng::seed_from_u64(seed);
        let items = draw_round(pool, settings.count, &mut rng);
        return Ok(Some((
            Round::new(items),
            Mode::Daily(today.to_string()),
            seed,
        )));
    }
    if plan == Plan::Spot {
        let mut rng = StdRng::seed_from_u64(settings.seed);
        return Ok(Some((
            Round::new(draw_round(pool, settings.count, &mut rng)),
            Mode::Spot,
            settings.seed,
        )));
    }
    if plan == Plan::ResumeOrFresh
        && let Some((round, seed, mode)) = session.resumable(pool)
    {
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
        return Ok(Some((round, mode, seed)));
    }
    if plan == Plan::Review {
        let due = session.profile.review.due(Utc::now().date_naive());
        let (history, _) = session
            .store()
            .map(|s| s.history(Some(RECENT_ROUNDS)))
            .unwrap_or_default();
        let seen = recently_seen(&session.profile, &history);
        let items = pick(pool, &due, &seen, settings.count);
        if items.is_empty() {
            writeln!(
                out,
                "Nothing to review today: skills you miss come back a day later."
            )?;
            return Ok(None);
        }
        return Ok(Some((Round::new(items), Mode::Review, settings.seed)));
    }
    let mut rng = StdRng::seed_from_u64(settings.seed);
    Ok(Some((
        Round::new(draw_round(pool, settings.count, &mut rng)),
        Mode::Practice,
        settings.seed,
    )))
}

/// Plays one round reading answers line by line; end of input ends the round with its summary.
/// Every answer is saved at once; an unfinished round resumes next time.
pub fn play(
    pool: &[Scenario],
    settings: &Settings,
    session: &mut Session,
    plan: Plan,
    input: &mut impl BufRead,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    if let Some(notice) = session.notice.take() {
        writeln!(out, "Note: {notice}")?;
    }
    let Some((mut round, mode, seed)) = choose_round(pool, settings, session, plan, out)? else {
        return Ok(());
    };
    if round.answers.is_empty() {
        let ids = round.items.iter().map(|&i| pool[i].id.clone()).collect();
        session.start(mode.clone(), seed, ids, Utc::now());
    }
    writeln!(
        out,
        "redflag: {} items, {} round, seed {}, playing as {}. {HELP}",
        round.items.len(),
        mode.name(),
        seed,
        inert(&session.profile.name)
    )?;
    let mut line = String::new();
    'items: while let Some(index) = round.current() {
        let scenario = &pool[index];
        writeln!(
            out,
            "\n== Item {} of {}: {} ==",
            round.position(),
            round.items.len(),
            scenario.channel.label()
        )?;
        let spotting = mode == Mode::Spot;
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
                break 'items;
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
                "q" | "quit" => break 'items,
                _ => {
                    writeln!(out, "{HELP}")?;
                    continue;
                }
            };
            let marked = spotting.then_some(marks.as_slice());
            if let Some(outcome) =
                round.answer_marked(pool, given, inspected, shown.elapsed(), marked)
                && let Some(answer) = round.answers.last()
            {
                session.answer(scenario, answer, Utc::now());
                for l in feedback(scenario, outcome.kind, outcome.points) {
                    writeln!(out, "{l}")?;
                }
                if let Some(spot) = &answer.spot {
                    let names = |f: &[FieldPath]| {
                        if f.is_empty() {
                            "none".to_string()
                        } else {
                            f.iter()
                                .map(FieldPath::label)
                                .collect::<Vec<_>>()
                                .join(", ")
                        }
                    };
                    writeln!(
                        out,
                        "Your marks (+{} points): found {}; missed {}; wrong marks {}.",
                        spot.points,
                        names(&spot.found),
                        names(&spot.missed),
                        names(&spot.wrong)
                    )?;
                }
                if let Some(error) = &session.save_error {
                    writeln!(out, "Warning: {error}")?;
                }
            }
            break;
        }
    }
    writeln!(out, "\n== Round over ==")?;
    for l in summary(pool, &round, &round.summary(pool)) {
        writeln!(out, "{l}")?;
    }
    if round.is_finished() {
        let (earned, module) = session.finish(Utc::now());
        if let Some(result) = module {
            writeln!(out, "module: {}", crate::training::result_line(&result))?;
        }
        for id in earned {
            if let Some(a) = achievements::find(id) {
                writeln!(out, "achievement: {} ({})", a.name, a.how)?;
            }
        }
    } else if session.saving() {
        writeln!(out, "Your answers are saved; this round resumes next time.")?;
    }
    if let Some(error) = &session.save_error {
        writeln!(out, "Warning: {error}")?;
    }
    Ok(())
}
