"""The Qt widgets: main window, start screen, workout view, summary and their helpers."""
