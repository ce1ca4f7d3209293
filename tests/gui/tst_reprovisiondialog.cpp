// The reprovision dialog driven through its widgets.
#include "auditlog.h"
#include "graphclient.h"
#include "graphemulator.h"
#include "operationitemsmodel.h"
#include "operationrunner.h"
#include "reprovisiondialog.h"
#include "testenvironment.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
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
    void enterSubmitsOnlyOnceConfirmedAndNeverCancels();
    void wholeFleetShowsStatusesOffersOnlyFailedAndWantsAPhrase();

private:
    static QVector<CloudPc> mixed(int provisioned, int failed, int grace)
    {
        QVector<CloudPc> list;
        const QList<QPair<CloudPcStatus, int>> groups{{CloudPcStatus::Provisioned, provisioned},
                                                      {CloudPcStatus::Failed, failed},
                                                      {CloudPcStatus::InGracePeriod, grace}};
        for (const auto &[status, count] : groups) {
            for (int i = 0; i < count; ++i) {
                CloudPc pc;
                pc.id = QStringLiteral("pc-%1-%2").arg(int(status)).arg(i);
                pc.displayName = QStringLiteral("CPC-%1-%2").arg(int(status)).arg(i);
                pc.setStatus(status);
                list.append(pc);
            }
        }
        return list;
    }
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

void TestReprovisionDialog::enterSubmitsOnlyOnceConfirmedAndNeverCancels()
{
    ReprovisionDialog dialog(targets(3));
    QSignalSpy requested(&dialog, &ReprovisionDialog::reprovisionRequested);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.confirmEdit()->placeholderText().isEmpty()); // the count is not typed for the admin
    // Before the count matches, Enter does nothing: no cancel, no act.
    dialog.confirmEdit()->setFocus();
    QTest::keyClick(dialog.confirmEdit(), Qt::Key_Return);
    QTest::keyClicks(dialog.confirmEdit(), QStringLiteral("2"));
    QTest::keyClick(dialog.confirmEdit(), Qt::Key_Enter);
    QCOMPARE(requested.size(), 0);
    QCOMPARE(rejected.size(), 0);
    QVERIFY(dialog.isVisible());
    // Enter on the Cancel button (where the focus starts) does not cancel either: only Escape or a click
    // does.
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->setFocus();
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(rejected.size(), 0);
    // Once it matches, Enter submits, once.
    dialog.confirmEdit()->setFocus();
    QTest::keyClick(dialog.confirmEdit(), Qt::Key_Backspace);
    QTest::keyClicks(dialog.confirmEdit(), QStringLiteral("3"));
    QTest::keyClick(dialog.confirmEdit(), Qt::Key_Return);
    QTest::keyClick(dialog.confirmEdit(), Qt::Key_Return);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(rejected.size(), 0);
}

void TestReprovisionDialog::wholeFleetShowsStatusesOffersOnlyFailedAndWantsAPhrase()
{
    ReprovisionDialog dialog(mixed(180, 19, 1));
    QSignalSpy requested(&dialog, &ReprovisionDialog::reprovisionRequested);
    dialog.show();
    // The selection by status, and the working ones said prominently.
    QVERIFY2(dialog.statusBreakdown().contains(QLatin1String("180 Provisioned")),
             qPrintable(dialog.statusBreakdown()));
    QVERIFY(dialog.statusBreakdown().contains(QLatin1String("19 Failed")));
    QVERIFY(dialog.statusBreakdown().contains(QLatin1String("1 In grace period")));
    QVERIFY(dialog.healthyWarning()->isVisible());
    QVERIFY2(dialog.healthyWarning()->text().contains(QLatin1String("181")),
             qPrintable(dialog.healthyWarning()->text()));
    // 200 Cloud PCs: the count alone does not confirm, the phrase does.
    QCOMPARE(dialog.expectedConfirmation(), QStringLiteral("reprovision 200"));
    QTest::keyClicks(dialog.confirmEdit(), QStringLiteral("200"));
    QVERIFY(!dialog.reprovisionButton()->isEnabled());
    dialog.confirmEdit()->clear();
    QTest::keyClicks(dialog.confirmEdit(), QStringLiteral("reprovision 200"));
    QVERIFY(dialog.reprovisionButton()->isEnabled());

    // "Only the failed ones": the 19 failed remain, the count to type follows, nothing was sent.
    QVERIFY(dialog.onlyFailedButton()->isVisible());
    QTest::mouseClick(dialog.onlyFailedButton(), Qt::LeftButton);
    QCOMPARE(dialog.targets().size(), 19);
    for (const CloudPc &pc : dialog.targets())
        QCOMPARE(pc.status, CloudPcStatus::Failed);
    QVERIFY(!dialog.healthyWarning()->isVisible());
    QCOMPARE(dialog.expectedConfirmation(), QStringLiteral("19"));
    QVERIFY(!dialog.reprovisionButton()->isEnabled());
    QTest::keyClicks(dialog.confirmEdit(), QStringLiteral("19"));
    QVERIFY(dialog.reprovisionButton()->isEnabled());
    QCOMPARE(requested.size(), 0);
}

QTEST_MAIN(TestReprovisionDialog)
#include "tst_reprovisiondialog.moc"
