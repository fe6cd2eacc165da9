//! A readable summary for a manager.

use std::fmt::Write;

use std::borrow::Cow;

use super::record::Report;
use crate::content::{Channel, Cue, Theme};
use crate::i18n::Catalog;
use crate::inert::inert;
use crate::progress::model::Count;
use crate::strings;

/// Which vocabulary a report's counts are kept by: their names stay ids in the data (JSON, CSV,
/// xAPI), and are worded as the game words them in Markdown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Vocabulary {
    Theme,
    Channel,
    Cue,
}

impl Vocabulary {
    /// A name as the report keeps it (`credential-request`), as the Markdown shows it.
    pub fn label(self, name: &str) -> Cow<'_, str> {
        // English until the report's language reaches here.
        let t = Catalog::english();
        let worded = match self {
            Vocabulary::Theme => Theme::from_name(name).map(|theme| strings::theme_label(t, theme)),
            Vocabulary::Channel => Channel::from_name(name).map(|c| strings::channel_label(t, c)),
            Vocabulary::Cue => Cue::from_name(name).map(|cue| strings::cue_label(t, cue)),
        };
        worded.map_or_else(|| inert(name), Cow::Owned)
    }
}

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
    for (title, counts, vocabulary) in [
        ("Themes", &r.by_theme, Vocabulary::Theme),
        ("Channels", &r.by_channel, Vocabulary::Channel),
        ("Red flags", &r.by_cue, Vocabulary::Cue),
    ] {
        let _ = writeln!(out, "## {title}, weakest first\n");
        let list = weakest(counts, 1);
        if list.is_empty() {
            let _ = writeln!(out, "No answers yet.\n");
            continue;
        }
        // A red flag's label is short: its meaning stands beside it for a reader new to it.
        let flags = vocabulary == Vocabulary::Cue;
        let _ = if flags {
            writeln!(
                out,
                "| {title} | What it means | Right | Answers | Accuracy |\n|---|---|---|---|---|"
            )
        } else {
            writeln!(
                out,
                "| {title} | Right | Answers | Accuracy |\n|---|---|---|---|"
            )
        };
        for (name, c) in list {
            let meaning = match (flags, Cue::from_name(name)) {
                (false, _) => String::new(),
                (true, Some(cue)) => {
                    format!(" {} |", strings::cue_meaning(Catalog::english(), cue))
                }
                (true, None) => " |".into(),
            };
            let _ = writeln!(
                out,
                "| {} |{meaning} {} | {} | {} |",
                vocabulary.label(name),
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
        let mode = strings::mode(Catalog::english(), &s.mode);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_worded_as_the_game_words_them() {
        assert_eq!(
            Vocabulary::Cue.label("credential-request"),
            "Asks for a password or code"
        );
        assert_eq!(Vocabulary::Theme.label("email-threats"), "Email threats");
        assert_eq!(Vocabulary::Channel.label("sms"), "Text message");
        assert_eq!(Vocabulary::Cue.label("retired-cue"), "retired-cue");
    }
}
