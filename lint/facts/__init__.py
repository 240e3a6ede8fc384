"""The story and its fact base: definitions (facts.yaml), the build from the seeds, and matching claims to records."""
