// The console in German, French and English: the main window against the emulator with each language
// installed, English plural forms ("1 Cloud PC", "250 Cloud PCs") on the real widgets, the .ts files complete
// (and, in the translations_current test, up to date with the sources), the language choice (--lang,
// View > Language, the system's languages) and the About dialog.
#include "aboutdialog.h"
#include "bulkactionmodel.h"
#include "cloudpcmodel.h"
#include "cloudpcpage.h"
#include "cloudpcstatus.h"
#include "enumwords.h"
#include "graphclient.h"
#include "graphemulator.h"
#include "languagesupport.h"
#include "listpage.h"
#include "mainwindow.h"
#include "provisioningerrorusermodel.h"
#include "provisioningerroruserpage.h"
#include "provisioningpolicymodel.h"
#include "tenantlists.h"
#include "testenvironment.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextLayout>
#include <QXmlStreamReader>
#include <QtTest>
#include <memory>

namespace {
const QString kSourceDir = QStringLiteral(CLOUDPC_SOURCE_DIR);
const QStringList kTsFiles{QStringLiteral("cloudpc-console_de.ts"), QStringLiteral("cloudpc-console_fr.ts")};
// English: only the %n strings, with their singular and plural forms (lupdate -pluralonly).
const QString kEnglishTsFile = QStringLiteral("cloudpc-console_en.ts");

QStringList menuTitles(const QMainWindow &window)
{
    QStringList titles;
    const QList<QAction *> actions = window.menuBar()->actions();
    for (const QAction *action : actions)
        titles << action->text();
    return titles;
}

QStringList tabTexts(const QTabWidget *tabs)
{
    QStringList texts;
    for (int i = 0; i < tabs->count(); ++i)
        texts << tabs->tabText(i);
    return texts;
}

// Every problem of one .ts file: unfinished, empty or vanished translations, plural forms missing,
// placeholders lost, and in the English one a message that is not a plural. `sources` receives every source
// text, `pluralSources` those of the %n strings.
QStringList tsProblems(const QString &path, QSet<QString> *sources = nullptr,
                       QSet<QString> *pluralSources = nullptr)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("%1: cannot read").arg(path)};
    QStringList problems;
    QXmlStreamReader xml(&file);
    QString context, source, language;
    bool numerus = false;
    QStringList forms;
    QString translationType;
    int messages = 0;
    const QRegularExpression placeholder(QStringLiteral("%(\\d+)"));
    auto placeholdersOf = [&placeholder](const QString &text) {
        QSet<QString> found;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            found.insert(it.next().captured(0));
        return found;
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("TS")) {
                language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                forms.clear();
                translationType.clear();
                source.clear();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                translationType = xml.attributes().value(QLatin1String("type")).toString();
                if (!numerus)
                    forms << xml.readElementText();
            } else if (xml.name() == QLatin1String("numerusform")) {
                forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ++messages;
            if (sources)
                sources->insert(context + QLatin1Char('\x1f') + source);
            if (pluralSources && numerus)
                pluralSources->insert(context + QLatin1Char('\x1f') + source);
            const QString where =
                QStringLiteral("%1 [%2] \"%3\"").arg(QFileInfo(path).fileName(), context, source);
            if (!numerus && language.startsWith(QLatin1String("en"))) {
                problems << QStringLiteral("%1: not a plural (the English catalog holds only %n strings)")
                                .arg(where);
                continue;
            }
            if (!translationType.isEmpty()) {
                problems << QStringLiteral("%1: %2").arg(where, translationType);
                continue;
            }
            // German, French and English have two forms: one (French: 0 and 1) and other.
            if (numerus && forms.size() != 2)
                problems << QStringLiteral("%1: %2 plural forms instead of 2").arg(where).arg(forms.size());
            for (const QString &form : qAsConst(forms)) {
                if (form.trimmed().isEmpty())
                    problems << QStringLiteral("%1: empty translation").arg(where);
                else if (placeholdersOf(form) != placeholdersOf(source))
                    problems << QStringLiteral("%1: placeholders differ in \"%2\"").arg(where, form);
            }
            // The count as in the source: %n, or %Ln (with the language's group separators).
            const QLatin1String count(source.contains(QLatin1String("%Ln")) ? "%Ln" : "%n");
            if (numerus && !forms.isEmpty() && !forms.last().contains(count))
                problems << QStringLiteral("%1: the plural form has no %n").arg(where);
        }
    }
    if (xml.hasError())
        problems << QStringLiteral("%1: %2").arg(path, xml.errorString());
    if (messages == 0)
        problems << QStringLiteral("%1: no messages").arg(path);
    if (language.isEmpty())
        problems << QStringLiteral("%1: no language attribute").arg(path);
    return problems;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void mainWindowSpeaksTheLanguage_data();
    void mainWindowSpeaksTheLanguage();
    void pluralForms();
    void englishPluralsOnTheWidgets_data();
    void englishPluralsOnTheWidgets();
    void qtStringsFollow();
    void aboutDialogShowsTheVersion();
    void helpMenuOpensTheAboutDialog();
    void languageMenuSavesTheChoice();
    void resolveOrder();
    void followsTheSystemLanguages();
    void tsFilesAreComplete();
    void sourcesAreTranslated();

