// The operations panel driven through its widgets, against the emulator over loopback.
#include "auditlog.h"
#include "graphclient.h"
#include "graphemulator.h"
#include "operationitemsmodel.h"
#include "operationrunner.h"
#include "operationsmodel.h"
#include "operationspanel.h"
#include "testenvironment.h"

#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

class TestOperationsPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { cloudpcTestSetup(); }
    void showsOperationsAndRetriesFailedItems();
    void cancelsQueuedItems();
};

static Operation *inspect(GraphEmulator &emulator, int count, const QString &extraMissing = QString())
{
    auto *operation = new Operation(QStringLiteral("inspect"), QStringLiteral("Inspect %1").arg(count));
    for (int i = 0; i < count; ++i) {
        const CloudPc &pc = emulator.tenant().cloudPcs()[i];
        operation->addItem(
            pc.id, pc.displayName,
            GraphRequest::get(ApiVersion::V1,
                              QStringLiteral("/deviceManagement/virtualEndpoint/cloudPCs/") + pc.id));
    }
    if (!extraMissing.isEmpty())
        operation->addItem(
            extraMissing, extraMissing,
            GraphRequest::get(ApiVersion::V1,
                              QStringLiteral("/deviceManagement/virtualEndpoint/cloudPCs/") + extraMissing));
    return operation;
}

void TestOperationsPanel::showsOperationsAndRetriesFailedItems()
{
    GraphEmulator emulator;
    QVERIFY(emulator.start());
    GraphClient client;
    client.setBaseUrl(emulator.baseUrl());
    client.setAccessToken(emulator.issueAccessToken());
    QTemporaryDir dir;
    AuditLog audit(dir.filePath(QStringLiteral("audit.jsonl")));
    OperationRunner runner(&client, &audit);
    OperationsPanel panel(&runner);
    panel.show();

    Operation *operation = inspect(emulator, 3, QStringLiteral("missing-pc"));
    runner.submit(operation);
    QCOMPARE(panel.operationsView()->model()->rowCount(), 1);
    QCOMPARE(panel.currentOperation(), operation);
    QCOMPARE(panel.itemsView()->model()->rowCount(), 4);
    QTRY_VERIFY_WITH_TIMEOUT(operation->isFinished(), 10000);
    QCOMPARE(panel.operationsView()->model()->index(0, OperationsModel::Summary).data().toString(),
             QStringLiteral("3 accepted, 1 failed"));
    QVERIFY(panel.retryButton()->isEnabled());
    QVERIFY(!panel.cancelButton()->isEnabled());

    QTest::mouseClick(panel.retryButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(operation->isFinished(), 10000);
    int sent = 0;
    for (const EmulatorRequest &request : emulator.journal())
        sent += request.url.path().endsWith(QLatin1String("missing-pc")) ? 1 : 0;
    QCOMPARE(sent, 2);
    QCOMPARE(emulator.journal().size(), 5); // the three accepted ones were not sent again
    QCOMPARE(panel.itemsView()->model()->index(3, OperationItemsModel::State).data().toString(),
             QStringLiteral("Failed"));

    Operation *second = inspect(emulator, 1);
    runner.submit(second);
    QCOMPARE(panel.operationsView()->model()->rowCount(), 2);
    QCOMPARE(panel.operationsView()->model()->index(0, OperationsModel::Title).data().toString(),
             QStringLiteral("Inspect 1")); // newest first
}

void TestOperationsPanel::cancelsQueuedItems()
{
    GraphEmulator emulator;
    QVERIFY(emulator.start());
    GraphClient client;
    client.setBaseUrl(emulator.baseUrl());
    client.setAccessToken(emulator.issueAccessToken());
    client.setMaxConcurrentRequests(1);
    QTemporaryDir dir;
    AuditLog audit(dir.filePath(QStringLiteral("audit.jsonl")));
    OperationRunner runner(&client, &audit);
    OperationsPanel panel(&runner);
    panel.show();
    Operation *operation = inspect(emulator, 30);
    runner.submit(operation);
    QVERIFY(panel.cancelButton()->isEnabled());
    QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);
    QCOMPARE(operation->count(Operation::ItemState::Cancelled), 29);
    QTRY_VERIFY_WITH_TIMEOUT(operation->isFinished(), 10000);
    QCOMPARE(emulator.journal().size(), 1);
    QVERIFY(!panel.cancelButton()->isEnabled());
}

QTEST_MAIN(TestOperationsPanel)
#include "tst_operationspanel.moc"
