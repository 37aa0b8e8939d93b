"""Thin typer commands over the public API."""
