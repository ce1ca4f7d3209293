#include "cloudpcmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

class TestCloudPcModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appendsPagesWithInsertRows();
    void sameIdUpdatesInPlace();
    void rolesCarryRawValues();
    void unknownStatusShowsItself();
};

static CloudPc makePc(int i, CloudPcStatus status = CloudPcStatus::Provisioned)
{
    CloudPc pc;
    pc.id = QStringLiteral("id-%1").arg(i);
    pc.displayName = QStringLiteral("CPC-%1").arg(i, 4, 10, QLatin1Char('0'));
    pc.userPrincipalName = QStringLiteral("user%1@contoso.com").arg(i);
    pc.provisioningPolicyName = QStringLiteral("Policy %1").arg(i % 3);
    pc.setStatus(status);
    pc.lastModifiedDateTime = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i * 60);
    return pc;
}

void TestCloudPcModel::appendsPagesWithInsertRows()
{
    CloudPcModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    for (int page = 0; page < 3; ++page) {
        QVector<CloudPc> pcs;
        for (int i = 0; i < 10; ++i)
            pcs.append(makePc(page * 10 + i));
        model.append(pcs);
    }
    QCOMPARE(model.rowCount(), 30);
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.at(2).at(1).toInt(), 20);
    QCOMPARE(inserted.at(2).at(2).toInt(), 29);
    QCOMPARE(model.index(29, CloudPcModel::Name).data().toString(), QStringLiteral("CPC-0029"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestCloudPcModel::sameIdUpdatesInPlace()
{
    CloudPcModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append({makePc(1), makePc(2)});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.append({makePc(2, CloudPcStatus::Failed), makePc(3), makePc(3, CloudPcStatus::Provisioning)});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.at(model.rowOfId(QStringLiteral("id-2"))).status, CloudPcStatus::Failed);
    QCOMPARE(model.at(model.rowOfId(QStringLiteral("id-3"))).status, CloudPcStatus::Provisioning);
}

void TestCloudPcModel::rolesCarryRawValues()
{
    CloudPcModel model;
    model.append({makePc(5, CloudPcStatus::InGracePeriod)});
    const QModelIndex status = model.index(0, CloudPcModel::Status);
    QCOMPARE(status.data().toString(), QStringLiteral("In grace period"));
    QCOMPARE(status.data(CloudPcModel::StatusTextRole).toString(), QStringLiteral("inGracePeriod"));
    QCOMPARE(status.data(CloudPcModel::StatusRole).toInt(), int(CloudPcStatus::InGracePeriod));
    QCOMPARE(status.data(CloudPcModel::IdRole).toString(), QStringLiteral("id-5"));
    QVERIFY(status.data(Qt::ForegroundRole).value<QColor>().isValid());
    const QModelIndex modified = model.index(0, CloudPcModel::LastModified);
    QCOMPARE(modified.data(CloudPcModel::SortRole).toDateTime(),
             QDateTime(QDate(2026, 1, 1), QTime(0, 5), Qt::UTC));
    // The filter key is lower-cased once, so that filtering compares without folding case per row.
    QVERIFY(
        model.index(0, 0).data(CloudPcModel::FilterTextRole).toString().contains(QLatin1String("policy 2")));
    QCOMPARE(model.headerData(CloudPcModel::User, Qt::Horizontal).toString(), QStringLiteral("User"));
}

void TestCloudPcModel::unknownStatusShowsItself()
{
    CloudPc pc = makePc(1);
    pc.statusText = QStringLiteral("brandNewState");
    pc.status = CloudPcStatus::Unknown;
    CloudPcModel model;
    model.append({pc});
    QCOMPARE(model.index(0, CloudPcModel::Status).data().toString(), QStringLiteral("brandNewState"));
}

QTEST_GUILESS_MAIN(TestCloudPcModel)
#include "tst_cloudpcmodel.moc"
