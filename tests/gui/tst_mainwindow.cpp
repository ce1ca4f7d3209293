// The real main window, driven through its widgets, against the emulator over loopback.
#include "actioncontroller.h"
#include "auditlog.h"
#include "auditlogdialog.h"
#include "bulkactiondevicesmodel.h"
#include "bulkactionmodel.h"
#include "bulkactionpage.h"
#include "cloudpcloader.h"
#include "cloudpcmodel.h"
#include "cloudpcpage.h"
#include "frozencolumn.h"
#include "graphclient.h"
#include "graphemulator.h"
#include "mainwindow.h"
#include "provisioningerrorusermodel.h"
#include "provisioningerroruserpage.h"
#include "provisioningpolicyloader.h"
#include "provisioningpolicymodel.h"
#include "provisioningpolicypage.h"
#include "tableroles.h"
#include "tenantlists.h"
#include "testenvironment.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolButton>
#include <QToolTip>
#include <memory>

#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStyleHints>
#include <QTableView>
#include <QToolBar>
#include <QtTest>

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { cloudpcTestSetup(); }
    void showsTheDemoTenant();
    void sortsByClickingAHeader();
    void filtersAsYouType();
    void showsALoadErrorWithRequestId();
    void loadsEveryTab();
    void quickStatusFilters();
    void detailPaneShowsEveryField();
    void errorUserDetailIsReadable();
    void exportsVisibleRowsAsCsvAndJson();
    void jumpsFromAPolicyToItsFailedCloudPcs();
    void bulkActionDetailListsItsCloudPcs();
    void columnLayoutSurvivesANewWindow();
    void keyboardShortcuts();
    void actionsNeedASelection();
    void selectionSurvivesARefresh();
    void filterKeepsOnlyVisibleRowsSelected();
    void severalSelectedRowsAreSummarised();
    void tabMovesThroughThePage();
    void loadUnderASortSaysWhenItIsSorted();
    void nameStaysInSightWhenScrolledSideways();
    void lessFrequentActsAreUnderMoreActs();
    void firstStartFitsTheScreen();
    void cutCellsShowTheirTextInATooltip();

private:
    struct Session
    {
        GraphEmulator emulator;
        GraphClient client;
        std::unique_ptr<TenantLists> lists;
        std::unique_ptr<MainWindow> window;
    };
    // A window on the demo tenant with every list loaded.
    static std::unique_ptr<Session> loadedSession();
};

std::unique_ptr<TestMainWindow::Session> TestMainWindow::loadedSession()
{
    auto session = std::make_unique<Session>();
    if (!session->emulator.start())
        return nullptr;
    session->client.setBaseUrl(session->emulator.baseUrl());
    session->client.setAccessToken(session->emulator.issueAccessToken());
    session->lists = std::make_unique<TenantLists>(&session->client);
    session->window = std::make_unique<MainWindow>(session->lists.get());
    session->window->show();
    session->window->tabs()->setCurrentWidget(session->window->cloudPcPage()); // the Overview is first
    QSignalSpy loaded(session->window.get(), &MainWindow::allLoaded);
    session->window->refresh();
    if (!loaded.wait(20000))
        return nullptr;
    return session;
}

void TestMainWindow::showsTheDemoTenant()
{
    GraphEmulator emulator;
    QVERIFY(emulator.start());
    GraphClient client;
    client.setBaseUrl(emulator.baseUrl());
    client.setAccessToken(emulator.issueAccessToken());
    TenantLists lists(&client);
    MainWindow window(&lists);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_F5); // the Refresh shortcut
    QTableView *table = window.cloudPcPage()->tableView();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), emulator.tenant().cloudPcs().size(), 20000);
    QTRY_VERIFY(!window.lists()->cloudPcLoader()->isLoading());
    QCOMPARE(window.cloudPcPage()->stateLabel()->text(),
             QStringLiteral("%1 Cloud PC(s)").arg(emulator.tenant().cloudPcs().size()));
    // The status bar says when the list on screen was read.
    auto *refreshed = window.findChild<QLabel *>(QStringLiteral("refreshedLabel"));
    QVERIFY(refreshed);
    QVERIFY(refreshed->isVisible());
    QVERIFY2(refreshed->text().startsWith(QLatin1String("Refreshed at ")), qPrintable(refreshed->text()));
    // The columns an admin needs.
    QStringList headers;
    for (int column = 0; column < table->model()->columnCount(); ++column)
        headers << table->model()->headerData(column, Qt::Horizontal).toString();
    for (const char *header : {"Name", "User", "Status", "Provisioning policy", "Plan", "Last modified"})
        QVERIFY2(headers.contains(QLatin1String(header)), header);
}

