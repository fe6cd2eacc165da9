//! What every connection of one server shares: its settings, the loaded packs, the sign-in rules,
//! the registry of connections, and the games running (to tell them when the server stops).

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use super::config::ServeConfig;
use super::identity::Identities;
use super::registry::{ConnectionId, Registry};
use super::terminal::InputSender;
use crate::commands::packs;
use crate::content::{Manifest, Scenario};
use crate::progress::DataDir;

pub struct Shared {
    pub config: ServeConfig,
    pub data: DataDir,
    /// Every loaded pack's scenarios, shared by every game: a copy each cost a session about
    /// 640 KiB with the built-in pack alone, and more with every pack a trainer adds.
    pub pool: Arc<Vec<Scenario>>,
    pub manifests: Vec<Manifest>,
    pub identities: Identities,
    pub registry: Registry,
    games: Mutex<Games>,
}

/// The games running, and whether the server is stopping (then no game starts).
#[derive(Default)]
struct Games {
    stopping: bool,
    running: HashMap<ConnectionId, InputSender>,
}

impl Shared {
    /// Loads the packs and the sign-in rules; any problem is told before the server listens.
    pub fn load(config: ServeConfig) -> anyhow::Result<Shared> {
        let packs = packs::load(&config.packs)?;
        let manifests = packs.iter().map(|p| p.manifest.clone()).collect();
        let pool = Arc::new(packs.into_iter().flat_map(|p| p.scenarios).collect());
        let identities = Identities::load(
            config.authorized_keys.as_deref(),
            config.team_code.as_deref(),
            &config.data_dir,
        )?;
        Ok(Shared {
            data: DataDir::new(config.data_dir.clone()),
            config,
            pool,
            manifests,
            identities,
            registry: Registry::new(),
            games: Mutex::new(Games::default()),
        })
    }

    fn games(&self) -> MutexGuard<'_, Games> {
        self.games.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Records a game about to start; false when the server is stopping (it must not start).
    pub fn game_started(&self, id: ConnectionId, input: InputSender) -> bool {
        let mut games = self.games();
        if games.stopping {
            return false;
        }
        games.running.insert(id, input);
        true
    }

    pub fn game_ended(&self, id: ConnectionId) {
        self.games().running.remove(&id);
    }

    /// Games still running.
    pub fn games_running(&self) -> usize {
        self.games().running.len()
    }

    /// Tells every game that the server is stopping; each says so to its player and ends. No
    /// game starts after this.
    pub fn stop_games(&self) {
        let mut games = self.games();
        games.stopping = true;
        for input in games.running.values() {
            input.stop();
        }
    }
}
