// The acts, driven through the real main window and its dialogs against the emulator over loopback: each test
// asserts the exact requests the emulator received, the audit log and what the window shows afterwards.
#include "actfollower.h"
#include "actioncontroller.h"
#include "acttestsupport.h"
#include "auditlog.h"
#include "auditlogdialog.h"
#include "auditlogmodel.h"
#include "bulkactionloader.h"
#include "bulkactionmodel.h"
#include "bulkactionpage.h"
#include "bulkactionretrydialog.h"
#include "cloudpcloader.h"
#include "cloudpcmodel.h"
#include "cloudpcpage.h"
#include "confirmactiondialog.h"
#include "createbulkactiondialog.h"
#include "demoserviceplans.h"
#include "graphclient.h"
#include "graphemulator.h"
#include "graphrequests.h"
#include "languagesupport.h"
#include "mainwindow.h"
#include "operation.h"
#include "operationitemsmodel.h"
#include "operationrunner.h"
#include "operationspanel.h"
#include "provisioningerroruserloader.h"
#include "provisioningerrorusermodel.h"
#include "provisioningerroruserpage.h"
#include "provisioningpolicymodel.h"
#include "provisioningpolicypage.h"
#include "reprovisiondialog.h"
#include "tenantlists.h"
#include "testenvironment.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QtTest>
#include <atomic>
#include <memory>

using namespace ActTest;

class TestActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void actFollowedToItsEndInThePanel_data();
    void actFollowedToItsEndInThePanel();
    void initTestCase()
    {
        cloudpcTestSetup();
        LanguageSupport::install(QStringLiteral("en")); // English plurals, as the console installs them
    }
    void actionsFollowTabAndSelection();
    void reprovisionSendsTheChosenBodyOncePerCloudPc();
    void reprovisionRefreshesTheAffectedRows();
    void reprovisionOnlyTheFailedOnesSendsOnlyThose();
    void retryPolicyConfirmsWithTheFailedCount();
    void retryPolicyWithNothingFailedIsNotOffered();
    void catalogActsThroughTheSharedConfirmation();
    void retryBulkActionAllFailedAndSubset();
    void createBulkActionFromSelection();
    void retryUserProvisioningForSeveralUsers();
    void failedItemShowsRequestIdAndCanBeRetried();
    void closingWithWorkInFlightAsksFirst();
    void accountChangeWithQueuedActsAsksFirst();
    void interruptedActsAreReportedOnStart();
    void auditLogIsViewableAndExportable();
    void auditLogShowsNamesOptionsAndDetails();
    void unwritableAuditLogSendsNothing();
    void auditLogNotOnTheDiskIsSaid();

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
};

namespace {
// The question box `name` open in the window (a box that was answered is deleted only later).
QMessageBox *openBox(const QWidget &window, const QString &name)
{
    const QList<QMessageBox *> boxes = window.findChildren<QMessageBox *>(name);
    for (QMessageBox *box : boxes) {
        if (box->isVisible())
            return box;
    }
    return nullptr;
}

// Answers a question box with its button of that role.
void clickRole(QMessageBox *box, QMessageBox::ButtonRole role)
{
    const QList<QAbstractButton *> buttons = box->buttons();
    for (QAbstractButton *button : buttons) {
        if (box->buttonRole(button) == role) {
            button->click();
            return;
        }
    }
}
} // namespace

std::unique_ptr<TestActions::Session> TestActions::loadedSession(int provisioningMs, double failureShare)
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

void TestActions::actionsFollowTabAndSelection()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    ActionController *actions = window.actions();
    window.tabs()->setCurrentIndex(MainWindow::CloudPcsTab);
    window.cloudPcPage()->tableView()->clearSelection();
    QVERIFY(actions->reprovisionAction()->isVisible());
    QVERIFY(!actions->reprovisionAction()->isEnabled());
    QVERIFY(!actions->retryPolicyAction()->isVisible());

    selectRows(window, MainWindow::CloudPcsTab, {0, 1});
    QVERIFY(actions->reprovisionAction()->isEnabled());
    QVERIFY(actions->createBulkActionAction()->isEnabled());

    window.tabs()->setCurrentIndex(MainWindow::BulkActionsTab);
    QVERIFY(!actions->reprovisionAction()->isVisible());
    QVERIFY(actions->retryBulkActionAction()->isVisible());
    selectRows(window, MainWindow::BulkActionsTab, {0, 1});
    QVERIFY2(!actions->retryBulkActionAction()->isEnabled(), "a retry acts on exactly one bulk action");
    selectRows(window, MainWindow::BulkActionsTab, {0});
    QVERIFY(actions->retryBulkActionAction()->isEnabled());
    // The retry shortcut is the same on every tab; only the current tab's action holds it.
    QCOMPARE(actions->retryBulkActionAction()->shortcut(), actions->retryPolicyAction()->shortcut());
}