void TestMainWindow::sortsByClickingAHeader()
{
    GraphEmulator emulator;
    QVERIFY(emulator.start());
    GraphClient client;
    client.setBaseUrl(emulator.baseUrl());
    client.setAccessToken(emulator.issueAccessToken());
    TenantLists lists(&client);
    MainWindow window(&lists);
    window.tabs()->setCurrentWidget(window.cloudPcPage()); // the Overview is first
    window.show();
    window.refresh();
    QTableView *table = window.cloudPcPage()->tableView();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), emulator.tenant().cloudPcs().size(), 20000);

    QHeaderView *header = table->horizontalHeader();
    const int x =
        header->sectionViewportPosition(CloudPcModel::User) + header->sectionSize(CloudPcModel::User) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), int(CloudPcModel::User));
    auto column = [table](int c) {
        QStringList values;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            values << table->model()->index(row, c).data().toString();
        return values;
    };
    QStringList users = column(CloudPcModel::User);
    QStringList sorted = users;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return QString::compare(a, b, Qt::CaseInsensitive) < 0;
    });
    const Qt::SortOrder order = header->sortIndicatorOrder();
    if (order == Qt::DescendingOrder)
        std::reverse(sorted.begin(), sorted.end());
    QCOMPARE(users, sorted);

    // Sorting by date uses the date, not its text.
    table->sortByColumn(CloudPcModel::LastModified, Qt::AscendingOrder);
    QDateTime previous;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QDateTime current =
            table->model()->index(row, CloudPcModel::LastModified).data(CloudPcModel::SortRole).toDateTime();
        if (previous.isValid() && current.isValid())
            QVERIFY(previous <= current);
        if (current.isValid())
            previous = current;
    }
}

void TestMainWindow::filtersAsYouType()
{
    GraphEmulator emulator;
    QVERIFY(emulator.start());
    GraphClient client;
    client.setBaseUrl(emulator.baseUrl());
    client.setAccessToken(emulator.issueAccessToken());
    TenantLists lists(&client);
    MainWindow window(&lists);
    window.show();
    window.refresh();
    QTableView *table = window.cloudPcPage()->tableView();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), emulator.tenant().cloudPcs().size(), 20000);

    const CloudPc &target = emulator.tenant().cloudPcs().at(17);
    QTest::keyClicks(window.cloudPcPage()->filterEdit(), target.userPrincipalName);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, CloudPcModel::User).data().toString(), target.userPrincipalName);

    window.cloudPcPage()->filterEdit()->clear();
    QTest::keyClicks(window.cloudPcPage()->filterEdit(), QStringLiteral("FINANCE"));
    int expected = 0;
    for (const CloudPc &pc : emulator.tenant().cloudPcs())
        expected += pc.provisioningPolicyName.contains(QLatin1String("Finance")) ? 1 : 0;
    QVERIFY(expected > 0);
    QCOMPARE(table->model()->rowCount(), expected);
    QVERIFY(window.cloudPcPage()->stateLabel()->text().contains(QStringLiteral("%1 of").arg(expected)));
}

void TestMainWindow::showsALoadErrorWithRequestId()
{
    GraphEmulator emulator;
    QVERIFY(emulator.start());
    GraphClient client;
    client.setBaseUrl(emulator.baseUrl());
    client.setAccessToken(QStringLiteral("expired-or-foreign-token"));
    TenantLists lists(&client);
    MainWindow window(&lists);
    window.tabs()->setCurrentWidget(window.cloudPcPage()); // the Overview is first
    window.show();
    window.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(window.lists()->cloudPcLoader()->lastError().isError(), 20000);
    const QString text = window.cloudPcPage()->stateLabel()->text();
    QVERIFY2(text.contains(QLatin1String("401")), qPrintable(text));
    QVERIFY2(text.contains(window.lists()->cloudPcLoader()->lastError().requestId), qPrintable(text));
    QVERIFY(!window.lists()->cloudPcLoader()->lastError().requestId.isEmpty());
    // The error can be copied for a support case, request-id included.
    QPushButton *copy = window.cloudPcPage()->copyErrorButton();
    QVERIFY(copy->isVisible());
    QApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    QVERIFY(
        QApplication::clipboard()->text().contains(window.lists()->cloudPcLoader()->lastError().requestId));
    // Every tab shows its own error.
    QTRY_VERIFY_WITH_TIMEOUT(window.lists()->policyLoader()->lastError().isError(), 20000);
    QVERIFY(window.policyPage()->stateLabel()->text().contains(
        window.lists()->policyLoader()->lastError().requestId));
}

void TestMainWindow::loadsEveryTab()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    const DemoTenant &tenant = session->emulator.tenant();
    QCOMPARE(window.lists()->policyModel()->rowCount(), tenant.policies().size());
    QCOMPARE(window.lists()->bulkActionModel()->rowCount(), tenant.bulkActions().size());
    int errorUsers = 0;
    for (const ProvisioningErrorUser &user : tenant.errorUsers())
        errorUsers += user.latestUnresolvedError() ? 1 : 0;
    QCOMPARE(window.lists()->errorUserModel()->rowCount(), errorUsers);
    QVERIFY(
        window.tabs()->tabText(MainWindow::PoliciesTab).contains(QString::number(tenant.policies().size())));

    // Policy counts come from the Cloud PC list.
    const ProvisioningPolicy &policy = tenant.policies().first();
    int total = 0;
    int failed = 0;
    for (const CloudPc &pc : tenant.cloudPcs()) {
        if (pc.provisioningPolicyId == policy.id) {
            ++total;
            failed += pc.status == CloudPcStatus::Failed ? 1 : 0;
        }
    }
    QCOMPARE(window.lists()->policyModel()->cloudPcCount(policy.id), total);
    QCOMPARE(window.lists()->policyModel()->failedCount(policy.id), failed);

    // An error user row shows the latest unresolved error.
    const ProvisioningErrorUserModel *users = window.lists()->errorUserModel();
    const ProvisioningErrorUser &user = users->at(0);
    QCOMPARE(users->index(0, ProvisioningErrorUserModel::ServiceInstance).data().toString(),
             user.latestUnresolvedError()->serviceInstance);
}

