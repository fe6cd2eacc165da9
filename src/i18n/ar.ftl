# الفهرس العربي: له معرّفات الرسائل نفسها التي في الفهرس الإنجليزي (يتحقق منها اختبار).

## اللغة نفسها: اسمها بلسانها، واتجاه كتابتها (ltr أو rtl).

language-name = العربية
language-direction = rtl

## اختيار اللغة (--lang).

# لغة في قائمة: اسمها بلسانها، ثم رمزها.
lang-listed = { $name } ({ $tag })
lang-unknown = لا يوجد في redflag فهرس للغة «{ $tag }»؛ اللغات المتاحة: { $known }.

## العدّ: نموذج كل عدد (للعربية ست صيغ جمع، وللإنجليزية صيغتان).

scenario-count = { $count ->
    [zero] لا سيناريوهات
    [one] سيناريو واحد
    [two] سيناريوهان
    [few] { $count } سيناريوهات
    [many] { $count } سيناريوًا
   *[other] { $count } سيناريو
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
