//! The line-by-line front end for screen readers and scripts: one answer per input line.

use std::io::{BufRead, Write};
use std::time::Instant;

use chrono::Utc;

use rand::SeedableRng;
use rand::rngs::StdRng;

use crate::content::channel::{Field, Weight, label};
use crate::content::{Body, Scenario, Verdict};
use crate::inert::inert;
use crate::progress::review::pick;
use crate::progress::{Mode, RECENT_ROUNDS, Session, achievements, recently_seen};
use crate::quiz::{Round, Summary, draw_round};
use crate::scoring::OutcomeKind;
use crate::tui::Settings;

const HELP: &str = "Type s (safe), d (dangerous), i (inspect the details), q (quit the round).";

/// Extra words for what a field looks like: ticked boxes, button weight, verified accounts.
fn decoration(body: Body<'_>, field: &Field<'_>) -> String {
    let index = |p: &str| {
        p.split('.')
            .nth(1)
            .and_then(|n| n.parse::<usize>().ok())
            .and_then(|n| n.checked_sub(1))
    };
    let buttons = match body {
        Body::Consent(c) if field.path.starts_with("checkbox.") => {
            return match index(&field.path).and_then(|i| c.checkboxes.get(i)) {
                Some(b) if b.checked => " [already ticked]".into(),
                Some(_) => " [not ticked]".into(),
                None => String::new(),
            };
        }
        Body::Consent(c) if field.path == "publisher" => {
            return if c.publisher_verified {
                " (verified publisher)".into()
            } else {
                " (unverified publisher)".into()
            };
        }
        Body::Consent(c) => &c.buttons,
        Body::Permission(p) => &p.buttons,
        Body::Web(w) => &w.buttons,
        Body::Post(p) if field.path == "author" && p.verified => return " (verified)".into(),
        Body::Message(m) if field.path == "from_name" && m.verified => return " (verified)".into(),
        _ => return String::new(),
    };
    if !field.path.starts_with("button.") {
        return String::new();
    }
    match index(&field.path)
        .and_then(|i| buttons.get(i))
        .map(|b| b.weight)
    {
        Some(Weight::Primary) => " (big highlighted button)".into(),
        Some(Weight::Secondary) => " (plain button)".into(),
        Some(Weight::Link) => " (small faint link)".into(),
        None => String::new(),
    }
}

/// The scenario as text lines; hidden details are announced until inspected.
pub fn describe(scenario: &Scenario, inspected: bool) -> Vec<String> {
    let mut out = Vec::new();
    if !scenario.situation.is_empty() {
        out.push(format!("Situation: {}", inert(&scenario.situation)));
    }
    let Some(body) = scenario.body() else {
        return out;
    };
    for field in body.fields().into_iter().filter(|f| !f.text.is_empty()) {
        let name = label(&field.path);
        if field.hidden && !inspected {
            out.push(format!("{name}: (hidden; type i to inspect)"));
            continue;
        }
        let text = inert(field.text);
        let text = text.trim_end();
        if text.contains('\n') {
            out.push(format!("{name}:"));
            out.extend(text.lines().map(|l| format!("  {l}")));
        } else {
            out.push(format!("{name}: {text}{}", decoration(body, &field)));
        }
    }
    out
}

/// The details inspecting reveals, alone.
pub fn revealed(scenario: &Scenario) -> Vec<String> {
    let Some(body) = scenario.body() else {
        return Vec::new();
    };
    let lines: Vec<String> = body
        .fields()
        .iter()
        .filter(|f| f.hidden)
        .map(|f| {
            format!(
                "{}: {}{}",
                label(&f.path),
                inert(f.text),
                decoration(body, f)
            )
        })
        .collect();
    if lines.is_empty() {
        vec!["Nothing is hidden here: everything is already shown.".into()]
    } else {
        lines
    }
}

