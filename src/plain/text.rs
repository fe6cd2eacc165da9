//! Scenarios, feedback and summaries as plain text lines, shared by plain mode and `preview`.

use crate::content::channel::{CallKind, Device, Speaker, Weight};
use crate::content::{Body, Field, FieldKind, FieldPath, Scenario, Verdict};
use crate::inert::inert;
use crate::quiz::spot::{SpotResult, on_screen, targets, toggle};
use crate::quiz::{Round, Summary};
use crate::scoring::OutcomeKind;
use crate::strings;

/// Extra words for what a field looks like: ticked boxes, button weight, verified accounts.
fn decoration(body: Body<'_>, field: &Field<'_>) -> String {
    let path = field.path;
    let buttons = match (body, path.kind) {
        (Body::Consent(c), FieldKind::Checkbox) => {
            return match path.index.and_then(|i| c.checkboxes.get(i)) {
                Some(b) if b.checked => " [already ticked]".into(),
                Some(_) => " [not ticked]".into(),
                None => String::new(),
            };
        }
        (Body::Consent(c), FieldKind::Publisher) => {
            return if c.publisher_verified {
                " (verified publisher)".into()
            } else {
                " (unverified publisher)".into()
            };
        }
        (Body::Consent(c), _) => &c.buttons,
        (Body::Permission(p), _) => &p.buttons,
        (Body::Web(w), _) => &w.buttons,
        (Body::Notification(n), _) => &n.buttons,
        (Body::Post(p), FieldKind::Author) if p.verified => return " (verified)".into(),
        (Body::Message(m), FieldKind::FromName) if m.verified => return " (verified)".into(),
        _ => return String::new(),
    };
    if path.kind != FieldKind::Button {
        return String::new();
    }
    match path.index.and_then(|i| buttons.get(i)).map(|b| b.weight) {
        Some(Weight::Primary) => " (big highlighted button)".into(),
        Some(Weight::Secondary) => " (plain button)".into(),
        Some(Weight::Link) => " (small faint link)".into(),
        None => String::new(),
    }
}

/// A field's name as read out: a call's transcript lines say who spoke.
fn name(body: Body<'_>, path: FieldPath) -> String {
    let label = path.label();
    match (body, path.kind, path.index) {
        (Body::Call(c), FieldKind::Line, Some(i)) => match c.lines.get(i).map(|l| l.from) {
            Some(Speaker::Them) => format!("{label} (them)"),
            Some(Speaker::You) => format!("{label} (you)"),
            None => label,
        },
        _ => label,
    }
}

/// What kind of thing the scenario is, where its channel has kinds (a voicemail, a desktop push).
fn kind_line(body: Body<'_>) -> Option<&'static str> {
    match body {
        Body::Call(c) => Some(match c.kind {
            CallKind::Voice => "Incoming call",
            CallKind::Voicemail => "Voicemail",
            CallKind::Video => "Video meeting",
        }),
        Body::Notification(n) => Some(match n.device {
            Device::Phone => "Notification on your phone",
            Device::Desktop => "Notification on your desktop",
        }),
        _ => None,
    }
}

/// The situation line and the kind line that come before the fields.
fn preamble<'a>(scenario: &'a Scenario, out: &mut Vec<String>) -> Option<Body<'a>> {
    if !scenario.situation.is_empty() {
        out.push(format!("Situation: {}", inert(&scenario.situation)));
    }
    let body = scenario.body()?;
    out.extend(kind_line(body).map(String::from));
    Some(body)
}