void TestActions::reprovisionSendsTheChosenBodyOncePerCloudPc()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    selectRows(window, MainWindow::CloudPcsTab, {2, 5, 7});
    const QStringList ids = window.cloudPcPage()->selectedIds();
    QCOMPARE(ids.size(), 3);

    auto *dialog = trigger<ReprovisionDialog>(window, window.actions()->reprovisionAction());
    QVERIFY(dialog);
    QCOMPARE(dialog->targets().size(), 3);
    dialog->osVersionCombo()->setCurrentIndex(
        dialog->osVersionCombo()->findText(QStringLiteral("Windows 11")));
    dialog->accountTypeCombo()->setCurrentIndex(
        dialog->accountTypeCombo()->findText(QStringLiteral("Standard user")));
    QVERIFY(!dialog->reprovisionButton()->isEnabled()); // the count is not typed yet
    QTest::keyClicks(dialog->confirmEdit(), QStringLiteral("3"));
    QVERIFY(dialog->reprovisionButton()->isEnabled());
    // CLOUDPC_SCREENSHOT_DIR: keep pictures of the dialog and the window for the docs.
    const QString pictures = qEnvironmentVariable("CLOUDPC_SCREENSHOT_DIR");
    if (!pictures.isEmpty())
        dialog->grab().save(pictures + QStringLiteral("/reprovision-dialog.png"));
    // A double click (and a third for good measure) submits once.
    QTest::mouseClick(dialog->reprovisionButton(), Qt::LeftButton);
    QTest::mouseClick(dialog->reprovisionButton(), Qt::LeftButton);
    QTest::mouseDClick(dialog->reprovisionButton(), Qt::LeftButton);

    QCOMPARE(window.actions()->runner()->operations().size(), 1);
    Operation *operation = lastOperation(window);
    QVERIFY(waitFinished(operation));
    QCOMPARE(operation->count(Operation::ItemState::Accepted), 3);
    QCOMPARE(operation->title(), QStringLiteral("Reprovision 3 Cloud PCs")); // a plural, not "PC(s)"
    QVERIFY(window.actions()->operationsDock()->isVisible());

    const QList<EmulatorRequest> sent = posts(session->emulator, QStringLiteral("/reprovision"));
    QCOMPARE(sent.size(), 3);
    QStringList sentIds;
    for (const EmulatorRequest &request : sent) {
        QVERIFY2(request.path().startsWith(QLatin1String("/v1.0/deviceManagement/virtualEndpoint/cloudPCs/")),
                 qPrintable(request.path()));
        sentIds << request.path().section(QLatin1Char('/'), -2, -2);
        QCOMPARE(request.header("content-type"), QByteArray("application/json"));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body, QJsonObject({{QStringLiteral("osVersion"), QStringLiteral("windows11")},
                                    {QStringLiteral("userAccountType"), QStringLiteral("standardUser")}}));
    }
    sentIds.sort();
    QStringList expected = ids;
    expected.sort();
    QCOMPARE(sentIds, expected);

    // The audit log: one "sending" and one outcome record per Cloud PC, with who acted.
    const AuditLog::ReadResult read = session->auditLog->read();
    QCOMPARE(read.records.size(), 6);
    int accepted = 0;
    for (const AuditRecord &record : read.records) {
        QCOMPARE(record.operation, QStringLiteral("reprovision"));
        QCOMPARE(record.account, QStringLiteral("admin@contoso.example"));
        QCOMPARE(record.tenant, session->emulator.tenant().tenantId());
        QVERIFY(ids.contains(record.targets.value(0)));
        accepted += record.result == QLatin1String("accepted") ? 1 : 0;
    }
    QCOMPARE(accepted, 3);
    // The dialog shows each Cloud PC's outcome.
    QCOMPARE(dialog->outcomeView()->model()->rowCount(), 3);
    if (!pictures.isEmpty()) {
        dialog->grab().save(pictures + QStringLiteral("/reprovision-outcome.png"));
        window.grab().save(pictures + QStringLiteral("/operations.png"));
    }
}

// Every Cloud PC selected (Ctrl+A), then "Only the failed ones" in the dialog: what is sent is what the
// dialog holds when the admin confirms, the failed Cloud PCs alone, never the whole selection it opened with.
void TestActions::reprovisionOnlyTheFailedOnesSendsOnlyThose()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    window.tabs()->setCurrentIndex(MainWindow::CloudPcsTab);
    QTableView *table = window.cloudPcPage()->tableView();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
    const QStringList selected = window.cloudPcPage()->selectedIds();
    QStringList failed;
    int working = 0;
    for (const CloudPc &pc : session->emulator.tenant().cloudPcs()) {
        if (!selected.contains(pc.id))
            continue;
        if (pc.status == CloudPcStatus::Failed)
            failed << pc.id;
        else if (pc.status == CloudPcStatus::Provisioned)
            ++working;
    }
    QVERIFY2(!failed.isEmpty() && working > 0, qPrintable(QString::number(failed.size())));

    auto *dialog = trigger<ReprovisionDialog>(window, window.actions()->reprovisionAction());
    QVERIFY(dialog);
    QVERIFY(dialog->targets().size() > failed.size());
    QVERIFY(dialog->onlyFailedButton()->isVisible());
    QTest::mouseClick(dialog->onlyFailedButton(), Qt::LeftButton);
    QCOMPARE(dialog->targets().size(), failed.size());
    if (failed.size() > 1) // one Cloud PC wants nothing typed
        QTest::keyClicks(dialog->confirmEdit(), QString::number(failed.size()));
    QVERIFY(dialog->reprovisionButton()->isEnabled());
    QTest::mouseClick(dialog->reprovisionButton(), Qt::LeftButton);

    QCOMPARE(window.actions()->runner()->operations().size(), 1);
    Operation *operation = lastOperation(window);
    QCOMPARE(operation->itemCount(), int(failed.size()));
    QVERIFY(waitFinished(operation));
    QStringList sentIds;
    for (const EmulatorRequest &request : posts(session->emulator, QStringLiteral("/reprovision")))
        sentIds << request.path().section(QLatin1Char('/'), -2, -2);
    sentIds.sort();
    failed.sort();
    QCOMPARE(sentIds, failed);
}

