// Icons::named: every icon name the console uses is in the resources (a misspelt name fails here, not as a
// blank button), every call site goes through Icons::named, and the PNG path of the Windows build (no Qt SVG)
// gives each icon at its sizes from the renders the build makes (the cloudpc-icon-pngs target).
#include "actcatalog.h"
#include "cloudpcstatus.h"
#include "icons.h"
#include "statusstyle.h"

#include <QDir>
#include <QDirIterator>
#include <QGuiApplication>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestIcons : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void resourcesHoldEveryIcon();
    void everyNameInTheSourcesExists();
    void callSitesGoThroughIcons();
    void misspeltNameGivesNoIcon();
    void namedIconDraws();
    void pngRendersGiveEverySize();
    void missingRendersGiveNoSize();

private:
    static QStringList sourceFiles();
};

QStringList TestIcons::sourceFiles()
{
    QStringList files;
    for (const char *folder : {"ui", "app"}) {
        QDirIterator it(QStringLiteral(CLOUDPC_SOURCE_DIR "/") + QLatin1String(folder),
                        {QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    return files;
}

void TestIcons::resourcesHoldEveryIcon()
{
    QStringList svgs = QDir(QStringLiteral(CLOUDPC_SOURCE_DIR "/resources/icons"))
                           .entryList({QStringLiteral("*.svg")}, QDir::Files, QDir::Name);
    for (QString &svg : svgs)
        svg.chop(4);
    QVERIFY(svgs.size() >= 19);
    QCOMPARE(Icons::names(), svgs);
    for (const QString &name : svgs)
        QVERIFY2(Icons::exists(name), qPrintable(name));
}

void TestIcons::everyNameInTheSourcesExists()
{
    // Literal names at the call sites: Icons::named(QStringLiteral("...")) and the acts' icons.
    const QRegularExpression literal(
        QStringLiteral("(?:Icons::named\\(|\\.icon = )QStringLiteral\\(\"([^\"]*)\"\\)"));
    int found = 0;
    for (const QString &path : sourceFiles()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (auto it = literal.globalMatch(text); it.hasNext();) {
            const QString name = it.next().captured(1);
            QVERIFY2(Icons::exists(name),
                     qPrintable(path + QLatin1String(" uses an icon the resources do not hold: ") + name));
            ++found;
        }
    }
    QVERIFY2(found >= 25, qPrintable(QString::number(found))); // the pattern still matches the call sites
    // Names that are not literals at a call site: the acts' and the statuses'.
    for (const ActDefinition &act : ActCatalog::all())
        QVERIFY2(Icons::exists(act.icon), qPrintable(act.kind + QLatin1String(": ") + act.icon));
    for (int status = int(CloudPcStatus::NotProvisioned); status <= int(CloudPcStatus::Unknown); ++status) {
        const QString name = StatusStyle::iconName(CloudPcStatus(status));
        QVERIFY2(Icons::exists(name), qPrintable(name));
        QVERIFY(!StatusStyle::icon(CloudPcStatus(status)).isNull());
    }
}

void TestIcons::callSitesGoThroughIcons()
{
    // A resource path or a QIcon from a file anywhere else would bypass the PNG renders of the Windows build.
    const QRegularExpression bypass(QStringLiteral("\":/icons/|\\bQIcon\\(QString"));
    for (const QString &path : sourceFiles()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(!bypass.match(text).hasMatch(), qPrintable(path));
    }
}

void TestIcons::misspeltNameGivesNoIcon()
{
    QVERIFY(!Icons::exists(QStringLiteral("tab-user")));
    QTest::ignoreMessage(QtWarningMsg, "no icon named \"tab-user\"");
    QVERIFY(Icons::named(QStringLiteral("tab-user")).isNull());
}

void TestIcons::namedIconDraws()
{
    const QIcon icon = Icons::named(QStringLiteral("tab-users"));
    QVERIFY(!icon.isNull());
    const QImage image = icon.pixmap(QSize(32, 32)).toImage();
    QCOMPARE(image.size(), QSize(32, 32));
    int opaque = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            opaque += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    QVERIFY2(opaque > 32, qPrintable(QString::number(opaque)));
}

void TestIcons::pngRendersGiveEverySize()
{
    const QString renders = QStringLiteral(CLOUDPC_ICON_RENDERS);
    QVERIFY2(QDir(renders).exists(), qPrintable(renders));
    const QStringList names = Icons::names();
    QVERIFY(names.contains(QStringLiteral("cloudpc-console")));
    for (const QString &name : names) {
        const QList<int> sizes = Icons::pngSizes(name);
        QCOMPARE(sizes.size(), name == QLatin1String("cloudpc-console") ? 6 : 5);
        const QIcon icon = Icons::fromPngs(renders, name);
        QVERIFY2(!icon.isNull(), qPrintable(name));
        QList<QSize> expected;
        for (const int size : sizes)
            expected.append(QSize(size, size));
        QCOMPARE(icon.availableSizes(), expected);
        for (const int size : sizes) {
            const QImage image = icon.pixmap(QSize(size, size)).toImage();
            QCOMPARE(image.size(), QSize(size, size));
            // A render, not an empty image: its centre region has drawn pixels.
            int drawn = 0;
            for (int y = 0; y < size; ++y)
                for (int x = 0; x < size; ++x)
                    drawn += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
            QVERIFY2(drawn > size, qPrintable(QStringLiteral("%1 at %2 px").arg(name).arg(size)));
        }
    }
}

void TestIcons::missingRendersGiveNoSize()
{
    QTemporaryDir empty;
    QVERIFY(Icons::fromPngs(empty.path(), QStringLiteral("tab-users")).availableSizes().isEmpty());
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
