//! The fairness gate's figures, worded for a trainer (human, in the trainer's language) and laid
//! out for CI (JSON, whose tells and breaches stay in English for scripts).

use std::io::Write;

use serde_json::{Map, Value, json};

use crate::content::fairness::words::MIN_TO_LEARN;
use crate::content::fairness::{
    BUDGET, Baseline, Breach, Fairness, Group, Player, Score, Share, Split, Surface, Tell,
};
use crate::i18n::Catalog;
use crate::t;

fn percent(fraction: f64) -> String {
    format!("{:.0}%", fraction * 100.0)
}

fn score(s: Score) -> String {
    format!("{} ({}/{})", percent(s.accuracy()), s.correct, s.total)
}

fn player(t: &Catalog, p: Player) -> String {
    match p {
        Player::BriefingLookup => t!(t, "check-player-briefing"),
        Player::SurfaceWords => t!(t, "check-player-words"),
        Player::Majority => t!(t, "check-player-majority"),
    }
}

fn surface(t: &Catalog, s: Surface) -> String {
    match s {
        Surface::Situation => t!(t, "check-surface-situation"),
        Surface::Links => t!(t, "check-surface-links"),
        Surface::Attachments => t!(t, "check-surface-attachments"),
        Surface::FaintButtons => t!(t, "check-surface-faint-buttons"),
        Surface::PreTicked => t!(t, "check-surface-pre-ticked"),
        Surface::Verified => t!(t, "check-surface-verified"),
        Surface::BareNumberSender => t!(t, "check-surface-bare-number"),
        Surface::ReplyTo => t!(t, "check-surface-reply-to"),
        Surface::Sponsored => t!(t, "check-surface-sponsored"),
    }
}

fn baseline_line(t: &Catalog, b: &Baseline) -> String {
    if b.overall.total == 0 {
        return format!(
            "{:<17} {}",
            player(t, b.player),
            t!(t, "check-not-measured", count = MIN_TO_LEARN)
        );
    }
    let channels: Vec<String> = b
        .by_channel
        .iter()
        .map(|(c, s)| format!("{c} {}", score(*s)))
        .collect();
    let figures = t!(
        t,
        "check-baseline",
        overall = score(b.overall),
        channels = channels.join(&t!(t, "cmd-list-separator"))
    );
    format!("{:<17} {figures}", player(t, b.player))
}

fn leaning(t: &Catalog, words: &[(String, f64)]) -> String {
    let quoted: Vec<String> = words.iter().map(|(w, _)| format!("\"{w}\"")).collect();
    if quoted.is_empty() {
        t!(t, "check-nothing")
    } else {
        quoted.join(&t!(t, "cmd-list-separator"))
    }
}

/// The figures and, as warnings, every tell and everything outside the built-in pack's budget.
pub fn write_human(t: &Catalog, fairness: &Fairness, out: &mut impl Write) -> std::io::Result<()> {
    let heading = t!(
        t,
        "check-fairness",
        overall = percent(BUDGET.overall),
        channel = percent(BUDGET.per_channel),
        items = BUDGET.channel_items.to_string()
    );
    writeln!(out, "  {heading}")?;
    for b in &fairness.baselines {
        writeln!(out, "    {}", baseline_line(t, b))?;
    }
    let learnt = fairness
        .baseline(Player::SurfaceWords)
        .is_some_and(|b| b.overall.total > 0);
    if learnt {
        let words = leaning(t, &fairness.words.leans_dangerous);
        writeln!(out, "    {}", t!(t, "check-leans-dangerous", words = words))?;
        let words = leaning(t, &fairness.words.leans_safe);
        writeln!(out, "    {}", t!(t, "check-leans-safe", words = words))?;
    }
    writeln!(out, "  {}", t!(t, "check-surface"))?;
    for s in &fairness.surfaces {
        let mut parts = vec![t!(
            t,
            "check-surface-length",
            safe = format!("{:.0}", s.mean_length.0),
            dangerous = format!("{:.0}", s.mean_length.1)
        )];
        parts.extend(s.contrasts.iter().map(|c| {
            t!(
                t,
                "check-surface-share",
                surface = surface(t, c.surface),
                safe = percent(c.safe.fraction()),
                dangerous = percent(c.dangerous.fraction())
            )
        }));
        let line = t!(
            t,
            "check-surface-line",
            safe = s.safe.to_string(),
            dangerous = s.dangerous.to_string(),
            parts = parts.join(&t!(t, "cmd-list-separator"))
        );
        writeln!(out, "    {:<12} {line}", s.channel.name())?;
    }
    for tell in fairness.tells() {
        writeln!(
            out,
            "{}",
            t!(t, "check-channel-tell", tell = tell_words(t, &tell))
        )?;
    }
    for breach in fairness.breaches(&BUDGET) {
        let breach = breach_words(t, &breach);
        writeln!(out, "{}", t!(t, "check-over-budget", breach = breach))?;
    }
    Ok(())
}