void TestActions::reprovisionRefreshesTheAffectedRows()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    CloudPcModel *model = window.lists()->cloudPcModel();
    int row = -1;
    for (int i = 0; i < model->rowCount(); ++i) {
        if (model->at(i).status == CloudPcStatus::Provisioned) {
            row = i;
            break;
        }
    }
    QVERIFY(row >= 0);
    selectRows(window, MainWindow::CloudPcsTab, {row});
    const QString id = model->at(row).id;
    auto *dialog = trigger<ReprovisionDialog>(window, window.actions()->reprovisionAction());
    QVERIFY(dialog);
    QVERIFY(!dialog->confirmEdit()); // one Cloud PC: no count to type
    QSignalSpy refreshed(window.actions(), &ActionController::affectedRowsRefreshed);
    QTest::mouseClick(dialog->reprovisionButton(), Qt::LeftButton);
    QVERIFY(refreshed.wait(20000));
    // The emulator keeps the Cloud PC provisioning for a minute; the row shows it without a reload.
    QCOMPARE(model->at(model->rowOfId(id)).status, CloudPcStatus::Provisioning);
    int reads = 0;
    for (const EmulatorRequest &request : session->emulator.journal())
        reads += request.method == "GET" && request.path().endsWith(QLatin1String("/cloudPCs/") + id) ? 1 : 0;
    QCOMPARE(reads, 1);
}

void TestActions::retryPolicyConfirmsWithTheFailedCount()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    ProvisioningPolicyModel *policies = window.lists()->policyModel();
    int row = -1;
    for (int i = 0; i < policies->rowCount(); ++i) {
        if (policies->failedCount(policies->at(i).id) > 0) {
            row = i;
            break;
        }
    }
    QVERIFY2(row >= 0, "the demo tenant has a policy with failed Cloud PCs");
    const QString policyId = policies->at(row).id;
    const int failed = policies->failedCount(policyId);
    selectRows(window, MainWindow::PoliciesTab, {row});
    auto *dialog = trigger<ConfirmActionDialog>(window, window.actions()->retryPolicyAction());
    QVERIFY(dialog);
    QCOMPARE(dialog->itemList()->count(), 1);
    QVERIFY2(dialog->itemList()->item(0)->text().contains(QString::number(failed)),
             qPrintable(dialog->itemList()->item(0)->text()));
    QVERIFY(!dialog->actionButton()->isDefault());
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    QVERIFY(waitFinished(lastOperation(window)));

    const QList<EmulatorRequest> sent = posts(session->emulator, QStringLiteral("/retry"));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(
        sent.first().path(),
        QStringLiteral("/beta/deviceManagement/virtualEndpoint/provisioningPolicies/%1/retry").arg(policyId));
    QCOMPARE(QJsonDocument::fromJson(sent.first().body).object(), QJsonObject());
    QCOMPARE(lastOperation(window)->count(Operation::ItemState::Accepted), 1);
}

void TestActions::retryPolicyWithNothingFailedIsNotOffered()
{
    auto session = loadedSession(200, 0.0); // no Cloud PC failed
    QVERIFY(session);
    MainWindow &window = *session->window;
    ProvisioningPolicyModel *policies = window.lists()->policyModel();
    QVERIFY(policies->rowCount() > 0);
    QCOMPARE(policies->failedCount(policies->at(0).id), 0);
    selectRows(window, MainWindow::PoliciesTab, {0});
    QAction *retry = window.actions()->retryPolicyAction();
    QVERIFY(!retry->isEnabled());
    QVERIFY2(retry->toolTip().contains(QLatin1String("nothing to retry")), qPrintable(retry->toolTip()));
    QTableView *table = window.policyPage()->tableView();
    table->setCurrentIndex(table->model()->index(0, 0)); // the detail pane follows the current row
    QPushButton *showFailed = window.policyPage()->showFailedButton();
    QVERIFY(!showFailed->isEnabled());
    QVERIFY2(showFailed->toolTip().contains(QLatin1String("None of this policy")),
             qPrintable(showFailed->toolTip()));
}

void TestActions::catalogActsThroughTheSharedConfirmation()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    const CloudPcModel *pcs = window.lists()->cloudPcModel();
    int working = -1;
    for (int row = 0; row < pcs->rowCount() && working < 0; ++row) {
        if (pcs->at(row).status == CloudPcStatus::Provisioned)
            working = row;
    }
    QVERIFY(working >= 0);
    selectRows(window, MainWindow::CloudPcsTab, {working, working == 0 ? 1 : 0});

    // Restart: an act without options, from the catalog, confirmed in the shared dialog.
    QAction *restart = window.actions()->action(QStringLiteral("restart"));
    QVERIFY(restart && restart->isEnabled());
    auto *dialog = trigger<ConfirmActionDialog>(window, restart);
    QVERIFY(dialog);
    QCOMPARE(dialog->itemList()->count(), 2);
    QVERIFY(!dialog->actionButton()->isDefault());
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    QVERIFY(waitFinished(lastOperation(window)));
    QCOMPARE(lastOperation(window)->kind(), QStringLiteral("restart"));
    QCOMPARE(posts(session->emulator, QStringLiteral("/reboot")).size(), 2);

    // End grace period applies to none of them: not offered, and the tooltip says why.
    selectRows(window, MainWindow::CloudPcsTab, {working});
    QAction *endGrace = window.actions()->action(QStringLiteral("endGracePeriod"));
    QVERIFY(!endGrace->isEnabled());
    QVERIFY2(endGrace->toolTip().contains(QLatin1String("grace period")), qPrintable(endGrace->toolTip()));

    // Rename: one Cloud PC, its new name asked in the same dialog.
    QAction *rename = window.actions()->action(QStringLiteral("rename"));
    QVERIFY(rename->isEnabled());
    dialog = trigger<ConfirmActionDialog>(window, rename);
    QVERIFY(dialog);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("name"));
    QVERIFY(name);
    name->clear();
    QVERIFY(!dialog->actionButton()->isEnabled()); // a name is required
    QTest::keyClicks(name, QStringLiteral("CPC-Renamed"));
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    QVERIFY(waitFinished(lastOperation(window)));
    const QList<EmulatorRequest> renames = posts(session->emulator, QStringLiteral("/rename"));
    QCOMPARE(renames.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(renames.first().body)
                 .object()
                 .value(QStringLiteral("displayName"))
                 .toString(),
             QStringLiteral("CPC-Renamed"));
}

