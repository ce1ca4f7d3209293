#pragma once

#include <QIcon>
#include <QList>
#include <QString>
#include <QStringList>

// The console's icons by name: a file of resources/icons/ without its extension ("tab-users", "status-ok").
// Where Qt SVG is there (Linux) they come from the SVGs; the Windows build has no Qt SVG and compiles in PNG
// renders of the same icons instead (CLOUDPC_ICONS_PNG), made at build time by packaging/tools/rendericon.
namespace Icons {
// The icon of that name; a null icon (and a warning) for a name the resources do not hold.
QIcon named(const QString &name);
// Every icon name the resources hold.
QStringList names();
bool exists(const QString &name);
// The sizes the PNG renders of an icon come in: 16, 24, 32, 48 and 64 px, and 128 px for the application's
// icon.
QList<int> pngSizes(const QString &name);
// An icon from PNG renders in a folder, "<folder>/<name>-<size>.png" for each of pngSizes(name). Null without
// a QGuiApplication (a pixmap needs one).
QIcon fromPngs(const QString &folder, const QString &name);
} // namespace Icons
