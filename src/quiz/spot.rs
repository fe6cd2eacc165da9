//! Spot the flags: before judging, the player marks what looks suspicious; each real flag found
//! earns points and each wrong mark costs some.
//!
//! What is marked is what the screen shows as one thing (a target): a sender's name with its
//! address, a link's words with where it goes, a form field's label with its value. A flag on any
//! field of a target is found by marking the target. Targets come in screen order, so that
//! numbers (plain mode) and Tab (the game) follow what the player reads.

use serde::{Deserialize, Serialize};

use crate::content::{Body, Field, FieldKind, FieldPath, Part, Scenario, Verdict};

pub const POINTS_PER_FIND: i32 = 10;
pub const POINTS_PER_WRONG_MARK: i32 = 5;

/// One thing the player can mark, made of one or more fields shown together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// What marks and results name it by: its first field on screen.
    pub at: FieldPath,
    /// Its fields in screen order, `at` first.
    pub fields: Vec<FieldPath>,
    /// Every field of it is hidden until the player inspects: it can be marked only then.
    pub hidden: bool,
}

/// Where a kind of field stands on its channel's screen, when that differs from the order the
/// fields are written in (the renderers in `tui::channels` and plain mode draw them so).
fn screen_rank(body: Body<'_>, kind: FieldKind) -> usize {
    use FieldKind as K;
    let order: &[FieldKind] = match body {
        Body::Sms(_) => &[K::Sender, K::Text, K::Received],
        Body::Consent(_) => &[
            K::Site,
            K::Heading,
            K::App,
            K::Publisher,
            K::Text,
            K::Scope,
            K::Checkbox,
            K::Button,
        ],
        Body::Permission(_) => &[K::Context, K::App, K::Permission, K::Text, K::Button],
        Body::Web(_) => &[K::Context, K::Url, K::Title, K::Text, K::Field, K::Button],
        // The call's kind and platform head the screen, above the caller ID.
        Body::Call(_) => &[
            K::Platform,
            K::Caller,
            K::Number,
            K::Received,
            K::Claims,
            K::Callback,
            K::Line,
            K::Link,
        ],
        // The push's card (app, time, count, title, text, buttons), then its details below.
        Body::Notification(_) => &[
            K::App,
            K::Received,
            K::Repeats,
            K::Title,
            K::Text,
            K::Button,
            K::Details,
        ],
        _ => &[],
    };
    // Kinds not listed keep their written order, after the listed ones.
    order.iter().position(|k| *k == kind).unwrap_or(order.len())
}

/// The body's fields in the order its screen shows them (both front ends draw them so).
pub fn on_screen<'a>(body: &'a Body<'_>) -> Vec<Field<'a>> {
    let mut fields = body.fields();
    fields.sort_by_key(|f| screen_rank(*body, f.path.kind));
    fields
}

/// The field a field is shown with, as one target, when it is not the first of them: a sender's
/// address goes with the name, a link's target with its words, an account with its author.
fn shown_with(body: Body<'_>, field: FieldPath) -> Option<FieldPath> {
    use FieldKind as K;
    match (body, field.kind, field.part) {
        (Body::Email(_), K::From, None) => Some(FieldPath::new(K::FromName)),
        (Body::Message(_), K::Handle, None) => Some(FieldPath::new(K::FromName)),
        (Body::Post(_), K::Handle, None) => Some(FieldPath::new(K::Author)),
        (_, K::Link, None) => Some(field.with(Part::Text)),
        (_, K::Reply, Some(Part::Handle)) => Some(FieldPath {
            part: Some(Part::Author),
            ..field
        }),
        (_, K::Field, Some(Part::Value)) => Some(FieldPath {
            part: None,
            ..field
        }),
        _ => None,
    }
}

/// Every target of the scenario in screen order, hidden ones included: their places (the numbers
/// plain mode gives them) are the same before and after inspecting.
pub fn targets(scenario: &Scenario) -> Vec<Target> {
    let Some(body) = scenario.body() else {
        return Vec::new();
    };
    let mut fields = on_screen(&body);
    fields.retain(|f| !f.text.trim().is_empty());
    let mut out: Vec<Target> = Vec::new();
    for field in &fields {
        // Named by its lead when the lead is shown too (a link's words come after its target in
        // the written order, so the lead may not have been met yet).
        let at = shown_with(body, field.path)
            .filter(|lead| fields.iter().any(|f| f.path == *lead))
            .unwrap_or(field.path);
        match out.iter_mut().find(|t| t.at == at) {
            Some(target) => {
                target.fields.push(field.path);
                target.hidden &= field.hidden;
            }
            None => out.push(Target {
                at,
                fields: vec![field.path],
                hidden: field.hidden,
            }),
        }
    }
    for target in &mut out {
        let at = target.at;
        target.fields.sort_by_key(|f| *f != at);
    }
    out
}

/// What the player can mark now, by target, in screen order (hidden ones once inspected).
pub fn markable(scenario: &Scenario, inspected: bool) -> Vec<FieldPath> {
    targets(scenario)
        .into_iter()
        .filter(|t| inspected || !t.hidden)
        .map(|t| t.at)
        .collect()
}

/// The target a field belongs to, by its `at`.
fn target_of(targets: &[Target], field: FieldPath) -> Option<FieldPath> {
    targets
        .iter()
        .find(|t| t.fields.contains(&field))
        .map(|t| t.at)
}

/// How the marks compared with the real flags, by target.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpotResult {
    pub found: Vec<FieldPath>,
    pub missed: Vec<FieldPath>,
    pub wrong: Vec<FieldPath>,
    pub points: u32,
}

/// Scores the marks: targets holding a red flag are the ones to find; a safe item has none. A
/// mark on any field of a target counts as a mark on the target.
pub fn score_marks(scenario: &Scenario, marks: &[FieldPath]) -> SpotResult {
    let targets = targets(scenario);
    let flagged: Vec<FieldPath> = match scenario.verdict {
        Verdict::Dangerous => scenario
            .flag
            .iter()
            .filter_map(|f| f.at.field())
            .filter_map(|f| target_of(&targets, f))
            .collect(),
        Verdict::Safe => Vec::new(),
    };
    let marked: Vec<FieldPath> = marks
        .iter()
        .map(|m| target_of(&targets, *m).unwrap_or(*m))
        .collect();
    // In screen order, each target once.
    let mut found = Vec::new();
    let mut missed = Vec::new();
    for at in targets.iter().map(|t| t.at) {
        match (flagged.contains(&at), marked.contains(&at)) {
            (true, true) => found.push(at),
            (true, false) => missed.push(at),
            _ => {}
        }
    }
    let mut wrong: Vec<FieldPath> = Vec::new();
    for m in marked {
        if !flagged.contains(&m) && !wrong.contains(&m) {
            wrong.push(m);
        }
    }
    let raw = POINTS_PER_FIND * found.len() as i32 - POINTS_PER_WRONG_MARK * wrong.len() as i32;
    SpotResult {
        found,
        missed,
        wrong,
        points: u32::try_from(raw.max(0)).unwrap_or(0),
    }
}

/// Adds or removes a mark.
pub fn toggle(marks: &mut Vec<FieldPath>, field: &FieldPath) {
    match marks.iter().position(|m| m == field) {
        Some(i) => {
            marks.remove(i);
        }
        None => marks.push(*field),
    }
}

#[cfg(test)]
#[path = "spot_tests.rs"]
mod tests;
