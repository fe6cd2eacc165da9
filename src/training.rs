//! The training path: one module per theme and a final mixed exam, each a fixed round ordered easy
//! to hard, passed at the pack's pass mark, unlocked in order; and the daily challenge's seed.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::content::{Difficulty, Manifest, Scenario, Theme, Verdict};

/// Items in a theme module and in the final exam.
pub const MODULE_SIZE: usize = 8;
pub const EXAM_SIZE: usize = 12;
pub use crate::scoring::DEFAULT_PASS_MARK;
pub const EXAM_ID: &str = "final-exam";

/// The pass mark of the first pack that sets one, else the default: packs loaded together share
/// one path, so they share one mark.
pub fn pass_mark<'a>(manifests: impl IntoIterator<Item = &'a Manifest>) -> u8 {
    manifests
        .into_iter()
        .find_map(|m| m.pass_mark)
        .unwrap_or(DEFAULT_PASS_MARK)
}

/// One step of the path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Module {
    pub id: String,
    pub topic: Topic,
    /// Scenario ids in play order, easy to hard.
    pub items: Vec<String>,
}

/// What a module trains (its title, in words, is `strings::module_title`'s).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Topic {
    Theme(Theme),
    /// Every theme, in the final exam.
    FinalExam,
}

/// Where a module stands for a player.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Locked,
    Open,
    Passed,
}

fn rank(s: &Scenario) -> (u8, &str) {
    let level = match s.difficulty() {
        Some(Difficulty::Easy) => 0,
        Some(Difficulty::Medium) | None => 1,
        Some(Difficulty::Hard) => 2,
    };
    (level, s.id.as_str())
}

/// Alternates dangerous and safe items (so both verdicts count), then orders easy to hard.
fn balanced<'a>(
    mut dangerous: Vec<&'a Scenario>,
    mut safe: Vec<&'a Scenario>,
    size: usize,
) -> Vec<&'a Scenario> {
    // Spread each side over the difficulty levels, so the module climbs from easy to hard.
    let spread = |items: &mut Vec<&'a Scenario>| {
        items.sort_by_key(|s| rank(s));
        let n = items.len();
        let mut picked: Vec<&'a Scenario> = (0..n.min(size))
            .map(|k| items[k * n / n.min(size).max(1)])
            .collect();
        picked.dedup_by_key(|s| s.id.clone());
        *items = picked;
    };
    spread(&mut dangerous);
    spread(&mut safe);
    let mut out = Vec::new();
    let (mut d, mut s) = (dangerous.into_iter(), safe.into_iter());
    while out.len() < size {
        let next = if out.len() % 2 == 0 {
            d.next().or_else(|| s.next())
        } else {
            s.next().or_else(|| d.next())
        };
        match next {
            Some(item) => out.push(item),
            None => break,
        }
    }
    out.sort_by_key(|s| rank(s));
    out
}

/// The path for the loaded scenarios: a module per theme that has items, then the final exam.
pub fn path(pool: &[Scenario]) -> Vec<Module> {
    let mut modules = Vec::new();
    let mut used: Vec<&str> = Vec::new();
    for theme in Theme::ALL {
        let of = |v: Verdict| {
            pool.iter()
                .filter(|s| s.theme == *theme && s.verdict == v)
                .collect::<Vec<_>>()
        };
        let items = balanced(of(Verdict::Dangerous), of(Verdict::Safe), MODULE_SIZE);
        if items.is_empty() {
            continue;
        }
        used.extend(items.iter().map(|s| s.id.as_str()));
        modules.push(Module {
            id: format!("module-{theme}"),
            topic: Topic::Theme(*theme),
            items: items.iter().map(|s| s.id.clone()).collect(),
        });
    }
    // The exam prefers items the modules did not use, from every theme.
    let fresh: Vec<&Scenario> = pool
        .iter()
        .filter(|s| !used.contains(&s.id.as_str()))
        .collect();
    let source: Vec<&Scenario> = if fresh.len() >= EXAM_SIZE {
        fresh
    } else {
        pool.iter().collect()
    };
    let mut by_theme: BTreeMap<Theme, (Vec<&Scenario>, Vec<&Scenario>)> = BTreeMap::new();
    for s in source {
        let entry = by_theme.entry(s.theme).or_default();
        if s.verdict == Verdict::Dangerous {
            entry.0.push(s)
        } else {
            entry.1.push(s)
        }
    }
    let per_theme = EXAM_SIZE.div_ceil(by_theme.len().max(1));
    let mut exam: Vec<&Scenario> = by_theme
        .into_values()
        .flat_map(|(d, s)| balanced(d, s, per_theme))
        .collect();
    exam.sort_by_key(|s| rank(s));
    exam.truncate(EXAM_SIZE);
    exam.sort_by_key(|s| rank(s));
    if !exam.is_empty() {
        modules.push(Module {
            id: EXAM_ID.to_string(),
            topic: Topic::FinalExam,
            items: exam.iter().map(|s| s.id.clone()).collect(),
        });
    }
    modules
}

