"""The rules a contribution must pass. Each returns Findings (`file:line: problem — fix`)."""
