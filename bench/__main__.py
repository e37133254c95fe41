"""`python -m bench`: the benchmark harness (bench/run.py)."""

from .run import main

raise SystemExit(main())
