// GraphEmulator: Azure network connections, as ../shared/GRAPH-NOTES.md ("Why provisioning fails: network
// connections") has them.
//   GET  v1.0, beta …/onPremisesConnections[?$select=…]        a collection (paged like the others)
//   GET  v1.0, beta …/onPremisesConnections/{id}[?$select=…]   one connection; 404 when unknown
//   POST v1.0, beta …/onPremisesConnections/{id}/runHealthChecks   no body; 204; running, then its result
// healthCheckStatusDetail is sent only when $select'ed (as Graph does); a $select naming a property the type
// does not have (the retired beta plural healthCheckStatusDetails among them) is a 400.
#include "graphemulator.h"

#include <QRegularExpression>

namespace {
const QStringList kConnectionProperties{
    QStringLiteral("id"),
    QStringLiteral("displayName"),
    QStringLiteral("connectionType"),
    QStringLiteral("adDomainName"),
    QStringLiteral("adDomainUsername"),
    QStringLiteral("organizationalUnit"),
    QStringLiteral("subscriptionId"),
    QStringLiteral("subscriptionName"),
    QStringLiteral("resourceGroupId"),
    QStringLiteral("virtualNetworkId"),
    QStringLiteral("virtualNetworkLocation"),
    QStringLiteral("subnetId"),
    QStringLiteral("inUse"),
    QStringLiteral("healthCheckStatus"),
    QStringLiteral("healthCheckStatusDetail"),
    QStringLiteral("scopeIds"),
};
} // namespace

std::optional<EmulatorResponse> GraphEmulator::routeConnections(const Context &context)
{
    static const QRegularExpression path(QStringLiteral(
        "^/deviceManagement/virtualEndpoint/onPremisesConnections(?:/([^/]+)(?:/([^/]+))?)?$"));
    const QRegularExpressionMatch match = path.match(context.resource);
    if (!match.hasMatch())
        return std::nullopt;
    const QString id = match.captured(1);
    const QString act = match.captured(2);
    auto methodNotAllowed = [&] {
        return error(context, 405, QStringLiteral("BadRequest"),
                     QStringLiteral("The HTTP method '%1' is not allowed for this resource.")
                         .arg(QString::fromLatin1(context.request.method)));
    };
    if (!act.isEmpty() && act != QLatin1String("runHealthChecks"))
        return error(context, 400, QStringLiteral("BadRequest"),
                     QStringLiteral("Resource not found for the segment '%1'.").arg(act));
    const int index = id.isEmpty() ? -1 : m_tenant.indexOfConnection(id);
    if (!id.isEmpty() && index < 0)
        return error(context, 404, QStringLiteral("ResourceNotFound"),
                     QStringLiteral("The Azure network connection '%1' was not found.").arg(id));

    if (!act.isEmpty()) {
        if (context.request.method != "POST")
            return methodNotAllowed();
        m_healthChecks.run(index, qMax(1, m_activity.timing().provisioningMs / 2));
        countAct(QStringLiteral("runHealthChecks"), id);
        return EmulatorResponse::noContent(204);
    }
    if (context.request.method != "GET")
        return methodNotAllowed();

    const QString select = context.request.queryValue(QStringLiteral("$select"));
    const QStringList fields = select.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &field : fields) {
        if (!kConnectionProperties.contains(field.trimmed()))
            return error(context, 400, QStringLiteral("BadRequest"),
                         QStringLiteral("Could not find a property named '%1' on type "
                                        "'microsoft.graph.cloudPcOnPremisesConnection'.")
                             .arg(field.trimmed()));
    }
    const bool withDetail = fields.contains(QStringLiteral("healthCheckStatusDetail"));
    auto render = [&](const OnPremisesConnection &connection) {
        QJsonObject object = connection.toJson();
        if (!withDetail)
            object.remove(QStringLiteral("healthCheckStatusDetail"));
        return applySelect(context, object);
    };
    const QVector<OnPremisesConnection> &connections = m_tenant.connections();
    if (index >= 0)
        return EmulatorResponse::json(200, QJsonDocument(render(connections[index])));
    return page(context, connections.size(), [&](qint64 i) { return QJsonValue(render(connections[i])); });
}
