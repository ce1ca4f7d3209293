#include "httprequestparser.h"

#include <QList>
#include <cctype>

namespace {
// tchar of RFC 9110: the characters of a method and of a field name.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return false;
    for (const char c : bytes) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// Spaces and tabs (OWS) off both ends.
QByteArray trimmedOws(const QByteArray &bytes)
{
    qsizetype begin = 0;
    qsizetype end = bytes.size();
    while (begin < end && (bytes.at(begin) == ' ' || bytes.at(begin) == '\t'))
        ++begin;
    while (end > begin && (bytes.at(end - 1) == ' ' || bytes.at(end - 1) == '\t'))
        --end;
    return bytes.mid(begin, end - begin);
}

// The comma-separated elements of every field with this name, trimmed, empty ones left out.
QList<QByteArray> listValues(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    QList<QByteArray> values;
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        const QList<QByteArray> parts = pair.second.split(',');
        for (const QByteArray &part : parts) {
            const QByteArray value = trimmedOws(part);
            if (!value.isEmpty())
                values.append(value);
        }
    }
    return values;
}

bool containsToken(const QList<QByteArray> &values, const char *token)
{
    for (const QByteArray &value : values) {
        if (value.compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}
} // namespace

void HttpRequestParser::feed(QByteArrayView bytes)
{
    if (m_state == State::Failed || bytes.isEmpty())
        return;
    // Drop what was parsed once it is at least half the buffer, so that copying stays linear overall.
    if (m_pos > 0 && m_pos >= m_buffer.size() / 2) {
        m_buffer.remove(0, m_pos);
        m_scanFrom -= m_pos;
        m_pos = 0;
    }
    m_buffer.append(bytes.data(), bytes.size());
}

bool HttpRequestParser::takeContinue()
{
    const bool wanted = m_continue;
    m_continue = false;
    return wanted;
}

HttpRequestParser::Result HttpRequestParser::fail(int status, const QByteArray &reason)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_errorReason = reason;
    m_continue = false;
    m_buffer.clear();
    m_pos = m_scanFrom = 0;
    return Result::Error;
}

bool HttpRequestParser::takeLine(QByteArray *line)
{
    const qsizetype lf = m_buffer.indexOf('\n', m_scanFrom);
    if (lf < 0) {
        m_scanFrom = m_buffer.size();
        return false;
    }
    qsizetype end = lf;
    if (end > m_pos && m_buffer.at(end - 1) == '\r')
        --end;
    *line = m_buffer.mid(m_pos, end - m_pos);
    m_headBytes += lf + 1 - m_pos;
    m_pos = m_scanFrom = lf + 1;
    return true;
}

void HttpRequestParser::startRequest()
{
    m_request = EmulatorRequest();
    m_target.clear();
    m_http10 = false;
    m_headBytes = 0;
    m_bodyLength = 0;
    m_keepAlive = true;
    m_continue = false;
    m_state = State::RequestLine;
}

HttpRequestParser::Result HttpRequestParser::next(EmulatorRequest *request, bool *keepAlive)
{
    for (;;) {
        switch (m_state) {
        case State::Failed:
            return Result::Error;
        case State::RequestLine:
        case State::Headers: {
            QByteArray line;
            if (!takeLine(&line)) {
                if (m_headBytes + buffered() > m_limits.maxHeadBytes)
                    return fail(431, "Request header fields too large");
                return Result::NeedMore;
            }
            if (m_headBytes > m_limits.maxHeadBytes)
                return fail(431, "Request header fields too large");
            if (m_state == State::RequestLine) {
                if (line.isEmpty()) { // empty lines before a request line are ignored (RFC 9112 2.2)
                    m_headBytes = 0;
                    continue;
                }
                const QList<QByteArray> parts = line.split(' ');
                if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty())
                    return fail(400, "Malformed request line");
                const QByteArray &version = parts[2];
                if (version.size() != 8 || !version.startsWith("HTTP/") || version.at(6) != '.' ||
                    !std::isdigit(static_cast<unsigned char>(version.at(5))) ||
                    !std::isdigit(static_cast<unsigned char>(version.at(7))))
                    return fail(400, "Malformed HTTP version");
                if (version.at(5) != '1')
                    return fail(505, "HTTP version not supported");
                for (const char c : parts[1]) {
                    if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f || c == '#')
                        return fail(400, "Malformed request target");
                }
                m_request.method = parts[0];
                m_target = parts[1];
                m_http10 = version.at(7) == '0';
                m_state = State::Headers;
                continue;
            }
            if (line.isEmpty()) {
                if (headersComplete() == Result::Error)
                    return Result::Error;
                continue;
            }
            if (line.front() == ' ' || line.front() == '\t')
                return fail(400, "Obsolete line folding");
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0 || !isToken(line.left(colon)))
                return fail(400, "Malformed header field");
            const QByteArray value = trimmedOws(line.mid(colon + 1));
            if (value.contains('\r') || value.contains('\0'))
                return fail(400, "Malformed header field value");
            if (m_request.headers.size() >= m_limits.maxHeaderFields)
                return fail(431, "Too many header fields");
            m_request.headers.append({line.left(colon), value});
            continue;
        }
        case State::Body: {
            if (buffered() < m_bodyLength)
                return Result::NeedMore;
            m_request.body = m_buffer.mid(m_pos, m_bodyLength);
            m_pos += m_bodyLength;
            m_scanFrom = m_pos;
            *request = std::move(m_request);
            *keepAlive = m_keepAlive;
            startRequest();
            return Result::Request;
        }
        }
    }
}

