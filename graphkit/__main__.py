"""``python -m graphkit`` runs the command-line interface."""

from graphkit.cli import main

if __name__ == "__main__":
    main()
