"""App services below the UI and above the wire (no Qt in the API layer they use)."""
