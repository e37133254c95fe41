"""Local label printing: printer profiles, PDF at actual size, raw ZPL. No widgets here."""
