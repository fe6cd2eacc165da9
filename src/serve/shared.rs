//! What every connection of one server shares: its settings, the loaded packs, the sign-in rules,
//! the registry of connections, and the games running (to tell them when the server stops).

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use super::config::ServeConfig;
use super::identity::Identities;
use super::registry::{ConnectionId, Registry};
use super::terminal::InputSender;
use super::trainer::TrainerKeys;
use crate::cli::PackArgs;
use crate::commands::packs;
use crate::content::{Manifest, Scenario};
use crate::i18n::{Catalog, Lang};
use crate::progress::DataDir;

pub struct Shared {
    pub config: ServeConfig,
    pub data: DataDir,
    /// What the server's language's players play (and those of a language with no built-in
    /// pack of its own): that built-in pack and the trainer's packs (`--content`).
    library: Library,
    /// The same for each other language with a built-in pack: each loaded once, at the start.
    other_libraries: Vec<Library>,
    pub identities: Identities,
    /// Trainers' keys: the live view of the team, never a game.
    pub trainers: TrainerKeys,
    pub registry: Registry,
    games: Mutex<Games>,
}

/// The packs of one language's players.
pub struct Library {
    pub lang: Lang,
    /// Every pack's scenarios, shared by every game: a copy each cost a session about 640 KiB
    /// with the built-in pack alone, and more with every pack a trainer adds.
    pub pool: Arc<Vec<Scenario>>,
    pub manifests: Vec<Manifest>,
}

impl Library {
    fn load(config: &ServeConfig, lang: Lang) -> anyhow::Result<Library> {
        let packs = packs::load(&PackArgs {
            language: lang,
            ..config.packs.clone()
        })?;
        Ok(Library {
            lang,
            manifests: packs.iter().map(|p| p.manifest.clone()).collect(),
            pool: Arc::new(packs.into_iter().flat_map(|p| p.scenarios).collect()),
        })
    }
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
        let library = Library::load(&config, config.lang)?;
        // Without the built-in packs every language plays the same packs: loaded once.
        let other_libraries = if config.packs.no_builtin {
            Vec::new()
        } else {
            Lang::all()
                .filter(|&lang| lang != config.lang)
                .map(|lang| Library::load(&config, lang))
                .collect::<anyhow::Result<_>>()?
        };
        let t = Catalog::get(config.lang);
        let identities = Identities::load(
            t,
            config.authorized_keys.as_deref(),
            config.team_code.as_deref(),
            &config.data_dir,
        )?;
        let trainers = TrainerKeys::load(t, config.trainer_keys.as_deref())?;
        Ok(Shared {
            data: DataDir::new(config.data_dir.clone()),
            config,
            library,
            other_libraries,
            identities,
            trainers,
            registry: Registry::new(),
            games: Mutex::new(Games::default()),
        })
    }

    /// The packs a player of `lang` plays: that language's built-in pack (else the server's
    /// language's), with the trainer's packs.
    pub fn library(&self, lang: Lang) -> &Library {
        self.other_libraries
            .iter()
            .find(|l| l.lang == lang)
            .unwrap_or(&self.library)
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
