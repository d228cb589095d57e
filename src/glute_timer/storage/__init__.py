"""SQLite storage through SQLAlchemy 2: the database file, models, repositories, migrations."""
