// Power on/off, the review dialog and partner agent retries driven through the real main window against the
// emulator over loopback: what is left out and why (local rules and Graph's supported remote actions), the
// exact requests, the audit log.
#include "actioncontroller.h"
#include "acttestsupport.h"
#include "auditlog.h"
#include "cloudpcmodel.h"
#include "cloudpcpage.h"
#include "confirmactiondialog.h"
#include "graphclient.h"
#include "graphemulator.h"
#include "languagesupport.h"
#include "mainwindow.h"
#include "operation.h"
#include "operationrunner.h"
#include "reviewstatusdialog.h"
#include "tenantlists.h"
#include "testenvironment.h"

#include <QAction>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace ActTest;

class TestPowerActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        cloudpcTestSetup();
        LanguageSupport::install(QStringLiteral("en"));
    }
    void powerOffOnMixedSelectionListsTheLeftOut();
    void graphsDisabledAnswerLeavesACloudPcOut();
    void reviewDialogShowsTheStatusAndEndsTheReview();
    void reviewDialogPlacesUnderReviewWithOptions();
    void retryPartnerAgentsOnlyWhereOneFailed();

private:
    struct Session
    {
        explicit Session(const GraphEmulator::Options &options)
            : emulator(options)
        {}
        QTemporaryDir dir;
        GraphEmulator emulator;
        GraphClient client;
        std::unique_ptr<AuditLog> auditLog;
        std::unique_ptr<TenantLists> lists;
        std::unique_ptr<MainWindow> window;
    };
    static std::unique_ptr<Session> loadedSession(int provisioningMs = 60000, double failureShare = -1);
    // Source rows of the Cloud PCs tab matching `match` (never one being deprovisioned).
    static QList<int> rows(MainWindow &window, const std::function<bool(const CloudPc &)> &match, int count);
    // Whether the audit log has records of this kind for every one of these Cloud PCs.
    static bool audited(const Session &session, const QString &kind, const QStringList &ids);
};

std::unique_ptr<TestPowerActions::Session> TestPowerActions::loadedSession(int provisioningMs,
                                                                           double failureShare)
{
    GraphEmulator::Options options;
    options.size = 60;
    options.provisioningMs = provisioningMs;
    if (failureShare >= 0)
        options.failureShare = failureShare;
    auto session = std::make_unique<Session>(options);
    if (!session->dir.isValid() || !session->emulator.start())
        return nullptr;
    session->client.setBaseUrl(session->emulator.baseUrl());
    session->client.setAccessToken(session->emulator.issueAccessToken());
    session->client.retryPolicy().baseDelay = std::chrono::milliseconds(5);
    session->auditLog = std::make_unique<AuditLog>(session->dir.filePath(QStringLiteral("audit.jsonl")));
    session->lists = std::make_unique<TenantLists>(&session->client);
    session->window = std::make_unique<MainWindow>(session->lists.get(), session->auditLog.get());
    session->window->actions()->setIdentity(QStringLiteral("admin@contoso.example"),
                                            session->emulator.tenant().tenantId());
    session->window->show();
    QSignalSpy loaded(session->window.get(), &MainWindow::allLoaded);
    session->window->refresh();
    if (!loaded.wait(20000))
        return nullptr;
    session->emulator.clearJournal();
    return session;
}

QList<int> TestPowerActions::rows(MainWindow &window, const std::function<bool(const CloudPc &)> &match,
                                  int count)
{
    QList<int> found;
    const CloudPcModel *pcs = window.lists()->cloudPcModel();
    for (int row = 0; row < pcs->rowCount() && found.size() < count; ++row) {
        if (pcs->at(row).status != CloudPcStatus::Deprovisioning && match(pcs->at(row)))
            found << row;
    }
    return found;
}

bool TestPowerActions::audited(const Session &session, const QString &kind, const QStringList &ids)
{
    QSet<QString> seen;
    for (const AuditRecord &record : session.auditLog->read().records) {
        if (record.operation == kind)
            for (const QString &target : record.targets)
                seen << target;
    }
    for (const QString &id : ids) {
        if (!seen.contains(id))
            return false;
    }
    return true;
}

