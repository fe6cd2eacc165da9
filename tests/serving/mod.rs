//! What the server's tests share: a server on an ephemeral loopback port, russh clients that sign
//! in and play on a decoded screen, the real binary, and the system's ssh in a pseudo-terminal.

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use redflag::cli::PackArgs;
use redflag::progress::{DataDir, HistoryRound, Profile};
use redflag::serve::{RunningServer, ServeArgs, ServeConfig};
use russh::ChannelMsg;
use russh::client::{self, KeyboardInteractiveAuthResponse};
use russh::keys::{Algorithm, PrivateKey, PrivateKeyWithHashAlg};

pub const TEAM_CODE: &str = "orange-kite-42";

/// Long enough for a debug build on a busy machine, short enough to fail fast.
const WAIT: Duration = Duration::from_secs(15);

pub fn new_key() -> PrivateKey {
    PrivateKey::random(&mut rand::rng(), Algorithm::Ed25519).expect("key")
}

/// A server in this process: a listed key (Alice's), the team code, rounds of 3 from seed 7.
pub struct TestServer {
    pub dir: tempfile::TempDir,
    pub address: SocketAddr,
    pub alice: PrivateKey,
    pub running: Option<RunningServer>,
}

impl TestServer {
    pub async fn start() -> TestServer {
        TestServer::start_with(|_| {}).await
    }

    /// A server with its settings changed by `change` first.
    pub async fn start_with(change: impl FnOnce(&mut ServeConfig)) -> TestServer {
        let dir = tempfile::tempdir().expect("tempdir");
        let alice = new_key();
        let keys = dir.path().join("authorized_keys");
        let line = alice.public_key().to_openssh().expect("openssh");
        std::fs::write(&keys, format!("{line} alice@laptop\n")).expect("write keys");
        let args = ServeArgs {
            listen: Some("127.0.0.1:0".parse().expect("addr")),
            team_code: Some(TEAM_CODE.into()),
            authorized_keys: Some(keys),
            trainer_keys: None,
            host_key: Some(dir.path().join("host_key")),
            config: None,
            lang: None,
        };
        let data = dir.path().join("data");
        let mut config = ServeConfig::resolve(&args, &PackArgs::default(), Some(&data), |_| {
            unreachable!("the data folder is given")
        })
        .expect("config");
        config.count = 3;
        config.seed = Some(7);
        config.limits.auth_delay_ms = 20;
        change(&mut config);
        let running = redflag::serve::start(config).await.expect("starts");
        assert!(running.host_key_created);
        let mode = std::os::unix::fs::PermissionsExt::mode(
            &std::fs::metadata(&data).expect("data folder").permissions(),
        );
        assert_eq!(mode & 0o777, 0o700, "the data folder is private");
        TestServer {
            address: running.address,
            dir,
            alice,
            running: Some(running),
        }
    }

    pub async fn stop(mut self) {
        if let Some(running) = self.running.take() {
            running.stop().await;
        }
    }

    pub async fn player_by_key(&self, key: &PrivateKey) -> Player {
        let mut client = connect(self.address).await;
        assert!(auth_key(&mut client, key).await, "the key is listed");
        Player::open(client, 80, 24).await
    }

    pub async fn player_by_code(&self, code: &str) -> Player {
        let mut client = connect(self.address).await;
        assert!(auth_code(&mut client, code).await, "the code is right");
        Player::open(client, 80, 24).await
    }

