#pragma once

#include "demotenant.h"

#include <QHash>
#include <QObject>
#include <QSet>

// Health check runs of the demo tenant's Azure network connections (runHealthChecks): the connection goes
// to running (its previous checks gone, a new start time) and, after durationMs on the emulator's clock, to
// its result. Running the checks repairs nothing: a connection comes back with the result it had (the failed
// one fails again, with new times and correlation ids) until it is marked fixed (setFixed, a test and demo
// hook: "the admin repaired the network"), after which every check passes.
class DemoHealthChecks : public QObject
{
    Q_OBJECT
public:
    explicit DemoHealthChecks(DemoTenant *tenant, QObject *parent = nullptr);

    // Starts a run of the connection's checks (an index into DemoTenant::connections()).
    void run(int connectionIndex, int durationMs);
    void setFixed(const QString &connectionId, bool fixed);
    bool isFixed(const QString &connectionId) const { return m_fixed.contains(connectionId); }

Q_SIGNALS:
    void connectionChanged(const QString &id);

private:
    void finish(const QString &connectionId, quint64 run);

    DemoTenant *m_tenant;
    // The result each connection had before its first run (what a run comes back with).
    QHash<QString, OnPremisesConnection> m_outcome;
    QHash<QString, quint64> m_runs; // the latest run of each connection: an older timer does nothing
    QSet<QString> m_fixed;
};
