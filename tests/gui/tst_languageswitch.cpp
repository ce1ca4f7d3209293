// Issue 18 point 19: a language chosen in View > Language applies at once, in the running window, to what the
// admin sees: menus, actions (the catalog's too), tabs, the lists' headers and cells, the state line and its
// numbers, the filter box (which matches the statuses as shown), column widths, the operations panel and an
// open audit log viewer. The real MainWindow against the emulator over loopback.
// CLOUDPC_SCREENSHOT_DIR=dir saves the window after the switch to German (language-switch-de.png).
#include "actioncontroller.h"
#include "auditlogdialog.h"
#include "cloudpchistorysection.h"
#include "cloudpcmodel.h"
#include "cloudpcpage.h"
#include "graphclient.h"
#include "graphemulator.h"
#include "languagesupport.h"
#include "listpage.h"
#include "mainwindow.h"
#include "operationspanel.h"
#include "provisioningpolicymodel.h"
#include "signindialog.h"
#include "tenantlists.h"
#include "testenvironment.h"
#include "windowsession.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>
#include <memory>

namespace {
std::unique_ptr<WindowSession> loadedSession(int cloudPcs)
{
    GraphEmulator::Options options;
    options.size = cloudPcs;
    options.maxPageSize = 1000;
    return WindowSession::loaded(options);
}

QAction *languageAction(MainWindow &window, const QString &code)
{
    auto *menu = window.findChild<QMenu *>(QStringLiteral("languageMenu"));
    if (!menu)
        return nullptr;
    for (QAction *action : menu->actions()) {
        if (action->data().toString() == code &&
            action->objectName() == QStringLiteral("languageAction_%1").arg(code))
            return action;
    }
    return nullptr;
}

QString menuTitle(MainWindow &window, const char *objectName)
{
    for (QAction *action : window.menuBar()->actions()) {
        if (action->menu() && action->menu()->objectName() == QLatin1String(objectName))
            return action->text();
    }
    return QString();
}

// Source rows of the Cloud PCs whose status is Failed.
QList<int> failedRows(const CloudPcModel *model)
{
    QList<int> rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(CloudPcModel::StatusRole).toInt() == int(CloudPcStatus::Failed))
            rows << row;
    }
    return rows;
}

// Every header of every tab whose text is wider than its section (with the margins), as tst_translations
// checks at start.
QStringList clippedHeaders(MainWindow &window)
{
    QStringList clipped;
    for (int tab = MainWindow::FirstListTab; tab < MainWindow::TabCount; ++tab) {
        QHeaderView *header = window.page(tab)->tableView()->horizontalHeader();
        const int margins = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        for (int column = 0; column < header->count(); ++column) {
            if (header->isSectionHidden(column))
                continue;
            const QString text = header->model()->headerData(column, Qt::Horizontal).toString();
            const int needed = header->fontMetrics().horizontalAdvance(text) + margins;
            if (header->sectionSize(column) < needed) {
                clipped << QStringLiteral("%1: %2 px for %3 px of text")
                               .arg(text)
                               .arg(header->sectionSize(column))
                               .arg(needed);
            }
        }
    }
    return clipped;
}
// Empty when the rows shown are in the order of their status texts (lower-cased, as the filter model sorts),
// else the first two out of order.
QString statusOrderProblem(const QAbstractItemModel *proxy, Qt::SortOrder order = Qt::AscendingOrder)
{
    QString previous;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QString status = proxy->index(row, CloudPcModel::Status).data().toString().toLower();
        if (row > 0 && (order == Qt::AscendingOrder ? status < previous : previous < status))
            return QStringLiteral("row %1: '%2' after '%3'").arg(row).arg(status, previous);
        previous = status;
    }
    return QString();
}
} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void switchesWithoutRestart();
    void switchWithManyCloudPcsSortsOnce();
    void smallListSortedAgain();
    void openSignInDialogFollows();
    void restartInAnotherLanguageFitsHeaders();
    void historySectionsFollow();
};

void TestLanguageSwitch::initTestCase()
{
    cloudpcTestSetup();
}

void TestLanguageSwitch::init()
{
    QSettings().remove(QStringLiteral("ui/language"));
    QSettings().remove(QStringLiteral("views")); // column widths as on a first start
    QSettings().remove(QStringLiteral("window"));
    QCOMPARE(LanguageSupport::install(QStringLiteral("en")), QStringLiteral("en"));
}

