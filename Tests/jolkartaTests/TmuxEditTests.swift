// Two dashboards on one file, driven through tmux (filled in with the editing keys).