    /// Waits until every connection and game has ended.
    pub async fn wait_until_gone(&self) {
        let registry = self.running.as_ref().expect("running").registry();
        let deadline = Instant::now() + WAIT;
        while !registry.is_empty() {
            assert!(Instant::now() < deadline, "{:?}", registry.snapshot());
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    /// A profile as saved, and its finished rounds.
    pub fn saved(&self, name: &str) -> (Profile, Vec<HistoryRound>) {
        let data = DataDir::new(self.dir.path().join("data"));
        let profile = data
            .read_profile(name)
            .expect("readable")
            .expect("saved")
            .profile;
        let folder = data.profile_dir(name).expect("folder");
        let (history, unreadable) = redflag::progress::history::read_history(&folder, None);
        assert!(unreadable.is_empty(), "{unreadable:?}");
        (profile, history)
    }
}

/// The ids of the round `Plan::Practice` draws from the built-in pack.
pub fn seeded_round(count: usize, seed: u64) -> Vec<String> {
    use redflag::plan::{Ground, Plan};
    let pack = redflag::builtin::pack().expect("pack");
    let modules = redflag::training::path(&pack.scenarios);
    let ground = Ground {
        pool: &pack.scenarios,
        manifests: &[],
        modules: &modules,
        session: None,
    };
    let chosen = Plan::Practice { count, seed }
        .choose(&ground)
        .expect("round");
    chosen
        .round
        .items
        .iter()
        .map(|&i| pack.scenarios[i].id.clone())
        .collect()
}

pub struct Client;

impl client::Handler for Client {
    type Error = russh::Error;

    async fn check_server_key(
        &mut self,
        _key: &russh::keys::PublicKeyOrCertificate,
    ) -> Result<bool, Self::Error> {
        Ok(true)
    }
}

pub async fn connect(address: SocketAddr) -> client::Handle<Client> {
    try_connect(address).await.expect("connects")
}

pub async fn try_connect(address: SocketAddr) -> Result<client::Handle<Client>, russh::Error> {
    connect_with(address, client::Config::default()).await
}

pub async fn connect_with(
    address: SocketAddr,
    config: client::Config,
) -> Result<client::Handle<Client>, russh::Error> {
    client::connect(Arc::new(config), address, Client).await
}

pub async fn auth_key(client: &mut client::Handle<Client>, key: &PrivateKey) -> bool {
    let key = PrivateKeyWithHashAlg::new(Arc::new(key.clone()), None);
    client
        .authenticate_publickey("learner", key)
        .await
        .is_ok_and(|r| r.success())
}

pub async fn auth_code(client: &mut client::Handle<Client>, code: &str) -> bool {
    let Ok(asked) = client
        .authenticate_keyboard_interactive_start("learner", None)
        .await
    else {
        return false;
    };
    let KeyboardInteractiveAuthResponse::InfoRequest { prompts, .. } = asked else {
        return false;
    };
    assert_eq!(prompts.len(), 1);
    // In the server's language: English unless it was given another.
    let asked_for_code = redflag::i18n::Lang::all().any(|lang| {
        redflag::i18n::Catalog::get(lang).t("serve-team-code-prompt", &[]) == prompts[0].prompt
    });
    assert!(asked_for_code, "{:?}", prompts[0]);
    let answer = client
        .authenticate_keyboard_interactive_respond(vec![code.to_string()])
        .await;
    matches!(answer, Ok(KeyboardInteractiveAuthResponse::Success))
}

/// A signed-in client playing in a pseudo-terminal, its screen decoded.
pub struct Player {
    _client: client::Handle<Client>,
    channel: russh::Channel<client::Msg>,
    pub screen: vt100::Parser,
    exit: Option<u32>,
    closed: bool,
}

impl Player {
    pub async fn open(client: client::Handle<Client>, cols: u16, rows: u16) -> Player {
        Player::open_with_env(client, cols, rows, &[]).await
    }

    /// [`Player::open`], sending each `(name, value)` as an environment variable before the
    /// shell, as `ssh -o SendEnv=LANG` does.
    pub async fn open_with_env(
        client: client::Handle<Client>,
        cols: u16,
        rows: u16,
        env: &[(&str, &str)],
    ) -> Player {
        let channel = client.channel_open_session().await.expect("session");
        for (name, value) in env {
            channel.set_env(true, *name, *value).await.expect("sent");
        }
        channel
            .request_pty(false, "xterm-256color", cols.into(), rows.into(), 0, 0, &[])
            .await
            .expect("pty");
        channel.request_shell(false).await.expect("shell");
        let size = |n: u16| std::num::NonZeroU16::new(n).expect("size");
        Player {
            _client: client,
            channel,
            screen: vt100::Parser::new(size(rows), size(cols), 0),
            exit: None,
            closed: false,
        }
    }

    /// Reads the next message, false once the channel has closed.
    async fn pump(&mut self, deadline: Instant) -> bool {
        if self.closed {
            return false;
        }
        let left = deadline.saturating_duration_since(Instant::now());
        match tokio::time::timeout(left, self.channel.wait()).await {
            Ok(Some(ChannelMsg::Data { data })) => self.screen.process(&data),
            Ok(Some(ChannelMsg::ExitStatus { exit_status })) => self.exit = Some(exit_status),
            Ok(Some(ChannelMsg::Close) | None) => self.closed = true,
            Ok(Some(_)) => {}
            Err(_) => return false,
        }
        !self.closed
    }

    /// Waits until the screen shows `text`, and returns it.
    pub async fn wait_for(&mut self, text: &str) -> String {
        let deadline = Instant::now() + WAIT;
        loop {
            let contents = self.screen.screen().contents();
            if contents.contains(text) {
                return contents;
            }
            assert!(
                self.pump(deadline).await || self.screen.screen().contents().contains(text),
                "{text:?} never came; screen:\n{}",
                self.screen.screen().contents()
            );
        }
    }

    /// The screen once nothing more has come for a moment.
    pub async fn settled(&mut self) -> String {
        let deadline = Instant::now() + WAIT;
        loop {
            let quiet = Instant::now() + Duration::from_millis(300);
            if !self.pump(quiet.min(deadline)).await || Instant::now() >= deadline {
                return self.screen.screen().contents();
            }
        }
    }

    pub async fn send(&mut self, keys: &str) {
        self.channel
            .data_bytes(keys.as_bytes().to_vec())
            .await
            .expect("sent");
    }

    /// Waits for the channel to close; the exit status the server gave, if any.
    pub async fn exit_status(&mut self) -> Option<u32> {
        let deadline = Instant::now() + WAIT;
        while self.pump(deadline).await {}
        assert!(self.closed, "the channel never closed");
        self.exit
    }
}

/// The `redflag-serve` binary on an ephemeral port, with the team code.
pub struct ServerProcess {
    child: Child,
    pub address: SocketAddr,
    output: std::sync::mpsc::Receiver<String>,
    seen: Vec<String>,
}

impl ServerProcess {
    pub fn spawn(dir: &Path) -> ServerProcess {
        let mut child = Command::new(env!("CARGO_BIN_EXE_redflag-serve"))
            .args(["--listen", "127.0.0.1:0", "--data-dir"])
            .arg(dir.join("data"))
            .arg("--host-key")
            .arg(dir.join("host_key"))
            .env("REDFLAG_TEAM_CODE", TEAM_CODE)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawns");
        let stdout = child.stdout.take().expect("stdout");
        let (lines, output) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if lines.send(line).is_err() {
                    break;
                }
            }
        });
        let mut seen = Vec::new();
        let address = loop {
            let line = output
                .recv_timeout(WAIT)
                .expect("the server says where it listens");
            seen.push(line.clone());
            if let Some(rest) = line.split("listening on ").nth(1) {
                let address = rest.split_whitespace().next().expect("address");
                break address.parse().expect("an address");
            }
        };
        ServerProcess {
            child,
            address,
            output,
            seen,
        }
    }

    pub fn signal(&self, name: &str) {
        let status = Command::new("kill")
            .arg(format!("-{name}"))
            .arg(self.child.id().to_string())
            .status()
            .expect("kill runs");
        assert!(status.success());
    }

    /// Waits for the process to exit: its exit code and what it printed.
    pub fn wait(&mut self) -> (Option<i32>, String) {
        let deadline = Instant::now() + WAIT;
        let status = loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                break status;
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("the server did not stop: {:?}", self.seen);
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        while let Ok(line) = self.output.recv_timeout(Duration::from_secs(1)) {
            self.seen.push(line);
        }
        (status.code(), self.seen.join("\n"))
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn write_private(path: &Path, text: &str) {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .expect("key file");
    file.write_all(text.as_bytes()).expect("written");
}

/// The system's `ssh`, if there is one on the PATH.
pub fn system_ssh() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join("ssh"))
        .find(|p| p.is_file())
}