void TestMainWindow::quickStatusFilters()
{
    auto session = loadedSession();
    QVERIFY(session);
    CloudPcPage *view = session->window->cloudPcPage();
    QAbstractItemModel *shown = view->tableView()->model();
    int failed = 0;
    int grace = 0;
    for (const CloudPc &pc : session->emulator.tenant().cloudPcs()) {
        failed += pc.status == CloudPcStatus::Failed ? 1 : 0;
        grace += pc.status == CloudPcStatus::InGracePeriod ? 1 : 0;
    }
    QVERIFY(failed > 0);
    QTest::mouseClick(view->statusFilterButton(CloudPcFilterModel::StatusFilter::Failed), Qt::LeftButton);
    QCOMPARE(shown->rowCount(), failed);
    for (int row = 0; row < shown->rowCount(); ++row)
        QCOMPARE(shown->index(row, 0).data(CloudPcModel::StatusRole).toInt(), int(CloudPcStatus::Failed));
    QTest::mouseClick(view->statusFilterButton(CloudPcFilterModel::StatusFilter::InGracePeriod),
                      Qt::LeftButton);
    QCOMPARE(shown->rowCount(), grace);
    // The text filter and the status filter combine.
    QTest::mouseClick(view->statusFilterButton(CloudPcFilterModel::StatusFilter::Failed), Qt::LeftButton);
    const QString user = shown->index(0, CloudPcModel::User).data().toString();
    QTest::keyClicks(view->filterEdit(), user);
    QCOMPARE(shown->rowCount(), 1);
    QTest::mouseClick(view->statusFilterButton(CloudPcFilterModel::StatusFilter::All), Qt::LeftButton);
    QVERIFY(shown->rowCount() >= 1);
    view->filterEdit()->clear();
    QCOMPARE(shown->rowCount(), session->emulator.tenant().cloudPcs().size());
}

void TestMainWindow::detailPaneShowsEveryField()
{
    auto session = loadedSession();
    QVERIFY(session);
    CloudPcPage *view = session->window->cloudPcPage();
    view->setStatusFilter(CloudPcFilterModel::StatusFilter::Failed);
    view->tableView()->selectRow(0);
    const QString id = view->tableView()->model()->index(0, 0).data(CloudPcModel::IdRole).toString();
    const CloudPc &pc =
        session->emulator.tenant().cloudPcs().at(session->emulator.tenant().indexOfCloudPc(id));
    const QString text = view->detailView()->toPlainText();
    for (const QString &value : {pc.userPrincipalName, pc.provisioningPolicyName, pc.servicePlanName,
                                 pc.imageDisplayName, pc.id, pc.statusDetail.message, pc.managedDeviceName})
        QVERIFY2(value.isEmpty() || text.contains(value), qPrintable(value));
    QVERIFY(!pc.statusDetail.message.isEmpty());
    for (const auto &info : pc.statusDetail.additionalInformation)
        QVERIFY2(text.contains(info.second), qPrintable(info.second));
}

void TestMainWindow::errorUserDetailIsReadable()
{
    auto session = loadedSession();
    QVERIFY(session);
    ProvisioningErrorUserPage *view = session->window->errorUserPage();
    session->window->tabs()->setCurrentWidget(view);
    view->tableView()->selectRow(0);
    const QModelIndex first = view->tableView()->model()->index(0, 0);
    const QString id = first.data(ProvisioningErrorUserModel::IdRole).toString();
    const ProvisioningErrorUser *user = nullptr;
    for (const ProvisioningErrorUser &candidate : session->emulator.tenant().errorUsers()) {
        if (candidate.id == id)
            user = &candidate;
    }
    QVERIFY(user);
    const QString text = view->detailView()->toPlainText();
    // Labelled fields, read out of the XML of each unresolved error: its description, category and object.
    const QRegularExpression description(QStringLiteral("<ErrorDescription>(.*)</ErrorDescription>"));
    const QList<ServiceProvisioningError> errors = user->unresolvedErrors();
    QVERIFY(!errors.isEmpty());
    for (const ServiceProvisioningError &error : errors) {
        const QRegularExpressionMatch match = description.match(error.errorDetail);
        QVERIFY2(match.hasMatch(), qPrintable(error.errorDetail));
        QVERIFY2(text.contains(match.captured(1)), qPrintable(text));
        QVERIFY(text.contains(error.serviceInstance));
    }
    for (const char *expected :
         {"Service instance", "Object id", "Error category", "Permanent error", "Description"})
        QVERIFY2(text.contains(QLatin1String(expected)), expected);
    // The category as words, not Graph's value (issue 18, point 7).
    QVERIFY2(!text.contains(QLatin1String("PermanentError")), qPrintable(text));
    QVERIFY(text.contains(user->id)); // the ObjectGuid
    // Each error names its service instance once in a labelled field (it was shown twice).
    QCOMPARE(text.count(QStringLiteral("Service instance")), errors.size());
    // …and not the tags.
    for (const char *tag : {"<ServiceInstance>", "<ObjectGuid>", "<ErrorCategory>", "<ErrorDescription>",
                            "</ErrorDescription>"})
        QVERIFY2(!text.contains(QLatin1String(tag)), qPrintable(text));

    // The table's column still shows the latest error's description on one line.
    const std::optional<ServiceProvisioningError> latest = user->latestUnresolvedError();
    QVERIFY(latest);
    QCOMPARE(view->tableView()->model()->index(0, ProvisioningErrorUserModel::ErrorDetail).data().toString(),
             description.match(latest->errorDetail).captured(1).simplified());
}

