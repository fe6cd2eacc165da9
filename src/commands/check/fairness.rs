//! The fairness gate's figures, worded for a trainer (human) and laid out for CI (JSON).

use std::io::Write;

use serde_json::{Map, Value, json};

use crate::content::fairness::words::MIN_TO_LEARN;
use crate::content::fairness::{
    BUDGET, Baseline, Breach, Fairness, Group, Player, Score, Share, Split, Surface, Tell,
};

fn percent(fraction: f64) -> String {
    format!("{:.0}%", fraction * 100.0)
}

fn score(s: Score) -> String {
    format!("{} ({}/{})", percent(s.accuracy()), s.correct, s.total)
}

fn player(p: Player) -> &'static str {
    match p {
        Player::BriefingLookup => "briefing lookup",
        Player::SurfaceWords => "surface words",
        Player::Majority => "majority verdict",
    }
}

fn surface(s: Surface) -> &'static str {
    match s {
        Surface::Situation => "situation line",
        Surface::Links => "links",
        Surface::Attachments => "attachments",
        Surface::FaintButtons => "faint buttons",
        Surface::PreTicked => "pre-ticked boxes",
        Surface::Verified => "verified mark",
        Surface::BareNumberSender => "bare-number sender",
        Surface::ReplyTo => "reply-to",
        Surface::Sponsored => "sponsored",
    }
}

fn baseline_line(b: &Baseline) -> String {
    if b.overall.total == 0 {
        return format!(
            "{:<17} not measured: it needs {} scenarios or more",
            player(b.player),
            MIN_TO_LEARN
        );
    }
    let channels: Vec<String> = b
        .by_channel
        .iter()
        .map(|(c, s)| format!("{c} {}", score(*s)))
        .collect();
    format!(
        "{:<17} {}; {}",
        player(b.player),
        score(b.overall),
        channels.join(", ")
    )
}

fn leaning(words: &[(String, f64)]) -> String {
    let quoted: Vec<String> = words.iter().map(|(w, _)| format!("\"{w}\"")).collect();
    if quoted.is_empty() {
        "nothing".into()
    } else {
        quoted.join(", ")
    }
}

/// The figures and, as warnings, every tell and everything outside the built-in pack's budget.
pub fn write_human(fairness: &Fairness, out: &mut impl Write) -> std::io::Result<()> {
    writeln!(
        out,
        "  fairness (players who judge nothing; the built-in pack keeps each under {} overall and {} per channel of {}+ items):",
        percent(BUDGET.overall),
        percent(BUDGET.per_channel),
        BUDGET.channel_items
    )?;
    for b in &fairness.baselines {
        writeln!(out, "    {}", baseline_line(b))?;
    }
    let learnt = fairness
        .baseline(Player::SurfaceWords)
        .is_some_and(|b| b.overall.total > 0);
    if learnt {
        writeln!(
            out,
            "    the word model leans dangerous on: {}",
            leaning(&fairness.words.leans_dangerous)
        )?;
        writeln!(
            out,
            "    the word model leans safe on:      {}",
            leaning(&fairness.words.leans_safe)
        )?;
    }
    writeln!(out, "  surface per channel (safe vs dangerous):")?;
    for s in &fairness.surfaces {
        let mut parts = vec![format!(
            "length {:.0} vs {:.0}",
            s.mean_length.0, s.mean_length.1
        )];
        parts.extend(s.contrasts.iter().map(|c| {
            format!(
                "{} {} vs {}",
                surface(c.surface),
                percent(c.safe.fraction()),
                percent(c.dangerous.fraction())
            )
        }));
        writeln!(
            out,
            "    {:<12} {} safe, {} dangerous: {}",
            s.channel.name(),
            s.safe,
            s.dangerous,
            parts.join(", ")
        )?;
    }
    for tell in fairness.tells() {
        writeln!(out, "warning: a tell: {}", tell_words(&tell))?;
    }
    for breach in fairness.breaches(&BUDGET) {
        writeln!(out, "warning: over budget: {}", breach_words(&breach))?;
    }
    Ok(())
}

fn tell_words(tell: &Tell) -> String {
    match tell {
        Tell::Length {
            channel,
            mean_length: (safe, dangerous),
        } => {
            format!("{channel}: safe items average {safe:.0} characters, dangerous {dangerous:.0}")
        }
        Tell::Share { channel, contrast } => format!(
            "{channel}: {} in {} of safe items, {} of dangerous",
            surface(contrast.surface),
            percent(contrast.safe.fraction()),
            percent(contrast.dangerous.fraction())
        ),
    }
}

fn breach_words(breach: &Breach) -> String {
    match breach {
        Breach::Baseline {
            player: p,
            channel,
            score: s,
            limit,
        } => {
            let place = channel.map_or("overall".to_string(), |c| format!("in {c}"));
            format!(
                "the {} scores {} {place}, above {}",
                player(*p),
                score(*s),
                percent(*limit)
            )
        }
        Breach::VerdictShare { group, split } => {
            let name = match group {
                Group::Channel(c) => format!("channel {c}"),
                Group::Theme(t) => format!("theme {t}"),
            };
            format!(
                "{name} is {} safe ({} of {}), outside {}–{}",
                percent(split.safe_share()),
                split.safe,
                split.total,
                percent(BUDGET.verdict_share.0),
                percent(BUDGET.verdict_share.1)
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
        .map(|t| json!(tell_words(t)))
        .collect();
    let breaches: Vec<Value> = fairness
        .breaches(&BUDGET)
        .iter()
        .map(|b| json!(breach_words(b)))
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
