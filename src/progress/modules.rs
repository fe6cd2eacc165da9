//! What a profile keeps of the training path: each module's best score, attempts and pass.
//! The path itself (which modules, in which order, what unlocks what) is `training`'s.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::format::stamp;
use crate::scoring::passes;

/// How a player has done on one module.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ModuleRecord {
    pub best: u32,
    pub attempts: u32,
    pub passed: bool,
    #[serde(default, deserialize_with = "stamp::deserialize_option")]
    pub passed_at: Option<DateTime<Utc>>,
}

/// How a training module attempt went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleResult {
    pub id: String,
    pub percent: u32,
    pub passed: bool,
    pub pass_mark: u8,
}

/// Records a finished attempt; returns whether it passed. A later weaker attempt never unpasses.
pub fn record_attempt(
    records: &mut BTreeMap<String, ModuleRecord>,
    module: &str,
    percent: u32,
    pass_mark: u8,
    now: DateTime<Utc>,
) -> bool {
    let record = records.entry(module.to_string()).or_default();
    record.attempts = record.attempts.saturating_add(1);
    record.best = record.best.max(percent);
    let passed = passes(percent, pass_mark);
    if passed && !record.passed {
        record.passed = true;
        record.passed_at = Some(now);
    }
    passed
}

/// Whether the module `id` is passed: what the path needs to know to unlock the next one.
pub fn passed(records: &BTreeMap<String, ModuleRecord>, id: &str) -> bool {
    records.get(id).is_some_and(|r| r.passed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_attempt_passes_at_the_mark_and_a_weaker_one_never_unpasses() {
        let mut records = BTreeMap::new();
        let first = Utc::now();
        assert!(
            !record_attempt(&mut records, "m", 79, 80, first),
            "79% is below 80"
        );
        assert!(!passed(&records, "m"));
        assert!(record_attempt(&mut records, "m", 80, 80, first));
        assert!(passed(&records, "m") && !passed(&records, "other"));
        let later = first + chrono::Duration::days(1);
        assert!(!record_attempt(&mut records, "m", 50, 80, later));
        let record = &records["m"];
        assert_eq!(
            (record.attempts, record.best, record.passed),
            (3, 80, true),
            "a later weak attempt does not unpass"
        );
        assert_eq!(
            record.passed_at,
            Some(first),
            "the date of the first pass stays"
        );
    }
}