private:
    struct Session
    {
        explicit Session(const GraphEmulator::Options &options)
            : emulator(options)
        {}
        GraphEmulator emulator;
        GraphClient client;
        std::unique_ptr<TenantLists> lists;
        std::unique_ptr<MainWindow> window;
    };
    // A window on the demo tenant, constructed as tst_mainwindow does, with every list loaded.
    static std::unique_ptr<Session> loadedSession(const GraphEmulator::Options &options = {});
};

std::unique_ptr<TestTranslations::Session>
TestTranslations::loadedSession(const GraphEmulator::Options &options)
{
    auto session = std::make_unique<Session>(options);
    if (!session->emulator.start())
        return nullptr;
    session->client.setBaseUrl(session->emulator.baseUrl());
    session->client.setAccessToken(session->emulator.issueAccessToken());
    session->lists = std::make_unique<TenantLists>(&session->client);
    session->window = std::make_unique<MainWindow>(session->lists.get());
    session->window->show();
    QSignalSpy loaded(session->window.get(), &MainWindow::allLoaded);
    session->window->refresh();
    if (!loaded.wait(20000))
        return nullptr;
    return session;
}

void TestTranslations::initTestCase()
{
    cloudpcTestSetup();
    QCOMPARE(LanguageSupport::availableLanguages(),
             QStringList({QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}));
}

void TestTranslations::init()
{
    QSettings().remove(QStringLiteral("ui/language"));
    QSettings().remove(QStringLiteral("views")); // column widths as on a first start
    QCOMPARE(LanguageSupport::install(QStringLiteral("en")), QStringLiteral("en"));
}

void TestTranslations::cleanupTestCase()
{
    QSettings().remove(QStringLiteral("ui/language"));
    LanguageSupport::install(QStringLiteral("en"));
}

void TestTranslations::mainWindowSpeaksTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("tabs");
    QTest::addColumn<QStringList>("menus");
    QTest::addColumn<QString>("policyHeader");
    QTest::addColumn<QString>("windowTitle");

    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList{QStringLiteral("Overview"), QStringLiteral("Cloud PCs"),
                                       QStringLiteral("Provisioning policies"),
                                       QStringLiteral("Bulk actions"),
                                       QStringLiteral("Users with provisioning errors")}
                        << QStringList{QStringLiteral("&File"), QStringLiteral("&View"),
                                       QStringLiteral("&Go"), QStringLiteral("&Actions"),
                                       QStringLiteral("&Help")}
                        << QStringLiteral("Provisioning policy") << QStringLiteral("Cloud PC Console");
    QTest::newRow("de") << QStringLiteral("de")
                        << QStringList{QStringLiteral("Übersicht"), QStringLiteral("Cloud-PCs"),
                                       QStringLiteral("Bereitstellungsrichtlinien"),
                                       QStringLiteral("Massenaktionen"),
                                       QStringLiteral("Benutzer mit Bereitstellungsfehlern")}
                        << QStringList{QStringLiteral("&Datei"), QStringLiteral("&Ansicht"),
                                       QStringLiteral("&Gehe zu"), QStringLiteral("Ak&tionen"),
                                       QStringLiteral("&Hilfe")}
                        << QStringLiteral("Bereitstellungsrichtlinie") << QStringLiteral("Cloud PC Console");
    QTest::newRow("fr") << QStringLiteral("fr")
                        << QStringList{QStringLiteral("Vue d'ensemble"), QStringLiteral("PC cloud"),
                                       QStringLiteral("Stratégies d'approvisionnement"),
                                       QStringLiteral("Actions en bloc"),
                                       QStringLiteral("Utilisateurs avec des erreurs d'approvisionnement")}
                        << QStringList{QStringLiteral("&Fichier"), QStringLiteral("&Affichage"),
                                       QStringLiteral("A&ller à"), QStringLiteral("Ac&tions"),
                                       QStringLiteral("Ai&de")}
                        << QStringLiteral("Stratégie d'approvisionnement")
                        << QStringLiteral("Cloud PC Console");
}

