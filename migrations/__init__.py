"""Alembic migrations, shipped inside the package as resolver.migrations (see setup.py)."""
