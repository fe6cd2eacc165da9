//! The start drawn from the built-in pack's preview: what the first frame needs before the pack is
//! decoded, and the work put off until just after it.

use anyhow::Context;

use super::app::App;
use super::message::Message;
use super::rounds::NewRound;
use crate::content::{PackPreview, Verdict};
use crate::progress::{Mode, Notice};
use crate::quiz::Round;
use crate::training::path;

impl App {
    /// Draws the first frame from the built-in pack's preview; [`App::settle`] decodes the pack.
    pub fn with_builtin_later(mut self, preview: PackPreview<'static>) -> Self {
        self.pool = Default::default();
        // Moved, not copied: the manifest carries the pack's whole world and briefing.
        let PackPreview {
            manifest,
            scenarios,
        } = preview;
        self.manifests = vec![manifest];
        self.modules = crate::training::outline(scenarios.iter().map(|(_, _, theme)| *theme));
        self.preview = Some(scenarios);
        self
    }

    /// Opens on a new practice round once the pack is at hand (`--new-round`): an unfinished
    /// round is replaced, as the command line asked, without the menu's question.
    pub fn with_new_round(mut self) -> Self {
        self.new_round = true;
        self
    }

    /// Whether work put off until after the first frame is still to do.
    pub fn unsettled(&self) -> bool {
        self.preview.is_some() || self.pending.is_some() || self.new_round
    }

    /// Does the work put off for the first frame: decodes the built-in pack, then a new profile's
    /// first save and the last-played setting, then the new round `--new-round` asked for.
    /// Returns whether the screen must be drawn again.
    pub fn settle(&mut self) -> anyhow::Result<bool> {
        if self.preview.take().is_some() {
            // The pack whose preview drew the first frame: the player's language's.
            let language = self.manifests.first().map_or("", |m| m.language.as_str());
            let pack = crate::builtin::pack_tagged(language)
                .with_context(|| crate::t!(self.t(), "cmd-builtin-undecodable"))?;
            self.pool = pack.scenarios.into();
            self.manifests = vec![pack.manifest];
            self.modules = path(&self.pool);
        }
        let redraw = self.settle_profile();
        if std::mem::take(&mut self.new_round) && self.session.is_some() {
            if let Some(screen) = self.start_new(NewRound::Practice) {
                self.screen = screen;
            }
            return Ok(true);
        }
        Ok(redraw)
    }

    /// A new profile's first save and the last-played setting; true when saving failed (the menu
    /// then says so).
    fn settle_profile(&mut self) -> bool {
        let (Some((data, mut pending)), Some(session)) =
            (self.pending.take(), self.session.as_mut())
        else {
            return false;
        };
        match pending.settle(&data, session) {
            Ok(()) => {
                let notices = std::mem::take(&mut session.notices);
                let told = !notices.is_empty();
                for notice in notices {
                    self.tell(notice);
                }
                told
            }
            Err(e) => {
                session.stop_saving();
                let said = crate::t!(self.t(), "menu-cannot-save", error = e.to_string());
                self.message = Some(said.into());
                true
            }
        }
    }

    /// Adds a notice to the line under the menu, after what it already says.
    pub(super) fn tell(&mut self, notice: Notice) {
        self.message = Some(match self.message.take() {
            None => Message::Notice(notice),
            Some(said) => format!(
                "{} {}",
                said.text(self.t()),
                crate::strings::notice(self.t(), &notice)
            )
            .into(),
        });
    }

    /// Scenarios loaded and how many are dangerous (from the preview until the pack is decoded).
    pub fn pool_counts(&self) -> (usize, usize) {
        let dangerous = |v: Verdict| v == Verdict::Dangerous;
        match &self.preview {
            Some(p) => (p.len(), p.iter().filter(|(_, v, _)| dangerous(*v)).count()),
            None => (
                self.pool.len(),
                self.pool.iter().filter(|s| dangerous(s.verdict)).count(),
            ),
        }
    }

    fn index_of(&self, id: &str) -> Option<usize> {
        match &self.preview {
            Some(preview) => preview.iter().position(|(s, _, _)| *s == id),
            None => self.pool.iter().position(|s| s.id == id),
        }
    }

    /// The unfinished round, if it can be resumed with the loaded scenarios.
    pub fn resumable(&self) -> Option<(Round, u64, Mode)> {
        self.session.as_ref()?.resumable_by(|id| self.index_of(id))
    }
}
