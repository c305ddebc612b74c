print("ppid-tui")
