"""Alembic environment. Run through `resolver db upgrade` (or any command), which passes an
Engine in `config.attributes['engine']`; plain `alembic` use reads sqlalchemy.url."""

from alembic import context
from sqlalchemy import create_engine

from resolver.store.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes.get("engine") or create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations_online()
