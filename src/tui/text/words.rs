//! The round's names for the format's closed vocabularies, in the player's language: channels,
//! verdicts, themes and the fields evidence points to. The core keeps its English names for
//! files and reports; the screen words them here.

use crate::content::{Anchor, Channel, FieldKind, FieldPath, Part, Theme, Verdict};
use crate::i18n::Catalog;

/// A channel as the message box's title names it: "Email", "Direct message".
pub fn channel(t: &Catalog, channel: Channel) -> String {
    match channel {
        Channel::Email => crate::t!(t, "round-channel-email"),
        Channel::Post => crate::t!(t, "round-channel-post"),
        Channel::Message => crate::t!(t, "round-channel-message"),
        Channel::Sms => crate::t!(t, "round-channel-sms"),
        Channel::Consent => crate::t!(t, "round-channel-consent"),
        Channel::Permission => crate::t!(t, "round-channel-permission"),
        Channel::Web => crate::t!(t, "round-channel-web"),
        Channel::Call => crate::t!(t, "round-channel-call"),
        Channel::Notification => crate::t!(t, "round-channel-notification"),
    }
}

/// The right answer in a sentence: "safe", "dangerous".
pub fn verdict(t: &Catalog, verdict: Verdict) -> String {
    match verdict {
        Verdict::Safe => crate::t!(t, "round-verdict-safe"),
        Verdict::Dangerous => crate::t!(t, "round-verdict-dangerous"),
    }
}

/// A theme as the summary lists it.
pub fn theme(t: &Catalog, theme: Theme) -> String {
    match theme {
        Theme::EmailThreats => crate::t!(t, "round-theme-email-threats"),
        Theme::CustomerData => crate::t!(t, "round-theme-customer-data"),
        Theme::SocialMedia => crate::t!(t, "round-theme-social-media"),
        Theme::ConsentPrivacy => crate::t!(t, "round-theme-consent-privacy"),
        Theme::Myths => crate::t!(t, "round-theme-myths"),
    }
}

/// Where a piece of evidence is, as people read it: `link.2` → "Link 2 goes to",
/// `reply.1.text` → "Reply 1 text" (the words of `FieldPath::label`, in the player's language).
pub fn field(t: &Catalog, at: &FieldPath) -> String {
    // A link's text is what the reader sees of the link, so it is labelled as the link.
    let link_text = at.kind == FieldKind::Link && at.part == Some(Part::Text);
    let kind = kind(t, at.kind);
    let named = match (at.index.map(|i| i + 1), link_text) {
        (Some(n), false) if at.kind == FieldKind::Link => {
            crate::t!(t, "round-field-link-n", number = n)
        }
        (Some(n), true) => crate::t!(t, "round-field-link-text-n", number = n),
        (None, true) => crate::t!(t, "round-field-link-text"),
        (Some(n), false) => crate::t!(t, "round-field-numbered", kind = kind, number = n),
        (None, false) => kind,
    };
    match at.part.filter(|_| !link_text) {
        Some(part) => crate::t!(
            t,
            "round-field-part",
            field = named,
            part = part_name(t, part)
        ),
        None => named,
    }
}

/// Where an anchor stands: its field's label, or its words as written when it names no field.
pub fn anchor(t: &Catalog, at: &Anchor) -> String {
    match at {
        Anchor::Field(path) => field(t, path),
        Anchor::Unknown(text) => text.clone(),
    }
}

fn part_name(t: &Catalog, part: Part) -> String {
    match part {
        Part::Text => crate::t!(t, "round-part-text"),
        Part::Author => crate::t!(t, "round-part-author"),
        Part::Handle => crate::t!(t, "round-part-handle"),
        Part::Value => crate::t!(t, "round-part-value"),
    }
}

