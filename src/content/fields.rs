//! The named fields of a scenario's content, in reading order: what flags and signs point at
//! with `at`, what spot mode lets the player mark, and what plain mode reads out.

use super::channel::{Attachment, Button, Link};
use super::field_path::{FieldKind, FieldPath, Part};
use super::model::Body;

/// One named field of a scenario: what `at` points to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field<'a> {
    /// The name used by `at`: `from`, `link.2`, `reply.1.text`, ...
    pub path: FieldPath,
    pub text: &'a str,
    /// Shown only once the player inspects (as hovering or tapping would show it).
    pub hidden: bool,
}

/// The fields of one scenario as they are collected.
struct Fields<'a>(Vec<Field<'a>>);

impl<'a> Fields<'a> {
    fn push(&mut self, path: impl Into<FieldPath>, text: &'a str, hidden: bool) {
        self.0.push(Field {
            path: path.into(),
            text,
            hidden,
        });
    }

    /// An optional field, left out when empty so that `at` cannot name it.
    fn non_empty(&mut self, kind: FieldKind, text: &'a str, hidden: bool) {
        if !text.is_empty() {
            self.push(kind, text, hidden);
        }
    }

    /// A list numbered from 1, each item giving its parts (`None` for the item itself).
    fn numbered<T>(
        &mut self,
        kind: FieldKind,
        items: &'a [T],
        parts: impl Fn(&'a T) -> Vec<(Option<Part>, &'a str, bool)>,
    ) {
        for (i, item) in items.iter().enumerate() {
            for (part, text, hidden) in parts(item) {
                let path = FieldPath::nth(kind, i);
                self.push(part.map_or(path, |p| path.with(p)), text, hidden);
            }
        }
    }

    fn links(&mut self, links: &'a [Link]) {
        self.numbered(FieldKind::Link, links, |l| {
            vec![
                (None, l.url.as_str(), true),
                (Some(Part::Text), &l.text, false),
            ]
        });
    }

    fn attachments(&mut self, items: &'a [Attachment]) {
        self.numbered(FieldKind::Attachment, items, |a| {
            vec![(None, a.name.as_str(), false)]
        });
    }

    fn buttons(&mut self, items: &'a [Button]) {
        self.numbered(FieldKind::Button, items, |b| {
            vec![(None, b.label.as_str(), false)]
        });
    }
}

impl Body<'_> {
    /// Every field in reading order. Empty optional fields are left out, so `at` cannot name them.
    pub fn fields(&self) -> Vec<Field<'_>> {
        use FieldKind as K;
        let mut out = Fields(Vec::new());
        match *self {
            Body::Email(e) => {
                out.push(K::FromName, &e.from_name, false);
                out.push(K::From, &e.from, true);
                out.non_empty(K::ReplyTo, &e.reply_to, true);
                out.push(K::To, &e.to, false);
                out.non_empty(K::Date, &e.date, false);
                out.push(K::Subject, &e.subject, false);
                out.push(K::Body, &e.body, false);
                out.links(&e.links);
                out.attachments(&e.attachments);
            }
            Body::Post(p) => {
                out.push(K::Platform, &p.platform, false);
                out.push(K::Author, &p.author, false);
                out.push(K::Handle, &p.handle, false);
                out.non_empty(K::Posted, &p.posted, false);
                out.push(K::Text, &p.text, false);
                if let Some(link) = &p.link {
                    // A post has at most one link, so its paths carry no number.
                    let path = FieldPath::new(K::Link);
                    out.push(path, &link.url, true);
                    out.push(path.with(Part::Text), &link.text, false);
                }
                out.non_empty(K::Image, &p.image, false);
                out.non_empty(K::Reactions, &p.reactions, false);
                out.numbered(K::Reply, &p.replies, |r| {
                    vec![
                        (Some(Part::Author), r.author.as_str(), false),
                        (Some(Part::Handle), &r.handle, false),
                        (Some(Part::Text), &r.text, false),
                    ]
                });
            }
            Body::Message(m) => {
                out.push(K::Platform, &m.platform, false);
                out.push(K::FromName, &m.from_name, false);
                out.push(K::Handle, &m.handle, true);
                out.numbered(K::Line, &m.lines, |l| vec![(None, l.text.as_str(), false)]);
                out.links(&m.links);
                out.attachments(&m.attachments);
            }
            Body::Sms(s) => {
                out.push(K::Sender, &s.sender, false);
                out.non_empty(K::Received, &s.received, false);
                out.push(K::Text, &s.text, false);
            }
            Body::Consent(c) => {
                out.push(K::Site, &c.site, false);
                out.push(K::Heading, &c.heading, false);
                out.push(K::Text, &c.text, false);
                out.numbered(K::Checkbox, &c.checkboxes, |b| {
                    vec![(None, b.label.as_str(), false)]
                });
                out.buttons(&c.buttons);
                out.non_empty(K::App, &c.app, false);
                out.non_empty(K::Publisher, &c.publisher, true);
                out.numbered(K::Scope, &c.scopes, |s| vec![(None, s.as_str(), false)]);
            }
            Body::Permission(p) => {
                out.push(K::App, &p.app, false);
                out.push(K::Permission, &p.permission, false);
                out.push(K::Context, &p.context, false);
                out.push(K::Text, &p.text, false);
                out.buttons(&p.buttons);
            }
            Body::Web(w) => {
                out.push(K::Url, &w.url, false);
                out.non_empty(K::Context, &w.context, false);
                out.push(K::Title, &w.title, false);
                out.push(K::Text, &w.text, false);
                out.numbered(K::Field, &w.fields, |f| {
                    vec![
                        (None, f.label.as_str(), false),
                        (Some(Part::Value), &f.value, false),
                    ]
                });
                out.buttons(&w.buttons);
            }
            Body::Call(c) => {
                out.push(K::Caller, &c.caller, false);
                out.push(K::Number, &c.number, true);
                out.non_empty(K::Platform, &c.platform, false);
                out.non_empty(K::Received, &c.received, false);
                out.non_empty(K::Claims, &c.claims, false);
                out.non_empty(K::Callback, &c.callback, false);
                out.numbered(K::Line, &c.lines, |l| vec![(None, l.text.as_str(), false)]);
                out.links(&c.links);
            }
            Body::Notification(n) => {
                out.push(K::App, &n.app, false);
                out.non_empty(K::Received, &n.received, false);
                if let Some(repeats) = &n.repeats {
                    out.push(K::Repeats, repeats.text(), false);
                }
                out.push(K::Title, &n.title, false);
                out.push(K::Text, &n.text, false);
                out.non_empty(K::Details, &n.details, true);
                out.buttons(&n.buttons);
            }
        }
        out.0
    }

    /// The text of the field `at` names.
    pub fn field(&self, at: FieldPath) -> Option<&str> {
        self.fields()
            .into_iter()
            .find(|f| f.path == at)
            .map(|f| f.text)
    }
}
