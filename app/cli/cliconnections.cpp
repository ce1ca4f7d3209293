// cloudpcctl: the Azure network connections (connections list, connections check --wait) and the fleet
// overview (overview), over the same lists and FleetOverview the console uses.
#include "cliapp.h"
#include "cliwait.h"

#include "fleetoverview.h"
#include "graphcall.h"
#include "graphclient.h"
#include "graphlistjob.h"
#include "graphrequests.h"
#include "listloader.h"
#include "onpremisesconnection.h"
#include "tenantlists.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace {
QString failedCheckNames(const QJsonObject &connection)
{
    QStringList names;
    const QJsonArray checks = connection.value(QStringLiteral("healthCheckStatusDetail"))
                                  .toObject()
                                  .value(QStringLiteral("healthChecks"))
                                  .toArray();
    for (const QJsonValue &check : checks) {
        const QString status = check.toObject().value(QStringLiteral("status")).toString();
        if (status == QLatin1String("failed") || status == QLatin1String("warning"))
            names << check.toObject().value(QStringLiteral("displayName")).toString();
    }
    return names.join(QStringLiteral("; "));
}

QJsonObject shapeConnection(const QJsonObject &connection)
{
    QJsonObject shaped = connection;
    shaped.insert(QStringLiteral("lastCheck"), connection.value(QStringLiteral("healthCheckStatusDetail"))
                                                   .toObject()
                                                   .value(QStringLiteral("endDateTime")));
    shaped.insert(QStringLiteral("failedChecks"), failedCheckNames(connection));
    return shaped;
}

QList<CliOutput::Column> connectionColumns()
{
    return {{QStringLiteral("id"), QStringLiteral("ID"), 36},
            {QStringLiteral("displayName"), QStringLiteral("NAME"), 28},
            {QStringLiteral("connectionType"), QStringLiteral("TYPE"), 17},
            {QStringLiteral("healthCheckStatus"), QStringLiteral("HEALTH"), 13},
            {QStringLiteral("lastCheck"), QStringLiteral("LAST CHECK"), 20},
            {QStringLiteral("failedChecks"), QStringLiteral("FAILED CHECKS"), 0}};
}

QString percent(double share)
{
    return QString::number(share * 100.0, 'f', 1) + QLatin1Char('%');
}

QStringList actKinds(const QList<FleetOverview::SuggestedAct> &acts)
{
    QStringList kinds;
    for (FleetOverview::SuggestedAct act : acts) {
        const QString kind = FleetOverview::actKind(act);
        kinds << (kind.isEmpty() ? QStringLiteral("openFailedChecks") : kind);
    }
    return kinds;
}
} // namespace

void CliApp::listConnections()
{
    streamList(m_client->list(GraphRequests::listOnPremisesConnections()), connectionColumns(),
               shapeConnection);
}

