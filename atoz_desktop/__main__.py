from atoz_desktop.cli import main

raise SystemExit(main())
