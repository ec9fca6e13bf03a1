"""Persistence: the SQLite project file, its schema migrations and safe opening."""
