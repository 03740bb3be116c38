"""Secondary text ("Unreviewed · paragraph 1", "Accepting records that you checked it") that is
quieter than the main text yet still readable: at least WCAG AA contrast (4.5:1) against the
window, in light and dark palettes alike. Qt's disabled and placeholder greys are often paler."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

AA_CONTRAST = 4.5


def _channel(value: float) -> float:
    value /= 255
    return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    return (0.2126 * _channel(colour.red()) + 0.7152 * _channel(colour.green())
            + 0.0722 * _channel(colour.blue()))


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def muted_colour(palette: QPalette, background: QPalette.ColorRole = QPalette.ColorRole.Window) -> QColor:
    """The palette's placeholder grey, moved towards the text colour just enough for 4.5:1."""
    back = palette.color(background)
    text = palette.color(QPalette.ColorRole.WindowText)
    grey = palette.color(QPalette.ColorRole.PlaceholderText)
    for step in range(11):
        t = step / 10
        mixed = QColor(round(grey.red() + (text.red() - grey.red()) * t),
                       round(grey.green() + (text.green() - grey.green()) * t),
                       round(grey.blue() + (text.blue() - grey.blue()) * t))
        if contrast(mixed, back) >= AA_CONTRAST:
            return mixed
    return text


class _Follow(QObject):
    """Re-applies the muted colour when the palette changes (light ↔ dark)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.PaletteChange and isinstance(watched, QWidget):
            _apply(watched)
        return False


def _apply(widget: QWidget) -> None:
    colour = muted_colour(QApplication.palette(widget))  # from the theme, not our own change
    palette = widget.palette()
    if palette.color(QPalette.ColorRole.WindowText) != colour:
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        palette.setColor(QPalette.ColorRole.Text, colour)
        widget.setPalette(palette)


def set_muted(widget: QWidget) -> QWidget:
    """Show a label's text in the readable muted colour (instead of disabling it for the grey)."""
    widget.setEnabled(True)
    widget.setForegroundRole(QPalette.ColorRole.WindowText)
    _apply(widget)
    follower = _Follow(widget)
    widget.installEventFilter(follower)
    return widget
