// The body of a JSON $batch reply, read by BatchJob::parseReply as BatchJob::onBatchFinished reads it: every
// request asked for gets exactly one answer or is unanswered, whatever the reply holds, and an answer is
// only taken for a request whose id the reply names.
#include "batchjob.h"
#include "fuzzsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace {
// The ids BatchJob sends (entry indexes), a smaller set, and ids that are not numbers, one repeated.
const QList<QList<QString>> &idSets()
{
    static const QList<QList<QString>> sets = [] {
        QList<QString> twenty;
        for (int i = 0; i < BatchJob::kMaxRequestsPerBatch; ++i)
            twenty << QString::number(i);
        return QList<QList<QString>>{
            twenty,
            {QStringLiteral("3"), QStringLiteral("0"), QStringLiteral("17")},
            {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a"), QString()},
            {}};
    }();
    return sets;
}

// Whether a response of the reply names this id: the same string, or a number of that exact value.
bool namesId(const QJsonValue &response, const QString &id)
{
    const QJsonValue value = response.toObject().value(QStringLiteral("id"));
    if (value.isString())
        return value.toString() == id;
    if (!value.isDouble())
        return id.isEmpty();
    bool isNumber = false;
    const qlonglong number = id.toLongLong(&isNumber);
    return isNumber && value.toDouble() == double(number) && QString::number(number) == id;
}

void check(const QByteArray &body, const QList<QString> &ids)
{
    const BatchReply reply = BatchJob::parseReply(body, ids);
    const int count = int(ids.size());

    // Every position exactly once: answered or unanswered.
    QList<int> seen(count, 0);
    for (const BatchSubResponse &answer : reply.answers) {
        FUZZ_CHECK(answer.request >= 0 && answer.request < count);
        ++seen[answer.request];
        FUZZ_CHECK(answer.status == 0 || (answer.status >= 100 && answer.status <= 599));
        if (answer.status == 0)
            FUZZ_CHECK(answer.headers.isEmpty() && answer.body.isEmpty());
    }
    for (int position : reply.unanswered) {
        FUZZ_CHECK(position >= 0 && position < count);
        ++seen[position];
    }
    for (int times : seen)
        FUZZ_CHECK(times == 1);

    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!reply.problem.isEmpty()) {
        FUZZ_CHECK(reply.answers.isEmpty() && reply.strays.isEmpty());
        FUZZ_CHECK(int(reply.unanswered.size()) == count);
        FUZZ_CHECK(!document.isObject() || !document.object().value(QStringLiteral("responses")).isArray());
        return;
    }
    FUZZ_CHECK(document.isObject());
    const QJsonArray responses = document.object().value(QStringLiteral("responses")).toArray();
    // Each response is an answer or a stray, and an answer is for a request the reply names.
    FUZZ_CHECK(reply.answers.size() + reply.strays.size() == responses.size());
    for (const BatchSubResponse &answer : reply.answers) {
        const QString &id = ids.at(answer.request);
        FUZZ_CHECK(std::any_of(responses.begin(), responses.end(),
                               [&id](const QJsonValue &response) { return namesId(response, id); }));
    }
    for (const QString &stray : reply.strays)
        FUZZ_CHECK(!stray.isEmpty());
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzzInitialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    for (const QList<QString> &ids : idSets())
        check(body, ids);
    return 0;
}