/// The scenario as text lines; hidden details are announced until inspected.
pub fn describe(scenario: &Scenario, inspected: bool) -> Vec<String> {
    let mut out = Vec::new();
    let Some(body) = preamble(scenario, &mut out) else {
        return out;
    };
    for field in on_screen(&body).into_iter().filter(|f| !f.text.is_empty()) {
        let name = name(body, field.path);
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

/// The scenario for spot mode: every target numbered, by the same number before and after
/// inspecting; a hidden one is announced until inspected.
pub fn describe_numbered(scenario: &Scenario, inspected: bool) -> Vec<String> {
    let mut out = Vec::new();
    let Some(body) = preamble(scenario, &mut out) else {
        return out;
    };
    let fields = body.fields();
    for (n, target) in targets(scenario).iter().enumerate() {
        let parts: Vec<String> = target
            .fields
            .iter()
            .filter_map(|path| fields.iter().find(|f| f.path == *path))
            .map(|field| {
                if field.hidden && !inspected {
                    return format!("{}: (hidden; type i to inspect)", field.path.label());
                }
                format!(
                    "{}: {}{}",
                    name(body, field.path),
                    inert(field.text).trim_end().replace('\n', "\n    "),
                    decoration(body, field)
                )
            })
            .collect();
        out.push(format!("[{}] {}", n + 1, parts.join(" · ")));
    }
    out
}

/// Toggles the marks named by number in a command like `m 1 3`; says what is marked now. Numbers
/// are those `describe_numbered` gives; a hidden target can be marked once inspected.
pub fn mark_fields(
    scenario: &Scenario,
    inspected: bool,
    command: &str,
    marks: &mut Vec<FieldPath>,
) -> String {
    let targets = targets(scenario);
    for word in command.trim_start_matches('m').split_whitespace() {
        match word
            .parse::<usize>()
            .ok()
            .and_then(|n| n.checked_sub(1))
            .and_then(|i| targets.get(i))
        {
            Some(target) if target.hidden && !inspected => {
                return format!("Field {word} is hidden: type i to inspect first, then mark it.");
            }
            Some(target) => toggle(marks, &target.at),
            None => {
                return format!(
                    "There is no field {word}: the fields are numbered 1 to {}.",
                    targets.len()
                );
            }
        }
    }
    if marks.is_empty() {
        "Nothing marked.".into()
    } else {
        format!(
            "Marked: {}",
            marks
                .iter()
                .map(FieldPath::label)
                .collect::<Vec<_>>()
                .join(", ")
        )
    }
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
                name(body, f.path),
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
            if points > 0 {
                format!("RIGHT: it was {truth}. +{points} points.")
            } else {
                format!("RIGHT: it was {truth}.")
            }
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
            "  [{}] {}, in {}: \"{}\". {}",
            i + 1,
            strings::evidence_label(e.name),
            inert(&e.at.label()),
            inert(e.text),
            inert(e.why)
        ));
    }
    out.push(format!("Lesson: {}", inert(&scenario.lesson)));
    out
}

/// How spot mode's marks did, in one line.
pub fn spot_result(spot: &SpotResult) -> String {
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
    format!(
        "Your marks (+{}): found {}; missed {}; wrong marks {}.",
        strings::count(spot.points, "point", "points"),
        names(&spot.found),
        names(&spot.missed),
        names(&spot.wrong)
    )
}

/// End-of-round lines; the first starts with `score:` for scripts. Missed items are numbered,
/// so that the player can open one again by its number.
pub fn summary(pool: &[Scenario], round: &Round, s: &Summary) -> Vec<String> {
    let t = &s.tally;
    let mut out = vec![format!(
        "score: {}/{} right, {}, {}",
        t.correct(),
        t.total(),
        strings::count(s.points, "point", "points"),
        strings::best_streak(s.best_streak)
    )];
    out.extend(
        [
            strings::caught(t),
            strings::false_alarms(t),
            strings::sensitivity(t),
        ]
        .into_iter()
        .flatten(),
    );
    out.push(format!(
        "time: {}; inspected before answering: {} of {}",
        strings::count(s.seconds.round() as u64, "second", "seconds"),
        s.inspected,
        t.total()
    ));
    for (theme, (right, total)) in &s.by_theme {
        out.push(format!("{}: {right} of {total} right", theme.label()));
    }
    for (n, &i) in s.wrong.iter().enumerate() {
        out.push(format!(
            "review {}: {} ({}, {}): {}",
            n + 1,
            inert(&pool[i].title),
            pool[i].channel.label(),
            pool[i].verdict,
            inert(&pool[i].lesson)
        ));
    }
    if round.answers.len() < round.items.len() {
        out.push(format!(
            "answered {} of {}",
            round.answers.len(),
            strings::count(round.items.len() as u64, "item", "items")
        ));
    }
    out
}

#[cfg(test)]
#[path = "text_tests.rs"]
mod tests;