void TestMainWindow::exportsVisibleRowsAsCsvAndJson()
{
    auto session = loadedSession();
    QVERIFY(session);
    CloudPcPage *view = session->window->cloudPcPage();
    QTest::keyClicks(view->filterEdit(), QStringLiteral("finance"));
    const int shown = view->tableView()->model()->rowCount();
    QVERIFY(shown > 0 && shown < session->emulator.tenant().cloudPcs().size());

    QTemporaryDir dir;
    const QString csvFile = dir.filePath(QStringLiteral("pcs.csv"));
    const QString jsonFile = dir.filePath(QStringLiteral("pcs.json"));
    QCOMPARE(view->exportVisibleRows(csvFile, false), QString());
    QCOMPARE(view->exportVisibleRows(jsonFile, true), QString());

    QFile csv(csvFile);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), shown + 1);
    QVERIFY(lines.first().startsWith("Name,User,Status,"));
    const QString firstUser = view->tableView()->model()->index(0, CloudPcModel::User).data().toString();
    QVERIFY(lines.at(1).contains(firstUser.toUtf8()));
    // Times as ISO 8601 with seconds and UTC offset, the same instant as the row's.
    const int modifiedColumn = int(lines.first().split(',').indexOf("Last modified"));
    QVERIFY(modifiedColumn > 0);
    const QString modified = QString::fromUtf8(lines.at(1).split(',').at(modifiedColumn)).trimmed();
    QVERIFY2(
        QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d([+-]\\d\\d:\\d\\d|Z)$"))
            .match(modified)
            .hasMatch(),
        qPrintable(modified));
    QCOMPARE(QDateTime::fromString(modified, Qt::ISODate), view->tableView()
                                                               ->model()
                                                               ->index(0, CloudPcModel::LastModified)
                                                               .data(TableRoles::SortRole)
                                                               .toDateTime());

    QFile json(jsonFile);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonArray array = QJsonDocument::fromJson(json.readAll()).array();
    QCOMPARE(array.size(), shown);
    const QJsonObject first = array.first().toObject();
    QCOMPARE(first.value(QStringLiteral("userPrincipalName")).toString(), firstUser);
    QVERIFY(first.contains(QStringLiteral("provisioningPolicyId")));
    QVERIFY(
        first.value(QStringLiteral("provisioningPolicyName")).toString().contains(QLatin1String("Finance")));

    // Hidden columns are left out of the CSV.
    view->tableView()->horizontalHeader()->setSectionHidden(CloudPcModel::User, true);
    QVERIFY(!view->visibleRowsCsv().startsWith("Name,User"));
    view->tableView()->horizontalHeader()->setSectionHidden(CloudPcModel::User, false);

    // Ctrl+C copies the selected rows, tab-separated.
    view->tableView()->setFocus();
    view->tableView()->selectRow(0);
    QApplication::clipboard()->clear();
    QTest::keyClick(view->tableView(), Qt::Key_C, Qt::ControlModifier);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.contains(QLatin1Char('\t') + firstUser + QLatin1Char('\t')), qPrintable(copied));
}

void TestMainWindow::jumpsFromAPolicyToItsFailedCloudPcs()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    ProvisioningPolicyPage *policies = window.policyPage();
    window.tabs()->setCurrentWidget(policies);
    // The policy with the most failed Cloud PCs.
    QAbstractItemModel *shown = policies->tableView()->model();
    int best = -1;
    int failed = 0;
    for (int row = 0; row < shown->rowCount(); ++row) {
        const int count = shown->index(row, 0).data(ProvisioningPolicyModel::FailedCountRole).toInt();
        if (count > failed) {
            failed = count;
            best = row;
        }
    }
    QVERIFY(best >= 0);
    const QString policyId = shown->index(best, 0).data(ProvisioningPolicyModel::IdRole).toString();
    policies->tableView()->setFocus();
    policies->tableView()->selectRow(best);
    QVERIFY(policies->showFailedButton()->isEnabled());
    QTest::keyClick(policies->tableView(), Qt::Key_Return);

    QCOMPARE(window.tabs()->currentWidget(), window.cloudPcPage());
    QCOMPARE(window.cloudPcPage()->statusFilter(), CloudPcFilterModel::StatusFilter::Failed);
    QAbstractItemModel *pcs = window.cloudPcPage()->tableView()->model();
    QCOMPARE(pcs->rowCount(), failed);
    for (int row = 0; row < pcs->rowCount(); ++row)
        QCOMPARE(pcs->index(row, 0).data(CloudPcModel::PolicyIdRole).toString(), policyId);
    QVERIFY(window.cloudPcPage()->policyFilterButton()->isVisible());
    // Clearing the policy filter shows every failed Cloud PC again.
    QTest::mouseClick(window.cloudPcPage()->policyFilterButton(), Qt::LeftButton);
    QVERIFY(pcs->rowCount() >= failed);
}

