#include "remoteactionlog.h"

#include "demotenant.h"

#include <QTimer>
#include <QUuid>
#include <cmath>

namespace {
// Every Cloud PC act of the emulator, its Graph actionName and how long it takes on the service. The client
// has its own mapping (ActCatalog's remoteActionName); this table is the service's side only.
constexpr RemoteActionLog::ActInfo kActs[] = {
    {"reprovision", "Reprovision", 40 * 60, true, false},
    {"resize", "Resize", 20 * 60, true, false},
    {"restore", "Restore", 20 * 60, false, false},
    {"reboot", "Reboot", 3 * 60, false, true},
    {"rename", "Rename", 5 * 60, false, true},
    {"troubleshoot", "Troubleshoot", 10 * 60, false, true},
    {"endGracePeriod", "EndGracePeriod", 10 * 60, false, false},
    {"createSnapshot", "CreateSnapshot", 10 * 60, false, false},
    {"powerOn", "CloudPcPowerOn", 10 * 60, true, false},
    {"powerOff", "CloudPcPowerOff", 10 * 60, true, false},
    {"setReviewStatus", "PlaceUnderReview", 2 * 60, false, true},
    {"changeUserAccountType", "ChangeUserAccountType", 15 * 60, false, true},
    {"retryPartnerAgentInstallation", "RetryPartnerAgentInstallation", 20 * 60, false, false},
};

struct BulkAct
{
    const char *suffix; // of the @odata.type
    const char *act;
};
constexpr BulkAct kBulkActs[] = {
    {"BulkRestart", "reboot"},
    {"BulkReprovision", "reprovision"},
    {"BulkTroubleshoot", "troubleshoot"},
    {"BulkPowerOn", "powerOn"},
    {"BulkPowerOff", "powerOff"},
    {"BulkResize", "resize"},
    {"BulkRestore", "restore"},
    {"BulkCreateSnapshot", "createSnapshot"},
    {"BulkSetReviewStatus", "setReviewStatus"},
};
} // namespace

RemoteActionLog::RemoteActionLog(DemoTenant *tenant, QObject *parent)
    : QObject(parent)
    , m_tenant(tenant)
    , m_random(1)
{}

void RemoteActionLog::setTiming(double timeScale, double failureShare, quint32 seed)
{
    m_timeScale = timeScale > 0 ? timeScale : 600;
    m_failureShare = failureShare;
    m_random.seed(seed);
}

const RemoteActionLog::ActInfo *RemoteActionLog::actInfo(const QString &act)
{
    for (const ActInfo &info : kActs) {
        if (act == QLatin1String(info.act))
            return &info;
    }
    return nullptr;
}

QString RemoteActionLog::actOfBulkType(const QString &odataType)
{
    for (const BulkAct &bulk : kBulkActs) {
        if (odataType.endsWith(QLatin1String(bulk.suffix)))
            return QString::fromLatin1(bulk.act);
    }
    return QString();
}

int RemoteActionLog::durationMs(const QString &act) const
{
    const ActInfo *info = actInfo(act);
    const double seconds = info ? info->emulatedSeconds : 60;
    return int(std::lround(seconds * 1000.0 / m_timeScale));
}

CloudPcStatusDetail RemoteActionLog::failureDetail(const QString &act)
{
    CloudPcStatusDetail detail;
    if (act == QLatin1String("reprovision") || act == QLatin1String("resize") ||
        act == QLatin1String("restore")) {
        detail.code = QStringLiteral("intuneEnrollFailed");
        detail.message = QStringLiteral(
            "The Cloud PC could not be enrolled in Intune: the enrollment timed out. Retry provisioning.");
        detail.additionalInformation = {
            {QStringLiteral("enrollmentErrorCode"), QStringLiteral("0x80180014")}};
    } else if (act == QLatin1String("createSnapshot")) {
        detail.code = QStringLiteral("snapshotStorageUnavailable");
        detail.message = QStringLiteral("The storage account for the snapshot could not be reached.");
    } else if (act == QLatin1String("changeUserAccountType")) {
        detail.code = QStringLiteral("userNotFound");
        detail.message = QStringLiteral("The Cloud PC's user could not be found in Microsoft Entra ID.");
    } else {
        detail.code = QStringLiteral("cloudPcUnreachable");
        detail.message = QStringLiteral("The Cloud PC did not answer in time. Try again later.");
    }
    return detail;
}

