#include "demohealthchecks.h"

#include <QTimer>
#include <QUuid>

DemoHealthChecks::DemoHealthChecks(DemoTenant *tenant, QObject *parent)
    : QObject(parent)
    , m_tenant(tenant)
{}

void DemoHealthChecks::setFixed(const QString &connectionId, bool fixed)
{
    if (fixed)
        m_fixed.insert(connectionId);
    else
        m_fixed.remove(connectionId);
}

void DemoHealthChecks::run(int connectionIndex, int durationMs)
{
    OnPremisesConnection &connection = m_tenant->connections()[connectionIndex];
    // The result it had before its first run here is what every run comes back with.
    if (!m_outcome.contains(connection.id))
        m_outcome.insert(connection.id, connection);
    connection.healthCheckStatusText = QStringLiteral("running");
    connection.healthCheckStatus = OnPremisesConnection::HealthStatus::Running;
    connection.checksStartDateTime = QDateTime::currentDateTimeUtc();
    connection.checksEndDateTime = QDateTime();
    connection.healthChecks.clear();
    const quint64 run = ++m_runs[connection.id];
    Q_EMIT connectionChanged(connection.id);
    QTimer::singleShot(qMax(1, durationMs), this, [this, id = connection.id, run] { finish(id, run); });
}

void DemoHealthChecks::finish(const QString &connectionId, quint64 run)
{
    const int index = m_tenant->indexOfConnection(connectionId);
    if (index < 0 || m_runs.value(connectionId) != run)
        return;
    OnPremisesConnection &connection = m_tenant->connections()[index];
    const OnPremisesConnection outcome = m_outcome.value(connectionId, connection);
    const bool fixed = m_fixed.contains(connectionId);
    const QDateTime end = QDateTime::currentDateTimeUtc();
    connection.checksEndDateTime = end;
    connection.healthChecks = outcome.healthChecks;
    const qint64 span = qMax<qint64>(1, connection.checksStartDateTime.msecsTo(end));
    for (int k = 0; k < connection.healthChecks.size(); ++k) {
        OnPremisesConnectionHealthCheck &check = connection.healthChecks[k];
        check.startDateTime =
            connection.checksStartDateTime.addMSecs(span * k / connection.healthChecks.size());
        check.endDateTime =
            connection.checksStartDateTime.addMSecs(span * (k + 1) / connection.healthChecks.size());
        if (fixed) {
            check.status = QStringLiteral("passed");
            check.errorType.clear();
            check.recommendedAction.clear();
            check.additionalDetail.clear();
            check.correlationId.clear();
        } else if (!check.correlationId.isEmpty()) {
            check.correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        }
    }
    connection.healthCheckStatusText = fixed ? QStringLiteral("passed") : outcome.healthCheckStatusText;
    connection.healthCheckStatus = OnPremisesConnection::healthFromString(connection.healthCheckStatusText);
    Q_EMIT connectionChanged(connectionId);
}
