//! Spot the flags: before judging, the player marks the fields that look suspicious; each real
//! flag found earns points and each wrong mark costs some.

use serde::{Deserialize, Serialize};

use crate::content::{Scenario, Verdict};

pub const POINTS_PER_FIND: i32 = 10;
pub const POINTS_PER_WRONG_MARK: i32 = 5;

/// The fields the player can mark: every non-empty field on screen (hidden ones once inspected).
pub fn markable(scenario: &Scenario, inspected: bool) -> Vec<String> {
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
    pub found: Vec<String>,
    pub missed: Vec<String>,
    pub wrong: Vec<String>,
    pub points: u32,
}

/// Scores the marks: fields holding a red flag are the ones to find; a safe item has none.
pub fn score_marks(scenario: &Scenario, marks: &[String]) -> SpotResult {
    let mut flagged: Vec<String> = match scenario.verdict {
        Verdict::Dangerous => scenario.flag.iter().map(|f| f.at.clone()).collect(),
        Verdict::Safe => Vec::new(),
    };
    flagged.sort();
    flagged.dedup();
    let found: Vec<String> = flagged
        .iter()
        .filter(|f| marks.contains(f))
        .cloned()
        .collect();
    let missed: Vec<String> = flagged
        .iter()
        .filter(|f| !marks.contains(f))
        .cloned()
        .collect();
    let mut wrong: Vec<String> = marks
        .iter()
        .filter(|m| !flagged.contains(m))
        .cloned()
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
pub fn toggle(marks: &mut Vec<String>, field: &str) {
    match marks.iter().position(|m| m == field) {
        Some(i) => {
            marks.remove(i);
        }
        None => marks.push(field.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phish() -> Scenario {
        crate::builtin::pack()
            .expect("pack")
            .scenarios
            .into_iter()
            .find(|s| s.id == "ads-billing-lookalike")
            .expect("scenario")
    }

    #[test]
    fn finds_misses_and_wrong_marks_are_scored() {
        let s = phish();
        // Flags stand in from, reply_to, body and link.1.
        let r = score_marks(&s, &["from".into(), "body".into(), "subject".into()]);
        assert_eq!(r.found, ["body", "from"]);
        assert_eq!(r.missed, ["link.1", "reply_to"]);
        assert_eq!(r.wrong, ["subject"]);
        assert_eq!(r.points, 2 * 10 - 5);
        assert_eq!(
            score_marks(&s, &["subject".into(), "to".into(), "date".into()]).points,
            0,
            "never below zero"
        );
        let all = score_marks(
            &s,
            &[
                "from".into(),
                "reply_to".into(),
                "body".into(),
                "link.1".into(),
            ],
        );
        assert_eq!((all.points, all.missed.len()), (40, 0));
    }

    #[test]
    fn on_a_safe_item_every_mark_is_wrong() {
        let pack = crate::builtin::pack().expect("pack");
        let safe = pack
            .scenarios
            .iter()
            .find(|s| s.verdict == Verdict::Safe)
            .expect("a safe one");
        let r = score_marks(safe, &["from_name".into()]);
        assert!(r.found.is_empty() && r.missed.is_empty());
        assert_eq!(r.wrong.len(), 1);
        assert_eq!(score_marks(safe, &[]).points, 0);
    }

    #[test]
    fn hidden_fields_are_markable_only_once_inspected() {
        let s = phish();
        assert!(!markable(&s, false).contains(&"from".to_string()));
        assert!(markable(&s, true).contains(&"from".to_string()));
        let mut marks = vec![];
        toggle(&mut marks, "body");
        toggle(&mut marks, "from");
        toggle(&mut marks, "body");
        assert_eq!(marks, ["from"]);
    }
}
