"""Which workspace the window shows: File › New / Open Workspace…, Open Recent, Open Demo, the
banner that says the demo is the demo, and the workspace a start opens."""
