//! Keys while a round is on screen: answering, marking fields in spot mode, inspecting, and
//! moving from an item's feedback to the next.

use std::time::Instant;

use chrono::Utc;

use super::app::{App, Msg, Overlay, Play, Screen};
use super::message::Message;
use crate::content::Verdict;
use crate::quiz::Outcome;
use crate::quiz::spot::{markable, toggle};

/// A feedback screen's scroll before any key: the message at its first piece of evidence. Other
/// values are a row plus one, so that a screen made with a plain `Play` starts there too.
pub const AT_EVIDENCE: u16 = 0;

/// The row a feedback screen shows, given its stored scroll and the row of the first evidence.
pub fn shown_scroll(stored: u16, evidence_row: u16) -> u16 {
    match stored {
        AT_EVIDENCE => evidence_row,
        row => row - 1,
    }
}

/// The stored scroll that shows `row`.
fn scroll_from_row(row: u16) -> u16 {
    row.saturating_add(1)
}

impl App {
    pub(super) fn update_question(&mut self, mut play: Play, msg: Msg) -> Screen {
        if play.explaining {
            // Spot mode's rules are on screen: Enter starts, q asks to quit, nothing else acts.
            match msg {
                Msg::Enter => play.explaining = false,
                Msg::Back => self.overlay = Some(Overlay::ConfirmQuit),
                _ => {}
            }
            return Screen::Question(play);
        }
        // Enter confirms a verdict chosen with the arrow keys, never a default one.
        let given = match msg {
            Msg::Safe => Some(Verdict::Safe),
            Msg::Dangerous => Some(Verdict::Dangerous),
            Msg::Enter => play.choice,
            _ => None,
        };
        if let Some(given) = given {
            let elapsed = play.shown_at.elapsed();
            let index = play.round.current();
            let marks = play.spotting().then_some(play.marks.as_slice());
            let outcome =
                play.round
                    .answer_marked(&self.pool, given, play.inspected, elapsed, marks);
            if let (Some(session), Some(index), Some(answer)) =
                (self.session.as_mut(), index, play.round.answers.last())
            {
                session.answer(&self.pool[index], answer, Utc::now());
                self.message = session.save_error.clone().map(Message::SaveFailed);
            }
            return match outcome {
                Some(outcome) => {
                    play.scroll = AT_EVIDENCE;
                    Screen::Feedback { play, outcome }
                }
                None => self.finish(play),
            };
        }
        let markable = match play.round.current() {
            Some(i) if play.spotting() => markable(&self.pool[i], play.inspected),
            _ => Vec::new(),
        };
        match msg {
            Msg::NextField if !markable.is_empty() => {
                play.cursor = (play.cursor + 1) % markable.len()
            }
            Msg::PrevField if !markable.is_empty() => {
                play.cursor = (play.cursor + markable.len() - 1) % markable.len()
            }
            Msg::Mark => {
                if let Some(field) = markable.get(play.cursor) {
                    toggle(&mut play.marks, field);
                }
            }
            Msg::Inspect => {
                // Keep the cursor on the same field as hidden ones join the list.
                let field = markable.get(play.cursor).cloned();
                play.inspected = true;
                if let (Some(field), Some(i)) = (field, play.round.current()) {
                    play.cursor = crate::quiz::spot::markable(&self.pool[i], true)
                        .iter()
                        .position(|f| *f == field)
                        .unwrap_or(0);
                }
            }
            // The arrows choose the button on their side: SAFE is on the left in English and
            // on the right in a right-to-left language, whose verdict bar is mirrored.
            Msg::Left | Msg::Right => {
                let mirrored = self.t().direction() == crate::bidi::Direction::RightToLeft;
                play.choice = Some(if (msg == Msg::Left) != mirrored {
                    Verdict::Safe
                } else {
                    Verdict::Dangerous
                });
            }
            Msg::Briefing => return self.briefing(Screen::Question(play)),
            Msg::Back => self.overlay = Some(Overlay::ConfirmQuit),
            _ => play.scroll = self.scrolled(play.scroll, msg),
        }
        Screen::Question(play)
    }

    pub(super) fn update_feedback(&mut self, mut play: Play, outcome: Outcome, msg: Msg) -> Screen {
        match msg {
            Msg::Enter => {
                if play.round.is_finished() {
                    return self.finish(play);
                }
                play.inspected = false;
                play.scroll = 0;
                play.choice = None;
                play.marks.clear();
                play.cursor = 0;
                play.shown_at = Instant::now();
                Screen::Question(play)
            }
            Msg::Briefing => self.briefing(Screen::Feedback { play, outcome }),
            Msg::Back => {
                self.overlay = Some(Overlay::ConfirmQuit);
                Screen::Feedback { play, outcome }
            }
            _ => {
                // The message first shows at its first piece of evidence; scrolling goes on from
                // the row drawn.
                let from = shown_scroll(play.scroll, self.drawn.evidence_row.get());
                play.scroll = scroll_from_row(self.scrolled(from, msg));
                Screen::Feedback { play, outcome }
            }
        }
    }
}

#[cfg(test)]
#[path = "playing_tests.rs"]
mod tests;
