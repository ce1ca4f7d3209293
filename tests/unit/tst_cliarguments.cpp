#include "cliarguments.h"

#include <QtTest>

class TestCliArguments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void globalOptionsAnywhere();
    void commandOptionsWithValues();
    void repeatableOption();
    void usageErrors_data();
    void usageErrors();
    void helpForACommand();
    void csvFieldsAreQuotedAndDefused();
};

static CliArguments parseOk(const QStringList &arguments)
{
    CliArguments parsed;
    QString error;
    const bool ok = CliArguments::parse(arguments, &parsed, &error);
    if (!ok)
        qWarning() << error;
    return ok ? parsed : CliArguments();
}

void TestCliArguments::globalOptionsAnywhere()
{
    const CliArguments parsed =
        parseOk({QStringLiteral("--demo"), QStringLiteral("cloudpcs"), QStringLiteral("list"),
                 QStringLiteral("--format=csv"), QStringLiteral("--cloud"), QStringLiteral("usgov")});
    QVERIFY(parsed.command);
    QCOMPARE(parsed.command->words, (QStringList{QStringLiteral("cloudpcs"), QStringLiteral("list")}));
    QVERIFY(parsed.demo);
    QCOMPARE(parsed.format, CliOutput::Format::Csv);
    QCOMPARE(parsed.cloud, QStringLiteral("usgov"));
}

void TestCliArguments::commandOptionsWithValues()
{
    const CliArguments parsed =
        parseOk({QStringLiteral("cloudpcs"), QStringLiteral("reprovision"), QStringLiteral("a"),
                 QStringLiteral("--os"), QStringLiteral("windows11"), QStringLiteral("b"),
                 QStringLiteral("--account-type=administrator")});
    QVERIFY(parsed.command);
    QCOMPARE(parsed.positionals, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(parsed.value(QStringLiteral("os")), QStringLiteral("windows11"));
    QCOMPARE(parsed.value(QStringLiteral("account-type")), QStringLiteral("administrator"));
    QVERIFY(parsed.command->destructive);
}

void TestCliArguments::repeatableOption()
{
    const CliArguments parsed =
        parseOk({QStringLiteral("bulk-actions"), QStringLiteral("retry"), QStringLiteral("action-1"),
                 QStringLiteral("--cloudpc"), QStringLiteral("pc-1"), QStringLiteral("--cloudpc"),
                 QStringLiteral("pc-2")});
    QVERIFY(parsed.command);
    QCOMPARE(parsed.values(QStringLiteral("cloudpc")),
             (QStringList{QStringLiteral("pc-1"), QStringLiteral("pc-2")}));
}

void TestCliArguments::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("nothing") << QStringList() << "no command given";
    QTest::newRow("unknown command") << QStringList{"cloudpcs", "explode"}
                                     << "unknown command 'cloudpcs explode'";
    QTest::newRow("unknown format") << QStringList{"--format", "xml", "whoami"} << "unknown format 'xml'";
    QTest::newRow("foreign option") << QStringList{"policies", "list", "--os", "windows10"}
                                    << "'policies list' has no option '--os'";
    QTest::newRow("bad enum") << QStringList{"cloudpcs", "reprovision", "x", "--os", "unknownFutureValue"}
                              << "must be one of windows10, windows11";
    QTest::newRow("missing id") << QStringList{"policies", "retry"} << "needs ID";
    QTest::newRow("two ids") << QStringList{"policies", "retry", "a", "b"} << "takes one ID";
    QTest::newRow("missing value") << QStringList{"cloudpcs", "list", "--status"} << "needs a value";
    QTest::newRow("twice") << QStringList{"cloudpcs", "list", "--status", "a", "--status", "b"}
                           << "given twice";
    QTest::newRow("single dash") << QStringList{"-x", "whoami"} << "unknown option '-x'";
}

void TestCliArguments::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    CliArguments parsed;
    QString error;
    QVERIFY(!CliArguments::parse(arguments, &parsed, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestCliArguments::helpForACommand()
{
    const CliArguments parsed =
        parseOk({QStringLiteral("bulk-actions"), QStringLiteral("retry"), QStringLiteral("--help")});
    QVERIFY(parsed.help);
    QVERIFY(parsed.command);
    const QString help = parsed.command->help();
    QVERIFY(help.contains(QLatin1String("--cloudpc ID")));
    QVERIFY(help.contains(QLatin1String("--yes")));
    QVERIFY(CliArguments::globalHelp().contains(QLatin1String("users retry-provisioning")));
}

void TestCliArguments::csvFieldsAreQuotedAndDefused()
{
    QCOMPARE(CliOutput::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
    QCOMPARE(CliOutput::csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(CliOutput::csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    QCOMPARE(CliOutput::csvField(QStringLiteral("=HYPERLINK(1)")), QStringLiteral("'=HYPERLINK(1)"));
}

QTEST_GUILESS_MAIN(TestCliArguments)
#include "tst_cliarguments.moc"