void TestActions::retryBulkActionAllFailedAndSubset()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    BulkActionModel *actions = window.lists()->bulkActionModel();
    QVERIFY(actions->rowCount() > 0);
    // A bulk action with at least one of its Cloud PCs failed now.
    const CloudPcModel *pcs = window.lists()->cloudPcModel();
    int actionRow = -1;
    for (int r = 0; r < actions->rowCount() && actionRow < 0; ++r) {
        for (const QString &id : actions->at(r).cloudPcIds) {
            const int pcRow = pcs->rowOfId(id);
            if (pcRow >= 0 && pcs->at(pcRow).status == CloudPcStatus::Failed) {
                actionRow = r;
                break;
            }
        }
    }
    QVERIFY2(actionRow >= 0, "the demo tenant has a bulk action with a failed Cloud PC");
    selectRows(window, MainWindow::BulkActionsTab, {actionRow});
    const BulkAction action = actions->at(actionRow);

    // Exactly the ticked ones: only failed Cloud PCs can be ticked.
    auto *dialog = trigger<BulkActionRetryDialog>(window, window.actions()->retryBulkActionAction());
    QVERIFY(dialog);
    QCOMPARE(dialog->deviceList()->topLevelItemCount(), action.cloudPcIds.size());
    dialog->selectedButton()->setChecked(true);
    int tickable = -1;
    for (int i = 0; i < dialog->deviceList()->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = dialog->deviceList()->topLevelItem(i);
        if (!(item->flags() & Qt::ItemIsUserCheckable))
            continue;
        if (tickable < 0)
            tickable = i;
        item->setCheckState(0, i == tickable ? Qt::Checked : Qt::Unchecked);
    }
    QVERIFY2(tickable >= 0, "the demo tenant's first bulk action has a failed Cloud PC");
    QVERIFY(dialog->selectedButton()->isChecked());
    const QString chosen = dialog->deviceList()->topLevelItem(tickable)->data(0, Qt::UserRole).toString();
    QTest::mouseClick(dialog->retryButton(), Qt::LeftButton);
    QVERIFY(waitFinished(lastOperation(window)));
    QList<EmulatorRequest> sent = posts(session->emulator, QStringLiteral("/retry"));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().path(),
             QStringLiteral("/beta/deviceManagement/virtualEndpoint/bulkActions/%1/retry").arg(action.id));
    QCOMPARE(QJsonDocument::fromJson(sent.first().body).object(),
             QJsonObject({{QStringLiteral("cloudPcIds"), QJsonArray({chosen})}}));

    // Every failed Cloud PC: no cloudPcIds in the body (once the list has reloaded after the first retry).
    QTRY_VERIFY_WITH_TIMEOUT(!window.lists()->bulkActionLoader()->isLoading(), 20000);
    session->emulator.clearJournal();
    selectRows(window, MainWindow::BulkActionsTab, {actions->rowOfId(action.id)});
    dialog = trigger<BulkActionRetryDialog>(window, window.actions()->retryBulkActionAction());
    QVERIFY(dialog);
    QVERIFY(dialog->allFailedButton()->isChecked());
    QTest::mouseClick(dialog->retryButton(), Qt::LeftButton);
    QVERIFY(waitFinished(lastOperation(window)));
    sent = posts(session->emulator, QStringLiteral("/retry"));
    QCOMPARE(sent.size(), 1);
    QVERIFY(!QJsonDocument::fromJson(sent.first().body).object().contains(QStringLiteral("cloudPcIds")));
}

void TestActions::createBulkActionFromSelection()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    const int before = window.lists()->bulkActionModel()->rowCount();
    selectRows(window, MainWindow::CloudPcsTab, {1, 3});
    const QStringList ids = window.cloudPcPage()->selectedIds();
    auto *dialog = trigger<CreateBulkActionDialog>(window, window.actions()->createBulkActionAction());
    QVERIFY(dialog);
    // A resize offers the tenant's service plans, read while the dialog is open.
    QTRY_COMPARE(dialog->planCombo()->count(), int(DemoServicePlans::all().size()));
    QCOMPARE(dialog->planCombo()->itemData(0).toString(), DemoServicePlans::all().first().id);
    dialog->typeCombo()->setCurrentIndex(
        dialog->typeCombo()->findData(QStringLiteral("#microsoft.graph.cloudPcBulkResize")));
    QVERIFY(dialog->planCombo()->isVisible());
    if (const QString pictures = qEnvironmentVariable("CLOUDPC_SCREENSHOT_DIR"); !pictures.isEmpty()) {
        QTest::qWait(200); // laid out for the texts just set
        dialog->grab().save(pictures + QStringLiteral("/bulk-action-dialog.png")); // for the README
    }
    dialog->typeCombo()->setCurrentIndex(
        dialog->typeCombo()->findData(QStringLiteral("#microsoft.graph.cloudPcBulkRestart")));
    if (dialog->typeCombo()->currentIndex() < 0)
        dialog->typeCombo()->setCurrentIndex(1);
    QCOMPARE(dialog->odataType(), QStringLiteral("#microsoft.graph.cloudPcBulkRestart"));
    QTest::keyClick(dialog->nameEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Friday restart"));
    QSignalSpy bulkLoaded(window.lists()->bulkActionLoader(), &ListLoader::finished);
    QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
    QVERIFY(waitFinished(lastOperation(window)));
    QCOMPARE(lastOperation(window)->count(Operation::ItemState::Accepted), 1);

    const QList<EmulatorRequest> sent = posts(session->emulator, QStringLiteral("/bulkActions"));
    QCOMPARE(sent.size(), 1);
    QVERIFY(sent.first().path().startsWith(QLatin1String("/beta/")));
    const QJsonObject body = QJsonDocument::fromJson(sent.first().body).object();
    QCOMPARE(body.value(QStringLiteral("@odata.type")).toString(),
             QStringLiteral("#microsoft.graph.cloudPcBulkRestart"));
    QCOMPARE(body.value(QStringLiteral("displayName")).toString(), QStringLiteral("Friday restart"));
    QStringList sentIds;
    for (const QJsonValue &value : body.value(QStringLiteral("cloudPcIds")).toArray())
        sentIds << value.toString();
    QCOMPARE(sentIds, ids);

    // The bulk actions tab reloads and shows the new action.
    QVERIFY(bulkLoaded.wait(20000));
    QCOMPARE(window.lists()->bulkActionModel()->rowCount(), before + 1);
    bool found = false;
    for (const BulkAction &action : window.lists()->bulkActionModel()->items())
        found = found || action.displayName == QLatin1String("Friday restart");
    QVERIFY(found);
}

