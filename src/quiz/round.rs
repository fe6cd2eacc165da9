//! A round being played: the drawn items, the answers given, and what they add up to.

use std::collections::BTreeMap;
use std::time::Duration;

use super::spot::{SpotResult, score_marks};
use crate::content::{Difficulty, FieldPath, Scenario, Theme, Verdict};
use crate::scoring::{OutcomeKind, Tally, points};

/// One answer as it was given.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Answer {
    pub scenario: String,
    pub given: Verdict,
    pub kind: OutcomeKind,
    pub inspected: bool,
    pub seconds: f64,
    /// Verdict points plus, in spot mode, the marking points.
    pub points: u32,
    /// Spot mode only: how the marks compared with the real flags.
    #[serde(default)]
    pub spot: Option<SpotResult>,
}

/// What the player is told right after answering.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Outcome {
    pub kind: OutcomeKind,
    pub points: u32,
    pub streak: u32,
}

/// A round: indices into the scenario pool, in play order, and the answers so far.
#[derive(Debug, Clone, PartialEq)]
pub struct Round {
    pub items: Vec<usize>,
    pub answers: Vec<Answer>,
    streak: u32,
}

/// The end-of-round figures.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub tally: Tally,
    pub points: u32,
    pub best_streak: u32,
    pub seconds: f64,
    pub by_theme: BTreeMap<Theme, (u32, u32)>,
    /// Pool indices of the items answered wrongly, in play order.
    pub wrong: Vec<usize>,
    pub inspected: u32,
}

impl Round {
    pub fn new(items: Vec<usize>) -> Self {
        Round {
            items,
            answers: Vec::new(),
            streak: 0,
        }
    }

    /// A round resumed after a restart, with the answers already given.
    pub fn restore(items: Vec<usize>, answers: Vec<Answer>) -> Self {
        let streak = answers
            .iter()
            .rev()
            .take_while(|a| a.kind.is_correct())
            .count();
        Round {
            items,
            answers,
            streak: u32::try_from(streak).unwrap_or(u32::MAX),
        }
    }

    /// Pool index of the item now in play, if any is left.
    pub fn current(&self) -> Option<usize> {
        self.items.get(self.answers.len()).copied()
    }

    /// 1-based position of the current item.
    pub fn position(&self) -> usize {
        (self.answers.len() + 1).min(self.items.len())
    }

    pub fn is_finished(&self) -> bool {
        self.answers.len() >= self.items.len()
    }

    pub fn streak(&self) -> u32 {
        self.streak
    }

    pub fn points(&self) -> u32 {
        self.answers.iter().map(|a| a.points).sum()
    }

    /// Records the answer to the current item.
    pub fn answer(
        &mut self,
        pool: &[Scenario],
        given: Verdict,
        inspected: bool,
        elapsed: Duration,
    ) -> Option<Outcome> {
        self.answer_marked(pool, given, inspected, elapsed, None)
    }

    /// Records the answer to the current item, with the fields marked in spot mode.
    pub fn answer_marked(
        &mut self,
        pool: &[Scenario],
        given: Verdict,
        inspected: bool,
        elapsed: Duration,
        marks: Option<&[FieldPath]>,
    ) -> Option<Outcome> {
        let scenario = &pool[self.current()?];
        let kind = OutcomeKind::of(scenario.verdict, given);
        self.streak = if kind.is_correct() {
            self.streak + 1
        } else {
            0
        };
        let difficulty = scenario.difficulty().unwrap_or(Difficulty::Medium);
        let spot = marks.map(|m| score_marks(scenario, m));
        let points = points(difficulty, kind.is_correct(), self.streak)
            + spot.as_ref().map_or(0, |s| s.points);
        self.answers.push(Answer {
            scenario: scenario.id.clone(),
            given,
            kind,
            inspected,
            seconds: elapsed.as_secs_f64(),
            points,
            spot,
        });
        Some(Outcome {
            kind,
            points,
            streak: self.streak,
        })
    }

    pub fn summary(&self, pool: &[Scenario]) -> Summary {
        let mut summary = Summary {
            tally: Tally::default(),
            points: 0,
            best_streak: 0,
            seconds: 0.0,
            by_theme: BTreeMap::new(),
            wrong: Vec::new(),
            inspected: 0,
        };
        let mut streak = 0;
        for (answer, &index) in self.answers.iter().zip(&self.items) {
            let correct = answer.kind.is_correct();
            summary.tally.add(answer.kind);
            summary.points += answer.points;
            summary.seconds += answer.seconds;
            summary.inspected += u32::from(answer.inspected);
            streak = if correct { streak + 1 } else { 0 };
            summary.best_streak = summary.best_streak.max(streak);
            let theme = summary.by_theme.entry(pool[index].theme).or_default();
            theme.0 += u32::from(correct);
            theme.1 += 1;
            if !correct {
                summary.wrong.push(index);
            }
        }
        summary
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Channel, Theme};
    use crate::quiz::draw::tests::scenario;

    #[test]
    fn answers_score_streak_and_summarise() {
        let pool = vec![
            scenario(0, Verdict::Dangerous, Channel::Email, Theme::EmailThreats),
            scenario(1, Verdict::Safe, Channel::Sms, Theme::Myths),
            scenario(2, Verdict::Dangerous, Channel::Web, Theme::Myths),
            scenario(3, Verdict::Safe, Channel::Post, Theme::SocialMedia),
        ];
        let mut round = Round::new(vec![0, 1, 2, 3]);
        let second = Duration::from_secs(2);
        let a = round
            .answer(&pool, Verdict::Dangerous, true, second)
            .expect("item");
        assert_eq!((a.kind, a.points, a.streak), (OutcomeKind::Hit, 10, 1));
        let b = round
            .answer(&pool, Verdict::Safe, false, second)
            .expect("item");
        assert_eq!(
            (b.kind, b.points, b.streak),
            (OutcomeKind::CorrectRejection, 15, 2)
        );
        let c = round
            .answer(&pool, Verdict::Safe, false, second)
            .expect("item");
        assert_eq!(
            (c.kind, c.points, c.streak),
            (OutcomeKind::MissedScam, 0, 0)
        );
        let d = round
            .answer(&pool, Verdict::Dangerous, true, second)
            .expect("item");
        assert_eq!(d.kind, OutcomeKind::FalseAlarm);
        assert!(round.is_finished());
        assert_eq!(round.answer(&pool, Verdict::Safe, false, second), None);

        let s = round.summary(&pool);
        assert_eq!(s.tally.correct(), 2);
        assert_eq!((s.tally.misses, s.tally.false_alarms), (1, 1));
        assert_eq!(s.points, 25);
        assert_eq!(s.best_streak, 2);
        assert_eq!(s.seconds, 8.0);
        assert_eq!(s.wrong, vec![2, 3]);
        assert_eq!(s.inspected, 2);
        assert_eq!(s.by_theme[&Theme::Myths], (1, 2));
    }
}
