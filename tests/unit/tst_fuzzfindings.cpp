// One test per finding of the fuzzers (packaging/run-fuzzers.sh): the input that broke an invariant, and
// the clear answer the code now gives instead. The inputs are also seeds in tests/fuzz/corpus/.
#include "auditlog.h"
#include "batchjob.h"
#include "bulkaction.h"
#include "claimschallenge.h"
#include "cloudpc.h"
#include "graphpage.h"
#include "jsonreader.h"
#include "tokenresponse.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

class TestFuzzFindings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void claimsThatAreNotUtf8AreNoChallenge();
    void dateOutsideDateTimeOffsetRangeIsAProblem();
    void bulkActionCountsAreWholeAndNotNegative();
    void tokenLifetimeIsBounded();
    void cachedExpiryFarAwayIsNotBelieved();
    void appendAfterATornLineStartsANewLine();
    void auditCsvQuotesCarriageReturns();
    void auditHttpStatusOutOfRangeIsDropped();
    void odataCountThatIsNoCountIsIgnored();
    void batchIdThatIsNoWholeNumberAnswersNothing();
};

namespace {
QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}
} // namespace

// fuzz_www_authenticate: base64 of {"vb\x13\\\x97s_token":…}, bytes that are no UTF-8. Passed on, the claims
// sent to the authorize endpoint would not be the JSON Graph sent; now it is no challenge (plain refresh).
void TestFuzzFindings::claimsThatAreNotUtf8AreNoChallenge()
{
    // (Plain string literals: moc misreads raw strings that end in a quote.)
    const QByteArray header =
        "Bearer realm=\"\", authorization_uri=\"https://login.microsoftonline.com/common/"
        "oaut0000-c000-000000000000\", error=\"insufficient_claims\", claims=\"eyJ2YhNcl3Nf"
        "dG9rZW4iOnsiYWNycyI6eyJlc3NlbnRpYWwiOnRydWUsInZhbHVlIjoiYzEifX19\"";
    QVERIFY(ClaimsChallenge::claimsJson(header).isEmpty());
    // The challenge Graph sends still comes through, decoded.
    const QByteArray claims = "{\"access_token\":{\"acrs\":{\"essential\":true,\"value\":\"c1\"}}}";
    QCOMPARE(ClaimsChallenge::claimsJson("Bearer realm=\"\", error=\"insufficient_claims\", claims=\"" +
                                         claims.toBase64() + '"'),
             QString::fromLatin1(claims));
    QVERIFY(
        ClaimsChallenge::claimsJson("Bearer error=\"insufficient_claims\", claims=\"aGVsbG8=\"").isEmpty());
    QVERIFY(ClaimsChallenge::claimsJson("Bearer error=\"insufficient_claims\", xclaims=\"e30=\"").isEmpty());
}

// fuzz_cloudpc_page: "0000-01-01T00:00:00+01:00" is year -1 in UTC and "9999-12-31T23:59:59.999-14:00" year
// 10000: both were read as dates that toJson could not write back (lost in the JSON export).
void TestFuzzFindings::dateOutsideDateTimeOffsetRangeIsAProblem()
{
    QStringList problems;
    const std::optional<CloudPc> pc =
        CloudPc::fromJson(json(R"({"id":"d1","lastModifiedDateTime":"2024-05-01T10:00:00.1234567+02:00",
                 "gracePeriodEndDateTime":"0000-01-01T00:00:00+01:00"})"),
                          &problems);
    QVERIFY(pc);
    QCOMPARE(pc->lastModifiedDateTime, QDateTime(QDate(2024, 5, 1), QTime(8, 0, 0, 123), Qt::UTC));
    QVERIFY(!pc->gracePeriodEndDateTime.isValid());
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems[0].contains(QLatin1String("gracePeriodEndDateTime")), qPrintable(problems[0]));
    QVERIFY(!parseGraphDateTime(QStringLiteral("9999-12-31T23:59:59.999-14:00")).isValid());
    QVERIFY(parseGraphDateTime(QStringLiteral("9999-12-31T23:59:59.999Z")).isValid());
    QCOMPARE(CloudPc::fromJson(pc->toJson()), pc);
}

