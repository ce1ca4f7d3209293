#include "bulkactionkinds.h"

const QList<BulkActionKind> &BulkActionKinds::all()
{
    static const QList<BulkActionKind> kinds{
        {QStringLiteral("reprovision"), QStringLiteral("#microsoft.graph.cloudPcBulkReprovision"),
         QT_TRANSLATE_NOOP("BulkActionKinds", "Reprovision"),
         QT_TRANSLATE_NOOP(
             "BulkActionKinds",
             "<b>Reprovisioning wipes each Cloud PC and rebuilds it.</b> Everything stored on them "
             "is lost."),
         true},
        {QStringLiteral("restart"), QStringLiteral("#microsoft.graph.cloudPcBulkRestart"),
         QT_TRANSLATE_NOOP("BulkActionKinds", "Restart"),
         QT_TRANSLATE_NOOP("BulkActionKinds", "Each Cloud PC restarts; signed-in users are disconnected.")},
        {QStringLiteral("troubleshoot"), QStringLiteral("#microsoft.graph.cloudPcBulkTroubleshoot"),
         QT_TRANSLATE_NOOP("BulkActionKinds", "Troubleshoot"),
         QT_TRANSLATE_NOOP("BulkActionKinds", "Each Cloud PC and its session host are checked.")},
        {QStringLiteral("power-on"), QStringLiteral("#microsoft.graph.cloudPcBulkPowerOn"),
         QT_TRANSLATE_NOOP("BulkActionKinds", "Power on"),
         QT_TRANSLATE_NOOP("BulkActionKinds",
                           "Each Frontline Cloud PC is powered on; other Cloud PCs are reported as not "
                           "supported.")},
        {QStringLiteral("power-off"), QStringLiteral("#microsoft.graph.cloudPcBulkPowerOff"),
         QT_TRANSLATE_NOOP("BulkActionKinds", "Power off"),
         QT_TRANSLATE_NOOP("BulkActionKinds",
                           "Each Frontline Cloud PC is powered off, <b>ending its user's session</b>; other "
                           "Cloud PCs are reported as not supported.")},
        {QStringLiteral("resize"), QStringLiteral("#microsoft.graph.cloudPcBulkResize"),
         QT_TRANSLATE_NOOP("BulkActionKinds", "Resize"),
         QT_TRANSLATE_NOOP("BulkActionKinds",
                           "<b>Each Cloud PC moves to the target plan.</b> Its users are disconnected while "
                           "it is resized."),
         true},
        {QStringLiteral("restore"), QStringLiteral("#microsoft.graph.cloudPcBulkRestore"),
         QT_TRANSLATE_NOOP("BulkActionKinds", "Restore"),
         QT_TRANSLATE_NOOP("BulkActionKinds",
                           "<b>Each Cloud PC returns to its restore point nearest the time given.</b> What "
                           "was done on it since is lost."),
         true},
        {QStringLiteral("create-snapshot"), QStringLiteral("#microsoft.graph.cloudPcBulkCreateSnapshot"),
         QT_TRANSLATE_NOOP("BulkActionKinds", "Create snapshot"),
         QT_TRANSLATE_NOOP("BulkActionKinds", "A restore point of each Cloud PC is taken now.")},
        {QStringLiteral("review"), QStringLiteral("#microsoft.graph.cloudPcBulkSetReviewStatus"),
         QT_TRANSLATE_NOOP("BulkActionKinds", "Place under review"),
         QT_TRANSLATE_NOOP("BulkActionKinds",
                           "Each Cloud PC is placed under review (for an investigation); its user keeps "
                           "access.")},
    };
    return kinds;
}

const BulkActionKind *BulkActionKinds::find(const QString &name)
{
    for (const BulkActionKind &kind : all()) {
        if (kind.name == name)
            return &kind;
    }
    return nullptr;
}

const BulkActionKind *BulkActionKinds::findByODataType(const QString &odataType)
{
    for (const BulkActionKind &kind : all()) {
        if (kind.odataType == odataType)
            return &kind;
    }
    return nullptr;
}

QStringList BulkActionKinds::names()
{
    QStringList list;
    for (const BulkActionKind &kind : all())
        list << kind.name;
    return list;
}

QString BulkActionKinds::label(const QString &name)
{
    const BulkActionKind *kind = find(name);
    return kind ? tr(kind->label) : name;
}

QString BulkActionKinds::effect(const QString &name)
{
    const BulkActionKind *kind = find(name);
    return kind ? tr(kind->effect) : QString();
}

QDateTime BulkActionKinds::parseRestorePoint(const QString &text)
{
    QDateTime time = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    return time;
}

QString BulkActionKinds::check(const QString &name, const QVariantMap &values)
{
    auto has = [&values](const char *option) {
        return !values.value(QLatin1String(option)).toString().trimmed().isEmpty();
    };
    if (!find(name))
        return QStringLiteral("'%1' is not a bulk action kind (%2)")
            .arg(name, names().join(QLatin1Char(' ')));
    if (name == QLatin1String("resize") && !has("plan"))
        return QStringLiteral("resize needs --plan SERVICE_PLAN_ID (cloudpcctl service-plans list)");
    if (name != QLatin1String("resize") && has("plan"))
        return QStringLiteral("--plan applies to resize only");
    if (name == QLatin1String("restore")) {
        if (!has("restore-point"))
            return QStringLiteral("restore needs --restore-point ISO8601 (e.g. 2026-11-20T08:00:00Z)");
        if (!parseRestorePoint(values.value(QStringLiteral("restore-point")).toString()).isValid())
            return QStringLiteral(
                       "--restore-point '%1' is no ISO 8601 date and time (e.g. 2026-11-20T08:00:00Z)")
                .arg(values.value(QStringLiteral("restore-point")).toString());
    } else if (has("restore-point") || has("time-range")) {
        return QStringLiteral("--restore-point and --time-range apply to restore only");
    }
    return {};
}

QJsonObject BulkActionKinds::fields(const QString &name, const QVariantMap &values)
{
    QJsonObject object;
    if (name == QLatin1String("resize")) {
        object.insert(QStringLiteral("targetServicePlanId"),
                      values.value(QStringLiteral("plan")).toString().trimmed());
    } else if (name == QLatin1String("restore")) {
        const QDateTime point = parseRestorePoint(values.value(QStringLiteral("restore-point")).toString());
        object.insert(QStringLiteral("restorePointDateTime"), point.toUTC().toString(Qt::ISODate));
        const QString range = values.value(QStringLiteral("time-range")).toString();
        object.insert(QStringLiteral("timeRange"), range.isEmpty() ? QStringLiteral("beforeOrAfter") : range);
    } else if (name == QLatin1String("review")) {
        object.insert(QStringLiteral("reviewStatus"), QJsonObject{{QStringLiteral("inReview"), true}});
    }
    return object;
}
