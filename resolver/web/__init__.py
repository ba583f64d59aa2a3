"""The review web page and JSON API (FastAPI + Jinja2, server-rendered)."""
