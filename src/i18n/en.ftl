# The English catalog: every other catalog has the same message ids (a test checks it).
# Placeables are not wrapped in direction isolates: redflag's own bidi layer orders each line.

## The language itself: its name in its own words, and which way its text runs (ltr or rtl).

language-name = English
language-direction = ltr

## Choosing the language (--lang).

# A language as listed: its own name, then its tag.
lang-listed = { $name } ({ $tag })
lang-unknown = redflag has no catalog for "{ $tag }"; the languages are: { $known }.

## Counting: the pattern for every count (Arabic has six plural forms, English two).

scenario-count = { $count ->
    [one] { $count } scenario
   *[other] { $count } scenarios
}


## ---- strings ----
## The words for what the core returns (src/strings): notices, saves, achievements, ranks, statistics, evidence labels, round results.

# (end of strings)


## ---- plain ----
## Plain mode (src/plain): its prompts, round text and summary.

# (end of plain)


## ---- tui-round ----
## The round in the TUI (src/tui/screens question, feedback, summary, confirm, overlay; src/tui/channels; src/tui/text).

# Channels, as the message box's title names them.
round-channel-email = Email
round-channel-post = Social post
round-channel-message = Direct message
round-channel-sms = Text message
round-channel-consent = Consent screen
round-channel-permission = Permission prompt
round-channel-web = Web page
round-channel-call = Call
round-channel-notification = Notification

# The right answer, inside a sentence ("it was safe").
round-verdict-safe = safe
round-verdict-dangerous = dangerous

# Themes, in the summary's "By theme" list.
round-theme-email-threats = Email threats
round-theme-customer-data = Customer data
round-theme-social-media = Social media
round-theme-consent-privacy = Consent and privacy
round-theme-myths = Myths

# Where a piece of evidence stands, in the feedback: "(in From address)".
round-field-from-name = From
round-field-from = From address
round-field-reply-to = Reply-To
round-field-to = To
round-field-date = Date
round-field-subject = Subject
round-field-body = Body
round-field-link = Link goes to
round-field-attachment = Attachment
round-field-platform = Platform
round-field-author = Author
round-field-handle = Account
round-field-posted = Posted
round-field-text = Text
round-field-image = Image
round-field-reactions = Reactions
round-field-reply = Reply
round-field-line = Message
round-field-sender = Sender
round-field-received = Received
round-field-site = Site
round-field-heading = Heading
round-field-checkbox = Checkbox
round-field-button = Button
round-field-app = App
round-field-publisher = Publisher
round-field-scope = Wants to
round-field-permission = Asks for
round-field-context = What you were doing
round-field-url = Address
round-field-title = Title
round-field-field = Form field
round-field-caller = Caller
round-field-number = Number or account
round-field-claims = Says they are
round-field-callback = Call back on
round-field-repeats = Times sent
round-field-details = Details
# Where a numbered link points.
round-field-link-n = Link { $number } goes to
# The visible text of a numbered link.
round-field-link-text-n = Link { $number }
round-field-link-text = Link
# One item of a list: "Reply 2", "Button 1".
round-field-numbered = { $kind } { $number }
# One part of a field: "Reply 1 author".
round-field-part = { $field } { $part }
round-part-text = text
round-part-author = author
round-part-handle = handle
round-part-value = value

# The top row of a round.
round-header-score = Points { $points } · streak { $streak }
round-header-item = item { $position } of { $total }
round-mode-practice = Practice
round-mode-daily = Daily challenge
round-mode-spot = Spot the flags
round-mode-review = Review
round-mode-module = Training module
round-situation = Situation:
# On the message box's bottom border.
round-inspected = inspected ✓
round-inspect-hint = i: inspect
round-scroll-hint = ↑↓ scroll

# What each key does, in the key line at the bottom.
round-key-field = field
round-key-mark = mark ⚑?
round-key-safe = safe
round-key-dangerous = dangerous
round-key-inspect = inspect
round-key-scroll = scroll
round-key-briefing = briefing
round-key-help = help
round-key-quit = quit
round-key-start = start
round-key-next = next
round-key-results = results
round-key-scroll-message = scroll the message
round-key-choose = choose
round-key-see-again = see it again
round-key-back = back
round-key-play-round = play a round
round-key-training-path = training path
round-key-menu = menu
round-key-play-again = play again
round-key-back-to-results = back to the results

# The verdict buttons under the message.
round-verdict-prompt = Your verdict:
round-button-safe = SAFE
round-button-dangerous = DANGEROUS
round-verdict-hint-choose = press s or d, or ← → then Enter
round-verdict-hint-confirm = Enter to confirm, ← → to change

# Spot the flags, explained before its first item.
round-spot-rules-title = Spot the flags: how it works
round-spot-rules-intro = Before judging each item, mark the parts of it that look like a scam.
round-spot-rules-move = move between the parts of the message
round-spot-rules-mark = mark or unmark the part under the cursor (⚑?)
round-spot-rules-inspect = inspect, to reach hidden parts: addresses, link targets
round-spot-rules-judge = then judge it safe or dangerous, as usual
round-spot-rules-scoring = Your marks score on top of the verdict's points:
round-spot-rules-find = for each red flag you mark
round-spot-rules-wrong = for each part you mark that holds no red flag
round-spot-rules-floor = an item's marks never score below zero
round-spot-rules-safe = A safe item has no red flags, so any mark on it is a wrong mark.

