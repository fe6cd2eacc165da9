//! Spot the flags: before judging, the player marks the fields that look suspicious; each real
//! flag found earns points and each wrong mark costs some.

use serde::{Deserialize, Serialize};

use crate::content::{FieldPath, Scenario, Verdict};

pub const POINTS_PER_FIND: i32 = 10;
pub const POINTS_PER_WRONG_MARK: i32 = 5;

/// The fields the player can mark: every non-empty field on screen (hidden ones once inspected).
pub fn markable(scenario: &Scenario, inspected: bool) -> Vec<FieldPath> {
    let Some(body) = scenario.body() else {
        return Vec::new();
    };
    body.fields()
        .into_iter()
        .filter(|f| !f.text.trim().is_empty() && (inspected || !f.hidden))
        .map(|f| f.path)
        .collect()
}

/// How the marks compared with the real flags, by field.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpotResult {
    pub found: Vec<FieldPath>,
    pub missed: Vec<FieldPath>,
    pub wrong: Vec<FieldPath>,
    pub points: u32,
}

/// Scores the marks: fields holding a red flag are the ones to find; a safe item has none.
pub fn score_marks(scenario: &Scenario, marks: &[FieldPath]) -> SpotResult {
    let mut flagged: Vec<FieldPath> = match scenario.verdict {
        Verdict::Dangerous => scenario.flag.iter().filter_map(|f| f.at.field()).collect(),
        Verdict::Safe => Vec::new(),
    };
    // In the order of the written paths, as results were always listed and saved.
    flagged.sort_by_cached_key(ToString::to_string);
    flagged.dedup();
    let found: Vec<FieldPath> = flagged
        .iter()
        .filter(|f| marks.contains(f))
        .copied()
        .collect();
    let missed: Vec<FieldPath> = flagged
        .iter()
        .filter(|f| !marks.contains(f))
        .copied()
        .collect();
    let mut wrong: Vec<FieldPath> = marks
        .iter()
        .filter(|m| !flagged.contains(m))
        .copied()
        .collect();
    wrong.dedup();
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
mod tests {
    use super::*;
    use crate::content::FieldKind;

    fn phish() -> Scenario {
        crate::builtin::pack()
            .expect("pack")
            .scenarios
            .into_iter()
            .find(|s| s.id == "ads-billing-lookalike")
            .expect("scenario")
    }

    fn paths(written: &[&str]) -> Vec<FieldPath> {
        written.iter().map(|p| p.parse().expect(p)).collect()
    }

    #[test]
    fn finds_misses_and_wrong_marks_are_scored() {
        let s = phish();
        // Flags stand in from, reply_to, body and link.1.
        let r = score_marks(&s, &paths(&["from", "body", "subject"]));
        assert_eq!(r.found, paths(&["body", "from"]));
        assert_eq!(r.missed, paths(&["link.1", "reply_to"]));
        assert_eq!(r.wrong, paths(&["subject"]));
        assert_eq!(r.points, 2 * 10 - 5);
        assert_eq!(
            score_marks(&s, &paths(&["subject", "to", "date"])).points,
            0,
            "never below zero"
        );
        let all = score_marks(&s, &paths(&["from", "reply_to", "body", "link.1"]));
        assert_eq!((all.points, all.missed.len()), (40, 0));
    }

    #[test]
    fn results_are_saved_as_written_paths() {
        let r = score_marks(&phish(), &paths(&["link.1", "subject"]));
        let json = serde_json::to_string(&r).expect("json");
        assert_eq!(
            json,
            r#"{"found":["link.1"],"missed":["body","from","reply_to"],"wrong":["subject"],"points":5}"#
        );
        assert_eq!(serde_json::from_str::<SpotResult>(&json).expect("back"), r);
    }

    #[test]
    fn on_a_safe_item_every_mark_is_wrong() {
        let pack = crate::builtin::pack().expect("pack");
        let safe = pack
            .scenarios
            .iter()
            .find(|s| s.verdict == Verdict::Safe)
            .expect("a safe one");
        let r = score_marks(safe, &paths(&["from_name"]));
        assert!(r.found.is_empty() && r.missed.is_empty());
        assert_eq!(r.wrong.len(), 1);
        assert_eq!(score_marks(safe, &[]).points, 0);
    }

    #[test]
    fn hidden_fields_are_markable_only_once_inspected() {
        let s = phish();
        let from = FieldPath::new(FieldKind::From);
        let body = FieldPath::new(FieldKind::Body);
        assert!(!markable(&s, false).contains(&from));
        assert!(markable(&s, true).contains(&from));
        let mut marks = vec![];
        toggle(&mut marks, &body);
        toggle(&mut marks, &from);
        toggle(&mut marks, &body);
        assert_eq!(marks, [from]);
    }
}
