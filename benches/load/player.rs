//! One scripted learner: russh's client signs in with the team code, asks for an 80x24 pseudo-
//! terminal and a shell, and plays through the game's real keys, each key timed until the frame
//! that shows its effect has arrived (decoded by a vt100 parser, as the learner's terminal would).

use std::sync::Arc;
use std::time::{Duration, Instant};

use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};
use russh::ChannelMsg;
use russh::client::{self, KeyboardInteractiveAuthResponse};
use tokio::sync::watch;

use super::server::TEAM_CODE;

/// How long one key may wait for its frame before the session counts as failed.
const KEY_WAIT: Duration = Duration::from_secs(30);

/// What a key did, to tell the latencies apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KeyKind {
    /// A letter of the name, echoed in the name field.
    NameLetter,
    /// Enter on the name: the profile opened, the menu drawn.
    NameEnter,
    /// `p` on the menu: a round drawn and its first item shown.
    Play,
    /// `i`: the item's hidden details shown.
    Inspect,
    /// `s` or `d`: the answer saved and the feedback shown.
    Verdict,
    /// Enter on the feedback: the next item, or the summary.
    Next,
    /// Enter on the summary: back to the menu.
    Menu,
}

impl KeyKind {
    pub fn label(self) -> &'static str {
        match self {
            KeyKind::NameLetter => "name letter",
            KeyKind::NameEnter => "name Enter (profile made)",
            KeyKind::Play => "p (round drawn)",
            KeyKind::Inspect => "i (inspect)",
            KeyKind::Verdict => "s/d (answer saved)",
            KeyKind::Next => "Enter (next item)",
            KeyKind::Menu => "Enter (summary to menu)",
        }
    }
}

/// What one session is to do: its name, and for each item whether it inspects first and which
/// verdict it gives (true: dangerous).
#[derive(Debug, Clone)]
pub struct Script {
    pub index: usize,
    pub name: String,
    pub inspect: Vec<bool>,
    pub dangerous: Vec<bool>,
    /// The pause before each key, in milliseconds: a person reads before pressing.
    pub think_ms: (u64, u64),
    pub seed: u64,
}

impl Script {
    /// Session `index`'s script for a round of `count`: a name of its own and answers of its own
    /// (drawn from `seed` and the index), so a lost or misplaced answer shows on disk.
    pub fn new(index: usize, count: usize, seed: u64, think_ms: (u64, u64)) -> Script {
        let mut rng = StdRng::seed_from_u64(seed ^ (index as u64).wrapping_mul(0x9E37_79B9));
        Script {
            index,
            name: format!("Learner {index:03}"),
            inspect: (0..count).map(|_| rng.random_range(0..3) == 0).collect(),
            dangerous: (0..count).map(|_| rng.random_bool(0.5)).collect(),
            think_ms,
            seed: rng.random(),
        }
    }
}

/// Where the sessions are, shared with the conductor: how many reached the menu (or failed on
/// the way), and the word to start playing.
pub struct Stage {
    pub at_menu: std::sync::atomic::AtomicUsize,
    pub go: watch::Receiver<bool>,
}

/// What one session measured and how it ended.
#[derive(Debug, Default)]
pub struct Outcome {
    pub latencies: Vec<(KeyKind, Duration)>,
    /// Why the session did not finish its round, if it did not.
    pub failure: Option<String>,
    pub exit_status: Option<u32>,
}

struct Client;

impl client::Handler for Client {
    type Error = russh::Error;

    async fn check_server_key(
        &mut self,
        _key: &russh::keys::PublicKeyOrCertificate,
    ) -> Result<bool, Self::Error> {
        Ok(true)
    }
}

/// A signed-in session on its decoded screen.
struct Player {
    _client: client::Handle<Client>,
    channel: russh::Channel<client::Msg>,
    screen: vt100::Parser,
    exit: Option<u32>,
    closed: bool,
    think: StdRng,
    think_ms: (u64, u64),
    outcome: Outcome,
}

/// Plays `script` against the server at `address`; never panics, so that one failed session is
/// reported among the others.
pub async fn play(address: std::net::SocketAddr, script: Script, stage: Arc<Stage>) -> Outcome {
    let mut reached_menu = false;
    let result = run(address, &script, &stage, &mut reached_menu).await;
    if !reached_menu {
        // The conductor counts failures on the way too, so that it does not wait for ever.
        stage
            .at_menu
            .fetch_add(1, std::sync::atomic::Ordering::AcqRel);
    }
    match result {
        Ok(outcome) => outcome,
        Err((outcome, why)) => Outcome {
            failure: Some(format!("{}: {why}", script.name)),
            ..outcome
        },
    }
}

type Failed = (Outcome, String);

