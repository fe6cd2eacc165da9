//! One connection's game, on its own thread: the same [`App`] and loop as the local game, drawn
//! on the remote terminal, with the profile chosen by how the person signed in.

use std::sync::Arc;

use chrono::Utc;
use ratatui::Terminal;
use ratatui::crossterm::cursor::{Hide, Show};
use ratatui::crossterm::queue;
use ratatui::crossterm::terminal::{EnterAlternateScreen, LeaveAlternateScreen};

use super::registry::{Admission, SignIn};
use super::shared::Shared;
use super::terminal::{ChannelWriter, Ended, RemoteBackend, RemoteEvents, SharedSize};
use crate::i18n::{Catalog, Lang};
use crate::progress::data_dir::folder_name;
use crate::progress::opening::open_unsettled;
use crate::progress::{Session, StoreError};
use crate::settings::PlaySettings;
use crate::tui::{App, run_on};

/// What a game needs from its connection.
pub struct GameStart {
    pub shared: Arc<Shared>,
    pub admission: Arc<Admission>,
    pub sign_in: SignIn,
    pub size: SharedSize,
    pub events: RemoteEvents,
    pub writer: ChannelWriter,
    /// Colour unless the client's terminal is a dumb one.
    pub color: bool,
    /// The language the client's `LANG` asked for, if any.
    pub lang: Option<Lang>,
}

/// How a game ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GameEnd {
    /// The player quit.
    Quit,
    /// The person is already playing on another connection.
    AlreadyPlaying,
    Ended(Ended),
    /// Something else went wrong (told to the player and the server's log).
    Failed,
}

/// Plays until the player quits or the connection, the server or the idle timer ends it. Every
/// answer is saved as it is given, so whatever ends the game, nothing answered is lost.
pub fn play(start: GameStart) -> GameEnd {
    let GameStart {
        shared,
        admission,
        sign_in,
        size,
        mut events,
        writer,
        color,
        lang,
    } = start;
    let mut backend = RemoteBackend::new(writer, size);
    let lang = session_lang(&shared, &sign_in, lang);
    let t = Catalog::get(lang);
    let console = Catalog::get(shared.config.lang);
    let app = match new_app(&shared, &admission, &sign_in, color, lang) {
        Ok(app) => app,
        Err(Refused::AlreadyPlaying(name)) => {
            let said = crate::t!(t, "serve-already-playing", name = name);
            let text = format!("redflag: {said}\r\n");
            let _ = say(&mut backend, ScreenChange::None, &text);
            return GameEnd::AlreadyPlaying;
        }
        Err(Refused::Other(reason)) => {
            eprintln!(
                "{}",
                crate::t!(
                    console,
                    "serve-console-cannot-open-profile",
                    reason = reason.as_str()
                )
            );
            let _ = say(
                &mut backend,
                ScreenChange::None,
                &format!("redflag: {reason}\r\n"),
            );
            return GameEnd::Failed;
        }
    };
    let mut app = app;
    if say(&mut backend, ScreenChange::Enter, "").is_err() {
        return GameEnd::Ended(Ended::Disconnected);
    }
    let mut terminal = match Terminal::new(backend) {
        Ok(terminal) => terminal,
        Err(_) => return GameEnd::Ended(Ended::Disconnected),
    };
    let result = run_on(&mut terminal, &mut events, &mut app);
    let end = match &result {
        Ok(()) => GameEnd::Quit,
        Err(e) => Ended::of(e).map_or(GameEnd::Failed, GameEnd::Ended),
    };
    let farewell = match end {
        GameEnd::Ended(Ended::Stopping) => crate::t!(t, "serve-farewell-stopping") + "\r\n",
        GameEnd::Ended(Ended::Idle) => {
            let minutes = shared.config.limits.idle_timeout_secs / 60;
            crate::t!(t, "serve-farewell-idle", minutes = minutes) + "\r\n"
        }
        GameEnd::Failed => {
            let reason = result.err().map(|e| format!("{e:#}")).unwrap_or_default();
            eprintln!(
                "{}",
                crate::t!(console, "serve-console-game-stopped", reason = reason)
            );
            crate::t!(t, "serve-farewell-failed") + "\r\n"
        }
        _ => String::new(),
    };
    let backend = terminal.backend_mut();
    // Nobody to tell when the client is gone; otherwise the terminal is given back as it was.
    if !matches!(end, GameEnd::Ended(Ended::Disconnected | Ended::TooSlow)) {
        let _ = say(backend, ScreenChange::Leave, &farewell);
    }
    end
}

