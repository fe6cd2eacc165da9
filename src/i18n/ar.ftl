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

# القنوات، كما يسمّيها عنوان إطار الرسالة.
round-channel-email = بريد إلكتروني
round-channel-post = منشور
round-channel-message = رسالة مباشرة
round-channel-sms = رسالة نصية
round-channel-consent = شاشة موافقة
round-channel-permission = طلب إذن
round-channel-web = صفحة ويب
round-channel-call = مكالمة
round-channel-notification = إشعار

# الإجابة الصحيحة داخل جملة.
round-verdict-safe = آمن
round-verdict-dangerous = خطِر

# المحاور، في قائمة «حسب المحور» في الملخص.
round-theme-email-threats = تهديدات البريد الإلكتروني
round-theme-customer-data = بيانات العملاء
round-theme-social-media = وسائل التواصل الاجتماعي
round-theme-consent-privacy = الموافقة والخصوصية
round-theme-myths = مفاهيم خاطئة

# موضع الدليل في الرسالة، في الملاحظات بعد الإجابة: «(في عنوان المرسل)».
round-field-from-name = المرسل
round-field-from = عنوان المرسل
round-field-reply-to = الرد إلى
round-field-to = إلى
round-field-date = التاريخ
round-field-subject = الموضوع
round-field-body = نص الرسالة
round-field-link = وجهة الرابط
round-field-attachment = المرفق
round-field-platform = المنصة
round-field-author = الناشر
round-field-handle = الحساب
round-field-posted = وقت النشر
round-field-text = النص
round-field-image = الصورة
round-field-reactions = التفاعلات
round-field-reply = الرد
round-field-line = الرسالة
round-field-sender = المرسل
round-field-received = وقت الوصول
round-field-site = الموقع
round-field-heading = العنوان الرئيسي
round-field-checkbox = خانة الاختيار
round-field-button = الزر
round-field-app = التطبيق
round-field-publisher = الناشر
round-field-scope = الصلاحيات المطلوبة
round-field-permission = الإذن المطلوب
round-field-context = ما كنت تفعله
round-field-url = عنوان الصفحة
round-field-title = العنوان
round-field-field = حقل النموذج
round-field-caller = المتصل
round-field-number = الرقم أو الحساب
round-field-claims = صفة المتصل
round-field-callback = رقم معاودة الاتصال
round-field-repeats = عدد مرات الإرسال
round-field-details = التفاصيل
# وجهة رابط مرقّم.
round-field-link-n = الرابط { $number } يؤدي إلى
# النص الظاهر لرابط مرقّم.
round-field-link-text-n = الرابط { $number }
round-field-link-text = الرابط
# عنصر من قائمة: «الرد 2»، «الزر 1».
round-field-numbered = { $kind } { $number }
# جزء من حقل: «الرد 1: الناشر».
round-field-part = { $field }: { $part }
round-part-text = النص
round-part-author = الناشر
round-part-handle = الحساب
round-part-value = القيمة

# السطر العلوي في الجولة.
round-header-score = النقاط { $points } · السلسلة { $streak }
round-header-item = العنصر { $position } من { $total }
round-mode-practice = تدريب
round-mode-daily = تحدي اليوم
round-mode-spot = التقط العلامات
round-mode-review = مراجعة
round-mode-module = وحدة تدريبية
round-situation = الموقف:
# على الحافة السفلية لإطار الرسالة.
round-inspected = تم الفحص ✓
round-inspect-hint = i: افحص
round-scroll-hint = ↑↓ للتمرير

# عمل كل مفتاح، في سطر المفاتيح أسفل الشاشة.
round-key-field = الجزء التالي
round-key-mark = ضع علامة ⚑?
round-key-safe = آمن
round-key-dangerous = خطِر
round-key-inspect = افحص
round-key-scroll = تمرير
round-key-briefing = الإحاطة
round-key-help = مساعدة
round-key-quit = خروج
round-key-start = ابدأ
round-key-next = التالي
round-key-results = النتائج
round-key-scroll-message = تمرير الرسالة
round-key-choose = اختر
round-key-see-again = اعرضه مجددًا
round-key-back = رجوع
round-key-play-round = العب جولة
round-key-training-path = مسار التدريب
round-key-menu = القائمة
round-key-play-again = العب مجددًا
round-key-back-to-results = العودة إلى النتائج

# أزرار الحكم تحت الرسالة.
round-verdict-prompt = حكمك:
round-button-safe = آمن
round-button-dangerous = خطِر
round-verdict-hint-choose = اضغط s أو d، أو اختر بالسهمين ثم Enter
round-verdict-hint-confirm = Enter للتأكيد، والسهمان للتغيير

