// GraphEmulator: a Cloud PC's connection history, as ../shared/GRAPH-NOTES.md ("Following an act to its
// end") has it.
//   GET beta …/cloudPCs/{id}/getCloudPcConnectivityHistory   {"value": [cloudPcConnectivityEvent]}
// v1.0 has no such function: 400 "Resource not found for the segment", as for the other beta-only paths.
#include "graphemulator.h"

#include <QRegularExpression>

std::optional<EmulatorResponse> GraphEmulator::routeConnectivity(const Context &context)
{
    static const QRegularExpression path(
        QStringLiteral("^/deviceManagement/virtualEndpoint/cloudPCs/([^/]+)/getCloudPcConnectivityHistory$"));
    const QRegularExpressionMatch match = path.match(context.resource);
    if (!match.hasMatch())
        return std::nullopt;
    const QString cloudPcId = match.captured(1);
    if (context.request.method != "GET")
        return error(context, 405, QStringLiteral("BadRequest"),
                     QStringLiteral("The HTTP method '%1' is not allowed for this resource.")
                         .arg(QString::fromLatin1(context.request.method)));
    if (context.version != QLatin1String("beta"))
        return error(context, 400, QStringLiteral("BadRequest"),
                     QStringLiteral("Resource not found for the segment 'getCloudPcConnectivityHistory'."));
    if (m_tenant.indexOfCloudPc(cloudPcId) < 0)
        return error(context, 404, QStringLiteral("ResourceNotFound"),
                     QStringLiteral("The Cloud PC '%1' was not found.").arg(cloudPcId));
    const QList<CloudPcConnectivityEvent> &events = m_connectivity.of(cloudPcId);
    return page(context, events.size(),
                [&](qint64 i) { return QJsonValue(applySelect(context, events[i].toJson())); });
}