/// Feedback: right or wrong in words, each flag or sign with where it stands, the lesson.
pub fn feedback(scenario: &Scenario, kind: OutcomeKind, points: u32) -> Vec<String> {
    let truth = scenario.verdict.name();
    let mut out = vec![match kind {
        OutcomeKind::Hit | OutcomeKind::CorrectRejection => {
            format!("RIGHT: it was {truth}. +{points} points.")
        }
        OutcomeKind::MissedScam => {
            "WRONG: this was dangerous and you judged it safe (a missed scam).".into()
        }
        OutcomeKind::FalseAlarm => {
            "WRONG: this was safe and you judged it dangerous (a false alarm).".into()
        }
    }];
    out.push(format!(
        "{}: {}",
        if scenario.verdict == Verdict::Dangerous {
            "Red flags"
        } else {
            "Why it is safe"
        },
        inert(&scenario.title)
    ));
    for (i, e) in scenario.evidence().iter().enumerate() {
        out.push(format!(
            "  [{}] {} in {}: \"{}\". {}",
            i + 1,
            e.name,
            inert(&label(e.at)),
            inert(e.text),
            inert(e.why)
        ));
    }
    out.push(format!("Lesson: {}", inert(&scenario.lesson)));
    out
}

/// End-of-round lines; the first starts with `score:` for scripts.
pub fn summary(pool: &[Scenario], round: &Round, s: &Summary) -> Vec<String> {
    let t = &s.tally;
    let pct = |r: Option<f64>| r.map_or("-".to_string(), |r| format!("{:.0}%", r * 100.0));
    let mut out = vec![
        format!(
            "score: {}/{} right, {} points, best streak {}",
            t.correct(),
            t.total(),
            s.points,
            s.best_streak
        ),
        format!("missed scams: {} (dangerous judged safe)", t.misses),
        format!("false alarms: {} (safe judged dangerous)", t.false_alarms),
        format!(
            "catch rate: {}, false-alarm rate: {}, sensitivity d': {}",
            pct(t.catch_rate()),
            pct(t.false_alarm_rate()),
            t.d_prime().map_or("-".into(), |d| format!("{d:.2}"))
        ),
        format!(
            "time: {:.0} seconds; inspected before answering: {} of {}",
            s.seconds,
            s.inspected,
            t.total()
        ),
    ];
    for (theme, (right, total)) in &s.by_theme {
        out.push(format!("theme {}: {right}/{total}", theme.name()));
    }
    for &i in &s.wrong {
        out.push(format!(
            "review: {} ({}): {}",
            inert(&pool[i].title),
            inert(&pool[i].id),
            inert(&pool[i].lesson)
        ));
    }
    if round.answers.len() < round.items.len() {
        out.push(format!(
            "answered {} of {} items",
            round.answers.len(),
            round.items.len()
        ));
    }
    out
}

/// Which round plain mode plays.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plan {
    /// The unfinished round if there is one, else a new one.
    ResumeOrFresh,
    Fresh,
    Review,
}

/// Chooses the round: resumed, review or freshly drawn. None when a review has nothing due.
fn choose_round(
    pool: &[Scenario],
    settings: &Settings,
    session: &mut Session,
    plan: Plan,
    out: &mut impl Write,
) -> anyhow::Result<Option<(Round, Mode, u64)>> {
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
        for l in describe(scenario, false) {
            writeln!(out, "{l}")?;
        }
        let shown = Instant::now();
        let mut inspected = false;
        loop {
            write!(out, "Your verdict (s/d/i/q)? ")?;
            out.flush()?;
            line.clear();
            if input.read_line(&mut line)? == 0 {
                writeln!(out)?;
                break 'items;
            }
            let given = match line.trim().to_ascii_lowercase().as_str() {
                "s" | "safe" => Verdict::Safe,
                "d" | "dangerous" => Verdict::Dangerous,
                "i" | "inspect" => {
                    inspected = true;
                    for l in revealed(scenario) {
                        writeln!(out, "  {l}")?;
                    }
                    continue;
                }
                "q" | "quit" => break 'items,
                _ => {
                    writeln!(out, "{HELP}")?;
                    continue;
                }
            };
            if let Some(outcome) = round.answer(pool, given, inspected, shown.elapsed())
                && let Some(answer) = round.answers.last()
            {
                session.answer(scenario, answer, Utc::now());
                for l in feedback(scenario, outcome.kind, outcome.points) {
                    writeln!(out, "{l}")?;
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
        for id in session.finish(Utc::now()) {
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