void TestActions::retryUserProvisioningForSeveralUsers()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    QVERIFY(window.lists()->errorUserModel()->rowCount() >= 2);
    selectRows(window, MainWindow::ErrorUsersTab, {0, 1});
    const QStringList ids = window.errorUserPage()->selectedIds();
    auto *dialog = trigger<ConfirmActionDialog>(window, window.actions()->retryUserAction());
    QVERIFY(dialog);
    QCOMPARE(dialog->itemList()->count(), 2);
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    QVERIFY(waitFinished(lastOperation(window)));
    const QList<EmulatorRequest> sent = posts(session->emulator, QStringLiteral("/retryServiceProvisioning"));
    QCOMPARE(sent.size(), 2);
    QStringList sentIds;
    for (const EmulatorRequest &request : sent) {
        QVERIFY(request.path().startsWith(QLatin1String("/beta/users/")));
        QVERIFY(request.body.isEmpty());
        sentIds << request.path().section(QLatin1Char('/'), 3, 3);
    }
    sentIds.sort();
    QStringList expected = ids;
    expected.sort();
    QCOMPARE(sentIds, expected);

    // Their errors are resolved, so they leave the list as it reloads, and the detail pane with them.
    ProvisioningErrorUserModel *users = window.lists()->errorUserModel();
    QTRY_VERIFY_WITH_TIMEOUT(users->rowOfId(ids.at(0)) < 0 && users->rowOfId(ids.at(1)) < 0, 20000);
    QTRY_VERIFY(!window.lists()->errorUserLoader()->isLoading());
    QVERIFY(window.errorUserPage()->selectedIds().isEmpty());
    const QString pane = window.errorUserPage()->detailView()->toPlainText();
    QVERIFY2(!pane.contains(ids.at(0)) && !pane.contains(ids.at(1)), qPrintable(pane));
}

void TestActions::failedItemShowsRequestIdAndCanBeRetried()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    session->client.retryPolicy().maxAttempts = 1;
    QVERIFY(session->emulator.faults().parse(QStringLiteral("503=1")).isEmpty());
    selectRows(window, MainWindow::ErrorUsersTab, {0});
    auto *dialog = trigger<ConfirmActionDialog>(window, window.actions()->retryUserAction());
    QVERIFY(dialog);
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    Operation *operation = lastOperation(window);
    QVERIFY(waitFinished(operation));
    QCOMPARE(operation->count(Operation::ItemState::Failed), 1);
    QCOMPARE(operation->item(0).httpStatus, 503);
    QVERIFY(!operation->item(0).error.requestId.isEmpty());
    // The panel shows the failed item with its request-id.
    OperationsPanel *panel = window.actions()->operationsPanel();
    QCOMPARE(panel->currentOperation(), operation);
    bool shown = false;
    QAbstractItemModel *items = panel->itemsView()->model();
    for (int column = 0; column < items->columnCount(); ++column)
        shown =
            shown || items->index(0, column).data().toString().contains(operation->item(0).error.requestId);
    QVERIFY2(shown, "the request-id is in the operations panel");

    // The service recovers; Retry in the panel sends the failed item once more.
    session->emulator.faults() = FaultPlan();
    QVERIFY(panel->retryButton()->isEnabled());
    QTest::mouseClick(panel->retryButton(), Qt::LeftButton);
    QVERIFY(waitFinished(operation));
    QCOMPARE(operation->count(Operation::ItemState::Accepted), 1);
    QCOMPARE(posts(session->emulator, QStringLiteral("/retryServiceProvisioning")).size(), 1);
}

void TestActions::closingWithWorkInFlightAsksFirst()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    QVERIFY(session->emulator.faults().parse(QStringLiteral("slow=1,slowms=3000")).isEmpty());
    selectRows(window, MainWindow::ErrorUsersTab, {0});
    auto *dialog = trigger<ConfirmActionDialog>(window, window.actions()->retryUserAction());
    QVERIFY(dialog);
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    QVERIFY(window.actions()->runner()->hasWorkInFlight());

    // Keep open: the window stays.
    QString shownText;
    QVERIFY(!window.close());
    if (QMessageBox *box = openBox(window, QStringLiteral("closeWithWorkBox"))) {
        shownText = box->text();
        clickRole(box, QMessageBox::RejectRole);
    }
    QVERIFY(window.isVisible());
    QVERIFY2(shownText.contains(QLatin1String("waiting")), qPrintable(shownText));

    // Once nothing is in flight, the window closes without asking.
    QVERIFY(waitFinished(lastOperation(window)));
    QVERIFY(window.close());
}

