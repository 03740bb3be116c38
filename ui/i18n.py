"""The interface language: Qt translators for the program's own texts and Qt's standard ones.

The language is "system" (follow the desktop's locale), "en" or "es", saved in the config
file shared with the CLI (factcheck/config.py) and applied when the program starts.
English is the source language: its translation file holds only plural forms.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from factcheck.config import load_config, save_config
from factcheck.resources import resource

LANGUAGE_KEY = "language"
SYSTEM = "system"
TRANSLATED = ("es",)  # languages besides English with a shipped resources/translations/factcheck_review_<code>.qm
CHOICES = (SYSTEM, "en", *TRANSLATED)
NATIVE_NAMES = {"en": "English", "es": "Español"}  # each language in its own words, never translated

_installed: list[QTranslator] = []
_current = ["en"]  # the language installed last


def current_language() -> str:
    """The interface language in use ("en" until a translation is installed)."""
    return _current[0]


def configured_language() -> str:
    """The language saved in the config file: "system" unless the user chose one."""
    value = load_config().get(LANGUAGE_KEY)
    return value if isinstance(value, str) and value in CHOICES else SYSTEM


def set_language(choice: str) -> None:
    if choice not in CHOICES:
        raise ValueError(f"Unknown language {choice!r}; choose one of {', '.join(CHOICES)}.")
    save_config({LANGUAGE_KEY: choice})


def resolve_language(choice: str, locale: QLocale | None = None) -> str:
    """The language code to show: a chosen one, or the system locale's when it is translated."""
    if choice != SYSTEM:
        return choice if choice in CHOICES else "en"
    for name in (locale or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in TRANSLATED:
            return code
        if code == "en":
            return "en"
    return "en"


def translation_file(code: str) -> str:
    return str(resource("translations", f"factcheck_review_{code}.qm"))


def install_translators(code: str) -> bool:
    """Install the program's translation for ``code`` and Qt's own (standard buttons, dialogs).

    English, the source language, has a file with its plural forms only ("1 source",
    "2 sources"). Earlier translators are removed first, so calling it again switches
    language. Returns False when the program's translation cannot be loaded (English is
    shown then).
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("Create the QApplication before installing translations.")
    remove_translators()
    if code not in CHOICES or code == SYSTEM:
        code = "en"
    own = QTranslator(app)
    if not own.load(translation_file(code)):
        if code != "en":
            install_translators("en")
        return False
    if code != "en":
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
    app.installTranslator(own)
    _installed.append(own)
    _current[0] = code
    # Numbers and dates follow the language too, keeping the system's country when it speaks it.
    system = QLocale.system()
    QLocale.setDefault(system if system.language() == QLocale(code).language() else QLocale(code))
    return True


def remove_translators() -> None:
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
    _current[0] = "en"
    QLocale.setDefault(QLocale.system())


def apply_configured_language() -> str:
    """At start-up: install the translators of the configured (or the system's) language."""
    code = resolve_language(configured_language())
    return code if install_translators(code) else "en"