// fuzz_bulkaction_page: negative and fractional counts were taken as they came (-5 succeeded, 1.5 in
// progress), and the summary bar computes its segments from them.
void TestFuzzFindings::bulkActionCountsAreWholeAndNotNegative()
{
    QStringList problems;
    const std::optional<BulkAction> action = BulkAction::fromJson(
        json(R"({"id":"b1","actionSummary":{"successfulCount":-5,"failedCount":9e15,"inProgressCount":1.5,
                 "pendingCount":"3","notSupportedCount":null}})"),
        &problems);
    QVERIFY(action);
    QCOMPARE(action->actionSummary.successfulCount, 0);
    QCOMPARE(action->actionSummary.failedCount, qint64(9e15));
    QCOMPARE(action->actionSummary.inProgressCount, 0);
    QCOMPARE(action->actionSummary.pendingCount, 0);
    QCOMPARE(action->actionSummary.notSupportedCount, 0);
    QCOMPARE(problems.size(), 3);
    QVERIFY2(problems[0].contains(QLatin1String("successfulCount")), qPrintable(problems.join('\n')));
}

// fuzz_token_reply: expires_in 1e16 overflowed QDateTime (an invalid expiry: the token never counted as
// valid), and smaller huge values gave expiries no refresh timer can be set for.
void TestFuzzFindings::tokenLifetimeIsBounded()
{
    for (const char *reply : {R"({"access_token":"a","token_type":"Bearer","expires_in":1e16})",
                              R"({"access_token":"a","token_type":"Bearer","expires_in":"99999999999999"})",
                              R"({"access_token":"a","token_type":"Bearer","expires_in":100000000000})"}) {
        const std::optional<TokenResponse> tokens = TokenResponse::fromReply(json(reply));
        QVERIFY(tokens);
        QVERIFY2(tokens->expiresOnUtc.isValid(), reply);
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(tokens->expiresOnUtc);
        QVERIFY2(left > 0 && left <= TokenResponse::kMaxLifetimeSeconds, reply);
        QVERIFY(tokens->accessTokenValidFor(300));
    }
}

// The keychain side of the same: a cached expiry in year 9999 is not believed (the token is refreshed).
void TestFuzzFindings::cachedExpiryFarAwayIsNotBelieved()
{
    const std::optional<TokenResponse> cached = TokenResponse::fromCacheJson(
        json(R"({"version":1,"accessToken":"a","refreshToken":"r","expiresOn":"9999-12-31T23:59:59Z"})"));
    QVERIFY(cached);
    QCOMPARE(cached->refreshToken, QStringLiteral("r"));
    QVERIFY(!cached->expiresOnUtc.isValid());
    QVERIFY(!cached->accessTokenValidFor(0));
}

// fuzz_audit_log: a log whose last line was torn by a crash. The "outcome unknown" record that
// recoverInterrupted() appended was glued to the torn line, unreadable, so the act was reported again on
// every start.
void TestFuzzFindings::appendAfterATornLineStartsANewLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.jsonl"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"time":"2024-05-01T10:00:00Z","phase":"sending","operationId":"op","itemId":"i","targets":["i"]})"
            "\n"
            R"({"time":"2024-05-01T10:00:01Z","phase":"outc)");
    }
    AuditLog log(path);
    QCOMPARE(log.read().records.size(), 1);
    QCOMPARE(log.recoverInterrupted().size(), 1);
    QVERIFY(log.recoverInterrupted().isEmpty()); // reported once
    const AuditLog::ReadResult read = log.read();
    QCOMPARE(read.records.size(), 2);
    QCOMPARE(read.records[1].result, QStringLiteral("outcomeUnknown"));
    QCOMPARE(read.skippedLines, 1); // the torn line alone
}