void CliApp::followConnections(const QStringList &ids)
{
    // The emulator on loopback answers in moments; Graph's checks take minutes.
    const QString host = m_client->baseUrl().host();
    const bool local = host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost");
    const int intervalMs = local ? 200 : 10000;
    auto pending = std::make_shared<QStringList>(ids);
    auto results = std::make_shared<QHash<QString, QJsonObject>>();
    // --wait-timeout as for every act (default 2h; Graph's checks take minutes).
    const qint64 timeoutMs = m_arguments.isSet(QStringLiteral("wait-timeout"))
                                 ? CliWait::parseDuration(m_arguments.value(QStringLiteral("wait-timeout")))
                                 : qint64(2) * 3600 * 1000;
    auto deadline = std::make_shared<QDeadlineTimer>(timeoutMs);
    // The function holds itself only weakly (a strong self-capture is a cycle that outlives the run); the
    // timer and the reply in flight hold it strongly until the next read is due.
    auto poll = std::make_shared<std::function<void()>>();
    const std::weak_ptr<std::function<void()>> self = poll;
    *poll = [this, pending, results, deadline, self, intervalMs, ids] {
        if (pending->isEmpty()) {
            CliOutput output(m_arguments.format, connectionColumns(), m_out);
            output.begin();
            int code = Success;
            for (const QString &id : ids) {
                const QJsonObject connection = results->value(id);
                output.write(m_arguments.format == CliOutput::Format::Json ? connection
                                                                           : shapeConnection(connection));
                const std::optional<OnPremisesConnection> parsed = OnPremisesConnection::fromJson(connection);
                if (!parsed || parsed->healthCheckStatus != OnPremisesConnection::HealthStatus::Passed)
                    code = SomeFailed;
                if (parsed && m_arguments.format == CliOutput::Format::Table) {
                    for (const OnPremisesConnectionHealthCheck &check : parsed->failedChecks())
                        m_err << parsed->displayName << ": " << check.displayName << ": " << check.status
                              << (check.errorType.isEmpty() ? QString()
                                                            : QStringLiteral(" (%1)").arg(check.errorType))
                              << (check.recommendedAction.isEmpty()
                                      ? QString()
                                      : QStringLiteral(": ") + check.recommendedAction)
                              << (check.correlationId.isEmpty()
                                      ? QString()
                                      : QStringLiteral(" [correlation id %1]").arg(check.correlationId))
                              << "\n";
                }
            }
            output.end();
            finish(code);
            return;
        }
        if (deadline->hasExpired()) {
            m_err << "still running after --wait-timeout: " << pending->join(QStringLiteral(", ")) << "\n";
            finish(SomeFailed);
            return;
        }
        const QString id = pending->first();
        GraphCall *call = m_client->send(GraphRequests::getOnPremisesConnection(id));
        connect(call, &GraphCall::finished, this, [=, poll = self.lock()] {
            GraphError error;
            const QJsonObject connection = call->ok() ? call->jsonObject(&error) : QJsonObject();
            if (!call->ok() || error.isError()) {
                const GraphError &failure = call->ok() ? error : call->error();
                reportError(failure);
                finish(exitCodeFor(failure));
                return;
            }
            const OnPremisesConnection::HealthStatus health = OnPremisesConnection::healthFromString(
                connection.value(QStringLiteral("healthCheckStatus")).toString());
            if (health == OnPremisesConnection::HealthStatus::Running ||
                health == OnPremisesConnection::HealthStatus::Pending) {
                QTimer::singleShot(intervalMs, this, [poll] { (*poll)(); });
                return;
            }
            results->insert(id, connection);
            pending->removeFirst();
            (*poll)();
        });
    };
    // The service needs a moment to take the run up: the first read comes after one interval.
    QTimer::singleShot(intervalMs, this, [poll] { (*poll)(); });
}