async fn run(
    address: std::net::SocketAddr,
    script: &Script,
    stage: &Stage,
    reached_menu: &mut bool,
) -> Result<Outcome, Failed> {
    let fail = |why: String| (Outcome::default(), why);
    let config = Arc::new(client::Config::default());
    let mut handle = client::connect(config, address, Client)
        .await
        .map_err(|e| fail(format!("connect: {e}")))?;
    sign_in(&mut handle).await.map_err(fail)?;
    let channel = handle
        .channel_open_session()
        .await
        .map_err(|e| fail(format!("session: {e}")))?;
    let opened = async {
        channel
            .request_pty(false, "xterm-256color", 80, 24, 0, 0, &[])
            .await?;
        channel.request_shell(false).await
    };
    opened
        .await
        .map_err(|e| fail(format!("pty and shell: {e}")))?;
    let size = |n: u16| std::num::NonZeroU16::new(n).unwrap_or(std::num::NonZeroU16::MIN);
    let mut player = Player {
        _client: handle,
        channel,
        screen: vt100::Parser::new(size(24), size(80), 0),
        exit: None,
        closed: false,
        think: StdRng::seed_from_u64(script.seed),
        think_ms: script.think_ms,
        outcome: Outcome::default(),
    };
    let steps = async {
        player.wait_for("What is your name?").await?;
        let mut typed = String::new();
        for letter in script.name.chars() {
            typed.push(letter);
            let shown = format!("Name: {typed}▏");
            player
                .key(&letter.to_string(), &shown, KeyKind::NameLetter)
                .await?;
        }
        player.key("\r", "Play a round", KeyKind::NameEnter).await?;
        stage
            .at_menu
            .fetch_add(1, std::sync::atomic::Ordering::AcqRel);
        *reached_menu = true;
        let mut go = stage.go.clone();
        go.wait_for(|go| *go)
            .await
            .map_err(|_| "the conductor went away".to_string())?;
        let count = script.dangerous.len();
        player
            .key("p", &format!("item 1 of {count}"), KeyKind::Play)
            .await?;
        for item in 0..count {
            if script.inspect[item] {
                player.key("i", "inspected ✓", KeyKind::Inspect).await?;
            }
            let verdict = if script.dangerous[item] { "d" } else { "s" };
            player.key(verdict, "Lesson:", KeyKind::Verdict).await?;
            let next = if item + 1 < count {
                format!("item {} of {count}", item + 2)
            } else {
                "Round complete".to_string()
            };
            player.key("\r", &next, KeyKind::Next).await?;
        }
        player.key("\r", "Play a round", KeyKind::Menu).await?;
        player.pause().await;
        player.send("q").await?;
        player.wait_closed().await
    };
    match steps.await {
        Ok(()) => {
            player.outcome.exit_status = player.exit;
            if player.exit != Some(0) {
                player.outcome.failure =
                    Some(format!("{}: exit status {:?}", script.name, player.exit));
            }
            Ok(player.outcome)
        }
        Err(why) => Err((std::mem::take(&mut player.outcome), why)),
    }
}

async fn sign_in(handle: &mut client::Handle<Client>) -> Result<(), String> {
    let asked = handle
        .authenticate_keyboard_interactive_start("learner", None)
        .await
        .map_err(|e| format!("sign-in: {e}"))?;
    if !matches!(asked, KeyboardInteractiveAuthResponse::InfoRequest { .. }) {
        return Err(format!("no team code asked for: {asked:?}"));
    }
    let answer = handle
        .authenticate_keyboard_interactive_respond(vec![TEAM_CODE.to_string()])
        .await
        .map_err(|e| format!("team code: {e}"))?;
    match answer {
        KeyboardInteractiveAuthResponse::Success => Ok(()),
        other => Err(format!("team code refused: {other:?}")),
    }
}

impl Player {
    /// A person's pause before the next key.
    async fn pause(&mut self) {
        let (low, high) = self.think_ms;
        let ms = if high > low {
            self.think.random_range(low..=high)
        } else {
            low
        };
        if ms > 0 {
            tokio::time::sleep(Duration::from_millis(ms)).await;
        }
    }

    async fn send(&mut self, keys: &str) -> Result<(), String> {
        self.channel
            .data_bytes(keys.as_bytes().to_vec())
            .await
            .map_err(|e| format!("sending {keys:?}: {e}"))
    }

    /// After a pause, presses `keys` and waits for a frame showing `shows`: the time from the
    /// send to the arrival of the bytes that completed that frame is the key's latency.
    async fn key(&mut self, keys: &str, shows: &str, kind: KeyKind) -> Result<(), String> {
        self.pause().await;
        let sent = Instant::now();
        self.send(keys).await?;
        let arrived = self.wait_for(shows).await?;
        self.outcome.latencies.push((kind, arrived - sent));
        Ok(())
    }

    /// Reads until the screen shows `text`: the moment the data that made it so arrived.
    async fn wait_for(&mut self, text: &str) -> Result<Instant, String> {
        let deadline = Instant::now() + KEY_WAIT;
        loop {
            if self.closed {
                return Err(format!("closed while waiting for {text:?}"));
            }
            let left = deadline.saturating_duration_since(Instant::now());
            let message = tokio::time::timeout(left, self.channel.wait()).await;
            let arrived = Instant::now();
            match message {
                Ok(Some(ChannelMsg::Data { data })) => {
                    self.screen.process(&data);
                    if self.screen.screen().contents().contains(text) {
                        return Ok(arrived);
                    }
                }
                Ok(Some(ChannelMsg::ExitStatus { exit_status })) => self.exit = Some(exit_status),
                Ok(Some(ChannelMsg::Close) | None) => self.closed = true,
                Ok(Some(_)) => {}
                Err(_) => {
                    return Err(format!(
                        "{text:?} never came; screen:\n{}",
                        self.screen.screen().contents()
                    ));
                }
            }
        }
    }

    /// Reads to the end of the channel (the game quit: its exit status, then the close).
    async fn wait_closed(&mut self) -> Result<(), String> {
        let deadline = Instant::now() + KEY_WAIT;
        while !self.closed {
            let left = deadline.saturating_duration_since(Instant::now());
            match tokio::time::timeout(left, self.channel.wait()).await {
                Ok(Some(ChannelMsg::Data { data })) => self.screen.process(&data),
                Ok(Some(ChannelMsg::ExitStatus { exit_status })) => self.exit = Some(exit_status),
                Ok(Some(ChannelMsg::Close) | None) => self.closed = true,
                Ok(Some(_)) => {}
                Err(_) => return Err("the channel never closed after q".into()),
            }
        }
        Ok(())
    }
}
