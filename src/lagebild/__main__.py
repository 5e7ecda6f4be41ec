"""``python -m lagebild`` runs the command line."""

from lagebild.cli import main

main()
