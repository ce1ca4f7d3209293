// GraphEmulator: the restore points of Cloud PCs, as ../shared/GRAPH-NOTES.md ("More Cloud PC acts") has
// them.
//   GET  beta       …/cloudPCs/{id}/retrieveSnapshots   a collection of cloudPcSnapshot (paged like the
//   others) POST v1.0, beta …/cloudPCs/{id}/restore             {"cloudPcSnapshotId": "…"}: 204; restoring,
//   then provisioned POST beta       …/cloudPCs/{id}/createSnapshot      optional {"storageAccountId",
//   "accessTier"}: 204
#include "graphemulator.h"

#include <QJsonArray>
#include <QRegularExpression>

std::optional<EmulatorResponse> GraphEmulator::routeSnapshots(const Context &context)
{
    static const QRegularExpression path(QStringLiteral(
        "^/deviceManagement/virtualEndpoint/cloudPCs/([^/]+)/(retrieveSnapshots|restore|createSnapshot)$"));
    const QRegularExpressionMatch match = path.match(context.resource);
    if (!match.hasMatch())
        return std::nullopt;
    const QString cloudPcId = match.captured(1);
    const QString act = match.captured(2);
    const bool beta = context.version == QLatin1String("beta");
    auto badRequest = [&](const QString &message) {
        return error(context, 400, QStringLiteral("BadRequest"), message);
    };
    const QByteArray method =
        act == QLatin1String("retrieveSnapshots") ? QByteArray("GET") : QByteArray("POST");
    if (context.request.method != method)
        return error(context, 405, QStringLiteral("BadRequest"),
                     QStringLiteral("The HTTP method '%1' is not allowed for this resource.")
                         .arg(QString::fromLatin1(context.request.method)));
    if (!beta && act != QLatin1String("restore"))
        return badRequest(QStringLiteral("Resource not found for the segment '%1'.").arg(act));
    const int index = m_tenant.indexOfCloudPc(cloudPcId);
    if (index < 0)
        return error(context, 404, QStringLiteral("ResourceNotFound"),
                     QStringLiteral("The Cloud PC '%1' was not found.").arg(cloudPcId));

    if (act == QLatin1String("retrieveSnapshots")) {
        const QList<CloudPcSnapshot> &snapshots = m_snapshots.of(cloudPcId);
        return page(context, snapshots.size(),
                    [&](qint64 i) { return QJsonValue(applySelect(context, snapshots[i].toJson())); });
    }

    EmulatorResponse failure;
    const std::optional<QJsonObject> body = jsonBody(context, &failure);
    if (!body)
        return failure;
    const CloudPc &pc = m_tenant.cloudPcs()[index];
    if (act == QLatin1String("restore")) {
        const QJsonValue given = body->value(QStringLiteral("cloudPcSnapshotId"));
        if (!given.isString() || given.toString().trimmed().isEmpty())
            return badRequest(QStringLiteral("cloudPcSnapshotId is required: the id of one of the Cloud PC's "
                                             "snapshots (retrieveSnapshots)."));
        const QString snapshotId = given.toString();
        const QString owner = m_snapshots.ownerOf(snapshotId);
        if (owner.isEmpty())
            return badRequest(QStringLiteral("The snapshot '%1' was not found.").arg(snapshotId));
        if (owner != cloudPcId)
            return badRequest(QStringLiteral("The snapshot '%1' is not a snapshot of the Cloud PC '%2'.")
                                  .arg(snapshotId, cloudPcId));
        if (pc.status == CloudPcStatus::Restoring || pc.status == CloudPcStatus::Deprovisioning ||
            pc.status == CloudPcStatus::Provisioning)
            return badRequest(QStringLiteral("The Cloud PC '%1' cannot be restored while it is %2.")
                                  .arg(cloudPcId, pc.statusText));
        m_snapshots.restore(cloudPcId, snapshotId, qMax(1, m_activity.timing().provisioningMs / 2));
        countAct(QStringLiteral("restore"), cloudPcId);
        return EmulatorResponse::noContent(204);
    }

    // createSnapshot
    QString storageAccountId;
    if (body->contains(QStringLiteral("storageAccountId"))) {
        const QJsonValue value = body->value(QStringLiteral("storageAccountId"));
        if (!value.isString() || value.toString().trimmed().isEmpty())
            return badRequest(QStringLiteral("storageAccountId must be the resource id of an Azure storage "
                                             "account (a non-empty string)."));
        storageAccountId = value.toString();
    }
    QString accessTier;
    if (body->contains(QStringLiteral("accessTier"))) {
        static const QStringList kTiers{QStringLiteral("hot"), QStringLiteral("cool"), QStringLiteral("cold"),
                                        QStringLiteral("archive")};
        const QJsonValue value = body->value(QStringLiteral("accessTier"));
        if (!value.isString() || !kTiers.contains(value.toString()))
            return badRequest(
                QStringLiteral("Invalid value '%1' for accessTier: expected hot, cool, cold or archive.")
                    .arg(value.toVariant().toString()));
        accessTier = value.toString();
    }
    m_snapshots.create(cloudPcId, storageAccountId, accessTier,
                       qMax(1, m_activity.timing().provisioningMs / 4));
    countAct(QStringLiteral("createSnapshot"), cloudPcId);
    return EmulatorResponse::noContent(204);
}
