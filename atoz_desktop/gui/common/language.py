"""The window's language: the system's by default, or the one chosen in Settings › Language.

The choice is stored in QSettings ("ui/language": "system", "fr" or "en") and applied at the
next start: the catalogues are loaded before the first widget is made. The locale that formats
dates, times and amounts follows the language: the system's own when it is of that language
(an English seller in the United States keeps "11/22/26"), else the language's main one
(French: France; English: the United Kingdom, whose day-month order a European seller reads).
A C/POSIX system stays C, which formatting.py writes as "22 Nov 2026".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from atoz_desktop.core.i18n import language_or_english, set_language
from atoz_desktop.gui.common.resources import translations_dir

LANGUAGE_KEY = "ui/language"
SYSTEM = "system"
#: The choices and the name each shows in the menu: a language is named in itself.
CHOICES = (SYSTEM, "fr", "en")
NATIVE_NAMES = {"fr": "Français", "en": "English"}
_MAIN_LOCALE = {
    "fr": (QLocale.Language.French, QLocale.Country.France),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}
_LANGUAGE = {"fr": QLocale.Language.French, "en": QLocale.Language.English}


def language_choice(settings: QSettings) -> str:
    """The stored choice; "system" when none (or an unknown value) is stored."""
    value = str(settings.value(LANGUAGE_KEY, SYSTEM))
    return value if value in CHOICES else SYSTEM


def store_language_choice(settings: QSettings, choice: str) -> None:
    if choice not in CHOICES:
        raise ValueError(choice)
    settings.setValue(LANGUAGE_KEY, choice)


def system_language(system: QLocale | None = None) -> str:
    """The window's language under "System": French for a French locale, else English."""
    system = system or QLocale.system()
    return "fr" if system.language() == QLocale.Language.French else "en"


def ui_locale(choice: str, system: QLocale | None = None) -> QLocale:
    """The locale the window speaks and formats in, for a choice."""
    system = system or QLocale.system()
    if choice not in _LANGUAGE:
        return system
    if system.language() == _LANGUAGE[choice]:
        return system
    return QLocale(*_MAIN_LOCALE[choice])


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load the program's and Qt's own catalogues for the user's languages, if there are any.

    Under them the English plural forms ("1 claim", "2 claims" for "%n claim(s)"): a language
    without a catalogue of its own reads English, and English needs its plurals too. Qt's own
    catalogue (qtbase: the buttons of message boxes, the file dialog) only with ours, so a
    German system does not get German buttons in an English window."""
    locale = locale or QLocale()
    translators = []
    english = QTranslator(app)
    if english.load("atoz_desktop_en", str(translations_dir())):
        app.installTranslator(english)
        translators.append(english)
    candidates = (
        ("atoz_desktop", translations_dir()),
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("qt_missing", translations_dir()),  # what qtbase's catalogue lacks (the file says)
    )
    for name, folder in candidates:
        translator = QTranslator(app)
        if not translator.load(locale, name, "_", str(folder)):
            break  # no catalogue of ours: English, and Qt's own dialogs in English too
        if translator.filePath() == english.filePath():
            break  # an English locale: the plural forms are all it needs
        app.installTranslator(translator)
        translators.append(translator)
    return translators


def apply_language(app: QCoreApplication, settings: QSettings) -> list[QTranslator]:
    """At start-up, before any widget: the default locale, Qt's and the program's catalogues,
    and the core's messages, all in the chosen language."""
    locale = ui_locale(language_choice(settings))
    QLocale.setDefault(locale)
    translators = install_translators(app, locale)
    set_language(language_or_english(locale.name()))
    return translators
