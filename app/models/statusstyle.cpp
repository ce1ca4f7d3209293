#include "statusstyle.h"

#include "icons.h"

#include <QGuiApplication>
#include <QHash>
#include <QPalette>

namespace {
bool hasGui()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

bool darkPalette()
{
    // Without a GUI application (command line, unit tests) there is no palette: assume a light one.
    return hasGui() && QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

QColor colorOf(StatusStyle::Kind kind)
{
    const bool dark = darkPalette();
    switch (kind) {
    case StatusStyle::Kind::Failed:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc4, 0x2b, 0x1c);
    case StatusStyle::Kind::Warning:
        return dark ? QColor(0xff, 0xc1, 0x4d) : QColor(0x8a, 0x51, 0x00);
    case StatusStyle::Kind::Busy:
        return dark ? QColor(0x7c, 0xc0, 0xff) : QColor(0x00, 0x5a, 0x9e);
    case StatusStyle::Kind::Ok:
        return dark ? QColor(0x8c, 0xd9, 0x8c) : QColor(0x10, 0x7c, 0x10);
    case StatusStyle::Kind::Idle:
    case StatusStyle::Kind::Unknown:
        break;
    }
    return {};
}
} // namespace

namespace StatusStyle {

Kind kind(CloudPcStatus status)
{
    switch (status) {
    case CloudPcStatus::Provisioned:
        return Kind::Ok;
    case CloudPcStatus::Failed:
        return Kind::Failed;
    case CloudPcStatus::InGracePeriod:
    case CloudPcStatus::ProvisionedWithWarnings:
    case CloudPcStatus::ResizePendingLicense:
        return Kind::Warning;
    case CloudPcStatus::Provisioning:
    case CloudPcStatus::PendingProvision:
    case CloudPcStatus::Deprovisioning:
    case CloudPcStatus::Resizing:
    case CloudPcStatus::Restoring:
    case CloudPcStatus::MovingRegion:
    case CloudPcStatus::ModifyingSingleSignOn:
    case CloudPcStatus::RefreshPolicyConfiguration:
    case CloudPcStatus::Preparing:
        return Kind::Busy;
    case CloudPcStatus::NotProvisioned:
        return Kind::Idle;
    case CloudPcStatus::UnknownFutureValue:
    case CloudPcStatus::Unknown:
        break;
    }
    return Kind::Unknown;
}

QString iconName(CloudPcStatus status)
{
    switch (kind(status)) {
    case Kind::Ok:
        return QStringLiteral("status-ok");
    case Kind::Failed:
        return QStringLiteral("status-failed");
    case Kind::Warning:
        return QStringLiteral("status-warning");
    case Kind::Busy:
        return QStringLiteral("status-busy");
    case Kind::Idle:
        return QStringLiteral("status-idle");
    case Kind::Unknown:
        break;
    }
    return QStringLiteral("status-unknown");
}

QIcon icon(CloudPcStatus status)
{
    if (!hasGui())
        return {};
    static QHash<QString, QIcon> cache;
    const QString name = iconName(status);
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, Icons::named(name));
    return *it;
}

QColor color(CloudPcStatus status)
{
    return colorOf(kind(status));
}

QColor color(Kind kind)
{
    return colorOf(kind);
}

Kind kindForResult(const QString &result)
{
    if (result == QLatin1String("accepted") || result == QLatin1String("succeeded") ||
        result == QLatin1String("done"))
        return Kind::Ok;
    if (result == QLatin1String("failed"))
        return Kind::Failed;
    if (result == QLatin1String("outcomeUnknown") || result == QLatin1String("stillRunning") ||
        result == QLatin1String("notSupported"))
        return Kind::Warning;
    return Kind::Unknown;
}

QColor colorForText(const QString &status)
{
    if (status == QLatin1String("failed"))
        return colorOf(Kind::Failed);
    if (status == QLatin1String("succeeded"))
        return colorOf(Kind::Ok);
    if (status == QLatin1String("pending") || status == QLatin1String("inProgress") ||
        status == QLatin1String("running"))
        return colorOf(Kind::Busy);
    return {};
}

} // namespace StatusStyle
