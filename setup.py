"""Package layout that pyproject.toml cannot express: the top-level `migrations/` folder (the
project's source of truth for the schema) ships inside the package as `resolver.migrations`, so
an installed wheel reads it through importlib.resources and no generic top-level `migrations`
package lands in site-packages. Every folder under resolver/ is a package (namespace discovery),
so data folders added later (templates, static files, samples) ship without a change here;
package-data in pyproject.toml takes every file in them. Everything else is in pyproject.toml."""

from setuptools import find_namespace_packages, setup

setup(
    packages=find_namespace_packages(include=["resolver", "resolver.*"], exclude=["*__pycache__*"])
    + ["resolver.migrations", "resolver.migrations.versions"],
    package_dir={"resolver.migrations": "migrations"},
)
