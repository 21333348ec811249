"""The package's version, in a module of its own: every layer names it (reports, the service, ``--version``)
without importing the package's front door."""

__version__ = "0.1.0"