void TestMainWindow::bulkActionDetailListsItsCloudPcs()
{
    auto session = loadedSession();
    QVERIFY(session);
    BulkActionPage *view = session->window->bulkActionPage();
    view->tableView()->selectRow(0);
    const QString id = view->tableView()->model()->index(0, 0).data(BulkActionModel::IdRole).toString();
    const BulkAction *action = nullptr;
    for (const DemoTenant::BulkActionRun &run : session->emulator.tenant().bulkActions()) {
        if (run.action.id == id)
            action = &run.action;
    }
    QVERIFY(action);
    QVERIFY(view->detailView()->toPlainText().contains(action->displayName));
    QVERIFY(view->detailView()->toPlainText().contains(action->initiatedByUserPrincipalName));
    BulkActionDevicesModel *devices = view->devicesModel();
    QCOMPARE(devices->rowCount(), action->cloudPcIds.size());
    // The status second, beside the name: a narrow pane cut it off when it came after the user.
    QCOMPARE(devices->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Current status"));
    const DemoTenant &tenant = session->emulator.tenant();
    for (int row = 0; row < devices->rowCount(); ++row) {
        const CloudPc &pc = tenant.cloudPcs().at(tenant.indexOfCloudPc(action->cloudPcIds.at(row)));
        QCOMPARE(devices->index(row, BulkActionDevicesModel::Status).data().toString(),
                 pc.statusDisplayText());
    }
    // The summary column carries the counts the bar is drawn from.
    const QVariantList counts = view->tableView()
                                    ->model()
                                    ->index(0, BulkActionModel::Summary)
                                    .data(BulkActionModel::SummaryCountsRole)
                                    .toList();
    QCOMPARE(counts.size(), 5);
    QCOMPARE(counts.at(1).toLongLong(), action->actionSummary.failedCount);
}

void TestMainWindow::columnLayoutSurvivesANewWindow()
{
    GraphEmulator emulator;
    QVERIFY(emulator.start());
    GraphClient client;
    client.setBaseUrl(emulator.baseUrl());
    client.setAccessToken(emulator.issueAccessToken());
    {
        TenantLists lists(&client);
        MainWindow window(&lists);
        window.show();
        QHeaderView *header = window.policyPage()->tableView()->horizontalHeader();
        header->setSectionHidden(ProvisioningPolicyModel::Image, true);
        header->moveSection(header->visualIndex(ProvisioningPolicyModel::Failed), 0);
        window.cloudPcPage()->tableView()->horizontalHeader()->setSectionHidden(CloudPcModel::Plan, true);
        window.close();
    }
    TenantLists againLists(&client);
    MainWindow again(&againLists);
    again.show();
    QHeaderView *header = again.policyPage()->tableView()->horizontalHeader();
    QVERIFY(header->isSectionHidden(ProvisioningPolicyModel::Image));
    QCOMPARE(header->logicalIndex(0), int(ProvisioningPolicyModel::Failed));
    QVERIFY(again.cloudPcPage()->tableView()->horizontalHeader()->isSectionHidden(CloudPcModel::Plan));
    QVERIFY(!again.bulkActionPage()->tableView()->horizontalHeader()->isSectionHidden(BulkActionModel::Name));
    // Put it back for the other tests.
    header->setSectionHidden(ProvisioningPolicyModel::Image, false);
    header->moveSection(0, ProvisioningPolicyModel::Failed);
    again.cloudPcPage()->tableView()->horizontalHeader()->setSectionHidden(CloudPcModel::Plan, false);
    again.close();
}

void TestMainWindow::keyboardShortcuts()
{
    GraphEmulator emulator;
    QVERIFY(emulator.start());
    GraphClient client;
    client.setBaseUrl(emulator.baseUrl());
    client.setAccessToken(emulator.issueAccessToken());
    TenantLists lists(&client);
    MainWindow window(&lists);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    for (int tab = MainWindow::TabCount - 1; tab >= 0; --tab) {
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + tab), Qt::ControlModifier);
        QCOMPARE(window.tabs()->currentIndex(), tab);
    }
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier); // Ctrl+1 is the Overview
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(window.policyPage()->filterEdit()->hasFocus());
    // F5 loads, Esc cancels.
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(window.isLoading());
    QTest::keyClick(&window, Qt::Key_Escape);
    QVERIFY(!window.isLoading());
    // Every control a screen reader reaches has a name.
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if ((qobject_cast<QLineEdit *>(widget) || qobject_cast<QTableView *>(widget) ||
             qobject_cast<QPushButton *>(widget)) &&
            widget->isVisibleTo(&window))
            QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
    }
}

void TestMainWindow::actionsNeedASelection()
{
    GraphClient client;
    TenantLists lists(&client);
    MainWindow window(&lists);
    for (const char *name : {"reprovisionAction", "retryPolicyAction", "retryBulkAction", "retryUserAction",
                             "createBulkAction"}) {
        auto *action = window.findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        QVERIFY2(!action->isEnabled(), name); // nothing is selected in an empty window
        QVERIFY(!action->toolTip().isEmpty());
    }
}

