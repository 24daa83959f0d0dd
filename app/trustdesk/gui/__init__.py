"""Everything Qt: windows, models, dialogs and background workers. The only package that imports PySide6."""
