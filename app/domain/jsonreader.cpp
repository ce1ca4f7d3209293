#include "jsonreader.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QRegularExpression>

namespace {
const char *typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return "null";
    case QJsonValue::Bool:
        return "boolean";
    case QJsonValue::Double:
        return "number";
    case QJsonValue::String:
        return "string";
    case QJsonValue::Array:
        return "array";
    case QJsonValue::Object:
        return "object";
    case QJsonValue::Undefined:
        break;
    }
    return "undefined";
}
} // namespace

JsonReader::JsonReader(const QJsonObject &object, QString context)
    : m_object(object)
    , m_context(std::move(context))
{}

void JsonReader::wrongType(const QString &key, const char *expected, const QJsonValue &value)
{
    m_problems.append(QStringLiteral("%1: field '%2' is a %3, expected a %4")
                          .arg(m_context, key, QLatin1String(typeName(value)), QLatin1String(expected)));
}

QString JsonReader::string(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isString())
        return value.toString();
    if (!value.isUndefined() && !value.isNull())
        wrongType(key, "string", value);
    return {};
}

QString JsonReader::requiredString(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isString() && !value.toString().isEmpty())
        return value.toString();
    m_missingRequired = true;
    if (value.isUndefined() || value.isNull() || value.isString())
        m_problems.append(QStringLiteral("%1: required field '%2' is missing").arg(m_context, key));
    else
        wrongType(key, "string", value);
    return {};
}

bool JsonReader::boolean(const QString &key, bool fallback)
{
    const QJsonValue value = m_object.value(key);
    if (value.isBool())
        return value.toBool();
    if (!value.isUndefined() && !value.isNull())
        wrongType(key, "boolean", value);
    return fallback;
}

qint64 JsonReader::count(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    const qint64 number = value.toInteger(-1); // whole numbers only: not 1.5, not 1e300
    if (value.isDouble() && number >= 0 && number <= qint64(9.0e15))
        return number;
    if (!value.isUndefined() && !value.isNull())
        wrongType(key, "count (a whole number, 0 or more)", value);
    return 0;
}

qint64 JsonReader::integer(const QString &key, qint64 fallback)
{
    const QJsonValue value = m_object.value(key);
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d >= -9.0e15 && d <= 9.0e15)
            return static_cast<qint64>(d);
    }
    if (!value.isUndefined() && !value.isNull())
        wrongType(key, "integer", value);
    return fallback;
}

QDateTime JsonReader::dateTime(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        wrongType(key, "date-time string", value);
        return {};
    }
    QDateTime parsed = parseGraphDateTime(value.toString());
    if (!parsed.isValid() && !value.toString().isEmpty())
        m_problems.append(
            QStringLiteral("%1: field '%2' is not an ISO 8601 date-time of years 1 to 9999: '%3'")
                .arg(m_context, key, value.toString().left(64)));
    return parsed;
}

QStringList JsonReader::stringList(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    QStringList result;
    if (value.isUndefined() || value.isNull())
        return result;
    if (!value.isArray()) {
        wrongType(key, "array", value);
        return result;
    }
    const QJsonArray array = value.toArray();
    result.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (item.isString())
            result.append(item.toString());
        else
            wrongType(key + QStringLiteral("[]"), "string", item);
    }
    return result;
}

QJsonObject JsonReader::object(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isObject())
        return value.toObject();
    if (!value.isUndefined() && !value.isNull())
        wrongType(key, "object", value);
    return {};
}

QJsonArray JsonReader::array(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isArray())
        return value.toArray();
    if (!value.isUndefined() && !value.isNull())
        wrongType(key, "array", value);
    return {};
}

QDateTime parseGraphDateTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    // Graph sends up to 7 fractional digits; Qt reads at most 3, so trim the rest before parsing.
    static const QRegularExpression fraction(QStringLiteral("^([^.]*\\.\\d{1,3})\\d*(.*)$"));
    QString normalized = text;
    const QRegularExpressionMatch match = fraction.match(text);
    if (match.hasMatch())
        normalized = match.captured(1) + match.captured(2);
    QDateTime parsed = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return {};
    parsed = parsed.toUTC();
    // DateTimeOffset's range, in UTC: an offset must not carry a date past it ("0000-01-01T00:00:00+01:00"
    // is in year -1), which could be read but never written back.
    if (parsed.date().year() < 1 || parsed.date().year() > 9999)
        return {};
    return parsed;
}

QString formatGraphDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    const QDateTime utc = dateTime.toUTC();
    return utc.toString(utc.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate);
}
