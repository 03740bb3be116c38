"""Qt item models over the store: thin adapters that read what the view shows."""
