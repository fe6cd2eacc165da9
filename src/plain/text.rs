//! Scenarios, feedback and summaries as plain text lines, shared by plain mode and `preview`, in
//! the player's language and in logical order (screen readers order the text themselves).

use crate::content::channel::{CallKind, Device, Speaker, Weight};
use crate::content::{Body, Field, FieldKind, FieldPath, Scenario, Verdict};
use crate::i18n::Catalog;
use crate::inert::inert;
use crate::quiz::spot::{SpotResult, on_screen, targets, toggle};
use crate::quiz::{Round, Summary};
use crate::scoring::OutcomeKind;
use crate::strings;

/// Extra words for what a field looks like: ticked boxes, button weight, verified accounts.
fn decoration(t: &Catalog, body: Body<'_>, field: &Field<'_>) -> String {
    let path = field.path;
    let bracketed = |words: String| format!(" ({words})");
    let buttons = match (body, path.kind) {
        (Body::Consent(c), FieldKind::Checkbox) => {
            return match path.index.and_then(|i| c.checkboxes.get(i)) {
                Some(b) if b.checked => format!(" [{}]", crate::t!(t, "plain-ticked")),
                Some(_) => format!(" [{}]", crate::t!(t, "plain-not-ticked")),
                None => String::new(),
            };
        }
        (Body::Consent(c), FieldKind::Publisher) => {
            return bracketed(if c.publisher_verified {
                crate::t!(t, "plain-verified-publisher")
            } else {
                crate::t!(t, "plain-unverified-publisher")
            });
        }
        (Body::Consent(c), _) => &c.buttons,
        (Body::Permission(p), _) => &p.buttons,
        (Body::Web(w), _) => &w.buttons,
        (Body::Notification(n), _) => &n.buttons,
        (Body::Post(p), FieldKind::Author) if p.verified => {
            return bracketed(crate::t!(t, "plain-verified"));
        }
        (Body::Message(m), FieldKind::FromName) if m.verified => {
            return bracketed(crate::t!(t, "plain-verified"));
        }
        _ => return String::new(),
    };
    if path.kind != FieldKind::Button {
        return String::new();
    }
    match path.index.and_then(|i| buttons.get(i)).map(|b| b.weight) {
        Some(Weight::Primary) => bracketed(crate::t!(t, "plain-button-primary")),
        Some(Weight::Secondary) => bracketed(crate::t!(t, "plain-button-secondary")),
        Some(Weight::Link) => bracketed(crate::t!(t, "plain-button-link")),
        None => String::new(),
    }
}

/// A field's name as read out: a call's transcript lines say who spoke.
fn name(t: &Catalog, body: Body<'_>, path: FieldPath) -> String {
    let label = strings::field_label(t, path);
    match (body, path.kind, path.index) {
        (Body::Call(c), FieldKind::Line, Some(i)) => match c.lines.get(i).map(|l| l.from) {
            Some(Speaker::Them) => crate::t!(t, "plain-speaker-them", field = label),
            Some(Speaker::You) => crate::t!(t, "plain-speaker-you", field = label),
            None => label,
        },
        _ => label,
    }
}

/// What kind of thing the scenario is, where its channel has kinds (a voicemail, a desktop push).
fn kind_line(t: &Catalog, body: Body<'_>) -> Option<String> {
    match body {
        Body::Call(c) => Some(match c.kind {
            CallKind::Voice => crate::t!(t, "plain-incoming-call"),
            CallKind::Voicemail => crate::t!(t, "plain-voicemail"),
            CallKind::Video => crate::t!(t, "plain-video-meeting"),
        }),
        Body::Notification(n) => Some(match n.device {
            Device::Phone => crate::t!(t, "plain-notification-phone"),
            Device::Desktop => crate::t!(t, "plain-notification-desktop"),
        }),
        _ => None,
    }
}

/// The situation line and the kind line that come before the fields.
fn preamble<'a>(t: &Catalog, scenario: &'a Scenario, out: &mut Vec<String>) -> Option<Body<'a>> {
    if !scenario.situation.is_empty() {
        let text = inert(&scenario.situation).into_owned();
        out.push(crate::t!(t, "plain-situation", text = text));
    }
    let body = scenario.body()?;
    out.extend(kind_line(t, body));
    Some(body)
}

fn hidden(t: &Catalog, field: String) -> String {
    crate::t!(t, "plain-hidden", field = field)
}

/// The scenario as text lines; hidden details are announced until inspected.
pub fn describe(t: &Catalog, scenario: &Scenario, inspected: bool) -> Vec<String> {
    let mut out = Vec::new();
    let Some(body) = preamble(t, scenario, &mut out) else {
        return out;
    };
    for field in on_screen(&body).into_iter().filter(|f| !f.text.is_empty()) {
        let name = name(t, body, field.path);
        if field.hidden && !inspected {
            out.push(hidden(t, name));
            continue;
        }
        let text = inert(field.text);
        let text = text.trim_end();
        if text.contains('\n') {
            out.push(format!("{name}:"));
            out.extend(text.lines().map(|l| format!("  {l}")));
        } else {
            out.push(format!("{name}: {text}{}", decoration(t, body, &field)));
        }
    }
    out
}

