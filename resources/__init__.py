"""Bundled resources: icons, QML styles, translations, help texts, example models."""
