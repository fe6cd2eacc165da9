//! The registry published for the trainer's view on this machine (`redflag team`): written to
//! `online.json` in the data folder at each change (looked at four times a second) and at least
//! every few seconds as a heartbeat, atomically; removed when the server stops cleanly. No
//! addresses leave the server's memory.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use chrono::Utc;
use tokio::sync::watch;
use tokio::task::JoinHandle;

use super::registry::{Registry, SignIn};
use crate::cohort::online::{self, HEARTBEAT_SECS, OnlineFile, OnlineSession, SignInKind};

/// How often the registry is looked at for changes.
const LOOK_EVERY: Duration = Duration::from_millis(250);

/// Every connection now, as the trainer's view and the online file show it.
pub fn sessions(registry: &Registry) -> Vec<OnlineSession> {
    registry
        .snapshot()
        .into_iter()
        .map(|c| OnlineSession {
            profile: c.profile,
            since: c.since,
            sign_in: match c.sign_in {
                None => SignInKind::Pending,
                Some(SignIn::Key { .. }) => SignInKind::Key,
                Some(SignIn::TeamCode) => SignInKind::TeamCode,
                Some(SignIn::Trainer { .. }) => SignInKind::Trainer,
            },
        })
        .collect()
}

/// The task writing the file, and how to stop it.
pub struct Publisher {
    stop: watch::Sender<bool>,
    task: JoinHandle<()>,
    root: PathBuf,
}

impl Publisher {
    /// Starts publishing `registry` into the data folder `root`.
    pub fn start(registry: Registry, root: PathBuf) -> Publisher {
        let (stop, mut stopped) = watch::channel(false);
        let folder = root.clone();
        let task = tokio::spawn(async move {
            let heartbeat = Duration::from_secs(HEARTBEAT_SECS);
            let mut written: Option<(Vec<OnlineSession>, Instant)> = None;
            let mut look = tokio::time::interval(LOOK_EVERY);
            loop {
                tokio::select! {
                    _ = look.tick() => {}
                    _ = stopped.changed() => return,
                }
                let now = sessions(&registry);
                let due = written
                    .as_ref()
                    .is_none_or(|(seen, at)| *seen != now || at.elapsed() >= heartbeat);
                if !due {
                    continue;
                }
                let file = OnlineFile::new(std::process::id(), Utc::now(), now.clone());
                let folder = folder.clone();
                let saved =
                    tokio::task::spawn_blocking(move || online::write(&folder, &file)).await;
                // A failed write is tried again at the next look; the view then says the list is old.
                if matches!(saved, Ok(Ok(()))) {
                    written = Some((now, Instant::now()));
                }
            }
        });
        Publisher { stop, task, root }
    }

    /// Stops publishing once the write under way (if any) is done, then removes the file.
    pub async fn stop(self) {
        let _ = self.stop.send(true);
        let _ = self.task.await;
        online::remove(&self.root);
    }
}
