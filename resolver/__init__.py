"""resolver: explainable suggestions for how prediction markets should resolve."""

__version__ = "0.1.0"