void TestTranslations::mainWindowSpeaksTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QStringList, tabs);
    QFETCH(QStringList, menus);
    QFETCH(QString, policyHeader);
    QFETCH(QString, windowTitle);

    QCOMPARE(LanguageSupport::install(language), language);
    QCOMPARE(LanguageSupport::currentLanguage(), language);
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    QCOMPARE(window.windowTitle(), windowTitle);
    QCOMPARE(menuTitles(window), menus);
    QCOMPARE(window.lists()->cloudPcModel()->headerData(CloudPcModel::Policy, Qt::Horizontal).toString(),
             policyHeader);

    // Loaded: "<name> (<count>)".
    QStringList expected{tabs.at(MainWindow::OverviewTab)}; // the Overview has no count
    for (int tab = MainWindow::FirstListTab; tab < MainWindow::TabCount; ++tab) {
        const int count = window.page(tab)->proxyModel()->sourceModel()->rowCount();
        QVERIFY2(count > 0, qPrintable(tabs.at(tab)));
        expected << QStringLiteral("%1 (%2)").arg(tabs.at(tab)).arg(count);
    }
    QCOMPARE(tabTexts(window.tabs()), expected);

    // No column header is cut: each section is as wide as its text, its margins and the sort indicator
    // (the layout is the first one: no saved column widths).
    for (int tab = MainWindow::FirstListTab; tab < MainWindow::TabCount; ++tab) {
        QHeaderView *header = window.page(tab)->tableView()->horizontalHeader();
        const int margins = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        for (int column = 0; column < header->count(); ++column) {
            const QString text = header->model()->headerData(column, Qt::Horizontal).toString();
            const int needed = header->fontMetrics().horizontalAdvance(text) + margins;
            QVERIFY2(header->sectionSize(column) >= needed,
                     qPrintable(QStringLiteral("%1: %2 px for %3 px of text")
                                    .arg(text)
                                    .arg(header->sectionSize(column))
                                    .arg(needed)));
        }
    }

    // No status word is cut (issue 18, point 16): the Cloud PCs' Status column fits its icon and every status
    // word (those behind the Prefer header too), the bulk actions' every bulk action status, in this
    // language.
    {
        QTableView *table = window.cloudPcPage()->tableView();
        const int margin =
            2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
        const int icon = table->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, table);
        const int width = table->horizontalHeader()->sectionSize(CloudPcModel::Status);
        for (CloudPcStatus status : CloudPcStatuses::all()) {
            if (status == CloudPcStatus::UnknownFutureValue || status == CloudPcStatus::Unknown)
                continue;
            const QString word = CloudPcStatuses::displayText(status, QString());
            const int needed = table->fontMetrics().horizontalAdvance(word) + icon + margin;
            QVERIFY2(width >= needed,
                     qPrintable(QStringLiteral("%1: %2 px for %3 px").arg(word).arg(width).arg(needed)));
        }
        QTableView *bulk = window.page(MainWindow::BulkActionsTab)->tableView();
        const int bulkWidth = bulk->horizontalHeader()->sectionSize(BulkActionModel::Status);
        for (const char *status : {"pending", "inProgress", "succeeded", "failed"}) {
            const QString word = EnumWords::text(EnumWords::Kind::BulkActionStatus, QLatin1String(status));
            const int needed = bulk->fontMetrics().horizontalAdvance(word) + margin;
            QVERIFY2(bulkWidth >= needed,
                     qPrintable(QStringLiteral("%1: %2 px for %3 px").arg(word).arg(bulkWidth).arg(needed)));
        }
    }

    // The detail pane's labels break between words, never inside one; an address or id goes under its label
    // rather than break inside (issue 18, point 16): at the pane's usual width the user's address is whole on
    // one line (it broke after "adele.graham78@con" beside the German labels), and in a narrow pane the
    // labels still break only between words.
    window.cloudPcPage()->tableView()->selectRow(0);
    QTextBrowser *pane = window.cloudPcPage()->detailView();
    QTRY_VERIFY(!pane->toPlainText().isEmpty());
    const QString upn =
        window.cloudPcPage()->tableView()->model()->index(0, CloudPcModel::User).data().toString();
    QVERIFY(upn.contains(QLatin1Char('@')));
    const auto linesOfBlock = [pane](const QString &text) {
        pane->document()->adjustSize();
        for (QTextBlock block = pane->document()->begin(); block != pane->document()->end();
             block = block.next()) {
            if (block.text() == text)
                return block.layout()->lineCount();
        }
        return -1;
    };
    // On screen, the pane as wide as the splitter makes it.
    window.resize(1360, 800);
    window.tabs()->setCurrentWidget(window.cloudPcPage());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *split = qobject_cast<QSplitter *>(window.cloudPcPage()->tableView()->parentWidget());
    QVERIFY(split);
    const auto paneWidth = [&](int width) {
        const QList<int> sizes = split->sizes();
        int total = 0;
        for (int size : sizes)
            total += size;
        split->setSizes({total - width, width});
    };
    paneWidth(340);
    QTRY_VERIFY(qAbs(pane->width() - 340) < 20);
    QTRY_COMPARE(linesOfBlock(upn), 1);
    // As narrow as the longest label word allows (labels of several words then wrap).
    QFont bold = pane->font();
    bold.setBold(true);
    int longestWord = 0;
    for (QTextBlock block = pane->document()->begin(); block != pane->document()->end();
         block = block.next()) {
        if (block.text().isEmpty() || block.begin().fragment().charFormat().fontWeight() < QFont::Bold)
            continue;
        for (const QString &word : block.text().split(QLatin1Char(' '), Qt::SkipEmptyParts))
            longestWord = qMax(longestWord, QFontMetrics(bold).horizontalAdvance(word));
    }
    const int narrowWidth = longestWord + 2 * int(pane->document()->documentMargin()) + 12 +
                            pane->verticalScrollBar()->sizeHint().width() + 2 * pane->frameWidth();
    // (or as narrow as the pane goes: its Cloud PC sections below have a minimum width)
    paneWidth(narrowWidth);
    QTRY_VERIFY(pane->width() < 300);
    QTest::qWait(50);
    bool mustWrap = false;
    int lines = 0;
    for (QTextBlock block = pane->document()->begin(); block != pane->document()->end();
         block = block.next()) {
        const QString text = block.text();
        if (text.isEmpty() || block.begin().fragment().charFormat().fontWeight() < QFont::Bold)
            continue; // not a label
        mustWrap =
            mustWrap || QFontMetrics(bold).horizontalAdvance(block.text()) >
                            pane->viewport()->width() - 2 * int(pane->document()->documentMargin()) - 12;
        QTextLayout *layout = block.layout();
        for (int i = 0; i + 1 < layout->lineCount(); ++i) {
            ++lines;
            const int end = layout->lineAt(i).textStart() + layout->lineAt(i).textLength();
            QVERIFY(end > 0 && end < text.size());
            QVERIFY2(!(text.at(end - 1).isLetter() && text.at(end).isLetter()),
                     qPrintable(QStringLiteral("'%1' is broken after '%2'").arg(text, text.left(end))));
        }
    }
    QVERIFY(!mustWrap || lines > 0); // labels wider than the pane did wrap (between words)

    // View > Language is there, in the window's language, with the saved choice (none: the system) ticked.
    auto *languageMenu = window.findChild<QMenu *>(QStringLiteral("languageMenu"));
    QVERIFY(languageMenu);
    QCOMPARE(languageMenu->title(), QCoreApplication::translate("LanguageSupport", "&Language"));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("languageAction_system"))->isChecked());
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("languageAction_de"))->text(),
             QStringLiteral("Deutsch"));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("languageAction_fr"))->text(),
             QStringLiteral("Français"));
}