void TestPowerActions::powerOffOnMixedSelectionListsTheLeftOut()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    const CloudPcModel *pcs = window.lists()->cloudPcModel();
    const QList<int> frontline = rows(
        window, [](const CloudPc &pc) { return pc.isFrontline(); }, 2);
    const QList<int> dedicated = rows(
        window, [](const CloudPc &pc) { return !pc.isFrontline(); }, 2);
    QCOMPARE(frontline.size(), 2);
    QCOMPARE(dedicated.size(), 2);
    selectRows(window, MainWindow::CloudPcsTab, frontline + dedicated);

    QAction *powerOff = window.actions()->action(QStringLiteral("powerOff"));
    QVERIFY(powerOff && powerOff->isEnabled());
    auto *dialog = trigger<ConfirmActionDialog>(window, powerOff);
    QVERIFY(dialog);
    QCOMPARE(dialog->itemList()->count(), 2);
    QStringList listed;
    for (int i = 0; i < 2; ++i)
        listed << dialog->itemList()->item(i)->text().section(QStringLiteral(" — "), 0, 0);
    for (int row : frontline)
        QVERIFY2(listed.contains(CloudPcModel::displayNameOf(pcs->at(row))), qPrintable(listed.join(u',')));
    const QString text = dialog->text();
    QVERIFY2(text.contains(QLatin1String("2 selected Cloud PCs are left out")), qPrintable(text));
    for (int row : dedicated)
        QVERIFY2(
            text.contains(QStringLiteral("%1 is not a Frontline Cloud PC").arg(pcs->at(row).displayName)),
            qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("session")), qPrintable(text)); // says it ends the user's session
    if (const QString pictures = qEnvironmentVariable("CLOUDPC_SCREENSHOT_DIR"); !pictures.isEmpty()) {
        QTest::qWait(200); // laid out for the texts just set
        dialog->grab().save(pictures + QStringLiteral("/power-off-dialog.png")); // for the README
    }
    // Graph's supported actions were asked (one $batch) and agree: nobody else is left out.
    QTRY_COMPARE_WITH_TIMEOUT(session->emulator.batches().size(), 1, 10000);
    QTest::qWait(100);
    QCOMPARE(dialog->itemList()->count(), 2);
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    QVERIFY(waitFinished(lastOperation(window)));
    QCOMPARE(lastOperation(window)->kind(), QStringLiteral("powerOff"));
    QCOMPARE(lastOperation(window)->count(Operation::ItemState::Accepted), 2);
    const QList<EmulatorRequest> sent = posts(session->emulator, QStringLiteral("/powerOff"));
    QCOMPARE(sent.size(), 2);
    for (const EmulatorRequest &request : sent)
        QVERIFY(request.url.path().startsWith(QLatin1String("/beta/")) || request.isBatchItem());
    QVERIFY(
        audited(*session, QStringLiteral("powerOff"), {pcs->at(frontline[0]).id, pcs->at(frontline[1]).id}));
    QCOMPARE(session->emulator.actCount(QStringLiteral("powerOff"), pcs->at(dedicated[0]).id), 0);

    // Only dedicated ones: power on is not offered, its tooltip says why.
    selectRows(window, MainWindow::CloudPcsTab, dedicated);
    QAction *powerOn = window.actions()->action(QStringLiteral("powerOn"));
    QVERIFY(!powerOn->isEnabled());
    QVERIFY2(powerOn->toolTip().contains(QLatin1String("Frontline")), qPrintable(powerOn->toolTip()));
}

