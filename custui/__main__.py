from custui.cli import main

raise SystemExit(main())
