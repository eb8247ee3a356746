"""Speakers: introductions ("Russian Foreign Minister Sergey Lavrov said:") and inline labels
("В.Путин: Господин Президент!") -> model.Person.

Both are recognised from the shape of official transcripts rather than a name list: a name is a
short run of capitalised words (or initials + surname) standing after an optional role and
before an optional speech verb. Only a bounded prefix of a paragraph is ever inspected, so a
multi-megabyte paragraph costs no more than a short one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Optional

from workbench import vocab
from workbench.ingest.names import is_patronym, name_links, person_key
from workbench.lang import line_script, lower_any
from workbench.model import LANGS, Person


@dataclass(frozen=True)
class _Words:
    """The words introductions are recognised by (workbench/data/lang/<lang>.txt), all languages."""

    titles: frozenset[str]  # capitalised in roles ("President", "Minister") but never part of a name
    verbs: tuple[str, ...]  # prefixes of the speech verb that opens an intro's tail after the name
    # Azerbaijani intros open with a participle clause and no comma: "Görüşdə çıxış edən Prezident ..."
    clause_ends: frozenset[str]
    not_speakers: frozenset[str]  # first words of capitalised phrases that end in a colon but are not speakers
    adverbs: frozenset[str]  # open an intro but belong to no role ("Then President ... said:")
    joint: frozenset[str]  # "Ilham Aliyev and Vladimir Putin made statements:" introduces no single speaker


@cache
def _words() -> _Words:
    return _Words(
        titles=frozenset(vocab.every_lang("titles")),
        verbs=vocab.every_lang("speech_verbs"),
        clause_ends=frozenset(vocab.words("az", "participle_ends")),
        not_speakers=frozenset(vocab.every_lang("not_speakers")),
        adverbs=frozenset(vocab.every_lang("intro_adverbs")),
        joint=frozenset(vocab.every_lang("speaker_joiners")),
    )


_INTRO_MAX = 300  # characters: an introduction is one short sentence
TITLE_LINKS = ("of", "the", "and")  # the lower-case words of a title ("PRESIDENT OF AZERBAIJAN")
_LONG_NAME = 4  # words a name may have without a patronym or link ("Nguyen Thi Kim Ngan")
_LABEL_MAX = 90  # characters before the colon of an inline label
_LABEL_WORDS = 6
EDGE = "«»\"“”„'‘’()[],;"
_INITIALS = re.compile(r"^(?:[^\W\d_]{1,2}\.){1,2}(?:[^\W\d_][\w’'-]+)?$")


@dataclass(frozen=True)
class Label:
    """An inline speaker label split off a paragraph: ``label + " " + rest`` is the paragraph."""

    label: str
    rest: str
    person: Person


def capitalised(token: str) -> bool:
    word = token.strip(EDGE)
    return bool(word) and word[0].isupper()


def is_title(token: str) -> bool:
    """A role word: "President", "Президент", "Prezident" (data [titles])."""
    return lower_any(token.strip(EDGE + ".")) in _words().titles


_MIDDLE_INITIAL = re.compile(r"[^\W\d_]\.")  # "V." in "Sergey V. Lavrov"


def name_run(tokens: list[str]) -> int:
    """Index where the trailing name in ``tokens`` starts (len(tokens) when there is none)."""
    i = len(tokens)
    while i > 0:
        tok = tokens[i - 1]
        word = tok.strip(EDGE)
        if word != tok and i < len(tokens):
            break  # punctuation inside the run ("Russia, Sergey") ends the name
        if word.lower() in name_links() or (capitalised(tok) and not is_title(tok)):
            i -= 1
            continue
        break
    run = tokens[i:]
    while run and run[0].strip(EDGE).lower() in name_links():
        run = run[1:]
    # Keep the words that make a personal name: forename [patronym | father's name + oglu] surname.
    n = len(run)
    if n >= 4 and run[-2].strip(EDGE).lower() in name_links():
        keep = 4
    elif n >= 3 and is_patronym(run[-2]):
        keep = 3
    elif n >= 3 and all(_INITIALS.match(t.strip(EDGE)) for t in run[-3:-1]):
        keep = 3
    elif n >= 3 and _MIDDLE_INITIAL.fullmatch(run[-2].strip(EDGE)) and not _INITIALS.match(run[-3].strip(EDGE)):
        keep = 3  # "Sergey V. Lavrov": a forename, the father's initial, the surname
    elif 3 <= n <= _LONG_NAME and len(run) == len(tokens) - i \
            and not any(_INITIALS.match(t.strip(EDGE)) or t.strip(EDGE).lower() in TITLE_LINKS for t in run) \
            and (i == 0 or (is_title(tokens[i - 1]) and line_script(run[0]) != "cyrillic")):
        # the whole label, or the words right after an English or Azerbaijani title, are one name of three or four
        # words ("Recep Tayyip Erdogan:", "President Recep Tayyip Erdogan", "Nguyen Thi Kim Ngan (via
        # interpreter):"); after "of", or after a Russian title, the first is the country ("President of
        # Azerbaijan Ilham Aliyev", "Президент Азербайджана Ильхам Алиев")
        keep = n
    else:
        keep = min(n, 2)
    if keep == 2 and _INITIALS.match(run[-1].strip(EDGE)):
        keep = 1  # "В.Путин" is a whole name on its own
    return len(tokens) - keep


def make_person(name_tokens: list[str], role: str, lang: str) -> Optional[Person]:
    words = [t.strip(EDGE) for t in name_tokens]
    if all(w.isupper() for w in words if any(c.isalpha() for c in w)):
        # a label in capitals ("PRESIDENT OF RUSSIA VLADIMIR PUTIN:") names the person as a label in mixed case does
        words = [_in_mixed_case(w) for w in words]
        role = " ".join(w if not w.isupper() else w.lower() if w.lower() in TITLE_LINKS else _in_mixed_case(w)
                        for w in role.split())
    name = " ".join(words)
    key = person_key(name, lang)
    if not key:
        return None
    if len(words) == 1 and "." in words[0]:
        forename, _, surname = words[0].rpartition(".")
        forename += "."
    else:
        forename, surname = words[0], words[-1] if len(words) > 1 else ""
    patronym = ""
    if len(words) == 3 and (is_patronym(words[1]) or _MIDDLE_INITIAL.fullmatch(words[1])):
        patronym = words[1]
        key = person_key(f"{words[0]} {words[2]}", lang) or key  # "Sergey V. Lavrov" is Sergey Lavrov
    elif len(words) == 4 and words[2].lower() in name_links():
        patronym = f"{words[1]} {words[2]}"
    elif len(words) >= 3:
        # a name of three or four words is keyed by its last two ("Tayyip Erdogan", "Kim Ngan"): the words before
        # them are spelled apart across scripts more often than not ("Recep" / "Реджеп", "Thi" / "Тхи")
        key = person_key(" ".join(words[-2:]), lang) or key
    return Person(key=key, name=name, forename=forename, surname=surname, patronym=patronym,
                  role=role.strip(EDGE + " "))


def _in_mixed_case(word: str) -> str:
    """"VLADIMIR" -> "Vladimir", "В.ПУТИН" -> "В.Путин", "ƏLİYEV" -> "Əliyev", "KIM-NGAN" -> "Kim-Ngan"; a Roman
    numeral or an acronym of up to three letters stays ("ELIZABETH II", "PRESIDENT OF THE USA")."""
    if _ROMAN.fullmatch(word) or len(word.strip(EDGE)) <= 3:
        return word
    return re.sub(r"[^\W\d_]+", lambda m: m.group()[:1] + lower_any(m.group()[1:]), word)


_ROMAN = re.compile(r"[IVXL]+")


def _role(tokens: list[str]) -> str:
    """The role before a name, without a leading clause ("Speaking at the meeting, President")."""
    start = 0
    for i, tok in enumerate(tokens):
        if tok.endswith(",") or tok.lower() in _words().clause_ends:
            start = i + 1
    while start < len(tokens) and tokens[start].strip(EDGE).lower() in _words().adverbs:
        start += 1
    return " ".join(tokens[start:])


def parse_intro(text: str, lang: str) -> Optional[Person]:
    """The speaker a paragraph like "Speaking at the meeting, President Ilham Aliyev said:" or
    "Сергей Лавров:" introduces; None when the paragraph is not a speaker introduction."""
    text = text.strip()
    if not text.endswith(":") or len(text) > _INTRO_MAX or "\n" in text:
        return None
    tokens = text[:-1].split()
    if not tokens:
        return None
    # The tail after the name is the speech verb phrase: lower-case words only.
    end = len(tokens)
    while end > 0 and not capitalised(tokens[end - 1]):
        end -= 1
    tail = tokens[end:]
    if tail and (not tail[0].lower().startswith(_words().verbs) or any(t.endswith(",") for t in tail)):
        return None
    if end == 0 or tokens[end - 1].endswith((",", ";")):
        return None
    head = tokens[:end]
    start = name_run(head)
    if start >= end:
        return None
    if not tail and not _bare_intro(head, start):
        return None
    if end - start == 1 and not _INITIALS.match(head[start].strip(EDGE)) and not any(
            is_title(t) for t in head[:start]):
        return None  # one capitalised word ("He said:") is a name only after a title ("President Putin")
    role = _role(head[:start])
    if any(t.lower() in _words().joint for t in role.split()):
        return None  # "Ilham Aliyev and Vladimir Putin made statements:" introduces no single speaker
    return make_person(head[start:], role, lang)


def inline_intro(text: str, lang: str) -> Optional[Person]:
    """The speaker of an introduction with a speech verb and the speech after it in one paragraph of a transcript:
    "TASS Director General Sergei Mikhailov said welcoming the meeting participants: Hello, colleagues. ...". A label
    ("Sergei Mikhailov: Hello") is split_label's."""
    colon = text.find(": ", 0, _INTRO_MAX)
    if colon <= 0:
        return None
    head, rest = text[:colon + 1], text[colon + 2:].lstrip()
    if not (rest[:1].isupper() or rest[:1] in "-–—"):
        return None  # a news item quoting someone ('... said: "Today marks ...') opens no transcript turn
    tokens = head[:-1].split()
    if not tokens or capitalised(tokens[-1]):
        return None  # no speech verb after the name: a label, or a title's colon
    return parse_intro(head, lang)


