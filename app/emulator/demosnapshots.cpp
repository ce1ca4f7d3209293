#include "demosnapshots.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>

namespace {
constexpr int kAutomaticEveryHours = 12;
constexpr int kAutomaticKeptDays = 30;
constexpr int kManualKeptDays = 90;

quint32 seedOf(const QString &text)
{
    const QByteArray digest = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Md5);
    return quint32(quint8(digest[0])) | quint32(quint8(digest[1])) << 8 | quint32(quint8(digest[2])) << 16 |
           quint32(quint8(digest[3])) << 24;
}

// Graph's snapshot ids name their Cloud PC: "CPC_{cloudPcId}_{guid}".
QString snapshotId(const QString &cloudPcId, const QUuid &uuid)
{
    return QStringLiteral("CPC_%1_%2").arg(cloudPcId, uuid.toString(QUuid::WithoutBraces));
}

bool hasRestorePoints(CloudPcStatus status)
{
    // Never provisioned, or its provisioning failed: nothing to take a restore point of yet.
    return status != CloudPcStatus::NotProvisioned && status != CloudPcStatus::PendingProvision &&
           status != CloudPcStatus::Provisioning && status != CloudPcStatus::Failed;
}
} // namespace

DemoSnapshots::DemoSnapshots(DemoTenant *tenant, QObject *parent)
    : QObject(parent)
    , m_tenant(tenant)
{}

QList<CloudPcSnapshot> DemoSnapshots::generate(const CloudPc &pc) const
{
    QList<CloudPcSnapshot> list;
    if (!hasRestorePoints(pc.status))
        return list;
    QRandomGenerator random(seedOf(pc.id));
    const QDateTime reference = DemoTenant::referenceTime();
    auto make = [&](CloudPcSnapshot::Type type, const QDateTime &created) {
        CloudPcSnapshot snapshot;
        QByteArray bytes;
        for (int i = 0; i < 4; ++i) {
            const quint32 word = random.generate();
            bytes.append(reinterpret_cast<const char *>(&word), sizeof word);
        }
        snapshot.id = snapshotId(pc.id, QUuid::fromRfc4122(bytes));
        snapshot.cloudPcId = pc.id;
        snapshot.status = QStringLiteral("ready");
        snapshot.snapshotType = type;
        snapshot.snapshotTypeText =
            type == CloudPcSnapshot::Type::Automatic ? QStringLiteral("automatic") : QStringLiteral("manual");
        snapshot.createdDateTime = created;
        snapshot.expirationDateTime =
            created.addDays(type == CloudPcSnapshot::Type::Automatic ? kAutomaticKeptDays : kManualKeptDays);
        const int health = random.bounded(12);
        snapshot.healthCheckStatusText = health == 0   ? QStringLiteral("unhealthy")
                                         : health == 1 ? QStringLiteral("unknown")
                                                       : QStringLiteral("healthy");
        snapshot.healthCheckStatus = CloudPcSnapshot::healthFromString(snapshot.healthCheckStatusText);
        return snapshot;
    };
    // Automatic: every 12 hours or so over the last 3 to 5 days before the reference time.
    const int automatic = 6 + random.bounded(5);
    for (int k = automatic - 1; k >= 0; --k) {
        const QDateTime created =
            reference.addSecs(-qint64(k) * kAutomaticEveryHours * 3600 - 3600 - random.bounded(20 * 60));
        list.append(make(CloudPcSnapshot::Type::Automatic, created));
    }
    // Manual: none to two, taken by an admin over the last ten days.
    const int manual = random.bounded(3);
    for (int k = 0; k < manual; ++k)
        list.append(make(CloudPcSnapshot::Type::Manual, reference.addSecs(-random.bounded(10 * 24 * 3600))));
    // An old one restored once.
    if (random.bounded(4) == 0)
        list.first().lastRestoredDateTime = reference.addSecs(-random.bounded(24 * 3600));
    std::stable_sort(list.begin(), list.end(), [](const CloudPcSnapshot &a, const CloudPcSnapshot &b) {
        return a.createdDateTime < b.createdDateTime;
    });
    return list;
}

const QList<CloudPcSnapshot> &DemoSnapshots::of(const QString &cloudPcId)
{
    auto it = m_snapshots.find(cloudPcId);
    if (it == m_snapshots.end()) {
        const int index = m_tenant->indexOfCloudPc(cloudPcId);
        it = m_snapshots.insert(cloudPcId,
                                index < 0 ? QList<CloudPcSnapshot>() : generate(m_tenant->cloudPcs()[index]));
    }
    return *it;
}

QString DemoSnapshots::ownerOf(const QString &snapshotId)
{
    // "CPC_{cloudPcId}_{guid}": the Cloud PC to look at is in the id; its list is the truth.
    if (!snapshotId.startsWith(QLatin1String("CPC_")) || snapshotId.size() < 4 + 1 + 36)
        return {};
    const QString cloudPcId = snapshotId.mid(4, snapshotId.size() - 4 - 37);
    for (const CloudPcSnapshot &snapshot : of(cloudPcId)) {
        if (snapshot.id == snapshotId)
            return cloudPcId;
    }
    return {};
}

void DemoSnapshots::restore(const QString &cloudPcId, const QString &snapshotId, int durationMs)
{
    const int index = m_tenant->indexOfCloudPc(cloudPcId);
    if (index < 0)
        return;
    CloudPc &pc = m_tenant->cloudPcs()[index];
    pc.setStatus(CloudPcStatus::Restoring);
    pc.statusDetail = {};
    pc.lastModifiedDateTime = QDateTime::currentDateTimeUtc();
    Q_EMIT cloudPcChanged(cloudPcId);
    QTimer::singleShot(durationMs, this, [this, cloudPcId, snapshotId] {
        const int at = m_tenant->indexOfCloudPc(cloudPcId);
        if (at < 0)
            return;
        CloudPc &restored = m_tenant->cloudPcs()[at];
        if (restored.status != CloudPcStatus::Restoring)
            return; // something else happened to it meanwhile
        restored.setStatus(CloudPcStatus::Provisioned);
        restored.lastModifiedDateTime = QDateTime::currentDateTimeUtc();
        for (CloudPcSnapshot &snapshot : m_snapshots[cloudPcId]) {
            if (snapshot.id == snapshotId)
                snapshot.lastRestoredDateTime = restored.lastModifiedDateTime;
        }
        Q_EMIT cloudPcChanged(cloudPcId);
    });
}

void DemoSnapshots::create(const QString &cloudPcId, const QString &storageAccountId,
                           const QString &accessTier, int delayMs)
{
    Q_UNUSED(storageAccountId)
    Q_UNUSED(accessTier)
    of(cloudPcId); // the existing ones first, so that the new one comes after them
    QTimer::singleShot(delayMs, this, [this, cloudPcId] {
        CloudPcSnapshot snapshot;
        snapshot.id = snapshotId(cloudPcId, QUuid::createUuid());
        snapshot.cloudPcId = cloudPcId;
        snapshot.status = QStringLiteral("ready");
        snapshot.snapshotType = CloudPcSnapshot::Type::Manual;
        snapshot.snapshotTypeText = QStringLiteral("manual");
        snapshot.createdDateTime = QDateTime::currentDateTimeUtc();
        snapshot.expirationDateTime = snapshot.createdDateTime.addDays(kManualKeptDays);
        snapshot.healthCheckStatus = CloudPcSnapshot::Health::Healthy;
        snapshot.healthCheckStatusText = QStringLiteral("healthy");
        m_snapshots[cloudPcId].append(snapshot);
        Q_EMIT cloudPcChanged(cloudPcId);
    });
}
