"""Currency data every language shares: ISO 4217 codes (from pycountry), signs and written-out prefixes.

Signs and codes are the same in an English and a Russian article ("$10К", "42 BYN", "₴3.04", "RM 42"), so they
live here once and every lexicon gets them; currency *words* ("dollars", "долларов") stay in the language lexicons.
"""
from __future__ import annotations

from functools import lru_cache

# ISO 4217 codes that are also everyday upper-case words or company names: read as a currency only from a lexicon.
_CODE_WORDS = frozenset({"ALL", "TOP", "CUP", "MAD", "SOS", "BOB", "PEN", "MOP", "AMD", "GEL", "BAM", "CAD", "WST",
                         "MRO", "MRU", "SLL", "STD", "XXX", "XTS", "XAU", "XAG", "XPT", "XPD", "XDR", "XSU", "XUA"})
# Codes withdrawn since 2009 that news of their time (and archives read today) still write: the euro's newer members
# (BGN in 2026, HRK, LTL, LVL, EEK, SKK) and redenominations (BYR, VEF). pycountry lists current codes only.
_WITHDRAWN_CODES = frozenset({"BGN", "HRK", "LTL", "LVL", "EEK", "SKK", "BYR", "VEF"})
# "30 MUSD", "MEUR 12": an M before a code means millions in finance copy.
MILLION_PREFIX = "M"

# Sign or prefix before the number -> ISO 4217. Keys are written as in text; letters are matched in any case,
# except that a lower-case article "a" before "$" is an article ("a $300 million deal"), never Australia.
SIGNS_BEFORE = {
    "U.S $": "USD", "U.S$": "USD", "U.S.$": "USD",  # also lower case: "u.s $" is no Singapore "s $"
    "$": "USD", "US$": "USD", "U.S. $": "USD", "US $": "USD", "$US": "USD", "$ US": "USD", "USD": "USD",
    "€": "EUR", "£": "GBP", "¥": "CNY", "₸": "KZT", "₽": "RUB", "₹": "INR", "₩": "KRW", "₦": "NGN", "₱": "PHP",
    "₺": "TRY", "₴": "UAH", "₪": "ILS", "₫": "VND", "₼": "AZN", "₾": "GEL", "₮": "MNT", "฿": "THB",
    "HK$": "HKD", "C$": "CAD", "CA$": "CAD", "A$": "AUD", "AU$": "AUD", "$A": "AUD", "NZ$": "NZD", "S$": "SGD",
    "R$": "BRL", "Mex$": "MXN", "MX$": "MXN", "NT$": "TWD", "RMB": "CNY", "Rs": "INR", "Rs.": "INR", "RM": "MYR",
    "Fr.": "CHF", "SFr": "CHF", "грн": "UAH", "грн.": "UAH",
}
# Sign, symbol or code after the number -> ISO 4217 ("10¢" is a sub-unit, see SUBUNITS).
SIGNS_AFTER = {
    "$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY", "₸": "KZT", "₽": "RUB", "₹": "INR", "₴": "UAH",
    "₪": "ILS", "₩": "KRW", "元": "CNY", "円": "JPY", "원": "KRW", "RMB": "CNY", "Rs": "INR", "RM": "MYR",
    "грн": "UAH", "грн.": "UAH",
}
SUBUNITS = {"¢": ("cent", "USD", 0.01)}
# A sign two currencies share names the other one when its sentence says whose it is: "¥" is the yuan in this
# project's news, but the yen in "Sony lost 2.7 percent to ¥5,182 in Tokyo".
SIGN_CONTEXTS = {"CNY": ("JPY", frozenset({"japan", "japan's", "japan’s", "japanese", "tokyo", "nikkei", "topix",
                                           "yen", "osaka"}))}
# What an ASCII transliteration of the text (unidecode and its kin) leaves of a sign: "PS2.7m" was "£2.7m", "Y=100"
# was "¥100". Read only as written and glued to the digits: "PS" alone is also PlayStation or horsepower ("300 PS").
TRANSLITERATED_SIGNS = {"PS": "GBP", "Y=": SIGNS_BEFORE["¥"]}
# A country tag after an amount written with a sign, naming the sign's currency: "$75 U.S. per barrel".
SIGN_TAGS_AFTER = {"U.S.": "USD", "US": "USD", "U.S": "USD"}


@lru_cache(maxsize=1)
def iso_codes() -> frozenset[str]:
    """Every current ISO 4217 code, and the recently withdrawn ones, that is not also an everyday word."""
    import pycountry

    return (frozenset(c.alpha_3 for c in pycountry.currencies) | _WITHDRAWN_CODES) - _CODE_WORDS


def iso_code(word: str) -> tuple[str, float] | None:
    """(code, scale) of a word written as an ISO code ("BYN") or a code in millions ("MUSD"), else None."""
    if len(word) == 3 and word.isupper() and word.isascii() and word in iso_codes():
        return word, 1.0
    if len(word) == 4 and word.isupper() and word.startswith(MILLION_PREFIX) and word[1:] in iso_codes():
        return word[1:], 1e6
    return None


def code_before_sign(word: str) -> str | None:
    """The ISO code of a word glued before a currency sign ("AUD$", "cad$"): any case, and codes that are also
    everyday words count too (glued to the sign they are no word)."""
    code = word.upper()
    if len(code) == 3 and code.isascii() and code.isalpha() and (code in iso_codes() or code in _CODE_WORDS):
        return code
    return None
