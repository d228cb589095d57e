"""History page: sessions list, detail, calendar, charts."""