/// The scenario for spot mode: every target numbered, by the same number before and after
/// inspecting; a hidden one is announced until inspected.
pub fn describe_numbered(t: &Catalog, scenario: &Scenario, inspected: bool) -> Vec<String> {
    let mut out = Vec::new();
    let Some(body) = preamble(t, scenario, &mut out) else {
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
                    return hidden(t, strings::field_label(t, field.path));
                }
                format!(
                    "{}: {}{}",
                    name(t, body, field.path),
                    inert(field.text).trim_end().replace('\n', "\n    "),
                    decoration(t, body, field)
                )
            })
            .collect();
        out.push(format!("[{}] {}", n + 1, parts.join(" · ")));
    }
    out
}

/// Fields by their labels, or "none".
fn labels(t: &Catalog, fields: &[FieldPath]) -> String {
    if fields.is_empty() {
        return crate::t!(t, "plain-none");
    }
    fields
        .iter()
        .map(|f| strings::field_label(t, *f))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Toggles the marks named by number in a command like `m 1 3`; says what is marked now. Numbers
/// are those `describe_numbered` gives; a hidden target can be marked once inspected.
pub fn mark_fields(
    t: &Catalog,
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
                return crate::t!(
                    t,
                    "plain-field-hidden-mark",
                    number = inert(word).into_owned()
                );
            }
            Some(target) => toggle(marks, &target.at),
            None => {
                return crate::t!(
                    t,
                    "plain-no-field",
                    number = inert(word).into_owned(),
                    count = targets.len()
                );
            }
        }
    }
    if marks.is_empty() {
        crate::t!(t, "plain-nothing-marked")
    } else {
        crate::t!(t, "plain-marked", fields = labels(t, marks))
    }
}

/// The details inspecting reveals, alone.
pub fn revealed(t: &Catalog, scenario: &Scenario) -> Vec<String> {
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
                name(t, body, f.path),
                inert(f.text),
                decoration(t, body, f)
            )
        })
        .collect();
    if lines.is_empty() {
        vec![crate::t!(t, "plain-nothing-hidden")]
    } else {
        lines
    }
}

/// Feedback: right or wrong in words, each flag or sign with where it stands, the lesson.
pub fn feedback(t: &Catalog, scenario: &Scenario, kind: OutcomeKind, points: u32) -> Vec<String> {
    let truth = strings::verdict(t, scenario.verdict);
    let mut out = vec![match kind {
        OutcomeKind::Hit | OutcomeKind::CorrectRejection if points > 0 => {
            crate::t!(t, "plain-right-points", truth = truth, points = points)
        }
        OutcomeKind::Hit | OutcomeKind::CorrectRejection => {
            crate::t!(t, "plain-right", truth = truth)
        }
        OutcomeKind::MissedScam => crate::t!(t, "plain-wrong-missed"),
        OutcomeKind::FalseAlarm => crate::t!(t, "plain-wrong-false-alarm"),
    }];
    let title = inert(&scenario.title).into_owned();
    out.push(if scenario.verdict == Verdict::Dangerous {
        crate::t!(t, "plain-red-flags", title = title)
    } else {
        crate::t!(t, "plain-why-safe", title = title)
    });
    for (i, e) in scenario.evidence().iter().enumerate() {
        let line = crate::t!(
            t,
            "plain-evidence",
            label = strings::evidence_label(t, e.name),
            at = inert(&strings::anchor_label(t, e.at)).into_owned(),
            text = inert(e.text).into_owned(),
            why = inert(e.why).into_owned()
        );
        out.push(format!("  [{}] {line}", i + 1));
    }
    let lesson = inert(&scenario.lesson).into_owned();
    out.push(crate::t!(t, "plain-lesson", text = lesson));
    out
}

/// How spot mode's marks did, in one line.
pub fn spot_result(t: &Catalog, spot: &SpotResult) -> String {
    crate::t!(
        t,
        "plain-spot-result",
        points = strings::points(t, spot.points),
        found = labels(t, &spot.found),
        missed = labels(t, &spot.missed),
        wrong = labels(t, &spot.wrong)
    )
}

/// End-of-round lines; the first starts with `score:` for scripts (in English). Missed items are
/// numbered, so that the player can open one again by its number.
pub fn summary(t: &Catalog, pool: &[Scenario], round: &Round, s: &Summary) -> Vec<String> {
    let tally = &s.tally;
    let mut out = vec![crate::t!(
        t,
        "plain-score",
        correct = tally.correct(),
        total = tally.total(),
        points = strings::points(t, s.points),
        streak = strings::best_streak(t, s.best_streak)
    )];
    out.extend(
        [
            strings::caught(t, tally),
            strings::false_alarms(t, tally),
            strings::sensitivity(t, tally),
        ]
        .into_iter()
        .flatten(),
    );
    out.push(crate::t!(
        t,
        "plain-time",
        seconds = strings::seconds(t, s.seconds.round() as u64),
        inspected = s.inspected,
        total = tally.total()
    ));
    for (theme, (right, total)) in &s.by_theme {
        out.push(crate::t!(
            t,
            "plain-theme-right",
            theme = strings::theme_label(t, *theme),
            right = *right,
            total = *total
        ));
    }
    for (n, &i) in s.wrong.iter().enumerate() {
        out.push(crate::t!(
            t,
            "plain-review-line",
            number = n + 1,
            title = inert(&pool[i].title).into_owned(),
            channel = strings::channel_label(t, pool[i].channel),
            verdict = strings::verdict(t, pool[i].verdict),
            lesson = inert(&pool[i].lesson).into_owned()
        ));
    }
    if round.answers.len() < round.items.len() {
        out.push(crate::t!(
            t,
            "plain-answered",
            answered = round.answers.len(),
            items = strings::items(t, round.items.len() as u64)
        ));
    }
    out
}

#[cfg(test)]
#[path = "text_tests.rs"]
mod tests;
