"""What factlint keeps between runs: compiled patterns and loaded projects."""
