"""Text pasted from old documents typed in the pre-Unicode Vietnamese encodings: detect it and convert it.

Many documents still in use were typed with 8-bit Vietnamese fonts. Word stores their text as the font's byte
values, so pasting it into a Unicode field gives the Windows-1252 reading of those bytes:

* **TCVN3** (TCVN 5712:1993 VN3, the "ABC" fonts ``.VnTime``): one byte per letter. "Đảng ủy" arrives as
  "§¶ng ñy". VN3 has only the seven plain capitals Ă Â Ê Ô Ơ Ư Đ; headings in capitals were set in the
  ``.VnTimeH`` fonts, which draw the lower-case codes as capitals. The case is lost in the paste, so a word
  whose ASCII letters are all capitals is taken as a capital word ("§¶NG ñY" → "ĐẢNG ỦY").
* **VNI Windows** (``VNI-Times``): a base letter followed by a byte for the mark, a few letters on one byte.
  "Đảng ủy" arrives as "Ñaûng uûy". VNI has all 134 letters (67 lower-case, 67 capitals).

:func:`detect_legacy` looks at the words that contain non-ASCII characters and counts those that are not
Vietnamese syllables as they stand but become valid syllables once converted; it never fires on Unicode
Vietnamese (which contains letters no legacy paste can produce) or on plain English. Call it on the pasted
text, not on a whole field the secretary may partly have typed in Unicode; a paste of one lone symbol is not
judged.
"""

from __future__ import annotations

import re
import unicodedata

from secretary_app.domain.text import nfc

ENCODINGS = ("tcvn3", "vni")
LABELS = {"tcvn3": "TCVN3 (ABC, phông .VnTime)", "vni": "VNI Windows (phông VNI-Times)"}

