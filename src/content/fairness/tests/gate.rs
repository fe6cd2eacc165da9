//! Surface contrasts, tells, budgets and the edge cases of the gate.

use super::*;

#[test]
fn surface_contrasts_and_tells_are_per_channel() {
    let mut words = Words(3);
    let mut scenarios = Vec::new();
    for i in 0..6 {
        scenarios.push(sms(
            &format!("n-{i}"),
            Verdict::Dangerous,
            "+1 305 555 0176",
            &words.text(6),
        ));
        scenarios.push(sms(
            &format!("s-{i}"),
            Verdict::Safe,
            "AdHarbor",
            &words.text(6),
        ));
        // Email is balanced on length and has no bare-number senders at all.
        let body = words.text(6);
        scenarios.push(email(
            &format!("e-{i}"),
            Verdict::Dangerous,
            "a@testco.example",
            &body,
        ));
        scenarios.push(email(
            &format!("f-{i}"),
            Verdict::Safe,
            "a@testco.example",
            &body,
        ));
    }
    let f = run(&scenarios);
    let sms_surface = f
        .surfaces
        .iter()
        .find(|s| s.channel == Channel::Sms)
        .expect("sms");
    let bare = sms_surface
        .contrasts
        .iter()
        .find(|c| c.surface == Surface::BareNumberSender)
        .expect("bare numbers are an sms feature");
    assert_eq!((bare.safe.with, bare.dangerous.with), (0, 6));
    let email_surface = f
        .surfaces
        .iter()
        .find(|s| s.channel == Channel::Email)
        .expect("email");
    assert!(
        email_surface
            .contrasts
            .iter()
            .all(|c| c.surface != Surface::BareNumberSender)
    );
    assert!(
        email_surface
            .contrasts
            .iter()
            .any(|c| c.surface == Surface::ReplyTo)
    );
    let tells = f.tells();
    assert!(tells.iter().any(|t| matches!(t, Tell::Share { channel: Channel::Sms, contrast } if contrast.surface == Surface::BareNumberSender)), "{tells:?}");
    assert!(
        !tells.iter().any(|t| matches!(
            t,
            Tell::Share {
                channel: Channel::Email,
                ..
            } | Tell::Length {
                channel: Channel::Email,
                ..
            }
        )),
        "{tells:?}"
    );
}

#[test]
fn a_lopsided_channel_or_theme_is_over_budget() {
    let mut scenarios = lookup_pack();
    scenarios.retain(|s| s.channel != Channel::Consent || s.verdict == Verdict::Dangerous);
    let breaches = run(&scenarios).breaches(&BUDGET);
    for group in [
        Group::Channel(Channel::Consent),
        Group::Theme(Theme::ConsentPrivacy),
    ] {
        assert!(
            breaches.iter().any(|b| matches!(b, Breach::VerdictShare { group: g, split } if *g == group && split.safe == 0)),
            "{group:?}: {breaches:?}"
        );
    }
}

#[test]
fn the_figures_are_the_same_every_time() {
    let scenarios = lookup_pack();
    assert_eq!(run(&scenarios), run(&scenarios));
}

#[test]
fn tiny_and_empty_packs_give_figures_without_failing() {
    let f = run(&[]);
    assert_eq!(f.scenarios, 0);
    assert!(f.breaches(&BUDGET).is_empty());
    let one = [sms("only", Verdict::Safe, "AdHarbor", "hello")];
    let f = run(&one);
    assert_eq!(
        f.baseline(Player::SurfaceWords)
            .expect("words")
            .overall
            .total,
        0
    );
    assert_eq!(
        f.baseline(Player::BriefingLookup)
            .expect("lookup")
            .overall
            .correct,
        1
    );
}