// fuzz_audit_log: a carriage return in a field was written unquoted, which a spreadsheet reads as a new row.
void TestFuzzFindings::auditCsvQuotesCarriageReturns()
{
    QTemporaryDir dir;
    AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
    AuditRecord record;
    record.time = QDateTime::currentDateTimeUtc();
    record.phase = AuditRecord::Phase::Outcome;
    record.operationId = QStringLiteral("op");
    record.operation = QStringLiteral("reprovision");
    record.result = QStringLiteral("failed");
    record.errorMessage = QStringLiteral("line\rbreak");
    QVERIFY(log.append(record));
    const QString csv = dir.filePath(QStringLiteral("audit.csv"));
    QVERIFY(log.exportCsv(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY2(text.endsWith(",\"line\rbreak\"\n"), text.constData());
}

// fuzz_audit_log seed: "httpStatus": 4294967700 was narrowed to int and read as 404.
void TestFuzzFindings::auditHttpStatusOutOfRangeIsDropped()
{
    const std::optional<AuditRecord> record = AuditRecord::fromJson(json(
        R"({"time":"2024-05-01T10:00:00Z","phase":"outcome","operationId":"op","httpStatus":4294967700})"));
    QVERIFY(record);
    QCOMPARE(record->httpStatus, 0);
    QCOMPARE(
        AuditRecord::fromJson(json(R"({"time":"2024-05-01T10:00:00Z","phase":"outcome","operationId":"op",
                                            "httpStatus":429})"))
            ->httpStatus,
        429);
}

// Found while taking the page parser out of GraphListJob for fuzzing: @odata.count 1e300 was cast from
// double to qint64, which is undefined behaviour (UBSan: float-cast-overflow).
void TestFuzzFindings::odataCountThatIsNoCountIsIgnored()
{
    const QUrl base(QStringLiteral("https://graph.microsoft.com"));
    QCOMPARE(GraphPage::fromJson(json(R"({"@odata.count":1e300,"value":[]})"), base).totalCount, -1);
    QCOMPARE(GraphPage::fromJson(json(R"({"@odata.count":-3,"value":[]})"), base).totalCount, -1);
    QCOMPARE(GraphPage::fromJson(json(R"({"@odata.count":12.5,"value":[]})"), base).totalCount, -1);
    QCOMPARE(GraphPage::fromJson(json(R"({"@odata.count":"12","value":[]})"), base).totalCount, -1);
    QCOMPARE(GraphPage::fromJson(json(R"({"@odata.count":12,"value":[]})"), base).totalCount, 12);
}

// fuzz_batch_reply: a $batch answer with the id 2e19 (a number beyond qint64) was taken as the answer to
// request "0": QJsonValue::toInteger() gives 0 for a number it cannot convert, and the same for 0.5 or 1e300.
// Such an answer is now for an id asked for by nobody; the request itself is left unanswered.
void TestFuzzFindings::batchIdThatIsNoWholeNumberAnswersNothing()
{
    const QList<QString> ids{QStringLiteral("0"), QStringLiteral("1")};
    BatchReply reply = BatchJob::parseReply(
        R"({"responses":[{"istatus":204},{"id":2e019,"status":204},{"id":0.5,"status":204},{"id":1e300,"status":204}]})",
        ids);
    QVERIFY(reply.problem.isEmpty());
    QVERIFY(reply.answers.isEmpty());
    QCOMPARE(reply.unanswered, QList<int>({0, 1}));
    QCOMPARE(reply.strays, QStringList({QStringLiteral("(none)"), QStringLiteral("2e+19"),
                                        QStringLiteral("0.5"), QStringLiteral("1e+300")}));

    // Whole numbers still name their request, as strings do.
    reply = BatchJob::parseReply(R"({"responses":[{"id":1,"status":202},{"id":"0","status":204}]})", ids);
    QCOMPARE(reply.answers.size(), 2);
    QCOMPARE(reply.answers.at(0).request, 1);
    QCOMPARE(reply.answers.at(0).status, 202);
    QCOMPARE(reply.answers.at(1).request, 0);
    QVERIFY(reply.unanswered.isEmpty());
    QVERIFY(reply.strays.isEmpty());
}

QTEST_GUILESS_MAIN(TestFuzzFindings)
#include "tst_fuzzfindings.moc"
