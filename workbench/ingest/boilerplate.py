"""Page furniture copied along with a transcript ("Search in archive", "Print", share buttons).

Matched as whole lines only, case-insensitively and ignoring surrounding punctuation, so a
sentence that merely mentions printing is never touched. One list per language; all lists
apply to every document because pages mix them (an English page with a Russian menu).
"""

from __future__ import annotations

import re

BOILERPLATE: dict[str, tuple[str, ...]] = {
    "en": (
        "search in archive", "search", "print", "print version", "printable version", "print this page",
        "share", "share this", "share on facebook", "share on twitter", "share on x", "copy link",
        "link copied", "back to list", "back", "back to top", "to top", "read more", "all news",
        "more news", "related news", "subscribe", "previous", "next", "home", "menu", "close",
        "send by email", "send to a friend", "font size", "version for the visually impaired",
        "skip to content", "skip to main content", "photo", "video", "photos", "videos", "tags",
        "cookie policy", "accept cookies",
    ),
    "ru": (
        "поиск в архиве", "поиск", "версия для печати", "распечатать", "печать", "поделиться",
        "скопировать ссылку", "ссылка скопирована", "вернуться к списку", "назад к списку", "назад",
        "наверх", "все новости", "другие новости", "подписаться", "читать далее", "читать полностью",
        "предыдущая", "следующая", "главная", "меню", "закрыть", "отправить по почте",
        "версия для слабовидящих", "размер шрифта", "фото", "видео", "теги",
    ),
    "az": (
        "arxivdə axtar", "axtar", "axtarış", "çap et", "çap versiyası", "çap", "paylaş", "paylaşın",
        "linki kopyala", "link kopyalandı", "siyahıya qayıt", "geri", "yuxarı", "bütün xəbərlər",
        "digər xəbərlər", "abunə ol", "ətraflı", "davamını oxu", "əvvəlki", "növbəti", "əsas səhifə",
        "menyu", "bağla", "e-poçtla göndər", "şrift ölçüsü", "foto", "video", "teqlər",
    ),
    # Social network names appear alone on a line as share buttons (not "X" or "OK": too short to be sure).
    "social": (
        "facebook", "twitter", "telegram", "whatsapp", "vkontakte", "vk", "odnoklassniki",
        "linkedin", "instagram", "youtube", "email", "e-mail", "tweet", "rss", "viber", "pinterest",
        "reddit", "mail.ru", "livejournal",
    ),
}

_LINES = frozenset(line for lines in BOILERPLATE.values() for line in lines)
_EDGES = " \t:|•·»«>›<‹-–—/\\()[]"
# A row of share buttons collapsed onto one line: "Facebook Twitter Telegram WhatsApp".
_SOCIAL = frozenset(BOILERPLATE["social"]) | {"share", "поделиться", "paylaş"}
_MAX_LINE = 80  # boilerplate lines are short; a long line is never furniture (and stays O(1) to test)


def is_boilerplate(line: str) -> bool:
    """True when the whole line is page furniture."""
    if len(line) > _MAX_LINE:
        return False
    # "İ" is mapped first: str.lower would turn it into i + combining dot and miss "ARXİVDƏ AXTAR".
    key = line.strip(_EDGES).replace("İ", "i").lower()
    if not key:
        return False
    if key in _LINES:
        return True
    words = re.split(r"[\s|•·,/]+", key)
    return len(words) > 1 and all(w.strip(_EDGES) in _SOCIAL for w in words if w.strip(_EDGES))
