// The reprovision dialog driven through its widgets.
#include "auditlog.h"
#include "graphclient.h"
#include "graphemulator.h"
#include "operationitemsmodel.h"
#include "operationrunner.h"
#include "reprovisiondialog.h"
#include "testenvironment.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

class TestReprovisionDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { cloudpcTestSetup(); }
    void oneCloudPcNeedsNoTypedCount();
    void manyCloudPcsNeedTheTypedCount();
    void optionsMapToTheBody();
    void secondPressSendsNothing();
    void showsEachOutcome();

private:
    static QVector<CloudPc> targets(int count)
    {
        QVector<CloudPc> list;
        for (int i = 0; i < count; ++i) {
            CloudPc pc;
            pc.id = QStringLiteral("pc-%1").arg(i);
            pc.displayName = QStringLiteral("CPC-%1").arg(i);
            pc.userPrincipalName = QStringLiteral("user%1@contoso.com").arg(i);
            pc.setStatus(CloudPcStatus::Failed);
            list.append(pc);
        }
        return list;
    }
};

void TestReprovisionDialog::oneCloudPcNeedsNoTypedCount()
{
    ReprovisionDialog dialog(targets(1));
    QVERIFY(!dialog.confirmEdit());
    QVERIFY(dialog.reprovisionButton()->isEnabled());
    QVERIFY(!dialog.reprovisionButton()->isDefault()); // Enter must not wipe a machine
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Reprovision CPC-0"));
}

void TestReprovisionDialog::manyCloudPcsNeedTheTypedCount()
{
    ReprovisionDialog dialog(targets(12));
    dialog.show();
    QVERIFY(dialog.confirmEdit());
    QVERIFY(!dialog.reprovisionButton()->isEnabled());
    QTest::keyClicks(dialog.confirmEdit(), QStringLiteral("1"));
    QVERIFY(!dialog.reprovisionButton()->isEnabled());
    QTest::keyClicks(dialog.confirmEdit(), QStringLiteral("3"));
    QVERIFY(!dialog.reprovisionButton()->isEnabled());
    QTest::keyClick(dialog.confirmEdit(), Qt::Key_Backspace);
    QTest::keyClicks(dialog.confirmEdit(), QStringLiteral("2"));
    QVERIFY(dialog.reprovisionButton()->isEnabled());
    QCOMPARE(dialog.reprovisionButton()->text(), QStringLiteral("&Reprovision 12 Cloud PCs"));
}

void TestReprovisionDialog::optionsMapToTheBody()
{
    ReprovisionDialog dialog(targets(1));
    QVERIFY(dialog.options().isEmpty()); // keep current: no body fields
    dialog.osVersionCombo()->setCurrentIndex(dialog.osVersionCombo()->findText(QStringLiteral("Windows 10")));
    dialog.accountTypeCombo()->setCurrentIndex(
        dialog.accountTypeCombo()->findText(QStringLiteral("Administrator")));
    QCOMPARE(dialog.options().toJson(),
             (QJsonObject{{QStringLiteral("osVersion"), QStringLiteral("windows10")},
                          {QStringLiteral("userAccountType"), QStringLiteral("administrator")}}));
    dialog.accountTypeCombo()->setCurrentIndex(0);
    QCOMPARE(dialog.options().toJson(),
             (QJsonObject{{QStringLiteral("osVersion"), QStringLiteral("windows10")}}));
}

void TestReprovisionDialog::secondPressSendsNothing()
{
    ReprovisionDialog dialog(targets(2));
    dialog.show();
    QTest::keyClicks(dialog.confirmEdit(), QStringLiteral("2"));
    QSignalSpy requested(&dialog, &ReprovisionDialog::reprovisionRequested);
    QTest::mouseClick(dialog.reprovisionButton(), Qt::LeftButton);
    QTest::mouseClick(dialog.reprovisionButton(), Qt::LeftButton);
    QMetaObject::invokeMethod(dialog.reprovisionButton(), "click");
    QCOMPARE(requested.count(), 1);
    QVERIFY(!dialog.reprovisionButton()->isEnabled());
}

void TestReprovisionDialog::showsEachOutcome()
{
    GraphEmulator emulator;
    QVERIFY(emulator.start());
    GraphClient client;
    client.setBaseUrl(emulator.baseUrl());
    client.setAccessToken(emulator.issueAccessToken());
    QTemporaryDir dir;
    AuditLog audit(dir.filePath(QStringLiteral("audit.jsonl")));
    OperationRunner runner(&client, &audit);

    QVector<CloudPc> chosen = {emulator.tenant().cloudPcs()[0], emulator.tenant().cloudPcs()[1]};
    chosen.append(targets(1).first()); // one the service does not know
    ReprovisionDialog dialog(chosen);
    dialog.show();
    connect(&dialog, &ReprovisionDialog::reprovisionRequested, this, [&](const ReprovisionOptions &) {
        // Stand-in requests (reads): the dialog only shows what the runner reports.
        auto *operation = new Operation(QStringLiteral("inspect"), dialog.windowTitle());
        for (const CloudPc &pc : dialog.targets())
            operation->addItem(
                pc.id, pc.displayName,
                GraphRequest::get(ApiVersion::V1,
                                  QStringLiteral("/deviceManagement/virtualEndpoint/cloudPCs/") + pc.id));
        runner.submit(operation);
        dialog.showProgress(operation);
    });
    QTest::keyClicks(dialog.confirmEdit(), QStringLiteral("3"));
    QTest::mouseClick(dialog.reprovisionButton(), Qt::LeftButton);
    QAbstractItemModel *model = dialog.outcomeView()->model();
    QCOMPARE(model->rowCount(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(model->index(2, OperationItemsModel::State).data().toString(),
                              QStringLiteral("Failed"), 10000);
    QTRY_COMPARE(model->index(0, OperationItemsModel::State).data().toString(), QStringLiteral("Accepted"));
    QVERIFY(model->index(2, OperationItemsModel::Detail).data().toString().contains(QLatin1String("404")));
    QVERIFY(!model->index(2, OperationItemsModel::RequestId).data().toString().isEmpty());
    QVERIFY(dialog.reprovisionButton()->isHidden());
}

QTEST_MAIN(TestReprovisionDialog)
#include "tst_reprovisiondialog.moc"
