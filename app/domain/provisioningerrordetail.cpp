#include "provisioningerrordetail.h"

#include <QXmlStreamReader>

namespace {
const QLatin1String kWrapper("cloudpc-provisioning-error-detail");

// Several elements of one name: their texts one a line.
void append(QString &field, const QString &text)
{
    if (!field.isEmpty())
        field += QLatin1Char('\n');
    field += text;
}
} // namespace

ProvisioningErrorDetail ProvisioningErrorDetail::parse(const QString &errorDetail)
{
    ProvisioningErrorDetail detail;
    detail.raw = errorDetail;
    QString text = errorDetail.trimmed();
    // An XML declaration is only allowed at the very start of a document: drop it before wrapping.
    if (text.startsWith(QLatin1String("<?xml"))) {
        const qsizetype end = text.indexOf(QLatin1String("?>"));
        if (end < 0)
            return detail;
        text = text.mid(end + 2).trimmed();
    }
    if (!text.startsWith(QLatin1Char('<')))
        return detail; // plain text (or nothing): nothing to read

    ProvisioningErrorDetail read = detail;
    QXmlStreamReader xml(QStringLiteral("<%1>").arg(kWrapper) + text + QStringLiteral("</%1>").arg(kWrapper));
    if (!xml.readNextStartElement() || xml.name() != kWrapper)
        return detail;
    int elements = 0;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QString name = xml.name().toString();
            const QString value = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            if (xml.hasError())
                break;
            ++elements;
            if (name.compare(QLatin1String("ServiceInstance"), Qt::CaseInsensitive) == 0)
                append(read.serviceInstance, value);
            else if (name.compare(QLatin1String("ObjectGuid"), Qt::CaseInsensitive) == 0)
                append(read.objectId, value);
            else if (name.compare(QLatin1String("ErrorCategory"), Qt::CaseInsensitive) == 0)
                append(read.errorCategory, value);
            else if (name.compare(QLatin1String("ErrorDescription"), Qt::CaseInsensitive) == 0)
                append(read.description, value);
            else
                read.otherFields.append({name, value});
        } else if (token == QXmlStreamReader::Characters) {
            if (!xml.isWhitespace())
                return detail; // text between the elements: not the XML Graph sends
        } else if (token == QXmlStreamReader::EndElement) {
            break; // the wrapper's end
        } else if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference) {
            return detail;
        }
    }
    // Anything after the wrapper's end (another wrapper end, garbage) is an error for the reader.
    while (!xml.atEnd() && !xml.hasError())
        xml.readNext();
    if (xml.hasError() || elements == 0)
        return detail;
    read.structured = true;
    return read;
}
