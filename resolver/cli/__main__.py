"""`python -m resolver.cli …`: the `resolver` command line (tests and benchmarks start it so)."""

from . import main

if __name__ == "__main__":  # pragma: no cover
    main()
