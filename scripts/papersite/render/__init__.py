"""Markdown and HTML the build generates from the catalog, one file per kind of output."""