void TestMainWindow::selectionSurvivesARefresh()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    QTableView *table = window.cloudPcPage()->tableView();
    table->selectionModel()->select(table->model()->index(2, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(table->model()->index(4, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->setCurrentIndex(table->model()->index(4, 0), QItemSelectionModel::NoUpdate);
    QStringList before = window.cloudPcPage()->selectedIds();
    QCOMPARE(before.size(), 2);
    QSignalSpy loaded(&window, &MainWindow::allLoaded);
    window.refresh();
    QCOMPARE(window.cloudPcPage()->selectedIds().size(), 0); // the rows are gone while the list reloads
    QVERIFY(loaded.wait(20000));
    QStringList after = window.cloudPcPage()->selectedIds();
    before.sort();
    after.sort();
    QCOMPARE(after, before);
    QCOMPARE(table->currentIndex().row(), 4);
}

void TestMainWindow::filterKeepsOnlyVisibleRowsSelected()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    CloudPcPage *page = window.cloudPcPage();
    QTableView *table = page->tableView();
    auto *reprovision = window.findChild<QAction *>(QStringLiteral("reprovisionAction"));
    QVERIFY(reprovision);
    window.tabs()->setCurrentWidget(page);
    QSignalSpy counts(page, &ListPage::selectionCountChanged);
    for (int row : {0, 1, 2})
        table->selectionModel()->select(table->model()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->setCurrentIndex(table->model()->index(2, 0), QItemSelectionModel::NoUpdate);
    const QStringList selected = page->selectedIds();
    QCOMPARE(selected.size(), 3);
    const QString threeSelected =
        QCoreApplication::translate("MainWindow", "%Ln row(s) selected", nullptr, 3);
    QVERIFY(threeSelected.contains(QLatin1Char('3')));
    QTRY_COMPARE(window.statusBar()->currentMessage(), threeSelected);
    // Another tab's status bar says nothing of this tab's selection; back on it, the count is there again.
    window.tabs()->setCurrentWidget(window.policyPage());
    QVERIFY(window.statusBar()->currentMessage().isEmpty());
    window.tabs()->setCurrentWidget(page);
    QCOMPARE(window.statusBar()->currentMessage(), threeSelected);
    const QString keptName = table->model()->index(0, CloudPcModel::Name).data().toString();

    // A filter that shows one of the three: only that one stays selected, and the pane shows it alone.
    QTest::keyClicks(page->filterEdit(), keptName);
    QTRY_COMPARE(page->selectedIds(), QStringList{selected.first()});
    QTRY_COMPARE(counts.last().first().toInt(), 1);
    // The status bar no longer says "3 rows selected" (it did for 5 s, whatever the selection became).
    QVERIFY2(window.statusBar()->currentMessage().isEmpty(),
             qPrintable(window.statusBar()->currentMessage()));
    QTRY_VERIFY(page->detailView()->toPlainText().contains(keptName));
    QVERIFY(!page->detailView()->toPlainText().contains(QLatin1String("selected")));

    // A filter that shows none of them: nothing is selected, the pane is empty, Reprovision is off.
    page->filterEdit()->clear();
    QTest::keyClicks(page->filterEdit(), QStringLiteral("no-such-cloud-pc"));
    QTRY_COMPARE(table->model()->rowCount(), 0);
    QTRY_VERIFY(page->selectedIds().isEmpty());
    QTRY_COMPARE(counts.last().first().toInt(), 0);
    QTRY_VERIFY(page->detailView()->toPlainText().isEmpty());
    QTRY_VERIFY(!reprovision->isEnabled());
    // The state line says that nothing matches, not "0 of 250".
    QTRY_COMPARE(page->stateLabel()->text(),
                 QStringLiteral("No rows match the filter (%1 Cloud PC(s) in all).")
                     .arg(session->emulator.tenant().cloudPcs().size()));

    // Clearing the filter brings the rows back, not their selection: what is selected was seen.
    page->filterEdit()->clear();
    QTRY_COMPARE(table->model()->rowCount(), session->emulator.tenant().cloudPcs().size());
    QVERIFY(page->selectedIds().isEmpty());
}

void TestMainWindow::severalSelectedRowsAreSummarised()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    CloudPcPage *page = window.cloudPcPage();
    QTableView *table = page->tableView();
    // Every Cloud PC: the pane says how many, and how many of each status (the demo tenant has several).
    table->selectAll();
    const int total = table->model()->rowCount();
    QMap<QString, int> byStatus;
    for (int row = 0; row < total; ++row)
        ++byStatus[table->model()->index(row, CloudPcModel::Status).data().toString()];
    QVERIFY(byStatus.size() > 1);
    QTRY_VERIFY(
        page->detailView()->toPlainText().startsWith(QStringLiteral("%1 Cloud PC(s) selected").arg(total)));
    const QString text = page->detailView()->toPlainText();
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
        QVERIFY2(text.contains(QStringLiteral("%1\n%2\n").arg(it.key()).arg(it.value())),
                 qPrintable(it.key() + QLatin1String(" in: ") + text));

    // Back to one row: its own details again.
    table->selectRow(1);
    const QString name = table->model()->index(1, CloudPcModel::Name).data().toString();
    QTRY_VERIFY(page->detailView()->toPlainText().startsWith(name));

    // The policies tab sums its selection's Cloud PCs and failures.
    ProvisioningPolicyPage *policies = window.policyPage();
    policies->tableView()->selectAll();
    QTRY_VERIFY(policies->detailView()->toPlainText().contains(QLatin1String("selected")));
    QVERIFY(policies->detailView()->toPlainText().contains(QLatin1String("Failed\n")));
}

void TestMainWindow::tabMovesThroughThePage()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    QVERIFY(QTest::qWaitForWindowActive(&window));
    CloudPcPage *page = window.cloudPcPage();
    QTableView *table = page->tableView();
    table->selectRow(0);
    // Ctrl+F, then Tab: the filter box, the quick filters, the table (Tab leaves it), the detail pane;
    // Shift+Tab goes back.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(page->filterEdit()->hasFocus());
    // The quick filters are one group, as radio buttons are: Tab reaches the chosen one, the arrow keys
    // move among them.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), page->statusFilterButton(CloudPcFilterModel::StatusFilter::All));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    QCOMPARE(QApplication::focusWidget(), page->statusFilterButton(CloudPcFilterModel::StatusFilter::Failed));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(page->statusFilter(), CloudPcFilterModel::StatusFilter::Failed);
    page->setStatusFilter(CloudPcFilterModel::StatusFilter::All);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), table);
    QTest::keyClick(table, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), page->detailView());
    QTest::keyClick(page->detailView(), Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), table);
    // The table with focus has a frame in the highlight colour; without focus, none.
    auto edgeColour = [table] {
        return table->grab().toImage().pixelColor(0, table->height() / 2);
    };
    QTRY_COMPARE(edgeColour(), table->palette().color(QPalette::Highlight));
    page->filterEdit()->setFocus();
    QTRY_VERIFY(edgeColour() != table->palette().color(QPalette::Highlight));
    // Alt+2 is the second quick filter (Failed), Alt+1 the first.
    QTest::keyClick(&window, Qt::Key_2, Qt::AltModifier);
    QTRY_COMPARE(page->statusFilter(), CloudPcFilterModel::StatusFilter::Failed);
    QVERIFY(page->statusFilterButton(CloudPcFilterModel::StatusFilter::Failed)
                ->toolTip()
                .contains(QKeySequence(Qt::ALT | Qt::Key_2).toString(QKeySequence::NativeText)));
    QTest::keyClick(&window, Qt::Key_1, Qt::AltModifier);
    QTRY_COMPARE(page->statusFilter(), CloudPcFilterModel::StatusFilter::All);
}