void CliApp::showOverview()
{
    auto *lists = new TenantLists(m_client.get(), this);
    auto *overview = new FleetOverview(this);
    overview->setLists(lists);
    auto remaining = std::make_shared<int>(TenantLists::ListCount);
    auto failure = std::make_shared<std::optional<GraphError>>();
    auto done = [this, lists, overview, remaining, failure] {
        if (--*remaining > 0)
            return;
        if (*failure) {
            reportError(**failure);
            finish(exitCodeFor(**failure));
            return;
        }
        overview->recount();
        const QList<FleetOverview::StatusCount> statuses = overview->statusCounts();
        const QList<FleetOverview::PolicyRow> policies = overview->policyRows();
        const QList<FleetOverview::FailureGroup> groups = overview->failureGroups(true);
        const QList<FleetOverview::ConnectionRow> connections = overview->connectionRows();
        if (m_arguments.format == CliOutput::Format::Json) {
            QJsonArray byStatus, byPolicy, failureGroups, connectionArray;
            for (const FleetOverview::StatusCount &status : statuses)
                byStatus.append(QJsonObject{{QStringLiteral("status"), status.statusText},
                                            {QStringLiteral("count"), status.count},
                                            {QStringLiteral("share"), status.share}});
            for (const FleetOverview::PolicyRow &policy : policies)
                byPolicy.append(QJsonObject{{QStringLiteral("id"), policy.policyId},
                                            {QStringLiteral("displayName"), policy.displayName},
                                            {QStringLiteral("provisioned"), policy.provisioned},
                                            {QStringLiteral("failed"), policy.failed},
                                            {QStringLiteral("other"), policy.other},
                                            {QStringLiteral("onPremisesConnectionIds"),
                                             QJsonArray::fromStringList(policy.connectionIds)}});
            for (const FleetOverview::FailureGroup &group : groups)
                failureGroups.append(QJsonObject{
                    {QStringLiteral("code"), group.code},
                    {QStringLiteral("message"), group.message},
                    {QStringLiteral("count"), group.count},
                    {QStringLiteral("failed"), group.failed},
                    {QStringLiteral("provisionedWithWarnings"), group.withWarnings},
                    {QStringLiteral("policyIds"), QJsonArray::fromStringList(group.policyIds)},
                    {QStringLiteral("policyNames"), QJsonArray::fromStringList(group.policyNames)},
                    {QStringLiteral("onPremisesConnectionNames"),
                     QJsonArray::fromStringList(group.connectionNames)},
                    {QStringLiteral("onPremisesConnectionIds"),
                     QJsonArray::fromStringList(group.connectionIds)},
                    {QStringLiteral("cloudPcIds"), QJsonArray::fromStringList(group.cloudPcIds)},
                    {QStringLiteral("suggestedActs"), QJsonArray::fromStringList(actKinds(group.acts))}});
            for (const FleetOverview::ConnectionRow &connection : connections)
                connectionArray.append(QJsonObject{
                    {QStringLiteral("id"), connection.id},
                    {QStringLiteral("displayName"), connection.displayName},
                    {QStringLiteral("healthCheckStatus"), connection.healthStatusText},
                    {QStringLiteral("failedChecks"), connection.failedChecks},
                    {QStringLiteral("cloudPcs"), connection.cloudPcs},
                    {QStringLiteral("failedCloudPcs"), connection.failedCloudPcs},
                    {QStringLiteral("policyIds"), QJsonArray::fromStringList(connection.policyIds)}});
            const QJsonObject document{
                {QStringLiteral("cloudPcs"), overview->cloudPcCount()},
                {QStringLiteral("byStatus"), byStatus},
                {QStringLiteral("byPolicy"), byPolicy},
                {QStringLiteral("failureGroups"), failureGroups},
                {QStringLiteral("onPremisesConnections"), connectionArray},
                {QStringLiteral("usersWithProvisioningErrors"), overview->errorUserCount()},
                {QStringLiteral("failedBulkActions"), overview->failedBulkActionCount()}};
            m_out << QJsonDocument(document).toJson(QJsonDocument::Indented);
            finish(Success);
            return;
        }
        if (m_arguments.format == CliOutput::Format::Csv) {
            CliOutput output(CliOutput::Format::Csv,
                             {{QStringLiteral("section"), {}, 0},
                              {QStringLiteral("id"), {}, 0},
                              {QStringLiteral("name"), {}, 0},
                              {QStringLiteral("count"), {}, 0},
                              {QStringLiteral("share"), {}, 0},
                              {QStringLiteral("provisioned"), {}, 0},
                              {QStringLiteral("failed"), {}, 0},
                              {QStringLiteral("other"), {}, 0},
                              {QStringLiteral("policies"), {}, 0},
                              {QStringLiteral("connections"), {}, 0},
                              {QStringLiteral("acts"), {}, 0}},
                             m_out);
            output.begin();
            for (const FleetOverview::StatusCount &status : statuses)
                output.write({{QStringLiteral("section"), QStringLiteral("status")},
                              {QStringLiteral("id"), status.statusText},
                              {QStringLiteral("name"), status.displayText},
                              {QStringLiteral("count"), status.count},
                              {QStringLiteral("share"), QString::number(status.share, 'f', 4)}});
            for (const FleetOverview::PolicyRow &policy : policies)
                output.write({{QStringLiteral("section"), QStringLiteral("policy")},
                              {QStringLiteral("id"), policy.policyId},
                              {QStringLiteral("name"), policy.displayName},
                              {QStringLiteral("count"), policy.total()},
                              {QStringLiteral("provisioned"), policy.provisioned},
                              {QStringLiteral("failed"), policy.failed},
                              {QStringLiteral("other"), policy.other}});
            for (const FleetOverview::FailureGroup &group : groups)
                output.write(
                    {{QStringLiteral("section"), QStringLiteral("failureGroup")},
                     {QStringLiteral("id"), group.code},
                     {QStringLiteral("name"), group.message},
                     {QStringLiteral("count"), group.count},
                     {QStringLiteral("provisioned"), group.withWarnings},
                     {QStringLiteral("failed"), group.failed},
                     {QStringLiteral("policies"), group.policyNames.join(QStringLiteral("; "))},
                     {QStringLiteral("connections"), group.connectionNames.join(QStringLiteral("; "))},
                     {QStringLiteral("acts"), actKinds(group.acts).join(QStringLiteral("; "))}});
            for (const FleetOverview::ConnectionRow &connection : connections)
                output.write(
                    {{QStringLiteral("section"), QStringLiteral("connection")},
                     {QStringLiteral("id"), connection.id},
                     {QStringLiteral("name"), connection.displayName},
                     {QStringLiteral("count"), connection.cloudPcs},
                     {QStringLiteral("failed"), connection.failedCloudPcs},
                     {QStringLiteral("policies"), connection.policyNames.join(QStringLiteral("; "))}});
            output.write({{QStringLiteral("section"), QStringLiteral("summary")},
                          {QStringLiteral("id"), QStringLiteral("usersWithProvisioningErrors")},
                          {QStringLiteral("count"), overview->errorUserCount()}});
            output.write({{QStringLiteral("section"), QStringLiteral("summary")},
                          {QStringLiteral("id"), QStringLiteral("failedBulkActions")},
                          {QStringLiteral("count"), overview->failedBulkActionCount()}});
            output.end();
            finish(Success);
            return;
        }
        // The table: one section after the other.
        m_out << "Cloud PCs: " << overview->cloudPcCount() << "\n\n";
        m_out << QStringLiteral("%1 %2 %3\n")
                     .arg(QStringLiteral("STATUS").leftJustified(32),
                          QStringLiteral("COUNT").rightJustified(7),
                          QStringLiteral("SHARE").rightJustified(7));
        for (const FleetOverview::StatusCount &status : statuses)
            m_out << QStringLiteral("%1 %2 %3\n")
                         .arg(status.displayText.leftJustified(32))
                         .arg(status.count, 7)
                         .arg(percent(status.share).rightJustified(7));
        m_out << "\n"
              << QStringLiteral("%1 %2 %3 %4\n")
                     .arg(QStringLiteral("POLICY").leftJustified(32),
                          QStringLiteral("PROVISIONED").rightJustified(11),
                          QStringLiteral("FAILED").rightJustified(7),
                          QStringLiteral("OTHER").rightJustified(7));
        for (const FleetOverview::PolicyRow &policy : policies)
            m_out << QStringLiteral("%1 %2 %3 %4\n")
                         .arg(policy.displayName.leftJustified(32))
                         .arg(policy.provisioned, 11)
                         .arg(policy.failed, 7)
                         .arg(policy.other, 7);
        m_out << "\n"
              << QStringLiteral("%1 %2  %3\n")
                     .arg(QStringLiteral("FAILURE (CODE)").leftJustified(28),
                          QStringLiteral("COUNT").rightJustified(7),
                          QStringLiteral("POLICIES / CONNECTIONS / SUGGESTED"));
        for (const FleetOverview::FailureGroup &group : groups) {
            m_out << QStringLiteral("%1 %2  %3 / %4 / %5\n")
                         .arg(
                             (group.code.isEmpty() ? QStringLiteral("(none)") : group.code).leftJustified(28))
                         .arg(group.count, 7)
                         .arg(group.policyNames.join(QStringLiteral(", ")),
                              group.connectionNames.isEmpty()
                                  ? QStringLiteral("-")
                                  : group.connectionNames.join(QStringLiteral(", ")),
                              actKinds(group.acts).join(QStringLiteral(", ")));
            if (!group.message.isEmpty())
                m_out << "    " << group.message << "\n";
        }
        m_out << "\n"
              << QStringLiteral("%1 %2 %3 %4  %5\n")
                     .arg(QStringLiteral("CONNECTION").leftJustified(28),
                          QStringLiteral("HEALTH").leftJustified(13), QStringLiteral("PCS").rightJustified(6),
                          QStringLiteral("FAILED").rightJustified(6), QStringLiteral("POLICIES"));
        for (const FleetOverview::ConnectionRow &connection : connections)
            m_out << QStringLiteral("%1 %2 %3 %4  %5\n")
                         .arg(connection.displayName.leftJustified(28),
                              connection.healthText.leftJustified(13))
                         .arg(connection.cloudPcs, 6)
                         .arg(connection.failedCloudPcs, 6)
                         .arg(connection.policyNames.join(QStringLiteral(", ")));
        m_out << "\nUsers with service provisioning errors: " << overview->errorUserCount()
              << "\nBulk actions that failed: " << overview->failedBulkActionCount() << "\n";
        finish(Success);
    };
    for (int list = 0; list < TenantLists::ListCount; ++list) {
        ListLoader *loader = lists->loader(list);
        connect(loader, &ListLoader::finished, this, done);
        connect(loader, &ListLoader::failed, this, [done, failure](const GraphError &error) {
            if (!*failure)
                *failure = error;
            done();
        });
    }
    lists->reload();
}
