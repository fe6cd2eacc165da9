//! Listening: each connection admitted by the registry (or turned away before its handshake),
//! given a time limit to sign in and start, and served by its own [`Connection`]. Stopping tells
//! every game, waits for them to save and say goodbye, then closes what is left.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use anyhow::Context;
use chrono::Utc;
use russh::keys::HashAlg;
use russh::server::{Config, run_stream};
use russh::{Disconnect, SshId};
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

use super::config::ServeConfig;
use super::connection::{Connection, methods};
use super::host_key;
use super::online::Publisher;
use super::registry::Registry;
use super::shared::Shared;
use crate::i18n::Catalog;

/// How long stopping waits for the games to save and tell their players.
const STOP_GRACE: Duration = Duration::from_secs(5);

/// A server listening in this process.
pub struct RunningServer {
    /// Where it listens (the port filled in when 0 was asked for).
    pub address: SocketAddr,
    /// The host key's SHA-256 fingerprint, for learners to check on their first connection.
    pub host_key_fingerprint: String,
    /// Whether the host key was made by this start.
    pub host_key_created: bool,
    shared: Arc<Shared>,
    stop: watch::Sender<bool>,
    accepting: JoinHandle<()>,
    /// Who is online, written for `redflag team` on this machine.
    publisher: Publisher,
}

impl RunningServer {
    /// Who is connected, for a trainer's view or a test.
    pub fn registry(&self) -> &Registry {
        &self.shared.registry
    }

    /// Stops: no new connection, every game told and given [`STOP_GRACE`] to save and say so,
    /// then every connection closed.
    pub async fn stop(self) {
        self.accepting.abort();
        self.shared.stop_games();
        let deadline = Instant::now() + STOP_GRACE;
        while self.shared.games_running() > 0 && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        // Let the farewells leave before the connections close.
        tokio::time::sleep(Duration::from_millis(100)).await;
        let _ = self.stop.send(true);
        while !self.shared.registry.is_empty() && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        self.publisher.stop().await;
    }
}

/// Loads everything, then listens. Problems (packs, keys, the address) are errors here, before
/// anyone can connect.
pub async fn start(config: ServeConfig) -> anyhow::Result<RunningServer> {
    let t = Catalog::get(config.lang);
    make_private_folder(t, &config.data_dir)?;
    let (key, created) = host_key::load_or_create(t, &config.host_key)?;
    let host_key_fingerprint = key.fingerprint(HashAlg::Sha256).to_string();
    let listen = config.listen;
    let shared = Arc::new(Shared::load(config)?);
    let limits = shared.config.limits;
    let ssh = Arc::new(Config {
        server_id: SshId::Standard(format!("SSH-2.0-redflag_{}", env!("CARGO_PKG_VERSION")).into()),
        methods: methods(&shared),
        auth_rejection_time: shared.config.auth_delay(),
        // OpenSSH asks with "none" first to learn the methods: that is no failed attempt.
        auth_rejection_time_initial: Some(Duration::ZERO),
        max_auth_attempts: limits.auth_attempts,
        keys: vec![key],
        inactivity_timeout: Some(Duration::from_secs(limits.idle_timeout_secs + 60)),
        keepalive_interval: Some(Duration::from_secs(30)),
        keepalive_max: 3,
        nodelay: true,
        ..Config::default()
    });
    let listener = TcpListener::bind(listen)
        .await
        .with_context(|| crate::t!(t, "serve-error-listen", address = listen.to_string()))?;
    let address = listener.local_addr()?;
    let (stop, stopped) = watch::channel(false);
    let publisher = Publisher::start(shared.registry.clone(), shared.config.data_dir.clone());
    let accepting = tokio::spawn(accept(listener, shared.clone(), ssh, stopped));
    Ok(RunningServer {
        address,
        host_key_fingerprint,
        host_key_created: created,
        shared,
        stop,
        accepting,
        publisher,
    })
}

/// Makes the data folder, readable by the server's user only, if it does not exist yet: it holds
/// every learner's answers and the host key.
fn make_private_folder(t: &Catalog, dir: &std::path::Path) -> anyhow::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir).with_context(|| {
        crate::t!(
            t,
            "serve-error-data-folder",
            path = dir.display().to_string()
        )
    })
}

async fn accept(
    listener: TcpListener,
    shared: Arc<Shared>,
    ssh: Arc<Config>,
    stopped: watch::Receiver<bool>,
) {
    loop {
        let (socket, peer) = match listener.accept().await {
            Ok(accepted) => accepted,
            // Out of file descriptors, say: wait a little rather than spin.
            Err(_) => {
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let admission = match shared.registry.admit(
            peer.ip(),
            Utc::now(),
            Instant::now(),
            &shared.config.limits.admission(),
        ) {
            Ok(admission) => admission,
            // Turned away before the handshake costs anything: the socket is simply closed.
            Err(_) => continue,
        };
        let connection = Connection::new(shared.clone(), admission, peer.ip());
        let started = connection.started.clone();
        let grace = Duration::from_secs(shared.config.limits.login_grace_secs);
        let (ssh, mut stopped) = (ssh.clone(), stopped.clone());
        // Said by the server before a game knows its player's language: in the server's.
        let t = Catalog::get(shared.config.lang);
        tokio::spawn(async move {
            let Ok(session) = run_stream(ssh, socket, connection).await else {
                return;
            };
            let handle = session.handle();
            let mut session = std::pin::pin!(session);
            // A connection that has not started its game within the grace time is closed.
            let late = tokio::time::sleep(grace);
            tokio::pin!(late);
            let mut graced = false;
            loop {
                tokio::select! {
                    _ = &mut session => return,
                    () = &mut late, if !graced => {
                        graced = true;
                        if !started.load(Ordering::Acquire) {
                            let _ = handle
                                .disconnect(Disconnect::ByApplication, crate::t!(t, "serve-sign-in-sooner"), String::new())
                                .await;
                            return;
                        }
                    }
                    changed = stopped.changed() => {
                        if changed.is_err() || *stopped.borrow() {
                            let _ = handle
                                .disconnect(Disconnect::ByApplication, crate::t!(t, "serve-stopping"), String::new())
                                .await;
                            return;
                        }
                    }
                }
            }
        });
    }
}
