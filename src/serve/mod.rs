//! `redflag serve`: the game over SSH, so that a team plays with nothing installed. Each
//! connection signs in with a listed key or the team code, gets the same game as the terminal
//! (drawn through its pseudo-terminal, on its own thread), and saves to the server's data folder
//! with the same profiles, atomic saves and locks.
//!
//! The server is its own binary, `redflag-serve`, built as a position-independent executable so
//! that the process listening on the network has full address randomisation; the game's binary
//! stays position-dependent for its start-up time (see `build.rs`). `redflag serve` runs it.

pub mod command;
pub mod config;
mod connection;
mod game;
mod handler;
pub mod host_key;
pub mod identity;
pub mod keys;
pub mod launch;
mod online;
pub mod registry;
mod server;
mod shared;
pub mod terminal;
mod trainer;

use std::path::{Path, PathBuf};

use anyhow::Context;

pub use config::{Limits, ServeArgs, ServeConfig};
pub use registry::{Connection, Registry, SignIn};
pub use server::{RunningServer, start};

use crate::cli::PackArgs;
use crate::i18n::Catalog;

/// The data folder when none is given: `server` in the platform's data folder for redflag, apart
/// from the profiles of whoever plays on this machine. Without one, `t` words why.
pub fn default_data_dir(t: &Catalog) -> anyhow::Result<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "redflag")
        .with_context(|| crate::t!(t, "serve-error-no-home"))?;
    Ok(dirs.data_dir().join("server"))
}

/// Runs the server until SIGINT or SIGTERM, then tells every player, lets their games save, and
/// returns.
pub fn run(args: &ServeArgs, packs: &PackArgs, data_dir: Option<&Path>) -> anyhow::Result<()> {
    let config = ServeConfig::resolve(args, packs, data_dir, default_data_dir)?;
    // From here the console speaks the server's language.
    let t = Catalog::get(config.lang);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_name("redflag-serve")
        .build()
        .with_context(|| crate::t!(t, "serve-error-runtime"))?;
    runtime.block_on(async move {
        let data_dir = config.data_dir.clone();
        let host_key = config.host_key.clone();
        let server = start(config).await?;
        if server.host_key_created {
            let path = host_key.display().to_string();
            println!(
                "{}",
                crate::t!(t, "serve-console-host-key-made", path = path)
            );
        }
        println!(
            "{}",
            crate::t!(
                t,
                "serve-console-listening",
                address = server.address.to_string(),
                fingerprint = server.host_key_fingerprint.as_str(),
                dir = data_dir.display().to_string()
            )
        );
        println!(
            "{}",
            crate::t!(
                t,
                "serve-console-connect-with",
                port = server.address.port().to_string()
            )
        );
        stop_signal(t).await?;
        println!(
            "{}",
            crate::t!(t, "serve-console-stopping", count = server.registry().len())
        );
        server.stop().await;
        println!("{}", crate::t!(t, "serve-console-stopped"));
        Ok(())
    })
}

#[cfg(unix)]
async fn stop_signal(t: &Catalog) -> anyhow::Result<()> {
    use tokio::signal::unix::{SignalKind, signal};
    let cannot = |name: &str| crate::t!(t, "serve-error-signal", signal = name);
    let mut terminate = signal(SignalKind::terminate()).with_context(|| cannot("SIGTERM"))?;
    let mut interrupt = signal(SignalKind::interrupt()).with_context(|| cannot("SIGINT"))?;
    tokio::select! {
        _ = terminate.recv() => {}
        _ = interrupt.recv() => {}
    }
    Ok(())
}

#[cfg(not(unix))]
async fn stop_signal(t: &Catalog) -> anyhow::Result<()> {
    tokio::signal::ctrl_c()
        .await
        .with_context(|| crate::t!(t, "serve-error-signal", signal = "Ctrl-C"))
}