void TestTranslations::pluralForms()
{
    auto rows = [](int n) {
        return QCoreApplication::translate("MainWindow", "%Ln row(s) selected", nullptr, n);
    };
    auto summary = [](int n) {
        return QCoreApplication::translate("Operation", "%Ln accepted", nullptr, n);
    };

    LanguageSupport::install(QStringLiteral("de"));
    QCOMPARE(rows(1), QStringLiteral("1 Zeile ausgewählt"));
    QCOMPARE(rows(0), QStringLiteral("0 Zeilen ausgewählt"));
    QCOMPARE(rows(3), QStringLiteral("3 Zeilen ausgewählt"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "Every %Ln minute(s)", nullptr, 1),
             QStringLiteral("Jede Minute"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "Every %Ln minute(s)", nullptr, 15),
             QStringLiteral("Alle 15 Minuten"));

    LanguageSupport::install(QStringLiteral("fr"));
    QCOMPARE(rows(0), QStringLiteral("0 ligne sélectionnée")); // French: 0 takes the singular
    QCOMPARE(rows(1), QStringLiteral("1 ligne sélectionnée"));
    QCOMPARE(rows(2), QStringLiteral("2 lignes sélectionnées"));
    QCOMPARE(summary(1), QStringLiteral("1 accepté"));
    QCOMPARE(summary(12), QStringLiteral("12 acceptés"));

    // English has its plural forms too: no "(s)".
    LanguageSupport::install(QStringLiteral("en"));
    QCOMPARE(rows(1), QStringLiteral("1 row selected"));
    QCOMPARE(rows(0), QStringLiteral("0 rows selected"));
    QCOMPARE(rows(3), QStringLiteral("3 rows selected"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "Every %Ln minute(s)", nullptr, 1),
             QStringLiteral("Every minute"));
    QCOMPARE(QCoreApplication::translate("ProvisioningPolicyPage", "%Ln hour(s)", nullptr, 48),
             QStringLiteral("48 hours"));
    QCOMPARE(QCoreApplication::translate("ProvisioningPolicyModel", "%Ln group(s)", nullptr, 1),
             QStringLiteral("1 group"));
    QCOMPARE(summary(1), QStringLiteral("1 accepted"));
    QCOMPARE(summary(12), QStringLiteral("12 accepted"));
    // A string without %n is not in the English catalog: its source text stands.
    QCOMPARE(QCoreApplication::translate("MainWindow", "Bulk actions"), QStringLiteral("Bulk actions"));
}

