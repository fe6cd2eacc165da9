//! The line-by-line front end for screen readers and scripts: one answer per input line.

use std::io::{BufRead, Write};
use std::time::Instant;

use rand::SeedableRng;
use rand::rngs::StdRng;

use crate::content::channel::{Field, Weight, label};
use crate::content::{Body, Scenario, Verdict};
use crate::inert::inert;
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
            label(e.at),
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
            pool[i].id,
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

/// Plays one round reading answers line by line; end of input ends the round with its summary.
pub fn play(
    pool: &[Scenario],
    settings: &Settings,
    input: &mut impl BufRead,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let mut rng = StdRng::seed_from_u64(settings.seed);
    let mut round = Round::new(draw_round(pool, settings.count, &mut rng));
    writeln!(
        out,
        "redflag: {} items, seed {}. {HELP}",
        round.items.len(),
        settings.seed
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
            if let Some(outcome) = round.answer(pool, given, inspected, shown.elapsed()) {
                for l in feedback(scenario, outcome.kind, outcome.points) {
                    writeln!(out, "{l}")?;
                }
            }
            break;
        }
    }
    writeln!(out, "\n== Round over ==")?;
    for l in summary(pool, &round, &round.summary(pool)) {
        writeln!(out, "{l}")?;
    }
    Ok(())
}
