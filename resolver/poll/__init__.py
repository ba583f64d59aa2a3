"""Evidence polling: fetch sources over HTTP (fetch.py), parse feeds (parse.py), extract
article text (extract.py), run a pass (runner.py) or a scheduler (watch.py)."""