void TestTranslations::englishPluralsOnTheWidgets_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("cloudPcs");
    QTest::addColumn<QString>("countText");
    QTest::addColumn<QString>("loadedMessage"); // the status bar's, up to the time

    QTest::newRow("en, one") << QStringLiteral("en") << 1 << QStringLiteral("1 Cloud PC")
                             << QStringLiteral("Loaded 1 Cloud PC in ");
    QTest::newRow("en, 250") << QStringLiteral("en") << 250 << QStringLiteral("250 Cloud PCs")
                             << QStringLiteral("Loaded 250 Cloud PCs in ");
    QTest::newRow("de, one") << QStringLiteral("de") << 1 << QStringLiteral("1 Cloud-PC")
                             << QStringLiteral("1 Cloud-PC in ");
    QTest::newRow("de, 250") << QStringLiteral("de") << 250 << QStringLiteral("250 Cloud-PCs")
                             << QStringLiteral("250 Cloud-PCs in ");
}

void TestTranslations::englishPluralsOnTheWidgets()
{
    QFETCH(QString, language);
    QFETCH(int, cloudPcs);
    QFETCH(QString, countText);
    QFETCH(QString, loadedMessage);

    QCOMPARE(LanguageSupport::install(language), language);
    GraphEmulator::Options options;
    options.size = cloudPcs;
    auto session = loadedSession(options);
    QVERIFY(session);
    MainWindow &window = *session->window;
    QCOMPARE(window.lists()->cloudPcModel()->rowCount(), cloudPcs);

    // The Cloud PC tab's state line and the status bar's message after the load.
    QCOMPARE(window.cloudPcPage()->stateLabel()->text(), countText);
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.startsWith(loadedMessage), qPrintable(message));
    // The time it took as a duration with the language's decimal separator: "0.3 s", "0,3 s".
    const QString decimal = QLocale().decimalPoint();
    QVERIFY2(message.contains(QRegularExpression(
                 QStringLiteral(" \\d+(%1\\d)? s\\b").arg(QRegularExpression::escape(decimal)))),
             qPrintable(message));

    // No "(s)" left on any tab's state line, the status bar or a cell of the lists.
    QStringList shown{message};
    for (int tab = MainWindow::FirstListTab; tab < MainWindow::TabCount; ++tab) {
        const ListPage *listPage = window.page(tab);
        shown << listPage->stateLabel()->text();
        const QAbstractItemModel *model = listPage->proxyModel()->sourceModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column)
                shown << model->index(row, column).data().toString();
        }
    }
    for (const QString &text : std::as_const(shown))
        QVERIFY2(!text.contains(QLatin1String("(s)")), qPrintable(text));

    if (language != QLatin1String("en"))
        return;
    const int users = window.lists()->errorUserModel()->rowCount();
    QVERIFY(users > 0);
    QCOMPARE(window.errorUserPage()->stateLabel()->text(),
             users == 1 ? QStringLiteral("1 user with provisioning errors")
                        : QStringLiteral("%1 users with provisioning errors").arg(users));
    // A policy's assigned groups: "None", "1 group", "2 groups".
    const ProvisioningPolicyModel *policies = window.lists()->policyModel();
    for (int row = 0; row < policies->rowCount(); ++row) {
        const QModelIndex index = policies->index(row, ProvisioningPolicyModel::AssignedGroups);
        const int groups = index.data(ProvisioningPolicyModel::SortRole).toInt();
        QCOMPARE(index.data().toString(), groups == 0   ? QStringLiteral("None")
                                          : groups == 1 ? QStringLiteral("1 group")
                                                        : QStringLiteral("%1 groups").arg(groups));
    }
}

