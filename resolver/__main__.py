"""`python -m resolver …` runs the same command line as the `resolver` script."""

from .cli import app

if __name__ == "__main__":  # pragma: no cover - exercised through a subprocess in tests
    app(prog_name="resolver")
