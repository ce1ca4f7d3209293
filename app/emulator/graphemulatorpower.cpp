#include "graphemulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
const QStringList kAccessLevels{QStringLiteral("unrestricted"), QStringLiteral("restricted")};
const QStringList kAccessTiers{QStringLiteral("hot"), QStringLiteral("cool"), QStringLiteral("cold"),
                               QStringLiteral("archive")};

// The supported remote actions of a Cloud PC as getSupportedCloudPcRemoteActions answers them: the members of
// cloudPcRemoteActionName, plus powerOn, powerOff and endGracePeriod (which newer services answer too).
QJsonArray supportedActions(const CloudPc &pc)
{
    const bool deprovisioning = pc.status == CloudPcStatus::Deprovisioning;
    const bool poweredOff = pc.isFrontline() && pc.powerState == QLatin1String("poweredOff");
    const QList<QPair<QString, bool>> actions{
        {QStringLiteral("restart"), !poweredOff},
        {QStringLiteral("rename"), true},
        {QStringLiteral("restore"), true},
        {QStringLiteral("resize"), !pc.isFrontline()},
        {QStringLiteral("reprovision"), true},
        {QStringLiteral("troubleShoot"), true},
        {QStringLiteral("changeUserAccountType"), true},
        {QStringLiteral("placeUnderReview"), pc.status != CloudPcStatus::NotProvisioned},
        {QStringLiteral("powerOn"), pc.isFrontline()},
        {QStringLiteral("powerOff"), pc.isFrontline()},
        {QStringLiteral("endGracePeriod"), pc.status == CloudPcStatus::InGracePeriod}};
    QJsonArray value;
    for (const auto &[name, enabled] : actions)
        value.append(QJsonObject{{QStringLiteral("actionName"), name},
                                 {QStringLiteral("actionCapability"), enabled && !deprovisioning
                                                                          ? QStringLiteral("enabled")
                                                                          : QStringLiteral("disabled")}});
    return value;
}
} // namespace

