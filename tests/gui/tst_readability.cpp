// What an admin reads and sees (issue 18): status colours at WCAG AA contrast in the light and the dark
// theme, the device code dialog tall enough for its code with a large font in German, export dialogs that
// suggest a file name, a small empty operations panel at 1024x700 and a notice bar that elides with a
// tooltip. CLOUDPC_SCREENSHOT_DIR=dir saves the device code dialog and the window.
#include "devicecodedialog.h"
#include "graphclient.h"
#include "languagesupport.h"
#include "listpage.h"
#include "mainwindow.h"
#include "noticebar.h"
#include "statusstyle.h"
#include "tenantlists.h"
#include "testenvironment.h"
#include "thememanager.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QLayout>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QtTest>
#include <cmath>
#include <memory>

namespace {
// WCAG 2.x relative luminance and contrast ratio.
double channel(int value)
{
    const double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CLOUDPC_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}
} // namespace

class TestReadability : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { cloudpcTestSetup(); }
    void statusColoursMeetWcagAa_data();
    void statusColoursMeetWcagAa();
    void deviceCodeDialogShowsTheWholeCode_data();
    void deviceCodeDialogShowsTheWholeCode();
    void exportDialogsSuggestAFileName();
    void emptyOperationsPanelIsSmallAt1024x700();
    void noticeBarElidesWithATooltip();
    void darkThemeReachesTablesAndPanes();
};

void TestReadability::statusColoursMeetWcagAa_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestReadability::statusColoursMeetWcagAa()
{
    QFETCH(bool, dark);
    const QPalette saved = QApplication::palette();
    const QPalette palette = dark ? ThemeManager::darkPalette() : ThemeManager::lightPalette();
    QApplication::setPalette(palette);
    struct Shown
    {
        const char *name;
        QColor color;
    };
    // Every coloured status text: Cloud PC statuses, bulk action statuses, operation item states ("Accepted",
    // "Failed", "Outcome unknown") and audit log results all take their colour from these kinds.
    const QList<Shown> shown = {
        {"ok (provisioned, accepted, succeeded)", StatusStyle::color(StatusStyle::Kind::Ok)},
        {"failed", StatusStyle::color(StatusStyle::Kind::Failed)},
        {"warning (grace period, outcome unknown)", StatusStyle::color(StatusStyle::Kind::Warning)},
        {"busy (provisioning, in progress)", StatusStyle::color(StatusStyle::Kind::Busy)},
        {"Cloud PC provisioned", StatusStyle::color(CloudPcStatus::Provisioned)},
        {"Cloud PC failed", StatusStyle::color(CloudPcStatus::Failed)},
        {"bulk action succeeded", StatusStyle::colorForText(QStringLiteral("succeeded"))},
        {"bulk action failed", StatusStyle::colorForText(QStringLiteral("failed"))},
        {"audit outcomeUnknown",
         StatusStyle::color(StatusStyle::kindForResult(QStringLiteral("outcomeUnknown")))},
    };
    for (const Shown &status : shown) {
        QVERIFY2(status.color.isValid(), status.name);
        for (QPalette::ColorRole role : {QPalette::Base, QPalette::AlternateBase}) {
            const double ratio = contrast(status.color, palette.color(role));
            QVERIFY2(ratio >= 4.5,
                     qPrintable(QStringLiteral("%1 %2 on %3 %4: %5:1")
                                    .arg(QLatin1String(status.name), status.color.name(),
                                         role == QPalette::Base ? QStringLiteral("Base")
                                                                : QStringLiteral("AlternateBase"),
                                         palette.color(role).name())
                                    .arg(ratio, 0, 'f', 2)));
        }
    }
    QApplication::setPalette(saved);
}

void TestReadability::deviceCodeDialogShowsTheWholeCode_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("pointSize");
    QTest::newRow("en 10pt") << QStringLiteral("en") << 10;
    QTest::newRow("de 18pt") << QStringLiteral("de") << 18;
    QTest::newRow("fr 24pt") << QStringLiteral("fr") << 24;
}

