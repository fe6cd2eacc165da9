//! Starting and closing rounds: each menu entry asks for a [`Plan`], and the round it gives goes on
//! screen (or the menu says why there is none). A new round while one is unfinished asks first.

use chrono::Utc;

use super::app::{App, Done, Msg, Overlay, Play, Screen};
use super::message::Message;
use crate::plan::{Chosen, Ground, Plan, daily_done};
use crate::progress::Mode;
use crate::strings;

/// A new round the player asked for, kept while they say whether it replaces their unfinished one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewRound {
    Practice,
    Spot,
    Daily,
    /// Today's challenge again once it is done: the same items, played as practice.
    DailyAgain,
    Review,
    /// A training module, by its place on the path.
    Module(usize),
}

impl App {
    /// What rounds are chosen from: the loaded packs and path, and the player.
    fn ground(&self) -> Ground<'_> {
        Ground {
            pool: &self.pool,
            manifests: &self.manifests,
            modules: &self.modules,
            session: self.session.as_ref(),
        }
    }

    /// Starts the planned round, or leaves a message saying why it cannot start.
    pub(super) fn start(&mut self, plan: Plan) -> Option<Screen> {
        match plan.choose(&self.ground()) {
            Ok(chosen) => Some(self.play(chosen)),
            Err(refusal) => {
                self.message = Some(Message::Line(strings::refusal(self.t(), &refusal)));
                None
            }
        }
    }

    /// Starts `new`; while a round is unfinished, first asks whether to resume it instead
    /// (starting anew discards it). None leaves the screen as it is, with the question or a
    /// message on it.
    pub(super) fn begin(&mut self, new: NewRound) -> Option<Screen> {
        if new == NewRound::Daily && self.daily_today().is_some() {
            self.overlay = Some(Overlay::ConfirmDailyAgain);
            return None;
        }
        // A review with nothing due starts nothing: it only says so.
        let nothing_due = new == NewRound::Review && self.reviews_due() == 0;
        if self.resumable().is_some() && !nothing_due {
            self.overlay = Some(Overlay::ConfirmNewRound(new));
            return None;
        }
        self.start_new(new)
    }

    /// Starts `new`, replacing any unfinished round.
    pub(super) fn start_new(&mut self, new: NewRound) -> Option<Screen> {
        self.message = None;
        let count = self.settings.count;
        let plan = match new {
            NewRound::Practice => Plan::Practice {
                count,
                seed: self.next_seed(),
            },
            NewRound::Spot => Plan::Spot {
                count,
                seed: self.next_seed(),
            },
            NewRound::Daily => return self.start_daily(false),
            NewRound::DailyAgain => return self.start_daily(true),
            NewRound::Review => Plan::Review {
                date: Utc::now().date_naive(),
                count,
            },
            NewRound::Module(index) => Plan::Module {
                id: self.modules.get(index)?.id.clone(),
            },
        };
        self.start(plan)
    }

    /// A practice round, drawn from the next seed (after asking, if a round is unfinished).
    pub fn start_round(&mut self) -> Screen {
        self.begin(NewRound::Practice)
            .unwrap_or(Screen::Menu { selected: 0 })
    }

    /// Today's challenge: the same round for everyone with the same packs today; `again`, the
    /// same items played as practice, so that a replay is not recorded as the daily.
    fn start_daily(&mut self, again: bool) -> Option<Screen> {
        let plan = Plan::Daily {
            date: chrono::Local::now().date_naive(),
            count: self.settings.count,
        };
        match plan.choose(&self.ground()) {
            Ok(mut chosen) => {
                if again {
                    chosen.mode = Mode::Practice;
                }
                Some(self.play(chosen))
            }
            Err(refusal) => {
                self.message = Some(Message::Line(strings::refusal(self.t(), &refusal)));
                None
            }
        }
    }

    /// The daily challenge's result today, if it is done.
    pub fn daily_today(&self) -> Option<&crate::progress::RoundSummary> {
        let date = chrono::Local::now().date_naive();
        daily_done(&self.session.as_ref()?.profile, date)
    }

    /// The seed of the next drawn round: each one after the first adds one, so `--seed` replays
    /// them all.
    fn next_seed(&mut self) -> u64 {
        let seed = self.settings.seed.wrapping_add(self.rounds_started);
        self.rounds_started += 1;
        seed
    }

    pub(super) fn finish(&mut self, play: Play) -> Screen {
        let summary = play.round.summary(&self.pool);
        let (earned, module) = match self.session.as_mut() {
            Some(session) => {
                let closing = session.finish(Utc::now());
                self.message = session.save_error.clone().map(Message::SaveFailed);
                closing
            }
            None => (Vec::new(), None),
        };
        Screen::Summary {
            done: Box::new(Done {
                play,
                summary,
                earned,
                module,
            }),
            scroll: 0,
            selected: None,
        }
    }

    /// The summary: ↑↓ choose a missed item when there are any (otherwise they scroll), Enter
    /// opens the chosen one again, or leaves when none is chosen.
    pub(super) fn update_summary(
        &mut self,
        done: Box<Done>,
        scroll: u16,
        selected: Option<usize>,
        msg: Msg,
    ) -> Screen {
        let missed = done.summary.wrong.len();
        match (msg, selected) {
            (Msg::Enter, Some(index)) => Screen::Missed {
                done,
                index,
                scroll: 0,
            },
            (Msg::Enter | Msg::Back, _) if done.module.is_some() => self.path_screen(),
            (Msg::Enter | Msg::Back, _) => Screen::Menu { selected: 0 },
            (Msg::Play, _) => self.start_round(),
            (Msg::Down, _) if missed > 0 => Screen::Summary {
                done,
                scroll,
                selected: Some(selected.map_or(0, |i| (i + 1).min(missed - 1))),
            },
            (Msg::Up, Some(i)) => Screen::Summary {
                done,
                scroll,
                selected: i.checked_sub(1),
            },
            _ => Screen::Summary {
                done,
                scroll: self.scrolled(scroll, msg),
                selected,
            },
        }
    }

    /// Puts a chosen round on screen; a new one is recorded in the profile first.
    fn play(&mut self, chosen: Chosen) -> Screen {
        let Chosen { round, mode, seed } = chosen;
        if let Some(session) = self.session.as_mut()
            && round.answers.is_empty()
        {
            let ids = round
                .items
                .iter()
                .map(|&i| self.pool[i].id.clone())
                .collect();
            session.start(mode.clone(), seed, ids, Utc::now());
            self.message = session.save_error.clone().map(Message::SaveFailed);
        }
        Screen::Question(Play::new(round, mode, seed))
    }
}
