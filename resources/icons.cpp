#include "icons.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lcIcons, "cloudpc.icons")

const QString folder = QStringLiteral(":/icons");
const QString applicationIcon = QStringLiteral("cloudpc-console");

#ifdef CLOUDPC_ICONS_PNG
QString fileOf(const QString &name)
{
    return QStringLiteral("%1/%2-16.png").arg(folder, name);
}
#else
QString fileOf(const QString &name)
{
    return QStringLiteral("%1/%2.svg").arg(folder, name);
}
#endif
} // namespace

namespace Icons {

QIcon named(const QString &name)
{
    if (!exists(name)) {
        qCWarning(lcIcons) << "no icon named" << name;
        return {};
    }
#ifdef CLOUDPC_ICONS_PNG
    return fromPngs(folder, name);
#else
    return QIcon(fileOf(name));
#endif
}

QStringList names()
{
    QStringList result;
#ifdef CLOUDPC_ICONS_PNG
    const QString suffix = QStringLiteral("-16.png");
#else
    const QString suffix = QStringLiteral(".svg");
#endif
    const QStringList files = QDir(folder).entryList({QLatin1Char('*') + suffix}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        result.append(file.chopped(suffix.size()));
    return result;
}

bool exists(const QString &name)
{
    return !name.isEmpty() && QFile::exists(fileOf(name));
}

QList<int> pngSizes(const QString &name)
{
    QList<int> sizes{16, 24, 32, 48, 64};
    if (name == applicationIcon)
        sizes.append(128);
    return sizes;
}

QIcon fromPngs(const QString &pngFolder, const QString &name)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {};
    QIcon icon;
    for (const int size : pngSizes(name))
        icon.addFile(QStringLiteral("%1/%2-%3.png").arg(pngFolder, name).arg(size), QSize(size, size));
    return icon;
}

} // namespace Icons
