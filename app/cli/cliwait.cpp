#include "cliwait.h"

#include "actcatalog.h"
#include "batchjob.h"
#include "graphrequests.h"
#include "operation.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

CliWait::CliWait(GraphClient *client, AuditLog *auditLog, const ActFollower::Schedule &schedule,
                 QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_timeScale(schedule.timeScale > 0 ? schedule.timeScale : 1.0)
    , m_follower(std::make_unique<ActFollower>(client, auditLog))
    , m_out(out)
    , m_err(err)
{
    m_follower->setSchedule(schedule);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &CliWait::timedOut);
    connect(m_follower.get(), &ActFollower::itemFollowChanged, this, &CliWait::onChanged);
    connect(m_follower.get(), &ActFollower::readFailed, this, [this](const QString &summary) {
        if (m_done)
            return;
        m_done = true;
        m_err << "cloudpcctl: following stopped: " << summary << "\n";
        m_err.flush();
        Q_EMIT finished(4);
    });
}

qint64 CliWait::parseDuration(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s?)?$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = text.trimmed();
    const QRegularExpressionMatch match = pattern.match(trimmed);
    if (trimmed.isEmpty() || !match.hasMatch())
        return -1;
    const qint64 hours = match.captured(1).toLongLong();
    const qint64 minutes = match.captured(2).toLongLong();
    const qint64 seconds = match.captured(3).toLongLong();
    return ((hours * 60 + minutes) * 60 + seconds) * 1000;
}

QString CliWait::formatDuration(qint64 ms)
{
    const qint64 total = qMax<qint64>(0, ms / 1000);
    const qint64 h = total / 3600;
    const qint64 m = (total / 60) % 60;
    const qint64 s = total % 60;
    if (h > 0)
        return QStringLiteral("%1h%2m%3s")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    if (m > 0)
        return QStringLiteral("%1m%2s").arg(m).arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1s").arg(s);
}

void CliWait::start(Operation *operation, qint64 timeoutMs, bool failedBefore)
{
    m_operation = operation;
    m_failedBefore = failedBefore;
    m_timeout.start(int(qMin<qint64>(timeoutMs, std::numeric_limits<int>::max())));
    readNamesThenFollow();
}

void CliWait::readNamesThenFollow()
{
    const ActDefinition *act = ActCatalog::find(m_operation->kind());
    QList<GraphRequest> requests;
    QStringList ids;
    if (act && act->target == ActTarget::CloudPc) {
        QSet<QString> seen;
        for (const Operation::Item &item : m_operation->items()) {
            if (item.state != Operation::ItemState::Accepted || item.label != item.targetId ||
                seen.contains(item.targetId))
                continue;
            seen.insert(item.targetId);
            ids << item.targetId;
            requests << GraphRequests::getCloudPc(item.targetId, ApiVersion::V1);
        }
    }
    if (requests.isEmpty()) {
        beginFollowing();
        return;
    }
    auto *job = new BatchJob(m_client, requests, this);
    connect(job, &BatchJob::finished, this, [this, job, ids] {
        int unread = 0;
        for (int i = 0; i < job->count(); ++i) {
            const QString name = QJsonDocument::fromJson(job->result(i).body)
                                     .object()
                                     .value(QStringLiteral("displayName"))
                                     .toString();
            if (job->result(i).ok && !name.isEmpty())
                m_names.insert(ids.at(i), name);
            else
                ++unread;
        }
        if (unread > 0)
            m_err << "cloudpcctl: the names of " << unread
                  << " Cloud PC(s) could not be read; their ids are shown\n";
        beginFollowing();
    });
    job->start();
}

void CliWait::beginFollowing()
{
    if (m_done)
        return;
    connect(m_follower.get(), &ActFollower::idle, this, &CliWait::end);
    m_follower->follow(m_operation);
    if (m_follower->followingCount() == 0) {
        // Nothing to follow (the act ends at Accepted): said once, then the exit code of the sending.
        for (const Operation::Item &item : m_operation->items()) {
            if (item.state == Operation::ItemState::Accepted)
                m_out << nameOf(item) << "  accepted  (this act cannot be followed further)\n";
        }
        QTimer::singleShot(0, this, &CliWait::end);
    }
}

QString CliWait::nameOf(const Operation::Item &item) const
{
    return m_names.value(item.targetId, item.label);
}

void CliWait::onChanged(Operation *operation, int index)
{
    const Operation::Item &item = operation->item(index);
    // On the service's clock (the demo's is compressed).
    const QString elapsed =
        formatDuration(qint64(double(item.sentAt.msecsTo(QDateTime::currentDateTimeUtc())) / m_timeScale));
    QString line = nameOf(item).leftJustified(36) + QStringLiteral("  ");
    switch (item.follow) {
    case Operation::FollowState::NotFollowed:
        return;
    case Operation::FollowState::Running:
        line += QStringLiteral("running");
        break;
    case Operation::FollowState::Succeeded:
        line += QStringLiteral("done  ") + elapsed;
        break;
    case Operation::FollowState::Failed:
        line += QStringLiteral("failed  ") + elapsed + QStringLiteral("  ") + item.followReason;
        break;
    case Operation::FollowState::Canceled:
        line += QStringLiteral("canceled  ") + elapsed;
        break;
    case Operation::FollowState::NotSupported:
        line += QStringLiteral("not supported");
        break;
    case Operation::FollowState::StillRunning:
        line += QStringLiteral("still running (stopped following)  ") + elapsed;
        break;
    }
    m_out << line << "\n";
    m_out.flush();
}

void CliWait::end()
{
    if (m_done || !m_operation || m_follower->followingCount() > 0)
        return;
    m_done = true;
    m_timeout.stop();
    const bool allDone = m_operation->count(Operation::FollowState::Succeeded) ==
                         m_operation->count(Operation::ItemState::Accepted) -
                             m_operation->count(Operation::FollowState::NotFollowed);
    m_out.flush();
    Q_EMIT finished(allDone && !m_failedBefore ? 0 : 1);
}

void CliWait::timedOut()
{
    if (m_done)
        return;
    m_done = true;
    QStringList running;
    for (const Operation::Item &item : m_operation->items()) {
        if (item.follow == Operation::FollowState::Running)
            running << nameOf(item);
    }
    m_out << "still running after --wait-timeout: " << running.join(QStringLiteral(", ")) << "\n";
    for (const QString &label : std::as_const(running))
        m_out << label.leftJustified(36) << "  running\n";
    m_out.flush();
    Q_EMIT finished(1);
}