/// `ssh` in a pseudo-terminal, its screen decoded.
pub struct SshTty {
    session: expectrl::session::OsSession,
    parser: vt100::Parser,
}

impl SshTty {
    pub fn spawn(ssh: &Path, port: u16, key: &Path) -> SshTty {
        let mut command = Command::new(ssh);
        command
            .args(["-F", "/dev/null", "-tt", "-p", &port.to_string()])
            .args(["-o", "StrictHostKeyChecking=no"])
            .args(["-o", "UserKnownHostsFile=/dev/null"])
            .args(["-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none"])
            .args(["-o", "PreferredAuthentications=publickey"])
            .args(["-o", "LogLevel=ERROR", "-i"])
            .arg(key)
            .arg("learner@127.0.0.1")
            .env("TERM", "xterm-256color");
        let mut session = expectrl::Session::spawn(command).expect("ssh in a pty");
        session
            .get_process_mut()
            .set_window_size(80, 24)
            .expect("size");
        let size = |n: u16| std::num::NonZeroU16::new(n).expect("size");
        SshTty {
            session,
            parser: vt100::Parser::new(size(24), size(80), 0),
        }
    }

    fn screen(&mut self) -> String {
        let mut buf = [0u8; 8192];
        while let Ok(n) = self.session.try_read(&mut buf) {
            if n == 0 {
                break;
            }
            self.parser.process(&buf[..n]);
        }
        self.parser.screen().contents()
    }

    pub fn wait_for(&mut self, text: &str) -> String {
        let deadline = Instant::now() + WAIT;
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            assert!(
                Instant::now() < deadline,
                "{text:?} never came; screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn send(&mut self, keys: &str) {
        use std::io::Write;
        self.session.write_all(keys.as_bytes()).expect("send");
        self.session.flush().expect("flush");
    }

    pub fn exit_code(&mut self) -> Option<i32> {
        let deadline = Instant::now() + WAIT;
        while Instant::now() < deadline {
            self.screen();
            match self.session.get_process().status() {
                Ok(expectrl::process::unix::WaitStatus::Exited(_, code)) => return Some(code),
                Ok(expectrl::process::unix::WaitStatus::StillAlive) | Err(_) => {
                    std::thread::sleep(Duration::from_millis(20))
                }
                Ok(_) => return None,
            }
        }
        None
    }
}
