"""ShipStation API V2: API-Key header, rates, labels, shipments, manifests, batches, inventory."""
