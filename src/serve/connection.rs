//! One SSH connection's state: how it signed in, its one session channel and window, and the
//! game it starts (on its own thread, its output sent by its own task).

use std::net::IpAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use ratatui::layout::Size;
use russh::server::{Handle, Msg, Session};
use russh::{ChannelId, ChannelWriteHalf, Disconnect, MethodKind, MethodSet};
use tokio::sync::mpsc::{UnboundedReceiver, unbounded_channel};
use tokio::sync::watch;

use super::config::Limits;
use super::game::{self, GameEnd, GameStart};
use super::keys::KeyParser;
use super::registry::{Admission, SignIn};
use super::shared::Shared;
use super::terminal::{self, ChannelWriter, Ended, InputSender, SharedSize};
use crate::i18n::{Catalog, Lang};

/// The sign-in methods the server offers, from what it is configured to take.
pub fn methods(shared: &Shared) -> MethodSet {
    let mut kinds = Vec::new();
    if shared.identities.takes_keys() || shared.trainers.any() {
        kinds.push(MethodKind::PublicKey);
    }
    if shared.identities.takes_team_code() {
        kinds.push(MethodKind::KeyboardInteractive);
    }
    MethodSet::from(kinds.as_slice())
}

pub struct Connection {
    pub(super) shared: Arc<Shared>,
    pub(super) admission: Arc<Admission>,
    pub(super) address: IpAddr,
    pub(super) sign_in: Option<SignIn>,
    /// The one session channel a connection may have.
    pub(super) channel: Option<ChannelId>,
    /// Its sending side, until the game takes it.
    pub(super) out: Option<ChannelWriteHalf<Msg>>,
    pub(super) size: SharedSize,
    pub(super) pty: bool,
    pub(super) color: bool,
    pub(super) keys: KeyParser,
    pub(super) input: Option<InputSender>,
    /// The language the client's `LANG` asked for, if it names one with a catalog.
    pub(super) lang: Option<Lang>,
    /// Set once the game has started: the sign-in grace timer leaves such a connection alone.
    pub started: Arc<AtomicBool>,
}

impl Connection {
    pub fn new(shared: Arc<Shared>, admission: Admission, address: IpAddr) -> Self {
        Connection {
            shared,
            admission: Arc::new(admission),
            address,
            sign_in: None,
            channel: None,
            out: None,
            size: SharedSize::new(Size::new(80, 24)),
            pty: false,
            color: true,
            keys: KeyParser::new(),
            input: None,
            lang: None,
            started: Arc::new(AtomicBool::new(false)),
        }
    }

    pub(super) fn clamp(&self, cols: u32, rows: u32) -> Size {
        clamp_size(cols, rows, &self.shared.config.limits)
    }

    /// The words for this client before its game starts: its `LANG`'s, else the server's.
    pub(super) fn catalog(&self) -> &'static Catalog {
        Catalog::get(self.lang.unwrap_or(self.shared.config.lang))
    }

    pub(super) fn ours(&self, channel: ChannelId) -> bool {
        self.channel == Some(channel)
    }

    /// Starts the game on its own thread, and the task that sends its output to the channel.
    pub(super) fn start_game(&mut self, session: &mut Session) -> anyhow::Result<()> {
        let (Some(sign_in), Some(out)) = (self.sign_in.clone(), self.out.take()) else {
            anyhow::bail!("{}", crate::t!(self.catalog(), "serve-error-shell-first"));
        };
        let limits = self.shared.config.limits;
        let (input, events) = terminal::input(
            limits.max_pending_keys,
            self.size.clone(),
            Duration::from_secs(limits.idle_timeout_secs),
        );
        let id = self.admission.id();
        if !self.shared.game_started(id, input.clone()) {
            anyhow::bail!("{}", crate::t!(self.catalog(), "serve-stopping"));
        }
        let (frames, queue) = unbounded_channel::<Vec<u8>>();
        let unsent = Arc::new(AtomicUsize::new(0));
        let writer = ChannelWriter::new(frames, unsent.clone(), limits.output_buffer_bytes);
        let start = GameStart {
            shared: self.shared.clone(),
            admission: self.admission.clone(),
            sign_in,
            size: self.size.clone(),
            events,
            writer,
            color: self.color,
            lang: self.lang,
        };
        let shared = self.shared.clone();
        // A trainer's key opens the trainer's view; nothing else does.
        let run = match start.sign_in {
            SignIn::Trainer { .. } => super::trainer::watch,
            SignIn::Key { .. } | SignIn::TeamCode => game::play,
        };
        let (done, ended) = watch::channel(None::<GameEnd>);
        let spawned = std::thread::Builder::new()
            .name(format!("redflag-game-{id}"))
            .spawn(move || {
                // A bug in one game must not leave it counted as running (stopping waits for
                // those); a release build aborts on a panic anyway.
                let end = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(start)))
                    .unwrap_or(GameEnd::Failed);
                shared.game_ended(id);
                let _ = done.send(Some(end));
            });
        if let Err(e) = spawned {
            self.shared.game_ended(id);
            return Err(e.into());
        }
        self.input = Some(input);
        self.started.store(true, Ordering::Release);
        let t = self.catalog();
        tokio::spawn(send_output(out, queue, unsent, ended, session.handle(), t));
        Ok(())
    }

    /// Says something to a client that will not get a game, then closes the channel.
    pub(super) fn refuse_with(&self, channel: ChannelId, message: &str, session: &mut Session) {
        let handle = session.handle();
        let message = format!("redflag: {message}\r\n");
        tokio::spawn(async move {
            let _ = handle.data(channel, message.into_bytes()).await;
            let _ = handle.exit_status_request(channel, 1).await;
            let _ = handle.eof(channel).await;
            let _ = handle.close(channel).await;
        });
    }

    /// Ends the game, if any: its client is gone.
    pub(super) fn hang_up(&mut self) {
        if let Some(input) = self.input.take() {
            input.close();
        }
    }

    pub(super) fn failed_sign_in(&self) {
        self.shared
            .registry
            .record_failure(self.address, Instant::now());
    }
}

