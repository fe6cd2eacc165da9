//! The remote terminal without a network: the game drawn through it, its output bounded, its
//! input ending the loop for each reason a remote game ends.

use ratatui::Terminal;
use ratatui::crossterm::event::KeyCode;
use tokio::sync::mpsc::unbounded_channel;

use super::*;
use crate::settings::PlaySettings;
use crate::tui::{App, run_on};

fn writer(limit: usize) -> (ChannelWriter, tokio::sync::mpsc::UnboundedReceiver<Vec<u8>>) {
    let (queue, frames) = unbounded_channel();
    (
        ChannelWriter::new(queue, Arc::new(AtomicUsize::new(0)), limit),
        frames,
    )
}

fn key(code: KeyCode) -> Input {
    Input::Key(KeyEvent::from(code))
}

fn app() -> App {
    let pack = crate::builtin::pack().expect("built-in pack");
    App::new(
        pack.scenarios,
        vec![pack.manifest],
        PlaySettings {
            count: 2,
            seed: 3,
            color: false,
            lang: Default::default(),
        },
    )
}

#[test]
fn the_game_draws_at_the_client_s_size_and_redraws_when_it_changes() {
    let (writer, mut frames) = writer(1 << 20);
    let size = SharedSize::new(Size::new(90, 30));
    let mut terminal = Terminal::new(RemoteBackend::new(writer, size.clone())).expect("terminal");
    let (sender, mut events) = input(8, size.clone(), Duration::from_secs(5));
    size.set(Size::new(100, 40));
    assert!(sender.send(Input::Resize));
    assert!(sender.send(key(KeyCode::Char('q'))));
    let mut app = app();
    run_on(&mut terminal, &mut events, &mut app).expect("quits");
    assert!(app.quit);
    assert_eq!(terminal.size().expect("size"), Size::new(100, 40));
    let mut screen = vt100::Parser::new(
        std::num::NonZeroU16::new(40).expect("rows"),
        std::num::NonZeroU16::new(100).expect("cols"),
        0,
    );
    let mut count = 0;
    while let Ok(frame) = frames.try_recv() {
        screen.process(&frame);
        count += 1;
    }
    assert!(count >= 2, "a frame, then one after the resize: {count}");
    assert!(screen.screen().contents().contains("Play a round"));
}

#[test]
fn output_the_client_does_not_take_ends_the_game_with_too_slow() {
    let (mut writer, _frames) = writer(100);
    writer.write_all(&[b'x'; 60]).expect("buffered");
    writer.flush().expect("within the limit");
    writer.write_all(&[b'x'; 60]).expect("buffered");
    let err = writer.flush().expect_err("over the limit");
    assert_eq!(
        err.get_ref().and_then(|e| e.downcast_ref::<Ended>()),
        Some(&Ended::TooSlow)
    );
    // Once the sending task has sent what was queued, there is room again.
    writer.unsent.store(0, Ordering::Release);
    writer.write_all(&[b'x'; 60]).expect("buffered");
    writer.flush().expect("room again");
}

#[test]
fn keys_past_the_queue_are_dropped_and_never_block_the_connection() {
    let size = SharedSize::new(Size::new(80, 24));
    let (sender, mut events) = input(2, size, Duration::from_secs(5));
    assert!(sender.send(key(KeyCode::Char('a'))));
    assert!(sender.send(key(KeyCode::Char('b'))));
    assert!(
        !sender.send(key(KeyCode::Char('c'))),
        "dropped, not waited for"
    );
    let read = |events: &mut RemoteEvents| match events.read().expect("a key") {
        Event::Key(k) => k.code,
        other => panic!("{other:?}"),
    };
    assert_eq!(read(&mut events), KeyCode::Char('a'));
    assert_eq!(read(&mut events), KeyCode::Char('b'));
    assert!(!events.poll(Duration::from_millis(10)).expect("nothing yet"));
}

fn ended_by(result: io::Result<bool>) -> Option<Ended> {
    result
        .err()
        .and_then(|e| e.get_ref().and_then(|e| e.downcast_ref::<Ended>()).copied())
}

#[test]
fn the_loop_ends_on_disconnect_idle_and_stop_each_told_apart() {
    let size = SharedSize::new(Size::new(80, 24));
    let (sender, mut events) = input(4, size.clone(), Duration::from_secs(5));
    drop(sender);
    assert_eq!(
        ended_by(events.poll(Duration::from_secs(1))),
        Some(Ended::Disconnected)
    );

    let (_sender, mut events) = input(4, size.clone(), Duration::from_millis(30));
    let started = Instant::now();
    assert_eq!(
        ended_by(events.poll(Duration::from_secs(60))),
        Some(Ended::Idle),
        "the idle timeout, not the loop's own minute"
    );
    assert!(started.elapsed() < Duration::from_secs(5));

    let (sender, mut events) = input(4, size, Duration::from_secs(60));
    let stopper = sender.clone();
    let waiting = std::thread::spawn(move || ended_by(events.poll(Duration::from_secs(60))));
    std::thread::sleep(Duration::from_millis(20));
    stopper.stop();
    assert_eq!(
        waiting.join().expect("joined"),
        Some(Ended::Stopping),
        "a game waiting for a key is woken by the stop"
    );
    let error = anyhow::Error::from(io::Error::other(Ended::Stopping)).context("drawing");
    assert_eq!(Ended::of(&error), Some(Ended::Stopping));
}
