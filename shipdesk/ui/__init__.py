"""Qt widgets: the main window, its tabs and dialogs. The only layer that imports QtWidgets."""