void TestReadability::deviceCodeDialogShowsTheWholeCode()
{
    QFETCH(QString, language);
    QFETCH(int, pointSize);
    const QFont savedFont = QApplication::font();
    QFont font = savedFont;
    font.setPointSize(pointSize);
    QApplication::setFont(font);
    LanguageSupport::install(language);

    DeviceCodeDialog dialog;
    dialog.open(); // as SignInController opens it: asking for a code, then the code arrives
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    DeviceCodeSignIn::Code code;
    code.userCode = QStringLiteral("WDJB-MJHT-QXPZ");
    code.verificationUri = QUrl(QStringLiteral("https://microsoft.com/devicelogin"));
    code.expiresUtc = QDateTime::currentDateTimeUtc().addSecs(900);
    dialog.showCode(code);
    QApplication::processEvents();
    dialog.layout()->activate();
    QApplication::processEvents();

    for (QLabel *label : {dialog.codeLabel(), dialog.pageLabel(), dialog.countdownLabel()}) {
        QVERIFY(label->isVisible());
        const QRect inDialog(label->mapTo(&dialog, QPoint(0, 0)), label->size());
        QVERIFY2(dialog.rect().contains(inDialog),
                 qPrintable(QStringLiteral("%1: %2,%3 %4x%5 outside the dialog's %6x%7")
                                .arg(label->objectName())
                                .arg(inDialog.x())
                                .arg(inDialog.y())
                                .arg(inDialog.width())
                                .arg(inDialog.height())
                                .arg(dialog.width())
                                .arg(dialog.height())));
    }
    QLabel *codeLabel = dialog.codeLabel();
    QVERIFY2(codeLabel->height() >= codeLabel->sizeHint().height(),
             qPrintable(QStringLiteral("code label %1 px high, needs %2")
                            .arg(codeLabel->height())
                            .arg(codeLabel->sizeHint().height())));
    QVERIFY2(codeLabel->width() >= codeLabel->sizeHint().width(),
             qPrintable(QStringLiteral("code label %1 px wide, needs %2")
                            .arg(codeLabel->width())
                            .arg(codeLabel->sizeHint().width())));
    saveScreenshot(&dialog, QStringLiteral("devicecode-%1-%2pt").arg(language).arg(pointSize));

    dialog.reject();
    QApplication::setFont(savedFont);
    LanguageSupport::install(QStringLiteral("en"));
}

void TestReadability::exportDialogsSuggestAFileName()
{
    QCOMPARE(
        MainWindow::exportFileName(QStringLiteral("cloud-pcs"), QStringLiteral("csv"), QDate(2026, 11, 27)),
        QStringLiteral("cloud-pcs-2026-11-27.csv"));

    GraphClient client;
    TenantLists lists(&client);
    MainWindow window(&lists);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const struct
    {
        int tab;
        const char *action;
        QString name;
    } cases[] = {
        {MainWindow::CloudPcsTab, "exportCsvAction", QStringLiteral("cloud-pcs-%1.csv").arg(today)},
        {MainWindow::PoliciesTab, "exportJsonAction",
         QStringLiteral("provisioning-policies-%1.json").arg(today)},
        {MainWindow::BulkActionsTab, "exportCsvAction", QStringLiteral("bulk-actions-%1.csv").arg(today)},
    };
    for (const auto &test : cases) {
        window.tabs()->setCurrentIndex(test.tab);
        auto *action = window.findChild<QAction *>(QLatin1String(test.action));
        QVERIFY(action);
        action->trigger();
        auto *dialog = window.findChild<QFileDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(!dialog->selectedFiles().isEmpty());
        QCOMPARE(QFileInfo(dialog->selectedFiles().first()).fileName(), test.name);
        dialog->reject();
        QTRY_VERIFY(!window.findChild<QFileDialog *>()); // deleted on close
    }
}