fn kind(t: &Catalog, kind: FieldKind) -> String {
    use FieldKind as K;
    match kind {
        K::FromName => crate::t!(t, "round-field-from-name"),
        K::From => crate::t!(t, "round-field-from"),
        K::ReplyTo => crate::t!(t, "round-field-reply-to"),
        K::To => crate::t!(t, "round-field-to"),
        K::Date => crate::t!(t, "round-field-date"),
        K::Subject => crate::t!(t, "round-field-subject"),
        K::Body => crate::t!(t, "round-field-body"),
        K::Link => crate::t!(t, "round-field-link"),
        K::Attachment => crate::t!(t, "round-field-attachment"),
        K::Platform => crate::t!(t, "round-field-platform"),
        K::Author => crate::t!(t, "round-field-author"),
        K::Handle => crate::t!(t, "round-field-handle"),
        K::Posted => crate::t!(t, "round-field-posted"),
        K::Text => crate::t!(t, "round-field-text"),
        K::Image => crate::t!(t, "round-field-image"),
        K::Reactions => crate::t!(t, "round-field-reactions"),
        K::Reply => crate::t!(t, "round-field-reply"),
        K::Line => crate::t!(t, "round-field-line"),
        K::Sender => crate::t!(t, "round-field-sender"),
        K::Received => crate::t!(t, "round-field-received"),
        K::Site => crate::t!(t, "round-field-site"),
        K::Heading => crate::t!(t, "round-field-heading"),
        K::Checkbox => crate::t!(t, "round-field-checkbox"),
        K::Button => crate::t!(t, "round-field-button"),
        K::App => crate::t!(t, "round-field-app"),
        K::Publisher => crate::t!(t, "round-field-publisher"),
        K::Scope => crate::t!(t, "round-field-scope"),
        K::Permission => crate::t!(t, "round-field-permission"),
        K::Context => crate::t!(t, "round-field-context"),
        K::Url => crate::t!(t, "round-field-url"),
        K::Title => crate::t!(t, "round-field-title"),
        K::Field => crate::t!(t, "round-field-field"),
        K::Caller => crate::t!(t, "round-field-caller"),
        K::Number => crate::t!(t, "round-field-number"),
        K::Claims => crate::t!(t, "round-field-claims"),
        K::Callback => crate::t!(t, "round-field-callback"),
        K::Repeats => crate::t!(t, "round-field-repeats"),
        K::Details => crate::t!(t, "round-field-details"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn english_field_labels_are_the_cores_own() {
        let t = Catalog::english();
        let mut paths = Vec::new();
        let names = "from_name from reply_to to date subject body link attachment platform author handle posted text image reactions reply line sender received site heading checkbox button app publisher scope permission context url title field caller number claims callback repeats details";
        assert_eq!(names.split(' ').count(), 38, "every kind");
        for name in names.split(' ') {
            let kind = name.parse::<FieldPath>().expect("a field").kind;
            paths.push(FieldPath::new(kind));
            paths.push(FieldPath::nth(kind, 1));
            for part in [Part::Text, Part::Author, Part::Handle, Part::Value] {
                paths.push(FieldPath::nth(kind, 0).with(part));
                paths.push(FieldPath::new(kind).with(part));
            }
        }
        for at in paths {
            assert_eq!(field(t, &at), at.label(), "{at}");
        }
        for c in Channel::ALL {
            assert_eq!(channel(t, *c), c.label());
        }
        for th in Theme::ALL {
            assert_eq!(theme(t, *th), th.label());
        }
        assert_eq!(verdict(t, Verdict::Safe), Verdict::Safe.name());
    }

    #[test]
    fn arabic_field_labels_are_arabic() {
        let t = Catalog::get(Lang::parse("ar").expect("Arabic"));
        assert_eq!(
            field(t, &FieldPath::nth(FieldKind::Link, 1)),
            "الرابط 2 يؤدي إلى"
        );
        assert_eq!(field(t, &FieldPath::new(FieldKind::From)), "عنوان المرسل");
        assert_eq!(channel(t, Channel::Message), "رسالة مباشرة");
        assert_eq!(verdict(t, Verdict::Dangerous), "خطِر");
    }
}