void TestTranslations::qtStringsFollow()
{
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!QFile::exists(qtDir + QStringLiteral("/qtbase_de.qm")))
        QSKIP("Qt's translations are not installed (Debian: qt6-translations-l10n)");
    auto cancelText = [] {
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        return buttons.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&'));
    };
    LanguageSupport::install(QStringLiteral("de"));
    QCOMPARE(cancelText(), QStringLiteral("Abbrechen"));
    LanguageSupport::install(QStringLiteral("fr"));
    QCOMPARE(cancelText(), QStringLiteral("Annuler"));
    LanguageSupport::install(QStringLiteral("en"));
    QCOMPARE(cancelText(), QStringLiteral("Cancel"));
}

void TestTranslations::aboutDialogShowsTheVersion()
{
    const QUrl graph(QStringLiteral("https://graph.microsoft.com"));
    AboutDialog dialog(graph);
    QCOMPARE(dialog.versionText(), QStringLiteral("Version " CLOUDPC_VERSION));
    QCOMPARE(
        dialog.qtVersionText(),
        QStringLiteral("Built with Qt %1, running on Qt %2").arg(QLatin1String(QT_VERSION_STR), qVersion()));
    QCOMPARE(dialog.endpointText(), QStringLiteral("Microsoft Graph: https://graph.microsoft.com"));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("About Cloud PC Console"));
    auto *licences = dialog.findChild<QLabel *>(QStringLiteral("licenceLabel"));
    QVERIFY(licences);
    for (const char *expected : {"LICENSE", "LGPL version 3", "GPL version 3", "QtKeychain", "BSD"})
        QVERIFY2(licences->text().contains(QLatin1String(expected)), expected);
    QVERIFY(dialog.aboutQtButton());

    // Without an endpoint, no endpoint line.
    AboutDialog bare;
    QVERIFY(bare.endpointText().isEmpty());
    QVERIFY(bare.findChild<QLabel *>(QStringLiteral("endpointLabel"))->isHidden());

    LanguageSupport::install(QStringLiteral("de"));
    AboutDialog german(graph);
    QCOMPARE(german.windowTitle(), QStringLiteral("Über Cloud PC Console"));
    QCOMPARE(german.versionText(), QStringLiteral("Version " CLOUDPC_VERSION));
    QCOMPARE(german.endpointText(), QStringLiteral("Microsoft Graph: https://graph.microsoft.com"));
    LanguageSupport::install(QStringLiteral("fr"));
    AboutDialog french(graph);
    QCOMPARE(french.windowTitle(), QStringLiteral("À propos de Cloud PC Console"));
    QCOMPARE(french.versionText(), QStringLiteral("Version " CLOUDPC_VERSION));
}