void RemoteActionLog::start(const QString &act, const QString &cloudPcId, bool endsItself)
{
    const ActInfo *info = actInfo(act);
    if (!info)
        return;
    const int index = m_tenant->indexOfCloudPc(cloudPcId);
    if (index < 0)
        return;
    CloudPcRemoteActionResult result;
    result.actionName = QString::fromLatin1(info->actionName);
    result.cloudPcId = cloudPcId;
    result.managedDeviceId = m_tenant->cloudPcs()[index].managedDeviceId;
    result.startDateTime = QDateTime::currentDateTimeUtc();
    setState(result, CloudPcRemoteActionResult::State::Pending);
    // One open result per act and Cloud PC: an older one still open is superseded (canceled) by the new one.
    if (CloudPcRemoteActionResult *older = open(cloudPcId, result.actionName))
        setState(*older, CloudPcRemoteActionResult::State::Canceled);
    m_results[cloudPcId].append(result);
    const QDateTime started = result.startDateTime;
    const QString name = result.actionName;
    Q_EMIT resultChanged(cloudPcId, name);

    const int duration = durationMs(act);
    // Most leave pending soon; one in five waits in the queue for a while.
    const double pendingShare = m_random.bounded(5) == 0 ? 0.2 + 0.2 * m_random.generateDouble()
                                                         : 0.02 + 0.08 * m_random.generateDouble();
    const int pendingMs = int(duration * pendingShare);
    QTimer::singleShot(pendingMs, this, [this, cloudPcId, name, started] {
        for (CloudPcRemoteActionResult &entry : m_results[cloudPcId]) {
            if (entry.actionName == name && entry.startDateTime == started &&
                entry.actionState == CloudPcRemoteActionResult::State::Pending) {
                setState(entry, CloudPcRemoteActionResult::State::Active);
                Q_EMIT resultChanged(cloudPcId, name);
            }
        }
    });
    if (info->endedByActivity || !endsItself)
        return;
    const bool failed = info->mayFail && m_random.generateDouble() < m_failureShare;
    QTimer::singleShot(qMax(duration, pendingMs + 1), this, [this, act, cloudPcId, name, started, failed] {
        for (CloudPcRemoteActionResult &entry : m_results[cloudPcId]) {
            if (entry.actionName == name && entry.startDateTime == started && !entry.isFinal()) {
                setState(entry, failed ? CloudPcRemoteActionResult::State::Failed
                                       : CloudPcRemoteActionResult::State::Done);
                if (failed)
                    entry.statusDetail = failureDetail(act);
                Q_EMIT resultChanged(cloudPcId, name);
            }
        }
    });
}

void RemoteActionLog::finish(const QString &act, const QString &cloudPcId, bool failed,
                             const CloudPcStatusDetail &detail)
{
    const ActInfo *info = actInfo(act);
    if (!info)
        return;
    const QString name = QString::fromLatin1(info->actionName);
    CloudPcRemoteActionResult *result = open(cloudPcId, name);
    if (!result)
        return;
    setState(*result,
             failed ? CloudPcRemoteActionResult::State::Failed : CloudPcRemoteActionResult::State::Done);
    result->statusDetail = failed ? (detail.isEmpty() ? failureDetail(act) : detail) : CloudPcStatusDetail();
    Q_EMIT resultChanged(cloudPcId, name);
}

std::optional<CloudPcRemoteActionResult> RemoteActionLog::last(const QString &cloudPcId) const
{
    const auto it = m_results.constFind(cloudPcId);
    if (it == m_results.cend() || it->isEmpty())
        return std::nullopt;
    return it->constLast();
}

CloudPcRemoteActionResult *RemoteActionLog::open(const QString &cloudPcId, const QString &actionName)
{
    auto it = m_results.find(cloudPcId);
    if (it == m_results.end())
        return nullptr;
    for (auto entry = it->rbegin(); entry != it->rend(); ++entry) {
        if (entry->actionName == actionName && !entry->isFinal())
            return &*entry;
    }
    return nullptr;
}

void RemoteActionLog::setState(CloudPcRemoteActionResult &result, CloudPcRemoteActionResult::State state)
{
    result.actionState = state;
    result.actionStateText = CloudPcRemoteActionResult::stateToString(state);
    // Never before the start, and always moving forward (two changes within a millisecond stay ordered).
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (result.lastUpdatedDateTime.isValid() && now <= result.lastUpdatedDateTime)
        now = result.lastUpdatedDateTime.addMSecs(1);
    result.lastUpdatedDateTime = now;
}

void RemoteActionLog::addHistory(quint32 seed)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QVector<CloudPc> &pcs = m_tenant->cloudPcs();
    for (int i = 0; i < pcs.size(); ++i) {
        const CloudPc &pc = pcs[i];
        const quint32 mix = (quint32(i) * 2654435761u) ^ seed;
        auto add = [&](const char *name, int daysAgo, int minutes, bool failed, const QString &act) {
            CloudPcRemoteActionResult result;
            result.actionName = QString::fromLatin1(name);
            result.cloudPcId = pc.id;
            result.managedDeviceId = pc.managedDeviceId;
            result.startDateTime = now.addDays(-daysAgo).addSecs(-qint64(mix % 3600));
            result.lastUpdatedDateTime = result.startDateTime.addSecs(minutes * 60);
            result.actionState =
                failed ? CloudPcRemoteActionResult::State::Failed : CloudPcRemoteActionResult::State::Done;
            result.actionStateText = CloudPcRemoteActionResult::stateToString(result.actionState);
            if (failed)
                result.statusDetail = failureDetail(act);
            m_results[pc.id].append(result);
        };
        if (i % 13 == 0)
            add("Reprovision", 12 + int(mix % 5), 38, true, QStringLiteral("reprovision"));
        if (i % 13 == 0 && pc.status != CloudPcStatus::Failed)
            add("Reprovision", 11, 41, false, QStringLiteral("reprovision"));
        if (i % 5 == 0)
            add("Reboot", 3 + int(mix % 3), 3, false, QStringLiteral("reboot"));
        if (i % 17 == 0)
            add("Troubleshoot", 1, 9, (mix % 2) == 0, QStringLiteral("troubleshoot"));
    }
}
