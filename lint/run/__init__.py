"""A run: configuration, the loaded project, the pure core that lints one draft, and many drafts at once."""