# The channels' own labels and words.
round-label-from = From:
round-label-reply-to = Reply-To:
round-label-to = To:
round-label-date = Date:
round-label-subject = Subject:
round-label-says = Says:
round-label-callback = Callback:
round-label-app = App:
round-label-by = By:
round-label-asks = Asks for:
round-label-details = Details:
round-label-address = Address:
# In place of a hidden detail before inspecting; $what is one of the round-hidden-* words.
round-hidden = ‹{ $what }: press i to inspect›
round-hidden-address = address
round-hidden-real-address = real address
round-hidden-full-name = full name
round-hidden-account = account
round-hidden-number = number or account
round-hidden-publisher = publisher
round-hidden-details = details
round-link = Link { $number }:
round-attachment = Attachment { $number }:
# After a verified account's name.
round-verified = ✓verified
# Followed by the sender's name or number.
round-sms-from = Text message from
round-call-voice = Incoming call
round-call-voicemail = Voicemail
round-call-video = Video meeting
round-transcript = Transcript
round-meeting-chat = Posted in the meeting chat:
# Who speaks in a call's transcript: the other side, then the player (short words: a column).
round-speaker-them = Them
round-speaker-you = You
round-consent-cookie-banner = Cookie banner
round-consent-signup-form = Sign-up form
round-consent-app-authorisation = App authorisation
round-consent-preferences = Preference centre
# Followed by the site's name: "Cookie banner on shop.example".
round-consent-on = { $kind } on
round-publisher-verified = ✓ verified publisher
round-publisher-unverified = ⚠ unverified publisher
round-app-wants = This app wants to:
round-ticked = (ticked)
round-device-phone = On your phone
round-device-desktop = On your desktop
round-permission-context = What you were doing:
round-sponsored = Sponsored
round-image = [Image]
round-replies = Replies

# The feedback after an answer.
round-right = ✓ Right
round-right-detail = : it was { $truth }. +{ $points } points
round-wrong = ✗ Wrong
round-missed-scam = : this was dangerous and you judged it safe (a missed scam).
round-false-alarm = : this was safe and you judged it dangerous (a false alarm).
round-red-flags = Red flags
round-why-safe = Why it is safe
# After a red flag's name: where it is in the message.
round-evidence-place = (in { $place })
round-lesson = Lesson:
round-note-inspected = You inspected the details before answering.
round-note-not-inspected = You answered without inspecting: press i next time to see addresses and link targets.
round-spot-result = Your marks: +{ $points } points ·
round-spot-none = none
round-spot-found = found
round-spot-missed = missed
round-spot-wrong = wrong marks

# The summary at the end of a round.
round-complete = Round complete · { $mode }
round-achievement = ★ Achievement: { $name }
round-score = Score: { $right }/{ $total } right
round-time = Time: { $time }  ·  inspected before answering: { $inspected } of { $total }
round-duration-minutes = { $minutes }m { $seconds }s
round-duration-seconds = { $seconds }s
round-by-theme = By theme
round-theme-right = { $right } of { $total } right
round-nothing-to-review = ✓ Nothing to review: every answer was right.
round-to-review = To review
round-to-review-hint = (↑↓ choose one, Enter to see its feedback again)
# On the border of a missed item opened again from the summary.
round-missed-note = missed { $number } of { $total } · evidence marked [n]

# Questions asked over the screen.
round-leave-title = Leave the round?
round-leave-saved = Leave this round? It stays saved and you can resume it from the menu.
round-leave-session = Leave this round? You can resume it from the menu until you quit redflag.
round-leave-unsaved = Leave this round? Without a profile it cannot be resumed.
round-leave-yes = yes, back to the menu
round-leave-no = no, keep playing
round-unfinished-title = Unfinished round
round-unfinished = You have an unfinished round.
round-unfinished-detail = You have an unfinished round ({ $mode }, { $answered } of { $total } answered).
round-unfinished-resume = resume it
round-unfinished-new = start the new one (the unfinished round is discarded)
round-passed-title = Module passed
round-passed = You passed { $name }. Play it again? Your best score stays.
# $attempts is already worded: "3 attempts".
round-passed-best = You passed { $name } with a best of { $best }% in { $attempts }. Play it again? Your best score stays.
round-passed-yes = yes, play it again
round-no = no
round-daily-title = Done today
round-daily-yes = yes, play it as practice

# The help over the screen (?).
round-help-title = Help: how to play
round-help-close = any key closes
round-help-judge = Judge each item: s for SAFE, d for DANGEROUS (or choose with ← → then press Enter).
round-help-inspect = Inspect (i) before judging, as a careful person would: see the real sender, where links go, who published an app. It costs nothing.
round-help-evidence = After each answer the red flags ⚑ (signs of a scam) or signs of safety ✓ are numbered [1] [2]… in the message and explained under it.
round-help-points = Points: { $easy }, { $medium } or { $hard } by difficulty for a right answer, +{ $step } for each right one in a row (up to +{ $max }), none for a wrong one. Spot the flags: +{ $find } a flag marked, −{ $wrong } a wrong mark.
round-help-key-verdict = safe, dangerous
round-help-key-choose = choose, then confirm
round-help-key-inspect = inspect the details
round-help-key-next = next item; select
round-help-key-briefing = briefing: who is who
round-help-key-spot = spot: move, mark
round-help-key-certificate = certificate (path)
round-help-key-back = back; a round asks

# (end of tui-round)


## ---- tui-menu ----
## The rest of the TUI (menu, name, training path, stats, briefing, certificate, dialogs, messages, key lines).

# (end of tui-menu)


## ---- commands ----
## Commands and their errors (src/commands, src/cli.rs, --help, src/output).

# (end of commands)


## ---- reports ----
## Reports, certificates and team summaries (src/report).

# (end of reports)


## ---- serve ----
## The server, as its players and its operator read it (src/serve).

# (end of serve)


## ---- team ----
## The trainer view of a cohort (redflag team, the serve trainer key).

# (end of team)
