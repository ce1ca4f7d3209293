// The retry and bulk action dialogs driven through their widgets.
#include "bulkactionretrydialog.h"
#include "confirmactiondialog.h"
#include "createbulkactiondialog.h"
#include "testenvironment.h"

#include <QComboBox>
#include <QDialogButtonBox>
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
