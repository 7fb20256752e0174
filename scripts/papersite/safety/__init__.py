"""Nothing a contribution writes can run script on the site: escaping where content is
generated (escape.py), and an allow-list that every built page must pass (policy.py)."""