/// What to do with the client's screen around a message.
#[derive(Clone, Copy)]
enum ScreenChange {
    None,
    /// Into the alternate screen, cursor hidden: where the game draws.
    Enter,
    /// Back to the client's own screen, cursor shown, before the message.
    Leave,
}

/// Changes the screen, then writes `text`, in one flush.
fn say(backend: &mut RemoteBackend, change: ScreenChange, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let writer = backend.writer();
    match change {
        ScreenChange::None => {}
        ScreenChange::Enter => queue!(writer, EnterAlternateScreen, Hide)?,
        ScreenChange::Leave => queue!(writer, Show, LeaveAlternateScreen)?,
    }
    writer.write_all(text.as_bytes())?;
    writer.flush()
}

enum Refused {
    AlreadyPlaying(String),
    Other(String),
}

/// The session's language: the client's `LANG`, else the choice saved for the profile its key
/// plays (a team code's player is not known before the name screen), else the server's.
fn session_lang(shared: &Shared, sign_in: &SignIn, asked: Option<Lang>) -> Lang {
    asked
        .or_else(|| {
            let SignIn::Key { fingerprint } = sign_in else {
                return None;
            };
            let name = shared.identities.profile_of(fingerprint)?;
            let folder = folder_name(&name).ok()?;
            let saved = shared.data.settings().ok()?;
            saved
                .languages
                .get(&folder)
                .and_then(|tag| Lang::parse(tag))
        })
        .unwrap_or(shared.config.lang)
}

/// The game for this person: straight to the menu for a key whose owner has given a name, the
/// name screen otherwise (with the server's rules for names).
fn new_app(
    shared: &Arc<Shared>,
    admission: &Arc<Admission>,
    sign_in: &SignIn,
    color: bool,
    lang: Lang,
) -> Result<App, Refused> {
    let settings = PlaySettings {
        count: shared.config.count,
        seed: shared.config.seed.unwrap_or_else(time_seed),
        color,
        lang,
    };
    let library = shared.library(lang);
    let app = App::new(library.pool.clone(), library.manifests.clone(), settings);
    let known = match sign_in {
        SignIn::Key { fingerprint } => shared.identities.profile_of(fingerprint),
        // A trainer's connection opens the trainer's view instead (see `trainer`).
        SignIn::TeamCode | SignIn::Trainer { .. } => None,
    };
    if let Some(name) = known {
        let session = open_profile(shared, &name).map_err(|e| match e {
            StoreError::Locked(name) => Refused::AlreadyPlaying(name),
            other => Refused::Other(crate::strings::store_error(Catalog::get(lang), &other)),
        })?;
        admission.playing_as(&session.profile.name);
        return Ok(app.with_session(session));
    }
    let mut app = app.asking_name(shared.data.clone());
    let (shared, admission, sign_in) = (shared.clone(), admission.clone(), sign_in.clone());
    let t = Catalog::get(lang);
    app.open_name = Some(Box::new(move |name: &str| {
        // A name that cannot be a profile's, said in the player's language.
        crate::progress::data_dir::folder_name(name)
            .map_err(|e| crate::strings::store_error(t, &e))?;
        shared
            .identities
            .check_name(&sign_in, name)
            .map_err(|refused| refused.words(t))?;
        let mut session = open_profile(&shared, name).map_err(|e| match e {
            StoreError::Locked(_) => crate::t!(t, "serve-name-in-use", name = name.trim()),
            other => crate::strings::store_error(t, &other),
        })?;
        if let SignIn::Key { fingerprint } = &sign_in {
            shared
                .identities
                .bind(fingerprint, name)
                .map_err(|refused| refused.words(t))?;
        }
        admission.playing_as(&session.profile.name);
        session.pass_mark = crate::training::pass_mark(&shared.library(lang).manifests);
        Ok(session)
    }));
    Ok(app)
}

/// Opens and locks a profile, saving a new one at once: its lock is taken by that first save,
/// and a server must hold it before anyone else can choose the same new name.
fn open_profile(shared: &Shared, name: &str) -> Result<Session, StoreError> {
    let mut opening = open_unsettled(&shared.data, name, Utc::now())?;
    if opening.pending.fresh {
        opening.session.save_now()?;
    }
    // Read now, not put off for a first frame: the server's learners open no pending work.
    opening.session.settle_rows(Utc::now())?;
    Ok(opening.session)
}

/// A seed for a session's first round when the server sets none.
fn time_seed() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() ^ u64::from(d.subsec_nanos()))
}
