// The retry and bulk action dialogs driven through their widgets.
#include "bulkactionretrydialog.h"
#include "confirmactiondialog.h"
#include "createbulkactiondialog.h"
#include "testenvironment.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QTreeWidget>
#include <QtTest>

class TestActionDialogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { cloudpcTestSetup(); }
    void bulkRetryAllFailedSendsNoIds();
    void bulkRetrySubsetSendsExactlyTheTickedIds();
    void createBulkActionReprovisionNeedsTheCount();
    void createBulkActionOffersEveryKind();
    void createBulkActionGuardsAWholeFleet();
    void confirmDialogActionIsNotTheDefault();

private:
    static QVector<CloudPc> devices()
    {
        QVector<CloudPc> list;
        const CloudPcStatus statuses[] = {CloudPcStatus::Failed, CloudPcStatus::Provisioned,
                                          CloudPcStatus::Failed, CloudPcStatus::Provisioning};
        for (int i = 0; i < 4; ++i) {
            CloudPc pc;
            pc.id = QStringLiteral("pc-%1").arg(i);
            pc.displayName = QStringLiteral("CPC-%1").arg(i);
            pc.setStatus(statuses[i]);
            list.append(pc);
        }
        return list;
    }
    static BulkAction action()
    {
        BulkAction a;
        a.id = QStringLiteral("ba-1");
        a.displayName = QStringLiteral("Wave 1");
        a.odataType = QStringLiteral("#microsoft.graph.cloudPcBulkReprovision");
        a.cloudPcIds = {QStringLiteral("pc-0"), QStringLiteral("pc-1"), QStringLiteral("pc-2"),
                        QStringLiteral("pc-3"), QStringLiteral("pc-unknown")};
        a.actionSummary.failedCount = 2;
        return a;
    }
};

void TestActionDialogs::bulkRetryAllFailedSendsNoIds()
{
    BulkActionRetryDialog dialog(action(), devices());
    QCOMPARE(dialog.deviceList()->topLevelItemCount(), 5);
    QVERIFY(dialog.allFailedButton()->isChecked());
    QVERIFY(!dialog.cloudPcIds().has_value());
    QVERIFY(dialog.retryButton()->isEnabled());
    QVERIFY(dialog.allFailedButton()->text().contains(QLatin1String("(2 now)")));
    // failed ones pre-ticked
    QCOMPARE(dialog.deviceList()->topLevelItem(0)->checkState(0), Qt::Checked);
    QCOMPARE(dialog.deviceList()->topLevelItem(1)->checkState(0), Qt::Unchecked);
    QCOMPARE(dialog.deviceList()->topLevelItem(2)->checkState(0), Qt::Checked);
    QCOMPARE(dialog.deviceList()->topLevelItem(4)->text(2), QStringLiteral("Not in the loaded list"));
}

void TestActionDialogs::bulkRetrySubsetSendsExactlyTheTickedIds()
{
    BulkActionRetryDialog dialog(action(), devices());
    dialog.show();
    dialog.selectedButton()->setFocus();
    QTest::keyClick(dialog.selectedButton(), Qt::Key_Space);
    QVERIFY(dialog.selectedButton()->isChecked());
    QCOMPARE(dialog.cloudPcIds(),
             std::optional<QStringList>(QStringList{QStringLiteral("pc-0"), QStringLiteral("pc-2")}));
    // Only failed Cloud PCs can be ticked: the others are greyed, say their status, and never count.
    for (int i : {1, 3, 4}) {
        const QTreeWidgetItem *item = dialog.deviceList()->topLevelItem(i);
        QVERIFY(!(item->flags() & Qt::ItemIsUserCheckable));
        QVERIFY(!(item->flags() & Qt::ItemIsEnabled));
        QVERIFY2(item->toolTip(0).contains(QLatin1String("Only failed")), qPrintable(item->toolTip(0)));
    }
    QTreeWidgetItem *provisioning = dialog.deviceList()->topLevelItem(3);
    const QRect cell = dialog.deviceList()->visualItemRect(provisioning);
    QTest::mouseClick(dialog.deviceList()->viewport(), Qt::LeftButton, {},
                      QPoint(cell.left() + 8, cell.center().y()));
    dialog.deviceList()->topLevelItem(0)->setCheckState(0, Qt::Unchecked);
    provisioning->setCheckState(0, Qt::Checked); // not through the dialog: still not counted
    QCOMPARE(dialog.cloudPcIds(), std::optional<QStringList>(QStringList{QStringLiteral("pc-2")}));
    QCOMPARE(dialog.deviceList()->verticalScrollBar()->value(), 0); // opened at the top
    dialog.deviceList()->topLevelItem(2)->setCheckState(0, Qt::Unchecked);
    QVERIFY(!dialog.retryButton()->isEnabled()); // an empty subset is not "all"
    dialog.allFailedButton()->setFocus();
    QTest::keyClick(dialog.allFailedButton(), Qt::Key_Space);
    QVERIFY(dialog.retryButton()->isEnabled());
    QVERIFY(!dialog.cloudPcIds().has_value());
}

