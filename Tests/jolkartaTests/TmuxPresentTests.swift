// End-to-end presentation tests in tmux: see TmuxPresentTests below once the harness is on main.
