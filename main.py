from shipdesk.app import main

raise SystemExit(main())
