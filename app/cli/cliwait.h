#pragma once

#include "actfollower.h"

#include <QObject>
#include <QTextStream>
#include <QTimer>
#include <memory>

class AuditLog;
class GraphClient;
class Operation;

// cloudpcctl's --wait: follows the accepted items of an act to their end with ActFollower, printing one line
// per change ("CPC-anna-01  done  12m04s", "CPC-bob-02  failed  intuneEnrollFailed: …"), and ends with 0
// when every item is done, 1 when some failed or are still running at --wait-timeout (listed), 4 when
// Graph refuses the reads.
class CliWait : public QObject
{
    Q_OBJECT
public:
    CliWait(GraphClient *client, AuditLog *auditLog, const ActFollower::Schedule &schedule, QTextStream &out,
            QTextStream &err, QObject *parent = nullptr);

    // Follows the operation's accepted items for at most timeoutMs; `failedBefore`: some items were not
    // accepted (the exit code is 1 at best).
    void start(Operation *operation, qint64 timeoutMs, bool failedBefore);

    // "90s", "15m", "2h", "1h30m", "45" (seconds): milliseconds; -1 when unreadable.
    static qint64 parseDuration(const QString &text);
    // 12m04s, 1h02m03s, 45s.
    static QString formatDuration(qint64 ms);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onChanged(Operation *operation, int index);
    void end();
    void timedOut();

    std::unique_ptr<ActFollower> m_follower;
    QTextStream &m_out;
    QTextStream &m_err;
    QTimer m_timeout;
    Operation *m_operation = nullptr;
    bool m_failedBefore = false;
    bool m_done = false;
};
