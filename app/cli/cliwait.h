#pragma once

#include "actfollower.h"

#include <QHash>
#include <QObject>
#include <QTextStream>
#include <QTimer>
#include <memory>

#include "operation.h"

class AuditLog;
class GraphClient;

// cloudpcctl's --wait: follows the accepted items of an act to their end with ActFollower, printing one line
// per change ("CPC-anna-01  done  12m04s", "CPC-bob-02  failed  3m10s  intuneEnrollFailed: …"; Cloud PCs by
// their names, read in one $batch before following, their ids when a name cannot be read; times on the
// service's clock, the demo's compressed one with --demo), and ends with 0
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
    // Reads the names of the Cloud PCs the command named by id, then follows.
    void readNamesThenFollow();
    void beginFollowing();
    QString nameOf(const Operation::Item &item) const;
    void onChanged(Operation *operation, int index);
    void end();
    void timedOut();

    GraphClient *m_client = nullptr;
    double m_timeScale = 1.0; // the follower's: real time per unit of the service's time
    std::unique_ptr<ActFollower> m_follower;
    QHash<QString, QString> m_names; // Cloud PC id -> display name
    QTextStream &m_out;
    QTextStream &m_err;
    QTimer m_timeout;
    Operation *m_operation = nullptr;
    bool m_failedBefore = false;
    bool m_done = false;
};