void TestMainWindow::loadUnderASortSaysWhenItIsSorted()
{
    // Small, slow pages: the list is seen while it arrives.
    GraphEmulator::Options options;
    options.defaultPageSize = 25;
    options.maxPageSize = 25;
    GraphEmulator emulator(options);
    QVERIFY(emulator.start());
    emulator.faults().slow = 1.0;
    emulator.faults().slowMs = 150;
    GraphClient client;
    client.setBaseUrl(emulator.baseUrl());
    client.setAccessToken(emulator.issueAccessToken());
    TenantLists lists(&client);
    MainWindow window(&lists);
    window.show();
    CloudPcPage *page = window.cloudPcPage();
    page->tableView()->sortByColumn(CloudPcModel::User, Qt::AscendingOrder);
    window.refresh();
    // Part of the list is there, unsorted until the end: the state line says so.
    QTRY_VERIFY_WITH_TIMEOUT(lists.cloudPcModel()->rowCount() > 0, 20000);
    QVERIFY(lists.cloudPcLoader()->isLoading());
    QTRY_VERIFY(page->stateLabel()->text().contains(QLatin1String("(sorted by User when all have arrived)")));
    // Once all are there, they are sorted, and the line no longer says it.
    QTRY_VERIFY_WITH_TIMEOUT(!lists.cloudPcLoader()->isLoading(), 30000);
    QVERIFY(!page->stateLabel()->text().contains(QLatin1String("sorted by")));
    QTableView *table = page->tableView();
    for (int row = 1; row < table->model()->rowCount(); ++row) {
        QVERIFY(QString::compare(table->model()->index(row - 1, CloudPcModel::User).data().toString(),
                                 table->model()->index(row, CloudPcModel::User).data().toString(),
                                 Qt::CaseInsensitive) <= 0);
    }
}