def _bare_intro(tokens: list[str], start: int) -> bool:
    """An intro without a verb ("Сергей Лавров:", "Министр иностранных дел России Сергей Лавров:")
    needs a full name (two words or initials) and a role that is empty, capitalised or has a title."""
    name = tokens[start:]
    if len(tokens) > 10 or any(c.isdigit() for t in tokens for c in t):
        return False
    if tokens[0].strip(EDGE + ".").lower() in _words().not_speakers:
        return False
    if len(name) < 2 and not _INITIALS.match(name[0].strip(EDGE)):
        return False
    role = tokens[:start]
    return not role or _label_like(role) or any(is_title(t) for t in role)


_REMARK = re.compile(r"\s*\([^()]{1,40}\)\s*$")
_TITLED_WORDS = 9


def _titled_label(tokens: list[str]) -> bool:
    """A role with lower-case words before a name: "President of Russia Vladimir Putin", "Министр
    иностранных дел России Сергей Лавров": a title first, a name of two capitalised words last."""
    if not tokens or len(tokens) > _TITLED_WORDS or any(c.isdigit() for t in tokens for c in t):
        return False
    return is_title(tokens[0]) and len(tokens) >= 3 and all(capitalised(t) for t in tokens[-2:])


def _label_like(tokens: list[str]) -> bool:
    """Capitalised words (or name links), at most six, no digits, not "Note" and the like."""
    if not tokens or len(tokens) > _LABEL_WORDS or any(c.isdigit() for t in tokens for c in t):
        return False
    if tokens[0].strip(EDGE + ".").lower() in _words().not_speakers:
        return False
    return all(capitalised(t) or t.strip(EDGE).lower() in name_links() for t in tokens)