void TestPowerActions::graphsDisabledAnswerLeavesACloudPcOut()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    const CloudPcModel *pcs = window.lists()->cloudPcModel();
    // A powered-off Frontline Cloud PC cannot restart (Graph says so; the local rules do not know it).
    const QList<int> off = rows(
        window,
        [](const CloudPc &pc) { return pc.isFrontline() && pc.powerState == QLatin1String("poweredOff"); },
        1);
    const QList<int> working = rows(
        window,
        [](const CloudPc &pc) { return !pc.isFrontline() && pc.status == CloudPcStatus::Provisioned; }, 1);
    QCOMPARE(off.size(), 1);
    QCOMPARE(working.size(), 1);
    selectRows(window, MainWindow::CloudPcsTab, off + working);
    auto *dialog = trigger<ConfirmActionDialog>(window, window.actions()->action(QStringLiteral("restart")));
    QVERIFY(dialog);
    QCOMPARE(dialog->itemList()->count(), 2); // opens at once, on the local rules
    QTRY_COMPARE_WITH_TIMEOUT(dialog->itemList()->count(), 1, 10000);
    QVERIFY(dialog->itemList()->item(0)->text().startsWith(CloudPcModel::displayNameOf(pcs->at(working[0]))));
    QVERIFY2(dialog->text().contains(QStringLiteral("Graph does not offer \"Restart\" for %1 now")
                                         .arg(CloudPcModel::displayNameOf(pcs->at(off[0])))),
             qPrintable(dialog->text()));
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    QVERIFY(waitFinished(lastOperation(window)));
    const QList<EmulatorRequest> reboots = posts(session->emulator, QStringLiteral("/reboot"));
    QCOMPARE(reboots.size(), 1);
    QVERIFY(reboots.first().path().contains(pcs->at(working[0]).id));

    // Graph unavailable: the dialog goes on by the local rules, with no error box.
    session->emulator.clearJournal();
    session->emulator.faults().malformed = 1.0; // every answer cut short: unreadable
    selectRows(window, MainWindow::CloudPcsTab, off + working);
    dialog = trigger<ConfirmActionDialog>(window, window.actions()->action(QStringLiteral("restart")));
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!session->emulator.batches().isEmpty(), 10000);
    QTest::qWait(500);
    QCOMPARE(dialog->itemList()->count(), 2);
    QVERIFY(dialog->actionButton()->isEnabled());
    QVERIFY(window.findChildren<QMessageBox *>(QStringLiteral("actionErrorBox")).isEmpty());
    dialog->reject();
    session->emulator.faults().malformed = 0;
}

void TestPowerActions::reviewDialogShowsTheStatusAndEndsTheReview()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    const CloudPcModel *pcs = window.lists()->cloudPcModel();
    GraphEmulator &emulator = session->emulator;
    const QList<int> reviewed = rows(
        window, [&emulator](const CloudPc &pc) { return emulator.tenant().reviewStatus(pc.id).inReview; }, 1);
    QCOMPARE(reviewed.size(), 1);
    const QString id = pcs->at(reviewed.first()).id;
    selectRows(window, MainWindow::CloudPcsTab, reviewed);
    auto *dialog =
        trigger<ReviewStatusDialog>(window, window.actions()->action(QStringLiteral("setReviewStatus")));
    QVERIFY(dialog);
    QVERIFY(!dialog->applyButton()->isEnabled() || dialog->endButton()->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog->currentStatusLabel()->text().contains(QLatin1String("Under review since")), 10000);
    QVERIFY(dialog->currentStatusLabel()->text().contains(QLatin1String("contosoforensics")));
    if (const QString pictures = qEnvironmentVariable("CLOUDPC_SCREENSHOT_DIR"); !pictures.isEmpty()) {
        QTest::qWait(200); // laid out for the texts just set
        dialog->grab().save(pictures + QStringLiteral("/review-dialog.png")); // for the README
    }
    QVERIFY(dialog->endButton()->isChecked());
    QVERIFY(!dialog->accessCombo()->isEnabled());
    QVERIFY(dialog->applyButton()->isEnabled());
    QVERIFY(!dialog->applyButton()->isDefault());
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QVERIFY(waitFinished(lastOperation(window)));
    QCOMPARE(lastOperation(window)->kind(), QStringLiteral("setReviewStatus"));
    const QList<EmulatorRequest> sent = posts(emulator, QStringLiteral("/setReviewStatus"));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(
        QJsonDocument::fromJson(sent.first().body).object(),
        (QJsonObject{{QStringLiteral("reviewStatus"), QJsonObject{{QStringLiteral("inReview"), false}}}}));
    QVERIFY(!emulator.tenant().reviewStatus(id).inReview);
    QVERIFY(audited(*session, QStringLiteral("setReviewStatus"), {id}));
}

