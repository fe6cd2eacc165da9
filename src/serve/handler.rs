//! One SSH connection: sign-in by key or team code, one session channel whose shell request
//! starts the game, and a refusal for everything else (exec, subsystems, forwarding, X11, agent,
//! environment variables other than TERM and LANG, passwords).

use std::borrow::Cow;
use std::net::IpAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use ratatui::layout::Size;
use russh::server::{
    Auth, ChannelOpenHandle, Msg, PublicKeyOffer, Response, Session, VerifiedPublicKey,
};
use russh::{Channel, ChannelId, ChannelOpenFailure, MethodKind, MethodSet, Pty};
use tokio::sync::mpsc::unbounded_channel;

use super::config::Limits;
use super::game::{self, GameEnd, GameStart};
use super::keys::KeyParser;
use super::registry::{Admission, SignIn};
use super::shared::Shared;
use super::terminal::{self, ChannelWriter, Input, InputSender, SharedSize};

/// The sign-in methods the server offers, from what it is configured to take.
pub fn methods(shared: &Shared) -> MethodSet {
    let mut kinds = Vec::new();
    if shared.identities.takes_keys() {
        kinds.push(MethodKind::PublicKey);
    }
    if shared.identities.takes_team_code() {
        kinds.push(MethodKind::KeyboardInteractive);
    }
    MethodSet::from(kinds.as_slice())
}

pub struct Connection {
    shared: Arc<Shared>,
    admission: Arc<Admission>,
    address: IpAddr,
    sign_in: Option<SignIn>,
    /// The one session channel a connection may have.
    channel: Option<ChannelId>,
    size: SharedSize,
    pty: bool,
    color: bool,
    keys: KeyParser,
    input: Option<InputSender>,
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
            size: SharedSize::new(Size::new(80, 24)),
            pty: false,
            color: true,
            keys: KeyParser::new(),
            input: None,
            started: Arc::new(AtomicBool::new(false)),
        }
    }

    fn clamp(&self, cols: u32, rows: u32) -> Size {
        clamp_size(cols, rows, &self.shared.config.limits)
    }

    fn ours(&self, channel: ChannelId) -> bool {
        self.channel == Some(channel)
    }

    /// Starts the game on its own thread, and the task that sends its output to the channel.
    fn start_game(&mut self, channel: ChannelId, session: &mut Session) -> anyhow::Result<()> {
        let Some(sign_in) = self.sign_in.clone() else {
            anyhow::bail!("a shell before signing in");
        };
        let limits = self.shared.config.limits;
        let (input, events) = terminal::input(
            limits.max_pending_keys,
            self.size.clone(),
            Duration::from_secs(limits.idle_timeout_secs),
        );
        if !self.shared.game_started(self.admission.id(), input.clone()) {
            anyhow::bail!("the server is stopping");
        }
        self.input = Some(input);
        self.started.store(true, Ordering::Release);

        let (frames, mut queue) = unbounded_channel::<Vec<u8>>();
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
        };
        let (shared, id) = (self.shared.clone(), self.admission.id());
        let (done, ended) = tokio::sync::oneshot::channel::<GameEnd>();
        std::thread::Builder::new()
            .name(format!("redflag-game-{id}"))
            .spawn(move || {
                let end = game::play(start);
                shared.game_ended(id);
                let _ = done.send(end);
            })?;
        // The output's own task: a client slow to take it delays only this task, and the game
        // finds out through the bounded count of what is still unsent.
        let handle = session.handle();
        tokio::spawn(async move {
            while let Some(frame) = queue.recv().await {
                let len = frame.len();
                if handle.data(channel, frame).await.is_err() {
                    break;
                }
                unsent.fetch_sub(len, Ordering::AcqRel);
            }
            let status = match ended.await {
                Ok(GameEnd::Quit) => 0,
                _ => 1,
            };
            let _ = handle.exit_status_request(channel, status).await;
            let _ = handle.eof(channel).await;
            let _ = handle.close(channel).await;
        });
        Ok(())
    }

    /// Says something to a client that will not get a game, then closes the channel.
    fn refuse_with(&self, channel: ChannelId, message: &str, session: &mut Session) {
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
    fn hang_up(&mut self) {
        if let Some(input) = self.input.take() {
            input.close();
        }
    }

    fn failed_sign_in(&self) {
        self.shared
            .registry
            .record_failure(self.address, Instant::now());
    }
}

