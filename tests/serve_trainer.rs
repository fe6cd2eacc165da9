//! The trainer's view over SSH on loopback: a trainer's key opens it (never the game) and shows a
//! learner's answer as it lands; the team code and learners' keys never open it; the server
//! publishes who is online for `redflag team`, without addresses, and removes it on stopping.

#![cfg(unix)]

#[allow(dead_code)]
mod serving;

use std::time::{Duration, Instant};

use redflag::cohort::online::{self, Online, SignInKind};
use serving::*;

/// A server whose trainers' file lists one key, returned with it.
async fn with_trainer() -> (TestServer, russh::keys::PrivateKey, tempfile::TempDir) {
    let keys = tempfile::tempdir().expect("tempdir");
    let trainer = new_key();
    let file = keys.path().join("trainer_keys");
    let line = trainer.public_key().to_openssh().expect("openssh");
    std::fs::write(&file, format!("{line} trainer@laptop\n")).expect("write");
    let server = TestServer::start_with(|config| config.trainer_keys = Some(file)).await;
    (server, trainer, keys)
}

fn online_now(server: &TestServer) -> Online {
    online::read(
        &server.dir.path().join("data"),
        chrono::Utc::now(),
        online::process_alive,
    )
}

async fn eventually_online(server: &TestServer, check: impl Fn(&Online) -> bool) -> Online {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let online = online_now(server);
        if check(&online) {
            return online;
        }
        assert!(Instant::now() < deadline, "{online:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_trainer_key_shows_a_learner_s_answer_live_and_the_team_code_never_opens_the_view() {
    let (server, trainer_key, _keys) = with_trainer().await;
    let mut trainer = server.player_by_key(&trainer_key).await;
    let first = trainer.wait_for("redflag team · 0 people · 0 online").await;
    assert!(!first.contains("What is your name?"), "{first}");

    let mut robin = server.player_by_code(TEAM_CODE).await;
    let asked = robin.wait_for("What is your name?").await;
    assert!(!asked.contains("redflag team"), "{asked}");
    robin.send("Robin\r").await;
    robin.wait_for("Play a round").await;
    robin.send("p").await;
    robin.wait_for("item 1 of 3").await;
    robin.send("d").await;
    robin.wait_for("Lesson:").await;

    let table = trainer.wait_for("● online").await;
    assert!(
        table.contains("redflag team · 1 person · 1 online"),
        "{table}"
    );
    let row = table
        .lines()
        .find(|l| l.contains("Robin"))
        .expect("Robin's row");
    assert!(row.contains("0/") && row.contains(" 1 "), "{row}");
    trainer.send("\r").await;
    let answers = trainer.wait_for("1 of 3 answered").await;
    let first_item = &seeded_round(3, 7)[0];
    let line = answers
        .lines()
        .find(|l| l.contains(" 1. "))
        .expect("the answer's row");
    assert!(
        line.contains(first_item.as_str()) && line.contains("dangerous"),
        "{answers}"
    );

    // Published for `redflag team` on this machine: who, how, since when; no address.
    let online = eventually_online(&server, |o| o.session_of("Robin").is_some()).await;
    let kinds: Vec<SignInKind> = online.sessions().iter().map(|s| s.sign_in).collect();
    assert!(kinds.contains(&SignInKind::Trainer) && kinds.contains(&SignInKind::TeamCode));
    let text = std::fs::read_to_string(server.dir.path().join("data").join(online::ONLINE_FILE))
        .expect("online file");
    assert!(!text.contains("127.0.0.1"), "no addresses: {text}");

    trainer.send("q").await;
    assert_eq!(trainer.exit_status().await, Some(0));
    robin.send("q").await;
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_a_listed_trainer_key_opens_the_view_and_the_online_file_goes_on_stopping() {
    let (server, _trainer_key, _keys) = with_trainer().await;
    // A learner's key plays the game.
    let mut alice = server.player_by_key(&server.alice).await;
    let screen = alice.wait_for("What is your name?").await;
    assert!(!screen.contains("redflag team"), "{screen}");
    // A key in neither file is refused.
    let mut client = connect(server.address).await;
    assert!(!auth_key(&mut client, &new_key()).await);
    eventually_online(&server, |o| matches!(o, Online::Live(s) if !s.is_empty())).await;
    let data = server.dir.path().join("data");
    drop(alice);
    server.stop().await;
    assert!(
        !data.join(online::ONLINE_FILE).exists(),
        "removed on a clean stop"
    );
}

/// Whether the screen shows `text`, in reading order or, for right-to-left text the view put in
/// display order itself, reversed.
fn shows(screen: &str, text: &str) -> bool {
    let reversed: String = text.chars().rev().collect();
    screen.contains(text) || screen.contains(&reversed)
}

/// A trainer's key, signed in with `env` sent before the shell.
async fn trainer_with_env(
    server: &TestServer,
    key: &russh::keys::PrivateKey,
    env: &[(&str, &str)],
) -> Player {
    let mut client = connect(server.address).await;
    assert!(auth_key(&mut client, key).await);
    Player::open_with_env(client, 100, 30, env).await
}

/// The trainer's view speaks the trainer's language as a learner's game does: their client's
/// `LANG`, else the server's.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_trainer_s_view_is_in_the_trainer_s_language_else_the_server_s() {
    let (server, trainer_key, _keys) = with_trainer().await;
    let mut arabic = trainer_with_env(&server, &trainer_key, &[("LANG", "ar_SA.UTF-8")]).await;
    let screen = arabic.settled().await;
    assert!(shows(&screen, "لا أحد"), "{screen}");
    assert!(shows(&screen, "لا ملفات شخصية في"), "{screen}");
    assert!(
        !screen.contains("people") && !screen.contains("No profiles"),
        "{screen}"
    );
    let mut english = trainer_with_env(&server, &trainer_key, &[("LANG", "en_GB.UTF-8")]).await;
    english.wait_for("redflag team · 0 people · 0 online").await;
    arabic.send("q").await;
    english.send("q").await;
    server.stop().await;

    let keys = tempfile::tempdir().expect("tempdir");
    let file = keys.path().join("trainer_keys");
    let line = trainer_key.public_key().to_openssh().expect("openssh");
    std::fs::write(&file, format!("{line} trainer@laptop\n")).expect("write");
    let arabic_lang = redflag::i18n::Lang::parse("ar").expect("Arabic");
    let server = TestServer::start_with(|config| {
        config.trainer_keys = Some(file);
        config.lang = arabic_lang;
    })
    .await;
    let mut trainer = trainer_with_env(&server, &trainer_key, &[("LANG", "C")]).await;
    let screen = trainer.settled().await;
    assert!(shows(&screen, "لا أحد"), "the server's language: {screen}");
    trainer.send("q").await;
    server.stop().await;
}
