//! Points, streaks and the honest measures: catch rate, false-alarm rate and sensitivity d′.

use crate::content::{Difficulty, Verdict};

/// What one answer was, in signal-detection terms (a scam is the signal).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OutcomeKind {
    /// A scam judged dangerous.
    Hit,
    /// A safe item judged safe.
    CorrectRejection,
    /// A scam judged safe: the costly error.
    MissedScam,
    /// A safe item judged dangerous: over-reporting has a cost too.
    FalseAlarm,
}

impl OutcomeKind {
    pub fn of(truth: Verdict, given: Verdict) -> Self {
        match (truth, given) {
            (Verdict::Dangerous, Verdict::Dangerous) => OutcomeKind::Hit,
            (Verdict::Safe, Verdict::Safe) => OutcomeKind::CorrectRejection,
            (Verdict::Dangerous, Verdict::Safe) => OutcomeKind::MissedScam,
            (Verdict::Safe, Verdict::Dangerous) => OutcomeKind::FalseAlarm,
        }
    }

    pub fn is_correct(self) -> bool {
        matches!(self, OutcomeKind::Hit | OutcomeKind::CorrectRejection)
    }
}

/// Base points for a correct answer: harder items are worth more.
pub fn base_points(difficulty: Difficulty) -> u32 {
    match difficulty {
        Difficulty::Easy => 10,
        Difficulty::Medium => 20,
        Difficulty::Hard => 30,
    }
}

/// The most a streak adds to one answer.
pub const MAX_STREAK_BONUS: u32 = 20;

/// Points for one answer. `streak` counts correct answers in a row including this one.
/// Inspecting never costs anything: checking is the habit we train.
pub fn points(difficulty: Difficulty, correct: bool, streak: u32) -> u32 {
    if !correct {
        return 0;
    }
    base_points(difficulty) + (5 * streak.saturating_sub(1)).min(MAX_STREAK_BONUS)
}

/// The share of right answers, in percent, that passes a training module when no pack sets one.
/// Here rather than in `training`, so that the saved record of an attempt (in `progress`) and the
/// path's rules (in `training`) share it without importing each other.
pub const DEFAULT_PASS_MARK: u8 = 80;

/// Whether a module attempt with `percent` right answers passes: at or above the pass mark.
pub fn passes(percent: u32, pass_mark: u8) -> bool {
    percent >= u32::from(pass_mark)
}

/// Counts of the four outcomes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Tally {
    pub hits: u32,
    pub misses: u32,
    pub false_alarms: u32,
    pub correct_rejections: u32,
}

impl Tally {
    /// Counts an answer; a count at its largest stays there rather than wrap round to nothing.
    pub fn add(&mut self, kind: OutcomeKind) {
        let count = match kind {
            OutcomeKind::Hit => &mut self.hits,
            OutcomeKind::MissedScam => &mut self.misses,
            OutcomeKind::FalseAlarm => &mut self.false_alarms,
            OutcomeKind::CorrectRejection => &mut self.correct_rejections,
        };
        *count = count.saturating_add(1);
    }

    pub fn total(&self) -> u32 {
        self.hits
            .saturating_add(self.misses)
            .saturating_add(self.false_alarms)
            .saturating_add(self.correct_rejections)
    }

    pub fn correct(&self) -> u32 {
        self.hits.saturating_add(self.correct_rejections)
    }

    /// Share of answers that were right, if there were any.
    pub fn accuracy(&self) -> Option<f64> {
        ratio(self.correct(), self.total())
    }

    /// Share of scams caught.
    pub fn catch_rate(&self) -> Option<f64> {
        ratio(self.hits, self.hits.saturating_add(self.misses))
    }

    /// Share of safe items wrongly called dangerous.
    pub fn false_alarm_rate(&self) -> Option<f64> {
        ratio(
            self.false_alarms,
            self.false_alarms.saturating_add(self.correct_rejections),
        )
    }

    /// Sensitivity d′ = z(hit rate) − z(false-alarm rate), with the log-linear correction
    /// (add 0.5 to each count and 1 to each total) so that rates of 0 or 1 stay finite.
    /// Needs at least one scam and one safe item.
    pub fn d_prime(&self) -> Option<f64> {
        let signal = self.hits.saturating_add(self.misses);
        let noise = self.false_alarms.saturating_add(self.correct_rejections);
        if signal == 0 || noise == 0 {
            return None;
        }
        let hit = (f64::from(self.hits) + 0.5) / (f64::from(signal) + 1.0);
        let fa = (f64::from(self.false_alarms) + 0.5) / (f64::from(noise) + 1.0);
        Some(inverse_normal_cdf(hit) - inverse_normal_cdf(fa))
    }
}

fn ratio(part: u32, whole: u32) -> Option<f64> {
    (whole > 0).then(|| f64::from(part) / f64::from(whole))
}