void TestMainWindow::nameStaysInSightWhenScrolledSideways()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    window.resize(800, 600); // narrower than the columns
    CloudPcPage *page = window.cloudPcPage();
    QTableView *table = page->tableView();
    QTableView *frozen = page->frozenColumn()->view();
    QTRY_VERIFY(table->horizontalScrollBar()->maximum() > 0);
    QVERIFY(!frozen->isVisible()); // not scrolled: the column itself is in place
    table->horizontalScrollBar()->setValue(table->horizontalScrollBar()->maximum());
    QTRY_VERIFY(frozen->isVisible());
    // The Name column, at the table's left edge, as wide as the table's, showing the same rows.
    QCOMPARE(page->frozenColumn()->column(), int(CloudPcModel::Name));
    QVERIFY(!frozen->isColumnHidden(CloudPcModel::Name));
    QVERIFY(frozen->isColumnHidden(CloudPcModel::User));
    QCOMPARE(frozen->columnWidth(CloudPcModel::Name), table->columnWidth(CloudPcModel::Name));
    QCOMPARE(frozen->geometry().left(), table->frameWidth());
    table->scrollTo(table->model()->index(120, CloudPcModel::Name));
    const QModelIndex top = table->indexAt(QPoint(table->viewport()->width() - 5, 5));
    const QModelIndex frozenTop = frozen->indexAt(QPoint(5, 5));
    QCOMPARE(frozenTop.row(), top.row());
    QCOMPARE(frozenTop.column(), int(CloudPcModel::Name));
    // A click on the frozen name selects that row in the table.
    QTest::mouseClick(frozen->viewport(), Qt::LeftButton, {}, frozen->visualRect(frozenTop).center());
    QCOMPARE(page->selectedIds(), QStringList{frozenTop.data(TableRoles::IdRole).toString()});
    // Back at the left, it goes away.
    table->horizontalScrollBar()->setValue(0);
    QTRY_VERIFY(!frozen->isVisible());
}

void TestMainWindow::lessFrequentActsAreUnderMoreActs()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    window.resize(1360, 800); // wider than the test screen: a narrow window puts "More acts" in the overflow
    auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("actionsToolBar"));
    auto *more = window.findChild<QToolButton *>(QStringLiteral("moreActsButton"));
    QVERIFY(toolBar && more && more->menu());
    // The frequent acts on the tool bar, the others under "More acts"; every one in the Actions menu.
    QVERIFY(toolBar->actions().contains(window.actions()->action(QStringLiteral("restart"))));
    QVERIFY(!toolBar->actions().contains(window.actions()->action(QStringLiteral("rename"))));
    QVERIFY(more->menu()->actions().contains(window.actions()->action(QStringLiteral("rename"))));
    QVERIFY(more->isVisible());
    // Restart and rename have shortcuts, shown in their tool tips.
    QCOMPARE(window.actions()->action(QStringLiteral("restart"))->shortcut(),
             QKeySequence(QStringLiteral("Ctrl+Shift+S")));
    QCOMPARE(window.actions()->action(QStringLiteral("rename"))->shortcut(), QKeySequence(Qt::Key_F2));
    // A tab without such acts has no "More acts".
    window.tabs()->setCurrentIndex(MainWindow::PoliciesTab);
    QTRY_VERIFY(!more->isVisible());
    window.tabs()->setCurrentIndex(MainWindow::CloudPcsTab);
    QTRY_VERIFY(more->isVisible());
}

// A first start on a small screen (the offscreen test screen is smaller than the window's preferred first
// size): the window and the audit log viewer fit it, status bar and buttons on the screen.
void TestMainWindow::firstStartFitsTheScreen()
{
    QSettings().remove(QStringLiteral("window/geometry"));
    QSettings().remove(QStringLiteral("auditLog/geometry"));
    GraphClient client;
    TenantLists lists(&client);
    QTemporaryDir dir;
    AuditLog auditLog(dir.filePath(QStringLiteral("audit.jsonl")));
    MainWindow window(&lists, &auditLog);
    const QSize available = window.screen()->availableGeometry().size();
    QVERIFY2(available.width() < 1360 || available.height() < 800, "the test screen is not small");
    QVERIFY2(window.width() <= available.width() && window.height() <= available.height(),
             qPrintable(QStringLiteral("%1x%2 on %3x%4")
                            .arg(window.width())
                            .arg(window.height())
                            .arg(available.width())
                            .arg(available.height())));
    AuditLogDialog viewer(&auditLog, &window);
    QVERIFY(viewer.width() <= available.width() && viewer.height() <= available.height());
}

// A cell whose text is cut shows all of it in a tooltip (issue 18, point 16: elide with a tooltip); one that
// fits shows none, and a cell with its own tooltip (the status) keeps it.
void TestMainWindow::cutCellsShowTheirTextInATooltip()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    CloudPcPage *page = window.cloudPcPage();
    window.tabs()->setCurrentWidget(page);
    QTableView *table = page->tableView();
    table->horizontalHeader()->resizeSection(CloudPcModel::User, 60);
    const QModelIndex user = table->model()->index(0, CloudPcModel::User);
    const QString upn = user.data().toString();
    QVERIFY(table->fontMetrics().horizontalAdvance(upn) > 60);
    const auto tooltipAt = [table](const QModelIndex &index) {
        QToolTip::hideText(); // it fades out
        if (!QTest::qWaitFor([] { return !QToolTip::isVisible(); }, 5000))
            return QStringLiteral("(the last tooltip stayed)");
        const QPoint pos = table->visualRect(index).center();
        QHelpEvent help(QEvent::ToolTip, pos, table->viewport()->mapToGlobal(pos));
        QApplication::sendEvent(table->viewport(), &help);
        return QToolTip::isVisible() ? QToolTip::text() : QString();
    };
    QCOMPARE(tooltipAt(user), upn);
    // Wide enough: nothing to show.
    table->horizontalHeader()->resizeSection(CloudPcModel::User,
                                             table->fontMetrics().horizontalAdvance(upn) + 40);
    QCOMPARE(tooltipAt(table->model()->index(0, CloudPcModel::User)), QString());
    QToolTip::hideText();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