HttpRequestParser::Result HttpRequestParser::headersComplete()
{
    const QList<QByteArray> hosts = listValues(m_request.headers, "host");
    if (!urlFromTarget(m_target, hosts.value(0), &m_request.url))
        return fail(400, "Malformed request target");

    const QList<QByteArray> transferCodings = listValues(m_request.headers, "transfer-encoding");
    const QList<QByteArray> lengths = listValues(m_request.headers, "content-length");
    if (!transferCodings.isEmpty()) {
        if (!lengths.isEmpty())
            return fail(400, "Both Transfer-Encoding and Content-Length");
        if (transferCodings.last().compare("chunked", Qt::CaseInsensitive) == 0)
            return fail(411, "Chunked request bodies are not supported: send Content-Length");
        return fail(501, "Transfer coding not implemented");
    }
    m_bodyLength = 0;
    for (qsizetype i = 0; i < lengths.size(); ++i) {
        const QByteArray &text = lengths[i];
        bool digits = text.size() <= 18;
        for (const char c : text)
            digits = digits && c >= '0' && c <= '9';
        if (!digits || (i > 0 && text.toLongLong() != m_bodyLength))
            return fail(400, "Malformed Content-Length");
        m_bodyLength = text.toLongLong();
    }
    if (m_bodyLength > m_limits.maxBodyBytes)
        return fail(413, "Request body too large");

    const QList<QByteArray> connection = listValues(m_request.headers, "connection");
    m_keepAlive = m_http10 ? containsToken(connection, "keep-alive") : !containsToken(connection, "close");
    m_continue = !m_http10 && m_bodyLength > buffered() &&
                 containsToken(listValues(m_request.headers, "expect"), "100-continue");
    m_state = State::Body;
    return Result::NeedMore;
}

bool HttpRequestParser::urlFromTarget(const QByteArray &target, const QByteArray &host, QUrl *url)
{
    QByteArray authority = host;
    QByteArray pathAndQuery = target;
    if (!target.startsWith('/')) {
        if (target.size() <= 7 || target.left(7).compare("http://", Qt::CaseInsensitive) != 0)
            return false;
        // absolute-form: its authority stands instead of the Host field (RFC 9112 3.2.2)
        qsizetype end = target.indexOf('/', 7);
        const qsizetype question = target.indexOf('?', 7);
        if (end < 0 || (question >= 0 && question < end))
            end = question;
        authority = end < 0 ? target.mid(7) : target.mid(7, end - 7);
        pathAndQuery = end < 0 ? QByteArray("/") : target.mid(end);
        if (pathAndQuery.startsWith('?'))
            pathAndQuery.prepend('/');
    }
    if (target.contains('#'))
        return false;
    const qsizetype question = pathAndQuery.indexOf('?');
    QUrl result;
    result.setScheme(QStringLiteral("http"));
    result.setPath(QString::fromUtf8(question < 0 ? pathAndQuery : pathAndQuery.left(question)),
                   QUrl::TolerantMode);
    if (question >= 0 && question + 1 < pathAndQuery.size())
        result.setQuery(QString::fromUtf8(pathAndQuery.mid(question + 1)), QUrl::TolerantMode);
    if (!authority.isEmpty()) {
        QUrl withAuthority = result;
        withAuthority.setAuthority(QString::fromUtf8(authority), QUrl::TolerantMode);
        if (withAuthority.isValid())
            result = withAuthority; // an authority QUrl cannot take is left out; the path and query stay
    }
    *url = result;
    return true;
}
