//! A readable summary for a manager.

use std::fmt::Write;

use super::record::Report;
use crate::inert::inert;
use crate::progress::model::Count;

fn pct(part: u32, whole: u32) -> String {
    if whole == 0 {
        "–".into()
    } else {
        format!("{:.0}%", f64::from(part) * 100.0 / f64::from(whole))
    }
}

/// Weakest first, at least `min` answers.
pub fn weakest(
    counts: &std::collections::BTreeMap<String, Count>,
    min: u32,
) -> Vec<(&String, &Count)> {
    let mut list: Vec<(&String, &Count)> = counts.iter().filter(|(_, c)| c.total >= min).collect();
    list.sort_by(|a, b| {
        a.1.accuracy()
            .partial_cmp(&b.1.accuracy())
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(a.0.cmp(b.0))
    });
    list
}

pub fn to_markdown(r: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# redflag report: {}\n", inert(&r.profile));
    let packs: Vec<String> = r
        .packs
        .iter()
        .map(|p| format!("{} {}", p.id, p.version))
        .collect();
    let _ = writeln!(
        out,
        "Generated {} · packs: {}\n",
        r.generated.format("%Y-%m-%d %H:%M UTC"),
        packs.join(", ")
    );
    let _ = writeln!(out, "## Overall\n");
    let _ = writeln!(out, "- Rounds finished: {}", r.rounds.len());
    let _ = writeln!(
        out,
        "- Answers: {} ({} right, {})",
        r.answered,
        r.correct,
        pct(r.correct, r.answered)
    );
    let _ = writeln!(out, "- Missed scams (dangerous judged safe): {}", r.misses);
    let _ = writeln!(
        out,
        "- False alarms (safe judged dangerous): {}",
        r.false_alarms
    );
    let _ = writeln!(out, "- Points: {}\n", r.points);
    let _ = writeln!(out, "## Training path (pass mark {}%)\n", r.pass_mark);
    let _ = writeln!(
        out,
        "| Module | Status | Best | Attempts | Passed on |\n|---|---|---|---|---|"
    );
    for m in &r.modules {
        let date = m
            .passed_at
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "| {} | {} | {}% | {} | {} |",
            m.title, m.status, m.best, m.attempts, date
        );
    }
    let _ = writeln!(
        out,
        "\nPath complete: {}\n",
        if r.path_complete { "yes" } else { "no" }
    );
    for (title, counts) in [
        ("Themes", &r.by_theme),
        ("Channels", &r.by_channel),
        ("Red flags", &r.by_cue),
    ] {
        let _ = writeln!(out, "## {title}, weakest first\n");
        let list = weakest(counts, 1);
        if list.is_empty() {
            let _ = writeln!(out, "No answers yet.\n");
            continue;
        }
        let _ = writeln!(
            out,
            "| {title} | Right | Answers | Accuracy |\n|---|---|---|---|"
        );
        for (name, c) in list {
            let _ = writeln!(
                out,
                "| {name} | {} | {} | {} |",
                c.right,
                c.total,
                pct(c.right, c.total)
            );
        }
        let _ = writeln!(out);
    }
    let _ = writeln!(out, "## Last rounds\n");
    let _ = writeln!(
        out,
        "| Finished | Mode | Right | Missed scams | False alarms | Points |\n|---|---|---|---|---|---|"
    );
    for round in r.rounds.iter().rev().take(10) {
        let s = &round.summary;
        let mode = s
            .mode
            .module()
            .map_or(s.mode.name().to_string(), |m| format!("module {m}"));
        let _ = writeln!(
            out,
            "| {} | {mode} | {}/{} | {} | {} | {} |",
            s.finished.format("%Y-%m-%d %H:%M"),
            s.correct,
            s.answered,
            s.misses,
            s.false_alarms,
            s.points
        );
    }
    out
}
