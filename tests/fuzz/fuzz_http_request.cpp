// The emulator's HTTP/1.1 request parser (HttpRequestParser, app/emulator), which reads whatever a client
// sends to cloudpc-emulator: the same requests (or the same error) whether the bytes come at once or in
// pieces, never more held than its limits allow, and only well-formed requests handed on.
#include "fuzzsupport.h"
#include "httprequestparser.h"

#include <QUrl>

namespace {
HttpRequestParser::Limits fuzzLimits()
{
    HttpRequestParser::Limits limits; // small, so that inputs reach them
    limits.maxHeadBytes = 2048;
    limits.maxBodyBytes = 8192;
    limits.maxHeaderFields = 20;
    return limits;
}

struct Outcome
{
    QList<EmulatorRequest> requests;
    QList<bool> keepAlive;
    HttpRequestParser::Result last = HttpRequestParser::Result::NeedMore;
    int errorStatus = 0;
};

Outcome parse(const QByteArray &input, qsizetype step)
{
    const HttpRequestParser::Limits limits = fuzzLimits();
    HttpRequestParser parser(limits);
    Outcome outcome;
    for (qsizetype at = 0; at < input.size() && outcome.last != HttpRequestParser::Result::Error;
         at += step) {
        parser.feed(QByteArrayView(input).sliced(at, qMin(step, input.size() - at)));
        for (;;) {
            EmulatorRequest request;
            bool keepAlive = false;
            outcome.last = parser.next(&request, &keepAlive);
            // What it holds: a head in the making, or a body no longer than the limit, plus one piece.
            FUZZ_CHECK(parser.buffered() <= input.size());
            if (outcome.last != HttpRequestParser::Result::Request) {
                if (outcome.last == HttpRequestParser::Result::NeedMore)
                    FUZZ_CHECK(parser.buffered() <= limits.maxHeadBytes + limits.maxBodyBytes + step);
                break;
            }
            FUZZ_CHECK(!request.method.isEmpty() && !request.method.contains(' '));
            FUZZ_CHECK(request.url.path().startsWith(QLatin1Char('/')));
            FUZZ_CHECK(request.body.size() <= limits.maxBodyBytes);
            FUZZ_CHECK(request.headers.size() <= limits.maxHeaderFields);
            outcome.requests.append(request);
            outcome.keepAlive.append(keepAlive);
        }
    }
    if (outcome.last == HttpRequestParser::Result::Error) {
        const int status = parser.errorStatus();
        FUZZ_CHECK(status == 400 || status == 411 || status == 413 || status == 431 || status == 501 ||
                   status == 505);
        FUZZ_CHECK(!parser.errorReason().isEmpty());
        FUZZ_CHECK(parser.buffered() == 0);
    }
    outcome.errorStatus = parser.errorStatus();
    return outcome;
}

bool sameRequest(const EmulatorRequest &a, const EmulatorRequest &b)
{
    return a.method == b.method && a.url.toEncoded() == b.url.toEncoded() && a.headers == b.headers &&
           a.body == b.body;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzzInitialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const QByteArray input = fuzzBytes(data, size);
    const Outcome whole = parse(input, qMax<qsizetype>(1, input.size()));
    const qsizetype steps[] = {1, 1 + (input.isEmpty() ? 0 : static_cast<unsigned char>(input.back()) % 61)};
    for (const qsizetype step : steps) {
        if (step == 1 && input.size() > 8192)
            continue; // byte by byte only for the smaller inputs, to keep the rate up
        const Outcome pieces = parse(input, step);
        FUZZ_CHECK(pieces.last == whole.last);
        FUZZ_CHECK(pieces.errorStatus == whole.errorStatus);
        FUZZ_CHECK(pieces.requests.size() == whole.requests.size());
        FUZZ_CHECK(pieces.keepAlive == whole.keepAlive);
        for (qsizetype i = 0; i < whole.requests.size(); ++i)
            FUZZ_CHECK(sameRequest(pieces.requests[i], whole.requests[i]));
    }
    return 0;
}
