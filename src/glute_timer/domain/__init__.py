"""Routine model, plan compiler, built-in library and routine files. No Qt, no SQLAlchemy."""
