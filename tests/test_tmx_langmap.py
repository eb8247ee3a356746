"""Language codes: presets and overrides for the writer, BCP 47 casing for the reader."""

import pytest

from workbench.errors import WorkbenchError
from workbench.tmx import PRESETS, bare_code, normalize_code, resolve_lang_map


@pytest.mark.parametrize("raw, expected", [
    ("EN_us", "en-US"),
    ("az-latn-az", "az-Latn-AZ"),
    ("AZ-LATN", "az-Latn"),
    ("ru-ru", "ru-RU"),
    ("RU", "ru"),
    ("es-419", "es-419"),
    ("de-CH-1901", "de-CH-1901"),
    ("en-US-x-Twain", "en-US-x-twain"),
    (" zh_hant_tw ", "zh-Hant-TW"),
])
def test_normalize_code_gives_bcp47_casing(raw, expected):
    assert normalize_code(raw) == expected


@pytest.mark.parametrize("raw", ["", "*all*", "en us", "en--us", "русский"])
def test_normalize_code_refuses_what_is_not_a_tag(raw):
    with pytest.raises(WorkbenchError):
        normalize_code(raw)


def test_presets():
    assert resolve_lang_map("bare") == {"en": "en", "ru": "ru", "az": "az"}
    assert resolve_lang_map("regional") == {"en": "en-US", "ru": "ru-RU", "az": "az-Latn-AZ"}
    assert resolve_lang_map(None) == PRESETS["bare"]


def test_overrides_apply_over_bare_or_a_named_preset():
    assert resolve_lang_map("en=en-GB,ru=ru-RU") == {"en": "en-GB", "ru": "ru-RU", "az": "az"}
    assert resolve_lang_map("regional, en=en_gb") == {"en": "en-GB", "ru": "ru-RU", "az": "az-Latn-AZ"}
    assert resolve_lang_map("AZ=az-cyrl-az")["az"] == "az-Cyrl-AZ"


def test_resolve_returns_a_copy_not_the_preset():
    resolve_lang_map("bare")["en"] = "xx"
    assert PRESETS["bare"]["en"] == "en"


@pytest.mark.parametrize("spec", ["british", "en=", "=en-GB", "en:en-GB"])
def test_bad_specs_are_refused(spec):
    with pytest.raises(WorkbenchError):
        resolve_lang_map(spec)


@pytest.mark.parametrize("raw, expected", [
    ("EN_us", "en"), ("az-Latn-AZ", "az"), ("AZ-LATN", "az"), ("ru-ru", "ru"), ("fr_fr", "fr-FR"), ("tr", "tr")])
def test_bare_code_gives_our_keys_for_our_languages_only(raw, expected):
    assert bare_code(raw) == expected