void TestLanguageSwitch::cleanupTestCase()
{
    QSettings().remove(QStringLiteral("ui/language"));
    LanguageSupport::install(QStringLiteral("en"));
}

void TestLanguageSwitch::switchesWithoutRestart()
{
    // More than 999 Cloud PCs, so that the state line's count has a group separator.
    auto session = loadedSession(1200);
    QVERIFY(session);
    MainWindow &window = *session->window;
    CloudPcPage *page = window.cloudPcPage();
    const CloudPcModel *model = window.lists()->cloudPcModel();
    QCOMPARE(model->rowCount(), 1200);
    const QList<int> failed = failedRows(model);
    QVERIFY(!failed.isEmpty());
    const QModelIndex failedStatus = model->index(failed.first(), CloudPcModel::Status);
    QHeaderView *header = page->tableView()->horizontalHeader();

    // English to begin with.
    QVERIFY(window.tabs()->tabText(MainWindow::CloudPcsTab).startsWith(QLatin1String("Cloud PCs (")));
    QCOMPARE(menuTitle(window, "fileMenu"), QStringLiteral("&File"));
    QCOMPARE(failedStatus.data().toString(), QStringLiteral("Failed"));
    QCOMPARE(page->stateLabel()->text(), QStringLiteral("1,200 Cloud PCs"));
    QVERIFY2(clippedHeaders(window).isEmpty(), qPrintable(clippedHeaders(window).join(QLatin1Char('\n'))));
    // The admin widens the user column by hand: a language change leaves it alone.
    const int userWidth = header->sectionSize(CloudPcModel::User) + 37;
    header->resizeSection(CloudPcModel::User, userWidth);
    QList<int> englishWidths;
    for (int column = 0; column < header->count(); ++column)
        englishWidths << page->defaultColumnWidth(column);

    // The audit log viewer, open (not modal) while the language changes.
    window.actions()->auditLogAction()->trigger();
    AuditLogDialog *auditLog = nullptr;
    QTRY_VERIFY((auditLog = window.findChild<AuditLogDialog *>()) && auditLog->isVisible());
    QCOMPARE(auditLog->windowTitle(), QStringLiteral("Audit log"));

    // View > Language > Deutsch.
    QAction *german = languageAction(window, QStringLiteral("de"));
    QVERIFY(german);
    QCOMPARE(german->text(), QStringLiteral("Deutsch"));
    german->trigger();

    // German at once: no restart, and no message that says "on the next start".
    QTRY_VERIFY2(window.tabs()->tabText(MainWindow::CloudPcsTab).startsWith(QLatin1String("Cloud-PCs (")),
                 qPrintable(window.tabs()->tabText(MainWindow::CloudPcsTab)));
    QCOMPARE(LanguageSupport::currentLanguage(), QStringLiteral("de"));
    QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("languageChangedBox")));
    QCOMPARE(
        window.tabs()->tabText(MainWindow::PoliciesTab),
        QStringLiteral("Bereitstellungsrichtlinien (%1)").arg(window.lists()->policyModel()->rowCount()));
    QCOMPARE(menuTitle(window, "fileMenu"), QStringLiteral("&Datei"));
    QCOMPARE(menuTitle(window, "actionsMenu"), QStringLiteral("Ak&tionen"));
    QCOMPARE(menuTitle(window, "helpMenu"), QStringLiteral("&Hilfe"));
    QCOMPARE(window.findChild<QMenu *>(QStringLiteral("languageMenu"))->title(), QStringLiteral("&Sprache"));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("refreshAction"))->text(),
             QStringLiteral("A&ktualisieren"));
    // An act of the catalog, translated in its context.
    QCOMPARE(window.actions()->action(QStringLiteral("restart"))->text(), QStringLiteral("Neu &starten…"));
    QCOMPARE(page->filterEdit()->placeholderText(),
             QStringLiteral("Nach Name, Benutzer oder Richtlinie filtern (Strg+F)"));
    QCOMPARE(page->statusFilterButton(CloudPcFilterModel::StatusFilter::Failed)->text(),
             QStringLiteral("Fehlgeschlagen"));
    // Its shortcut stays (a button's setText sets the mnemonic of the text as its shortcut).
    QCOMPARE(page->statusFilterButton(CloudPcFilterModel::StatusFilter::Failed)->shortcut(),
             QKeySequence(Qt::ALT | Qt::Key_2));
    QCOMPARE(window.actions()->operationsPanel()->findChildren<QPushButton *>().constLast()->text(),
             QStringLiteral("&Fehlgeschlagene wiederholen"));
    // The lists: a header and a status cell, as the model gives them and as the view's header shows them.
    QCOMPARE(model->headerData(CloudPcModel::Policy, Qt::Horizontal).toString(),
             QStringLiteral("Bereitstellungsrichtlinie"));
    QCOMPARE(header->model()->headerData(CloudPcModel::Policy, Qt::Horizontal).toString(),
             QStringLiteral("Bereitstellungsrichtlinie"));
    QCOMPARE(failedStatus.data().toString(), QStringLiteral("Fehlgeschlagen"));
    // The state line, with the German group separator; numbers and dates follow the language.
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(page->stateLabel()->text(), QStringLiteral("1.200 Cloud-PCs"));
    // The audit log viewer that stayed open.
    QCOMPARE(auditLog->windowTitle(), QStringLiteral("Überwachungsprotokoll"));
    // The choice is saved.
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
    QVERIFY(german->isChecked());

    // The columns not resized by hand fit the German headers; the one resized by hand kept its width.
    QVERIFY2(clippedHeaders(window).isEmpty(), qPrintable(clippedHeaders(window).join(QLatin1Char('\n'))));
    bool widthsChanged = false;
    for (int column = 0; column + 1 < header->count(); ++column) { // the last stretches
        if (column == CloudPcModel::User)
            continue;
        QCOMPARE(header->sectionSize(column), page->defaultColumnWidth(column));
        widthsChanged = widthsChanged || header->sectionSize(column) != englishWidths.at(column);
    }
    QVERIFY(widthsChanged); // some German headers or texts are wider
    QCOMPARE(header->sectionSize(CloudPcModel::User), userWidth);

    // The filter box matches the statuses in the new words.
    QTest::keyClicks(page->filterEdit(), QStringLiteral("Fehlgeschlagen"));
    QAbstractItemModel *proxy = page->proxyModel();
    QTRY_VERIFY(proxy->rowCount() > 0);
    QVERIFY(proxy->rowCount() >= failed.size());
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QModelIndex status = proxy->index(row, CloudPcModel::Status);
        QVERIFY2(status.data().toString().contains(QLatin1String("fehlgeschlagen"), Qt::CaseInsensitive),
                 qPrintable(status.data().toString()));
    }
    QVERIFY(page->stateLabel()->text().contains(QLatin1String("1.200")));

    if (const QString pictures = qEnvironmentVariable("CLOUDPC_SCREENSHOT_DIR"); !pictures.isEmpty()) {
        page->filterEdit()->clear();
        page->tableView()->selectRow(0);
        QTest::qWait(300); // the detail pane and the layout follow
        window.grab().save(pictures + QStringLiteral("/language-switch-de.png"));
    }
    page->filterEdit()->clear();

    // Français, then back to English, still without a restart.
    QAction *french = languageAction(window, QStringLiteral("fr"));
    QVERIFY(french);
    french->trigger();
    QTRY_VERIFY2(window.tabs()->tabText(MainWindow::CloudPcsTab).startsWith(QLatin1String("PC cloud (")),
                 qPrintable(window.tabs()->tabText(MainWindow::CloudPcsTab)));
    QCOMPARE(menuTitle(window, "fileMenu"), QStringLiteral("&Fichier"));
    QCOMPARE(window.actions()->action(QStringLiteral("restart"))->text(), QStringLiteral("Re&démarrer…"));
    QCOMPARE(failedStatus.data().toString(), QStringLiteral("Échec"));
    QCOMPARE(model->headerData(CloudPcModel::Policy, Qt::Horizontal).toString(),
             QStringLiteral("Stratégie d'approvisionnement"));
    QCOMPARE(auditLog->windowTitle(), QStringLiteral("Journal d'audit"));
    QCOMPARE(QLocale().language(), QLocale::French);
    QVERIFY2(clippedHeaders(window).isEmpty(), qPrintable(clippedHeaders(window).join(QLatin1Char('\n'))));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("fr"));
    page->filterEdit()->setText(QStringLiteral("échec")); // QTest types ASCII only
    QTRY_VERIFY(proxy->rowCount() >= failed.size());
    page->filterEdit()->clear();

    QAction *english = languageAction(window, QStringLiteral("en"));
    QVERIFY(english);
    english->trigger();
    QTRY_VERIFY2(window.tabs()->tabText(MainWindow::CloudPcsTab).startsWith(QLatin1String("Cloud PCs (")),
                 qPrintable(window.tabs()->tabText(MainWindow::CloudPcsTab)));
    QCOMPARE(menuTitle(window, "fileMenu"), QStringLiteral("&File"));
    QCOMPARE(window.findChild<QMenu *>(QStringLiteral("languageMenu"))->title(), QStringLiteral("&Language"));
    QCOMPARE(window.actions()->action(QStringLiteral("restart"))->text(), QStringLiteral("Re&start…"));
    QCOMPARE(failedStatus.data().toString(), QStringLiteral("Failed"));
    QCOMPARE(page->stateLabel()->text(), QStringLiteral("1,200 Cloud PCs"));
    QCOMPARE(auditLog->windowTitle(), QStringLiteral("Audit log"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    QCOMPARE(header->sectionSize(CloudPcModel::User), userWidth);
    QVERIFY2(clippedHeaders(window).isEmpty(), qPrintable(clippedHeaders(window).join(QLatin1Char('\n'))));
    QTest::keyClicks(page->filterEdit(), QStringLiteral("Fehlgeschlagen"));
    QTRY_COMPARE(proxy->rowCount(), 0); // the German word no longer finds the failed ones
    page->filterEdit()->clear();
    QTest::keyClicks(page->filterEdit(), QStringLiteral("failed"));
    QTRY_VERIFY(proxy->rowCount() >= failed.size());
    auditLog->close();
}

void TestLanguageSwitch::switchWithManyCloudPcsSortsOnce()
{
    auto session = loadedSession(5000);
    QVERIFY(session);
    MainWindow &window = *session->window;
    const CloudPcModel *model = window.lists()->cloudPcModel();
    QCOMPARE(model->rowCount(), 5000);
    QCOMPARE(window.tabs()->tabText(MainWindow::CloudPcsTab), QStringLiteral("Cloud PCs (5,000)"));
    const QList<int> failed = failedRows(model);
    QVERIFY(!failed.isEmpty());
    // Sorted by status: the new words sort differently, and the list is sorted again once.
    window.cloudPcPage()->tableView()->sortByColumn(CloudPcModel::Status, Qt::AscendingOrder);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QSignalSpy headers(model, &QAbstractItemModel::headerDataChanged);

    // How long the switch takes is measured by tests/bench/bench_views.cpp.
    QAction *german = languageAction(window, QStringLiteral("de"));
    QVERIFY(german);
    german->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(model->index(failed.first(), CloudPcModel::Status).data().toString(),
                              QStringLiteral("Fehlgeschlagen"), 10000);
    // The count in the tab's title has the language's group separator (issue 18, point 8).
    QTRY_COMPARE_WITH_TIMEOUT(window.tabs()->tabText(MainWindow::CloudPcsTab),
                              QStringLiteral("Cloud-PCs (5.000)"), 10000);
    // One dataChanged over every row (not one per row), once however many translators were swapped.
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(changed.first().at(1).value<QModelIndex>().row(), 4999);
    QCOMPARE(headers.size(), 1);
    // The rows shown are in the order of the German words.
    const QString unsorted = statusOrderProblem(window.cloudPcPage()->proxyModel());
    QVERIFY2(unsorted.isEmpty(), qPrintable(unsorted));
}

void TestLanguageSwitch::smallListSortedAgain()
{
    // Fewer rows than the filter model's threshold for filtering and sorting everything again: the
    // language change still sorts the whole list again.
    auto session = loadedSession(40);
    QVERIFY(session);
    MainWindow &window = *session->window;
    window.cloudPcPage()->tableView()->sortByColumn(CloudPcModel::Status, Qt::DescendingOrder);
    QVERIFY(statusOrderProblem(window.cloudPcPage()->proxyModel(), Qt::DescendingOrder).isEmpty());
    QAction *german = languageAction(window, QStringLiteral("de"));
    QVERIFY(german);
    german->trigger();
    QTRY_VERIFY(window.tabs()->tabText(MainWindow::CloudPcsTab).startsWith(QLatin1String("Cloud-PCs (")));
    const QString unsorted = statusOrderProblem(window.cloudPcPage()->proxyModel(), Qt::DescendingOrder);
    QVERIFY2(unsorted.isEmpty(), qPrintable(unsorted));
    QCOMPARE(window.cloudPcPage()->proxyModel()->rowCount(), 40);
}

void TestLanguageSwitch::openSignInDialogFollows()
{
    // Not modal: it is open at the start of a session nobody is signed in to, when the language may change.
    SignInDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *browser = dialog.findChild<QPushButton *>(QStringLiteral("signInBrowserButton"));
    QVERIFY(browser);
    QCOMPARE(browser->text(), QStringLiteral("Sign in with &browser"));
    LanguageSupport::choose(QStringLiteral("de"));
    QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Anmelden – Cloud PC Console"));
    QCOMPARE(browser->text(), QStringLiteral("Mit &Browser anmelden"));
    LanguageSupport::choose(QStringLiteral("en"));
    QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Sign in – Cloud PC Console"));
}

void TestLanguageSwitch::restartInAnotherLanguageFitsHeaders()
{
    // Issue 18 point 16: the layout saved at the end of an English session, the next start in German. The
    // columns at their English default get the German default; a column the admin widened keeps its width.
    const int widenedTab = MainWindow::PoliciesTab;
    const int widenedColumn = 0;
    int widened = 0;
    QList<QList<int>> englishWidths; // per list tab, per column, as saved
    {
        auto session = loadedSession(40);
        QVERIFY(session);
        MainWindow &window = *session->window;
        QVERIFY2(clippedHeaders(window).isEmpty(),
                 qPrintable(clippedHeaders(window).join(QLatin1Char('\n'))));
        QHeaderView *header = window.page(widenedTab)->tableView()->horizontalHeader();
        widened = header->sectionSize(widenedColumn) + 150;
        header->resizeSection(widenedColumn, widened);
        for (int tab = MainWindow::FirstListTab; tab < MainWindow::TabCount; ++tab) {
            QHeaderView *tabHeader = window.page(tab)->tableView()->horizontalHeader();
            QList<int> widths;
            for (int column = 0; column < tabHeader->count(); ++column)
                widths << tabHeader->sectionSize(column);
            englishWidths << widths;
        }
        QVERIFY(window.close()); // saves the layout
    }
    QVERIFY(!QSettings().value(QStringLiteral("views/policies/header")).toByteArray().isEmpty());
    QCOMPARE(QSettings().value(QStringLiteral("views/policies/language")).toString(), QStringLiteral("en"));

    QCOMPARE(LanguageSupport::install(QStringLiteral("de")), QStringLiteral("de"));
    auto session = loadedSession(40);
    QVERIFY(session);
    MainWindow &window = *session->window;
    QCOMPARE(window.tabs()->tabText(MainWindow::PoliciesTab).section(QLatin1Char(' '), 0, 0),
             QStringLiteral("Bereitstellungsrichtlinien"));
    // The English widths would clip some German header (else this test would prove nothing).
    int tooNarrow = 0;
    for (int tab = MainWindow::FirstListTab; tab < MainWindow::TabCount; ++tab) {
        QHeaderView *header = window.page(tab)->tableView()->horizontalHeader();
        for (int column = 0; column + 1 < header->count(); ++column)
            tooNarrow +=
                englishWidths.at(tab - MainWindow::FirstListTab).at(column) < header->sectionSizeHint(column)
                    ? 1
                    : 0;
    }
    QVERIFY(tooNarrow > 0);
    // No header is clipped on any tab, and the columns not resized by hand have the German defaults.
    QVERIFY2(clippedHeaders(window).isEmpty(), qPrintable(clippedHeaders(window).join(QLatin1Char('\n'))));
    for (int tab = MainWindow::FirstListTab; tab < MainWindow::TabCount; ++tab) {
        ListPage *page = window.page(tab);
        QHeaderView *header = page->tableView()->horizontalHeader();
        for (int column = 0; column + 1 < header->count(); ++column) { // the last stretches
            if (tab == widenedTab && column == widenedColumn)
                continue;
            QCOMPARE(header->sectionSize(column), page->defaultColumnWidth(column));
        }
    }
    // The column widened on purpose kept its width.
    QCOMPARE(window.page(widenedTab)->tableView()->horizontalHeader()->sectionSize(widenedColumn), widened);

    // A live switch afterwards still tells the default columns from the widened one.
    QAction *english = languageAction(window, QStringLiteral("en"));
    QVERIFY(english);
    english->trigger();
    QTRY_VERIFY(window.tabs()->tabText(MainWindow::CloudPcsTab).startsWith(QLatin1String("Cloud PCs (")));
    QHeaderView *policies = window.page(widenedTab)->tableView()->horizontalHeader();
    QCOMPARE(policies->sectionSize(widenedColumn), widened);
    for (int column = 1; column + 1 < policies->count(); ++column)
        QCOMPARE(policies->sectionSize(column),
                 englishWidths.at(widenedTab - MainWindow::FirstListTab).at(column));
}

void TestLanguageSwitch::historySectionsFollow()
{
    // The detail pane's Connection history and Cloud PC actions: title, column headers, rows and state line
    // in the new language, while open and loaded.
    auto session = loadedSession(40);
    QVERIFY(session);
    MainWindow &window = *session->window;
    window.tabs()->setCurrentIndex(MainWindow::CloudPcsTab);
    CloudPcPage *page = window.cloudPcPage();
    CloudPcHistorySection *connections = page->connectionHistory();
    CloudPcHistorySection *actions = page->remoteActionHistory();
    QVERIFY(connections && actions);
    // A Cloud PC with connection events.
    QString id;
    for (const CloudPc &pc : session->emulator.tenant().cloudPcs()) {
        const QList<CloudPcConnectivityEvent> events = session->emulator.connectivity().of(pc.id);
        if (std::any_of(events.cbegin(), events.cend(),
                        [](const CloudPcConnectivityEvent &event) { return !event.failed(); })) {
            id = pc.id;
            break;
        }
    }
    QVERIFY(!id.isEmpty());
    QCOMPARE(page->selectIds({id}), 1);
    QTRY_VERIFY(connections->isVisible());
    QCOMPARE(connections->headerButton()->text(), QStringLiteral("Connection history"));
    QTest::mouseClick(connections->headerButton(), Qt::LeftButton);
    QTest::mouseClick(actions->headerButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(connections->state(), CloudPcHistorySection::State::Loaded, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(actions->state(), CloudPcHistorySection::State::Empty, 10000);
    QCOMPARE(connections->list()->headerItem()->text(0), QStringLiteral("Time"));
    QCOMPARE(actions->stateLabel()->text(), QStringLiteral("No remote actions were done to this Cloud PC"));
    const int rows = connections->list()->topLevelItemCount();
    QVERIFY(rows > 0);
    // The time column, in the language's date format.
    const QString englishTime = connections->list()->topLevelItem(0)->text(0);

    QAction *german = languageAction(window, QStringLiteral("de"));
    QVERIFY(german);
    german->trigger();
    QTRY_COMPARE(connections->headerButton()->text(), QStringLiteral("Verbindungsverlauf"));
    QCOMPARE(actions->headerButton()->text(), QStringLiteral("Cloud-PC-Aktionen"));
    QCOMPARE(connections->headerButton()->accessibleName(), QStringLiteral("Verbindungsverlauf ausblenden"));
    QCOMPARE(connections->reloadButton()->toolTip(), QStringLiteral("Erneut lesen"));
    QCOMPARE(connections->list()->headerItem()->text(0), QStringLiteral("Zeit"));
    QCOMPARE(connections->list()->headerItem()->text(1), QStringLiteral("Ergebnis"));
    QCOMPARE(actions->list()->headerItem()->text(0), QStringLiteral("Aktion"));
    QCOMPARE(actions->list()->headerItem()->text(1), QStringLiteral("Zustand"));
    QCOMPARE(actions->stateLabel()->text(),
             QStringLiteral("Für diesen Cloud-PC wurden keine Remoteaktionen ausgeführt"));
    // The rows read before, in the new words (not read again).
    QCOMPARE(connections->state(), CloudPcHistorySection::State::Loaded);
    QCOMPARE(connections->list()->topLevelItemCount(), rows);
    QVERIFY(!connections->list()->topLevelItem(0)->text(0).isEmpty());
    QVERIFY2(connections->list()->topLevelItem(0)->text(0) != englishTime, qPrintable(englishTime));
    // Each event's result as a German word (they were English words before: not in the catalog).
    const QStringList germanResults{QStringLiteral("Erfolgreich"), QStringLiteral("Fehlgeschlagen"),
                                    QStringLiteral("Unbekannt")};
    for (int row = 0; row < rows; ++row) {
        const QString result = connections->list()->topLevelItem(row)->text(1);
        QVERIFY2(germanResults.contains(result), qPrintable(result));
    }

    QAction *english = languageAction(window, QStringLiteral("en"));
    QVERIFY(english);
    english->trigger();
    QTRY_COMPARE(connections->headerButton()->text(), QStringLiteral("Connection history"));
    QCOMPARE(actions->list()->headerItem()->text(1), QStringLiteral("State"));
    QCOMPARE(connections->list()->topLevelItem(0)->text(0), englishTime);
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