/// The modules' ids and topics from the themes present, before the scenarios themselves are at
/// hand (the first frame is drawn from the pack's preview); `path` gives the same ids in full.
pub fn outline(themes: impl Iterator<Item = Theme>) -> Vec<Module> {
    let present: std::collections::BTreeSet<Theme> = themes.collect();
    let mut modules: Vec<Module> = Theme::ALL
        .iter()
        .filter(|t| present.contains(t))
        .map(|t| Module {
            id: format!("module-{t}"),
            topic: Topic::Theme(*t),
            items: Vec::new(),
        })
        .collect();
    if !present.is_empty() {
        modules.push(Module {
            id: EXAM_ID.to_string(),
            topic: Topic::FinalExam,
            items: Vec::new(),
        });
    }
    modules
}

/// Each module's status: passed, open (the first not yet passed), or locked behind it. `passed`
/// tells whether the player has passed a module, by id (the records are `progress`'s).
pub fn statuses(modules: &[Module], passed: impl Fn(&str) -> bool) -> Vec<Status> {
    let mut open = true;
    modules
        .iter()
        .map(|m| {
            let passed = passed(&m.id);
            let status = if passed {
                Status::Passed
            } else if open {
                Status::Open
            } else {
                Status::Locked
            };
            if !passed {
                open = false;
            }
            status
        })
        .collect()
}

/// Whether every module of the path is passed.
pub fn complete(modules: &[Module], passed: impl Fn(&str) -> bool) -> bool {
    !modules.is_empty()
        && statuses(modules, passed)
            .iter()
            .all(|s| *s == Status::Passed)
}

/// FNV-1a: a fixed, documented hash, so a seed is the same on every machine and version.
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The daily challenge's seed: the same for everyone with the same date and pack.
pub fn daily_seed(date: NaiveDate, pack_id: &str, pack_version: &str) -> u64 {
    fnv1a(&format!("{date}|{pack_id}|{pack_version}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pool() -> Vec<Scenario> {
        crate::builtin::pack().expect("built-in").scenarios
    }

    #[test]
    fn a_module_per_theme_then_the_exam_each_easy_to_hard() {
        let pool = pool();
        let modules = path(&pool);
        let ids: Vec<&str> = modules.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids.last(), Some(&EXAM_ID));
        assert_eq!(modules.len(), Theme::ALL.len() + 1);
        for m in &modules {
            let items: Vec<&Scenario> = m
                .items
                .iter()
                .map(|id| pool.iter().find(|s| &s.id == id).expect("exists"))
                .collect();
            let levels: Vec<(u8, &str)> = items.iter().map(|s| rank(s)).collect();
            assert!(
                levels.windows(2).all(|w| w[0].0 <= w[1].0),
                "{} easy to hard: {levels:?}",
                m.id
            );
            assert!(
                items.iter().any(|s| s.verdict == Verdict::Safe)
                    && items.iter().any(|s| s.verdict == Verdict::Dangerous),
                "{} has both verdicts",
                m.id
            );
            let mut unique = m.items.clone();
            unique.dedup();
            assert_eq!(unique.len(), m.items.len());
        }
        assert_eq!(path(&pool), modules, "fixed: the same every time");
    }

    #[test]
    fn modules_unlock_in_order_as_they_are_passed() {
        let modules = path(&pool());
        let mut passed = std::collections::BTreeSet::new();
        let s = statuses(&modules, |id| passed.contains(id));
        assert_eq!(s[0], Status::Open);
        assert!(s[1..].iter().all(|x| *x == Status::Locked));
        passed.insert(modules[0].id.as_str());
        let s = statuses(&modules, |id| passed.contains(id));
        assert_eq!(
            (s[0], s[1], s[2]),
            (Status::Passed, Status::Open, Status::Locked)
        );
        passed.insert(modules[2].id.as_str());
        let s = statuses(&modules, |id| passed.contains(id));
        assert_eq!(
            (s[1], s[2], s[3]),
            (Status::Open, Status::Passed, Status::Locked),
            "a module passed out of order stays passed; the next one is still the first open"
        );
        assert!(!complete(&modules, |id| passed.contains(id)));
        passed.extend(modules.iter().map(|m| m.id.as_str()));
        assert!(complete(&modules, |id| passed.contains(id)));
        assert!(!complete(&[], |_| true), "an empty path is never complete");
    }

    #[test]
    fn the_first_pack_that_sets_a_pass_mark_gives_it() {
        let manifest = |mark: Option<u8>| {
            let mut m = crate::builtin::pack().expect("built-in").manifest;
            m.pass_mark = mark;
            m
        };
        assert_eq!(pass_mark(&[]), DEFAULT_PASS_MARK, "no pack");
        assert_eq!(pass_mark(&[manifest(None)]), DEFAULT_PASS_MARK);
        assert_eq!(
            pass_mark(&[manifest(None), manifest(Some(65)), manifest(Some(90))]),
            65,
            "the first that sets one, even after one that does not"
        );
    }

    #[test]
    fn the_daily_seed_depends_on_date_and_pack() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 29).expect("date");
        let next = day.succ_opt().expect("next");
        assert_eq!(
            daily_seed(day, "brightside-core", "1.0.0"),
            daily_seed(day, "brightside-core", "1.0.0")
        );
        assert_ne!(
            daily_seed(day, "brightside-core", "1.0.0"),
            daily_seed(next, "brightside-core", "1.0.0")
        );
        assert_ne!(
            daily_seed(day, "brightside-core", "1.0.0"),
            daily_seed(day, "brightside-core", "1.1.0")
        );
        // FNV-1a's published test vectors: the hash never changes with the Rust version.
        assert_eq!(fnv1a(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a("a"), 0xaf63_dc4c_8601_ec8c);
    }
}