void TestActions::accountChangeWithQueuedActsAsksFirst()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    QVERIFY(session->emulator.faults().parse(QStringLiteral("slow=1,slowms=3000")).isEmpty());
    // More reads than the client sends at once: some stay queued.
    auto *operation = new Operation(QStringLiteral("inspect"), QStringLiteral("Inspect 30 Cloud PCs"));
    for (int i = 0; i < 30; ++i) {
        const CloudPc &pc = session->emulator.tenant().cloudPcs()[i];
        operation->addItem(pc.id, pc.displayName, GraphRequests::getCloudPc(pc.id));
    }
    QVERIFY(window.actions()->runner()->submit(operation));
    const int queued = operation->count(Operation::ItemState::Queued);
    QVERIFY(queued > 0);
    QVERIFY(operation->count(Operation::ItemState::Sent) > 0);

    // Asks as a sign-out would and answers the question (if one is asked) with `role`: whether the account
    // may change, at once or once the admin chose to.
    const auto changeAccount = [&window](QMessageBox::ButtonRole role, QString *text) {
        bool proceeded = false;
        const bool now = window.actions()->confirmLeave(ActionController::Leave::AccountChange,
                                                        [&proceeded] { proceeded = true; });
        if (QMessageBox *box = openBox(window, QStringLiteral("accountChangeWithWorkBox"))) {
            *text = box->text();
            clickRole(box, role);
        }
        return now || proceeded;
    };
    // Stay signed in: nothing changes.
    QString shownText;
    QVERIFY(!changeAccount(QMessageBox::RejectRole, &shownText));
    QVERIFY2(shownText.contains(QString::number(queued)), qPrintable(shownText));
    QCOMPARE(operation->count(Operation::ItemState::Queued), queued);

    // Continue: what is queued is cancelled, nothing more goes out; what was sent gets its answer.
    shownText.clear();
    QVERIFY(changeAccount(QMessageBox::DestructiveRole, &shownText));
    QVERIFY(!shownText.isEmpty());
    QCOMPARE(operation->count(Operation::ItemState::Queued), 0);
    QVERIFY(operation->count(Operation::ItemState::Cancelled) >= queued);
    QVERIFY(waitFinished(operation));
    for (const Operation::Item &item : operation->items()) {
        if (item.state != Operation::ItemState::Cancelled)
            continue;
        for (const EmulatorRequest &request : session->emulator.journal())
            QVERIFY2(!request.path().endsWith(item.targetId), qPrintable(request.path()));
    }
    QCOMPARE(operation->count(Operation::ItemState::Cancelled) +
                 operation->count(Operation::ItemState::Accepted),
             30);

    // Nothing in flight: no question.
    QVERIFY(window.actions()->confirmLeave(ActionController::Leave::AccountChange, [] {}));
}

void TestActions::interruptedActsAreReportedOnStart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.jsonl"));
    {
        AuditLog log(path);
        AuditRecord record;
        record.time = QDateTime::currentDateTimeUtc();
        record.operationId = QStringLiteral("op-1");
        record.itemId = QStringLiteral("pc-1#1");
        record.operation = QStringLiteral("reprovision");
        record.targets = {QStringLiteral("pc-1")};
        QVERIFY(log.append(record));
    }
    AuditLog log(path);
    GraphClient client;
    TenantLists lists(&client);
    MainWindow window(&lists, &log);
    window.show();
    QCOMPARE(window.actions()->reportInterruptedActs(), 1);
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("interruptedActsBox"));
    QVERIFY(box);
    QVERIFY(box->detailedText().contains(QLatin1String("pc-1")));
    box->close();
    // Reported once: the log now holds its outcome-unknown record.
    QCOMPARE(window.actions()->reportInterruptedActs(), 0);
    const AuditLog::ReadResult read = log.read();
    QCOMPARE(read.records.size(), 2);
    QCOMPARE(read.records.last().result, QStringLiteral("outcomeUnknown"));
}

void TestActions::auditLogIsViewableAndExportable()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    selectRows(window, MainWindow::ErrorUsersTab, {0});
    auto *confirm = trigger<ConfirmActionDialog>(window, window.actions()->retryUserAction());
    QVERIFY(confirm);
    QTest::mouseClick(confirm->actionButton(), Qt::LeftButton);
    QVERIFY(waitFinished(lastOperation(window)));

    auto *dialog = trigger<AuditLogDialog>(window, window.actions()->auditLogAction());
    QVERIFY(dialog);
    QCOMPARE(dialog->model()->rowCount(), 2);
    // Newest first: the outcome.
    QCOMPARE(dialog->model()->index(0, AuditLogModel::Result).data().toString(), QStringLiteral("Accepted"));
    QTest::keyClicks(dialog->filterEdit(), QStringLiteral("Accepted"));
    QCOMPARE(dialog->proxyModel()->rowCount(), 1);
    const QString csv = session->dir.filePath(QStringLiteral("audit.csv"));
    QCOMPARE(dialog->exportTo(csv), QString());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QCOMPARE(content.count('\n'), 3); // header and two records
    QVERIFY(content.contains("retryUserProvisioning"));
    // Acts that arrive while the log is open appear at once.
    QTRY_VERIFY_WITH_TIMEOUT(!window.lists()->errorUserLoader()->isLoading(), 20000);
    selectRows(window, MainWindow::ErrorUsersTab, {1});
    confirm = trigger<ConfirmActionDialog>(window, window.actions()->retryUserAction());
    QVERIFY(confirm);
    QTest::mouseClick(confirm->actionButton(), Qt::LeftButton);
    QVERIFY(waitFinished(lastOperation(window)));
    QCOMPARE(dialog->model()->rowCount(), 4);
}

