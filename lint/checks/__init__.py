"""The check kinds a rule can name with ``kind:``: one module each, listed in registry.py."""