void TestTranslations::helpMenuOpensTheAboutDialog()
{
    GraphClient client;
    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9/")));
    TenantLists lists(&client);
    MainWindow window(&lists);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Help is the last menu, after Actions.
    QCOMPARE(window.menuBar()->actions().constLast()->menu()->objectName(), QStringLiteral("helpMenu"));
    auto *about = window.findChild<QAction *>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    QVERIFY(window.findChild<QAction *>(QStringLiteral("aboutQtAction")));
    about->trigger();
    AboutDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<AboutDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->versionText(), QStringLiteral("Version " CLOUDPC_VERSION));
    QCOMPARE(dialog->endpointText(),
             QStringLiteral("Microsoft Graph: %1").arg(client.baseUrl().toDisplayString()));
    // A second About raises the open one.
    about->trigger();
    QCOMPARE(window.findChildren<AboutDialog *>().size(), 1);
    dialog->close();
    QTRY_VERIFY(window.findChildren<AboutDialog *>().isEmpty()); // deleted on close
}

void TestTranslations::languageMenuSavesTheChoice()
{
    GraphClient client;
    TenantLists lists(&client);
    MainWindow window(&lists);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *french = window.findChild<QAction *>(QStringLiteral("languageAction_fr"));
    QVERIFY(french);
    french->trigger();
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("fr"));
    QCOMPARE(LanguageSupport::resolve(), QStringLiteral("fr"));
    // It applies at once (tst_languageswitch checks the rest), and no message speaks of the next start.
    QCOMPARE(LanguageSupport::currentLanguage(), QStringLiteral("fr"));
    QTRY_COMPARE(window.tabs()->tabText(MainWindow::CloudPcsTab), QStringLiteral("PC cloud"));
    QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("languageChangedBox")));

    window.findChild<QAction *>(QStringLiteral("languageAction_system"))->trigger();
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QString());
    QCOMPARE(LanguageSupport::currentLanguage(), LanguageSupport::resolve());
}

void TestTranslations::resolveOrder()
{
    QString problem;
    QCOMPARE(LanguageSupport::resolve(QStringLiteral("de"), &problem), QStringLiteral("de"));
    QCOMPARE(LanguageSupport::resolve(QStringLiteral("FR_ca"), &problem), QStringLiteral("fr"));
    QVERIFY(problem.isEmpty());

    LanguageSupport::setSavedLanguage(QStringLiteral("de"));
    QCOMPARE(LanguageSupport::resolve(), QStringLiteral("de"));                         // the saved one
    QCOMPARE(LanguageSupport::resolve(QStringLiteral("fr")), QStringLiteral("fr"));     // --lang wins
    QCOMPARE(LanguageSupport::resolve(QStringLiteral("system")), QStringLiteral("de")); // "system": the saved
    QCOMPARE(LanguageSupport::resolve(QStringLiteral("xx"), &problem), QStringLiteral("de"));
    QVERIFY(problem.contains(QLatin1String("'xx'")));
    QCOMPARE(LanguageSupport::install(QStringLiteral("xx")), QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "Bulk actions"), QStringLiteral("Massenaktionen"));
    QCOMPARE(QLocale().language(), QLocale::German);
}

