"""ShipStation API V1 (ssapi): Basic auth, orders, shipments, PDF labels."""
