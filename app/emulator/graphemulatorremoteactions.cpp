// How the emulator lets a client follow an act to its end, as GRAPH-NOTES "Following an act to its end"
// describes it: GET beta VE/cloudPCs/{id}/retrieveCloudPcRemoteActionResults (v1.0 does not know the
// function) and GET beta VE/bulkActions/{id} (with $select) whose status and actionSummary move as its
// devices progress.
#include "graphemulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

void GraphEmulator::countAct(const QString &act, const QString &targetId)
{
    ++m_acts[act][targetId];
    m_remoteActions.start(act, targetId);
}

std::optional<EmulatorResponse> GraphEmulator::routeRemoteActions(const Context &context)
{
    static const QRegularExpression results(
        QStringLiteral("^/deviceManagement/virtualEndpoint/cloudPCs/([^/]+)/"
                       "retrieveCloudPcRemoteActionResults(?:\\(\\))?$"));
    static const QRegularExpression bulkAction(
        QStringLiteral("^/deviceManagement/virtualEndpoint/bulkActions/([^/]+)$"));
    const bool beta = context.version == QLatin1String("beta");
    QRegularExpressionMatch match = results.match(context.resource);
    if (match.hasMatch()) {
        if (context.request.method != "GET")
            return error(context, 405, QStringLiteral("BadRequest"),
                         QStringLiteral("The HTTP method '%1' is not allowed for "
                                        "'retrieveCloudPcRemoteActionResults'.")
                             .arg(QString::fromLatin1(context.request.method)));
        if (!beta) // a beta-only function: v1.0 does not know the segment
            return error(context, 400, QStringLiteral("BadRequest"),
                         QStringLiteral("Resource not found for the segment "
                                        "'retrieveCloudPcRemoteActionResults'."));
        const QString id = match.captured(1);
        if (m_tenant.indexOfCloudPc(id) < 0)
            return error(context, 404, QStringLiteral("ResourceNotFound"),
                         QStringLiteral("The Cloud PC '%1' was not found.").arg(id));
        QJsonArray items;
        const QList<CloudPcRemoteActionResult> list = m_remoteActions.results(id);
        for (const CloudPcRemoteActionResult &result : list)
            items.append(result.toJson());
        return EmulatorResponse::json(
            200,
            QJsonDocument(QJsonObject{{QStringLiteral("@odata.context"),
                                       QStringLiteral("https://graph.microsoft.com/beta/$metadata#Collection("
                                                      "microsoft.graph.cloudPcRemoteActionResult)")},
                                      {QStringLiteral("value"), items}}));
    }
    match = bulkAction.match(context.resource);
    if (match.hasMatch() && context.request.method == "GET") {
        if (!beta)
            return error(context, 400, QStringLiteral("BadRequest"),
                         QStringLiteral("Resource not found for the segment 'bulkActions'."));
        const QString id = match.captured(1);
        for (const DemoTenant::BulkActionRun &run : m_tenant.bulkActions()) {
            if (run.action.id == id)
                return EmulatorResponse::json(200, QJsonDocument(applySelect(context, run.action.toJson())));
        }
        return error(context, 404, QStringLiteral("ResourceNotFound"),
                     QStringLiteral("The bulk action '%1' was not found.").arg(id));
    }
    return std::nullopt;
}
