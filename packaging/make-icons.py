"""Render resources/icons/trustdesk.svg into the PNG sizes, the Windows .ico and the macOS .icns.

Run it after changing the SVG and commit what it writes: the build scripts only copy these files.
Usage: .venv/bin/python packaging/make-icons.py
It uses Qt's own SVG renderer and its ico/icns image plugins, so it needs no other tool.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
# The freedesktop.org icon theme sizes that desktops look up; 256 also feeds the .ico and .icns.
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def write(image: QImage, path: Path, image_format: str) -> None:
    writer = QImageWriter(str(path), image_format.encode("ascii"))
    if not writer.write(image):
        raise SystemExit(f"make-icons: cannot write {path}: {writer.errorString()}")
    print(f"wrote {path}")


def main() -> int:
    application = QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(ICONS / "trustdesk.svg"))
    if not renderer.isValid():
        raise SystemExit(f"make-icons: {ICONS / 'trustdesk.svg'} is not a valid SVG")

    for size in PNG_SIZES:
        write(render(renderer, size), ICONS / f"trustdesk-{size}.png", "png")
    # Qt's ico plugin writes one image per file; Windows scales the 256 px image for smaller views.
    write(render(renderer, 256), ICONS / "trustdesk.ico", "ico")
    write(render(renderer, 512), ICONS / "trustdesk.icns", "icns")
    del application
    return 0


if __name__ == "__main__":
    sys.exit(main())
