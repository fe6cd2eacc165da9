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

# (end of tui-round)


## ---- tui-menu ----
## The rest of the TUI (menu, name, training path, stats, briefing, certificate, dialogs, messages, key lines).

# Shown instead of the game when the terminal is too small: $min is the size needed ("80x24"), $size the terminal's.
menu-too-small = redflag needs a terminal of at least { $min }; this one is { $size }. Enlarge it, or press Esc to quit.
# On the frame of a scrolling page when more text is above or below.
menu-more-above = ↑ more
menu-more-below = ↓ more

# The key line at the bottom: what each key does (the key itself is shown before it, in Latin letters).
menu-key-choose = choose
menu-key-select = select
menu-key-play = play
menu-key-briefing = briefing
menu-key-help = help
menu-key-quit = quit
menu-key-language = language
menu-key-start = start
menu-key-delete = delete
menu-key-start-module = start module
menu-key-certificate = certificate
menu-key-menu = menu
menu-key-scroll = scroll
menu-key-back = back
menu-key-save-file = save to a file

# The main menu. After "⚑ redflag ·".
menu-tagline = spot the scam before it spots you
# Followed by the player's name.
menu-playing-as = Playing as
menu-rank = rank { $rank }
menu-points = { $points } points
menu-reviews-due = { $count ->
    [one] { $count } review due
   *[other] { $count } reviews due
}
menu-not-saving = not saving
menu-no-profile = Playing without a profile
menu-pack = Pack: { $name } (v{ $version })
menu-pool = { $scenarios } scenarios ({ $dangerous } dangerous, { $safe } safe) · rounds of { $count }
# Two lines of one sentence under the menu, each under 76 columns.
menu-hint-first = Judge each message safe or dangerous. Inspect it first, as a careful person
menu-hint-second = would: the real sender, where links go, who published an app.

# The menu's entries.
menu-item-resume = Resume your round
menu-item-resume-answered = Resume your round ({ $answered } of { $total } answered)
menu-item-play = Play a round
menu-item-daily = Daily challenge
# $done says how today's challenge went.
menu-item-daily-done = Daily challenge ({ $done })
menu-item-spot = Spot the flags
menu-item-path = Training path
menu-item-path-passed = Training path ({ $passed } of { $total } modules passed)
menu-item-review = Review weak skills
menu-item-review-due = Review weak skills ({ $count } due)
menu-item-stats = Your progress
menu-item-briefing = Briefing
menu-item-help = Help
menu-item-quit = Quit

# The first-run screen, asking who is playing.
menu-name-welcome = Welcome! What is your name? It keeps your progress apart from other players'.
menu-name-local = Progress is saved on this computer only and never sent anywhere.
menu-name-label = Name:
menu-welcome = Welcome, { $name }. Your progress is saved on this computer only.
menu-cannot-save = Progress cannot be saved ({ $error }). Playing without saving: choose another folder with --data-dir DIR.

# The training path screen.
menu-path-title = Training path
menu-path-intro = Pass each module with { $mark }% or more to unlock the next; the final exam mixes every theme.
menu-path-not-tried = not tried
menu-path-best = best { $best }% in { $count ->
    [one] { $count } attempt
   *[other] { $count } attempts
}
# A module's status, in a column 7 wide.
menu-path-passed = passed
menu-path-open = open
menu-path-locked = locked
menu-path-items = { $count ->
    [one] { $count } item
   *[other] { $count } items
}
menu-path-certificate-ready = Every module passed: press c for your certificate.

# The progress (statistics) screen.
menu-stats-title = Your progress
menu-stats-rank-points = rank { $rank }  ·  { $points } points
# $accuracy is a percentage, $streak the best streak as worded elsewhere.
menu-stats-rounds = Rounds { $rounds }  ·  answers { $answered } ({ $accuracy } right)  ·  { $streak }
menu-stats-inspected = Inspected before answering: { $share } of answers
menu-stats-next = Next: { $next }
# Followed by a small chart, one bar per round.
menu-stats-trend = Share right per round, oldest first:
menu-stats-by-theme = By theme
menu-stats-by-channel = By channel
menu-stats-by-flag = By red flag
menu-stats-reviews-due = Reviews due:
menu-stats-achievements = Achievements
menu-stats-no-profile = No profile: progress is not kept.

# The briefing: the fictional world of the pack.
menu-briefing-title = Briefing: your world
menu-briefing-domain = Domain:
menu-briefing-rules = House rules
menu-briefing-colleagues = Colleagues
menu-briefing-contacts = Platforms, clients and vendors
menu-briefing-official-domains = official domains:
menu-briefing-official-accounts = official accounts:
menu-briefing-phone = phone on file:
menu-briefing-pack = Pack: { $name }

# The certificate screen.
menu-certificate-title = Certificate
menu-certificate-later = The certificate comes once every module is passed.
menu-certificate-heading = Certificate of completion
# Under the player's name.
menu-certificate-completed = has completed the redflag training path
menu-certificate-pack = { $pack }.
menu-certificate-pack-on = { $pack } on { $date }.
# How the date the path was finished is written (a chrono format: %e day, %B month name, %Y year, %m month number, %d day with a zero).
menu-certificate-date-format = %e %B %Y
menu-certificate-pass-mark = Every module was passed at the pass mark of { $mark }% or more.
# The table's column headings.
menu-certificate-module = Module
menu-certificate-best = Best score
menu-certificate-attempts = Attempts
menu-certificate-passed-on = Passed on
menu-certificate-version = Pack { $id } version { $version }
menu-certificate-saved = Saved: { $path }
menu-certificate-not-saved = Could not save the certificate ({ $error }).
menu-certificate-not-saving = This game is not saving; `redflag certificate --output FILE` writes it.

# The error when redflag is started without a terminal (its input or output redirected).
menu-no-terminal = the game needs a terminal to play; for scripts and screen readers use `redflag play --plain`

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
