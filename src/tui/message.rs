//! The line the game shows the player under the menu, the training path or a round's summary.

use std::borrow::Cow;

use crate::i18n::Catalog;
use crate::progress::{Notice, StoreError};
use crate::strings;

/// Kept as a value and worded when drawn: what comes from the profile by `strings`, the game's
/// own lines as they are.
#[derive(Debug, Clone)]
pub enum Message {
    /// Told once when the profile opens: a repaired save, playing unsaved.
    Notice(Notice),
    /// The last save failed; the previous one is intact.
    SaveFailed(StoreError),
    /// One of the game's own lines (nothing to review, a locked module, a welcome).
    Line(String),
}

impl Message {
    pub fn text(&self, t: &Catalog) -> Cow<'_, str> {
        match self {
            Message::Notice(notice) => strings::notice(t, notice).into(),
            Message::SaveFailed(error) => strings::failed_save(t, error).into(),
            Message::Line(line) => line.into(),
        }
    }
}

impl From<String> for Message {
    fn from(line: String) -> Self {
        Message::Line(line)
    }
}

impl From<&str> for Message {
    fn from(line: &str) -> Self {
        Message::Line(line.to_string())
    }
}
