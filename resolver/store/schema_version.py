"""Which schema revision the code expects, read from the migration files without importing
alembic or SQLAlchemy: every command compares it with the database's stamp before deciding
whether a migration is due (resolver.store.db.upgrade), and the fast read path of
`market list` (resolver.store.summary) reads only a database already at this revision."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

# The top-level migrations/ folder, installed as the resolver.migrations package (see setup.py):
# found through importlib.resources in a wheel and in an editable checkout alike.
MIGRATIONS_DIR = str(resources.files("resolver.migrations"))

_REVISION = re.compile(r"^(down_)?revision\s*(?::[^=]+)?=\s*(?:'([^']*)'|\"([^\"]*)\"|None)", re.M)


def head_from_files() -> str | None:
    """The head revision read from the migration files with a regex: the one revision no other
    revision names as its parent; None when that is not clear-cut (merges, branches), and then
    alembic decides."""
    revisions, parents = set(), set()
    try:
        files = list((Path(MIGRATIONS_DIR) / "versions").glob("*.py"))
    except OSError:
        return None
    for f in files:
        found = {bool(m.group(1)): m.group(2) or m.group(3) for m in _REVISION.finditer(f.read_text(encoding="utf-8"))}
        if False not in found:
            return None
        revisions.add(found[False])
        if found.get(True):
            parents.add(found[True])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


STAMP_SQL = "SELECT version_num FROM alembic_version"


def stamp_of(rows: list) -> str | None:
    """The revision in alembic_version's rows; None unless there is exactly one."""
    return rows[0][0] if len(rows) == 1 else None