def split_label(text: str, lang: str) -> Optional[Label]:
    """An inline label at the start of a paragraph ("President Ilham Aliyev: Thank you ...").

    The label is everything up to and including the first colon, which must be followed by one
    space and text; the words before it must look like a role and a name (capitalised, at most
    six words, no digits), so "Note: ..." and "10:30 ..." are not labels.
    """
    found = _LABEL_END.search(text, 0, _LABEL_MAX + 3)
    if found is None or found.end() >= len(text) or text[found.end()].isspace():
        return _role_with_stop(text)
    colon = found.start()
    rest = text[found.end():]
    if rest.strip().isdigit():
        return None  # "ÜZVLƏRİN SAYI: 0": a counter, no turn
    if _QUOTED.match(rest):
        return None  # "Георгий Церетели: «ПА ОБСЕ будет наблюдать ...»": a headline quoting someone, no turn
    person = label_person(text[:colon], lang)
    if person is None:
        return None
    return Label(label=text[:colon + 1], rest=rest, person=person)


def _role_with_stop(text: str) -> Optional[Label]:
    """A stenogram's role label closed by a stop ("Sədrlik edən. Xoş gördük, ...", "Председательствующий. Уважаемые
    коллеги!"): a role of data [role_labels], then the turn in a capital."""
    found = _ROLE_STOP.match(text)
    if found is None:
        return None
    role = _role_labels().get(folded(found.group(1)))
    if role is None:
        return None
    head = found.group(1).strip()
    person = Person(key=role, name=head, forename="", surname="", patronym="", role=head)
    return Label(label=text[:found.end()].rstrip(), rest=text[found.end():], person=person)