# «التقط العلامات»، تُشرح قبل أول عنصر.
round-spot-rules-title = التقط العلامات: طريقة اللعب
round-spot-rules-intro = قبل أن تحكم على كل عنصر، ضع علامة على أجزائه التي تبدو احتيالًا.
round-spot-rules-move = التنقل بين أجزاء الرسالة
round-spot-rules-mark = ضع علامة على الجزء المحدد أو أزلها (⚑?)
round-spot-rules-inspect = افحص لتصل إلى الأجزاء المخفية: العناوين ووجهات الروابط
round-spot-rules-judge = ثم احكم بأنه آمن أو خطِر كالمعتاد
round-spot-rules-scoring = تُضاف نقاط علاماتك إلى نقاط الحكم:
round-spot-rules-find = لكل علامة تحذير تحددها
round-spot-rules-wrong = لكل جزء تحدده وليس فيه علامة تحذير
round-spot-rules-floor = لا تنزل نقاط علامات العنصر عن الصفر
round-spot-rules-safe = العنصر الآمن لا علامات تحذير فيه، فأي علامة عليه علامة خاطئة.

# تسميات القنوات وكلماتها.
round-label-from = من:
round-label-reply-to = الرد إلى:
round-label-to = إلى:
round-label-date = التاريخ:
round-label-subject = الموضوع:
round-label-says = يقول:
round-label-callback = للاتصال:
round-label-app = التطبيق:
round-label-by = الناشر:
round-label-asks = يطلب:
round-label-details = التفاصيل:
round-label-address = العنوان:
# مكان تفصيل مخفي قبل الفحص؛ $what إحدى كلمات round-hidden-*.
round-hidden = ‹{ $what }: اضغط i للفحص›
round-hidden-address = العنوان
round-hidden-real-address = العنوان الحقيقي
round-hidden-full-name = الاسم الكامل
round-hidden-account = الحساب
round-hidden-number = الرقم أو الحساب
round-hidden-publisher = الناشر
round-hidden-details = التفاصيل
round-link = الرابط { $number }:
round-attachment = المرفق { $number }:
# بعد اسم حساب موثّق.
round-verified = ✓موثّق
# يليها اسم المرسل أو رقمه.
round-sms-from = رسالة نصية من
round-call-voice = مكالمة واردة
round-call-voicemail = بريد صوتي
round-call-video = اجتماع مرئي
round-transcript = نص التسجيل
round-meeting-chat = نُشر في دردشة الاجتماع:
# المتحدث في نص المكالمة: الطرف الآخر، ثم أنت.
round-speaker-them = المتصل
round-speaker-you = أنت
round-consent-cookie-banner = لافتة ملفات تعريف الارتباط
round-consent-signup-form = نموذج تسجيل
round-consent-app-authorisation = تفويض تطبيق
round-consent-preferences = مركز التفضيلات
# يليها اسم الموقع: «نموذج تسجيل في shop.example».
round-consent-on = { $kind } في
round-publisher-verified = ✓ ناشر موثّق
round-publisher-unverified = ⚠ ناشر غير موثّق
round-app-wants = يريد هذا التطبيق أن:
round-ticked = (محددة)
round-device-phone = على هاتفك
round-device-desktop = على حاسوبك
round-permission-context = ما كنت تفعله:
round-sponsored = مُموَّل
round-image = [صورة]
round-replies = الردود

# الملاحظات بعد الإجابة.
round-right = ✓ صحيح
round-right-detail = : الإجابة «{ $truth }». { $points ->
    [zero] +{ $points } نقطة
    [one] +{ $points } نقطة
    [two] +{ $points } نقطتان
    [few] +{ $points } نقاط
    [many] +{ $points } نقطة
   *[other] +{ $points } نقطة
}
round-wrong = ✗ خطأ
round-missed-scam = : كانت خطِرة وحكمت بأنها آمنة (احتيال فاتك).
round-false-alarm = : كانت آمنة وحكمت بأنها خطِرة (إنذار كاذب).
round-red-flags = علامات التحذير
round-why-safe = لماذا هي آمنة
# بعد اسم علامة التحذير: موضعها في الرسالة.
round-evidence-place = (في { $place })
round-lesson = الدرس:
round-note-inspected = فحصت التفاصيل قبل أن تجيب.
round-note-not-inspected = أجبت دون فحص: اضغط i في المرة القادمة لترى العناوين ووجهات الروابط.
round-spot-result = { $points ->
    [zero] علاماتك: +{ $points } نقطة ·
    [one] علاماتك: +{ $points } نقطة ·
    [two] علاماتك: +{ $points } نقطتان ·
    [few] علاماتك: +{ $points } نقاط ·
    [many] علاماتك: +{ $points } نقطة ·
   *[other] علاماتك: +{ $points } نقطة ·
}
round-spot-none = لا شيء
round-spot-found = أصبت
round-spot-missed = فاتتك
round-spot-wrong = علامات خاطئة

