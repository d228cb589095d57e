"""Dialogs: settings, keys help, rating, routine files, unsaved-history prompt."""