# a role of one to three words closed by a stop before the turn's first capital
_ROLE_STOP = re.compile(r"([^\W\d_]+(?: [^\W\d_]+){0,2})\. (?=[^\W\d_a-zа-яёəıöüğşç])")


# a text wholly inside one pair of quotes
_QUOTED = re.compile(r"^\s*[«\"“„][^«»\"“”„]*[»\"”]\s*$")


# the colon that ends a label: followed by a space, or by the end of its line (kremlin.ru prints "В.Путин:" on a
# line of its own above the turn)
_LABEL_END = re.compile(r":(?: |[ \t]*\n)")


_OUTLET_AFTER = re.compile(r",|\s+from\s+(?=[^\W\d_a-z])")  # "Name, Outlet", "Name from Outlet"


def label_person(head: str, lang: str) -> Optional[Person]:
    """The person a label names, from the words before its colon; None when they do not look like a role
    and a name (capitalised, at most six words, no digits, or a titled label)."""
    # an interpreter's remark inside the label: "Nguyen Thi Kim Ngan (via interpreter):", "(как переведено)"
    head = _REMARK.sub("", head).rstrip()
    return _named_with_outlet(head, lang) or _label_person(head, lang)


def _named_with_outlet(head: str, lang: str) -> Optional[Person]:
    """A journalist named with the outlet asking ("Вюсал Метлеб, Азербайджанское телевидение:", "Tofig Abbasov,
    Azerbaijan Television:", "Mirshahin Aghayev from REAL Television:"): the name before the comma or "from", the
    outlet as the role; asked first, as the outlet's capitalised words would read as the name."""
    parts = _OUTLET_AFTER.split(head, 1)
    if len(parts) != 2:
        return None
    name, outlet = (part.strip() for part in parts)
    tokens = name.split()
    if not (1 <= len(tokens) <= 3 and name_run(tokens) == 0 and 0 < len(outlet.split()) <= _LABEL_WORDS):
        return None
    found = _label_person(name, lang)
    return replace(found, role=outlet.strip(EDGE + " ")) if found is not None else None


