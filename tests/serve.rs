//! `redflag serve` end to end on loopback: a server on an ephemeral port with a temporary host
//! key and data folder, played with russh's own client (by key and by team code) and, where it
//! is installed, with the system's `ssh` in a pseudo-terminal; the answers checked on disk.

#![cfg(unix)]

mod serving;

use std::time::Duration;

use russh::ChannelMsg;
use russh::keys::ssh_key::LineEnding;
use serving::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_key_plays_a_seeded_round_to_its_summary_and_every_answer_is_on_disk() {
    let server = TestServer::start().await;
    let mut alice = server.player_by_key(&server.alice).await;
    alice.wait_for("What is your name?").await;
    alice.send("Alice\r").await;
    alice.wait_for("Play a round").await;
    alice.send("p").await;
    alice.wait_for("item 1 of 3").await;
    for item in 1..=3 {
        alice.send("d").await;
        alice.wait_for("Lesson:").await;
        alice.send("\r").await;
        if item < 3 {
            alice.wait_for(&format!("item {} of 3", item + 1)).await;
        }
    }
    let summary = alice.wait_for("Round complete").await;
    assert!(summary.contains("Score:"), "{summary}");
    alice.send("\r").await;
    alice.wait_for("Play a round").await;
    alice.send("q").await;
    assert_eq!(
        alice.exit_status().await,
        Some(0),
        "quitting ends the session"
    );

    let (profile, history) = server.saved("Alice");
    assert_eq!(profile.rounds_played(), 1);
    assert_eq!(history.len(), 1);
    let round = &history[0];
    assert_eq!((round.summary.seed, round.answers.len()), (7, 3));
    let answered: Vec<&str> = round.answers.iter().map(|a| a.scenario.as_str()).collect();
    assert_eq!(
        answered,
        seeded_round(3, 7),
        "the server's seed drew the round"
    );
    assert!(
        round
            .answers
            .iter()
            .all(|a| a.given == redflag::content::Verdict::Dangerous)
    );

    // The key is now Alice's: the next visit goes straight to her menu.
    let mut again = server.player_by_key(&server.alice).await;
    let menu = again.wait_for("Play a round").await;
    assert!(!menu.contains("What is your name?"), "{menu}");
    again.send("q").await;
    assert_eq!(again.exit_status().await, Some(0));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_team_code_player_who_drops_mid_round_loses_no_answer_and_can_resume() {
    let server = TestServer::start().await;
    let mut robin = server.player_by_code(TEAM_CODE).await;
    robin.wait_for("What is your name?").await;
    robin.send("Robin\r").await;
    robin.wait_for("Play a round").await;
    robin.send("p").await;
    robin.wait_for("item 1 of 3").await;
    robin.send("s").await;
    robin.wait_for("Lesson:").await;
    robin.send("\r").await;
    robin.wait_for("item 2 of 3").await;
    // Mid-answer: inspected, not yet judged, and the connection is cut.
    robin.send("i").await;
    robin.wait_for("inspected").await;
    drop(robin);
    server.wait_until_gone().await;

    let (profile, history) = server.saved("Robin");
    let current = profile.current.expect("the round in progress is saved");
    assert_eq!(current.answers.len(), 1, "the one answer given is kept");
    assert_eq!(current.items, seeded_round(3, 7));
    assert!(history.is_empty(), "the round is not over");

    let mut back = server.player_by_code(TEAM_CODE).await;
    back.wait_for("What is your name?").await;
    back.send("Robin\r").await;
    back.wait_for("Resume your round").await;
    back.send("q").await;
    assert_eq!(back.exit_status().await, Some(0));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_keys_codes_and_passwords_are_refused_and_guessing_is_cut_short() {
    let server = TestServer::start_with(|config| {
        config.limits.auth_attempts = 3;
        config.limits.auth_failures_per_address = 4;
    })
    .await;
    let mut client = connect(server.address).await;
    assert!(!auth_key(&mut client, &new_key()).await, "an unlisted key");

    let mut guesser = connect(server.address).await;
    for wrong in ["orange-kite-41", "", "ORANGE-KITE-42"] {
        assert!(!auth_code(&mut guesser, wrong).await, "{wrong:?}");
    }
    assert!(
        !auth_code(&mut guesser, TEAM_CODE).await,
        "after 3 refusals the connection takes no more, not even the right code"
    );
    assert!(eventually(|| guesser.is_closed()).await, "closed");

    let mut client = connect(server.address).await;
    let password = client
        .authenticate_password("root", TEAM_CODE)
        .await
        .expect("answered");
    assert!(
        !password.success(),
        "no passwords, not even the code as one"
    );
    assert!(auth_code(&mut client, TEAM_CODE).await, "the right code");

    let mut client = connect(server.address).await;
    assert!(!auth_code(&mut client, "one-more-guess").await);
    assert!(
        try_connect(server.address).await.is_err(),
        "4 wrong codes from this address: its next connection waits"
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exec_subsystems_forwarding_x11_and_stray_environment_are_refused() {
    let server = TestServer::start().await;
    let mut client = connect(server.address).await;
    assert!(auth_key(&mut client, &server.alice).await);

    let mut channel = client.channel_open_session().await.expect("session");
    channel.exec(true, "cat /etc/passwd").await.expect("sent");
    assert_eq!(reply(&mut channel).await, Some(false), "exec");
    let second = client.channel_open_session().await;
    assert!(second.is_err(), "one session channel per connection");
    drop(client);

    let mut client = connect(server.address).await;
    assert!(auth_key(&mut client, &server.alice).await);
    let mut channel = client.channel_open_session().await.expect("session");
    channel.request_subsystem(true, "sftp").await.expect("sent");
    assert_eq!(reply(&mut channel).await, Some(false), "sftp");
    channel
        .set_env(true, "LD_PRELOAD", "/tmp/evil.so")
        .await
        .expect("sent");
    assert_eq!(reply(&mut channel).await, Some(false), "LD_PRELOAD");
    channel.set_env(true, "TERM", "xterm").await.expect("sent");
    assert_eq!(reply(&mut channel).await, Some(true), "TERM is fine");
    channel
        .request_x11(true, false, "MIT-MAGIC-COOKIE-1", "00", 0)
        .await
        .expect("sent");
    assert_eq!(reply(&mut channel).await, Some(false), "X11");
    channel.agent_forward(true).await.expect("sent");
    assert_eq!(reply(&mut channel).await, Some(false), "agent forwarding");
    let direct = client
        .channel_open_direct_tcpip("127.0.0.1", 22, "127.0.0.1", 40000)
        .await;
    assert!(direct.is_err(), "local port forwarding");
    let remote = client.tcpip_forward("127.0.0.1", 0).await;
    assert!(remote.is_err(), "remote port forwarding: {remote:?}");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_same_person_twice_is_refused_while_the_first_plays_on() {
    let server = TestServer::start().await;
    let mut first = server.player_by_key(&server.alice).await;
    first.wait_for("What is your name?").await;
    first.send("Alice\r").await;
    first.wait_for("Play a round").await;

    let mut second = server.player_by_key(&server.alice).await;
    let told = second.wait_for("already playing").await;
    assert!(told.contains("Alice"), "{told}");
    assert_eq!(second.exit_status().await, Some(1));

    // With the team code, neither Alice's name nor a name in use can be taken.
    let mut other = server.player_by_code(TEAM_CODE).await;
    other.wait_for("What is your name?").await;
    other.send("alice\r").await;
    other.wait_for("belongs to someone else").await;
    other.send(&"\x7f".repeat(5)).await;
    other.send("Robin\r").await;
    other.wait_for("Play a round").await;
    let mut twin = server.player_by_code(TEAM_CODE).await;
    twin.wait_for("What is your name?").await;
    twin.send("Robin\r").await;
    twin.wait_for("already playing from another connection")
        .await;

    // The first session was never disturbed.
    first.send("p").await;
    first.wait_for("item 1 of 3").await;
    let online: Vec<_> = server
        .running
        .as_ref()
        .expect("running")
        .registry()
        .snapshot()
        .into_iter()
        .filter_map(|c| c.profile)
        .collect();
    assert_eq!(online, ["Alice", "Robin"], "the registry tells who plays");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn limits_hold_for_one_address_a_huge_paste_and_a_late_sign_in() {
    let server = TestServer::start_with(|config| {
        config.limits.max_sessions_per_address = 2;
        config.limits.login_grace_secs = 2;
    })
    .await;
    let mut kim = server.player_by_code(TEAM_CODE).await;
    kim.wait_for("What is your name?").await;
    kim.send("Kim\r").await;
    kim.wait_for("Play a round").await;
    // A paste larger than any typing is dropped whole: these would quit the game.
    kim.send(&"q".repeat(4000)).await;
    let lingering = connect(server.address).await;
    assert!(
        try_connect(server.address).await.is_err(),
        "a third connection from one address is turned away"
    );
    assert!(!lingering.is_closed(), "open within the grace time");
    assert!(
        eventually(|| lingering.is_closed()).await,
        "never signed in: closed after the grace time"
    );
    let mut room = connect(server.address).await;
    assert!(
        auth_code(&mut room, TEAM_CODE).await,
        "its place is free again"
    );
    kim.send("p").await;
    kim.wait_for("item 1 of 3").await;
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_that_stops_reading_never_slows_the_others_nor_the_stop() {
    let server = TestServer::start().await;
    let mut steady = server.player_by_code(TEAM_CODE).await;
    steady.wait_for("What is your name?").await;
    steady.send("Lee\r").await;
    steady.wait_for("Play a round").await;

    // A client that reads nothing: a small SSH window and few messages buffered, so that it
    // pushes back at once; it types on until its own connection is stuck.
    let small = russh::client::Config {
        window_size: 8 * 1024,
        channel_buffer_size: 4,
        ..Default::default()
    };
    let mut client = connect_with(server.address, small).await.expect("connects");
    assert!(auth_code(&mut client, TEAM_CODE).await);
    let stalled = client.channel_open_session().await.expect("session");
    stalled
        .request_pty(false, "xterm", 400, 150, 0, 0, &[])
        .await
        .expect("pty");
    stalled.request_shell(false).await.expect("shell");
    stalled.data_bytes(&b"Pat\r"[..]).await.expect("name");
    let typing = async {
        loop {
            if stalled.data_bytes(&b"b\x1b"[..]).await.is_err() {
                break;
            }
        }
    };
    let _ = tokio::time::timeout(Duration::from_secs(1), typing).await;

    // The steady player's game answers as before.
    steady.send("p").await;
    steady.wait_for("item 1 of 3").await;
    steady.send("d").await;
    steady.wait_for("Lesson:").await;
    tokio::time::timeout(Duration::from_secs(10), server.stop())
        .await
        .expect("the stalled client does not hold up the stop");
    drop(client);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_trainer_s_own_pack_is_what_the_team_plays() {
    let server = TestServer::start_with(|config| {
        config.packs = redflag::cli::PackArgs {
            content: vec![std::path::PathBuf::from("tests/packs/minimal")],
            no_builtin: true,
            ..Default::default()
        };
        config.count = 2;
    })
    .await;
    let mut sam = server.player_by_code(TEAM_CODE).await;
    sam.wait_for("What is your name?").await;
    sam.send("Sam\r").await;
    let menu = sam.wait_for("Play a round").await;
    assert!(menu.contains("2 scenarios (1 dangerous, 1 safe)"), "{menu}");
    sam.send("q").await;
    assert_eq!(sam.exit_status().await, Some(0));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stopping_the_server_tells_each_player_and_closes_their_game() {
    let server = TestServer::start().await;
    let mut alice = server.player_by_key(&server.alice).await;
    alice.wait_for("What is your name?").await;
    alice.send("Alice\r").await;
    alice.wait_for("Play a round").await;
    alice.send("p").await;
    alice.wait_for("item 1 of 3").await;
    alice.send("d").await;
    alice.wait_for("Lesson:").await;
    let stopping = tokio::spawn(server.stop());
    let farewell = alice.wait_for("stopping the server").await;
    assert!(farewell.contains("progress is saved"), "{farewell}");
    assert!(
        !alice.screen.screen().alternate_screen(),
        "the screen is given back"
    );
    tokio::time::timeout(Duration::from_secs(10), stopping)
        .await
        .expect("stops in time")
        .expect("joined");
}

/// The real server binary: SIGTERM tells the player, and the process exits cleanly.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_binary_stops_on_sigterm_after_telling_its_players() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut process = ServerProcess::spawn(dir.path());
    let mut client = connect(process.address).await;
    assert!(auth_code(&mut client, TEAM_CODE).await);
    let mut player = Player::open(client, 80, 24).await;
    player.wait_for("What is your name?").await;
    player.send("Sam\r").await;
    player.wait_for("Play a round").await;
    process.signal("TERM");
    player.wait_for("stopping the server").await;
    let (status, output) = process.wait();
    assert_eq!(status, Some(0), "{output}");
    assert!(output.contains("stopped"), "{output}");
    assert!(dir.path().join("data/profiles/sam/profile.json").is_file());
}

/// The system's OpenSSH client in a pseudo-terminal, signing in with a key file.
#[test]
fn the_system_ssh_client_plays_a_round() {
    let Some(ssh) = system_ssh() else {
        eprintln!("no ssh client on this machine: skipped");
        return;
    };
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let server = runtime.block_on(TestServer::start());
    let key_file = server.dir.path().join("alice_key");
    write_private(
        &key_file,
        &server.alice.to_openssh(LineEnding::LF).expect("pem"),
    );
    let mut tty = SshTty::spawn(&ssh, server.address.port(), &key_file);
    tty.wait_for("What is your name?");
    tty.send("Alice\r");
    tty.wait_for("Play a round");
    tty.send("p");
    tty.wait_for("item 1 of 3");
    for item in 1..=3 {
        tty.send("s");
        tty.wait_for("Lesson:");
        tty.send("\r");
        if item < 3 {
            tty.wait_for(&format!("item {} of 3", item + 1));
        }
    }
    tty.wait_for("Round complete");
    tty.send("\r");
    tty.wait_for("Play a round");
    tty.send("q");
    assert_eq!(tty.exit_code(), Some(0), "ssh ends with the game's status");
    let (profile, history) = server.saved("Alice");
    assert_eq!(profile.rounds_played(), 1);
    assert!(
        history[0]
            .answers
            .iter()
            .all(|a| a.given == redflag::content::Verdict::Safe)
    );
    runtime.block_on(server.stop());
}

/// Whether `condition` holds within a few seconds.
async fn eventually(condition: impl Fn() -> bool) -> bool {
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while !condition() {
        if std::time::Instant::now() > deadline {
            return false;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    true
}

/// The answer to the last channel request: Some(true) success, Some(false) failure.
async fn reply(channel: &mut russh::Channel<russh::client::Msg>) -> Option<bool> {
    loop {
        match tokio::time::timeout(Duration::from_secs(5), channel.wait()).await {
            Ok(Some(ChannelMsg::Success)) => return Some(true),
            Ok(Some(ChannelMsg::Failure)) => return Some(false),
            Ok(Some(_)) => continue,
            Ok(None) | Err(_) => return None,
        }
    }
}

fn arabic() -> redflag::i18n::Lang {
    redflag::i18n::Lang::parse("ar").expect("an Arabic catalog")
}

/// The built-in pack a player of `lang` gets: its name, and its scenario ids.
fn builtin_in(lang: redflag::i18n::Lang) -> (String, Vec<String>) {
    let pack = redflag::builtin::pack_in(lang).expect("pack");
    let ids = pack.scenarios.iter().map(|s| s.id.clone()).collect();
    (pack.manifest.name, ids)
}

/// Whether the screen shows `text`, in reading order or, for right-to-left text the game put
/// in display order itself, reversed.
fn shows(screen: &str, text: &str) -> bool {
    let reversed: String = text.chars().rev().collect();
    screen.contains(text) || screen.contains(&reversed)
}

/// Signs in with the team code and gives `name`, sending `env` before the shell; the menu.
async fn team_player(server: &TestServer, name: &str, env: &[(&str, &str)]) -> (Player, String) {
    let mut client = connect(server.address).await;
    assert!(auth_code(&mut client, TEAM_CODE).await);
    let mut player = Player::open_with_env(client, 100, 30, env).await;
    player.settled().await;
    player.send(&format!("{name}\r")).await;
    let menu = player.settled().await;
    (player, menu)
}

/// Starts a round, answers its first item, and quits: the round is then on disk.
async fn answer_one_and_quit(player: &mut Player) {
    player.send("p").await;
    player.settled().await;
    player.send("d").await;
    player.settled().await;
}

/// A client whose `LANG` is Arabic plays the Arabic built-in pack, beside a client playing the
/// English one on the same server; the server's farewell reaches each in their language.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_s_lang_chooses_its_session_s_language_and_pack() {
    let server = TestServer::start().await;
    let (arabic_name, arabic_ids) = builtin_in(arabic());
    let (english_name, english_ids) = builtin_in(redflag::i18n::Lang::ENGLISH);
    let (mut layla, menu) = team_player(&server, "Layla", &[("LANG", "ar_SA.UTF-8")]).await;
    assert!(shows(&menu, &arabic_name), "{menu}");
    let (mut sam, menu) = team_player(&server, "Sam", &[("LANG", "en_GB.UTF-8")]).await;
    assert!(menu.contains(&english_name), "{menu}");
    assert!(!shows(&menu, &arabic_name), "{menu}");
    answer_one_and_quit(&mut layla).await;
    answer_one_and_quit(&mut sam).await;
    for (who, ids) in [("Layla", &arabic_ids), ("Sam", &english_ids)] {
        let (profile, _) = server.saved(who);
        let items = profile.current.expect("a round in progress").items;
        assert!(
            !items.is_empty() && items.iter().all(|id| ids.contains(id)),
            "{who} plays the pack of their language: {items:?}"
        );
    }
    let stopping = tokio::spawn(server.stop());
    let farewell = layla.wait_for("يوقف المدرّب الخادم").await;
    assert!(farewell.contains("حُفظ تقدّمك"), "{farewell}");
    sam.wait_for("The trainer is stopping the server").await;
    tokio::time::timeout(Duration::from_secs(10), stopping)
        .await
        .expect("stops in time")
        .expect("joined");
}

/// A client that asks for no language plays in the server's; a key's owner who chose a
/// language for their profile plays in it; a `LANG` of `C` asks for nothing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_lang_the_profile_s_choice_then_the_server_s_language_decides() {
    let server = TestServer::start_with(|config| config.lang = arabic()).await;
    let (arabic_name, _) = builtin_in(arabic());
    let (english_name, _) = builtin_in(redflag::i18n::Lang::ENGLISH);
    let (mut robin, menu) = team_player(&server, "Robin", &[("LANG", "C")]).await;
    assert!(shows(&menu, &arabic_name), "the server's language: {menu}");
    robin.send("q").await;
    robin.exit_status().await;

    // Alice's key is bound to her name on her first visit; then her profile's choice is English.
    let mut alice = server.player_by_key(&server.alice).await;
    alice.settled().await;
    alice.send("Alice\r").await;
    let menu = alice.settled().await;
    assert!(shows(&menu, &arabic_name), "{menu}");
    alice.send("q").await;
    alice.exit_status().await;
    let data = redflag::progress::DataDir::new(server.dir.path().join("data"));
    let mut settings = data.settings().expect("settings");
    settings.languages.insert("alice".into(), "en".into());
    data.save_settings(&settings).expect("saved");
    let mut again = server.player_by_key(&server.alice).await;
    let menu = again.settled().await;
    assert!(menu.contains(&english_name), "her profile's choice: {menu}");
    again.send("q").await;
    again.exit_status().await;
    server.stop().await;
}

/// The menu of an Arabic session speaks Arabic. Ignored until the TUI's screens take their
/// words from the catalog (the pack and the session's language are checked above).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_arabic_session_s_menu_is_in_arabic() {
    let server = TestServer::start().await;
    let (mut layla, menu) = team_player(&server, "Layla", &[("LANG", "ar_SA.UTF-8")]).await;
    assert!(shows(&menu, "مسار التدريب"), "{menu}");
    assert!(
        !menu.contains("Play a round") && !menu.contains("Training path"),
        "{menu}"
    );
    layla.send("q").await;
    layla.exit_status().await;
    server.stop().await;
}

/// On an Arabic session's name screen, a refused name is refused in Arabic: one bound to
/// another person's key, and one that cannot be a profile's name.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_arabic_session_s_refused_names_are_refused_in_arabic() {
    let server = TestServer::start().await;
    // Alice's key takes her name on her first visit.
    let mut alice = server.player_by_key(&server.alice).await;
    alice.settled().await;
    alice.send("Alice\r").await;
    alice.settled().await;
    alice.send("q").await;
    alice.exit_status().await;

    let mut client = connect(server.address).await;
    assert!(auth_code(&mut client, TEAM_CODE).await);
    let mut layla = Player::open_with_env(client, 100, 30, &[("LANG", "ar_SA.UTF-8")]).await;
    layla.settled().await;
    layla.send("alice\r").await;
    let screen = layla.settled().await;
    assert!(shows(&screen, "هذا الاسم لشخص آخر"), "{screen}");
    assert!(!screen.contains("someone else"), "{screen}");
    layla.send(&"\x7f".repeat(8)).await;
    layla.send("../etc\r").await;
    let screen = layla.settled().await;
    assert!(shows(&screen, "اسم الملف الشخصي"), "{screen}");
    assert!(!screen.contains("profile name"), "{screen}");
    layla.send(&"\x7f".repeat(8)).await;
    layla.send("Layla\r").await;
    let menu = layla.settled().await;
    assert!(shows(&menu, "مسار التدريب"), "{menu}");
    layla.send("q").await;
    layla.exit_status().await;
    server.stop().await;
}

/// The players' default language, and the console's: `--lang`, else serve.toml's `lang`, else
/// English; a tag without a catalog is refused before the server starts.
#[test]
fn the_server_s_language_is_the_option_s_then_the_file_s_then_english() {
    use redflag::serve::{ServeArgs, ServeConfig};
    let dir = tempfile::tempdir().expect("tempdir");
    let packs = redflag::cli::PackArgs::default();
    let args = ServeArgs {
        team_code: Some(TEAM_CODE.into()),
        ..ServeArgs::default()
    };
    let resolve = |a: &ServeArgs| {
        ServeConfig::resolve(a, &packs, Some(dir.path()), |_| unreachable!("given"))
    };
    assert_eq!(
        resolve(&args).expect("ok").lang,
        redflag::i18n::Lang::ENGLISH
    );
    std::fs::write(dir.path().join("serve.toml"), "lang = \"ar-SA\"\n").expect("w");
    assert_eq!(resolve(&args).expect("ok").lang, arabic());
    let given = ServeArgs {
        lang: Some(redflag::i18n::Lang::ENGLISH),
        ..args.clone()
    };
    assert_eq!(
        resolve(&given).expect("ok").lang,
        redflag::i18n::Lang::ENGLISH
    );
    std::fs::write(dir.path().join("serve.toml"), "lang = \"xx\"\n").expect("w");
    let unknown = resolve(&args).expect_err("no catalog");
    assert!(format!("{unknown:#}").contains("\"xx\""), "{unknown:#}");
    let english = redflag::i18n::Catalog::english();
    assert_eq!(english.t("serve-team-code-prompt", &[]), "Team code: ");
    // The operator's errors are in the server's language.
    let weak = ServeArgs {
        team_code: Some("abc".into()),
        lang: Some(arabic()),
        ..ServeArgs::default()
    };
    let refused = resolve(&weak).expect_err("too short").to_string();
    assert!(
        refused.contains("رمز الفريق") && refused.contains("6 أحرف"),
        "{refused}"
    );
}

/// The server's own command line shows its help and refuses a mistake in the command line's
/// language (`--lang`, else the locale), with clap's exit code, and in clap's English otherwise.
#[test]
fn the_server_s_command_line_mistakes_are_told_in_its_language() {
    let run_in = |locale: &[(&str, &str)], args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_redflag-serve"))
            .env_remove("LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .envs(locale.iter().copied())
            .args(args)
            .output()
            .expect("runs")
    };
    let run = |args: &[&str]| run_in(&[], args);
    let help = run_in(&[("LANG", "ar_SA.UTF-8")], &["--help"]);
    let help = String::from_utf8_lossy(&help.stdout);
    assert!(help.contains("الاستخدام: redflag-serve"), "{help}");
    assert!(help.contains("مفاتيح المدرّبين"), "{help}");
    let out = run(&["--lang", "ar", "--bogus"]);
    let said = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{said}");
    assert!(said.starts_with("خطأ: «--bogus» غير متوقَّع هنا"), "{said}");
    assert!(
        !said.contains("unexpected") && !said.contains("Usage"),
        "{said}"
    );
    let out = run(&["--bogus"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).starts_with("error: unexpected argument '--bogus'"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
