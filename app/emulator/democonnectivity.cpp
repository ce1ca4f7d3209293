#include "democonnectivity.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QUuid>
#include <algorithm>

namespace {
quint32 seedOf(const QString &text)
{
    const QByteArray digest =
        QCryptographicHash::hash(QByteArrayLiteral("connectivity:") + text.toUtf8(), QCryptographicHash::Md5);
    return quint32(quint8(digest[0])) | quint32(quint8(digest[1])) << 8 | quint32(quint8(digest[2])) << 16 |
           quint32(quint8(digest[3])) << 24;
}

QString activityId(QRandomGenerator &random)
{
    QByteArray bytes;
    for (int i = 0; i < 4; ++i) {
        const quint32 word = random.generate();
        bytes.append(reinterpret_cast<const char *>(&word), sizeof word);
    }
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

bool everProvisioned(CloudPcStatus status)
{
    return status != CloudPcStatus::NotProvisioned && status != CloudPcStatus::PendingProvision &&
           status != CloudPcStatus::Provisioning;
}

// Cloud PCs whose connections go wrong now and then: failed, with warnings.
bool troubled(CloudPcStatus status)
{
    return status == CloudPcStatus::Failed || status == CloudPcStatus::ProvisionedWithWarnings;
}

struct Kind
{
    const char *name;
    const char *type;
    const char *success;
    const char *failure;
};

const Kind kUserConnection{"UserConnection", "userConnection", "The user connected to the Cloud PC.",
                           "The user could not connect: the session host did not respond."};
const Kind kHealthCheck{"DeviceHealthCheck", "deviceHealthCheck", "The health check passed.",
                        "The health check failed: the Cloud PC's agent did not report in time."};
const Kind kTroubleshoot{"UserTroubleshooting", "userTroubleshooting",
                         "Troubleshooting found no problem with the Cloud PC.",
                         "Troubleshooting could not repair the Cloud PC: the virtual machine did not start."};
const Kind kRestart{"CloudPcRestart", "userConnection", "The Cloud PC was restarted.",
                    "The Cloud PC could not be restarted."};

CloudPcConnectivityEvent make(const Kind &kind, bool failed, const QDateTime &time, const QString &activity)
{
    CloudPcConnectivityEvent event;
    event.eventDateTime = time;
    event.eventName = QString::fromLatin1(kind.name);
    event.eventType = QString::fromLatin1(kind.type);
    event.eventResult = failed ? QStringLiteral("failure") : QStringLiteral("success");
    event.message = QString::fromLatin1(failed ? kind.failure : kind.success);
    event.activityId = activity;
    return event;
}
} // namespace

DemoConnectivity::DemoConnectivity(DemoTenant *tenant)
    : m_tenant(tenant)
{}

QList<CloudPcConnectivityEvent> DemoConnectivity::generate(const CloudPc &pc) const
{
    QList<CloudPcConnectivityEvent> list;
    if (!everProvisioned(pc.status))
        return list;
    QRandomGenerator random(seedOf(pc.id));
    const QDateTime reference = DemoTenant::referenceTime();
    const bool bad = troubled(pc.status);
    // A health check every day or so and a few user connections over the last 5 to 7 days.
    const int days = 5 + random.bounded(3);
    for (int day = days - 1; day >= 0; --day) {
        const QDateTime morning = reference.addSecs(-qint64(day) * 24 * 3600 - 8 * 3600);
        list.append(make(kHealthCheck, bad && random.bounded(3) == 0, morning.addSecs(-random.bounded(3600)),
                         activityId(random)));
        const int connections = random.bounded(3);
        for (int k = 0; k < connections; ++k)
            list.append(make(kUserConnection, bad ? random.bounded(2) == 0 : random.bounded(40) == 0,
                             morning.addSecs(3600 + random.bounded(6 * 3600)), activityId(random)));
    }
    if (bad) {
        // The user tried, troubleshooting ran: the newest events of a troubled Cloud PC are its failures.
        list.append(make(kUserConnection, true, reference.addSecs(-2 * 3600 - random.bounded(1800)),
                         activityId(random)));
        list.append(
            make(kTroubleshoot, true, reference.addSecs(-3600 - random.bounded(1800)), activityId(random)));
    } else if (random.bounded(5) == 0) {
        list.append(make(kTroubleshoot, false, reference.addSecs(-random.bounded(3 * 24 * 3600)),
                         activityId(random)));
    }
    std::stable_sort(list.begin(), list.end(),
                     [](const CloudPcConnectivityEvent &a, const CloudPcConnectivityEvent &b) {
                         return a.eventDateTime < b.eventDateTime;
                     });
    return list;
}

const QList<CloudPcConnectivityEvent> &DemoConnectivity::of(const QString &cloudPcId)
{
    auto it = m_events.find(cloudPcId);
    if (it == m_events.end()) {
        const int index = m_tenant->indexOfCloudPc(cloudPcId);
        it = m_events.insert(cloudPcId, index < 0 ? QList<CloudPcConnectivityEvent>()
                                                  : generate(m_tenant->cloudPcs()[index]));
    }
    return *it;
}

void DemoConnectivity::recordAct(const QString &act, const QString &cloudPcId)
{
    const int index = m_tenant->indexOfCloudPc(cloudPcId);
    if (index < 0)
        return;
    const bool bad = troubled(m_tenant->cloudPcs()[index].status);
    of(cloudPcId); // made before the new events are added
    QList<CloudPcConnectivityEvent> &events = m_events[cloudPcId];
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QRandomGenerator random(seedOf(cloudPcId + QString::number(events.size())));
    if (act == QLatin1String("reboot")) {
        events.append(make(kRestart, false, now, activityId(random)));
    } else if (act == QLatin1String("troubleshoot")) {
        events.append(make(kTroubleshoot, bad, now, activityId(random)));
    }
}
