//! `redflag serve`: the game over SSH, so that a team plays with nothing installed. Each
//! connection signs in with a listed key or the team code, gets the same game as the terminal
//! (drawn through its pseudo-terminal, on its own thread), and saves to the server's data folder
//! with the same profiles, atomic saves and locks.
//!
//! The server is its own binary, `redflag-serve`, built as a position-independent executable so
//! that the process listening on the network has full address randomisation; the game's binary
//! stays position-dependent for its start-up time (see `build.rs`). `redflag serve` runs it.

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
/// from the profiles of whoever plays on this machine.
pub fn default_data_dir() -> anyhow::Result<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "redflag")
        .context("no home folder to keep the server's data in: give --data-dir DIR")?;
    Ok(dirs.data_dir().join("server"))
}

/// Runs the server until SIGINT or SIGTERM, then tells every player, lets their games save, and
/// returns.
pub fn run(args: &ServeArgs, packs: &PackArgs, data_dir: Option<&Path>) -> anyhow::Result<()> {
    let config = ServeConfig::resolve(args, packs, data_dir, default_data_dir)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_name("redflag-serve")
        .build()
        .context("cannot start the server's runtime")?;
    runtime.block_on(async move {
        let data_dir = config.data_dir.clone();
        let host_key = config.host_key.clone();
        let t = Catalog::get(config.lang);
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
        stop_signal().await?;
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
async fn stop_signal() -> anyhow::Result<()> {
    use tokio::signal::unix::{SignalKind, signal};
    let mut terminate = signal(SignalKind::terminate()).context("cannot watch for SIGTERM")?;
    let mut interrupt = signal(SignalKind::interrupt()).context("cannot watch for SIGINT")?;
    tokio::select! {
        _ = terminate.recv() => {}
        _ = interrupt.recv() => {}
    }
    Ok(())
}

#[cfg(not(unix))]
async fn stop_signal() -> anyhow::Result<()> {
    tokio::signal::ctrl_c()
        .await
        .context("cannot watch for Ctrl-C")
}