/// The game's output to the client, on its own task: each frame waits for the client's SSH window,
/// so a client slow to read holds up only this task, and the game finds out through the bounded
/// count of what is still unsent. When the game ends, the channel closes with its exit status; a
/// client that stopped reading altogether is disconnected.
async fn send_output(
    out: ChannelWriteHalf<Msg>,
    mut queue: UnboundedReceiver<Vec<u8>>,
    unsent: Arc<AtomicUsize>,
    mut ended: watch::Receiver<Option<GameEnd>>,
    handle: Handle,
    t: &'static Catalog,
) {
    let lost = |end: &Option<GameEnd>| {
        matches!(
            end,
            Some(GameEnd::Ended(Ended::Disconnected | Ended::TooSlow))
        )
    };
    let sending = async {
        while let Some(frame) = queue.recv().await {
            let len = frame.len();
            if out.data_bytes(frame).await.is_err() {
                return;
            }
            unsent.fetch_sub(len, Ordering::AcqRel);
        }
    };
    // Every frame is sent (the farewell among them) unless the client is lost, when a send
    // waiting on its window would wait for ever.
    let mut watching = ended.clone();
    let client_lost = async {
        if watching.wait_for(lost).await.is_err() {
            // The game ended otherwise: the frames are sent to the end.
            std::future::pending::<()>().await;
        }
    };
    tokio::select! {
        () = sending => {}
        () = client_lost => {}
    }
    let end = ended.wait_for(Option::is_some).await.ok().and_then(|e| *e);
    if end == Some(GameEnd::Ended(Ended::TooSlow)) {
        let _ = handle
            .disconnect(
                Disconnect::ByApplication,
                crate::t!(t, "serve-too-slow"),
                String::new(),
            )
            .await;
        return;
    }
    let _ = out.exit_status(u32::from(end != Some(GameEnd::Quit))).await;
    let _ = out.eof().await;
    let _ = out.close().await;
}

/// The window size the client reported, within the server's limits: a huge window would cost
/// the server memory and time for every frame, a zero one is drawn as one cell.
fn clamp_size(cols: u32, rows: u32, limits: &Limits) -> Size {
    let fit = |n: u32, max: u16| u16::try_from(n).unwrap_or(max).clamp(1, max);
    Size::new(fit(cols, limits.max_cols), fit(rows, limits.max_rows))
}

impl Drop for Connection {
    fn drop(&mut self) {
        self.hang_up();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_sizes_are_clamped_to_the_limits() {
        let limits = Limits {
            max_cols: 400,
            max_rows: 150,
            ..Limits::default()
        };
        let size = |c, r| clamp_size(c, r, &limits);
        assert_eq!(size(120, 40), Size::new(120, 40));
        assert_eq!(size(100_000, 70_000), Size::new(400, 150));
        assert_eq!(size(u32::MAX, u32::MAX), Size::new(400, 150));
        assert_eq!(size(0, 0), Size::new(1, 1));
    }
}