void TestActionDialogs::createBulkActionReprovisionNeedsTheCount()
{
    CreateBulkActionDialog dialog(devices());
    dialog.show();
    QCOMPARE(dialog.odataType(), QStringLiteral("#microsoft.graph.cloudPcBulkReprovision"));
    QVERIFY(!dialog.createButton()->isEnabled());
    QTest::keyClicks(dialog.confirmEdit(), QStringLiteral("4"));
    QVERIFY(dialog.createButton()->isEnabled());
    QVERIFY(dialog.displayName().startsWith(QLatin1String("Reprovision 4 Cloud PC(s)")));
    dialog.typeCombo()->setCurrentIndex(1);
    QCOMPARE(dialog.odataType(), QStringLiteral("#microsoft.graph.cloudPcBulkRestart"));
    QVERIFY(dialog.displayName().startsWith(QLatin1String("Restart")));
    QVERIFY(dialog.confirmEdit()->isHidden());
    QTest::keyClick(dialog.nameEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(dialog.nameEdit(), Qt::Key_Delete);
    QVERIFY(!dialog.createButton()->isEnabled());
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Friday restart"));
    dialog.typeCombo()->setCurrentIndex(0);
    QCOMPARE(dialog.displayName(), QStringLiteral("Friday restart")); // the admin's name is kept
    QCOMPARE(dialog.cloudPcIds().size(), 4);
}

void TestActionDialogs::createBulkActionOffersEveryKind()
{
    CreateBulkActionDialog dialog(devices());
    dialog.show();
    // Every subtype of the notes, by its @odata.type.
    QStringList types;
    for (int i = 0; i < dialog.typeCombo()->count(); ++i)
        types << dialog.typeCombo()->itemData(i).toString().remove(
            QStringLiteral("#microsoft.graph.cloudPcBulk"));
    QCOMPARE(types,
             QStringList({QStringLiteral("Reprovision"), QStringLiteral("Restart"),
                          QStringLiteral("Troubleshoot"), QStringLiteral("PowerOn"),
                          QStringLiteral("PowerOff"), QStringLiteral("Resize"), QStringLiteral("Restore"),
                          QStringLiteral("CreateSnapshot"), QStringLiteral("SetReviewStatus")}));
    // The selection by status, most frequent first.
    QCOMPARE(dialog.statusLabel()->text(),
             QStringLiteral("Cloud PCs (4): 2 Failed, 1 Provisioned, 1 Provisioning"));
    auto choose = [&dialog](const QString &subtype) {
        dialog.typeCombo()->setCurrentIndex(
            dialog.typeCombo()->findData(QStringLiteral("#microsoft.graph.cloudPcBulk") + subtype));
    };

    // Resize: a target plan is needed, and is what is sent.
    choose(QStringLiteral("Resize"));
    QCOMPARE(dialog.kind(), QStringLiteral("resize"));
    QVERIFY(dialog.planCombo()->isVisible());
    QVERIFY(!dialog.restorePointEdit()->isVisible());
    dialog.setServicePlans({});
    QTest::keyClicks(dialog.confirmEdit(), QStringLiteral("4")); // destructive: the count
    QVERIFY(!dialog.createButton()->isEnabled());
    dialog.setServicePlans(
        {{QStringLiteral("plan-8"), QStringLiteral("Cloud PC Enterprise 8vCPU/32GB/512GB")}});
    QVERIFY(dialog.createButton()->isEnabled());
    QCOMPARE(dialog.values().value(QStringLiteral("plan")).toString(), QStringLiteral("plan-8"));

    // Restore: a point in time (sent in UTC) and which restore point around it.
    choose(QStringLiteral("Restore"));
    QVERIFY(dialog.restorePointEdit()->isVisible());
    QVERIFY(!dialog.planCombo()->isVisible());
    const QDateTime point(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC);
    dialog.restorePointEdit()->setDateTime(point.toLocalTime());
    dialog.timeRangeCombo()->setCurrentIndex(dialog.timeRangeCombo()->findData(QStringLiteral("before")));
    QVariantMap values = dialog.values();
    QCOMPARE(values.value(QStringLiteral("restore-point")).toString(),
             QStringLiteral("2026-11-20T08:00:00Z"));
    QCOMPARE(values.value(QStringLiteral("time-range")).toString(), QStringLiteral("before"));
    QVERIFY(!values.contains(QStringLiteral("plan")));
    QVERIFY(dialog.createButton()->isEnabled());

    // Troubleshoot: nothing to type for four Cloud PCs, and no working-Cloud-PC warning.
    choose(QStringLiteral("Troubleshoot"));
    QVERIFY(dialog.confirmEdit()->isHidden());
    QVERIFY(dialog.onlyFailedButton()->isHidden());
    QVERIFY(dialog.createButton()->isEnabled());
    // Reprovision includes a working Cloud PC: said, with the way to keep only the failed ones.
    choose(QStringLiteral("Reprovision"));
    QVERIFY(dialog.onlyFailedButton()->isVisible());
    QTest::mouseClick(dialog.onlyFailedButton(), Qt::LeftButton);
    QCOMPARE(dialog.cloudPcIds(), QStringList({QStringLiteral("pc-0"), QStringLiteral("pc-2")}));
    QCOMPARE(dialog.statusLabel()->text(), QStringLiteral("Cloud PCs (2): 2 Failed"));
    QVERIFY(!dialog.createButton()->isEnabled()); // the count typed before was for four
    QTest::keyClicks(dialog.confirmEdit(), QStringLiteral("2"));
    QVERIFY(dialog.createButton()->isEnabled());
}

void TestActionDialogs::createBulkActionGuardsAWholeFleet()
{
    auto fleet = [](int size) {
        QVector<CloudPc> list;
        for (int i = 0; i < size; ++i) {
            CloudPc pc;
            pc.id = QStringLiteral("pc-%1").arg(i);
            pc.displayName = QStringLiteral("CPC-%1").arg(i);
            pc.setStatus(i % 10 == 0 ? CloudPcStatus::Failed : CloudPcStatus::Provisioned);
            list.append(pc);
        }
        return list;
    };
    {
        // More than 100: a phrase, even for a restart; the count alone does not do.
        CreateBulkActionDialog dialog(fleet(250));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.typeCombo()->setCurrentIndex(1);
        QCOMPARE(dialog.kind(), QStringLiteral("restart"));
        QVERIFY(dialog.confirmEdit()->isVisible());
        QCOMPARE(dialog.expectedConfirmation(), QStringLiteral("restart 250"));
        QTest::keyClicks(dialog.confirmEdit(), QStringLiteral("250"));
        QVERIFY(!dialog.createButton()->isEnabled());
        // Enter does nothing until it matches, and never cancels.
        dialog.confirmEdit()->setFocus();
        QTest::keyClick(dialog.confirmEdit(), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        dialog.confirmEdit()->clear();
        QTest::keyClicks(dialog.confirmEdit(), QStringLiteral("restart 250"));
        QVERIFY(dialog.createButton()->isEnabled());
        QTest::keyClick(dialog.confirmEdit(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    {
        // More than 5,000: refused, with the reason.
        CreateBulkActionDialog dialog(fleet(5001));
        dialog.show();
        dialog.typeCombo()->setCurrentIndex(1);
        QTest::keyClicks(dialog.confirmEdit(), dialog.expectedConfirmation());
        QVERIFY(!dialog.createButton()->isEnabled());
        QVERIFY2(dialog.warningLabel()->text().contains(
                     QStringLiteral("at most %1 Cloud PCs").arg(QLocale().toString(5000))),
                 qPrintable(dialog.warningLabel()->text()));
    }
}

void TestActionDialogs::confirmDialogActionIsNotTheDefault()
{
    ConfirmActionDialog dialog(QStringLiteral("Retry"), QStringLiteral("Retry 2 failed Cloud PCs?"),
                               {QStringLiteral("a"), QStringLiteral("b")}, QStringLiteral("&Retry"));
    dialog.show();
    QVERIFY(!dialog.actionButton()->isDefault());
    QCOMPARE(dialog.itemList()->count(), 2);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

QTEST_MAIN(TestActionDialogs)
#include "tst_actiondialogs.moc"