/// The window size the client reported, within the server's limits: a huge window would cost
/// the server memory and time for every frame, a zero one is drawn as one cell.
fn clamp_size(cols: u32, rows: u32, limits: &Limits) -> Size {
    let fit = |n: u32, max: u16| u16::try_from(n).unwrap_or(max).clamp(1, max);
    Size::new(fit(cols, limits.max_cols), fit(rows, limits.max_rows))
}

fn team_code_prompt() -> Auth {
    Auth::Partial {
        name: Cow::Borrowed("redflag"),
        instructions: Cow::Borrowed("Sign in with your team's code."),
        prompts: Cow::Owned(vec![(Cow::Borrowed("Team code: "), false)]),
    }
}

impl russh::server::Handler for Connection {
    type Error = anyhow::Error;

    async fn auth_none(&mut self, _user: &str) -> Result<Auth, Self::Error> {
        Ok(Auth::Reject {
            proceed_with_methods: Some(methods(&self.shared)),
            partial_success: false,
        })
    }

    async fn auth_password(&mut self, _: &str, _: &str) -> Result<Auth, Self::Error> {
        // Never system accounts or passwords.
        Ok(Auth::reject())
    }

    async fn auth_publickey_offered(
        &mut self,
        _user: &str,
        offer: PublicKeyOffer<'_>,
    ) -> Result<Auth, Self::Error> {
        Ok(match self.shared.identities.allowed_key(offer.public_key) {
            Some(_) => Auth::Accept,
            None => Auth::reject(),
        })
    }

    async fn auth_publickey(
        &mut self,
        _user: &str,
        key: VerifiedPublicKey<'_>,
    ) -> Result<Auth, Self::Error> {
        match self.shared.identities.allowed_key(key.public_key) {
            Some(fingerprint) => {
                self.sign_in = Some(SignIn::Key { fingerprint });
                Ok(Auth::Accept)
            }
            None => {
                self.failed_sign_in();
                Ok(Auth::reject())
            }
        }
    }