void TestTranslations::followsTheSystemLanguages()
{
    // ctest runs this with LC_ALL/LANGUAGE set and the language the console must pick.
    const QString expected = qEnvironmentVariable("CLOUDPC_EXPECT_SYSTEM_LANGUAGE");
    if (expected.isEmpty())
        QSKIP("CLOUDPC_EXPECT_SYSTEM_LANGUAGE is not set");
    qInfo() << "system UI languages:" << QLocale::system().uiLanguages();
    QCOMPARE(LanguageSupport::resolve(), expected);
    QCOMPARE(LanguageSupport::install(), expected);
    QCOMPARE(QCoreApplication::translate("MainWindow", "Provisioning policies"),
             expected == QLatin1String("fr")   ? QStringLiteral("Stratégies d'approvisionnement")
             : expected == QLatin1String("de") ? QStringLiteral("Bereitstellungsrichtlinien")
                                               : QStringLiteral("Provisioning policies"));
}

void TestTranslations::tsFilesAreComplete()
{
    QStringList problems;
    QSet<QString> german, french, germanPlurals, english;
    problems += tsProblems(kSourceDir + QStringLiteral("/translations/cloudpc-console_de.ts"), &german,
                           &germanPlurals);
    problems += tsProblems(kSourceDir + QStringLiteral("/translations/cloudpc-console_fr.ts"), &french);
    problems += tsProblems(kSourceDir + QStringLiteral("/translations/") + kEnglishTsFile, &english);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(german, french); // the same messages in both
    QVERIFY(german.size() > 300);
    QCOMPARE(english, germanPlurals); // English: every %n string, and only those
    QVERIFY(english.size() > 30);
}

void TestTranslations::sourcesAreTranslated()
{
    // Run by the translations_current test: lupdate over the sources into copies of the .ts files must find
    // nothing new to translate.
    if (qEnvironmentVariable("CLOUDPC_CHECK_LUPDATE") != QLatin1String("1"))
        QSKIP("run as the translations_current test (CLOUDPC_CHECK_LUPDATE=1)");
    const QString lupdate = QStringLiteral(CLOUDPC_LUPDATE);
    if (!QFile::exists(lupdate))
        QSKIP("lupdate is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList arguments{QStringLiteral("-locations"),
                          QStringLiteral("none"),
                          QStringLiteral("-no-obsolete"),
                          QStringLiteral("-silent"),
                          QStringLiteral("@" CLOUDPC_LUPDATE_LIST),
                          QStringLiteral("-ts")};
    for (const QString &ts : kTsFiles) {
        QVERIFY(QFile::copy(kSourceDir + QStringLiteral("/translations/") + ts, dir.filePath(ts)));
        QFile::setPermissions(dir.filePath(ts), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        arguments << dir.filePath(ts);
    }
    QProcess process;
    process.start(lupdate, arguments);
    QVERIFY(process.waitForFinished(120000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    // English as update_translations makes it: only the %n strings.
    QVERIFY(QFile::copy(kSourceDir + QStringLiteral("/translations/") + kEnglishTsFile,
                        dir.filePath(kEnglishTsFile)));
    QFile::setPermissions(dir.filePath(kEnglishTsFile), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    arguments.erase(arguments.begin() + arguments.indexOf(QStringLiteral("-ts")) + 1, arguments.end());
    arguments.prepend(QStringLiteral("-pluralonly"));
    arguments << dir.filePath(kEnglishTsFile);
    process.start(lupdate, arguments);
    QVERIFY(process.waitForFinished(120000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

    QStringList problems;
    for (const QString &ts : kTsFiles + QStringList{kEnglishTsFile}) {
        QSet<QString> before, after;
        tsProblems(kSourceDir + QStringLiteral("/translations/") + ts, &before);
        problems += tsProblems(dir.filePath(ts), &after);
        const QSet<QString> stale = before - after;
        if (!stale.isEmpty()) {
            qWarning("%s: %lld translation(s) no longer in the sources (update_translations drops them)",
                     qPrintable(ts), qlonglong(stale.size()));
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral(
                            "Strings in the sources without a translation; run "
                            "'cmake --build <build> --target update_translations' and translate them:\n") +
                        problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