void TestActions::auditLogShowsNamesOptionsAndDetails()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    selectRows(window, MainWindow::CloudPcsTab, {0});
    const CloudPc pc = window.lists()->cloudPcModel()->at(
        window.lists()->cloudPcModel()->rowOfId(window.cloudPcPage()->selectedIds().value(0)));
    auto *confirm = trigger<ConfirmActionDialog>(
        window, window.actions()->action(QStringLiteral("changeUserAccountType")));
    QVERIFY(confirm);
    auto *type = confirm->findChild<QComboBox *>(QStringLiteral("account-type"));
    QVERIFY(type);
    type->setCurrentIndex(type->findData(QStringLiteral("administrator")));
    QTest::mouseClick(confirm->actionButton(), Qt::LeftButton);
    QVERIFY(waitFinished(lastOperation(window)));

    auto *dialog = trigger<AuditLogDialog>(window, window.actions()->auditLogAction());
    QVERIFY(dialog);
    QCOMPARE(dialog->model()->rowCount(), 2);
    // The Cloud PC by its name next to its id, the option chosen as words, the time with seconds.
    const QString targets = dialog->model()->index(0, AuditLogModel::Targets).data().toString();
    QCOMPARE(targets, QStringLiteral("%1 (%2)").arg(CloudPcModel::displayNameOf(pc), pc.id));
    QCOMPARE(dialog->model()->index(0, AuditLogModel::Options).data().toString(),
             QStringLiteral("User account type: Administrator"));
    const QDateTime time = dialog->model()->record(0).time;
    QVERIFY(dialog->model()
                ->index(0, AuditLogModel::Time)
                .data()
                .toString()
                .contains(time.toLocalTime().toString(QStringLiteral("mm:ss"))));
    // Double-click opens the whole record: its request id and the body as sent.
    QTableView *table = dialog->tableView();
    // The time and the operation are not cut on first opening (every column was 100 px: "11/29/26 3:2…").
    for (int column : {int(AuditLogModel::Time), int(AuditLogModel::Operation)}) {
        const QString text = table->model()->index(0, column).data().toString();
        QVERIFY2(table->horizontalHeader()->sectionSize(column) >=
                     table->fontMetrics().horizontalAdvance(text),
                 qPrintable(QStringLiteral("%1: %2 px for %3 px of text (%4 rows)")
                                .arg(text)
                                .arg(table->horizontalHeader()->sectionSize(column))
                                .arg(table->fontMetrics().horizontalAdvance(text))
                                .arg(table->model()->rowCount())));
    }
    QModelIndex outcome;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, AuditLogModel::Operation);
        if (dialog->model()->record(dialog->proxyModel()->mapToSource(index).row()).phase ==
            AuditRecord::Phase::Outcome)
            outcome = index;
    }
    QVERIFY(outcome.isValid());
    const QString requestId =
        dialog->model()->record(dialog->proxyModel()->mapToSource(outcome).row()).requestId;
    QVERIFY(!requestId.isEmpty());
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    // A double-click, as a hand makes it: a click, then the second.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(outcome).center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(outcome).center());
    QDialog *details = nullptr;
    QTRY_VERIFY((details = dialog->findChild<QDialog *>(QStringLiteral("auditRecordDialog"))));
    const QString text = details->findChild<QTextBrowser *>(QStringLiteral("auditRecordText"))->toPlainText();
    QVERIFY2(text.contains(requestId), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("\"userAccountType\": \"administrator\"")), qPrintable(text));
    details->close();
    QTRY_VERIFY(!dialog->findChild<QDialog *>(QStringLiteral("auditRecordDialog")));
    // Enter on a record opens it too, and leaves the audit log open.
    table->setCurrentIndex(outcome);
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY(dialog->findChild<QDialog *>(QStringLiteral("auditRecordDialog")));
    QVERIFY(dialog->isVisible());
    // The CSV has the name and the options as sent.
    const QString csv = session->dir.filePath(QStringLiteral("audit-options.csv"));
    QCOMPARE(dialog->exportTo(csv), QString());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.startsWith("time,phase,operation,account,tenant,targets,targetNames,options,"));
    QVERIFY(content.contains(CloudPcModel::displayNameOf(pc).toUtf8()));
    QVERIFY2(content.contains(R"(""userAccountType"":""administrator"")"), content.constData());
}

