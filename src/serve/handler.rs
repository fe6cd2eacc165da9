//! The SSH protocol's requests for one connection: sign-in by key or team code, one session
//! channel whose shell request starts the game, and a refusal for everything else (exec,
//! subsystems, forwarding, X11, agent, environment variables other than TERM and LANG, passwords).

use std::borrow::Cow;

use russh::server::{
    Auth, ChannelOpenHandle, Msg, PublicKeyOffer, Response, Session, VerifiedPublicKey,
};
use russh::{Channel, ChannelId, ChannelOpenFailure, Pty};

use super::connection::{Connection, methods};
use super::registry::SignIn;
use super::terminal::Input;
use crate::i18n::Catalog;

/// The team code's prompt, in the server's language: a client sends its `LANG` only once
/// signed in.
fn team_code_prompt(t: &Catalog) -> Auth {
    Auth::Partial {
        name: Cow::Borrowed("redflag"),
        instructions: Cow::Owned(crate::t!(t, "serve-team-code-instructions")),
        prompts: Cow::Owned(vec![(
            Cow::Owned(crate::t!(t, "serve-team-code-prompt")),
            false,
        )]),
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
        let trainer = self.shared.trainers.allowed(offer.public_key);
        Ok(
            match trainer.or_else(|| self.shared.identities.allowed_key(offer.public_key)) {
                Some(_) => Auth::Accept,
                None => Auth::reject(),
            },
        )
    }

    async fn auth_publickey(
        &mut self,
        _user: &str,
        key: VerifiedPublicKey<'_>,
    ) -> Result<Auth, Self::Error> {
        // A trainer's key is a trainer's first: it opens the trainer's view, never a game.
        if let Some(fingerprint) = self.shared.trainers.allowed(key.public_key) {
            self.sign_in = Some(SignIn::Trainer { fingerprint });
            return Ok(Auth::Accept);
        }
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
            return Ok(team_code_prompt(Catalog::get(self.shared.config.lang)));
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
        // Only the sending side is kept: what arrives comes through this handler, and an unread
        // receiving side would fill up and stall the connection.
        let (_, out) = channel.split();
        self.out = Some(out);
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
        value: &str,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        // TERM and LANG are harmless and expected. LANG chooses the player's language when it
        // names one with a catalog (`ar_SA.UTF-8`); `C`, `POSIX` or an unknown one leave the
        // choice to the profile, then the server.
        if name == "LANG" && self.ours(channel) {
            self.lang = crate::i18n::from_locale(|var| (var == "LANG").then(|| value.to_string()));
        }
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
            let message = crate::t!(self.catalog(), "serve-needs-terminal");
            self.refuse_with(channel, &message, session);
            return Ok(());
        }
        if let Err(e) = self.start_game(session) {
            let message = crate::t!(
                self.catalog(),
                "serve-cannot-start",
                reason = format!("{e}")
            );
            self.refuse_with(channel, &message, session);
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
