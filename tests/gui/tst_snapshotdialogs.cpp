// Restore… and Create snapshot…, driven through the real main window against the emulator over loopback: the
// restore dialog reads the Cloud PC's restore points (newest first, the unhealthy ones marked, an empty list
// or a failure said as such, Cancel stops it), confirms destructively and sends exactly one restore; the
// create-snapshot dialog sends only the options chosen. Outcomes reach the operations panel and the audit
// log.
#include "actioncontroller.h"
#include "acttestsupport.h"
#include "auditlog.h"
#include "cloudpcmodel.h"
#include "confirmactiondialog.h"
#include "graphclient.h"
#include "graphemulator.h"
#include "languagesupport.h"
#include "listpage.h"
#include "mainwindow.h"
#include "operation.h"
#include "operationrunner.h"
#include "operationspanel.h"
#include "restoredialog.h"
#include "tenantlists.h"
#include "testenvironment.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>
#include <memory>

using namespace ActTest;

class TestSnapshotDialogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        cloudpcTestSetup();
        LanguageSupport::install(QStringLiteral("en"));
    }
    void restoreChoosesAPointAndConfirms();
    void restoreSaysWhenThereAreNoRestorePoints();
    void restoreShowsWhyTheyCouldNotBeRead();
    void restoreCancelSendsNothing();
    void createSnapshotSendsOnlyWhatIsChosen();

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
    static std::unique_ptr<Session> loadedSession();
    static void selectCloudPcs(MainWindow &window, const QStringList &ids);
    static QStringList idsWithStatus(const Session &session, CloudPcStatus status, int count);
    static bool waitLoaded(RestoreDialog *dialog);
};

