#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

// The kinds of cloudPcBulkAction a console and cloudpcctl create (GRAPH-NOTES, "Bulk actions"): the CLI's
// word, Graph's @odata.type and the fields each subtype takes.
struct BulkActionKind
{
    QString name;             // cloudpcctl's word: "reprovision", "power-on", "create-snapshot"
    QString odataType;        // "#microsoft.graph.cloudPcBulkPowerOn"
    const char *label;        // translated in the BulkActionKinds context: "Power on"
    const char *effect;       // what it does to each Cloud PC, translated likewise
    bool destructive = false; // wipes or rolls back the Cloud PCs (reprovision, restore, resize)
};

class BulkActionKinds
{
    Q_DECLARE_TR_FUNCTIONS(BulkActionKinds)
public:
    // The Intune admin center's limit of Cloud PCs per bulk action.
    static constexpr int kMaxCloudPcs = 5000;

    static const QList<BulkActionKind> &all();
    static const BulkActionKind *find(const QString &name);
    static const BulkActionKind *findByODataType(const QString &odataType);
    static QStringList names();
    static QString label(const QString &name);
    static QString effect(const QString &name);
    // Empty when the values fit the kind ("plan" for resize, "restore-point" for restore …); otherwise what
    // is wrong, in English, for cloudpcctl: "resize needs --plan SERVICE_PLAN_ID".
    static QString check(const QString &name, const QVariantMap &values);
    // The subtype's own fields for the request body, from the values (checked before).
    static QJsonObject fields(const QString &name, const QVariantMap &values);
    // A restore point as given ("2026-11-20T08:00:00Z", "2026-11-20T09:00:00+01:00"); invalid when it is
    // none.
    static QDateTime parseRestorePoint(const QString &text);
};
