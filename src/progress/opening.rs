//! Opening the player's profile: locked, loaded and repaired, created if new, and remembered
//! as the last one used. The writes a start makes can wait until the game's first frame.

use chrono::{DateTime, Utc};

use super::data_dir::{DataDir, SavedSettings};
use super::recover::Deferred;
use super::{Notice, Profile, Session, StoreError};

/// Opens a profile for play: creates it if new, repairs a damaged save, remembers it as the last one.
pub fn open(data: &DataDir, name: &str, now: DateTime<Utc>) -> Result<Session, StoreError> {
    let mut opening = open_unsettled(data, name, now)?;
    opening.pending.settle(data, &mut opening.session)?;
    Ok(opening.session)
}

/// A profile opened, locked and loaded, with the writes a start makes still to do.
pub struct Opening {
    pub session: Session,
    pub pending: Pending,
}

/// The writes a start makes, which can wait until the first frame is on screen.
#[derive(Debug, Clone)]
pub struct Pending {
    /// The name as given, to remember as the last one used.
    pub name: String,
    /// A new profile, not yet on disk.
    pub fresh: bool,
    /// Display and language choices given on the command line, to remember with the name
    /// (saving them before the first frame would put a write and its fsync before it).
    pub choices: Option<SavedSettings>,
}

impl Pending {
    /// A new profile's first save (with fsync), or for one saved before a look that its folder
    /// still takes a file, so that a folder made read-only stops the game before a round rather
    /// than failing at every answer; then remembering the name as the last one used (written
    /// only when it changed). Nothing for a session that does not save.
    pub fn settle(&mut self, data: &DataDir, session: &mut Session) -> Result<(), StoreError> {
        session.settle_rows(Utc::now())?;
        if !session.saving() {
            return Ok(());
        }
        if self.fresh {
            session.save_now()?;
            self.fresh = false;
        } else if let Some(store) = session.store() {
            store.check_writable()?;
        }
        if let Some(notice) = self.remember(data, Utc::now()) {
            session.notices.push(notice);
        }
        Ok(())
    }

    /// Remembers who played last. A convenience: failing at it must not stop the game. But a
    /// damaged settings file is kept aside first, never silently replaced, and the player told.
    fn remember(&self, data: &DataDir, now: DateTime<Utc>) -> Option<Notice> {
        let mut notice = None;
        // The other settings (languages, display) are kept as they were.
        let settings = match data.settings() {
            Ok(settings)
                if settings.last_profile.as_deref() == Some(self.name.as_str())
                    && self.choices.is_none() =>
            {
                return None;
            }
            Ok(settings) => settings,
            Err(StoreError::SettingsDamaged { reason, .. }) => {
                let kept = data.keep_settings_aside(now).ok()?;
                notice = Some(Notice::SettingsKeptAside { reason, kept });
                SavedSettings::default()
            }
            Err(StoreError::NotAFile { path, kind }) => {
                return Some(Notice::SettingsNotAFile { path, kind });
            }
            // Unreadable: a new file may still take its place, as before.
            Err(_) => SavedSettings::default(),
        };
        let mut settings = settings;
        if let Some(choices) = &self.choices {
            settings.languages.extend(
                choices
                    .languages
                    .iter()
                    .map(|(k, v)| (k.clone(), v.clone())),
            );
            settings.bidi = choices.bidi.clone().or(settings.bidi);
            settings.shape = choices.shape.or(settings.shape);
        }
        let _ = data.save_settings(&SavedSettings {
            last_profile: Some(self.name.clone()),
            ..settings
        });
        notice
    }
}

/// Opens, locks and loads a profile but leaves the writes of [`Pending::settle`] for later: the
/// game draws its first frame before them. A new profile's folder and lock are made by its first
/// save, so a data folder that cannot be written is found there.
pub fn open_unsettled(
    data: &DataDir,
    name: &str,
    now: DateTime<Utc>,
) -> Result<Opening, StoreError> {
    let store = data.open_later(name)?;
    // The first frame says whether today's daily challenge is done: rows naming today (the
    // player's day, or the day in UTC) are read before it.
    let days = [
        now.with_timezone(&chrono::Local).date_naive(),
        now.date_naive(),
    ]
    .map(|day| format!("\"{day}\""));
    let Deferred { loaded, rows } = store.load_deferring(now, &days)?;
    let fresh = loaded.profile.is_none();
    let profile = loaded
        .profile
        .unwrap_or_else(|| Profile::new(name.trim(), now));
    let mut session = Session::new(Some(store), profile, loaded.recovery.map(Notice::Recovered));
    if let Some(rows) = rows {
        session.defer_rows(rows);
    }
    Ok(Opening {
        session,
        pending: Pending {
            name: name.trim().to_string(),
            fresh,
            choices: None,
        },
    })
}

