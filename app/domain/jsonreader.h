#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Reads typed fields out of a JSON object that came from outside (Graph, the token endpoint, a file).
// A field that is absent or null reads as empty; a field of the wrong type reads as empty and is noted,
// so that one odd value never crashes the reader nor silently passes as valid.
class JsonReader
{
public:
    JsonReader(const QJsonObject &object, QString context);

    QString string(const QString &key);
    QString requiredString(const QString &key);
    bool boolean(const QString &key, bool fallback = false);
    qint64 integer(const QString &key, qint64 fallback = 0);
    // A number of things: a whole number from 0 up; anything else reads as 0 and is noted.
    qint64 count(const QString &key);
    QDateTime dateTime(const QString &key);
    QStringList stringList(const QString &key);
    QJsonObject object(const QString &key);
    QJsonArray array(const QString &key);

    bool hasProblems() const { return !m_problems.isEmpty(); }
    bool missingRequired() const { return m_missingRequired; }
    const QStringList &problems() const { return m_problems; }

private:
    void wrongType(const QString &key, const char *expected, const QJsonValue &value);

    const QJsonObject m_object; // a copy (implicitly shared): readers are often made from temporaries
    QString m_context;
    QStringList m_problems;
    bool m_missingRequired = false;
};

// Parses an ISO 8601 DateTimeOffset as Graph sends it ("2024-05-01T10:00:00Z", up to 7 fractional digits,
// or with an offset); returns an invalid QDateTime for anything else.
QDateTime parseGraphDateTime(const QString &text);
QString formatGraphDateTime(const QDateTime &dateTime);
