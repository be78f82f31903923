"""Paths of bundled resources (icons, QML styles)."""
import os

RESOURCES = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources")


def icon_path(name="icon.svg"):
    return os.path.join(RESOURCES, "icons", name)


def style_path(name):
    """The QML file of a named output style, e.g. style_path("dscore")."""
    return os.path.join(RESOURCES, "styles", name + ".qml")