    async fn auth_keyboard_interactive<'a>(
        &'a mut self,
        _user: &str,
        _submethods: &str,
        response: Option<Response<'a>>,
    ) -> Result<Auth, Self::Error> {
        if !self.shared.identities.takes_team_code() {
            return Ok(Auth::reject());
        }
        let Some(mut response) = response else {
            return Ok(team_code_prompt());
        };
        let given = response.next().unwrap_or_default();
        if self.shared.identities.code_matches(given.trim_ascii()) {
            self.sign_in = Some(SignIn::TeamCode);
            Ok(Auth::Accept)
        } else {
            self.failed_sign_in();
            Ok(Auth::reject())
        }
    }

    async fn auth_succeeded(&mut self, _session: &mut Session) -> Result<(), Self::Error> {
        if let Some(sign_in) = &self.sign_in {
            self.admission.signed_in(sign_in.clone());
        }
        Ok(())
    }

    async fn channel_open_session(
        &mut self,
        channel: Channel<Msg>,
        reply: ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if self.channel.is_some() {
            reply
                .reject(ChannelOpenFailure::AdministrativelyProhibited)
                .await;
            return Ok(());
        }
        self.channel = Some(channel.id());
        reply.accept().await;
        Ok(())
    }

    async fn channel_open_direct_tcpip(
        &mut self,
        _channel: Channel<Msg>,
        _host: &str,
        _port: u32,
        _from: &str,
        _from_port: u32,
        reply: ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        reply
            .reject(ChannelOpenFailure::AdministrativelyProhibited)
            .await;
        Ok(())
    }

    async fn channel_open_x11(
        &mut self,
        _channel: Channel<Msg>,
        _from: &str,
        _from_port: u32,
        reply: ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        reply
            .reject(ChannelOpenFailure::AdministrativelyProhibited)
            .await;
        Ok(())
    }

    async fn channel_open_direct_streamlocal(
        &mut self,
        _channel: Channel<Msg>,
        _path: &str,
        reply: ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        reply
            .reject(ChannelOpenFailure::AdministrativelyProhibited)
            .await;
        Ok(())
    }

    async fn pty_request(
        &mut self,
        channel: ChannelId,
        term: &str,
        cols: u32,
        rows: u32,
        _pix_width: u32,
        _pix_height: u32,
        _modes: &[(Pty, u32)],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        if !self.ours(channel) || self.input.is_some() {
            session.channel_failure(channel)?;
            return Ok(());
        }
        self.size.set(self.clamp(cols, rows));
        self.pty = true;
        self.color = term != "dumb";
        session.channel_success(channel)?;
        Ok(())
    }

    async fn window_change_request(
        &mut self,
        channel: ChannelId,
        cols: u32,
        rows: u32,
        _pix_width: u32,
        _pix_height: u32,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if self.ours(channel) {
            self.size.set(self.clamp(cols, rows));
            if let Some(input) = &self.input {
                input.send(Input::Resize);
            }
        }
        Ok(())
    }

    async fn env_request(
        &mut self,
        channel: ChannelId,
        name: &str,
        _value: &str,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        // TERM and LANG are harmless and expected; the game reads neither from here.
        if matches!(name, "TERM" | "LANG") {
            session.channel_success(channel)?;
        } else {
            session.channel_failure(channel)?;
        }
        Ok(())
    }

    async fn shell_request(
        &mut self,
        channel: ChannelId,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        if !self.ours(channel) || self.input.is_some() {
            session.channel_failure(channel)?;
            return Ok(());
        }
        session.channel_success(channel)?;
        if !self.pty {
            self.refuse_with(
                channel,
                "the game needs a terminal: connect with `ssh -t`",
                session,
            );
            return Ok(());
        }
        if let Err(e) = self.start_game(channel, session) {
            self.refuse_with(channel, &format!("cannot start the game: {e}"), session);
        }
        Ok(())
    }

    async fn exec_request(
        &mut self,
        channel: ChannelId,
        _command: &[u8],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        session.channel_failure(channel)?;
        Ok(())
    }

    async fn subsystem_request(
        &mut self,
        channel: ChannelId,
        _name: &str,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        session.channel_failure(channel)?;
        Ok(())
    }

    async fn x11_request(
        &mut self,
        channel: ChannelId,
        _single: bool,
        _protocol: &str,
        _cookie: &str,
        _screen: u32,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        session.channel_failure(channel)?;
        Ok(())
    }

    async fn data(
        &mut self,
        channel: ChannelId,
        data: &[u8],
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        let Some(input) = self.input.as_ref().filter(|_| self.ours(channel)) else {
            return Ok(());
        };
        // A paste larger than any typing is dropped whole rather than played as keys.
        if data.len() > self.shared.config.limits.max_input_bytes {
            return Ok(());
        }
        for key in self.keys.feed(data) {
            input.send(Input::Key(key));
        }
        Ok(())
    }

    async fn channel_eof(
        &mut self,
        channel: ChannelId,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if self.ours(channel) {
            // The game sees its input end and stops; what was answered is already saved.
            self.hang_up();
        }
        Ok(())
    }

    async fn channel_close(
        &mut self,
        channel: ChannelId,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if self.ours(channel) {
            self.hang_up();
        }
        Ok(())
    }
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