# الملخص في نهاية الجولة.
round-complete = انتهت الجولة · { $mode }
round-achievement = ★ إنجاز: { $name }
round-score = النتيجة: { $right }/{ $total } صحيحة
round-time = الوقت: { $time }  ·  فحصت قبل الإجابة: { $inspected } من { $total }
round-duration-minutes = { $minutes } د { $seconds } ث
round-duration-seconds = { $seconds } ث
round-by-theme = حسب المحور
round-theme-right = { $right } من { $total } صحيحة
round-nothing-to-review = ✓ لا شيء للمراجعة: كل إجاباتك صحيحة.
round-to-review = للمراجعة
round-to-review-hint = (↑↓ لاختيار عنصر، وEnter لعرض ملاحظاته مجددًا)
# على إطار عنصر فائت يُفتح مجددًا من الملخص.
round-missed-note = الفائت { $number } من { $total } · الأدلة مرقّمة [n]

# أسئلة تظهر فوق الشاشة.
round-leave-title = مغادرة الجولة؟
round-leave-saved = أتغادر هذه الجولة؟ ستبقى محفوظة ويمكنك استئنافها من القائمة.
round-leave-session = أتغادر هذه الجولة؟ يمكنك استئنافها من القائمة ما لم تخرج من redflag.
round-leave-unsaved = أتغادر هذه الجولة؟ لا يمكن استئنافها دون ملف شخصي.
round-leave-yes = نعم، إلى القائمة
round-leave-no = لا، أكمل اللعب
round-unfinished-title = جولة لم تكتمل
round-unfinished = لديك جولة لم تكتمل.
round-unfinished-detail = لديك جولة لم تكتمل ({ $mode }، أجبت عن { $answered } من { $total }).
round-unfinished-resume = استأنفها
round-unfinished-new = ابدأ الجديدة (وتُحذف الجولة غير المكتملة)
round-passed-title = وحدة مجتازة
round-passed = اجتزت { $name }. أتلعبها مجددًا؟ تبقى أفضل نتيجة لك.
# $attempts مصوغة مسبقًا: «3 محاولات».
round-passed-best = اجتزت { $name } بأفضل نتيجة { $best }% في { $attempts }. أتلعبها مجددًا؟ تبقى أفضل نتيجة لك.
round-passed-yes = نعم، العبها مجددًا
round-no = لا
round-daily-title = أنجزته اليوم
round-daily-yes = نعم، العبه تدريبًا

# المساعدة فوق الشاشة (?).
round-help-title = مساعدة: طريقة اللعب
round-help-close = أي مفتاح يغلقها
round-help-judge = احكم على كل عنصر: s إن كان آمنًا، وd إن كان خطِرًا (أو اختر بالسهمين ثم اضغط Enter).
round-help-inspect = افحص (i) قبل أن تحكم كما يفعل الحريص: اعرف المرسل الحقيقي ووجهة الروابط ومن نشر التطبيق. الفحص لا يكلّفك شيئًا.
round-help-evidence = بعد كل إجابة تُرقَّم علامات التحذير ⚑ (دلائل الاحتيال) أو علامات الأمان ✓ هكذا [1] [2]… في الرسالة، ويأتي شرحها تحتها.
round-help-points = النقاط: { $easy } أو { $medium } أو { $hard } للإجابة الصحيحة بحسب الصعوبة، و+{ $step } عن كل إجابة صحيحة متتالية (حتى +{ $max })، ولا شيء للإجابة الخاطئة. في «التقط العلامات»: +{ $find } لكل علامة تحذير تحددها، و−{ $wrong } لكل علامة خاطئة.
round-help-key-verdict = آمن، خطِر
round-help-key-choose = اختر ثم أكّد
round-help-key-inspect = افحص التفاصيل
round-help-key-next = العنصر التالي؛ اختيار
round-help-key-briefing = الإحاطة: من هو من
round-help-key-spot = التقاط: تنقّل، علّم
round-help-key-certificate = الشهادة (المسار)
round-help-key-back = رجوع؛ الجولة تسألك

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
