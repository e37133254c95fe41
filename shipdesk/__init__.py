"""ShipDesk: the packing-bench app for ShipStation."""

__version__ = "0.1.0"