/// The standard normal quantile (Acklam's rational approximation, relative error < 1.2e-9).
pub fn inverse_normal_cdf(p: f64) -> f64 {
    const A: [f64; 6] = [
        -3.969_683_028_665_376e1,
        2.209_460_984_245_205e2,
        -2.759_285_104_469_687e2,
        1.383_577_518_672_69e2,
        -3.066_479_806_614_716e1,
        2.506_628_277_459_239,
    ];
    const B: [f64; 5] = [
        -5.447_609_879_822_406e1,
        1.615_858_368_580_409e2,
        -1.556_989_798_598_866e2,
        6.680_131_188_771_972e1,
        -1.328_068_155_288_572e1,
    ];
    const C: [f64; 6] = [
        -7.784_894_002_430_293e-3,
        -3.223_964_580_411_365e-1,
        -2.400_758_277_161_838,
        -2.549_732_539_343_734,
        4.374_664_141_464_968,
        2.938_163_982_698_783,
    ];
    const D: [f64; 4] = [
        7.784_695_709_041_462e-3,
        3.224_671_290_700_398e-1,
        2.445_134_137_142_996,
        3.754_408_661_907_416,
    ];
    const LOW: f64 = 0.02425;
    if p <= 0.0 {
        return f64::NEG_INFINITY;
    }
    if p >= 1.0 {
        return f64::INFINITY;
    }
    let tail = |q: f64| {
        (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
            / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0)
    };
    if p < LOW {
        tail((-2.0 * libm::log(p)).sqrt())
    } else if p > 1.0 - LOW {
        -tail((-2.0 * libm::log(1.0 - p)).sqrt())
    } else {
        let q = p - 0.5;
        let r = q * q;
        (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
            / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-6
    }

    #[test]
    fn quantiles_match_the_normal_table() {
        for (p, z) in [
            (0.5, 0.0),
            (0.975, 1.959_963_985),
            (0.025, -1.959_963_985),
            (0.8413447461, 1.0),
            (0.01, -2.326_347_874),
        ] {
            assert!(
                close(inverse_normal_cdf(p), z),
                "{p}: {}",
                inverse_normal_cdf(p)
            );
        }
    }

    #[test]
    fn d_prime_table() {
        let t = |h, m, f, c| Tally {
            hits: h,
            misses: m,
            false_alarms: f,
            correct_rejections: c,
        };
        // Perfect: rates 1 and 0 corrected to 5.5/6 and 0.5/6.
        let perfect = t(5, 0, 0, 5).d_prime().expect("defined");
        assert!(
            close(perfect, 2.0 * inverse_normal_cdf(5.5 / 6.0)),
            "{perfect}"
        );
        assert!(perfect.is_finite() && perfect > 2.7);
        // Saying "dangerous" to everything: catch rate 1, false alarms 1: no sensitivity.
        assert!(close(t(5, 0, 5, 0).d_prime().expect("defined"), 0.0));
        // Chance level.
        assert!(close(t(3, 3, 3, 3).d_prime().expect("defined"), 0.0));
        // Worse than chance is negative.
        assert!(t(0, 5, 5, 0).d_prime().expect("defined") < -2.7);
        // Undefined without both kinds.
        assert_eq!(t(4, 1, 0, 0).d_prime(), None);
    }

    #[test]
    fn rates_keep_the_two_errors_apart() {
        let tally = Tally {
            hits: 3,
            misses: 1,
            false_alarms: 2,
            correct_rejections: 4,
        };
        assert_eq!(tally.catch_rate(), Some(0.75));
        assert!(close(tally.false_alarm_rate().expect("some"), 1.0 / 3.0));
        assert_eq!(tally.accuracy(), Some(0.7));
        assert_eq!(Tally::default().accuracy(), None);
    }

    #[test]
    fn points_weight_difficulty_and_streaks() {
        assert_eq!(points(Difficulty::Easy, true, 1), 10);
        assert_eq!(points(Difficulty::Hard, true, 1), 30);
        assert_eq!(points(Difficulty::Medium, true, 3), 30);
        assert_eq!(points(Difficulty::Medium, true, 50), 20 + MAX_STREAK_BONUS);
        assert_eq!(points(Difficulty::Hard, false, 9), 0);
    }

    #[test]
    fn outcome_kinds() {
        use Verdict::*;
        assert_eq!(OutcomeKind::of(Dangerous, Safe), OutcomeKind::MissedScam);
        assert_eq!(OutcomeKind::of(Safe, Dangerous), OutcomeKind::FalseAlarm);
        assert!(OutcomeKind::of(Safe, Safe).is_correct());
        assert!(!OutcomeKind::of(Dangerous, Safe).is_correct());
    }
}