void TestReadability::emptyOperationsPanelIsSmallAt1024x700()
{
    GraphClient client;
    TenantLists lists(&client);
    MainWindow window(&lists);
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("operationsDock"));
    QVERIFY(dock);
    dock->show(); // the admin opens it (Ctrl+Shift+O) before any act
    QApplication::processEvents();
    QTRY_VERIFY(dock->isVisible());
    QApplication::processEvents();
    QVERIFY2(
        dock->height() <= window.height() / 4,
        qPrintable(QStringLiteral("dock %1 px of a %2 px window").arg(dock->height()).arg(window.height())));
    QVERIFY(dock->height() > 0);
    saveScreenshot(&window, QStringLiteral("window-1024x700"));
}

void TestReadability::noticeBarElidesWithATooltip()
{
    QWidget host;
    auto *layout = new QVBoxLayout(&host);
    auto *bar = new NoticeBar(NoticeBar::Kind::Warning, &host);
    layout->addWidget(bar);
    bar->setElided(true);
    const QString text = QStringLiteral("The system keychain is not available, so your sign-in will not be "
                                        "remembered after the console closes. ")
                             .repeated(3)
                             .trimmed();
    bar->setText(text);
    host.resize(400, 60);
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));
    QTRY_VERIFY(bar->label()->text().endsWith(QChar(0x2026)));
    QCOMPARE(bar->text(), text);
    QCOMPARE(bar->label()->toolTip(), text);
    QVERIFY(bar->label()->fontMetrics().horizontalAdvance(bar->label()->text()) <= bar->label()->width());
    QVERIFY(bar->height() < 3 * bar->label()->fontMetrics().height() + 20); // one line

    // Wide enough: all of it, no tooltip.
    bar->setText(QStringLiteral("Short."));
    QCOMPARE(bar->label()->text(), QStringLiteral("Short."));
    QVERIFY(bar->label()->toolTip().isEmpty());
}

QTEST_MAIN(TestReadability)
#include "tst_readability.moc"

// The theme is switched while the window lives (View > Theme), as at start after the pages exist: the tables,
// the detail pane and the quick filters (their page has a style sheet for the focus frame) take the dark
// palette, so the status colours meant for it are drawn on it. Before, they stayed on a white background.
void TestReadability::darkThemeReachesTablesAndPanes()
{
    const QPalette saved = QApplication::palette();
    GraphClient client;
    TenantLists lists(&client);
    MainWindow window(&lists);
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.tabs()->setCurrentIndex(MainWindow::CloudPcsTab); // the Overview is first
    auto *theme = window.findChild<ThemeManager *>();
    QVERIFY(theme);
    ListPage *page = window.page(MainWindow::CloudPcsTab);
    QVERIFY(page);
    const QTableView *table = page->tableView();
    const QTextBrowser *detail = page->detailView();
    for (const bool dark : {true, false, true}) {
        theme->setTheme(dark ? ThemeManager::Theme::Dark : ThemeManager::Theme::Light);
        QApplication::processEvents();
        const QPalette expected = dark ? ThemeManager::darkPalette() : ThemeManager::lightPalette();
        QCOMPARE(table->palette().color(QPalette::Base), expected.color(QPalette::Base));
        QCOMPARE(detail->palette().color(QPalette::Base), expected.color(QPalette::Base));
        // What is drawn: the empty table's viewport in the middle.
        const QImage image = table->viewport()->grab().toImage();
        const QColor drawn = image.pixelColor(image.width() / 2, image.height() / 2);
        QVERIFY2(contrast(drawn, expected.color(QPalette::Base)) < 1.1,
                 qPrintable(QStringLiteral("%1 theme: table drawn %2, its Base is %3")
                                .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"), drawn.name(),
                                     expected.color(QPalette::Base).name())));
    }
    saveScreenshot(&window, QStringLiteral("window-dark"));
    theme->setTheme(ThemeManager::Theme::System);
    QApplication::setPalette(saved);
}