fn tell_words(t: &Catalog, tell: &Tell) -> String {
    match tell {
        Tell::Length {
            channel,
            mean_length: (safe, dangerous),
        } => t!(
            t,
            "check-channel-length",
            channel = channel.name(),
            safe = format!("{safe:.0}"),
            dangerous = format!("{dangerous:.0}")
        ),
        Tell::Share { channel, contrast } => t!(
            t,
            "check-channel-share",
            channel = channel.name(),
            surface = surface(t, contrast.surface),
            safe = percent(contrast.safe.fraction()),
            dangerous = percent(contrast.dangerous.fraction())
        ),
    }
}

fn breach_words(t: &Catalog, breach: &Breach) -> String {
    match breach {
        Breach::Baseline {
            player: p,
            channel,
            score: s,
            limit,
        } => {
            let place = channel.map_or_else(
                || t!(t, "check-breach-overall"),
                |c| t!(t, "check-breach-in", channel = c.name()),
            );
            t!(
                t,
                "check-breach-baseline",
                player = player(t, *p),
                score = score(*s),
                place = place,
                limit = percent(*limit)
            )
        }
        Breach::VerdictShare { group, split } => {
            let group = match group {
                Group::Channel(c) => t!(t, "check-group-channel", channel = c.name()),
                Group::Theme(theme) => t!(t, "check-group-theme", theme = theme.name()),
            };
            t!(
                t,
                "check-breach-share",
                group = group,
                share = percent(split.safe_share()),
                safe = split.safe.to_string(),
                total = split.total.to_string(),
                low = percent(BUDGET.verdict_share.0),
                high = percent(BUDGET.verdict_share.1)
            )
        }
    }
}

fn score_json(s: Score) -> Value {
    json!({ "correct": s.correct, "total": s.total, "accuracy": s.accuracy() })
}

fn split_json(s: Split) -> Value {
    json!({ "safe": s.safe, "total": s.total, "safe_share": s.safe_share() })
}

fn share_json(s: Share) -> Value {
    json!({ "with": s.with, "of": s.of, "share": s.fraction() })
}

fn words_json(words: &[(String, f64)]) -> Value {
    words
        .iter()
        .map(|(w, weight)| json!({ "words": w, "weight": weight }))
        .collect()
}

/// The `fairness` object of `check --format json`.
pub fn to_json(fairness: &Fairness) -> Value {
    let mut baselines = Map::new();
    for b in &fairness.baselines {
        let by_channel: Map<String, Value> = b
            .by_channel
            .iter()
            .map(|(c, s)| (c.name().to_string(), score_json(*s)))
            .collect();
        let mut entry = json!({ "overall": score_json(b.overall), "by_channel": by_channel });
        if b.player == Player::SurfaceWords {
            entry["leans_dangerous"] = words_json(&fairness.words.leans_dangerous);
            entry["leans_safe"] = words_json(&fairness.words.leans_safe);
        }
        baselines.insert(b.player.name().to_string(), entry);
    }
    let mut surfaces = Map::new();
    for s in &fairness.surfaces {
        let mut entry = json!({
            "safe": s.safe,
            "dangerous": s.dangerous,
            "mean_length": { "safe": s.mean_length.0, "dangerous": s.mean_length.1 },
        });
        for c in &s.contrasts {
            entry[c.surface.name()] =
                json!({ "safe": share_json(c.safe), "dangerous": share_json(c.dangerous) });
        }
        surfaces.insert(s.channel.name().to_string(), entry);
    }
    let splits = |items: Vec<(&str, Split)>| -> Map<String, Value> {
        items
            .into_iter()
            .map(|(k, s)| (k.to_string(), split_json(s)))
            .collect()
    };
    let tells: Vec<Value> = fairness
        .tells()
        .iter()
        .map(|tell| json!(tell_words(Catalog::english(), tell)))
        .collect();
    let breaches: Vec<Value> = fairness
        .breaches(&BUDGET)
        .iter()
        .map(|b| json!(breach_words(Catalog::english(), b)))
        .collect();
    json!({
        "scenarios": fairness.scenarios,
        "verdict_balance": {
            "by_channel": splits(fairness.by_channel.iter().map(|(c, s)| (c.name(), *s)).collect()),
            "by_theme": splits(fairness.by_theme.iter().map(|(t, s)| (t.name(), *s)).collect()),
        },
        "baselines": baselines,
        "surfaces": surfaces,
        "tells": tells,
        "budget": {
            "overall": BUDGET.overall,
            "per_channel": BUDGET.per_channel,
            "channel_items": BUDGET.channel_items,
            "verdict_share": [BUDGET.verdict_share.0, BUDGET.verdict_share.1],
            "breaches": breaches,
        },
    })
}
