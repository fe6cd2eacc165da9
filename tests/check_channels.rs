//! `check` on the call and notification channels: a valid file of each passes, and each way of
//! breaking one (an `at` that names no field, a missing or blank required field, a transcript
//! with no lines, a repeat count of 0, a phone number outside the fiction ranges) is reported
//! with the file, the line and what to change.

use std::fs;
use std::path::Path;

use redflag::content::check::check_loaded;
use redflag::content::load::load_dir;

const MANIFEST: &str = r#"id = "test-channels"
name = "Calls and pushes"
language = "en"
version = "0.1.0"

[world.company]
name = "Testco"
domain = "testco.example"
you = "Alex, marketer"
"#;

const CALL: &str = r#"id = "boss-gift-cards"
channel = "call"
verdict = "dangerous"
theme = "myths"
title = "The boss wants gift cards"
lesson = "Hang up and call back on the number on file."
difficulty = "hard"

[call]
kind = "voice"
caller = "Dana Boss"
number = "+1 212 555 0140"
platform = "Mobile"
claims = "Dana, at the airport"
callback = "+1 212 555 0177"
lines = [
  { from = "them", text = "Buy eight gift cards and read me the codes." },
  { from = "you", text = "Can I call you back?" },
]

[[flag]]
cue = "payment-change"
at = "line.1"
text = "eight gift cards"
why = "Gift card codes are cash nobody can get back."
"#;

const PUSH: &str = r#"id = "own-sign-in"
channel = "notification"
verdict = "safe"
theme = "email-threats"
title = "The push after your own sign-in"
lesson = "Approve a sign-in only when you have just started it yourself."
difficulty = "easy"
situation = "You have just signed in on your laptop."

[notification]
app = "Testco Authenticator"
device = "phone"
title = "Are you signing in?"
text = "Enter the number shown on your screen."
received = "10:42"
repeats = 1
details = "Chrome on your laptop, at the office · 10:42"
buttons = [{ label = "Enter number" }, { label = "No, it's not me" }]

[[sign]]
cue = "expected"
at = "details"
text = "Chrome on your laptop"
why = "It is the sign-in you just made."
"#;

/// Checks a pack holding the call and the push, each after `edit`; returns every problem in words.
fn problems(call: &str, push: &str) -> Vec<String> {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    fs::write(root.join("pack.toml"), MANIFEST).expect("manifest");
    for (folder, text) in [("call", call), ("notification", push)] {
        fs::create_dir(root.join(folder)).expect("folder");
        fs::write(root.join(folder).join("item.toml"), text).expect("scenario");
    }
    let report = check_loaded(&[load_dir(Path::new(root))]);
    report.errors.iter().map(ToString::to_string).collect()
}

fn replaced(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "the fixture has {from:?}");
    text.replacen(from, to, 1)
}

/// Exactly one problem, in `file` at `line`, saying each of `needles`.
fn one_problem(problems: &[String], file_line: &str, needles: &[&str]) {
    assert_eq!(problems.len(), 1, "{problems:#?}");
    let problem = &problems[0];
    assert!(problem.contains(file_line), "{file_line}: {problem}");
    for needle in needles {
        assert!(problem.contains(needle), "{needle:?}: {problem}");
    }
}

#[test]
fn a_valid_call_and_notification_pass() {
    assert_eq!(problems(CALL, PUSH), Vec::<String>::new());
}

#[test]
fn an_at_that_names_no_field_lists_the_call_fields() {
    let call = replaced(CALL, "at = \"line.1\"", "at = \"line.3\"");
    one_problem(
        &problems(&call, PUSH),
        &format!("call{}item.toml:23:", std::path::MAIN_SEPARATOR),
        &[
            "[[flag]] 1 has at = \"line.3\", which names no field of this call",
            "use one of caller, number, platform, claims, callback, line.1, line.2",
        ],
    );
}

#[test]
fn an_at_that_names_no_field_lists_the_notification_fields() {
    let push = replaced(PUSH, "at = \"details\"", "at = \"sender\"");
    one_problem(
        &problems(CALL, &push),
        "item.toml:22:",
        &[
            "which names no field of this notification",
            "use one of app, received, repeats, title, text, details, button.1, button.2",
        ],
    );
}

#[test]
fn evidence_text_must_stand_in_the_hidden_field_it_names() {
    let push = replaced(
        PUSH,
        "text = \"Chrome on your laptop\"",
        "text = \"Safari\"",
    );
    one_problem(
        &problems(CALL, &push),
        "item.toml:23:",
        &["text \"Safari\" does not occur in details"],
    );
}

#[test]
fn missing_required_fields_are_named() {
    let call = replaced(CALL, "number = \"+1 212 555 0140\"\n", "");
    one_problem(
        &problems(&call, PUSH),
        "item.toml",
        &["missing field `number`"],
    );
    let push = replaced(PUSH, "device = \"phone\"\n", "");
    one_problem(
        &problems(CALL, &push),
        "item.toml",
        &["missing field `device`"],
    );
    let push = replaced(PUSH, "device = \"phone\"", "device = \"watch\"");
    one_problem(
        &problems(CALL, &push),
        "item.toml:12:",
        &["unknown value `watch`", "(allowed: phone, desktop)"],
    );
}

#[test]
fn blank_or_empty_parts_are_incomplete() {
    let call = replaced(CALL, "caller = \"Dana Boss\"", "caller = \" \"");
    one_problem(
        &problems(&call, PUSH),
        "item.toml:9:",
        &["a call needs a caller and the number or account behind it: add it"],
    );
    let lines_start = CALL.find("lines = [").expect("lines");
    let lines_end = CALL[lines_start..].find("]\n").expect("end") + lines_start + 2;
    let call = format!(
        "{}lines = []\n{}",
        &CALL[..lines_start],
        &CALL[lines_end..]
            .replace("at = \"line.1\"", "at = \"caller\"")
            .replace("eight gift cards", "Dana")
    );
    one_problem(
        &problems(&call, PUSH),
        "item.toml:9:",
        &["a call needs at least one entry in lines: add it"],
    );
    let push = replaced(PUSH, "title = \"Are you signing in?\"", "title = \"\"");
    one_problem(
        &problems(CALL, &push),
        "item.toml:10:",
        &["a notification needs app, title and text: add it"],
    );
    let push = replaced(PUSH, "repeats = 1", "repeats = 0");
    one_problem(
        &problems(CALL, &push),
        "item.toml:16:",
        &["repeats counts the pushes that arrived"],
    );
}

#[test]
fn the_callback_number_must_be_fictional() {
    let call = replaced(CALL, "+1 212 555 0177", "+1 212 555 1234");
    one_problem(
        &problems(&call, PUSH),
        "item.toml:15:",
        &["call callback has \"+1 212 555 1234\", which looks like a real phone number"],
    );
}