std::optional<EmulatorResponse> GraphEmulator::routePowerAndReview(const Context &context)
{
    static const QRegularExpression path(
        QStringLiteral("^/deviceManagement/virtualEndpoint/cloudPCs/([^/]+)/"
                       "(powerOn|powerOff|setReviewStatus|retrieveReviewStatus|retryPartnerAgentInstallation|"
                       "getSupportedCloudPcRemoteActions)$"));
    const QRegularExpressionMatch match = path.match(context.resource);
    if (!match.hasMatch())
        return std::nullopt;
    const QString id = match.captured(1);
    const QString act = match.captured(2);
    const bool read = act == QLatin1String("retrieveReviewStatus") ||
                      act == QLatin1String("getSupportedCloudPcRemoteActions");
    if (context.request.method != (read ? "GET" : "POST"))
        return error(context, 405, QStringLiteral("BadRequest"),
                     QStringLiteral("The HTTP method '%1' is not allowed for '%2'.")
                         .arg(QString::fromLatin1(context.request.method), act));
    // Every one of them is beta only: v1.0 does not know the segment.
    if (context.version != QLatin1String("beta"))
        return error(context, 400, QStringLiteral("BadRequest"),
                     QStringLiteral("Resource not found for the segment '%1'.").arg(act));
    EmulatorResponse failure;
    std::optional<QJsonObject> body;
    if (!read) {
        body = jsonBody(context, &failure);
        if (!body)
            return failure;
    }
    const int index = m_tenant.indexOfCloudPc(id);
    if (index < 0)
        return error(context, 404, QStringLiteral("ResourceNotFound"),
                     QStringLiteral("The Cloud PC '%1' was not found.").arg(id));
    CloudPc &pc = m_tenant.cloudPcs()[index];
    const QString metadata = baseUrl().toString() + QStringLiteral("/beta/$metadata#");

    if (act == QLatin1String("retrieveReviewStatus")) {
        QJsonObject object = m_tenant.reviewStatus(pc.id).toJson();
        object.insert(QStringLiteral("@odata.context"),
                      metadata + QStringLiteral("microsoft.graph.cloudPcReviewStatus"));
        return EmulatorResponse::json(200, QJsonDocument(object));
    }
    if (act == QLatin1String("getSupportedCloudPcRemoteActions")) {
        return EmulatorResponse::json(
            200, QJsonDocument(QJsonObject{
                     {QStringLiteral("@odata.context"),
                      metadata + QStringLiteral("Collection(microsoft.graph.cloudPcRemoteActionCapability)")},
                     {QStringLiteral("value"), supportedActions(pc)}}));
    }

    // Refusals where the act does not apply to this Cloud PC (power on a dedicated one, anything on one being
    // deprovisioned). The reference pages document no error for them. Issue 19 asks for a "403-style"
    // refusal; the emulator answers 400 BadRequest with a message that says why instead, because a 403 from
    // Graph means the caller lacks a permission (Authorization_RequestDenied) and clients rightly treat it so
    // (cloudpcctl exits 3, "sign-in failure", on a 403), and because the act refused for its resource's state
    // is what Graph's 400 stands for elsewhere (endGracePeriod on a Cloud PC not in grace period, above).
    auto refuse = [&](const QString &message) {
        return error(context, 400, QStringLiteral("BadRequest"), message);
    };
    if (pc.status == CloudPcStatus::Deprovisioning)
        return refuse(
            QStringLiteral("The Cloud PC '%1' is being deprovisioned; no action can be taken on it.")
                .arg(pc.id));

    if (act == QLatin1String("powerOn") || act == QLatin1String("powerOff")) {
        if (!pc.isFrontline())
            return refuse(
                QStringLiteral("The action '%1' is supported only for Frontline Cloud PCs; the Cloud "
                               "PC '%2' has product type '%3'.")
                    .arg(act, pc.id, pc.productType));
        m_activity.setPower(index, act == QLatin1String("powerOn"));
        pc.lastModifiedDateTime = QDateTime::currentDateTimeUtc();
        countAct(act, pc.id);
        return EmulatorResponse::noContent(204);
    }
    if (act == QLatin1String("retryPartnerAgentInstallation")) {
        if (!pc.hasFailedPartnerAgent())
            return error(context, 400, QStringLiteral("BadRequest"),
                         QStringLiteral("No partner agent installation failed on the Cloud PC '%1': there is "
                                        "nothing to retry.")
                             .arg(pc.id));
        m_activity.retryPartnerAgents(index);
        countAct(act, pc.id);
        return EmulatorResponse::noContent(204);
    }

    // setReviewStatus: {"reviewStatus": {"inReview": bool, "userAccessLevel"?, "azureStorageAccountId"?,
    // "accessTier"?}}
    auto badRequest = [&](const QString &message) {
        return error(context, 400, QStringLiteral("BadRequest"), message);
    };
    const QJsonValue statusValue = body->value(QStringLiteral("reviewStatus"));
    if (!statusValue.isObject())
        return badRequest(QStringLiteral("The parameter 'reviewStatus' is missing or not an object."));
    const QJsonObject given = statusValue.toObject();
    if (!given.value(QStringLiteral("inReview")).isBool())
        return badRequest(QStringLiteral("reviewStatus.inReview is required and must be true or false."));
    const QJsonValue level = given.value(QStringLiteral("userAccessLevel"));
    if (given.contains(QStringLiteral("userAccessLevel")) &&
        (!level.isString() || !kAccessLevels.contains(level.toString())))
        return badRequest(
            QStringLiteral("Invalid value '%1' for userAccessLevel: expected unrestricted or restricted.")
                .arg(level.toVariant().toString()));
    const QJsonValue tier = given.value(QStringLiteral("accessTier"));
    if (given.contains(QStringLiteral("accessTier")) &&
        (!tier.isString() || !kAccessTiers.contains(tier.toString())))
        return badRequest(
            QStringLiteral("Invalid value '%1' for accessTier: expected hot, cool, cold or archive.")
                .arg(tier.toVariant().toString()));
    static const QRegularExpression storageId(QStringLiteral(
        "^/subscriptions/([0-9A-Fa-f-]{36})/resourceGroups/[^/]+/providers/Microsoft\\.Storage/"
        "storageAccounts/([a-z0-9]{3,24})$"));
    const QJsonValue storage = given.value(QStringLiteral("azureStorageAccountId"));
    QRegularExpressionMatch storageMatch;
    if (given.contains(QStringLiteral("azureStorageAccountId"))) {
        storageMatch = storage.isString() ? storageId.match(storage.toString()) : QRegularExpressionMatch();
        if (!storageMatch.hasMatch())
            return badRequest(
                QStringLiteral("Invalid azureStorageAccountId '%1': expected the resource id "
                               "of a storage account (/subscriptions/{id}/resourceGroups/{group}/"
                               "providers/Microsoft.Storage/storageAccounts/{name}).")
                    .arg(storage.toVariant().toString()));
    }

    CloudPcReviewStatus status = m_tenant.reviewStatus(pc.id);
    status.inReview = given.value(QStringLiteral("inReview")).toBool();
    if (status.inReview) {
        if (!status.reviewStartDateTime.isValid())
            status.reviewStartDateTime = QDateTime::currentDateTimeUtc();
        if (level.isString())
            status.userAccessLevel = level.toString();
        if (tier.isString())
            status.accessTier = tier.toString();
        if (storageMatch.hasMatch()) {
            status.azureStorageAccountId = storage.toString();
            status.azureStorageAccountName = storageMatch.captured(2);
            status.subscriptionId = storageMatch.captured(1);
            status.subscriptionName = QStringLiteral("Subscription %1").arg(storageMatch.captured(1).left(8));
            status.azureStorageContainerName = QStringLiteral("cloudpc-reviews");
        }
    } else {
        // The review ends: the user's access is back to normal; where the snapshot went is kept.
        status.reviewStartDateTime = QDateTime();
        status.userAccessLevel = QStringLiteral("unrestricted");
    }
    m_tenant.setReviewStatus(pc.id, status);
    pc.lastModifiedDateTime = QDateTime::currentDateTimeUtc();
    countAct(act, pc.id);
    return EmulatorResponse::noContent(204);
}