def _label_person(head: str, lang: str) -> Optional[Person]:
    # "Mehriban xanım Əliyeva": the honorific between the names is no part of the name
    head = " ".join(t for k, t in enumerate(head.split()) if not (0 < k and t in _name_honorifics()))
    role = _role_labels().get(folded(head))
    if role:  # "Correspondent", "Корреспондент": a turn by someone the transcript names by role only
        return Person(key=role, name=head.strip(EDGE), forename="", surname="", patronym="", role=head.strip(EDGE))
    tokens = head.split()
    if not tokens or not (_label_like(tokens) or _titled_label(tokens)):
        return None
    start = name_run(tokens)
    if any(folded(t) in not_names() for t in tokens[start:]):
        # "ABŞ Ticarət Palatası: '...'": an institution's words in a headline, no speaker; in a role before a name
        # they name the office ("European Commission President Jose Manuel Barroso:")
        return None
    if start >= len(tokens):
        return None
    name_tokens = tokens[start:]
    # A single word before the colon is a name only when written with initials ("В.Путин"), or as a surname
    # right after a title ("President Putin:", "ПРЕЗИДЕНТ ПУТИН:", "SECRETARY KERRY:" in a State Department
    # transcript); the speaker's key is then found among the people met by their surname (structure._resolve)
    if len(name_tokens) == 1 and not _INITIALS.match(name_tokens[0].strip(EDGE)):
        if not (start == 1 and is_title(tokens[0]) and len(name_tokens[0].strip(EDGE)) > 2):
            return None
        surname = name_tokens[0].strip(EDGE)
        key = person_key(surname, lang)
        return Person(key=key, name=surname, forename="", surname="", patronym="", role=tokens[0]) if key else None
    return make_person(name_tokens, " ".join(tokens[:start]), lang)


def bare_label(text: str) -> bool:
    """A paragraph that is a speaker's label alone ("В.Путин:", "PRESIDENT OF RUSSIA VLADIMIR PUTIN:"): the
    turn it opens is the next paragraph. (Read before the language is known: it only names the person.)"""
    text = text.strip()
    return text.endswith(":") and len(text) <= _LABEL_MAX + 1 and label_person(text[:-1], "en") is not None


def labels_joined(paragraphs: list[str]) -> list[str]:
    """A label on a paragraph of its own ("В.Путин:") joined to the turn it opens, as if on the line above it.
    Before chrome is set aside: what follows the label on the page is its turn."""
    out: list[str] = []
    for text in paragraphs:
        if out and bare_label(out[-1]) and not bare_label(text) and split_label(text, "en") is None:
            out[-1] = f"{out[-1].rstrip()}\n{text}"
        else:
            out.append(text)
    return out


# a forename and surname written out in running text ("Владимир Путин", "Ilham Aliyev"): the surname may label a turn
# (a lookahead: "Азербайджана Ильхам Алиев" gives both "Ильхам" and "Алиев")
_FULL_NAME = re.compile(r"(?=\b[^\W\d_a-zа-яёəıöüğşç][^\W\d_]+\s+([^\W\d_a-zа-яёəıöüğşç][^\W\d_]{2,})\b)")


def full_name_surnames(text: str) -> set[str]:
    """Every word written after a capitalised word, both capitalised: the surnames a text may later label a
    turn with alone. A sentence's first two words may be anything ("The President"): they only widen the
    set; a label must still be one word ending in a colon before a whole sentence (surname_label)."""
    return set(_FULL_NAME.findall(text))


def surname_label(text: str, lang: str, surnames: set[str]) -> Optional[Label]:
    """A turn labelled with a surname alone, on a news page that has named the person in full before
    ("... принял Владимир Путин." / "Путин: Отношения развиваются ..."). "Итог: ..." is not one: only a
    surname met after a forename counts. (A headline quoting one, "Путин: Отношения развиваются", is the
    caller's to tell by its missing stop.)"""
    colon = text.find(": ", 0, _LABEL_MAX + 2)
    head = text[:colon] if colon > 0 else ""
    if not head or " " in head or head not in surnames or colon + 2 >= len(text) or is_title(head):
        return None
    key = person_key(head, lang)
    person = Person(key=key, name=head, forename="", surname=head, patronym="", role="")
    return Label(label=text[:colon + 1], rest=text[colon + 2:], person=person) if key else None