std::unique_ptr<TestSnapshotDialogs::Session> TestSnapshotDialogs::loadedSession()
{
    GraphEmulator::Options options;
    options.size = 60;
    options.provisioningMs = 400;
    options.failureShare = 0;
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

void TestSnapshotDialogs::selectCloudPcs(MainWindow &window, const QStringList &ids)
{
    window.tabs()->setCurrentIndex(MainWindow::CloudPcsTab);
    ListPage *page = window.page(MainWindow::CloudPcsTab);
    QTableView *view = page->tableView();
    view->clearSelection();
    const CloudPcModel *model = window.lists()->cloudPcModel();
    for (const QString &id : ids) {
        QModelIndex index = model->index(model->rowOfId(id), 0);
        // Up through the proxies between the model and the view.
        QList<QAbstractProxyModel *> chain;
        for (auto *proxy = qobject_cast<QAbstractProxyModel *>(view->model()); proxy;
             proxy = qobject_cast<QAbstractProxyModel *>(proxy->sourceModel()))
            chain.prepend(proxy);
        for (QAbstractProxyModel *proxy : chain)
            index = proxy->mapFromSource(index);
        view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

QStringList TestSnapshotDialogs::idsWithStatus(const Session &session, CloudPcStatus status, int count)
{
    QStringList ids;
    for (const CloudPc &pc : session.lists->cloudPcModel()->cloudPcs()) {
        if (pc.status == status && ids.size() < count)
            ids << pc.id;
    }
    return ids;
}

bool TestSnapshotDialogs::waitLoaded(RestoreDialog *dialog)
{
    if (dialog->state() != RestoreDialog::State::Loading)
        return true;
    QSignalSpy ended(dialog, &RestoreDialog::loadingEnded);
    return ended.wait(10000);
}

void TestSnapshotDialogs::restoreChoosesAPointAndConfirms()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    QAction *restore = window.actions()->action(QStringLiteral("restore"));
    QVERIFY(restore);
    // A Cloud PC with an unhealthy restore point, so that the marking is seen.
    QString pcId;
    for (const QString &id : idsWithStatus(*session, CloudPcStatus::Provisioned, 60)) {
        for (const CloudPcSnapshot &snapshot : session->emulator.snapshots().of(id)) {
            if (snapshot.healthCheckStatus == CloudPcSnapshot::Health::Unhealthy)
                pcId = id;
        }
        if (!pcId.isEmpty())
            break;
    }
    QVERIFY(!pcId.isEmpty());
    // One Cloud PC only.
    selectCloudPcs(window, idsWithStatus(*session, CloudPcStatus::Provisioned, 2));
    QVERIFY(!restore->isEnabled());
    selectCloudPcs(window, {pcId});
    QVERIFY(restore->isEnabled());

    auto *dialog = trigger<RestoreDialog>(window, restore);
    QVERIFY(dialog);
    QCOMPARE(dialog->state(), RestoreDialog::State::Loading);
    QVERIFY(dialog->progressBar()->isVisible());
    QVERIFY(waitLoaded(dialog));
    QCOMPARE(dialog->state(), RestoreDialog::State::Loaded);
    QVERIFY(!dialog->progressBar()->isVisible());
    if (const QString pictures = qEnvironmentVariable("CLOUDPC_SCREENSHOT_DIR"); !pictures.isEmpty()) {
        QTest::qWait(200); // laid out for the texts just set
        dialog->grab().save(pictures + QStringLiteral("/restore-dialog.png")); // for the README
    }

    // Newest first, with the date in the locale's format, the type and the health in words.
    QList<CloudPcSnapshot> expected = session->emulator.snapshots().of(pcId);
    CloudPcSnapshot::sortNewestFirst(expected);
    QTreeWidget *list = dialog->snapshotList();
    QCOMPARE(list->topLevelItemCount(), expected.size());
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = list->topLevelItem(i);
        QCOMPARE(item->data(0, Qt::UserRole).toString(), expected[i].id);
        QCOMPARE(item->text(0),
                 QLocale().toString(expected[i].createdDateTime.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(item->text(1), expected[i].snapshotType == CloudPcSnapshot::Type::Automatic
                                    ? QStringLiteral("Automatic")
                                    : QStringLiteral("Manual"));
        const bool unhealthy = expected[i].healthCheckStatus == CloudPcSnapshot::Health::Unhealthy;
        QCOMPARE(item->text(2) == QLatin1String("Unhealthy"), unhealthy);
        QCOMPARE(!item->icon(2).isNull(), unhealthy);
        QCOMPARE(item->toolTip(2).contains(QLatin1String("health check failed")), unhealthy);
    }
    // What a restore does is said before anything is chosen.
    const QLabel *warning = dialog->findChild<QLabel *>(QStringLiteral("restoreWarning"));
    QVERIFY(warning && warning->isVisible());
    QVERIFY(warning->text().contains(QLatin1String("is lost")));

    // Destructive-style: a restore point and the tick are both needed, and the button is never the default.
    QPushButton *button = dialog->restoreButton();
    QVERIFY(!button->isEnabled());
    QVERIFY(!button->isDefault());
    const int chosen = int(expected.size()) - 1; // the oldest
    list->setCurrentItem(list->topLevelItem(chosen));
    QCOMPARE(dialog->snapshotId(), expected[chosen].id);
    QVERIFY(!button->isEnabled());
    dialog->confirmBox()->setChecked(true);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);

    Operation *operation = lastOperation(window);
    QVERIFY(waitFinished(operation));
    QCOMPARE(operation->kind(), QStringLiteral("restore"));
    QCOMPARE(operation->count(Operation::ItemState::Accepted), 1);
    const QList<EmulatorRequest> sent = posts(session->emulator, QStringLiteral("/restore"));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().url.path(),
             QStringLiteral("/v1.0/deviceManagement/virtualEndpoint/cloudPCs/%1/restore").arg(pcId));
    QCOMPARE(QJsonDocument::fromJson(sent.first().body).object(),
             QJsonObject({{QStringLiteral("cloudPcSnapshotId"), expected[chosen].id}}));
    // The operations panel shows it, the audit log has it under the same kind as cloudpcctl.
    QCOMPARE(window.actions()->operationsPanel()->currentOperation(), operation);
    QVERIFY(window.actions()->operationsDock()->isVisible());
    bool logged = false;
    for (const AuditRecord &record : session->auditLog->read().records)
        logged = logged || (record.operation == QLatin1String("restore") && record.targets.contains(pcId));
    QVERIFY(logged);
    // The emulator restores it, then it is provisioned again.
    QTRY_COMPARE_WITH_TIMEOUT(
        session->emulator.tenant().cloudPcs()[session->emulator.tenant().indexOfCloudPc(pcId)].status,
        CloudPcStatus::Provisioned, 5000);
}

void TestSnapshotDialogs::restoreSaysWhenThereAreNoRestorePoints()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    // A Cloud PC whose provisioning failed never had a restore point.
    const QStringList failed = idsWithStatus(*session, CloudPcStatus::Failed, 1);
    QVERIFY(!failed.isEmpty());
    selectCloudPcs(window, failed);
    auto *dialog = trigger<RestoreDialog>(window, window.actions()->action(QStringLiteral("restore")));
    QVERIFY(dialog);
    QVERIFY(waitLoaded(dialog));
    QCOMPARE(dialog->state(), RestoreDialog::State::Empty);
    QVERIFY2(dialog->stateLabel()->text().contains(QLatin1String("no restore points")),
             qPrintable(dialog->stateLabel()->text()));
    QVERIFY(!dialog->snapshotList()->isVisible());
    QVERIFY(!dialog->restoreButton()->isEnabled());
    dialog->reject();
    QVERIFY(posts(session->emulator, QStringLiteral("/restore")).isEmpty());
}

void TestSnapshotDialogs::restoreShowsWhyTheyCouldNotBeRead()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    session->client.retryPolicy().maxAttempts = 1;
    QVERIFY(session->emulator.faults().parse(QStringLiteral("503=1")).isEmpty());
    selectCloudPcs(window, idsWithStatus(*session, CloudPcStatus::Provisioned, 1));
    auto *dialog = trigger<RestoreDialog>(window, window.actions()->action(QStringLiteral("restore")));
    QVERIFY(dialog);
    QVERIFY(waitLoaded(dialog));
    QCOMPARE(dialog->state(), RestoreDialog::State::Failed);
    QCOMPARE(dialog->loadError().httpStatus, 503);
    QVERIFY(!dialog->loadError().requestId.isEmpty());
    QVERIFY2(dialog->stateLabel()->text().contains(dialog->loadError().requestId),
             qPrintable(dialog->stateLabel()->text()));
    QVERIFY(!dialog->restoreButton()->isEnabled());
}

