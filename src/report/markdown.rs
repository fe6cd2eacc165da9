//! A readable summary for a manager.

use std::fmt::Write;

use std::borrow::Cow;

use super::record::{ModuleLine, PackRef, Report};
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
    /// A name as the report keeps it (`credential-request`), as the Markdown shows it; a name
    /// this build does not know (a newer pack's) is shown as it is, made inert.
    pub fn label<'a>(self, t: &Catalog, name: &'a str) -> Cow<'a, str> {
        let worded = match self {
            Vocabulary::Theme => Theme::from_name(name).map(|theme| strings::theme_label(t, theme)),
            Vocabulary::Channel => Channel::from_name(name).map(|c| strings::channel_label(t, c)),
            Vocabulary::Cue => Cue::from_name(name).map(|cue| strings::cue_label(t, cue)),
        };
        worded.map_or_else(|| inert(name), Cow::Owned)
    }
}

/// The packs a report was made with: `id version` each.
pub fn pack_list(packs: &[PackRef]) -> String {
    packs
        .iter()
        .map(|p| format!("{} {}", p.id, p.version))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A table's heading row and its rule, from the cells' words.
pub fn table_head(cells: &[String]) -> String {
    format!("| {} |\n|{}", cells.join(" | "), "---|".repeat(cells.len()))
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

/// The report in Markdown, worded in `t`'s language; the data in it (names, ids, dates in
/// ISO form, numbers) is the same in every language.
pub fn to_markdown(t: &Catalog, r: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {}\n",
        crate::t!(t, "report-title", name = inert(&r.profile))
    );
    let generated = r.generated.format("%Y-%m-%d %H:%M UTC").to_string();
    let _ = writeln!(
        out,
        "{}\n",
        crate::t!(
            t,
            "report-generated",
            date = generated,
            packs = pack_list(&r.packs)
        )
    );
    let _ = writeln!(out, "## {}\n", crate::t!(t, "report-overall"));
    let rounds = u32::try_from(r.rounds.len()).unwrap_or(u32::MAX);
    let _ = writeln!(
        out,
        "- {}",
        crate::t!(t, "report-rounds-finished", count = rounds)
    );
    let _ = writeln!(
        out,
        "- {}",
        crate::t!(
            t,
            "report-answers",
            count = r.answered,
            right = r.correct,
            percent = pct(r.correct, r.answered)
        )
    );
    let _ = writeln!(
        out,
        "- {}",
        crate::t!(t, "report-missed-scams", count = r.misses)
    );
    let _ = writeln!(
        out,
        "- {}",
        crate::t!(t, "report-false-alarms", count = r.false_alarms)
    );
    let _ = writeln!(
        out,
        "- {}\n",
        crate::t!(t, "report-points", count = r.points)
    );
    let _ = writeln!(
        out,
        "## {}\n",
        crate::t!(t, "report-path-title", pass = r.pass_mark)
    );
    let _ = writeln!(
        out,
        "{}",
        table_head(&[
            crate::t!(t, "report-col-module"),
            crate::t!(t, "report-col-status"),
            crate::t!(t, "report-col-best"),
            crate::t!(t, "report-col-attempts"),
            crate::t!(t, "report-col-passed-on"),
        ])
    );
    for m in &r.modules {
        let date = m
            .passed_at
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default();
        // The title is worded from the module's id in the report's language; a module this
        // build does not know keeps the title its report was made with.
        let title = module_title(t, m);
        let status = crate::t!(t, "report-status", status = m.status.as_str());
        let _ = writeln!(
            out,
            "| {title} | {status} | {}% | {} | {date} |",
            m.best, m.attempts
        );
    }
    let complete = if r.path_complete { "yes" } else { "no" };
    let _ = writeln!(
        out,
        "\n{}\n",
        crate::t!(t, "report-path-complete", complete = complete)
    );
    for (title, counts, vocabulary) in [
        (
            crate::t!(t, "report-themes"),
            &r.by_theme,
            Vocabulary::Theme,
        ),
        (
            crate::t!(t, "report-channels"),
            &r.by_channel,
            Vocabulary::Channel,
        ),
        (crate::t!(t, "report-red-flags"), &r.by_cue, Vocabulary::Cue),
    ] {
        let _ = writeln!(
            out,
            "## {}\n",
            crate::t!(t, "report-weakest-first", title = title.as_str())
        );
        let list = weakest(counts, 1);
        if list.is_empty() {
            let _ = writeln!(out, "{}\n", crate::t!(t, "report-no-answers"));
            continue;
        }
        // A red flag's label is short: its meaning stands beside it for a reader new to it.
        let flags = vocabulary == Vocabulary::Cue;
        let mut head = vec![title];
        if flags {
            head.push(crate::t!(t, "report-col-meaning"));
        }
        head.extend([
            crate::t!(t, "report-col-right"),
            crate::t!(t, "report-col-answers"),
            crate::t!(t, "report-col-accuracy"),
        ]);
        let _ = writeln!(out, "{}", table_head(&head));
        for (name, c) in list {
            let meaning = match (flags, Cue::from_name(name)) {
                (false, _) => String::new(),
                (true, Some(cue)) => {
                    format!(" {} |", strings::cue_meaning(t, cue))
                }
                (true, None) => " |".into(),
            };
            let _ = writeln!(
                out,
                "| {} |{meaning} {} | {} | {} |",
                vocabulary.label(t, name),
                c.right,
                c.total,
                pct(c.right, c.total)
            );
        }
        let _ = writeln!(out);
    }
    let _ = writeln!(out, "## {}\n", crate::t!(t, "report-last-rounds"));
    let _ = writeln!(
        out,
        "{}",
        table_head(&[
            crate::t!(t, "report-col-finished"),
            crate::t!(t, "report-col-mode"),
            crate::t!(t, "report-col-right"),
            crate::t!(t, "report-col-missed-scams"),
            crate::t!(t, "report-col-false-alarms"),
            crate::t!(t, "report-col-points"),
        ])
    );
    for round in r.rounds.iter().rev().take(10) {
        let s = &round.summary;
        let mode = strings::mode(t, &s.mode);
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

/// A module's title in the report's language, from its id (`module-email-threats`, `final-exam`);
/// the title the report was made with when this build does not know the id.
fn module_title<'a>(t: &Catalog, m: &'a ModuleLine) -> Cow<'a, str> {
    if known_module(&m.id) {
        Cow::Owned(strings::module_name(t, &m.id))
    } else {
        Cow::Borrowed(m.title.as_str())
    }
}

fn known_module(id: &str) -> bool {
    id == crate::training::EXAM_ID
        || id
            .strip_prefix("module-")
            .is_some_and(|theme| Theme::from_name(theme).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_worded_as_the_game_words_them() {
        let t = Catalog::english();
        assert_eq!(
            Vocabulary::Cue.label(t, "credential-request"),
            "Asks for a password or code"
        );
        assert_eq!(Vocabulary::Theme.label(t, "email-threats"), "Email threats");
        assert_eq!(Vocabulary::Channel.label(t, "sms"), "Text message");
        assert_eq!(Vocabulary::Cue.label(t, "retired-cue"), "retired-cue");
    }

    #[test]
    fn themes_and_channels_are_worded_in_the_report_s_language() {
        let t = Catalog::get(crate::i18n::Lang::parse("ar").expect("Arabic"));
        assert_eq!(
            Vocabulary::Theme.label(t, "email-threats"),
            "تهديدات البريد الإلكتروني"
        );
        assert_eq!(Vocabulary::Channel.label(t, "sms"), "رسالة نصية");
        assert_eq!(Vocabulary::Theme.label(t, "new-theme"), "new-theme");
    }

    #[test]
    fn every_theme_and_channel_keeps_the_game_s_english_label() {
        let t = Catalog::english();
        for theme in Theme::ALL {
            assert_eq!(Vocabulary::Theme.label(t, theme.name()), theme.label());
        }
        for channel in Channel::ALL {
            assert_eq!(
                Vocabulary::Channel.label(t, channel.name()),
                channel.label()
            );
        }
    }
}