# The five tones in the order both tables below list them: huyền, hỏi, ngã, sắc, nặng.
_TONES = ("\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
_GRAVE, _HOOK, _TILDE, _ACUTE, _DOT = _TONES


def _toned(base: str, tone: str) -> str:
    return unicodedata.normalize("NFC", base + tone)


# ------------------------------------------------------------------------------------------------------------
# TCVN3: byte (as its cp1252 character) -> letter.

_TCVN3_PLAIN = {"¨": "ă", "©": "â", "ª": "ê", "«": "ô", "¬": "ơ", "\xad": "ư", "®": "đ",
                "¡": "Ă", "¢": "Â", "£": "Ê", "¤": "Ô", "¥": "Ơ", "¦": "Ư", "§": "Đ"}  # fmt: skip
# For each vowel, the bytes of its five toned forms (huyền, hỏi, ngã, sắc, nặng).
_TCVN3_TONED = {
    "a": "µ¶·¸¹",
    "ă": "»¼½¾Æ",
    "â": "ÇÈÉÊË",
    "e": "ÌÎÏÐÑ",
    "ê": "ÒÓÔÕÖ",
    "i": "×ØÜÝÞ",
    "o": "ßáâãä",
    "ô": "åæçèé",
    "ơ": "êëìíî",
    "u": "ïñòóô",
    "ư": "õö÷øù",
    "y": "úûüýþ",
}

TCVN3_TABLE: dict[str, str] = dict(_TCVN3_PLAIN)
for _vowel, _codes in _TCVN3_TONED.items():
    for _code, _tone in zip(_codes, _TONES, strict=True):
        TCVN3_TABLE[_code] = _toned(_vowel, _tone)

# ------------------------------------------------------------------------------------------------------------
# VNI Windows: sequences (as cp1252 characters) -> letter. Capitals use the capital forms of the mark bytes.

_VNI_TONE_MARKS = ("ø", "û", "õ", "ù", "ï")  # huyền, hỏi, ngã, sắc, nặng after a vowel
_VNI_CIRCUMFLEX = ("â", "à", "å", "ã", "á", "ä")  # after a, e, o: plain â/ê/ô, then the five tones
_VNI_BREVE = ("ê", "è", "ú", "ü", "é", "ë")  # after a: plain ă, then the five tones
_VNI_I = ("ì", "æ", "ó", "í", "ò")  # the toned i's are single bytes
_VNI_SINGLE = {"ô": "ơ", "ö": "ư", "ñ": "đ", "î": _toned("y", _DOT)}  # ỵ is a single byte too


def _vni_table() -> dict[str, str]:
    lower: dict[str, str] = dict(_VNI_SINGLE)
    for code, tone in zip(_VNI_I, _TONES, strict=True):
        lower[code] = _toned("i", tone)
    # Vowels written as a base letter (or a single-byte ơ/ư) plus a tone byte.
    for base_code, letter in [
        ("a", "a"),
        ("e", "e"),
        ("o", "o"),
        ("u", "u"),
        ("y", "y"),
        ("ô", "ơ"),
        ("ö", "ư"),
    ]:
        for mark, tone in zip(_VNI_TONE_MARKS, _TONES, strict=True):
            lower[base_code + mark] = _toned(letter, tone)
    for base_code, letter, marks in [("a", "â", _VNI_CIRCUMFLEX), ("e", "ê", _VNI_CIRCUMFLEX),
                                     ("o", "ô", _VNI_CIRCUMFLEX), ("a", "ă", _VNI_BREVE)]:  # fmt: skip
        lower[base_code + marks[0]] = letter
        for mark, tone in zip(marks[1:], _TONES, strict=True):
            lower[base_code + mark] = _toned(letter, tone)
    table = dict(lower)
    for code, letter in lower.items():
        table[code.upper()] = letter.upper()  # "AÙ" -> "Á": VNI capitals are the same bytes shifted by 0x20
        if len(code) == 2:
            table[code[0].upper() + code[1]] = (
                letter.upper()
            )  # "Aù": a capital base with a small mark, seen too
    return table


VNI_TABLE = _vni_table()


# ------------------------------------------------------------------------------------------------------------
# Conversion


def convert_legacy(text: str, encoding: str) -> str:
    """Convert text pasted from a TCVN3 or VNI document to Unicode NFC (control characters removed)."""
    if encoding == "tcvn3":
        return nfc(_tcvn3_to_unicode(text))
    if encoding == "vni":
        return nfc(_vni_to_unicode(text))
    raise ValueError(f"unknown legacy encoding {encoding!r}; expected one of {ENCODINGS}")


def encode_legacy(text: str, encoding: str) -> str:
    """The inverse: how Unicode ``text`` looks when typed in ``encoding`` and pasted (for tests and samples).

    TCVN3 has no toned capitals: they are written with the lower-case codes, as the ``.VnTimeH`` fonts do.
    """
    table = TCVN3_TABLE if encoding == "tcvn3" else VNI_TABLE if encoding == "vni" else None
    if table is None:
        raise ValueError(f"unknown legacy encoding {encoding!r}; expected one of {ENCODINGS}")
    reverse: dict[str, str] = {}
    for code, letter in table.items():
        if encoding == "vni" and len(code) == 2 and code[0].isupper() != code[1].isupper():
            continue  # the mixed-case spellings are only read, never written
        reverse.setdefault(letter, code)
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in reverse:
            out.append(reverse[ch])
        elif encoding == "tcvn3" and ch.lower() in reverse:
            out.append(reverse[ch.lower()])
        else:
            out.append(ch)
    return "".join(out)


# A word: ASCII letters and the Latin-1 range ¡..ÿ, where every TCVN3 and VNI code lies (TCVN3 uses symbols
# such as § ¶ · ¸ and even the soft hyphen as letters). Quotes, dashes, digits and spaces separate words.
_WORD = re.compile("[A-Za-z\u00a1-\u00ff]+")


def _is_capital_word(word: str, previous_caps: bool) -> bool:
    """Whether a TCVN3 word came from a capitals (.VnTimeH) heading, judged from its ASCII letters."""
    letters = [(i, ch) for i, ch in enumerate(word) if ch.isascii() and ch.isalpha()]
    if not letters:  # "¸", "ë": only legacy codes; follow the word before
        return previous_caps
    if any(ch.islower() for _, ch in letters):
        return False
    if len(letters) == 1 and letters[0][0] == 0:  # "Hµ" is Title case, unless inside a capitals heading
        return previous_caps
    return True


def _tcvn3_to_unicode(text: str) -> str:
    result, caps, pos = [], False, 0
    for match in _WORD.finditer(text):
        word = match.group()
        caps = _is_capital_word(word, caps)
        converted = "".join(TCVN3_TABLE.get(ch, ch) for ch in word)
        result += [text[pos : match.start()], converted.upper() if caps else converted]
        pos = match.end()
    result.append(text[pos:])
    return "".join(result)


def _vni_to_unicode(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        pair = text[i : i + 2]
        if len(pair) == 2 and pair in VNI_TABLE:
            out.append(VNI_TABLE[pair])
            i += 2
        else:
            out.append(VNI_TABLE.get(text[i], text[i]))
            i += 1
    return "".join(out)


# ------------------------------------------------------------------------------------------------------------
# Detection

_INITIALS = "ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnpqrstvx]"
_NUCLEI = (
    "iêu|yêu|oai|oay|oeo|uây|uôi|ươi|ươu|uya|uyê|uyu|"
    "ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ưu|ươ|yê|"
    "a|ă|â|e|ê|i|o|ô|ơ|u|ư|y"
)
_SYLLABLE = re.compile(rf"^(?:{_INITIALS})?(?:{_NUCLEI})(?:ch|nh|ng|[cmnpt])?$")
_TONE_SET = set(_TONES)


def is_vietnamese_syllable(word: str) -> bool:
    """Whether ``word`` has the shape of one Vietnamese syllable (initial, vowel nucleus, final, one tone)."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    if sum(ch in _TONE_SET for ch in decomposed) > 1:
        return False
    toneless = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONE_SET))
    return bool(_SYLLABLE.match(toneless))


def detect_legacy(text: str) -> str | None:
    """``"tcvn3"``, ``"vni"`` or ``None``: which legacy encoding the pasted ``text`` was typed in, if any.

    Only words with non-ASCII characters count. Text holding any character outside Windows-1252 (every
    Unicode Vietnamese text has some: ạ, ơ, đ, ệ…) is Unicode already. A word is evidence for an encoding when
    it is not a Vietnamese syllable as it stands and becomes one once converted; an encoding is reported when
    its evidence covers at least half of those words.
    """
    if not text or text.isascii():
        return None
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return None
    words = [w for w in _WORD.findall(text) if not w.isascii()]
    if not words:
        return None
    scores = dict.fromkeys(ENCODINGS, 0)
    mixed = dict.fromkeys(ENCODINGS, False)  # evidence from a word mixing ASCII letters and legacy codes
    for word in words:
        if is_vietnamese_syllable(word):
            continue
        has_ascii_letter = any(ch.isascii() for ch in word)
        for encoding, convert in (("tcvn3", _tcvn3_to_unicode), ("vni", _vni_to_unicode)):
            if is_vietnamese_syllable(convert(word)):
                scores[encoding] += 1
                mixed[encoding] |= has_ascii_letter
    best = max(ENCODINGS, key=lambda enc: scores[enc])
    # A lone symbol ("½" is ẵ in TCVN3) is no evidence: a legacy paste has words like "ViÖt" or "Vieät".
    if not mixed[best] or scores[best] * 2 < len(words):
        return None
    return best