void TestSnapshotDialogs::restoreCancelSendsNothing()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    session->emulator.faults().slow = 1; // every answer late: Cancel comes while it still loads
    session->emulator.faults().slowMs = 1500;
    selectCloudPcs(window, idsWithStatus(*session, CloudPcStatus::Provisioned, 1));
    QPointer<RestoreDialog> dialog =
        trigger<RestoreDialog>(window, window.actions()->action(QStringLiteral("restore")));
    QVERIFY(dialog);
    QCOMPARE(dialog->state(), RestoreDialog::State::Loading);
    const qsizetype operations = window.actions()->runner()->operations().size();
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 5000); // closed and deleted
    QTest::qWait(2000);                      // the late answer arrives at nobody
    QCOMPARE(window.actions()->runner()->operations().size(), operations);
    QVERIFY(posts(session->emulator, QStringLiteral("/restore")).isEmpty());
}

void TestSnapshotDialogs::createSnapshotSendsOnlyWhatIsChosen()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    const QStringList ids = idsWithStatus(*session, CloudPcStatus::Provisioned, 2);
    QCOMPARE(ids.size(), 2);
    selectCloudPcs(window, ids);
    QAction *create = window.actions()->action(QStringLiteral("createSnapshot"));
    QVERIFY(create);

    // Left at their defaults, the options are not sent: {} for each Cloud PC.
    auto *dialog = trigger<ConfirmActionDialog>(window, create);
    QVERIFY(dialog);
    QCOMPARE(dialog->itemList()->count(), 2);
    auto *tier = dialog->findChild<QComboBox *>(QStringLiteral("access-tier"));
    auto *account = dialog->findChild<QLineEdit *>(QStringLiteral("storage-account"));
    QVERIFY(tier && account);
    QCOMPARE(tier->count(), 5); // (default), hot, cool, cold, archive
    QCOMPARE(tier->currentIndex(), 0);
    QVERIFY(tier->currentData().toString().isEmpty());
    QVERIFY(dialog->actionButton()->isEnabled()); // nothing is required
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    Operation *operation = lastOperation(window);
    QVERIFY(waitFinished(operation));
    QCOMPARE(operation->kind(), QStringLiteral("createSnapshot"));
    QCOMPARE(operation->count(Operation::ItemState::Accepted), 2);
    QList<EmulatorRequest> sent = posts(session->emulator, QStringLiteral("/createSnapshot"));
    QCOMPARE(sent.size(), 2);
    for (const EmulatorRequest &request : sent) {
        QVERIFY(request.url.path().startsWith(QLatin1String("/beta/")));
        QCOMPARE(QJsonDocument::fromJson(request.body).object(), QJsonObject());
    }
    QCOMPARE(window.actions()->operationsPanel()->currentOperation(), operation);

    // Chosen: both are sent. (The first ones have appeared by now.)
    QTRY_VERIFY_WITH_TIMEOUT(session->emulator.snapshots().of(ids.last()).last().createdDateTime >
                                 DemoTenant::referenceTime(),
                             5000);
    const qsizetype before = session->emulator.snapshots().of(ids.first()).size();
    session->emulator.clearJournal();
    selectCloudPcs(window, {ids.first()});
    dialog = trigger<ConfirmActionDialog>(window, create);
    QVERIFY(dialog);
    tier = dialog->findChild<QComboBox *>(QStringLiteral("access-tier"));
    account = dialog->findChild<QLineEdit *>(QStringLiteral("storage-account"));
    tier->setCurrentIndex(tier->findData(QStringLiteral("cool")));
    QCOMPARE(tier->currentText(), QStringLiteral("Cool"));
    QTest::keyClicks(account, QStringLiteral("/subscriptions/s/storageAccounts/a"));
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    operation = lastOperation(window);
    QVERIFY(waitFinished(operation));
    sent = posts(session->emulator, QStringLiteral("/createSnapshot"));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(sent.first().body).object(),
             QJsonObject(
                 {{QStringLiteral("storageAccountId"), QStringLiteral("/subscriptions/s/storageAccounts/a")},
                  {QStringLiteral("accessTier"), QStringLiteral("cool")}}));
    // The new restore point appears after a while.
    QTRY_COMPARE_WITH_TIMEOUT(session->emulator.snapshots().of(ids.first()).size(), before + 1, 5000);
    bool logged = false;
    for (const AuditRecord &record : session->auditLog->read().records)
        logged = logged || record.operation == QLatin1String("createSnapshot");
    QVERIFY(logged);
}

QTEST_MAIN(TestSnapshotDialogs)
#include "tst_snapshotdialogs.moc"
