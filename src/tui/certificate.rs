//! The certificate on screen: leaving it, scrolling it, and saving it as a file the player can
//! print or send.

use std::path::PathBuf;

use super::app::{App, Msg, Screen};
use super::message::Message;
use crate::progress::store::write_atomic;
use crate::t;

/// The certificate's file name, in the profile's folder.
pub const CERTIFICATE_FILE: &str = "certificate.md";

impl App {
    pub(super) fn update_certificate(&mut self, scroll: u16, msg: Msg) -> Screen {
        match msg {
            Msg::Back | Msg::Enter => {
                self.message = None;
                Screen::Path { selected: 0 }
            }
            // `s` saves, as the key line says.
            Msg::Safe => {
                self.save_certificate();
                Screen::Certificate { scroll }
            }
            _ => Screen::Certificate {
                scroll: self.scrolled(scroll, msg),
            },
        }
    }

    /// Writes the certificate (Markdown) into the profile's folder and says where, or why not.
    fn save_certificate(&mut self) {
        let Some(text) = self.certificate() else {
            return;
        };
        let folder: Option<PathBuf> = self
            .session
            .as_ref()
            .and_then(|s| s.store())
            .map(|store| store.dir.clone());
        let t = self.t();
        let line = match folder {
            Some(folder) => {
                let path = folder.join(CERTIFICATE_FILE);
                match write_atomic(&path, text.as_bytes()) {
                    Ok(()) => t!(
                        t,
                        "menu-certificate-saved",
                        path = path.display().to_string()
                    ),
                    Err(error) => t!(t, "menu-certificate-not-saved", error = error.to_string()),
                }
            }
            None => t!(t, "menu-certificate-not-saving"),
        };
        self.message = Some(Message::Line(line));
    }
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::KeyCode;

    use super::*;
    use crate::progress::DataDir;
    use crate::progress::modules::record_attempt;
    use crate::progress::opening::open;

    #[test]
    fn s_saves_the_certificate_in_the_profile_folder_and_says_where() {
        let data = tempfile::tempdir().expect("tempdir");
        let pack = crate::builtin::pack().expect("built-in pack");
        let settings = crate::settings::PlaySettings {
            count: 3,
            seed: 1,
            color: true,
            lang: Default::default(),
        };
        let mut session = open(
            &DataDir::new(data.path().into()),
            "Robin",
            chrono::Utc::now(),
        )
        .expect("open");
        let mut app = App::new(pack.scenarios, vec![pack.manifest], settings);
        for module in &app.modules {
            record_attempt(
                &mut session.profile.modules,
                &module.id,
                100,
                80,
                chrono::Utc::now(),
            );
        }
        app = app.with_session(session);
        app.screen = Screen::Certificate { scroll: 0 };
        app.handle_key(KeyCode::Char('s').into());
        assert!(matches!(app.screen, Screen::Certificate { .. }));
        let folder = app
            .session
            .as_ref()
            .and_then(|s| s.store())
            .map(|s| s.dir.clone())
            .expect("a saving profile");
        let saved = std::fs::read_to_string(folder.join(CERTIFICATE_FILE)).expect("saved");
        assert_eq!(Some(saved), app.certificate());
        let said = app.message.as_ref().map(|m| m.text(app.t()).into_owned());
        assert!(
            said.as_ref()
                .is_some_and(|s| s.contains(&folder.join(CERTIFICATE_FILE).display().to_string())),
            "{said:?}"
        );
        app.handle_key(KeyCode::Esc.into());
        assert!(matches!(app.screen, Screen::Path { .. }));
        assert!(
            app.message.is_none(),
            "the line about the file stays with the certificate"
        );
    }
}
