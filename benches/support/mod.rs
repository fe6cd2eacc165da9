//! Shared by the benchmarks: generated packs and profiles with a long history.

#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use rand::SeedableRng;
use rand::rngs::StdRng;
use redflag::content::{Scenario, Verdict};
use redflag::progress::{Mode, Profile, finish_round, record_answer, start_round};
use redflag::quiz::{Round, draw_round};

/// The built-in pack's scenario files, as (channel folder, text).
fn templates() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let mut out = Vec::new();
    let Ok(channels) = fs::read_dir(&root) else {
        return out;
    };
    let mut channels: Vec<PathBuf> = channels
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    channels.sort();
    for channel in channels {
        let name = channel
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let Ok(files) = fs::read_dir(&channel) else {
            continue;
        };
        let mut files: Vec<PathBuf> = files.filter_map(Result::ok).map(|e| e.path()).collect();
        files.sort();
        for file in files {
            if let Ok(text) = fs::read_to_string(&file) {
                out.push((name.clone(), text));
            }
        }
    }
    out
}

/// Writes a valid pack of `n` scenarios under `dir`: the built-in pack.toml, and the built-in
/// scenarios copied round-robin under new ids. Returns the pack folder.
pub fn generated_pack(dir: &Path, n: usize) -> PathBuf {
    let root = dir.join(format!("pack-{n}"));
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("content/pack.toml");
    fs::create_dir_all(&root).expect("pack folder");
    fs::copy(manifest, root.join("pack.toml")).expect("pack.toml");
    let templates = templates();
    assert!(!templates.is_empty(), "no built-in scenarios to copy");
    for i in 0..n {
        let (channel, text) = &templates[i % templates.len()];
        let folder = root.join(channel);
        if i < templates.len() {
            fs::create_dir_all(&folder).expect("channel folder");
        }
        let (first, rest) = text.split_once('\n').expect("a first line");
        assert!(first.starts_with("id = "), "the id comes first: {first}");
        let body = format!("id = \"gen-{i:05}\"\n{rest}");
        fs::write(folder.join(format!("gen-{i:05}.toml")), body).expect("scenario");
    }
    root
}

/// A profile after `rounds` rounds of ten answers, played through the public API, one round a day.
pub fn profile_with_rounds(pool: &[Scenario], rounds: usize) -> Profile {
    let start: DateTime<Utc> = DateTime::from_timestamp(1_700_000_000, 0).expect("a time");
    let mut profile = Profile::new("Bench", start);
    for r in 0..rounds {
        let now = start + TimeDelta::days(r as i64);
        let mut rng = StdRng::seed_from_u64(r as u64);
        let items = draw_round(pool, 10, &mut rng);
        let ids = items.iter().map(|&i| pool[i].id.clone()).collect();
        start_round(&mut profile, Mode::Practice, r as u64, ids, now);
        let mut round = Round::new(items.clone());
        for (k, &i) in items.iter().enumerate() {
            // Mostly right, sometimes wrong both ways, like a learner.
            let truth = pool[i].verdict;
            let given = if (r + k) % 4 == 0 {
                truth.other()
            } else {
                truth
            };
            round.answer(pool, given, k % 2 == 0, Duration::from_secs(7));
            if let Some(answer) = round.answers.last() {
                record_answer(&mut profile, &pool[i], answer, now);
            }
        }
        finish_round(&mut profile, now + TimeDelta::minutes(5), 80);
    }
    profile
}

pub fn is_dangerous(s: &Scenario) -> bool {
    s.verdict == Verdict::Dangerous
}
