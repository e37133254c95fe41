"""ShipDesk's benchmarks: `python -m bench` runs every figure of issue 9 and writes bench/RESULTS.md."""