// The system cannot force the audit log to the disk (fsync fails): the act still goes (its records are in the
// file), and the admin is told once, in a window, with the log's path.
void TestActions::auditLogNotOnTheDiskIsSaid()
{
    auto session = loadedSession();
    QVERIFY(session);
    AuditLog failing(session->dir.filePath(QStringLiteral("failing/audit.jsonl")));
    std::atomic<int> syncs{0};
    failing.setDiskSync([&syncs](const QString &) {
        ++syncs;
        return false;
    });
    QSignalSpy said(&failing, &AuditLog::diskSyncFailed);
    TenantLists otherLists(&session->client);
    MainWindow other(&otherLists, &failing);
    other.show();
    QSignalSpy loaded(&other, &MainWindow::allLoaded);
    other.refresh();
    QVERIFY(loaded.wait(20000));
    session->emulator.clearJournal();
    selectRows(other, MainWindow::ErrorUsersTab, {0, 1});
    auto *confirm = trigger<ConfirmActionDialog>(other, other.actions()->retryUserAction());
    QVERIFY(confirm);
    QTest::mouseClick(confirm->actionButton(), Qt::LeftButton);
    Operation *operation = lastOperation(other);
    QVERIFY(operation);
    QVERIFY(waitFinished(operation));
    QCOMPARE(operation->count(Operation::ItemState::Accepted), 2);
    QCOMPARE(posts(session->emulator, QStringLiteral("/retryServiceProvisioning")).size(), 2);
    failing.waitForDisk();
    QVERIFY(syncs >= 2);
    // Said once for the run of failures, with the path, in a window (that stays until it is read).
    QTRY_COMPARE(said.size(), 1);
    const QString message = said.first().first().toString();
    QVERIFY2(message.contains(QLatin1String("could not be forced to the disk")) &&
                 message.contains(QDir::toNativeSeparators(failing.path())),
             qPrintable(message));
    auto *box = other.findChild<QMessageBox *>(QStringLiteral("actionErrorBox"));
    QVERIFY(box);
    QCOMPARE(box->text(), message);
    QCOMPARE(box->windowTitle(), QStringLiteral("Audit log not on the disk"));
    // The records are in the file all the same.
    QVERIFY(failing.read().records.size() >= 4);
}

void TestActions::unwritableAuditLogSendsNothing()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    // The audit log's folder disappears: nothing may leave without its record.
    AuditLog broken(session->dir.filePath(QStringLiteral("gone/sub/audit.jsonl")));
    TenantLists otherLists(&session->client);
    MainWindow other(&otherLists, &broken);
    QDir(session->dir.path()).mkpath(QStringLiteral("gone"));
    QFile blocker(session->dir.filePath(QStringLiteral("gone/sub")));
    QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the folder should be
    blocker.close();
    other.show();
    QSignalSpy loaded(&other, &MainWindow::allLoaded);
    other.refresh();
    QVERIFY(loaded.wait(20000));
    session->emulator.clearJournal();
    selectRows(other, MainWindow::ErrorUsersTab, {0});
    auto *confirm = trigger<ConfirmActionDialog>(other, other.actions()->retryUserAction());
    QVERIFY(confirm);
    QTest::mouseClick(confirm->actionButton(), Qt::LeftButton);
    Operation *operation = lastOperation(other);
    QVERIFY(operation);
    QVERIFY(operation->isFinished());
    QCOMPARE(operation->count(Operation::ItemState::Cancelled), 1);
    QVERIFY(operation->item(0).error.message.contains(QLatin1String("audit log")));
    QCOMPARE(posts(session->emulator, QStringLiteral("/retryServiceProvisioning")).size(), 0);
    QTRY_VERIFY(other.findChild<QMessageBox *>(QStringLiteral("actionErrorBox")));
    Q_UNUSED(window);
}

QTEST_MAIN(TestActions)
#include "tst_actions.moc"

void TestActions::actFollowedToItsEndInThePanel_data()
{
    QTest::addColumn<double>("failureShare");
    QTest::newRow("done") << 0.0;
    QTest::newRow("failed") << 1.0;
}

// Issue 20: a restart from the console is followed past "Accepted" to what Graph says of it: the panel's
// items read Done (or Failed with the reason from the result's statusDetail) with the time of the last check,
// and the status bar says the operation was followed to its end. The follower is wired as ConsoleStartup
// wires it.
void TestActions::actFollowedToItsEndInThePanel()
{
    QFETCH(double, failureShare);
    auto session = loadedSession(200, failureShare);
    QVERIFY(session);
    MainWindow &window = *session->window;
    ActFollower follower(&session->client, session->auditLog.get());
    ActFollower::Schedule schedule;
    schedule.timeScale = 1.0 / session->emulator.timeScale();
    schedule.readsPerSecond = 1000;
    follower.setSchedule(schedule);
    follower.watch(window.actions()->runner());

    const CloudPcModel *pcs = window.lists()->cloudPcModel();
    QList<int> working;
    for (int row = 0; row < pcs->rowCount() && working.size() < 2; ++row) {
        if (pcs->at(row).status == CloudPcStatus::Provisioned)
            working << row;
    }
    QCOMPARE(working.size(), 2);
    selectRows(window, MainWindow::CloudPcsTab, working);
    auto *dialog = trigger<ConfirmActionDialog>(window, window.actions()->action(QStringLiteral("restart")));
    QVERIFY(dialog);
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    Operation *operation = lastOperation(window);
    QVERIFY(waitFinished(operation));
    QCOMPARE(operation->count(Operation::ItemState::Accepted), 2);
    QTRY_VERIFY_WITH_TIMEOUT(operation->isFollowFinished(), 20000);

    const Operation::FollowState expected =
        failureShare > 0 ? Operation::FollowState::Failed : Operation::FollowState::Succeeded;
    QCOMPARE(operation->count(expected), 2);
    OperationsPanel *panel = window.actions()->operationsPanel();
    panel->selectOperation(operation);
    QAbstractItemModel *items = panel->itemsView()->model();
    for (int row = 0; row < 2; ++row) {
        const QModelIndex state = items->index(row, OperationItemsModel::State);
        QCOMPARE(state.data().toString(), Operation::followStateName(expected));
        QVERIFY2(state.data(Qt::ToolTipRole).toString().contains(QLatin1String("last checked")),
                 qPrintable(state.data(Qt::ToolTipRole).toString()));
        const QString detail = items->index(row, OperationItemsModel::Detail).data().toString();
        if (failureShare > 0)
            QVERIFY2(!detail.isEmpty() && detail == operation->item(row).followReason, qPrintable(detail));
    }
}
