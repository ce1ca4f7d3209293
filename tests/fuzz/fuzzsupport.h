#pragma once

// Shared by the libFuzzer targets of tests/fuzz: one Qt application object, Qt's messages kept quiet (a
// fatal one still aborts, so libFuzzer reports it), an invariant check that aborts like a crash, and the
// split of a raw HTTP reply ("HTTP/1.1 401 Unauthorized\r\nName: value\r\n\r\nbody") that the seeds taken
// from the emulator are written in.

#include <QByteArray>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

// Aborts (a crash to libFuzzer) when an invariant of the code under test does not hold.
#define FUZZ_CHECK(condition)                                                                                \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "fuzz invariant failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);     \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)

inline void fuzzMessageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "Qt fatal: %s\n", qPrintable(message));
        std::abort();
    }
}

// Call from LLVMFuzzerInitialize. gui: a QGuiApplication on the offscreen platform (for the models, whose
// data() may make colours, fonts and icons); otherwise a QCoreApplication.
inline void fuzzInitialize(int *argc, char ***argv, bool gui = false)
{
    qInstallMessageHandler(fuzzMessageHandler);
    if (QCoreApplication::instance())
        return; // the corpus replay runs every target in one process, with one (GUI) application
    if (gui) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        static std::unique_ptr<QGuiApplication> app(new QGuiApplication(*argc, *argv));
    } else {
        static std::unique_ptr<QCoreApplication> app(new QCoreApplication(*argc, *argv));
    }
}

inline QByteArray fuzzBytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

struct FuzzHttpReply
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &pair : headers) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                return pair.second;
        }
        return {};
    }
};

// The status line may be "HTTP/1.1 404 Not Found" or just "404"; lines end with \n or \r\n; the head ends
// at the first empty line, the rest is the body. Input without a head is all body with status 200.
inline FuzzHttpReply fuzzSplitHttpReply(const QByteArray &data)
{
    FuzzHttpReply reply;
    reply.status = 200;
    int end = data.indexOf("\n\n");
    int bodyStart = end + 2;
    const int crlf = data.indexOf("\r\n\r\n");
    if (crlf >= 0 && (end < 0 || crlf < end)) {
        end = crlf;
        bodyStart = crlf + 4;
    }
    if (end < 0 ||
        !(data.startsWith("HTTP/") || (!data.isEmpty() && data.front() >= '1' && data.front() <= '5'))) {
        reply.body = data;
        return reply;
    }
    const QList<QByteArray> lines = data.left(end).split('\n');
    QByteArray statusLine = lines.value(0).trimmed();
    if (statusLine.startsWith("HTTP/"))
        statusLine = statusLine.mid(statusLine.indexOf(' ') + 1);
    reply.status = statusLine.left(3).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const int colon = lines[i].indexOf(':');
        if (colon > 0)
            reply.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
    }
    reply.body = data.mid(bodyStart);
    return reply;
}

// Splits RFC 4180 CSV; every record ends with CRLF (crlf) or LF. A line break outside quotes inside a record
// (a spreadsheet would start a new row there), or a stray quote, fails the check.
inline QList<QStringList> fuzzReadCsv(const QString &text, bool crlf)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            FUZZ_CHECK(field.isEmpty() && !wasQuoted); // a quote only opens a field
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
            wasQuoted = false;
        } else if (c == (crlf ? QLatin1Char('\r') : QLatin1Char('\n'))) {
            if (crlf) {
                FUZZ_CHECK(i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'));
                ++i;
            }
            record << field;
            records << record;
            record.clear();
            field.clear();
            wasQuoted = false;
        } else {
            FUZZ_CHECK(c != QLatin1Char('\n') && c != QLatin1Char('\r'));
            FUZZ_CHECK(!wasQuoted); // nothing after a closing quote but a separator
            field += c;
        }
    }
    FUZZ_CHECK(!quoted);
    FUZZ_CHECK(field.isEmpty() && record.isEmpty()); // every record ends with a line break
    return records;
}