/// A session that saves nothing, for a player who agreed to that.
pub fn unsaved(name: &str, now: DateTime<Utc>) -> Session {
    Session::new(None, Profile::new(name, now), Some(Notice::Unsaved))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_writes_of_a_start_wait_for_settle_and_skip_what_is_unchanged() {
        let dir = tempfile::tempdir().expect("tempdir");
        let data = DataDir::new(dir.path().to_path_buf());
        let mut opening = open_unsettled(&data, " Robin ", Utc::now()).expect("open");
        let profile = dir.path().join("profiles/robin/profile.json");
        let settings = dir.path().join("settings.toml");
        assert!(opening.pending.fresh && !settings.exists());
        assert!(!dir.path().join("profiles").exists(), "not even the folder");
        opening
            .pending
            .settle(&data, &mut opening.session)
            .expect("settle");
        assert!(profile.is_file(), "the new profile is saved");
        assert_eq!(
            data.settings().expect("settings").last_profile.as_deref(),
            Some("Robin")
        );
        drop(opening);

        // A returning player: nothing to save, and the setting is not written again.
        std::fs::write(&settings, "last_profile = \"Robin\" # as it was\n").expect("write");
        let mut again = open_unsettled(&data, "Robin", Utc::now()).expect("reopen");
        assert!(!again.pending.fresh);
        again
            .pending
            .settle(&data, &mut again.session)
            .expect("settle");
        let text = std::fs::read_to_string(&settings).expect("read");
        assert!(text.contains("# as it was"), "{text}");
    }

    #[test]
    fn remembering_the_last_player_keeps_the_other_settings() {
        let dir = tempfile::tempdir().expect("tempdir");
        let data = DataDir::new(dir.path().to_path_buf());
        let mut saved = SavedSettings {
            last_profile: Some("Sam".into()),
            bidi: Some("terminal".into()),
            ..SavedSettings::default()
        };
        saved.languages.insert("robin".into(), "ar".into());
        data.save_settings(&saved).expect("save");
        let mut opening = open_unsettled(&data, "Robin", Utc::now()).expect("open");
        opening
            .pending
            .settle(&data, &mut opening.session)
            .expect("settle");
        assert_eq!(
            data.settings().expect("settings"),
            SavedSettings {
                last_profile: Some("Robin".into()),
                ..saved
            }
        );
    }

    #[test]
    fn choices_from_the_command_line_are_saved_with_the_name_after_the_first_frame() {
        let dir = tempfile::tempdir().expect("tempdir");
        let data = DataDir::new(dir.path().to_path_buf());
        let settings = dir.path().join("settings.toml");
        // Robin played last and kept their other settings; this start chose Arabic.
        std::fs::write(
            &settings,
            "last_profile = \"Robin\"\nbidi = \"terminal\"\n\n[languages]\nsam = \"en\"\n",
        )
        .expect("write");
        let mut opening = open_unsettled(&data, "Robin", Utc::now()).expect("open");
        let mut languages = std::collections::BTreeMap::new();
        languages.insert("robin".to_string(), "ar".to_string());
        opening.pending.choices = Some(SavedSettings {
            languages,
            ..SavedSettings::default()
        });
        let before = std::fs::read_to_string(&settings).expect("read");
        assert!(!before.contains("robin"), "nothing written before settle");
        opening
            .pending
            .settle(&data, &mut opening.session)
            .expect("settle");
        let saved = data.settings().expect("settings");
        assert_eq!(saved.last_profile.as_deref(), Some("Robin"));
        assert_eq!(saved.languages.get("robin").map(String::as_str), Some("ar"));
        assert_eq!(
            saved.languages.get("sam").map(String::as_str),
            Some("en"),
            "kept"
        );
        assert_eq!(saved.bidi.as_deref(), Some("terminal"), "kept");
    }
}