def folded(word: str) -> str:
    """A word as the word lists are compared: edges stripped, lower case, dotted and dotless i alike ("İTTİFAQI",
    "İttifaqı" and "ittifaqı" one word; "İ" first: str.lower would give i + a dot)."""
    return lower_any(word.strip(EDGE)).replace("ı", "i")


@cache
def _name_honorifics() -> frozenset[str]:
    return frozenset(vocab.every_lang("name_honorifics"))


@cache
def _role_labels() -> dict[str, str]:
    return {folded(word): key for lang in LANGS for word, key in vocab.table(f"lang/{lang}.txt", "role_labels", 2)}


@cache
def not_names() -> frozenset[str]:
    return frozenset(folded(word) for word in vocab.every_lang("not_names"))


# Azerbaijani writes the country before the title, in the genitive ("Gürcüstanın Baş naziri", "Azərbaycan
# Prezidenti"): that many capitalised words before a title word belong to the role
_ROLE_BEFORE = {"az": 2}


def _role_before(tokens: list[str], i: int, floor: int, lang: str) -> list[str]:
    """The capitalised words right before the title word ``i``, not reaching back to ``floor`` (where the name
    read before ends)."""
    k = i
    while k > max(floor, i - _ROLE_BEFORE.get(lang, 0)) and capitalised(tokens[k - 1]) \
            and not tokens[k - 1].endswith((",", ".", ";", ":")):
        k -= 1
    return tokens[k:i]


def people_named(text: str, lang: str, limit: int = 8) -> list[Person]:
    """The people a news item's lead names with a title: "President of the Republic of Azerbaijan Ilham
    Aliyev has received ... President of the International Union of Architects Thomas Vonier" -> both,
    each with the role written before the name. A name is two or three capitalised words right after a
    run that holds a title word; the participants of an item that quotes no one."""
    tokens = text.split()
    found: dict[str, Person] = {}
    i = floor = 0
    while i < len(tokens) and len(found) < limit:
        if not is_title(tokens[i]):
            i += 1
            continue
        # the role runs on over capitalised words and the lower-case links of a title ("of the")
        j = i + 1
        while j < len(tokens) and (capitalised(tokens[j]) or tokens[j].lower() in TITLE_LINKS) \
                and not tokens[j - 1].endswith((",", ".", ";", ":")) \
                and not (tokens[j].lower() == "and" and j + 1 < len(tokens) and is_title(tokens[j + 1])):
            j += 1  # ("... Recep Tayyip Erdogan and Prime Minister Nikol Pashinyan": "and" a title opens the next)
        run = tokens[i:j]
        start = name_run(run)
        # a second role inside the run ends the first name: Azerbaijani and Russian leads write role, name, role,
        # name with nothing lower case between ("Azərbaycan Prezidenti İlham Əliyev Gürcüstanın Prezidenti Salome
        # Zurabişviliyə"); the first name is then the words right after the first role
        k = i + 1
        while k < j and is_title(tokens[k]):
            k += 1
        later = next((m for m in range(k + 2, j) if is_title(tokens[m])), None)
        if later is not None and all(capitalised(t) for t in tokens[k:later]):
            size = 3 if later - k >= 3 and is_patronym(tokens[k + 1]) else 2
            run, start, j = tokens[i:k + size], k - i, later
        name = [t.rstrip(",.;:") for t in run[start:]][:3]
        if 2 <= len(name) <= 3 and not any(is_title(t) or folded(t) in not_names() for t in name):
            person = make_person(name, " ".join(_role_before(tokens, i, floor, lang) + run[:start]), lang)
            if person is not None and person.key not in found:
                found[person.key] = person
            floor = i + len(run)
        i = max(j, i + 1)
    return list(found.values())
