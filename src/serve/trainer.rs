//! The trainer's side of the server: the keys that open the live view of the team
//! (`--trainer-keys`), and that view on a trainer's connection, drawn by the same code as
//! `redflag team`, with who is online taken from the server's own registry.
//!
//! Only a key listed in the trainers' file signs in as a trainer; the team code and the learners'
//! keys never do, and a trainer's connection never starts a game.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

use chrono::Utc;
use ratatui::Terminal;
use ratatui::crossterm::cursor::{Hide, Show};
use ratatui::crossterm::queue;
use ratatui::crossterm::terminal::{EnterAlternateScreen, LeaveAlternateScreen};
use russh::keys::PublicKey;

use super::game::{GameEnd, GameStart};
use super::identity::{fingerprint, read_authorized};
use super::online::sessions;
use super::terminal::{Ended, RemoteBackend};
use crate::cohort::online::Online;
use crate::i18n::Catalog;
use crate::tui::team::{Dashboard, Look, Source, run_on};

/// The trainers' keys, read again at each sign-in as the learners' are.
#[derive(Debug)]
pub struct TrainerKeys {
    path: Option<PathBuf>,
    /// The last good list of fingerprints, kept when a re-read fails.
    allowed: Mutex<Vec<String>>,
}

impl TrainerKeys {
    /// Reads the file; a missing or damaged one is an error at start, where the trainer sees it
    /// in `t`'s words (the server's language).
    pub fn load(t: &Catalog, path: Option<&Path>) -> anyhow::Result<TrainerKeys> {
        let allowed = match path {
            Some(path) => read_authorized(t, path)?,
            None => Vec::new(),
        };
        Ok(TrainerKeys {
            path: path.map(Path::to_path_buf),
            allowed: Mutex::new(allowed),
        })
    }

    pub fn any(&self) -> bool {
        self.path.is_some()
    }

    /// The key's fingerprint when it is a trainer's.
    pub fn allowed(&self, key: &PublicKey) -> Option<String> {
        let path = self.path.as_ref()?;
        let mut allowed = self.allowed.lock().unwrap_or_else(PoisonError::into_inner);
        // A file that cannot be read now keeps the last good list; its error is not shown.
        if let Ok(fresh) = read_authorized(Catalog::english(), path) {
            *allowed = fresh;
        }
        let fingerprint = fingerprint(key);
        allowed.contains(&fingerprint).then_some(fingerprint)
    }
}

/// The trainer's view until they quit or the connection, the server or the idle timer ends it.
/// It only reads the data folder; its exports go to `DATA_DIR/exports`.
pub fn watch(start: GameStart) -> GameEnd {
    let GameStart {
        shared,
        size,
        mut events,
        writer,
        color,
        lang,
        ..
    } = start;
    let mut backend = RemoteBackend::new(writer, size);
    let registry = shared.registry.clone();
    // The trainer's language as a learner's is chosen: their client's `LANG`, else the
    // server's (a trainer has no profile whose choice could come between).
    let lang = lang.unwrap_or(shared.config.lang);
    let library = shared.library(lang);
    let source = Source {
        data: shared.data.clone(),
        manifests: library.manifests.clone(),
        modules: crate::training::path(&library.pool),
        pass_mark: crate::training::pass_mark(&library.manifests),
        online: Box::new(move |_| Online::Live(sessions(&registry))),
        exports: shared.data.root.join("exports"),
    };
    let look = Look {
        t: Catalog::get(lang),
        display: Default::default(),
        color,
    };
    let mut dashboard = Dashboard::new(source, look, Utc::now());
    if screen(&mut backend, true).is_err() {
        return GameEnd::Ended(Ended::Disconnected);
    }
    let Ok(mut terminal) = Terminal::new(backend) else {
        return GameEnd::Ended(Ended::Disconnected);
    };
    let result = run_on(&mut terminal, &mut events, &mut dashboard);
    let end = match &result {
        Ok(()) => GameEnd::Quit,
        Err(e) => Ended::of(e).map_or(GameEnd::Failed, GameEnd::Ended),
    };
    if !matches!(end, GameEnd::Ended(Ended::Disconnected | Ended::TooSlow)) {
        let _ = screen(terminal.backend_mut(), false);
    }
    end
}

/// Into the alternate screen with the cursor hidden, or back out of it.
fn screen(backend: &mut RemoteBackend, enter: bool) -> std::io::Result<()> {
    use std::io::Write;
    let writer = backend.writer();
    if enter {
        queue!(writer, EnterAlternateScreen, Hide)?;
    } else {
        queue!(writer, Show, LeaveAlternateScreen)?;
    }
    writer.flush()
}
