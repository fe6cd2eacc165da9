//! Detection difficulty by the NIST Phish Scale (NIST TN 2276): cue count against premise alignment.

use super::model::Premise;
use super::taxonomy::Difficulty;

/// How many observable cues a message carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueCount {
    /// 1–8
    Few,
    /// 9–14
    Some,
    /// 15 or more
    Many,
}

/// How well the premise fits the reader's situation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Alignment {
    /// 10 or less
    Weak,
    /// 11–17
    Medium,
    /// 18 or more
    Strong,
}

impl CueCount {
    pub fn of(cues: usize) -> Self {
        match cues {
            0..=8 => CueCount::Few,
            9..=14 => CueCount::Some,
            _ => CueCount::Many,
        }
    }
}

impl Premise {
    /// Premise alignment: the four context elements minus what training has covered.
    pub fn alignment_score(&self) -> i32 {
        i32::from(self.workplace_process)
            + i32::from(self.workplace_relevance)
            + i32::from(self.other_situations)
            + i32::from(self.worry)
            - i32::from(self.trained)
    }

    pub fn alignment(&self) -> Alignment {
        match self.alignment_score() {
            i32::MIN..=10 => Alignment::Weak,
            11..=17 => Alignment::Medium,
            _ => Alignment::Strong,
        }
    }

    /// Elements whose value is not one of the scale's 0, 2, 4, 6, 8.
    pub fn invalid_elements(&self) -> Vec<(&'static str, u8)> {
        [
            ("workplace_process", self.workplace_process),
            ("workplace_relevance", self.workplace_relevance),
            ("other_situations", self.other_situations),
            ("worry", self.worry),
            ("trained", self.trained),
        ]
        .into_iter()
        .filter(|(_, v)| *v > 8 || v % 2 == 1)
        .collect()
    }
}

/// The Phish Scale table: fewer cues and a better-fitting premise make a scam harder to spot.
pub fn phish_scale(cues: usize, premise: &Premise) -> Difficulty {
    use Alignment::{Medium, Strong, Weak};
    use CueCount::{Few, Many, Some};
    match (CueCount::of(cues), premise.alignment()) {
        (Few, Strong) | (Few, Medium) | (Some, Strong) => Difficulty::Hard,
        (Few, Weak) | (Some, Medium) | (Some, Weak) | (Many, Strong) | (Many, Medium) => {
            Difficulty::Medium
        }
        (Many, Weak) => Difficulty::Easy,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn premise(total: u8) -> Premise {
        // Spread a total over the elements in steps the scale allows.
        let mut left = total;
        let mut take = || {
            let v = left.min(8);
            left -= v;
            v
        };
        Premise {
            workplace_process: take(),
            workplace_relevance: take(),
            other_situations: take(),
            worry: take(),
            trained: 0,
        }
    }

    #[test]
    fn every_cell_of_the_table_with_its_boundaries() {
        use Difficulty::*;
        let table = [
            // (cues, alignment score, expected)
            (1, 18, Hard),
            (8, 32, Hard),
            (1, 11, Hard),
            (8, 17, Hard),
            (1, 10, Medium),
            (8, 0, Medium),
            (9, 18, Hard),
            (14, 32, Hard),
            (9, 11, Medium),
            (14, 17, Medium),
            (9, 10, Medium),
            (14, 0, Medium),
            (15, 18, Medium),
            (40, 32, Medium),
            (15, 11, Medium),
            (40, 17, Medium),
            (15, 10, Easy),
            (40, 0, Easy),
        ];
        for (cues, score, expected) in table {
            let p = premise(score);
            assert_eq!(p.alignment_score(), i32::from(score), "fixture for {score}");
            assert_eq!(
                phish_scale(cues, &p),
                expected,
                "{cues} cues, alignment {score}"
            );
        }
    }

    #[test]
    fn training_lowers_alignment() {
        let mut p = premise(18);
        assert_eq!(p.alignment(), Alignment::Strong);
        p.trained = 8;
        assert_eq!(p.alignment_score(), 10);
        assert_eq!(p.alignment(), Alignment::Weak);
    }

    #[test]
    fn cue_count_boundaries() {
        assert_eq!(CueCount::of(8), CueCount::Few);
        assert_eq!(CueCount::of(9), CueCount::Some);
        assert_eq!(CueCount::of(14), CueCount::Some);
        assert_eq!(CueCount::of(15), CueCount::Many);
    }

    #[test]
    fn premise_values_outside_the_scale_are_reported() {
        let mut p = premise(0);
        p.worry = 5;
        p.trained = 10;
        assert_eq!(p.invalid_elements(), vec![("worry", 5), ("trained", 10)]);
        assert!(premise(32).invalid_elements().is_empty());
    }
}