void TestPowerActions::reviewDialogPlacesUnderReviewWithOptions()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    const CloudPcModel *pcs = window.lists()->cloudPcModel();
    GraphEmulator &emulator = session->emulator;
    const QList<int> chosen = rows(
        window,
        [&emulator](const CloudPc &pc) {
            return !emulator.tenant().reviewStatus(pc.id).inReview && pc.status == CloudPcStatus::Provisioned;
        },
        2);
    QCOMPARE(chosen.size(), 2);
    selectRows(window, MainWindow::CloudPcsTab, chosen);
    auto *dialog =
        trigger<ReviewStatusDialog>(window, window.actions()->action(QStringLiteral("setReviewStatus")));
    QVERIFY(dialog);
    QCOMPARE(dialog->itemList()->count(), 2);
    // Two Cloud PCs: no status is read; the button waits for the choice.
    QVERIFY(dialog->currentStatusLabel()->text().contains(QLatin1String("one Cloud PC")));
    QVERIFY(!dialog->applyButton()->isEnabled());
    dialog->placeButton()->setFocus();
    QTest::keyClick(dialog->placeButton(), Qt::Key_Space);
    QVERIFY(dialog->placeButton()->isChecked());
    QVERIFY(dialog->applyButton()->isEnabled());
    dialog->accessCombo()->setCurrentIndex(dialog->accessCombo()->findData(QStringLiteral("restricted")));
    const QString storage =
        QStringLiteral("/subscriptions/3f2a9c41-6d0e-4c7b-9a51-0b8e2d7f6c13/resourceGroups/"
                       "sec/providers/Microsoft.Storage/storageAccounts/guistore");
    QTest::keyClicks(dialog->storageEdit(), storage);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QVERIFY(waitFinished(lastOperation(window)));
    QCOMPARE(lastOperation(window)->count(Operation::ItemState::Accepted), 2);
    const QList<EmulatorRequest> sent = posts(emulator, QStringLiteral("/setReviewStatus"));
    QCOMPARE(sent.size(), 2);
    QCOMPARE(
        QJsonDocument::fromJson(sent.first().body).object().value(QStringLiteral("reviewStatus")).toObject(),
        (QJsonObject{{QStringLiteral("inReview"), true},
                     {QStringLiteral("userAccessLevel"), QStringLiteral("restricted")},
                     {QStringLiteral("azureStorageAccountId"), storage}}));
    for (int row : chosen) {
        const CloudPcReviewStatus status = emulator.tenant().reviewStatus(pcs->at(row).id);
        QVERIFY(status.inReview);
        QCOMPARE(status.userAccessLevel, QStringLiteral("restricted"));
        QCOMPARE(status.azureStorageAccountName, QStringLiteral("guistore"));
    }
}

void TestPowerActions::retryPartnerAgentsOnlyWhereOneFailed()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    const CloudPcModel *pcs = window.lists()->cloudPcModel();
    const QList<int> failed = rows(
        window, [](const CloudPc &pc) { return pc.hasFailedPartnerAgent(); }, 1);
    const QList<int> fine = rows(
        window, [](const CloudPc &pc) { return !pc.hasFailedPartnerAgent(); }, 1);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(fine.size(), 1);
    selectRows(window, MainWindow::CloudPcsTab, fine);
    QAction *retry = window.actions()->action(QStringLiteral("retryPartnerAgentInstallation"));
    QVERIFY(!retry->isEnabled());
    QVERIFY2(retry->toolTip().contains(QLatin1String("no failed partner agent")),
             qPrintable(retry->toolTip()));
    selectRows(window, MainWindow::CloudPcsTab, failed + fine);
    auto *dialog = trigger<ConfirmActionDialog>(window, retry);
    QVERIFY(dialog);
    QCOMPARE(dialog->itemList()->count(), 1);
    QVERIFY(dialog->text().contains(QLatin1String("left out")));
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    QVERIFY(waitFinished(lastOperation(window)));
    QCOMPARE(posts(session->emulator, QStringLiteral("/retryPartnerAgentInstallation")).size(), 1);
    QCOMPARE(
        session->emulator.actCount(QStringLiteral("retryPartnerAgentInstallation"), pcs->at(failed[0]).id),
        1);
    QVERIFY(audited(*session, QStringLiteral("retryPartnerAgentInstallation"), {pcs->at(failed[0]).id}));
}

QTEST_MAIN(TestPowerActions)
#include "tst_poweractions.moc"
